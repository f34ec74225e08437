"""Unit and property tests for crawler header fields (``split_header``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from communique.clean._header import split_header

BODY = "Negotiators from both sides met in the capital on Monday. Talks will resume next week."


def test_fields_one_per_line() -> None:
    text = f" url https://news.example/a/1\n title Talks resume\n date 2031-03-14\n{BODY}\n"
    fields, removals, rest = split_header(text)
    assert fields == {"url": "https://news.example/a/1", "title": "Talks resume",
                      "date": "2031-03-14"}
    assert [(r.reason, r.line) for r in removals] == [("header", 0), ("header", 1),
                                                      ("date_header", 2)]
    assert rest == BODY + "\n"


def test_date_glued_onto_first_paragraph() -> None:
    fields, removals, rest = split_header(f" date 2031-02-17 {BODY}\n\nSecond paragraph.")
    assert fields == {"date": "2031-02-17"}
    assert [(r.text, r.reason, r.line) for r in removals] == [("date 2031-02-17", "date_header",
                                                              0)]
    assert rest.startswith("Negotiators from both sides")


def test_language_and_published_keys() -> None:
    fields, removals, _rest = split_header(" lang en\n published 2031-01-05T10:00:00Z\nBody.")
    assert fields == {"language": "en", "published": "2031-01-05T10:00:00Z"}
    assert [r.reason for r in removals] == ["header", "date_header"]


def test_prose_starting_with_a_key_word_is_kept() -> None:
    for text in ("source close to the talks said the meeting went well.",
                 "Date night plans were cancelled because of the storm.",
                 " date of the next round has not been set.",
                 "title fights are rarely decided in the first round.",
                 " author of the plan said it would take years."):
        fields, removals, rest = split_header(text)
        assert (fields, removals, rest) == ({}, [], text)


def test_free_text_key_never_glued() -> None:
    # A title's end cannot be told from the body, so a title field only counts on its own line.
    text = " title Talks resume " + BODY
    _fields, _removals, rest = split_header(text)
    assert "Negotiators from both sides" in rest


def test_header_stops_at_body() -> None:
    text = f"{BODY}\n date 2031-02-17\n"
    assert split_header(text) == ({}, [], text)


_KEY_TEXT = st.sampled_from([" date 2031-02-17", " url http://x.example/a", " title T", " lang en",
                             " author A. B.", "date", " ", "\n", "source", " published 5 May 2030"])


@given(st.lists(st.one_of(_KEY_TEXT, st.text(max_size=30)), max_size=8).map("".join))
def test_split_header_never_raises_and_removes_only_fields(text: str) -> None:
    fields, removals, rest = split_header(text)
    assert text.endswith(rest)
    head = text[: len(text) - len(rest)]
    # Everything taken off the top is one of the recorded fields, or white space.
    leftover = head
    for removal in removals:
        assert removal.text in leftover
        leftover = leftover.replace(removal.text, "", 1)
    assert not leftover.strip()
    assert len(fields) == len(removals)
    assert all(r.reason in {"date_header", "header"} and r.line >= 0 for r in removals)
