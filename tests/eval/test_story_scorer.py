"""The dev-story scorer (communique.eval.story) on a small synthetic dossier and gold."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from communique.eval._story_gold import load_story_gold, norm
from communique.eval.story import render, score_story

GOLD = {
    "sources.tsv": "id\turl\tquery\tlang\theader_date\n"
    "g1\thttps://a.example/1\tq\ten\t2030-05-02\n"
    "g2\thttps://b.example/2\tq\ten\t\n"
    "g3\thttps://c.example/3\tq\ten\t\n"
    "g4\thttps://d.example/4\tq\ten\t\n",
    "meetings.tsv": "place_words\tstart\tend\tparties\tmediators\theads\tids\n"
    "harbor city,harbor\t2030-05-01\t2030-05-02\tAlpha,Beta\tGamma\tAnn Lee,Bo Ray\tg1,g2\n"
    "hilltown\t2030-06-10\t\tAlpha,Beta\t\t\tg3\n",
    "contradictions.tsv": "id\tkind\tabout\tside_a\tids_a\tside_b\tids_b\tnote\n"
    "c1\tdate\tday of the talks\tMay 1\tg1\tMay 3\tg2\t\n"
    "c2\tplace\tvenue\thotel\tg1\tpalace\tg3\t\n",
    "published.tsv": "id\tpublished\tbasis\tnote\n"
    "g1\t2030-05-02\theader\t\ng2\t2030-05-03\turl\t\ng3\t2030-06\turl\t\ng4\t\tunknown\t\n",
    "copies.tsv": "id\tcopy_of\tkind\tnote\ng4\tg2\tsyndicated\t\n",
    "entities.tsv": "canonical\ttype\tvariants\tids_sample\n"
    "Alpha\tcountry\tAlphan Republic | the Alphans\tg1\n"
    "Ann Lee\tperson\tAnne Lee | Lee\tg1\n",
}


def _article(aid: str, url: str, published: str | None, dup: str | None = None) -> dict[str, Any]:
    return {"id": aid, "url": url, "published": published, "published_basis": "inferred",
            "duplicate_of": dup}


def _dossier() -> dict[str, Any]:
    return {
        "articles": [
            _article("a1", "https://a.example/1", "2030-05-02"),
            _article("a2", "https://b.example/2/", "2030-05-03"),
            _article("a3", "https://c.example/3", "2030-06-12"),
            _article("a4", "https://d.example/4", None, dup="a1"),
        ],
        "entities": [
            {"id": "e1", "name": "Alpha", "type": "country", "aliases": ["Alphan Republic"],
             "mentions": 9},
            {"id": "e2", "name": "Beta", "type": "country", "aliases": [], "mentions": 8},
            {"id": "e3", "name": "Ann Lee", "type": "person", "aliases": [], "mentions": 7},
            {"id": "e4", "name": "Anne Lee", "type": "organization", "aliases": [], "mentions": 2},
            {"id": "e5", "name": "Bo Ray", "type": "person", "aliases": [], "mentions": 3},
        ],
        "events": [
            {"place": "Harbor City", "start": "2030-05-01", "end": "2030-05-02",
             "parties": ["e1", "e2"], "support": 3,
             "delegations": {"e1": {"heads": ["e3"], "members": []},
                             "e2": {"heads": ["e5"], "members": []}}},
            {"place": "Hilltown", "start": "2030-06-10", "end": "2030-06-10",
             "parties": ["e1"], "support": 1},
            {"place": "Hilltown", "start": "2030-06-11", "end": "2030-06-11",
             "parties": ["e1"], "support": 1},
            {"place": "Nowhere", "start": "2030-07-01", "end": "2030-07-01", "support": 1},
            {"place": None, "start": "2030-07", "end": "2030-07", "support": 1},
        ],
        "contradictions": [
            {"kind": "date", "sides": [
                {"value": "x", "evidence": [{"article": "a1"}]},
                {"value": "y", "evidence": [{"article": "a2"}]}]},
            {"kind": "value", "sides": [
                {"value": "1", "evidence": [{"article": "a1"}]},
                {"value": "2", "evidence": [{"article": "a1"}]}]},
        ],
        "claims": [{"text": "x", "support": 2}, {"text": "y", "support": 1}],
    }


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    for name, text in GOLD.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_norm_drops_accents_case_punctuation_and_article() -> None:
    assert norm("The  Élysée-Palace") == "elysee palace"


def test_scores_every_measure(gold_dir: Path) -> None:
    score = score_story(_dossier(), load_story_gold([gold_dir]))
    counts = {m.name: (m.count, m.total) for m in score.measures}
    assert counts["gold articles in the dossier"] == (4, 4)
    assert counts["meetings found (place, start, end)"] == (2, 2)
    # Hilltown is also reported as a second, one-day-off event: a fragment.
    assert counts["meetings found as exactly one event"] == (1, 2)
    assert counts["heads of delegation right"] == (1, 1)
    assert counts["party set exactly right"] == (1, 2)
    assert counts["held events with a place and date no real event had"] == (1, 4)
    assert counts["held events without a full date or a place"] == (1, 5)
    # g1 has a header date: not counted; g3's month-only gold accepts any day of June.
    assert counts["publication dated (no crawler header)"] == (2, 3)
    assert counts["publication date right, of those dated"] == (2, 2)
    assert counts["gold contradictions found"] == (1, 2)
    assert counts["dossier contradictions matching a gold one"] == (1, 2)
    # a4 copies g2 in gold, but the dossier marks it a copy of a1: missed, and a false mark.
    assert counts["syndicated or spun copies marked"] == (0, 1)
    assert counts["copy marks that are not copies"] == (1, 1)
    assert score.details["copies missed"] == ["g4 not marked a copy of g2"]
    assert counts["top-30 entities duplicating a bigger one"] == (1, 5)
    assert counts["claims supported by ≥ 2 outlets"] == (1, 2)
    assert "| meetings found as exactly one event | 1/2 (50%) | ≥ 85% |" in render([score])


def test_a_head_on_both_sides_is_wrong(gold_dir: Path) -> None:
    dossier = _dossier()
    dossier["events"][0]["delegations"]["e2"]["heads"].append("e3")
    score = score_story(dossier, load_story_gold([gold_dir]))
    assert score.get("heads of delegation right").count == 0


def test_reports_reaching_their_event_by_language(gold_dir: Path) -> None:
    # g1 (English) and g2 (French) report the Harbor City talks; g3 the Hilltown ones. The
    # dossier cites g1 and g3 for their events, g2 only for an event elsewhere.
    dossier = _dossier()
    for article, language in zip(dossier["articles"], ("en", "fr", "en", "en"), strict=True):
        article["language"] = language
    dossier["events"][0]["evidence"] = [{"article": "a1"}]
    dossier["events"][1]["evidence"] = [{"article": "a3"}]
    dossier["events"][3]["evidence"] = [{"article": "a2"}]
    score = score_story(dossier, load_story_gold([gold_dir]))
    assert (score.get("event reports reaching their event (English)").count,
            score.get("event reports reaching their event (English)").total) == (2, 2)
    other = score.get("event reports reaching their event (other languages)")
    assert (other.count, other.total) == (0, 1)
    assert score.details["reports by language"] == ["en: 2/2", "fr: 0/1"]
    assert score.details["reports missing their event"] == [
        "fr g2: meeting harbor city 2030-05-01 (held); cited by: None Nowhere 2030-07-01"]


def test_a_placeless_deadline_is_reached_by_its_date_and_type(gold_dir: Path) -> None:
    # The gold deadline has no place: a deadline event of its day reaches it, wherever
    # (or whether) the dossier places it; a meeting that day does not.
    meetings = GOLD["meetings.tsv"].replace("\tids\n", "\tids\tkind\tstatus\n", 1)
    meetings = meetings.replace("g1,g2\n", "g1,g2\tmeeting\theld\n")
    meetings += "\t2030-07-01\t\t\t\t\tg4\tdeadline\tplanned\n"
    (gold_dir / "meetings.tsv").write_text(meetings, encoding="utf-8")
    dossier = _dossier()
    for article in dossier["articles"]:
        article["language"] = "en"
    dossier["events"][3]["evidence"] = [{"article": "a4"}]
    dossier["events"][3]["type"] = "talks"
    reached = score_story(dossier, load_story_gold([gold_dir])).get(
        "event reports reaching their event (English)")
    assert reached.count == 0
    dossier["events"][3]["type"] = "deadline"
    reached = score_story(dossier, load_story_gold([gold_dir])).get(
        "event reports reaching their event (English)")
    assert reached.count == 1


def test_missing_sources_is_a_clear_error(tmp_path: Path) -> None:
    from communique.errors import InputError

    with pytest.raises(InputError, match=r"sources\.tsv"):
        load_story_gold([tmp_path])


def test_a_month_agrees_with_a_day_of_it_but_not_with_another_month() -> None:
    from communique.eval.story import _agrees

    assert _agrees("2030-05", "2030-05-02")
    assert _agrees("2030-05-02", "2030-05")
    assert not _agrees("2030-06", "2030-05-02")
    assert not _agrees("2030-05-02", "")


def _claim(amount: float, unit: str, *articles: str) -> dict[str, Any]:
    return {"text": "t", "support": len(articles), "value": {"amount": amount, "unit": unit},
            "evidence": [{"article": a} for a in articles]}


def test_key_facts_pooled_split_and_missed(gold_dir: Path) -> None:
    (gold_dir / "claims.tsv").write_text(
        "id\tvalue\tunit\twhat\tids\tnote\n"
        "k1\t35\tcount\tpeople killed\tg1,g2,g3\t\n"
        "k2\t4\thour\tlength of the talks\tg1,g2\t\n"
        "k3\t7\tpercent\tshare\tg3\t\n", encoding="utf-8")
    dossier = _dossier()
    dossier["claims"] = [
        _claim(35, "count", "a1", "a2"),  # k1: two of its three articles in one claim
        _claim(35, "count", "a3"),        # … and the third in another: split
        _claim(4, "hour", "a1"),          # k2: found, not pooled
        _claim(4, "day", "a2"),           # the wrong unit does not count
        _claim(7, "percent", "a1"),       # k3: the right value from an article not stating it
    ]
    score = score_story(dossier, load_story_gold([gold_dir]))
    counts = {m.name: (m.count, m.total) for m in score.measures}
    assert counts["key facts found as a claim (value, unit, an article)"] == (2, 3)
    assert counts["key facts held as one claim with ≥ 2 of their articles"] == (1, 2)
    assert counts["articles of key facts in the claim holding the fact"] == (3, 6)
    assert counts["key facts split over several claims"] == (1, 3)


def test_a_claims_value_that_is_not_a_number_is_a_clear_error(gold_dir: Path) -> None:
    from communique.errors import InputError

    (gold_dir / "claims.tsv").write_text("id\tvalue\tunit\twhat\tids\tnote\n"
                                         "k1\tmany\tcount\tx\tg1\t\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a number"):
        load_story_gold([gold_dir])


def test_a_ceasefire_the_day_of_a_meeting_is_no_fragment_of_it(gold_dir: Path) -> None:
    meetings = GOLD["meetings.tsv"].replace("\tids\n", "\tids\tkind\tstatus\n", 1)
    meetings = meetings.replace("g1,g2\n", "g1,g2\tmeeting\theld\n")
    meetings += "harbor\t2030-05-01\t2030-05-02\tAlpha,Beta\t\t\tg1\tceasefire\theld\n"
    (gold_dir / "meetings.tsv").write_text(meetings, encoding="utf-8")
    dossier = _dossier()
    dossier["events"][0]["type"] = "talks"
    dossier["events"].append({**dossier["events"][0], "type": "ceasefire", "delegations": {}})
    counts = {m.name: (m.count, m.total) for m in
              score_story(dossier, load_story_gold([gold_dir])).measures}
    # The talks are the meeting and the ceasefire event is the ceasefire, each found as one.
    assert counts["meetings found (place, start, end)"] == (3, 3)
    assert counts["meetings found as exactly one event"] == (2, 3)
    dossier["events"].pop()
    counts = {m.name: (m.count, m.total) for m in
              score_story(dossier, load_story_gold([gold_dir])).measures}
    # Without a ceasefire event, the talks do not stand in for it.
    assert counts["meetings found (place, start, end)"] == (2, 3)


def test_a_capital_typed_as_a_place_is_no_duplicate_of_its_country(gold_dir: Path) -> None:
    # The gold lists a capital among its country's spellings (a party named by its capital);
    # the dossier keeps the city as a place of its own, which is right, not a split.
    (gold_dir / "entities.tsv").write_text(
        GOLD["entities.tsv"] + "Peru\tcountry\tPeru | Lima\tg1\n", encoding="utf-8")
    dossier = _dossier()
    dossier["entities"] = [
        {"id": "r", "name": "Peru", "type": "country", "aliases": [], "mentions": 9},
        {"id": "k", "name": "Lima", "type": "place", "aliases": [], "mentions": 5},
        {"id": "r2", "name": "Lima", "type": "country", "aliases": [], "mentions": 2},
    ]
    score = score_story(dossier, load_story_gold([gold_dir]))
    # A capital typed as the country itself still duplicates it.
    assert score.details["entity splits"] == ["Lima (country) duplicates Peru"]
    assert score.get("top-30 entities of the wrong type").count == 0


def _self_gold(gold_dir: Path, side_a: str, side_b: str) -> Path:
    """The gold with one more row: g3 against itself."""
    path = gold_dir / "contradictions.tsv"
    path.write_text(path.read_text(encoding="utf-8")
                    + f"c3\tinconsistency\tg3 on itself\t{side_a}\tg3\t{side_b}\tg3\t\n",
                    encoding="utf-8")
    return gold_dir


def _found_self(dossier: dict[str, Any], kind: str, *sides: list[str]) -> None:
    dossier["contradictions"] = [{"kind": kind, "sides": [
        {"value": str(i), "evidence": [{"article": a} for a in side]}
        for i, side in enumerate(sides)]}]


@pytest.mark.parametrize(("kind", "sides", "gold_sides", "found"), [
    # Another outlet against g3 on some date is no finding of g3 against itself.
    ("date", [["a3"], ["a1"]], ("12 rafts", "nine rafts"), 0),
    # g3 on both sides: it states both values.
    ("value", [["a3"], ["a3", "a1"]], ("12 rafts", "nine rafts"), 1),
    # The flag of g3's weekday stands for a gold row about a weekday, and only for one.
    ("inconsistency", [["a3"], ["a1"]], ("held on Tuesday", "the 12th, a Wednesday"), 1),
    ("inconsistency", [["a3"], ["a1"]], ("12 rafts", "nine rafts"), 0),
])
def test_a_source_against_itself_needs_the_same_fact(
        gold_dir: Path, kind: str, sides: list[list[str]], gold_sides: tuple[str, str],
        found: int) -> None:
    dossier = _dossier()
    _found_self(dossier, kind, *sides)
    gold = load_story_gold([_self_gold(gold_dir, *gold_sides)])
    hits = score_story(dossier, gold).details["contradictions found"]
    assert sum(1 for h in hits if h.startswith("c3 ")) == found
