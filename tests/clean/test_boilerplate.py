"""Unit and property tests for boilerplate removal (``strip_boilerplate``) on synthetic text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.clean._boilerplate import classify_line, strip_boilerplate

PROSE = ("Negotiators from the two countries met for six hours on Tuesday and agreed to meet "
         "again next month, officials said.")


@pytest.mark.parametrize(("line", "reason"), [
    ("Share Tweet Email Print", "share_buttons"),
    ("Share on Facebook Share on X Copy link", "share_buttons"),
    ("We use cookies to improve your experience. By continuing you agree to our use of cookies.",
     "cookie_notice"),
    ("© 2031 Example Media Ltd. All rights reserved.", "licence_footer"),
    ("Internet News Licence No. 44-0099123", "licence_footer"),
    ("News tip hotline: 020-5550-1234", "hotline"),
    ("SELECT YOUR LANGUAGE", "language_menu"),
    ("English | Español | Français | Deutsch | Русский", "language_menu"),
    ("Leave a comment below and tell us what you think.", "comment_prompt"),
    ("Sign up for our daily newsletter to get the top stories in your inbox.", "newsletter"),
    ("A delegate leaves the conference hall in Exampletown on May 3, 2031. (Jane Roe/Getty Images)",
     "photo_caption"),
    ("Photo: Jane Roe", "photo_credit"),
    ("Wire Service contributed to this report.", "contributor_note"),
    ("Additional reporting by Jane Roe and John Poe; Editing by Sam Lee", "contributor_note"),
    ("By Jane Roe", "byline"),
    ("- Post By Sam", "byline"),
    ("Read more: Talks collapse after first day", "related_links"),
    ("Advertisement", "advertisement"),
    ("Home > World > Europe", "navigation"),
    ("Skip to main content", "navigation"),
])
def test_classify_line(line: str, reason: str) -> None:
    assert classify_line(line) == reason


@pytest.mark.parametrize("line", [
    PROSE,
    "The agency said it had shared the draft with both delegations by email on Friday.",
    "The envoy, who has been in contact with both sides, said a deal was close.",
    "Officials did not comment on the proposal, which was first reported by a local newspaper.",
    "By Tuesday, the two sides had narrowed their differences on the ceasefire line.",
    "The ministry set up a hotline for families of missing soldiers last year.",
    "Critics said the cookie-cutter agreement ignored the concerns of the region.",
    "Photographs released by the ministry showed the damaged bridge.",
    "Readers of the agreement will notice that the annex on prisoners is missing.",
    "The talks were covered by reporters from several countries, including French outlets.",
    "The plan, reported by three newspapers, would create a buffer zone.",
    "What to Watch Next",
    "Territory remains a contentious topic in negotiations.",
])
def test_prose_is_kept(line: str) -> None:
    assert classify_line(line) is None
    assert strip_boilerplate(f"{PROSE}\n{line}\n{PROSE}").paragraphs[1] == line


def test_title_and_byline_at_top() -> None:
    text = ("Border Talks End Without a Deal\n- Post By Sam\n- May 3, 2031\n"
            f"{PROSE}\n")
    result = strip_boilerplate(text)
    assert [(r.reason, r.line) for r in result.removed] == [("title", 0), ("byline", 1),
                                                            ("byline", 2)]
    assert result.title == "Border Talks End Without a Deal"
    assert result.byline_author == "Sam"
    assert result.byline_date == "- May 3, 2031"
    assert result.paragraphs == (PROSE,)


def test_headline_without_byline_is_kept() -> None:
    # Without a byline under it a first short line may be a heading or a dateline: keep it.
    text = f"Border Talks End Without a Deal\n{PROSE}\n"
    result = strip_boilerplate(text)
    assert result.title is None
    assert result.paragraphs[0] == "Border Talks End Without a Deal"


def test_caption_goes_to_captions() -> None:
    line = "Delegates arrive at the venue in Exampletown, May 3, 2031. /ExampleAgency"
    result = strip_boilerplate(f"{line}\n{PROSE}")
    assert result.removed[0].reason == "photo_caption"
    assert result.captions == ("Delegates arrive at the venue in Exampletown, May 3, 2031.",)


def test_glued_trailing_notes_are_peeled() -> None:
    line = (f"{PROSE} What do you think about the deal? Share your views in the comments below.")
    result = strip_boilerplate(line)
    assert result.paragraphs == (PROSE,)
    assert [r.reason for r in result.removed] == ["comment_prompt", "comment_prompt"]


def test_trailing_junk_and_cjk_footer() -> None:
    text = f"{PROSE}\n{PROSE}\n互联网新闻信息服务\n12345-678\n"
    result = strip_boilerplate(text)
    assert result.paragraphs == (PROSE, PROSE)
    assert [r.line for r in result.removed] == [2, 3]


def test_date_under_byline_anywhere() -> None:
    result = strip_boilerplate(f"{PROSE}\nBy Jane Roe\nUpdated 19:42, 3 May 2031\n{PROSE}")
    assert [r.reason for r in result.removed] == ["byline", "byline"]
    assert result.byline_date == "Updated 19:42, 3 May 2031"


_LINES = st.sampled_from([
    PROSE, "Share Tweet Email", "By Jane Roe", "© 2031 Example", "Advertisement", "",
    "Photo: Jane Roe", "What do you think? Tell us in the comments below.", "12 34", "  ",
    "Border Talks End", "Wire Service contributed to this report.", "- May 3, 2031",
])


def _nonspace(text: str) -> str:
    return "".join(text.split())


@given(st.lists(st.one_of(_LINES, st.text(max_size=60)), max_size=12))
def test_strip_accounts_for_every_line(lines: list[str]) -> None:
    text = "\n".join(lines)
    result = strip_boilerplate(text)
    input_lines = text.split("\n")
    # Nothing invented: every kept paragraph and removed fragment comes from one input line.
    for paragraph in result.paragraphs:
        assert paragraph and any(paragraph in line for line in input_lines)
    for removal in result.removed:
        assert removal.text in input_lines[removal.line]
    # Nothing lost: kept and removed text together hold every non-blank character.
    together = "".join(result.paragraphs) + "".join(r.text for r in result.removed)
    assert sorted(_nonspace(together)) == sorted(_nonspace(text))
