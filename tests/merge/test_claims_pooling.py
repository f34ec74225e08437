"""Claims pooled across outlets, and value contradictions only between rival statements.

Each test builds a few one-sentence articles with hand-made claims (no NLP), so that what is
tested is the merge stage's reading of them: pooling the same fact in other words, and
contradicting only the same attribute of the same fact stated by different outlets.
"""

from __future__ import annotations

from communique.merge._corpus import Corpus
from communique.merge._countries import Countries
from communique.merge._fact_spans import episode_of
from communique.merge.claims import build_claims, text_quality
from communique.model.claims import Claim, Quantity
from communique.model.story import Evidence, StoryEvent

from support.synthetic import annotations, doc


def _claim(text: str, surface: str, value: float, unit: str, *, predicate: str,
           key: str | None = None, subject: str = "", low: float | None = None,
           high: float | None = None, approximate: bool = False, clause: str | None = None,
           negated: bool = False, at: int = 0) -> Claim:
    start = text.index(surface, at)
    quantity = Quantity(value, low, high, unit, surface, start, start + len(surface),
                        approximate)
    return Claim(0, len(text), clause or text, subject, None, None, predicate, key, quantity,
                 negated, approximate, None, "none", object_key=key)


def _build(*items: tuple[str, str, str | None, str, list[Claim]],
           events: tuple[StoryEvent, ...] = ()):  # type: ignore[no-untyped-def]
    """``(doc id, outlet, published, text, claims)`` each → (claims, contradictions)."""
    docs = [doc(i, text, outlet, published) for i, outlet, published, text, _ in items]
    notes = [annotations(i, text, claims=tuple(claims)) for i, _, _, text, claims in items]
    countries = Countries(["Korvania", "Veldra", "Tirasol"])
    return build_claims(Corpus(docs, notes), countries, events)


def _event(event_id: str, *evidence: tuple[str, str]) -> StoryEvent:
    return StoryEvent(event_id, "talks", "Talks", None, None, None, (), (), {}, (), (),
                      tuple(Evidence(a, 0, len(t), t) for a, t in evidence), len(evidence))


KILLED_A = "Fighting in the border district has killed at least 35 people."
KILLED_B = "The border clashes have left 35 people dead, officials said."


def test_the_same_fact_in_other_words_is_one_claim_with_both_outlets() -> None:
    claims, contradictions = _build(
        ("a1", "one.example", "2031-07-28", KILLED_A,
         [_claim(KILLED_A, "at least 35", 35, "count", predicate="kill", key="people",
                 low=35)]),
        ("a2", "two.example", "2031-07-28", KILLED_B,
         [_claim(KILLED_B, "35", 35, "count", predicate="leave", key="people")]),
    )
    assert len(claims) == 1 and claims[0].support == 2 and claims[0].status == "corroborated"
    assert not contradictions


def test_a_small_number_about_different_things_is_not_pooled() -> None:
    one = "Two observers arrived in Port Alcyne on Monday."
    two = "The delegation spent two days preparing its draft."
    claims, _ = _build(
        ("a1", "one.example", None, one,
         [_claim(one, "Two", 2, "count", predicate="arrive", key="observer")]),
        ("a2", "two.example", None, two,
         [_claim(two, "two", 2, "count", predicate="spend", key="day")]),
    )
    assert len(claims) == 2


def test_the_same_count_of_different_countries_people_is_not_pooled() -> None:
    one = "At least 18 Korvanian troops were wounded in the shelling."
    two = "The deal frees 18 Veldran prisoners held since the shelling."
    claims, _ = _build(
        ("a1", "one.example", None, one,
         [_claim(one, "At least 18", 18, "count", predicate="wound", key="korvania troop",
                 low=18)]),
        ("a2", "two.example", None, two,
         [_claim(two, "18", 18, "count", predicate="free", key="veldra prisoner")]),
    )
    assert len(claims) == 2


DISPLACED_A = "The fighting has displaced more than 270,000 people on both sides."
DISPLACED_B = "The conflict has displaced over 260,000 people, officials said."


def _displaced(published_a: str | None, published_b: str | None):  # type: ignore[no-untyped-def]
    return _build(
        ("a1", "one.example", published_a, DISPLACED_A,
         [_claim(DISPLACED_A, "more than 270,000", 270000, "count", predicate="displace",
                 key="people", low=270000)]),
        ("a2", "two.example", published_b, DISPLACED_B,
         [_claim(DISPLACED_B, "over 260,000", 260000, "count", predicate="displace",
                 key="people")]),
    )


def test_rival_counts_of_the_same_day_contradict_each_other() -> None:
    claims, contradictions = _displaced("2031-07-28", "2031-07-28")
    assert [c.kind for c in contradictions] == ["value"]
    sides = contradictions[0].sides
    assert {s.outlets for s in sides} == {("one.example",), ("two.example",)}
    assert {c.status for c in claims} == {"contradicted"}
    assert "displaced" in contradictions[0].note


def test_counts_of_different_days_or_undated_do_not() -> None:
    assert not _displaced("2031-07-28", "2031-10-26")[1]  # a toll grows
    assert not _displaced(None, "2031-07-28")[1]


def test_a_round_bound_holds_the_figure_it_bounds() -> None:
    one = "Five days of fighting left more than 40 people dead."
    two = "The fighting killed at least 43 people in five days."
    _, contradictions = _build(
        ("a1", "one.example", "2031-08-01", one,
         [_claim(one, "more than 40", 40, "count", predicate="leave", key="people", low=40)]),
        ("a2", "two.example", "2031-08-01", two,
         [_claim(two, "at least 43", 43, "count", predicate="kill", key="people", low=43)]),
    )
    assert not contradictions


def test_a_list_of_values_in_one_sentence_is_no_rival_value() -> None:
    listed = "The guarantees could last 30, 40 or even 50 years, envoys said."
    plain = "The guarantees last 15 years under the draft, envoys said."
    _, contradictions = _build(
        ("a1", "one.example", "2031-03-18", listed,
         [_claim(listed, "30", 30, "year", predicate="last", key="guarantee"),
          _claim(listed, "40", 40, "year", predicate="last", key="guarantee"),
          _claim(listed, "50 years", 50, "year", predicate="last", key="guarantee")]),
        ("a2", "two.example", "2031-03-18", plain,
         [_claim(plain, "15 years", 15, "year", predicate="last", key="guarantee")]),
    )
    assert not contradictions


def test_a_clock_time_and_its_conversion_are_neither_claims_values_nor_rivals() -> None:
    one = "The talks began at 3:15 p.m. (2:15 p.m. Orrin time) in Lindhaven."
    two = "The talks began at 3:00 p.m. local time in Lindhaven."
    claims, contradictions = _build(
        ("a1", "one.example", "2031-07-28", one,
         [_claim(one, "15", 15, "count", predicate="begin", key="p.m."),
          _claim(one, "15", 15, "count", predicate="begin", key="p.m.", at=20)]),
        ("a2", "two.example", "2031-07-28", two,
         [_claim(two, "00", 0, "count", predicate="begin", key="p.m.")]),
    )
    assert not contradictions
    assert all(c.value is None for c in claims)


def test_an_outlet_is_never_set_against_itself() -> None:
    one = "The blast injured two soldiers near the landmine site, the army said."
    two = "The blast injured four soldiers near the landmine site, a medic said."
    _, contradictions = _build(
        ("a1", "same.example", "2031-11-10", one,
         [_claim(one, "two", 2, "count", predicate="injure", key="soldier")]),
        ("a2", "same.example", "2031-11-10", two,
         [_claim(two, "four", 4, "count", predicate="injure", key="soldier")]),
    )
    assert not contradictions


def test_a_modal_figure_is_no_rival_of_a_stated_one() -> None:
    could = "Under the offer Korvania could enrich uranium at 3.67 percent."
    does = "Korvania enriches uranium at 60 percent, inspectors said."
    _, contradictions = _build(
        ("a1", "one.example", "2031-04-15", could,
         [_claim(could, "3.67 percent", 3.67, "percent", predicate="enrich uranium",
                 subject="Korvania")]),
        ("a2", "two.example", "2031-04-15", does,
         [_claim(does, "60 percent", 60, "percent", predicate="enrich uranium",
                 subject="Korvania")]),
    )
    assert not contradictions


SIX = "The third round in Port Alcyne lasted around six hours."
SEVEN = "The talks in Port Alcyne lasted more than seven hours."
THREE = "The talks in Lindhaven lasted three hours."


def test_rival_lengths_of_one_meeting_contradict_about_the_event() -> None:
    events = (_event("ev_alcyne", ("a1", SIX), ("a2", SEVEN)), _event("ev_lind", ("a3", THREE)))
    _, contradictions = _build(
        ("a1", "one.example", "2031-04-26", SIX,
         [_claim(SIX, "around six hours", 6, "hour", predicate="last", approximate=True)]),
        ("a2", "two.example", "2031-04-27", SEVEN,
         [_claim(SEVEN, "more than seven hours", 7, "hour", predicate="last", low=7)]),
        ("a3", "three.example", "2031-04-27", THREE,
         [_claim(THREE, "three hours", 3, "hour", predicate="last")]),
        events=events,
    )
    assert len(contradictions) == 1
    assert contradictions[0].about == "ev_alcyne"
    assert {s.value for s in contradictions[0].sides} == {"around six hours",
                                                          "more than seven hours"}


def test_just_over_is_a_bound_close_to_its_value() -> None:
    # "just over two hours" is not two and a half; "just over 2.4 hours" may be.
    over = "The talks in Port Alcyne lasted just over two hours."
    half = "The talks in Port Alcyne lasted about two and a half hours."
    events = (_event("ev_alcyne", ("a1", over), ("a2", half)),)

    def rivals(value: float) -> list[str]:
        surface = "just over two hours"
        _, found = _build(
            ("a1", "one.example", "2031-04-12", over,
             [_claim(over, surface, value, "hour", predicate="last", low=value,
                     approximate=True)]),
            ("a2", "two.example", "2031-04-12", half,
             [_claim(half, "about two and a half hours", 2.5, "hour", predicate="last",
                     approximate=True)]),
            events=events,
        )
        return [c.kind for c in found]

    assert rivals(2.0) == ["value"]
    assert rivals(2.4) == []


def test_same_length_of_two_meetings_is_two_claims() -> None:
    four = "The talks in Port Alcyne lasted three hours."
    events = (_event("ev_alcyne", ("a1", four)), _event("ev_lind", ("a2", THREE)))
    claims, _ = _build(
        ("a1", "one.example", "2031-05-11", four,
         [_claim(four, "three hours", 3, "hour", predicate="last")]),
        ("a2", "two.example", "2031-05-23", THREE,
         [_claim(THREE, "three hours", 3, "hour", predicate="last")]),
        events=events,
    )
    assert len(claims) == 2


def test_a_fragment_is_shown_as_its_whole_sentence() -> None:
    text = "Britain, France and Germany launched a 30-day process on Thursday."
    claims, _ = _build(
        ("a1", "one.example", None, text,
         [_claim(text, "30-day", 30, "day", predicate="launch", key="process",
                 clause="that launched a 30-day process")]),
    )
    assert claims[0].text == text


def test_text_quality_prefers_a_sentence_to_a_fragment() -> None:
    assert text_quality("The talks lasted three hours in the Tirasolian capital.") > text_quality(
        "that the talks lasted three hours")
    assert text_quality("He said that Tirasol would announce the date of the fifth round.") \
        < text_quality("Tirasol would announce the date of the fifth round")
    assert text_quality("Iran to dismantle its three enrichment sites") < text_quality(
        "Washington wants Iran to dismantle its three enrichment sites")


def test_two_numbers_of_one_sentence_shown_as_that_sentence_are_one_claim() -> None:
    text = "Fighters seized the city, killing thousands and displacing hundreds of thousands."
    claims, _ = _build(
        ("a1", "one.example", None, text,
         [_claim(text, "thousands", 1000, "count", predicate="kill", clause="killing thousands"),
          _claim(text, "hundreds of thousands", 100000, "count", predicate="displace",
                 clause="displacing hundreds of thousands")]),
    )
    assert [c.text for c in claims] == [text]


def test_a_common_number_pools_only_when_it_counts_the_same_thing() -> None:
    one = "Two more meetings of the border committee will be held this week."
    two = "Both sides agreed to a meeting of the border committee after 2 full weeks of clashes."
    claims, _ = _build(
        ("a1", "one.example", None, one,
         [_claim(one, "Two", 2, "count", predicate="hold", key="meeting")]),
        ("a2", "two.example", None, two,
         [_claim(two, "2", 2, "count", predicate="agree", key="week")]),
    )
    assert len(claims) == 2


def test_the_same_sentence_word_for_word_is_one_claim_whatever_its_event() -> None:
    text = "A US source said the American side had never confirmed its participation."
    numberless = Claim(0, len(text), text, "A US source", None, None, "say", None, None,
                       False, False, None, "none")
    events = (_event("ev_a", ("a1", text)), _event("ev_b", ("a2", text)))
    claims, _ = _build(("a1", "one.example", None, text, [numberless]),
                       ("a2", "two.example", None, text, [numberless]), events=events)
    assert len(claims) == 1 and claims[0].support == 2


def test_a_group_named_after_a_date_is_no_date() -> None:
    one = "The March 4 Movement did not sign the accord in Lindhaven."
    two = "Fighters of the March 4 Movement seized the town."
    claims, _ = _build(
        ("a1", "one.example", None, one,
         [_claim(one, "March 4", 304, "date", predicate="sign", key="accord")]),
        ("a2", "two.example", None, two,
         [_claim(two, "March 4", 304, "date", predicate="seize", key="town")]),
    )
    assert len(claims) == 2 and all(c.value is None for c in claims)


def test_a_window_naming_two_measures_gets_one_class_whatever_the_order() -> None:
    # Windows are sets, iterated in an order that changes with Python's string hashing: the
    # class must not depend on it, or the same corpus pools differently from run to run.
    from communique.merge._fact_words import measure_class, stem

    stems = [stem("displaced"), stem("killed")]
    assert measure_class(stems) == measure_class(list(reversed(stems))) == "killed"


def test_counts_of_one_bounded_episode_contradict_whenever_written() -> None:
    one = "The five-day border conflict in March displaced more than 300,000 people."
    two = "Both armies fought a five-day border conflict in March that displaced about 200,000."
    later = "The conflict, now in its second month, has displaced about 200,000 people."
    claims = {
        "one": _claim(one, "more than 300,000", 300000, "count", predicate="displace",
                      key="people", low=300000),
        "two": _claim(two, "about 200,000", 200000, "count", predicate="displace",
                      approximate=True),
        "later": _claim(later, "about 200,000", 200000, "count", predicate="displace",
                        key="people", approximate=True),
    }
    _, found = _build(("a1", "one.example", None, one, [claims["one"]]),
                      ("a2", "two.example", "2031-06-02", two, [claims["two"]]))
    assert [c.kind for c in found] == ["value"]  # undated, but of one settled episode
    _, found = _build(("a1", "one.example", None, one, [claims["one"]]),
                      ("a3", "three.example", "2031-06-02", later, [claims["later"]]))
    assert not found  # a count of an episode still going on grows


TALLY_A = "The five-day border war in March left at least 43 people dead."
TALLY_B = "At least 48 people were killed in the five-day border war in March."


def _tallies(surface_b: str, value_b: float, published: str | None = None,
             text_b: str = TALLY_B):  # type: ignore[no-untyped-def]
    return _build(
        ("a1", "one.example", published, TALLY_A,
         [_claim(TALLY_A, "at least 43", 43, "count", predicate="leave", key="people",
                 low=43)]),
        ("a2", "two.example", published, text_b,
         [_claim(text_b, surface_b, value_b, "count", predicate="kill", key="people",
                 low=value_b)]),
    )


def test_precise_bounds_of_one_settled_episode_are_rival_tallies() -> None:
    _, found = _tallies("At least 48", 48)
    assert [c.kind for c in found] == ["value"]
    assert "killed" in found[0].note


def test_loose_or_growing_bounds_are_no_rival_tallies() -> None:
    # A round bound is loose: "more than 40" holds 43.
    more = "More than 40 people were killed in the five-day border war in March."
    assert not _tallies("More than 40", 40, text_b=more)[1]
    # A count still growing, the same day: "at least 43" then "at least 48" are both true.
    growing = "Fighting on the border has killed at least 48 people so far."
    other = "The border fighting has left at least 43 people dead."
    _, found = _build(
        ("a1", "one.example", "2031-03-04", other,
         [_claim(other, "at least 43", 43, "count", predicate="leave", key="people",
                 low=43)]),
        ("a2", "two.example", "2031-03-04", growing,
         [_claim(growing, "at least 48", 48, "count", predicate="kill", key="people",
                 low=48)]),
    )
    assert not found


def test_counts_for_two_countries_in_one_sentence_are_no_list() -> None:
    both = "One Korvanian soldier and four Veldran civilians were killed in the shelling."
    other = "Three Korvanian soldiers were killed in the shelling, the army said."
    same = "One Korvanian soldier was killed in the shelling, officials said."

    def build(text: str, surface: str, value: float):  # type: ignore[no-untyped-def]
        return _build(
            ("a1", "one.example", "2031-05-02", both,
             [_claim(both, "One", 1, "count", predicate="kill", key="korvania soldier"),
              _claim(both, "four", 4, "count", predicate="kill", key="veldra civilian")]),
            ("a2", "two.example", "2031-05-02", text,
             [_claim(text, surface, value, "count", predicate="kill",
                     key="korvania soldier")]),
        )

    _, found = build(other, "Three", 3)
    assert [c.kind for c in found] == ["value"]  # one Korvanian soldier against three
    assert not build(same, "One", 1)[1]


def test_a_count_of_others_counts_the_countries_counted_before_it() -> None:
    hurt = "One Korvanian soldier was killed and four others were wounded in the raid."
    many = "At least 18 Korvanian troops were wounded in the raid, the army said."
    veldran = "At least 18 Veldran troops were wounded in the raid, the army said."

    def build(text: str, key: str):  # type: ignore[no-untyped-def]
        return _build(
            ("a1", "one.example", "2031-05-02", hurt,
             [_claim(hurt, "One", 1, "count", predicate="kill", key="korvania soldier"),
              _claim(hurt, "four", 4, "count", predicate="wound", key="other")]),
            ("a2", "two.example", "2031-05-02", text,
             [_claim(text, "At least 18", 18, "count", predicate="wound", key=key, low=18)]),
        )

    _, found = build(many, "korvania troop")
    assert [c.kind for c in found] == ["value"]  # four Korvanians wounded against 18
    assert not build(veldran, "veldra troop")[1]  # the others are Korvanian, not Veldran


def test_an_episode_is_a_conflict_given_its_length() -> None:
    assert episode_of("since the 12-day war in June") == "12-day"
    assert episode_of("it ended five days of deadly fighting") == "5-day"
    assert episode_of("a three-week offensive") == "3-week"
    assert episode_of("the talks lasted five days") is None
    assert episode_of("a 30-day deadline") is None


WAR_A = "Talks resumed after the 12-day war between Korvania and Veldra."
WAR_B = "Korvania launched a 12-day air campaign and conflict against Veldra in June."
WAR_C = "The truce ended the recent 12-day conflict in Veldra."
WAR_D = "Negotiators met after twelve days of fighting on the Veldran border."


def _days(text: str, surface: str, predicate: str, subject: str = "") -> Claim:
    return _claim(text, surface, 12, "day", predicate=predicate, subject=subject)


def test_a_length_is_pooled_by_what_it_is_the_length_of_whatever_the_verb() -> None:
    claims, _ = _build(
        ("a1", "one.example", "2031-07-28", WAR_A, [_days(WAR_A, "12-day", "resume", "Talks")]),
        ("a2", "two.example", "2031-07-28", WAR_C, [_days(WAR_C, "12-day", "end", "truce")]),
        ("a3", "three.example", "2031-07-28", WAR_D,
         [_days(WAR_D, "twelve days", "meet", "Negotiators")]),
    )
    assert [c.support for c in claims] == [3]


def test_a_fact_that_links_two_groups_makes_them_one_claim() -> None:
    # a1 and a3 share only the length of the war; a2 shares words with each.
    first = "Korvania and Veldra fought a 12-day war over the dam."
    second = "Veldra says the dam attack began the 12-day war with Korvania."
    third = "Since the 12-day war the dam lies idle, Veldra says."
    claims, _ = _build(
        ("a1", "one.example", "2031-07-28", first, [_days(first, "12-day", "fight", "Korvania")]),
        ("a3", "three.example", "2031-07-28", third, [_days(third, "12-day", "lie", "dam")]),
        ("a2", "two.example", "2031-07-28", second, [_days(second, "12-day", "begin", "attack")]),
    )
    assert [c.support for c in claims] == [3]


def test_lengths_of_different_things_or_months_stay_apart() -> None:
    truce = "The 12-day truce between Korvania and Veldra held."
    july = "Korvania and Veldra fought five days of fighting in July."
    december = "Korvania and Veldra fought five days of fighting in December."
    claims, _ = _build(
        ("a1", "one.example", "2031-07-28", WAR_A, [_days(WAR_A, "12-day", "resume", "Talks")]),
        ("a2", "two.example", "2031-07-28", truce, [_days(truce, "12-day", "hold", "truce")]),
        ("a3", "three.example", "2031-12-28", july,
         [_claim(july, "five days", 5, "day", predicate="fight", subject="Korvania")]),
        ("a4", "four.example", "2031-12-28", december,
         [_claim(december, "five days", 5, "day", predicate="fight", subject="Korvania")]),
    )
    assert sorted(c.support for c in claims) == [1, 1, 1, 1]


def test_one_clause_naming_the_others_act_states_the_same_level() -> None:
    first = "Korvania has raised its uranium enrichment levels, now reaching 60% purity."
    second = "Korvania now enriches uranium up to 60%, officials said."
    claims, _ = _build(
        ("a1", "one.example", "2031-07-28", first,
         [_claim(first, "60%", 60, "percent", predicate="reach", key="purity",
                 subject="Korvania")]),
        ("a2", "two.example", "2031-07-28", second,
         [_claim(second, "up to 60%", 60, "percent", predicate="enrich", subject="Korvania",
                 high=60)]),
    )
    assert [c.support for c in claims] == [2]


def test_a_number_in_a_name_counts_nothing() -> None:
    first = "The council meeting chaired by the minister approved the four-point plan."
    second = "One meeting will be co-chaired by Military Region 4 and the minister, she said."
    claims, contradictions = _build(
        ("a1", "one.example", "2031-07-28", first,
         [_claim(first, "four", 4, "count", predicate="approve", key="plan",
                 subject="meeting")]),
        ("a2", "two.example", "2031-07-28", second,
         [_claim(second, "4", 4, "count", predicate="chair", subject="meeting")]),
    )
    assert sorted(c.support for c in claims) == [1, 1] and not contradictions


def test_a_time_limit_is_one_fact_however_it_is_put() -> None:
    given = "Korvania has been given 30 days to make concessions, the envoys said."
    launched = "Three envoys launched a 30-day process to restore sanctions on Korvania."
    claims, _ = _build(
        ("a1", "one.example", "2031-07-28", given,
         [_claim(given, "30 days", 30, "day", predicate="give", subject="Korvania")]),
        ("a2", "two.example", "2031-07-28", launched,
         [_claim(launched, "30-day", 30, "day", predicate="launch", key="process",
                 subject="Three envoys")]),
    )
    assert [c.support for c in claims] == [2]


def test_decades_and_years_are_one_length() -> None:
    first = "Korvania and Veldra pledged to end three decades of conflict."
    second = "The accord ends 30 years of conflict between Korvania and Veldra."
    claims, _ = _build(
        ("a1", "one.example", "2031-07-28", first,
         [_claim(first, "three decades", 3, "decade", predicate="pledge", subject="Korvania")]),
        ("a2", "two.example", "2031-07-28", second,
         [_claim(second, "30 years", 30, "year", predicate="end", subject="accord")]),
    )
    assert [c.support for c in claims] == [2]


MOMENT_A = ("The Veldra border fighting has killed at least 35 people and displaced more than "
            "270,000.")
MOMENT_B = "Clashes in Korvania have left 35 people dead and displaced over 260,000 others."


def _moment(dead_b: float, displaced_b: float = 260000):  # type: ignore[no-untyped-def]
    """Two undated articles, each giving a death toll beside a count of the displaced."""
    text_b = MOMENT_B.replace("35", f"{dead_b:g}").replace("260,000", f"{displaced_b:,.0f}")
    return _build(
        ("a1", "one.example", None, MOMENT_A,
         [_claim(MOMENT_A, "at least 35", 35, "count", predicate="kill", key="people",
                 low=35),
          _claim(MOMENT_A, "more than 270,000", 270000, "count", predicate="displace",
                 key="people", low=270000)]),
        ("a2", "two.example", None, text_b,
         [_claim(text_b, f"{dead_b:g}", dead_b, "count", predicate="leave", key="people"),
          _claim(text_b, f"over {displaced_b:,.0f}", displaced_b, "count",
                 predicate="displace", key="others", low=displaced_b)]),
    )


def test_tallies_cited_beside_one_shared_figure_are_one_moment() -> None:
    # Both undated, both lower bounds: the shared death toll (35) says they cite one update.
    _, found = _moment(35)
    assert [c.kind for c in found] == ["value"]
    assert "displaced" in found[0].note
    assert {s.value for s in found[0].sides} == {"more than 270,000", "over 260,000"}


def test_without_a_shared_figure_undated_tallies_stay_apart() -> None:
    assert not _moment(41)[1]  # another toll: another update, another moment
    assert not _moment(35, 300000)[1]  # a round bound holds the other figure


def _placed(event_id: str, start: str | None, *evidence: tuple[str, str]) -> StoryEvent:
    """An event at Lindhaven, on ``start`` (one day) or undated."""
    return StoryEvent(event_id, "talks", "Talks in Lindhaven", start, start, "Lindhaven", (), (),
                      {}, (), (), tuple(Evidence(a, 0, len(t), t) for a, t in evidence),
                      len(evidence))


ROUND = "Ramiro Santos and the Korvanian envoy met in Lindhaven for about six hours on Saturday."
LASTED = "The discussions in Lindhaven lasted more than seven hours."


def _lengths(published: str | None, *extra: StoryEvent, original: str | None = None
             ) -> list[str]:
    """A dated round's length against one told by an article whose only event is the undated
    'talks in Lindhaven' (``original``: the article it is a copy of, written on that day)."""
    events = (_placed("ev_round", "2031-04-26", ("a1", ROUND)),
              _placed("ev_place", None, ("a2", LASTED)), *extra)
    docs = [doc("a1", ROUND, "one.example", "2031-04-26"),
            doc("a2", LASTED, "two.example", published, duplicate_of="a0" if original else None)]
    notes = [annotations("a1", ROUND, claims=(
                 _claim(ROUND, "about six hours", 6, "hour", predicate="meet",
                        approximate=True),)),
             annotations("a2", LASTED, claims=(
                 _claim(LASTED, "more than seven hours", 7, "hour", predicate="last",
                        low=7),))]
    if original:
        docs.append(doc("a0", "Talks began in Lindhaven.", "two.example", original))
        notes.append(annotations("a0", "Talks began in Lindhaven."))
    _, found = build_claims(Corpus(docs, notes), Countries(["Korvania"]), events)
    return [c.about for c in found]


def test_a_length_told_of_a_place_is_of_the_meeting_held_there_that_day() -> None:
    assert _lengths("2031-04-27") == ["ev_round"]  # written the next day
    assert _lengths(None, original="2031-04-26") == ["ev_round"]  # a copy: its original's day


def test_a_length_told_of_a_place_stays_apart_when_the_day_does_not_tell_the_meeting() -> None:
    assert _lengths(None) == []  # undated
    assert _lengths("2031-05-02") == []  # a week later: another round, perhaps
    # Two rounds held there that week: which one it means is not known.
    assert _lengths("2031-04-27", _placed("ev_other", "2031-04-27", ("a9", "x"))) == []


def test_a_length_in_a_sentence_naming_two_rounds_is_of_the_one_just_held() -> None:
    both = ("Ramiro Santos held a third round in Lindhaven for about six hours on Saturday, "
            "a week after the second round.")
    later = "The talks in Lindhaven lasted more than seven hours."

    def found(published: str) -> list[str]:
        events = (_placed("ev_third", "2031-04-26", ("a1", both), ("a2", later)),
                  _placed("ev_second", "2031-04-19", ("a1", both)))
        _, contradictions = _build(
            ("a1", "one.example", published, both,
             [_claim(both, "about six hours", 6, "hour", predicate="hold", approximate=True)]),
            ("a2", "two.example", "2031-04-26", later,
             [_claim(later, "more than seven hours", 7, "hour", predicate="last", low=7)]),
            events=events)
        return [c.about for c in contradictions]

    assert found("2031-04-26") == ["ev_third"]  # written the day the third round ended
    assert found("2031-04-23") == []  # written between the two: neither had just ended


RATE_A = "Veldran tariffs on Korvanian goods now sit at 30%, officials said."
RATE_B = "Veldra agreed to lower its duties on Korvanian imports to 30 percent."
RATE_C = "Korvania cut its levies on Veldran goods to 30 percent in turn."
RATE_D = "Tariffs on Korvanian steel were halved to 30 percent last week."


def _rate(text: str, surface: str, predicate: str, subject: str) -> Claim:
    return _claim(text, surface, 30, "percent", predicate=predicate, subject=subject)


def test_one_rate_charged_on_goods_is_one_claim_whatever_the_verb() -> None:
    claims, contradictions = _build(
        ("a1", "one.example", "2031-05-12", RATE_A,
         [_rate(RATE_A, "30%", "sit", "Veldran tariffs")]),
        ("a2", "two.example", "2031-05-12", RATE_B,
         [_rate(RATE_B, "30 percent", "lower", "Veldra")]),
    )
    assert len(claims) == 1 and claims[0].support == 2
    assert not contradictions


def test_a_bound_on_a_common_rate_joins_only_the_same_act() -> None:
    # "exceeding 30%" in a clause on what talks covered is no statement of the 30% rate.
    bound = "The round focused on export rules and Veldran tariffs exceeding 30% on ports."
    exceeding = _claim(bound, "exceeding 30%", 30, "percent", predicate="focus",
                       subject="The round", low=30)
    claims, _ = _build(
        ("a1", "one.example", "2031-05-12", RATE_A,
         [_rate(RATE_A, "30%", "sit", "Veldran tariffs")]),
        ("a2", "two.example", "2031-05-12", bound, [exceeding]),
    )
    assert sorted(c.support for c in claims) == [1, 1]
    # The same act bounded: one fact.
    more = "Veldran tariffs on Korvanian goods sit at more than 30%, officials said."
    claims, _ = _build(
        ("a1", "one.example", "2031-05-12", RATE_A,
         [_rate(RATE_A, "30%", "sit", "Veldran tariffs")]),
        ("a2", "two.example", "2031-05-12", more,
         [_claim(more, "more than 30%", 30, "percent", predicate="sit",
                 subject="Veldran tariffs", low=30)]),
    )
    assert [c.support for c in claims] == [2]


def test_the_same_rate_each_side_sets_on_the_other_stays_apart() -> None:
    # The classic trap: one number, two facts (who charges whom).
    claims, _ = _build(
        ("a1", "one.example", "2031-05-12", RATE_B,
         [_rate(RATE_B, "30 percent", "lower", "Veldra")]),
        ("a2", "two.example", "2031-05-12", RATE_C,
         [_rate(RATE_C, "30 percent", "cut", "Korvania")]),
    )
    assert len(claims) == 2


def test_a_rate_aimed_at_the_others_subject_stays_apart() -> None:
    claims, _ = _build(
        ("a1", "one.example", "2031-05-12", RATE_C,
         [_rate(RATE_C, "30 percent", "cut", "Korvania")]),
        ("a2", "two.example", "2031-05-12", RATE_D,
         [_rate(RATE_D, "30 percent", "halve", "Tariffs")]),
    )
    assert len(claims) == 2


def test_the_old_and_the_new_rate_of_one_sentence_stay_two_claims() -> None:
    text = "Veldra will cut its duties on Korvanian goods from 45% to 15% next month."
    claims, _ = _build(
        ("a1", "one.example", None, text,
         [_claim(text, "45%", 45, "percent", predicate="cut", subject="Veldra"),
          _claim(text, "15%", 15, "percent", predicate="cut", subject="Veldra")]),
    )
    assert sorted(c.value for c in claims if c.value is not None) == [15, 45]


def test_a_rate_on_every_country_is_not_the_rate_between_two() -> None:
    world = "Veldran tariffs on goods from almost every other country sit at 30% as well."
    claims, _ = _build(
        ("a1", "one.example", "2031-05-12", RATE_A,
         [_rate(RATE_A, "30%", "sit", "Veldran tariffs")]),
        ("a2", "two.example", "2031-05-12", world,
         [_rate(world, "30%", "sit", "Veldran tariffs")]),
    )
    assert len(claims) == 2


def test_each_rate_of_a_sentence_is_aimed_by_its_own_words() -> None:
    # "45% on Korvanian goods" aims the first rate, not the retaliation that follows it.
    both = "Duties now stand at 45% on Korvanian goods and 25% in retaliation, officials said."
    alone = "Korvania retaliated with a 25% levy in turn, officials said."
    claims, _ = _build(
        ("a1", "one.example", "2031-05-12", both,
         [_claim(both, "45%", 45, "percent", predicate="stand", subject="Duties"),
          _claim(both, "25%", 25, "percent", predicate="stand", subject="Duties")]),
        ("a2", "two.example", "2031-05-12", alone,
         [_claim(alone, "25%", 25, "percent", predicate="retaliate", subject="Korvania")]),
    )
    assert [c.support for c in claims if c.value == 25] == [2]


def test_a_rate_on_every_country_is_not_one_a_named_country_sets() -> None:
    text = "Tariffs rose to 40% this year, compared to 10% for other countries."
    other = "Korvania keeps a 10% tariff in turn."
    claims, _ = _build(
        ("a1", "one.example", "2031-05-12", text,
         [_claim(text, "40%", 40, "percent", predicate="rise", subject="Tariffs"),
          _claim(text, "10%", 10, "percent", predicate="rise", subject="Tariffs")]),
        ("a2", "two.example", "2031-05-12", other,
         [_claim(other, "10%", 10, "percent", predicate="keep", subject="Korvania")]),
    )
    assert sorted(c.support for c in claims if c.value == 10) == [1, 1]


def test_a_rate_on_the_sides_own_side_is_whose_it_is_not_whom_it_hits() -> None:
    text = "The truce cut tariffs to 40% on the Veldran side and 15% on the Korvanian side."
    other = "Korvania lowered its tariffs on Veldran goods to 15%."
    claims, _ = _build(
        ("a1", "one.example", "2031-05-12", text,
         [_claim(text, "40%", 40, "percent", predicate="cut", subject="The truce"),
          _claim(text, "15%", 15, "percent", predicate="cut", subject="The truce")]),
        ("a2", "two.example", "2031-05-12", other,
         [_claim(other, "15%", 15, "percent", predicate="lower", subject="Korvania")]),
    )
    assert [c.support for c in claims if c.value == 15] == [2]


def _at(event_id: str, place: str | None, start: str | None, *evidence: tuple[str, str]
        ) -> StoryEvent:
    return StoryEvent(event_id, "talks", "Talks", start, start, place, (), (), {}, (), (),
                      tuple(Evidence(a, 0, len(t), t) for a, t in evidence), len(evidence))


HOURS_ONE = "The talks lasted three hours, the delegations said."
HOURS_TWO = "The negotiations lasted for three hours behind closed doors."


def _three_hours(first: StoryEvent, second: StoryEvent) -> int:
    """How many claims two articles' 'three hours' of talks make, each sentence anchored to
    its own event."""
    one, two = HOURS_ONE, HOURS_TWO
    claims, _ = _build(
        ("a1", "one.example", None, one, [_claim(one, "three hours", 3, "hour", predicate="last")]),
        ("a2", "two.example", None, two, [_claim(two, "three hours", 3, "hour", predicate="last")]),
        events=(first, second))
    return len([c for c in claims if c.value == 3])


def test_a_length_of_pieces_of_one_meeting_is_one_claim() -> None:
    one, two = HOURS_ONE, HOURS_TWO
    # An undated event at the place, and the dated one held there.
    assert _three_hours(_at("ev_a", "Lindhaven", None, ("a1", one)),
                        _at("ev_b", "Lindhaven", "2031-05-11", ("a2", two))) == 1
    # A month without a place, and a day of that month.
    assert _three_hours(_at("ev_a", None, "2031-05", ("a1", one)),
                        _at("ev_b", "Lindhaven", "2031-05-11", ("a2", two))) == 1


def test_a_length_of_two_meetings_stays_two_claims() -> None:
    one, two = HOURS_ONE, HOURS_TWO
    assert _three_hours(_at("ev_a", "Port Alcyne", "2031-05-11", ("a1", one)),
                        _at("ev_b", "Lindhaven", "2031-05-11", ("a2", two))) == 2
    assert _three_hours(_at("ev_a", "Lindhaven", "2031-05-11", ("a1", one)),
                        _at("ev_b", "Lindhaven", "2031-05-23", ("a2", two))) == 2
    # Neither place nor date says they are one.
    assert _three_hours(_at("ev_a", "Lindhaven", None, ("a1", one)),
                        _at("ev_b", None, "2031-05-11", ("a2", two))) == 2


def test_an_extension_of_a_truce_is_not_the_truce() -> None:
    truce = "Korvania and Veldra agreed a 90-day truce on tariffs in May."
    extended = "Korvania and Veldra agreed to seek a 90-day extension of their tariff truce."
    again = "Negotiators proposed a 90-day extension of the tariff truce, officials said."
    claims, _ = _build(
        ("a1", "one.example", None, truce,
         [_claim(truce, "90-day", 90, "day", predicate="agree", subject="Korvania")]),
        ("a2", "two.example", None, extended,
         [_claim(extended, "90-day", 90, "day", predicate="seek", subject="Korvania")]),
        ("a3", "three.example", None, again,
         [_claim(again, "90-day", 90, "day", predicate="propose", subject="Negotiators")]),
    )
    assert sorted(c.support for c in claims if c.value == 90) == [1, 2]
    alone = next(c for c in claims if c.value == 90 and c.support == 1)
    assert alone.evidence[0].article == "a1"


def test_a_delay_by_a_length_is_not_a_truce_of_that_length() -> None:
    truce = "Korvania and Veldra agreed a 90-day truce on tariffs in May."
    delayed = "Negotiators agreed to delay the tariff truce deadline by 90 days in May."
    claims, _ = _build(
        ("a1", "one.example", None, truce,
         [_claim(truce, "90-day", 90, "day", predicate="agree", subject="Korvania")]),
        ("a2", "two.example", None, delayed,
         [_claim(delayed, "90 days", 90, "day", predicate="delay", subject="Negotiators")]),
    )
    assert sorted(c.support for c in claims if c.value == 90) == [1, 1]


def test_a_subject_that_merely_names_a_country_sets_no_rate() -> None:
    # The talks are no setter: their rate on Korvanian goods is the one the others report.
    talks = "Veldra-Korvania trade talks opened this weekend to avoid 60% tariffs, aides said."
    threat = "Veldra threatened new 60% tariffs on Korvanian goods, aides said."
    claims, _ = _build(
        ("a1", "one.example", None, talks,
         [_claim(talks, "60%", 60, "percent", predicate="open",
                 subject="Veldra-Korvania trade talks")]),
        ("a2", "two.example", None, threat,
         [_claim(threat, "60%", 60, "percent", predicate="threaten", subject="Veldra")]),
    )
    assert [c.support for c in claims if c.value == 60] == [2]


def test_a_rate_cut_to_one_value_from_two_others_is_two_facts() -> None:
    # Linked by a third outlet that gives no old rate, the two cuts still stay apart.
    first = "Veldra will cut tariffs on Korvanian grain from 45% to 10% next month."
    second = "Veldra will halve the tariff on Korvanian steel to 10% from 20% next month."
    plain = "Veldra will charge tariffs of 10% on Korvanian grain and steel next month."
    claims, _ = _build(
        ("a1", "one.example", None, first,
         [_claim(first, "45%", 45, "percent", predicate="cut", subject="Veldra"),
          _claim(first, "10%", 10, "percent", predicate="cut", subject="Veldra")]),
        ("a2", "two.example", None, plain,
         [_claim(plain, "10%", 10, "percent", predicate="charge", subject="Veldra")]),
        ("a3", "three.example", None, second,
         [_claim(second, "10%", 10, "percent", predicate="halve", subject="Veldra"),
          _claim(second, "20%", 20, "percent", predicate="halve", subject="Veldra")]),
    )
    tens = [c for c in claims if c.value == 10]
    assert len(tens) == 2
    assert not any({e.article for e in c.evidence} >= {"a1", "a3"} for c in tens)


def test_a_piece_of_a_meeting_joins_a_group_of_its_other_pieces_but_no_other_meeting() -> None:
    one, two = HOURS_ONE, HOURS_TWO
    third = "The round lasted three hours in all, an official said."
    fourth = "Delegates said the talks lasted three hours again."

    def groups(last_place: str, last_day: str) -> list[set[str]]:
        events = (_at("ev_place", "Lindhaven", None, ("a1", one)),
                  _at("ev_day", "Lindhaven", "2031-05-11", ("a2", two)),
                  _at("ev_month", None, "2031-05", ("a3", third)),
                  _at("ev_other", last_place, last_day, ("a4", fourth)))
        claims, _ = _build(
            ("a1", "one.example", None, one,
             [_claim(one, "three hours", 3, "hour", predicate="last")]),
            ("a2", "two.example", None, two,
             [_claim(two, "three hours", 3, "hour", predicate="last")]),
            ("a3", "three.example", None, third,
             [_claim(third, "three hours", 3, "hour", predicate="last")]),
            ("a4", "four.example", None, fourth,
             [_claim(fourth, "three hours", 3, "hour", predicate="last")]),
            events=events)
        return sorted(({e.article for e in c.evidence} for c in claims), key=len)

    # A month without a place joins the undated and the dated talks at the place.
    assert groups("Port Alcyne", "2031-05-23") == [{"a4"}, {"a1", "a2", "a3"}]


def test_two_acts_on_one_day_are_two_claims_one_act_in_other_words_is_one() -> None:
    trip = "Presidents Bohdan Kravel and Ilse Marren are to travel to Lindhaven on May 4, 2031."
    signing = "Bohdan Kravel and Ilse Marren signed the Lindhaven accord on May 4, 2031."
    signed = "The Lindhaven accord was signed by Kravel and Marren on May 4, 2031."
    claims, _ = _build(
        ("a1", "one.example", None, trip,
         [_claim(trip, "May 4, 2031", 20310504, "date", predicate="travel")]),
        ("a2", "two.example", None, signing,
         [_claim(signing, "May 4, 2031", 20310504, "date", predicate="sign", key="accord")]),
        ("a3", "three.example", None, signed,
         [_claim(signed, "May 4, 2031", 20310504, "date", predicate="sign")]),
    )
    assert sorted(c.support for c in claims) == [1, 2]
    assert next(c for c in claims if c.support == 2).predicate == "sign"


def test_a_pooled_claim_reads_as_what_its_outlets_share_not_one_outlets_aside() -> None:
    aside = ("On Thursday, Bohdan Kravel blurred the picture in a long radio talk by "
             "hinting that Korvania could levy its grain duty at 4.5 percent.")
    cap_a = "The 2029 treaty capped Korvania's duty on imported grain at 4.5 percent of value."
    cap_b = "The old treaty had capped the Korvanian duty on imported grain at 4.5 percent."
    cap_c = "Under the 2029 treaty, the grain duty in Korvania was capped at 4.5 percent."
    items = [(f"a{i}", f"o{i}.example", None, text,
              [_claim(text, "4.5 percent", 4.5, "percent", predicate=verb, key="grain")])
             for i, (text, verb) in enumerate([(aside, "levy"), (cap_a, "cap"),
                                               (cap_b, "cap"), (cap_c, "cap")])]
    claims, _ = _build(*items)
    assert len(claims) == 1 and claims[0].support == 4
    assert claims[0].text != aside and "capped" in claims[0].text


def test_counts_of_one_episode_named_in_another_language_contradict_undated() -> None:
    # The French sentence names the same three weeks of fighting as the English one: both
    # counts are of one settled episode, so two undated articles are set against each other.
    one = "Nearly three weeks of fighting along the frontier left over one hundred dead."
    two = "12 personnes ont été tuées au cours des trois dernières semaines de combats."
    _, found = _build(
        ("a1", "one.example", None, one,
         [_claim(one, "over one hundred", 100, "count", predicate="leave", key="dead",
                 low=100)]),
        ("a2", "two.example", None, two,
         [_claim(two, "12", 12, "count", predicate="kill", key="personnes")]),
    )
    assert [c.kind for c in found] == ["value"]
