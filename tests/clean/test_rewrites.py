"""Tests for reworded-copy detection (clean/_rewrites.py) and its use in find_duplicates."""

from __future__ import annotations

from communique.clean._dedup import (
    DEFAULT_THRESHOLD,
    HALF_SHARE,
    LOW_CONTAINMENT,
    MIN_SHARED,
    PART_CONTAINMENT,
    DedupItem,
    containment,
    find_duplicates,
    shingle_hashes,
)
from communique.clean._rewrites import (
    MIN_ALIGNED,
    MIN_SHARE,
    SENTENCE_MATCH,
    STRONG_MATCH,
    Weights,
    aligned,
    aligned_pairs,
    reworded,
    sentences,
    similarity,
    strong_pairs,
)

ORIGINAL = (
    "Negotiators from Veldra and Ostmark met on Tuesday in the lakeside town of Parvel for a "
    "third round of talks on the disputed Kessin river dam.\n"
    "The meeting, hosted by the regional water council, lasted nearly seven hours and ended "
    "without a joint statement.\n"
    "Veldra's delegation was led by deputy minister Aro Tamsen, while Ostmark sent its chief "
    "hydrologist Mirel Dask.\n"
    "Officials said both sides had agreed to exchange flow data from 14 gauging stations "
    "before the next session.\n"
    "The dam, finished in 2019, has cut the river's summer flow by about 40 percent "
    "downstream, according to Ostmark.\n"
    "A fourth round is expected in Parvel early next month, the council said."
)

SPUN = (
    "Share this story\n"
    "Delegations of Veldra and Ostmark held a third round of negotiations on Tuesday in "
    "Parvel, a lakeside town, over the contested Kessin river dam.\n"
    "Hosted by the regional water council, the meeting went on for almost seven hours and "
    "closed with no joint statement.\n"
    "Deputy minister Aro Tamsen headed the Veldra delegation; Ostmark was represented by "
    "chief hydrologist Mirel Dask.\n"
    "According to officials, both sides agreed to swap flow data from 14 gauging stations "
    "ahead of the next session.\n"
    "Read more on our site\n"
)

INDEPENDENT = (
    "Ostmark's farmers are watching the Kessin river with growing alarm as summer begins.\n"
    "\"We have lost half our harvest since the dam was built,\" said one grower near the "
    "border, who asked not to be named.\n"
    "Talks between Veldra and Ostmark resumed this week in Parvel under the regional water "
    "council, but few in the valley expect a quick result.\n"
    "Local engineers say the reservoir upstream is already at its lowest level in a decade.\n"
    "Aro Tamsen, who leads Veldra's team, has promised a fair share of the water.\n"
    "The next round is planned for next month."
)


def test_sentences_leave_out_quotes_short_lines_and_the_crawler_header() -> None:
    found = sentences(' date 2025-01-02 Share this\n"A quote that runs long enough here," '
                      "he said at the press conference on Monday afternoon.\n"
                      "Menu Home News")
    expected = {"he", "said", "at", "the", "press", "conference", "on", "monday", "afternoon"}
    assert found == [frozenset(expected)]


def test_a_reworded_copy_aligns_sentence_by_sentence() -> None:
    texts = [sentences(t) for t in (ORIGINAL, SPUN, INDEPENDENT)]
    weights = Weights.of(texts)
    assert aligned(texts[1], texts[0], weights) >= MIN_ALIGNED
    assert reworded(texts[0], texts[1], weights)
    assert not reworded(texts[0], texts[2], weights)
    assert not reworded(texts[1], texts[2], weights)


def test_sentences_out_of_order_do_not_align() -> None:
    mirrored = sentences("\n".join(reversed(SPUN.splitlines())))
    original = sentences(ORIGINAL)
    assert not reworded(original, mirrored, Weights.of([original, mirrored]))


def test_find_duplicates_marks_the_reworded_copy_only() -> None:
    items = [DedupItem("a", ORIGINAL, order=0), DedupItem("b", SPUN, order=1),
             DedupItem("c", INDEPENDENT, order=2)]
    assert find_duplicates(items) == {"b": ("a", "near")}


def _briefing(day: str, region: str, host: str) -> str:
    return (
        f"Briefing by the defence ministry spokesperson on {day} 2025 in the afternoon.\n"
        f"The extraordinary border committee meeting was held on {day} 2025 with {host} as "
        "the host of both delegations.\n"
        f"The delegation of the {region} military region was led by its commanding general "
        "and co-chairman of the committee.\n"
        "Both sides committed to implementing the outcomes of the earlier special meeting "
        "between the two defence ministers.\n"
        "Both sides agreed to keep the observers informed and to meet again within the month.\n"
    )


def test_two_briefings_of_a_series_on_one_template_are_not_copies() -> None:
    first = _briefing("16 August", "third", "the northern province")
    second = _briefing("25 August", "fifth", "the southern province")
    assert sentences(first) and reworded(sentences(first), sentences(second),
                                         Weights.of([sentences(first), sentences(second)]))
    items = [DedupItem("a", first, order=0), DedupItem("b", second, order=1)]
    assert find_duplicates(items) == {}


def test_a_copy_that_drops_one_date_and_adds_another_is_still_a_copy() -> None:
    dated = ORIGINAL.replace("on Tuesday", "on Tuesday, 3 June 2025,")
    spun = SPUN + "The next session is set for 1 July 2025, the council added in a statement.\n"
    items = [DedupItem("a", dated, order=0), DedupItem("b", spun, order=1)]
    assert find_duplicates(items) == {"b": ("a", "near")}


# A short protocol story and a re-cut copy that keeps one sentence word for word and rewords
# another: too few sentences for the reworded test, too few 5-word runs for the shingle test.
PROTOCOL = (
    "Negotiators from Korvania and Tavrania signed a monitoring protocol on Tuesday in the port "
    "city of Lindhaven after two days of closed talks.\n"
    "The mechanism brings together officers of both armies, observers from the regional council "
    "and two neutral envoys who will report every fortnight.\n"
    "The protocol follows the framework declaration that the two governments adopted in the "
    "spring under the mediation of Veldra.\n"
    "Officials said the first joint patrol would leave from the border post at Ossery before "
    "the end of the month.\n"
)
_KEPT = (
    "The mechanism brings together officers of both armies, observers from the regional council "
    "and two neutral envoys who will report every fortnight.\n"
)
_REWORDED_LEAD = (
    "In Lindhaven, Korvania and Tavrania on Tuesday signed a protocol for monitoring, after "
    "closed talks that lasted two days.\n"
)
_OWN = (
    "Analysts in the capital doubt that any deal will hold through the coming rainy season in "
    "the hills.\n"
    "Farmers along the frontier have waited years for their fields to be cleared of old mines "
    "and wire.\n"
)


def _signals(first: str, second: str) -> tuple[float, int]:
    a, b = sentences(first), sentences(second)
    ratio, _ = containment(shingle_hashes(first), shingle_hashes(second))
    return ratio, len(aligned_pairs(a, b, Weights.of([a, b])))


def test_a_recut_copy_short_of_both_tests_is_a_copy_on_both_signals() -> None:
    copy = _REWORDED_LEAD + _KEPT + _OWN
    ratio, run = _signals(PROTOCOL, copy)
    # Each signal alone falls short of its own test ...
    assert PART_CONTAINMENT <= ratio < DEFAULT_THRESHOLD and run == MIN_ALIGNED - 1
    items = [DedupItem("a", PROTOCOL, order=0), DedupItem("b", copy, order=1)]
    # ... together they make the copy.
    assert find_duplicates(items) == {"b": ("a", "near")}


def test_shared_runs_with_one_aligned_sentence_are_no_copy() -> None:
    # An independent report quoting one paragraph of a communiqué: the runs, not the order.
    report = ("Residents of the valley said they had heard no shelling for three nights in a "
              "row.\n") + _KEPT + _OWN
    ratio, run = _signals(PROTOCOL, report)
    assert ratio >= PART_CONTAINMENT and run < MIN_ALIGNED - 1
    assert find_duplicates([DedupItem("a", PROTOCOL, order=0),
                            DedupItem("b", report, order=1)]) == {}


def test_two_aligned_sentences_without_shared_runs_are_no_copy() -> None:
    # Another outlet telling the same two facts in its own words.
    report = _REWORDED_LEAD + (
        "The mechanism brings officers of both armies together with observers of the regional "
        "council, and two neutral envoys report to it every fortnight.\n") + _OWN
    ratio, run = _signals(PROTOCOL, report)
    assert ratio < PART_CONTAINMENT and run == MIN_ALIGNED - 1
    assert find_duplicates([DedupItem("a", PROTOCOL, order=0),
                            DedupItem("b", report, order=1)]) == {}


# A wire story and a later version of it: the opening kept (one sentence word for word, two
# lightly reworded), the rest of each text its own.
_WIRE_LEAD = (
    "Negotiators from Korvania and Tavrania resumed talks on Monday in the port city of "
    "Lindhaven, seeking to rescue a ceasefire that has frayed along their northern border.\n"
    "The two delegations met for about five hours at a government guesthouse overlooking the "
    "harbour, officials from both sides said afterwards.\n"
    "Korvania's team was led by deputy foreign minister Bohdan Kravel, while Tavrania sent its "
    "chief of staff Ilse Marrow.\n"
)
_LATER_LEAD = (
    "Negotiators from Korvania and Tavrania resumed their talks in the port city of Lindhaven "
    "on Monday, hoping to rescue a frayed ceasefire along the northern border.\n"
    "{second}"
    "Deputy foreign minister Bohdan Kravel led the team of Korvania, while Tavrania sent its "
    "chief of staff Ilse Marrow.\n"
)
_SECOND_KEPT = (
    "The two delegations met for about five hours at a government guesthouse overlooking the "
    "harbour, officials from both sides said afterwards.\n"
)
_SECOND_REWORDED = (
    "The two delegations met for about five hours in a guesthouse of the government above the "
    "harbour, officials from both sides said afterwards.\n"
)
_FIRST_TAIL = (
    "Shelling near the river town of Ossery killed four people last week, according to the "
    "regional health office.\n"
    "The ceasefire was agreed in the spring under the mediation of Veldra and has been "
    "violated dozens of times since then.\n"
    "Aid groups say some 40,000 people remain displaced in camps south of the frontier.\n"
    "A monitoring mission of the regional council has counted new trenches on both sides.\n"
    "Diplomats in the capital expect a joint statement only after a second day of meetings.\n"
    "Markets in Korvania rose slightly on hopes that the talks could reopen the border crossings.\n"
    "Farmers along the frontier have waited years for their fields to be cleared of old mines.\n"
    "Schools in the border districts will stay closed until the end of the month.\n"
)
_LATER_TAIL = (
    "On Tuesday the talks moved to the foreign ministry, where the mediators presented a map "
    "of a proposed buffer zone.\n"
    "Kravel told reporters that the proposal contained elements his government could accept, "
    "though several questions remained open.\n"
    "Tavrania's parliament is due to debate the ceasefire terms next week, a spokesman said.\n"
    "The regional council offered to double the number of its observers if both sides agree.\n"
    "Opposition parties in Tavrania have criticised the talks as a concession to pressure.\n"
    "A third session is planned in Lindhaven before the end of the month, diplomats said.\n"
    "Human rights groups urged both governments to account for prisoners held since the war.\n"
    "Trains between the two capitals are still suspended, the railway company said.\n"
)


def _share(first: str, second: str, run: int) -> float:
    return run / min(len(sentences(first)), len(sentences(second)))


def test_a_later_version_keeping_the_opening_is_a_copy_at_half_the_threshold() -> None:
    wire = _WIRE_LEAD + _FIRST_TAIL
    later = _LATER_LEAD.format(second=_SECOND_KEPT) + _LATER_TAIL
    ratio, run = _signals(wire, later)
    # A full run of sentences, though too small a share of either text, and few 5-word runs.
    assert LOW_CONTAINMENT <= ratio < PART_CONTAINMENT and run >= MIN_ALIGNED
    assert _share(wire, later, run) < MIN_SHARE
    assert find_duplicates([DedupItem("a", wire, order=0),
                            DedupItem("b", later, order=1)]) == {"b": ("a", "near")}


def test_an_opening_retold_in_other_words_is_no_copy_below_half_the_threshold() -> None:
    # Same sentences in order, but no sentence kept word for word: a report on one template.
    wire = _WIRE_LEAD + _FIRST_TAIL
    later = _LATER_LEAD.format(second=_SECOND_REWORDED) + _LATER_TAIL
    ratio, run = _signals(wire, later)
    assert ratio < LOW_CONTAINMENT and run >= MIN_ALIGNED
    assert _share(wire, later, run) < MIN_SHARE
    assert find_duplicates([DedupItem("a", wire, order=0),
                            DedupItem("b", later, order=1)]) == {}


_GAZETTE = (
    "A council spokesman said the envoys would publish their first findings in the regional "
    "gazette.\n"
    "Traders at the frontier market said they hoped the crossings would reopen before the "
    "harvest.\n"
    "Teachers in the hill villages asked for the schools to be cleared of soldiers first.\n"
)
_ANALYSTS = (
    "Analysts in the capital doubt that any deal of this kind will hold through the coming "
    "rainy season in the hills{join}"
    "the roads to the frontier posts turn to mud, the patrols of both armies stay in their "
    "barracks for weeks.\n"
    "Farmers along the frontier have waited years for their fields to be cleared of old mines "
    "and rusting wire, and many of them say they will believe in peace only when the first "
    "tractor crosses the old line.\n"
)


def test_two_sentences_that_are_half_a_short_copy_make_it_at_half_the_threshold() -> None:
    source = PROTOCOL + _GAZETTE
    copy = _REWORDED_LEAD + _KEPT + _ANALYSTS.format(join=", as soon as ")
    ratio, run = _signals(source, copy)
    assert LOW_CONTAINMENT <= ratio < PART_CONTAINMENT and run == MIN_ALIGNED - 1
    assert _share(source, copy, run) >= HALF_SHARE
    assert find_duplicates([DedupItem("a", source, order=0),
                            DedupItem("b", copy, order=1)]) == {"b": ("a", "near")}


def test_two_sentences_under_half_a_text_are_no_copy_at_half_the_threshold() -> None:
    # The same words, one sentence more: two aligned sentences are now under half of it.
    source = PROTOCOL + _GAZETTE
    report = _REWORDED_LEAD + _KEPT + _ANALYSTS.format(join=".\nWhen ")
    ratio, run = _signals(source, report)
    assert LOW_CONTAINMENT <= ratio < PART_CONTAINMENT and run == MIN_ALIGNED - 1
    assert _share(source, report, run) < HALF_SHARE
    assert find_duplicates([DedupItem("a", source, order=0),
                            DedupItem("b", report, order=1)]) == {}


_BRIEF = (
    "In the border dispute between Veldra and Ostmark there is movement at last: senior envoys "
    "of both governments meet today for the first time in Lindhaven.\n"
    "Taking part are Veldra's foreign minister Bohdan Kravel and the trade envoy Mirel Dask, "
    "as well as Ostmark's deputy premier Aro Tamsen.\n"
    "Markets in both capitals rose sharply on the news.\n"
)
_BRIEF_TAIL = (
    "The dispute began when Veldra closed three crossings on the northern border in the spring.\n"
    "Ostmark answered within a week with duties on grain, timber and machine parts.\n"
    "Signs of a thaw have multiplied in recent weeks, diplomats in Port Alcyne say.\n"
)
# The brief's two sentences with their clauses recast: the same words, few 5-word runs.
_RECAST = (
    "Today, for the first time, senior envoys of both governments meet in Lindhaven: there is "
    "movement at last in the border dispute between Veldra and Ostmark.\n"
    "Ostmark's deputy premier Aro Tamsen is taking part, as well as the trade envoy Mirel Dask "
    "and Veldra's foreign minister Bohdan Kravel.\n"
)
# The same two facts told in a reporter's own words.
_RETOLD = (
    "Senior envoys of Veldra and Ostmark sit down in Lindhaven today, their first meeting since "
    "the border dispute broke out.\n"
    "Foreign minister Bohdan Kravel leads the Veldra side, while Ostmark sends Aro Tamsen.\n"
)


def _strength(first: str, second: str) -> tuple[list[float], int, int]:
    """The similarity of each aligned sentence pair, the shared shingles and the sentence count
    of the shorter text."""
    a, b = sentences(first), sentences(second)
    weights = Weights.of([a, b])
    run = aligned_pairs(a, b, weights)
    assert strong_pairs(run, a, b, weights) == sum(
        1 for i, j in run if similarity(a[i], b[j], weights) >= STRONG_MATCH)
    _, shared = containment(shingle_hashes(first), shingle_hashes(second))
    return [similarity(a[i], b[j], weights) for i, j in run], shared, min(len(a), len(b))


def test_a_short_brief_recast_nearly_word_for_word_is_a_copy() -> None:
    copy = _RECAST + _BRIEF_TAIL
    scores, shared, short = _strength(_BRIEF, copy)
    # Short of every other test: too few shingles, one sentence too few to be reworded.
    assert shared < MIN_SHARED and len(scores) == MIN_ALIGNED - 1
    assert min(scores) >= STRONG_MATCH and len(scores) >= HALF_SHARE * short
    assert find_duplicates([DedupItem("a", _BRIEF, order=0),
                            DedupItem("b", copy, order=1)]) == {"b": ("a", "near")}


def test_a_short_brief_retold_in_other_words_is_no_copy() -> None:
    report = _RETOLD + _BRIEF_TAIL
    scores, _, short = _strength(_BRIEF, report)
    # The same two sentences align, but neither nearly word for word.
    assert len(scores) == MIN_ALIGNED - 1 and len(scores) >= HALF_SHARE * short
    assert all(SENTENCE_MATCH <= score < STRONG_MATCH for score in scores)
    assert find_duplicates([DedupItem("a", _BRIEF, order=0),
                            DedupItem("b", report, order=1)]) == {}


def test_two_sentences_nearly_word_for_word_under_half_a_text_are_no_copy() -> None:
    # The brief grows two sentences of its own: the two recast ones are under half of it.
    brief = _BRIEF + (
        "Traders at the frontier market said they hoped the crossings would reopen soon.\n"
        "Teachers in the hill villages asked for the schools to be cleared of soldiers first.\n"
    )
    copy = _RECAST + _BRIEF_TAIL
    scores, shared, short = _strength(brief, copy)
    assert shared < MIN_SHARED and min(scores) >= STRONG_MATCH
    assert len(scores) < HALF_SHARE * short
    assert find_duplicates([DedupItem("a", brief, order=0),
                            DedupItem("b", copy, order=1)]) == {}

