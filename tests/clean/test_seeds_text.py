"""Golden tests of the plain-text cleaners on the five real seed articles (read from
``../shared/seeds``): the boilerplate lines go with the right reason, no other sentence is lost,
and the glued headings are split off."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from communique.clean._boilerplate import strip_boilerplate
from communique.clean._header import split_header
from communique.clean._headings import recover_headings

# Per seed (file-name prefix): a fragment of each line that must be removed, and its reason.
REMOVED = {
    "000": [("(Johannes Simon/Getty Images)", "photo_caption"),
            ("Reuters contributed to this report.", "contributor_note")],
    "001": [("Share your perspectives in the comments below.", "comment_prompt"),
            ("What are your thoughts on the potential", "comment_prompt")],
    "002": [("/VCG", "photo_caption"), ("CHOOSE YOUR LANGUAGE", "language_menu"),
            ("10120180008", "licence_footer"), ("Disinformation report hotline", "hotline")],
    "003": [("date 2026-02-17", "date_header")],
    "004": [("Geneva Peace Talks Between Russia and Ukraine End Without Breakthrough", "title"),
            ("- Post By Emmie", "byline"), ("- February 18, 2026", "byline")],
}
HEADINGS = {
    "001": ["Trilateral Talks and US Involvement", "Shifting Geopolitical Landscape",
            "What to Watch Next"],
    "003": ["Diplomatic efforts Broader range of issues to be discussed",
            "Negotiation teams Russia's delegation to include military intelligence chief",
            "Political pressure Trump slams Zelenskyy ahead of talks",
            "Stance clarified Zelenskyy warns against conceding territory in Donbas"],
}
_SENTENCE = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


def _clean(text: str) -> tuple[list[str], list[int], list[tuple[str, str, int]]]:
    """Run the three plain-text cleaners the way the document cleaner chains them."""
    _fields, header_removed, rest = split_header(text)
    cleaned = strip_boilerplate(rest)
    paragraphs, headings = recover_headings(cleaned.paragraphs)
    removed = [(r.text, r.reason, r.line) for r in (*header_removed, *cleaned.removed)]
    return paragraphs, headings, removed


def _seed(seeds_dir: Path, prefix: str) -> str:
    (path,) = seeds_dir.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("prefix", sorted(REMOVED))
def test_boilerplate_removed_with_reason(seeds_dir: Path, prefix: str) -> None:
    _paragraphs, _headings, removed = _clean(_seed(seeds_dir, prefix))
    for fragment, reason in REMOVED[prefix]:
        found = [r for text, r, _line in removed if fragment in text]
        assert found == [reason], f"{prefix}: {fragment!r} removed as {found}"
    # Nothing else is removed.
    assert len(removed) == len({text for text, _r, _l in removed})
    assert all(any(f in text for f, _r in REMOVED[prefix]) for text, _r, _l in removed)


@pytest.mark.parametrize("prefix", sorted(REMOVED))
def test_no_sentence_lost(seeds_dir: Path, prefix: str) -> None:
    text = _seed(seeds_dir, prefix)
    paragraphs, _headings, removed = _clean(text)
    kept = " ".join(paragraphs)
    removed_text = [t for t, _r, _l in removed]
    expected = lost = 0
    for line in text.splitlines():
        for sentence in _SENTENCE.split(line.strip()):
            if not sentence or any(sentence in t or t in sentence for t in removed_text):
                continue
            expected += 1
            if sentence.replace("date 2026-02-17 ", "") not in kept:
                lost += 1
    assert expected > 5
    assert lost == 0


@pytest.mark.parametrize("prefix", sorted(HEADINGS))
def test_headings_recovered(seeds_dir: Path, prefix: str) -> None:
    paragraphs, headings, _removed = _clean(_seed(seeds_dir, prefix))
    assert [paragraphs[i] for i in headings] == HEADINGS[prefix]
    for index in headings:
        # Each heading is followed by its body paragraph, which reads as prose.
        assert paragraphs[index + 1].endswith((".", '"', "”"))


@pytest.mark.parametrize("prefix", ["000", "002", "004"])
def test_no_headings_where_there_are_none(seeds_dir: Path, prefix: str) -> None:
    _paragraphs, headings, _removed = _clean(_seed(seeds_dir, prefix))
    assert headings == []


def test_examples_lose_no_prose(examples_dir: Path) -> None:
    """On the fictional example corpus nothing that reads as a sentence is removed, except
    reader prompts, notes and captions, which are sentences of page furniture."""
    paths = sorted(examples_dir.glob("*.txt"))
    if not paths:
        pytest.skip(f"no example articles in {examples_dir}")
    furniture = {"photo_caption", "contributor_note", "comment_prompt", "cookie_notice",
                 "newsletter"}
    for path in paths:
        _paragraphs, _headings, removed = _clean(path.read_text(encoding="utf-8"))
        for text, reason, _line in removed:
            prose = len(text.split()) >= 8 and text.rstrip().endswith((".", "?", "!"))
            assert not prose or reason in furniture, f"{path.name}: {text!r} ({reason})"
