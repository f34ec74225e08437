"""The bundled example corpus and its gold file (examples/gold.json) fit each other.

These checks keep the gold honest: every article it names exists, every file in the corpus has
an entry, every exact string it quotes occurs verbatim in its article, and every label comes
from the allowed sets. Later stages are scored against this gold, so a broken gold would
silently distort their scores.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

BOILERPLATE_REASONS = {
    "share_buttons", "cookie_notice", "licence_footer", "hotline", "language_menu",
    "comment_prompt", "photo_caption", "contributor_note", "byline", "date_header", "header",
    "newsletter", "title", "related_links", "navigation",
}
BASES = {"header", "meta", "byline", "dateline", "inferred"}
"""Every basis but ``unknown``: the one article without a date stamp (02) reports March 14 as
past and the talks of March 17 as ahead, so its month is read from its text."""
LANGUAGES = {"en", "de", "fr"}
ENTITY_TYPES = {"person", "organization", "country", "place"}
GRANULARITIES = {"day", "range", "week", "month", "year", "duration", "anniversary"}
QUOTE_KINDS = {"direct", "partial", "indirect"}
CHANNELS = {"X", "Telegram", "video address", None}
CLAIM_STATUSES = {"corroborated", "single_source", "contradicted"}
EVENT_TYPES = {"talks", "meeting", "agreement", "deadline", "statement"}
CONTRADICTION_KINDS = {"ordinal", "date", "value"}
STANCES = {"demands", "offers", "accepts", "rejects", "proposes"}
NOT_ARTICLES = {"README.md", "gold.json"}

_DAY = r"\d{4}-\d{2}-\d{2}"
_MONTH = r"\d{4}-\d{2}"
DATE_VALUE = re.compile(
    rf"^(?:{_DAY}|{_DAY}/{_DAY}|\d{{4}}-W\d{{2}}|\d{{4}}-\d{{2}}|\d{{4}}"
    r"|PT?\d+[YMWDH](?:/PT?\d+[YMWDH])?)$"
)


@pytest.fixture(scope="module")
def gold(examples_dir: Path) -> dict[str, Any]:
    path = examples_dir / "gold.json"
    assert path.is_file(), f"gold file missing: {path}"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def texts(examples_dir: Path, gold: dict[str, Any]) -> dict[str, str]:
    """The raw text of each gold article: the file, or a JSONL record's title and text."""
    found: dict[str, str] = {}
    for key in gold["articles"]:
        name, _, line = key.partition("#")
        path = examples_dir / name
        assert path.is_file(), f"{key}: no file {path.name}"
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            assert line.isdigit(), f"{key}: JSONL keys need '#<line number>'"
            lines = raw.splitlines()
            assert 1 <= int(line) <= len(lines), f"{key}: no such line"
            record = json.loads(lines[int(line) - 1])
            found[key] = f"{record['title']}\n{record['text']}"
        else:
            assert not line, f"{key}: only JSONL keys carry a line number"
            found[key] = raw
    return found


def _entity_names(gold: dict[str, Any]) -> set[str]:
    return {e["name"] for e in gold["entities"]}


def test_top_level_shape(gold: dict[str, Any]) -> None:
    expected = {"story", "articles", "entities", "dates", "quotes", "claims", "events",
                "contradictions", "positions"}
    assert expected <= set(gold)
    assert isinstance(gold["story"], str) and gold["story"]
    assert isinstance(gold["articles"], dict)


def test_every_file_and_record_has_an_entry(examples_dir: Path, gold: dict[str, Any]) -> None:
    keys = set(gold["articles"])
    for path in sorted(examples_dir.iterdir()):
        if path.name in NOT_ARTICLES or not path.is_file():
            continue
        if path.suffix == ".jsonl":
            lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
            for number in range(1, len(lines) + 1):
                assert f"{path.name}#{number}" in keys, f"{path.name}#{number} has no gold entry"
        else:
            assert path.name in keys, f"{path.name} has no gold entry"


def test_corpus_size_and_lengths(texts: dict[str, str]) -> None:
    assert 10 <= len(texts) <= 14
    for key, text in texts.items():
        words = len(re.sub(r"<[^>]+>", " ", text).split())
        assert 120 <= words <= 500, (key, words)


def test_article_metadata(gold: dict[str, Any], texts: dict[str, str]) -> None:
    keys = set(gold["articles"])
    for key, article in gold["articles"].items():
        assert article["published_basis"] in BASES | {"unknown"}, key
        # An undated article says so; a dated one gives its day, an inferred one perhaps only
        # its month.
        if article["published_basis"] == "unknown":
            assert article["published"] is None, key
        elif article["published_basis"] == "inferred" and re.fullmatch(_MONTH,
                                                                         article["published"]):
            date.fromisoformat(article["published"] + "-01")
        else:
            date.fromisoformat(article["published"])
            assert re.fullmatch(_DAY, article["published"]), key
        assert article["language"] in LANGUAGES, key
        assert article["duplicate_of"] in keys | {None}, key
        assert article["duplicate_of"] != key
        assert article["outlet"] is None or article["outlet"].strip(), key
        # A JSONL record names its author in a field of its own, not in the text.
        fields = ("title",) if "#" in key else ("title", "author")
        for field in fields:
            if article[field] is not None:
                assert article[field] in texts[key], (key, field)


def test_boilerplate_and_headings_verbatim(gold: dict[str, Any], texts: dict[str, str]) -> None:
    for key, article in gold["articles"].items():
        for item in article["boilerplate"]:
            assert item["reason"] in BOILERPLATE_REASONS, (key, item)
            assert item["text"] and item["text"] in texts[key], (key, item["text"])
        for heading in article["headings"]:
            assert heading and heading in texts[key], (key, heading)


def test_dates_occur_in_reading_order(gold: dict[str, Any], texts: dict[str, str]) -> None:
    cursors = dict.fromkeys(texts, 0)
    for item in gold["dates"]:
        key = item["article"]
        assert key in texts, item
        assert item["granularity"] in GRANULARITIES, item
        if item["value"] is None:
            assert item["granularity"] == "anniversary", item
        else:
            assert DATE_VALUE.match(item["value"]), item
        pattern = re.compile(rf"(?<!\w){re.escape(item['text'])}(?!\w)")
        found = pattern.search(texts[key], cursors[key])
        assert found, f"{key}: date {item['text']!r} not found after offset {cursors[key]}"
        cursors[key] = found.start() + 1


def test_quotes_verbatim_known_speakers(gold: dict[str, Any], texts: dict[str, str]) -> None:
    names = _entity_names(gold)
    for item in gold["quotes"]:
        key = item["article"]
        assert key in texts, item
        assert item["kind"] in QUOTE_KINDS, item
        assert item["channel"] in CHANNELS, item
        assert item["cue"], item
        assert item["speaker"] is None or item["speaker"] in names, item
        for part in item.get("parts") or [item["text"]]:
            assert part in texts[key], (key, part)


def test_quote_kinds_and_channels_are_all_exercised(gold: dict[str, Any]) -> None:
    quotes = gold["quotes"]
    assert {q["kind"] for q in quotes} == QUOTE_KINDS
    assert {q["channel"] for q in quotes} == CHANNELS
    assert any(q["relay"] for q in quotes)
    assert any(q.get("parts") for q in quotes)


def test_entities(gold: dict[str, Any]) -> None:
    names = _entity_names(gold)
    assert len(names) == len(gold["entities"]), "duplicate entity names"
    for entity in gold["entities"]:
        assert entity["type"] in ENTITY_TYPES, entity
        assert entity["name"] in entity["aliases"] or entity["type"] == "person", entity
        assert entity["affiliation"] in names | {None}, entity
        for role in entity["roles"]:
            assert role["of"] in names, entity


def test_one_person_is_spelled_several_ways(gold: dict[str, Any], texts: dict[str, str]) -> None:
    corpus = "\n".join(texts.values())
    for entity in gold["entities"]:
        for alias in entity["aliases"]:
            assert alias in corpus, (entity["name"], alias)
    longest = max(gold["entities"], key=lambda e: len(e["aliases"]))
    assert len(longest["aliases"]) >= 6


def test_events_claims_contradictions_positions(gold: dict[str, Any]) -> None:
    names = _entity_names(gold)
    keys = set(gold["articles"])
    for event in gold["events"]:
        assert event["type"] in EVENT_TYPES, event["title"]
        assert event["place"] in names | {None}, event["title"]
        assert set(event["parties"]) | set(event["mediators"]) <= names, event["title"]
        for party, delegation in event["delegations"].items():
            assert party in names
            assert {delegation["head"], *delegation["members"]} <= names, event["title"]
        assert {o["article"] for o in event["ordinals"]} <= keys
        assert {o["party"] for o in event["outcomes"]} <= names
        assert set(event["articles"]) <= keys
    titles = {e["title"] for e in gold["events"]}
    for claim in gold["claims"]:
        assert claim["status"] in CLAIM_STATUSES, claim
        assert set(claim["articles"]) <= keys, claim
        if claim["status"] == "single_source":
            assert len(claim["articles"]) == 1, claim
    for contradiction in gold["contradictions"]:
        assert contradiction["kind"] in CONTRADICTION_KINDS
        assert contradiction["about"] in titles
        assert len(contradiction["sides"]) >= 2
        for side in contradiction["sides"]:
            assert set(side["articles"]) <= keys
    for position in gold["positions"]:
        assert position["party"] in names
        assert position["stance"] in STANCES


def test_hard_cases_are_present(gold: dict[str, Any]) -> None:
    articles = gold["articles"].values()
    assert {a["published_basis"] for a in articles} == BASES
    assert {r["reason"] for a in articles for r in a["boilerplate"]} == BOILERPLATE_REASONS
    assert any(a["duplicate_of"] for a in articles)
    assert any(a["language"] != "en" for a in articles)
    assert {g["granularity"] for g in gold["dates"]} == GRANULARITIES
    assert {c["kind"] for c in gold["contradictions"]} >= {"ordinal", "date"}
    assert any(c["status"] == "single_source" for c in gold["claims"])
