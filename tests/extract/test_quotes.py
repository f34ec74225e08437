"""Quote extraction on small sentences, on the textacy cases, and quality gates on real text.

The spaCy pipeline is loaded once per test session (it takes seconds); each test parses only
a sentence or two. The gates run the extractor on the raw text of the five seed articles and
of the bundled example corpus and score it against hand-written gold.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from communique.eval.quotes import quote_records, score_first_words, score_quotes
from communique.eval.quotes_real import gold_from_records
from communique.extract.entities import extract_entities
from communique.extract.nlp import load_pipeline
from communique.extract.quotes import Quote, QuoteKind, SpeakerKind, extract_quotes
from communique.model import Document

GOLD = Path(__file__).resolve().parent.parent / "gold" / "seeds" / "quotes.json"

# Gates sit just under the scores reached when they were set (seeds: spans 0.97/1.00 P/R,
# speakers 0.97 F1; by kind 1.00 / 1.00 / 0.94), so a regression fails while parser noise on
# one quote does not.
SEED_SPAN_F1 = 0.97
SEED_SPEAKER_F1 = 0.95
SEED_KIND_SPEAKER_F1 = {"direct": 0.95, "partial": 0.95, "indirect": 0.92}
# Example corpus, clean text of the English articles: spans 0.78/1.00 P/R, speakers 0.64 F1
# (gold names the canonical speaker; articles 05/06 spell him "Andrii Tsvietkarov"); found by
# first words 1.00, end to end 0.73.
EXAMPLE_SPEAKER_F1 = 0.63
EXAMPLE_END_TO_END = 0.72


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The pipeline communique runs, loaded once for the whole session."""
    return load_pipeline()


Extract = Callable[[str], list[Quote]]


@pytest.fixture(scope="session")
def quotes_of(nlp: Language) -> Extract:
    """Parse a text and return its quotes."""
    def run(text: str) -> list[Quote]:
        return extract_quotes(nlp(text))
    return run


def _one(quotes: list[Quote], kind: QuoteKind | None = None) -> Quote:
    """The single quote (of ``kind``) in ``quotes``."""
    found = [q for q in quotes if kind is None or q.kind is kind]
    assert len(found) == 1, found
    return found[0]


# --- direct quotes ---------------------------------------------------------------------------

def test_direct_after_frame(quotes_of: Extract) -> None:
    text = "“We will not give up our land,” Maria Keller said on Monday."
    q = _one(quotes_of(text))
    assert q.kind is QuoteKind.DIRECT
    assert q.text == "We will not give up our land,"
    assert text[q.start : q.end] == q.text
    assert q.speaker_text == "Maria Keller" and q.speaker_kind is SpeakerKind.NAME
    assert q.cue == "say"


def test_said_before_with_comma_takes_that_speaker(quotes_of: Extract) -> None:
    text = ("Talks resumed. Leader Tom Harlan spoke first. He said, \"Nobody must act alone. "
            "We want a deal.\" However, Anna Berg has made it clear that she will not sign.")
    q = _one(quotes_of(text), QuoteKind.DIRECT)
    assert q.speaker_text == "Tom Harlan"
    assert q.speaker_kind is SpeakerKind.PRONOUN


def test_role_noun_resolves_to_titled_person(quotes_of: Extract) -> None:
    text = ("Finnish Prime Minister Eero Lahti met Chancellor Anja Vogt on Friday.\n"
            "“The talks were useful,” the chancellor said.")
    q = _one(quotes_of(text), QuoteKind.DIRECT)
    assert q.speaker_text == "Anja Vogt"
    assert q.speaker_kind is SpeakerKind.ROLE_NOUN


def test_quote_over_two_paragraphs(quotes_of: Extract) -> None:
    text = ("Olav Strand, speaking in his weekly radio address, said, \"We are not there yet.\n"
            "\"The next round must settle the border.\"\nThe meeting ended.")
    q = _one(quotes_of(text), QuoteKind.DIRECT)
    assert q.paragraphs == 2
    assert q.text == "We are not there yet. The next round must settle the border."
    assert q.speaker_text == "Olav Strand"
    assert q.channel == "in his weekly radio address"


def test_unbalanced_mark_keeps_later_quotes(quotes_of: Extract) -> None:
    text = ("The minister called it \"a start.\nTalks went on late.\n"
            "“We are close,” Lena Moss said.")
    quotes = quotes_of(text)
    q = _one(quotes, QuoteKind.DIRECT)
    assert q.text == "We are close," and q.speaker_text == "Lena Moss"


def test_colon_introduction(quotes_of: Extract) -> None:
    text = "Asked about the deadline, Paul Okafor was blunt: “There is no deadline.”"
    q = _one(quotes_of(text), QuoteKind.DIRECT)
    assert q.speaker_text == "Paul Okafor"


# --- partial and indirect quotes --------------------------------------------------------------

def test_partial_described_as(quotes_of: Extract) -> None:
    text = "Foreign Minister Ines Duarte described the negotiations as \"difficult\"."
    q = _one(quotes_of(text), QuoteKind.PARTIAL)
    assert q.text == "difficult"
    assert q.speaker_text == "Ines Duarte" and q.cue == "describe"


def test_scare_quotes_without_cue_are_not_quotes(quotes_of: Extract) -> None:
    assert quotes_of("The country plans to take a \"constructive\" role in the talks.") == []


def test_indirect_said_and_warned(quotes_of: Extract) -> None:
    text = ("Envoy Carl Berger said European interests should have greater weight. "
            "He also warned that time was running out.")
    quotes = [q for q in quotes_of(text) if q.kind is QuoteKind.INDIRECT]
    assert [q.text for q in quotes] == ["European interests should have greater weight",
                                        "time was running out"]
    assert all(q.speaker_text == "Carl Berger" for q in quotes)
    assert [q.cue for q in quotes] == ["say", "warn"]


def test_indirect_according_to(quotes_of: Extract) -> None:
    text = "The summit will take place in May, according to spokesman Ivo Marin."
    q = _one(quotes_of(text), QuoteKind.INDIRECT)
    assert q.text == "The summit will take place in May"
    assert q.speaker_text == "Ivo Marin" and q.cue == "according to"


def test_relay_outlet_and_channel(quotes_of: Extract) -> None:
    text = ("President Jonas Ek met the envoys.\n"
            "Fox News reported that Ek expects the talks to be “truly productive.”\n"
            "Ek wrote on Telegram that the talks had been \"hard but honest.\"")
    quotes = quotes_of(text)
    relayed = [q for q in quotes if q.relay is not None]
    assert relayed and all(q.relay == "Fox News" for q in relayed)
    assert all(q.speaker_text == "Ek" for q in relayed)  # a name stays as written
    written = _one([q for q in quotes if q.cue == "write"], QuoteKind.PARTIAL)
    assert written.channel == "on Telegram" and written.text == "hard but honest."


def test_coordinated_cue_keeps_outer_speaker(quotes_of: Extract) -> None:
    text = ("Spokesman Dmitri Orlov said the team would brief the president and acknowledged "
            "the delegation's leader had called the talks \"difficult.\"")
    quotes = [q for q in quotes_of(text) if q.kind is QuoteKind.INDIRECT]
    assert {q.cue for q in quotes} == {"say", "acknowledge"}
    assert all(q.speaker_text == "Dmitri Orlov" for q in quotes)


def test_apostrophes_are_not_marks(quotes_of: Extract) -> None:
    text = "It’s the country's best chance, and the ’90s are over, Ana Lima's aide said."
    assert all(q.kind is QuoteKind.INDIRECT for q in quotes_of(text))


# --- speakers resolved within the article -----------------------------------------------------

def _with_entities(nlp: Language, text: str) -> list[Quote]:
    doc = nlp(text)
    return extract_quotes(doc, tuple(extract_entities(doc)))


def test_pronoun_skips_a_person_of_the_other_gender(quotes_of: Extract) -> None:
    text = ("Mr Tom Hale met Anna Berg on Monday. Berg said her party would vote no. "
            "Hale left early.\n“We will not accept this,” she said.")
    q = _one(quotes_of(text), QuoteKind.DIRECT)
    assert q.speaker_text == "Anna Berg" and q.speaker_kind is SpeakerKind.PRONOUN


SPEAKERS = [
    # a gendered role noun: the spokeswoman, not the man named last
    ("Spokeswoman Maria Lind and Mr Karl Ost spoke on Monday. Ost said the deal was close. "
     "The spokeswoman said: “We will respond.”", QuoteKind.DIRECT, "Maria Lind"),
    # a colon that ends the paragraph before introduces the quote
    ("Ilse Brandt told the assembly:\n“We will not give up. The vote stands.”",
     QuoteKind.DIRECT, "Ilse Brandt"),
    # a role noun with its holder in apposition
    ("Party leader Omar Diallo spoke first.\n\"It is an appalling situation,\" said another "
     "party leader, Kofi Mensah, to reporters.", QuoteKind.DIRECT, "Kofi Mensah"),
    # a passive speech verb is no cue: the quoted words are still the outer speaker's
    ("Ivo Marin said his country was threatened by “further expansion of the bloc.”",
     QuoteKind.PARTIAL, "Ivo Marin"),
    # a pronoun prefers a person named earlier in its own sentence (a possessive too)
    ("Party leader Ivan Petrov called the vote a fraud. Candidate Oleg Sokol’s reaction was "
     "calmer, but he said he would challenge the result.", QuoteKind.INDIRECT, "Oleg Sokol"),
    # 'the group' is the organization named just before
    ("Hamas agreed to parts of the plan on Friday. The group said other parts needed more "
     "talks.", QuoteKind.INDIRECT, "Hamas"),
]


@pytest.mark.parametrize(("text", "kind", "speaker"), SPEAKERS)
def test_speaker_resolved(quotes_of: Extract, text: str, kind: QuoteKind, speaker: str) -> None:
    assert _one(quotes_of(text), kind).speaker_text == speaker


def test_role_from_an_apposition(nlp: Language) -> None:
    text = ("Olek Marsh, the bloc's chief negotiator, warned that time was short. Tom Hale "
            "agreed. The chief negotiator said: “We are not there yet.”")
    q = _one(_with_entities(nlp, text), QuoteKind.DIRECT)
    assert q.speaker_text == "Olek Marsh" and q.speaker_kind is SpeakerKind.ROLE_NOUN


def test_quote_standing_alone_after_the_speaker_paragraph(quotes_of: Extract) -> None:
    text = ("Ilse Brandt spoke to reporters on Tuesday and said she would stay.\n"
            "“I am not going anywhere. The job is not done.”\nThe vote is on Friday.")
    q = _one(quotes_of(text), QuoteKind.DIRECT)
    assert q.speaker_text == "Ilse Brandt"
    assert _one(quotes_of("The vote was lost.\n“This is a disaster.”"),
                QuoteKind.DIRECT).speaker_text is None


def test_it_and_they_stand_for_institutions_and_groups(quotes_of: Extract) -> None:
    ministry = _one(quotes_of("The foreign ministry issued a statement. It said the talks "
                              "would go on."), QuoteKind.INDIRECT)
    assert ministry.speaker_text == "foreign ministry"
    they = _one(quotes_of("Opposition lawmakers left the chamber. “The vote was rigged,” "
                          "they said."), QuoteKind.DIRECT)
    assert they.speaker_text == "Opposition lawmakers"
    nobody = _one(quotes_of("Anna Berg met the envoys. “We are ready,” they said."),
                  QuoteKind.DIRECT)
    assert nobody.speaker_text is None


def test_speaker_after_the_quote(quotes_of: Extract) -> None:
    quoted_as = _one(quotes_of("“Why pass laws that help nobody?” Ravi Menon was quoted as "
                               "saying by a news agency."), QuoteKind.DIRECT)
    assert quoted_as.speaker_text == "Ravi Menon"
    next_sentence = _one(quotes_of("Spokesman Lev Orlov met the press on Monday.\n“Expansion "
                                   "is a matter of life and death for us.”\nHe stated this on "
                                   "television."), QuoteKind.DIRECT)
    assert next_sentence.speaker_text == "Lev Orlov"
    postposed = _one(quotes_of("“We will hold new talks,” said Thursday the official "
                               "representative of the ministry."), QuoteKind.DIRECT)
    # An unnamed representative speaks for the body they represent (the gold conventions).
    assert postposed.speaker_text == "ministry"


def test_unnamed_spokesperson_and_documents_speak_for_their_body(quotes_of: Extract) -> None:
    spokes = _one(quotes_of("A Justice Department spokeswoman said the government would "
                            "appeal."), QuoteKind.INDIRECT)
    assert spokes.speaker_text == "Justice Department"
    common = _one(quotes_of("The activists said they hoped to march later today."),
                  QuoteKind.INDIRECT)
    assert common.speaker_text == "activists"


def test_two_that_clauses_are_two_statements(quotes_of: Extract) -> None:
    text = "Anna Berg said that the talks were hard and that a deal was still possible."
    quotes = [q for q in quotes_of(text) if q.kind is QuoteKind.INDIRECT]
    assert [q.text for q in quotes] == ["the talks were hard", "a deal was still possible"]
    assert all(q.speaker_text == "Anna Berg" for q in quotes)


# --- the textacy direct-quotation cases -------------------------------------------------------

def _textacy_cases(shared_data_dir: Path) -> list[dict[str, Any]]:
    path = shared_data_dir / "textacy_quote_cases" / "direct_quotation_cases.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _passes(case: dict[str, Any], quotes: list[Quote]) -> bool:
    """Whether our marked quotes give the case's contents, speakers and cues."""
    marked = [q for q in quotes if q.kind is not QuoteKind.INDIRECT]
    expected = case["expected"]
    if len(marked) != len(expected):
        return False
    for q, exp in zip(marked, expected, strict=True):
        content = exp["content"].strip("\"«»").rstrip(",")
        if q.text.rstrip(",") != content:
            return False
        if q.speaker_kind is SpeakerKind.PRONOUN and exp["speaker"] == ["he"]:
            continue  # we resolve ``he``; with no name before it, no text is given
        words = set((q.speaker_text or "").split())
        if not set(exp["speaker"]) <= words:
            return False
    return True


def test_textacy_english_cases(shared_data_dir: Path, nlp: Language) -> None:
    cases = [c for c in _textacy_cases(shared_data_dir) if c["lang"] == "en"]
    passed = [c["text"] for c in cases if _passes(c, extract_quotes(nlp(c["text"])))]
    # 7 English cases: all pass (the Spanish two need a Spanish pipeline and are skipped).
    assert len(passed) == len(cases), sorted(set(c["text"] for c in cases) - set(passed))


# --- quality gates ----------------------------------------------------------------------------

def _score_corpus(nlp: Language, texts: dict[str, str], gold: list[dict[str, Any]]
                  ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Score the extractor over ``texts`` (by article key) as the product runs it (with the
    article's entities), and the predicted records. Speed is the bench's to measure."""
    docs = {key: nlp(text) for key, text in texts.items()}
    entities = {key: tuple(extract_entities(doc)) for key, doc in docs.items()}
    predicted: list[dict[str, Any]] = []
    for key, doc in docs.items():
        predicted += quote_records(key, extract_quotes(doc, entities[key]))
    return score_quotes(gold, predicted), predicted


def test_seed_quality_gate(seeds_dir: Path, nlp: Language) -> None:
    gold = json.loads(GOLD.read_text("utf-8"))["quotes"]
    texts = {p.name[:3]: p.read_text("utf-8") for p in sorted(seeds_dir.glob("*.txt"))}
    scores, _predicted = _score_corpus(nlp, texts, gold)
    assert scores["spans"]["f1"] >= SEED_SPAN_F1, scores["spans"]
    assert scores["speakers"]["f1"] >= SEED_SPEAKER_F1, scores["speakers"]
    for kind, floor in SEED_KIND_SPEAKER_F1.items():
        assert scores["by_kind"][kind]["speakers"]["f1"] >= floor, (kind, scores["by_kind"][kind])


def test_example_corpus_quality_gate(examples_dir: Path, nlp: Language,
                                     examples_clean: dict[str, Document]) -> None:
    gold_path = examples_dir / "gold.json"
    if not gold_path.is_file():
        pytest.skip("examples/gold.json not written yet")
    gold = json.loads(gold_path.read_text("utf-8")).get("quotes", [])
    if not gold:
        pytest.skip("examples/gold.json has no quotes")
    # The clean text of every English article, as the product extracts from it; the German
    # article is kept and marked by the clean stage but not annotated by the English pipeline.
    texts = {key: doc.text for key, doc in examples_clean.items() if doc.language == "en"}
    gold = [g for g in gold if str(g["article"]) in texts]
    scores, predicted = _score_corpus(nlp, texts, gold)
    assert scores["speakers"]["f1"] >= EXAMPLE_SPEAKER_F1, scores["speakers"]
    rows = score_first_words(gold_from_records(gold), predicted)
    assert rows["all"]["end_to_end"] >= EXAMPLE_END_TO_END, rows["all"]


def test_quotes_are_offsets_into_text(nlp: Language, seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        doc: Doc = nlp(path.read_text("utf-8"))
        for q in extract_quotes(doc):
            if q.paragraphs == 1:
                assert doc.text[q.start : q.end] == q.text
            if q.speaker_start is not None and q.speaker_end is not None:
                assert doc.text[q.speaker_start : q.speaker_end] == q.speaker_text
