"""Claim extraction on small sentences, and quality gates on the seed articles.

The spaCy pipeline is the session-scoped ``nlp`` fixture of ``tests/conftest.py`` (loaded once).
The seed gate runs the extractor on each seed's raw text, drops predictions on the lines the
gold marks as boilerplate, and scores against ``tests/gold/seeds/claims.json``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from communique.eval.claims import (
    claim_problems,
    claim_records,
    locate,
    repeated_in_sentence,
    score_claims,
)
from communique.extract.claims import Claim, extract_claims

GOLD = Path(__file__).resolve().parent.parent / "gold" / "seeds" / "claims.json"

# Gates sit just under the scores reached when they were set (seeds: claims and numeric P/R
# 1.00/1.00, subject 0.94, object 0.94, attribution 1.00), so a regression fails and one or
# two parser slips on a 31-claim gold do not.
SEED_CLAIM_F1 = 0.9
SEED_NUMERIC_F1 = 0.92
SEED_SUBJECT_ACCURACY = 0.85
SEED_OBJECT_ACCURACY = 0.85
SEED_ATTRIBUTION_ACCURACY = 0.9
EXAMPLE_RECALL = 0.85
"""Reached 0.90 (18/20 value mentions in the plain-text English examples)."""

Extract = Callable[[str], list[Claim]]


@pytest.fixture(scope="session")
def claims_of(nlp: Language) -> Extract:
    """Parse a text and return its claims."""
    def run(text: str) -> list[Claim]:
        return extract_claims(nlp(text))
    return run


def _numeric(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.quantity is not None]


# --- the facts a claim carries ----------------------------------------------------------------

def test_same_number_different_facts(claims_of: Extract) -> None:
    (controls,) = claims_of("Russian forces control about 20 percent of Ukraine's territory.")
    (wants,) = claims_of("Russia wants the 20 percent of Donetsk it does not hold.")
    assert controls.quantity is not None and wants.quantity is not None
    assert controls.quantity.value == wants.quantity.value == 20
    assert (controls.predicate, controls.object_key) != (wants.predicate, wants.object_key)
    assert controls.object_key == "ukraine territory"
    assert wants.predicate == "want"


def test_comparable_objects_share_a_key(claims_of: Extract) -> None:
    (a,) = claims_of("At present, Russian forces control about 20 percent of Ukraine's "
                     "pre-2014 territory.")
    (b,) = claims_of("Russia currently controls around 20% of Ukrainian territory, including "
                     "Crimea.")
    assert a.object_key == b.object_key == "ukraine territory"
    assert a.quantity is not None and a.quantity.approximate and a.hedged
    assert a.subject == "Russian forces" and b.subject == "Russia"


def test_offsets_point_into_the_text(claims_of: Extract) -> None:
    text = "Officials met on Monday. The bloc agreed on a $5 billion loan for the country."
    (claim,) = claims_of(text)
    assert claim.quantity is not None
    assert text[claim.quantity.start : claim.quantity.end] == claim.quantity.text
    assert text[claim.start : claim.end].startswith("The bloc agreed")
    assert claim.subject_start is not None and claim.subject_end is not None
    assert text[claim.subject_start : claim.subject_end] == claim.subject == "bloc"
    assert (claim.quantity.value, claim.quantity.unit, claim.object_key) == (5e9, "USD", "loan")


def test_range_and_particle_predicate(claims_of: Extract) -> None:
    (claim,) = claims_of("The ministry wants a commitment lasting 30-50 years.")
    assert claim.quantity is not None
    assert (claim.quantity.low, claim.quantity.high) == (30, 50)
    (handed,) = claims_of("The government refused to hand over 20 percent of the region.")
    assert handed.predicate == "hand over"
    assert handed.quantity is not None and handed.quantity.low is None


def test_over_after_a_verb_it_is_no_particle_of_is_a_bound(claims_of: Extract) -> None:
    (claim,) = claims_of("The flooding displaced over 30,000 people in the delta.")
    assert claim.quantity is not None
    assert (claim.quantity.value, claim.quantity.low) == (30000, 30000)
    (turned,) = claims_of("The militia turned over 12 hostages to the monitors.")
    assert turned.quantity is not None and turned.quantity.low is None


def test_negation(claims_of: Extract) -> None:
    (claim,) = claims_of("The army did not capture 20 percent of the province.")
    assert claim.negated


# --- attribution -------------------------------------------------------------------------------

def test_according_to(claims_of: Extract) -> None:
    (claim,) = claims_of("According to the ministry, the storm destroyed 300 houses.")
    assert (claim.attributed_to, claim.attribution_kind) == ("ministry", "according_to")


def test_reported_without_a_number_is_a_lower_priority_claim(claims_of: Extract) -> None:
    (claim,) = claims_of("Reuters reported that the minister resigned after the vote.")
    assert (claim.attributed_to, claim.attribution_kind) == ("Reuters", "reported")
    assert claim.quantity is None and claim.priority == 3


def test_said_that(claims_of: Extract) -> None:
    (claim,) = claims_of("The mayor said that the flood displaced 2,000 people.")
    assert (claim.attributed_to, claim.attribution_kind) == ("mayor", "said")
    assert claim.quantity is not None and claim.quantity.value == 2000


# --- ordinals and what is not a claim ----------------------------------------------------------

def test_ordinal_is_not_a_quantity(claims_of: Extract) -> None:
    (claim,) = claims_of("The delegations will meet in Oslo next week for a third round of talks.")
    assert claim.quantity is None and claim.ordinal == 3 and claim.priority == 2


def test_ordinal_rides_along_with_a_date(claims_of: Extract) -> None:
    claims = claims_of("The first round took place on March 3, and a second round took place "
                       "on April 9.")
    assert [(c.ordinal, c.quantity.value if c.quantity else None) for c in claims] == [
        (1, 303.0), (2, 409.0)]


@pytest.mark.parametrize("text", [
    "Did the army really capture 20 percent of the province?",
    "“We control 20 percent of the land,” the general said.",
    "Talks to resume in 2027",
    "The one who left was not the two who stayed behind.",
    "The minister said on March 3 that the talks were useful.",
])
def test_not_claims(claims_of: Extract, text: str) -> None:
    assert _numeric(claims_of(text)) == []


# --- quality gates -----------------------------------------------------------------------------

def _boilerplate(text: str, lines: list[str]) -> list[tuple[int, int]]:
    spans = []
    for line in lines:
        start = text.find(line)
        if start != -1:
            spans.append((start, start + len(line)))
    return spans


def _predict(nlp: Language, texts: dict[str, str],
             boilerplate: dict[str, list[str]]) -> list[dict[str, Any]]:
    """Claim records of every text (boilerplate lines dropped). Speed is the bench's to
    measure (`communique bench`), never a unit test's: a loaded machine would fail it."""
    records: list[dict[str, Any]] = []
    for name, text in texts.items():
        claims = extract_claims(nlp(text))
        skip = _boilerplate(text, boilerplate.get(name, []))
        records += [r for r in claim_records(name, claims)
                    if not any(s < r["end"] and r["start"] < e for s, e in skip)]
    return records


def test_seed_quality_gate(seeds_dir: Path, nlp: Language) -> None:
    data = json.loads(GOLD.read_text("utf-8"))
    texts = {p.name[:3]: p.read_text("utf-8") for p in sorted(seeds_dir.glob("*.txt"))}
    gold = locate(data["claims"], texts)
    predicted = _predict(nlp, texts, data["boilerplate"])
    scores = score_claims(gold, predicted)
    assert scores["claims"]["f1"] >= SEED_CLAIM_F1, scores["claims"]
    assert scores["numeric"]["f1"] >= SEED_NUMERIC_F1, scores["numeric"]
    assert scores["subject_accuracy"] >= SEED_SUBJECT_ACCURACY, scores
    assert scores["object_accuracy"] >= SEED_OBJECT_ACCURACY, scores
    assert scores["attribution_accuracy"] >= SEED_ATTRIBUTION_ACCURACY, scores


def test_seed_twenty_percent_claims_stay_apart(seeds_dir: Path, nlp: Language) -> None:
    """The 20-percent facts of the seeds: the same share of the country, a different demand."""
    by_key: dict[str, set[str]] = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        for claim in extract_claims(nlp(path.read_text("utf-8"))):
            if claim.quantity is not None and claim.quantity.unit == "percent":
                by_key.setdefault(f"{claim.predicate}|{claim.object_key}", set()).add(path.name[:3])
    assert by_key["control|ukraine territory"] == {"000", "004"}
    assert len(by_key) == 3


# --- the bundled example corpus (gold is per story: values and the articles stating them) -------

_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _gold_values(claim: dict[str, Any]) -> list[tuple[float, str]]:
    """(value, unit) pairs a story-level gold claim stands for; [] when it has no number."""
    value, unit = claim["value"], claim.get("unit")
    if isinstance(value, int | float):
        return [(float(value), "ordinal" if unit is None else str(unit))]
    text = str(value)
    if text.startswith("P"):
        years = [float(n) for n in re.findall(r"P(\d+)Y", text)]
        return [(years[0], "year"), ((years[1] + years[2]) / 2, "year")] if len(years) == 3 \
            else [(y, "year") for y in years]
    if text.startswith("PT") and text.endswith("H"):
        return [(float(text[2:-1]), "hour")]
    m = _ISO.match(text)
    if m:
        return [(float(int(m[1]) * 10000 + int(m[2] or 0) * 100 + int(m[3] or 0)), "date")]
    return []


def _found(value: float, unit: str, predicted: list[dict[str, Any]]) -> bool:
    """Whether a prediction states the value; a date without a year matches on month/day."""
    for p in predicted:
        if p["unit"] != unit or p["value"] is None:
            continue
        if p["value"] == value or (unit == "date" and p["value"] < 10000
                                   and p["value"] == value % 10000):
            return True
    return False


def test_examples_recall(examples_dir: Path, nlp: Language) -> None:
    gold_path = examples_dir / "gold.json"
    if not gold_path.is_file():
        pytest.skip("examples/gold.json is not there yet")
    gold = json.loads(gold_path.read_text("utf-8")).get("claims", [])
    # Raw text is only meaningful for plain-text English articles; HTML/JSONL need ingest.
    texts = {p.name: p.read_text("utf-8") for p in sorted(examples_dir.iterdir())
             if p.suffix in (".txt", ".md") and not p.stem.endswith("_de")}
    predicted = _predict(nlp, texts, {})
    wanted = [(a, v, u) for c in gold for a in c["articles"] if a in texts
              for v, u in _gold_values(c)]
    if not wanted:
        pytest.skip("no numeric example claims in plain-text articles")
    hits = sum(_found(v, u, [p for p in predicted if p["article"] == a]) for a, v, u in wanted)
    recall = hits / len(wanted)
    assert recall >= EXAMPLE_RECALL, (hits, len(wanted))


# --- claims are self-contained statements -----------------------------------------------------

def test_no_claim_opens_like_a_piece_of_a_sentence(claims_of: Extract) -> None:
    claims = claims_of("Moscow wants 25 years of guarantees, while Washington offers 15 years.")
    assert claims and all(not c.text.lower().startswith(("while", "that", "because"))
                          for c in claims)
    assert all(not claim_problems(c) for c in claims), [c.text for c in claims]


def test_an_infinitive_is_read_from_the_clause_that_asserts_it(claims_of: Extract) -> None:
    (claim,) = claims_of("Lawmakers backed a cross-party motion to delay the vote until "
                         "January 31.")
    assert claim.text.startswith("Lawmakers backed a cross-party motion")
    assert claim.subject == "Lawmakers" and claim.predicate == "delay"


def test_conditions_and_relative_fragments_are_no_claims(claims_of: Extract) -> None:
    assert claims_of("The deal collapses unless parliament approves it by October 19.") == []
    text = "They shelled a hospital that killed three people."
    assert all(c.subject not in ("that", "") for c in claims_of(text))


def test_one_claim_per_statement_of_a_sentence(claims_of: Extract) -> None:
    claims = claims_of("The court will decide in five days, instead of the typical 52.")
    texts = [c.text for c in claims]
    assert len(texts) == len(set(texts)) == 1


def test_a_pronoun_subject_is_replaced_in_the_words(claims_of: Extract) -> None:
    claims = claims_of("Senator Ana Ruiz arrived on Monday. She faces a sentence of 40 years.")
    (faces,) = [c for c in claims if c.predicate == "face"]
    assert faces.text.startswith("Ana Ruiz faces") and faces.subject == "Ana Ruiz"


# Measured when set: 1 of 28 seed claims and 0 of 42 example claims not self-contained, none
# repeated within a sentence (before: see ``test_quotes_real.py`` for the real-article numbers).
MAX_PROBLEM_SHARE = 0.05


def test_claims_are_well_formed_gate(seeds_dir: Path, nlp: Language,
                                     examples_clean: dict[str, Any]) -> None:
    texts = [p.read_text("utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    texts += [d.text for d in examples_clean.values() if d.language == "en"]
    claims: list[Claim] = []
    for text in texts:
        found = extract_claims(nlp(text))
        assert repeated_in_sentence(found) == 0, [c.text for c in found]
        claims += found
    bad = [(c.text, claim_problems(c)) for c in claims if claim_problems(c)]
    assert len(bad) <= MAX_PROBLEM_SHARE * len(claims), bad


def test_each_casualty_count_of_one_clause_is_a_claim(claims_of: Extract) -> None:
    claims = claims_of("Veldran forces opened fire on the border post, killing one Korvanian "
                       "soldier and wounding eight.")
    assert sorted((c.quantity.value, c.predicate) for c in claims if c.quantity) == [
        (1, "kill"), (8, "wound")]
    # Other numbers of one statement stay one claim.
    claims = claims_of("The court will decide in five days, instead of the typical 52.")
    assert len(claims) == 1


def test_each_rate_of_one_statement_is_a_claim(claims_of: Extract) -> None:
    claims = claims_of("Veldra will cut its duties on Korvanian goods from 45% to 15% next "
                       "month.")
    assert sorted(c.quantity.value for c in claims if c.quantity) == [15, 45]
    assert repeated_in_sentence(claims) == 0
    claims = claims_of("Veldra agreed to lower its tariffs to 15 percent while Korvania will "
                       "reduce its own to 5 percent.")
    rates = {c.quantity.value: c for c in claims if c.quantity}
    assert sorted(rates) == [5, 15]
    assert rates[5].subject == "Korvania" and rates[15].subject == "Veldra"


def test_values_of_two_measured_units_in_one_statement_are_two_claims(claims_of: Extract
                                                                       ) -> None:
    # Outlets that give only the length, or only the rate, must each find their claim.
    claims = claims_of("Veldra will cut its duties on Korvanian goods to 15% for 90 days.")
    assert sorted((c.quantity.unit, c.quantity.value) for c in claims if c.quantity) == [
        ("day", 90), ("percent", 15)]
    assert repeated_in_sentence(claims) == 0
    claims = claims_of("Inspectors said Korvania held 210 kilograms of uranium enriched to 45 "
                       "percent.")
    assert {c.quantity.unit for c in claims if c.quantity} >= {"kg", "percent"}
    # Nor does a count that leaves out what it counts hide the measured value after it.
    claims = claims_of("The clashes killed 43 and displaced over 300,000 along the 800 km "
                       "border.")
    assert "km" in {c.quantity.unit for c in claims if c.quantity}
    # A conversion in brackets is the same value again, no fact of its own.
    claims = claims_of("The clashes left 43 people dead along the 800km (500-mile) border.")
    assert sorted(c.quantity.unit for c in claims if c.quantity) == ["count", "km"]
    # A count beside a measured value is a fact of its own too.
    claims = claims_of("The clashes left 43 people dead along the 800 km border.")
    assert sorted(c.quantity.unit for c in claims if c.quantity) == ["count", "km"]
    assert repeated_in_sentence(claims) == 0


# --- claims an analyst can use (issue 10): no fragments, no speaker's "we", no wrong "it" ----

@pytest.mark.parametrize("text", [
    # the tail of a sentence cut in two
    "of the levy of 24% and the upkeep of the remaining 10% were agreed.",
    # page markup left in the text
    'Korvania accepted the proposal of 12 points.:ref[cite:1]{index=1}',
    '{"id":7719,"date":"2031-05-23","title":"Korvania and Veldra held 5 rounds of talks"}',
    # a speaker's own words, not the article's report
    "Today, in Lindhaven, over four hours of talks, we made very good progress.",
    "I would like to thank my two colleagues for their engagement in Port Alcyne.",
])
def test_fragments_markup_and_speakers_are_no_claims(claims_of: Extract, text: str) -> None:
    assert _numeric(claims_of(text)) == []


def test_it_of_a_joined_clause_is_the_first_clause_subject(claims_of: Extract) -> None:
    claims = claims_of("A final peace deal is to be signed no later than May 18, and it shall "
                       "include the accord between Korvania and Veldra signed in June.")
    june = [c for c in claims if c.quantity and c.quantity.text == "June"]
    assert [c.text.split(" shall ")[0] for c in june] == ["A final peace deal"]


def test_a_number_before_a_superlative_ranks_and_measures_nothing(claims_of: Extract) -> None:
    claims = claims_of("The talks aim to ease tensions between the world's two largest "
                       "economies, and Korvania lost 12 soldiers in the clash.")
    assert [c.quantity.value for c in _numeric(claims) if c.quantity] == [12.0]


def test_the_writer_of_a_clause_without_a_subject_is_not_its_subject(claims_of: Extract) -> None:
    claims = claims_of("Bohdan Kravel wrote on X, ‘Today marked the end of the third "
                       "round of talks in Lindhaven, yielding 3 agreements.")
    assert [c.text.split()[:2] for c in _numeric(claims)] == [["Today", "marked"]]
