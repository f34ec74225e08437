"""Lengths of days, weeks, months or years pooled as one fact (issue 11): read in another
language beside the word that names what they measure, given twice by one article, or named
by the verb that lasts that long; a length of talks kept to its meeting, and a foreign rate
listed with others pooled by its rates alone.

The foreign claims come from the language readers themselves (no NLP model), the English
ones are hand-made, so what is tested is the reading of a foreign length and its pooling.
"""

from __future__ import annotations

from dataclasses import replace

from communique.merge._claim_facts import Fact
from communique.merge._corpus import Corpus
from communique.model.claims import Claim, Quantity

from support.foreign_claims import pooled
from support.synthetic import annotations, doc


def _english(text: str, surface: str, value: float, unit: str, predicate: str,
             subject: str, obj: str | None = None) -> Claim:
    start = text.index(surface)
    quantity = Quantity(value, None, None, unit, surface, start, start + len(surface), False)
    return Claim(0, len(text), text, subject, None, None, predicate, obj, quantity,
                 False, False, None, "none", object_key=obj)


# A pause is a truce: the reader of another language names the class, not the word.
TRUCE = "Veldra and Korvania agreed on a 90-day pause in their dispute over ports."


def _truce() -> Claim:
    return _english(TRUCE, "90-day", 90, "day", "agree", "Veldra and Korvania", "pause")


def test_a_length_abroad_joins_the_english_length_of_the_same_thing() -> None:
    claims = pooled(
        ("en", TRUCE, [_truce()]),
        ("es", "Ambos países pactaron una tregua portuaria de 90 días.", None),
        ("fr", "Les deux pays ont convenu d'une trêve de 90 jours.", None),
    )
    assert [(c.value, c.unit, c.support) for c in claims] == [(90, "day", 3)]
    assert claims[0].text.startswith("Veldra and Korvania agreed")


def test_a_length_abroad_of_another_thing_or_of_an_extension_stays_apart() -> None:
    claims = pooled(
        ("en", TRUCE, [_truce()]),
        ("es", "Las negociaciones de 90 días terminaron sin acuerdo.", None),
        ("es", "Ambos buscan una prórroga de 90 días del acuerdo portuario.", None),
    )
    assert sorted(c.support for c in claims) == [1, 1, 1]


def test_one_article_giving_one_deadline_twice_is_one_claim() -> None:
    first = "Within 60 days, both sides agreed to open the ports."
    second = "Korvania has sixty days to withdraw its ships."
    text = f"{first} {second}"
    one = _english(first, "60 days", 60, "day", "agree", "both sides")
    other = _english(second, "sixty days", 60, "day", "have", "Korvania")
    start = len(first) + 1
    assert one.quantity is not None and other.quantity is not None
    other = replace(other, start=start, end=len(text), quantity=replace(
        other.quantity, start=other.quantity.start + start, end=other.quantity.end + start))
    claims = pooled(("en", text, [one, other]))
    assert len(claims) == 1
    # Two articles giving sixty days of something: no word in common, two facts.
    claims = pooled(("en", first, [one]), ("en", second, [_english(
        second, "sixty days", 60, "day", "have", "Korvania")]))
    assert len(claims) == 2


def test_a_length_without_a_noun_is_the_length_of_what_its_verb_does() -> None:
    # "pausing … for one year" in a clause that names a trade war: the pause's length.
    paused = ("Korvania will ease its trade war measures, pausing its new port fees "
              "for one year.")
    pause = "Korvania's ministry announced a one-year pause on its port fees."
    claims = pooled(
        ("en", paused, [_english(paused, "one year", 1, "year", "pause", "Korvania")]),
        ("en", pause, [_english(pause, "one-year", 1, "year", "announce",
                                "Korvania's ministry", "pause")]),
    )
    assert [c.support for c in claims] == [2]


def test_a_foreign_rate_listed_with_others_pools_by_its_rates_not_by_names() -> None:
    english = "Trump said Korvania will cut its tariffs on Veldra to 10%."
    claim = _english(english, "10%", 10, "percent", "cut", "Korvania", "tariffs")
    # One rate, two names in common: the same rate.
    claims = pooled(("en", english, [claim]),
                    ("es", "Trump dijo que Korvania bajará sus aranceles al 10 %.", None))
    assert [c.support for c in claims] == [2]
    # A range of rates for others that names the same people: no word says which rate.
    claims = pooled(("en", english, [claim]),
                    ("es", "Trump anunció aranceles de entre 10% y 50% para Korvania.", None))
    assert sorted(c.support for c in claims if c.value == 10) == [1, 1]


def test_the_length_of_talks_is_about_their_meeting() -> None:
    from communique.merge.claims import _about_event

    text = "The envoys held two days of talks in Lindhaven."
    fact = facts_of_text(text, _english(text, "two days", 2, "day", "hold", "The envoys"))
    assert fact.measure == "length of talks" and _about_event(fact)
    text = "The two sides fought a two-day war over the ports."
    fact = facts_of_text(text, _english(text, "two-day", 2, "day", "fight", "The two sides"))
    assert fact.measure == "length of conflict" and not _about_event(fact)


def facts_of_text(text: str, claim: Claim) -> Fact:
    """The one fact of a one-article corpus."""
    from communique.merge._anchors import EventAnchors
    from communique.merge._claim_facts import facts_of

    corpus = Corpus([doc("a0", text, "a0.example", "2031-05-12")],
                    [annotations("a0", text, claims=(claim,))])
    (fact,) = facts_of(corpus, EventAnchors(()), lambda w: w, lambda w: False)
    return fact


def test_a_levy_suspended_or_lowered_for_a_time_is_a_truce_in_it() -> None:
    # No noun after the length, or a window after a levy is lowered: the truce's length.
    lowered = "Veldra will reduce duties on Korvanian grain to 10% for 90 days."
    fact = facts_of_text(lowered, _english(lowered, "90 days", 90, "day", "reduce", "Veldra"))
    assert fact.measure == "length of truce"
    window = "Korvania suspended most tariffs on Veldran ships for 90 days to ease the talks."
    fact = facts_of_text(window, _english(window, "90 days", 90, "day", "suspend", "Korvania"))
    assert fact.measure == "length of truce"
    claims = pooled(
        ("en", TRUCE, [_truce()]),
        ("en", lowered, [_english(lowered, "90 days", 90, "day", "reduce", "Veldra")]),
        ("fr", "L'accord suspendait les droits de douane pour une période de 90 jours.", None),
    )
    assert [c.support for c in claims] == [3]


def test_a_time_limit_to_lower_a_levy_or_a_named_deadline_stays_a_deadline() -> None:
    limit = "Veldra gave Korvania 90 days to cut its tariffs."
    fact = facts_of_text(limit, _english(limit, "90 days", 90, "day", "give", "Veldra"))
    assert fact.measure == "length of deadline"
    named = "Veldra cut its tariffs and set a 90-day deadline for the talks."
    fact = facts_of_text(named, _english(named, "90-day", 90, "day", "set", "Veldra"))
    assert fact.measure == "length of deadline"
    # No levy: a side suspending a rule of its own for a year is no truce in levies.
    rule = "Veldra will suspend its new export rules for one year."
    fact = facts_of_text(rule, _english(rule, "one year", 1, "year", "suspend", "Veldra"))
    assert fact.measure != "length of truce"
