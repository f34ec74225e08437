"""Descriptions that stand for a person named before: an epithet (``the far-right
politician``) and a country's leader (``Tavra's veteran leader``). Synthetic text only."""

from __future__ import annotations

from collections.abc import Callable

from communique.extract.quotes import Quote

Extract = Callable[[str], list[Quote]]


def _speaker(quotes: list[Quote], words: str) -> str | None:
    found = [q for q in quotes if q.text.startswith(words)]
    assert len(found) == 1, [(q.text, q.speaker_text) for q in quotes]
    return found[0].speaker_text


def test_an_epithet_is_the_person_just_talked_about(quotes_of: Extract) -> None:
    text = ("Party leader Anna Bergmann wrote on Monday that she would back the budget.\n"
            "The nationalist politician also denied that she wanted new elections.")
    assert "Bergmann" in (_speaker(quotes_of(text), "she wanted new") or "")


def test_a_countrys_leader_is_the_head_of_its_government(quotes_of: Extract) -> None:
    text = ("Chancellor Anna Bergmann met the unions on Monday, as Germany's veteran leader "
            "warned that time was running out.")
    assert "Bergmann" in (_speaker(quotes_of(text), "time was running") or "")


def test_a_countrys_leader_is_not_another_countrys_president(quotes_of: Extract) -> None:
    text = ("French President Paul Marchand arrived in Berlin on Monday.\n"
            "Germany's leader said the talks would be hard.")
    assert "Marchand" not in (_speaker(quotes_of(text), "the talks would") or "")
