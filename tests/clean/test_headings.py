"""Tests for glued and stand-alone section headings (``recover_headings``)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.clean._boilerplate import strip_boilerplate
from communique.clean._headings import is_heading_line, recover_headings, split_glued_heading
from communique.clean._html import extract_html

BODY_TAIL = ("will meet in the capital on Thursday for a third round, officials said. Both sides "
             "expect the talks to last two days.")


@pytest.mark.parametrize(("paragraph", "heading"), [
    # Opener cue: a determiner or a discourse word after a lower-case word.
    (f"Border dispute Wider agenda to be discussed The delegations {BODY_TAIL}",
     "Border dispute Wider agenda to be discussed"),
    (f"Mounting pressure Envoy criticizes minister ahead of talks Ahead of the talks, envoys "
     f"{BODY_TAIL}", "Mounting pressure Envoy criticizes minister ahead of talks"),
    (f"Ceasefire hopes Despite setbacks, the delegations {BODY_TAIL}", "Ceasefire hopes"),
    # Restatement cue: the body names the heading's subject again, then its verb.
    (f"Negotiating teams Northland's delegation to include army chief Northland's delegation "
     f"{BODY_TAIL}", "Negotiating teams Northland's delegation to include army chief"),
    (f"Position hardens Minister Vale rejects short truce in Eastmark Vale has also {BODY_TAIL}",
     "Position hardens Minister Vale rejects short truce in Eastmark"),
    # After a capitalised word, an article that restates the prefix.
    (f"Diplomatic push Wider agenda expected in Southport The Southport talks {BODY_TAIL}",
     "Diplomatic push Wider agenda expected in Southport"),
])
def test_glued_heading_is_split(paragraph: str, heading: str) -> None:
    split = split_glued_heading(paragraph)
    assert split is not None
    assert split[0] == heading
    assert heading + " " + split[1] == paragraph


@pytest.mark.parametrize("paragraph", [
    f"President Anna Vale told reporters that the delegations {BODY_TAIL}",
    "The envoy met Anna Vale on Tuesday and the envoy said the meeting had been useful and "
    "constructive for everyone involved.",
    "Northland has accused South Northland of arming rebels in the border provinces for more "
    "than two years now.",
    "Officials urged readers of the newspaper The Daily Ledger to check the facts before "
    "sharing anything online.",
    "An upgrade from Sandy Ridge to Ivy Ridge processors brings better graphics and a longer "
    "battery life to the laptops.",
    "Heavyweight champion Ivo Brand Ivo Brand once again displayed his dominance by scoring a "
    "sixth round knockout.",
    "Lawyers for Vale do not want prosecutors to use phone records that place Vale in the area "
    "on the night of the attack.",
    "Smith told Ford that he had done some research on where Ford would be selected in the "
    "upcoming draft next year.",
    "The bandits lost nerve on seeing the helicopter and the warships and attempted to flee "
    "The warship fired warning shots and the crew surrendered.",
    "Weitz also produced IN GOOD COMPANY starring two actors and was executive producer of the "
    "series for three seasons.",
    "I appeal to ministers to accept these proposals and heed The Ledger's own campaign.",
    "Mr Vale (Senior Counsel) represented the defendants in the case brought against them by "
    "the state last year.",
    "Talks in Southport",  # too short to carry a glued heading
])
def test_sentence_is_not_split(paragraph: str) -> None:
    assert split_glued_heading(paragraph) is None


@pytest.mark.parametrize(("line", "expected"), [
    ("What to Watch Next", True),
    ("Shifting Regional Landscape", True),
    ("Talks in Southport", True),
    ("Territory remains a contentious topic in negotiations.", False),
    ("The envoy said on Tuesday that the proposal would be studied by both of the parties", False),
    ("Talks will continue in", False),
    ("Region | Member | member@example.org", False),
    ("Updated 19:42, 19 March 2031", False),
    ("what to watch next", False),
])
def test_is_heading_line(line: str, expected: bool) -> None:
    assert is_heading_line(line) is expected


def test_recover_headings_indexes() -> None:
    glued = f"Border dispute Wider agenda to be discussed The delegations {BODY_TAIL}"
    paragraphs = ["Opening paragraph of the story ends here.", "What to Watch Next",
                  "A paragraph under the heading ends here.", glued]
    out, headings = recover_headings(paragraphs)
    assert out == [*paragraphs[:3], "Border dispute Wider agenda to be discussed",
                   f"The delegations {BODY_TAIL}"]
    assert headings == [1, 3]


_WORDS = st.sampled_from(["The", "talks", "Vale", "said", "In", "delegation", "Northland's",
                          "ended.", "chief", "of", "However,", "Ahead", "met", "has", "on"])


@given(st.lists(st.lists(_WORDS, max_size=30).map(" ".join), max_size=6))
def test_recover_headings_keeps_every_word(paragraphs: list[str]) -> None:
    out, headings = recover_headings(paragraphs)
    assert " ".join(" ".join(out).split()) == " ".join(" ".join(paragraphs).split())
    assert all(0 <= i < len(out) for i in headings)
    assert len(out) - len(paragraphs) == sum(1 for p in paragraphs if not is_heading_line(p)
                                             and split_glued_heading(p) is not None)


def test_no_false_splits_on_news_pages(shared_data_dir: Path) -> None:
    """The measured false-split rate: no paragraph of 28 real news pages is split."""
    folder = shared_data_dir / "trafilatura_eval_english_news"
    if not folder.is_dir():
        pytest.skip(f"{folder} not found")
    gold = json.loads((folder / "evaldata_english_news.json").read_text(encoding="utf-8"))
    checked, splits = 0, []
    for url, entry in gold.items():
        raw = gzip.decompress((folder / "html" / f"{entry['file']}.gz").read_bytes())
        page = extract_html(raw.decode("utf-8", "replace"), url)
        for paragraph in strip_boilerplate(page.text).paragraphs:
            checked += 1
            if split_glued_heading(paragraph) is not None:
                splits.append(paragraph[:80])
    assert checked > 500
    assert splits == []
