"""The one pattern of every side cue finds a cue exactly where one of the cues does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as hst

from communique.extract._event_lexicon import ENGLISH
from communique.extract._event_sides import SideCues, _patterns, side_cues

_PIECES = ["the", " ", ",", "-", "delegation", "delegations", "team", "led", "leads", "by",
           "represented", "on behalf of", "co", "chaired", "included", "counterparts",
           "Korvanian", "x", "s", "were", "head of the", "observer"]


def _each(cues: SideCues, text: str) -> bool:
    return any(p.search(text) is not None for p in (
        cues.delegation, cues.head, cues.side, cues.joint, cues.members, cues.counterpart))


@given(hst.lists(hst.sampled_from(_PIECES), max_size=12).map("".join))
def test_any_cue_is_one_of_the_cues(text: str) -> None:
    cues = _patterns(ENGLISH)
    assert (cues.any.search(text) is not None) == _each(cues, text)


def test_no_cue_words_no_cue() -> None:
    cues = side_cues(head=[], side=[], joint=[], members=[], delegation=[])
    assert cues.any.search("The Veldran delegation was led by Bohdan Kravel.") is None
    cues = side_cues(head=["led"], side=[], joint=[], members=[], delegation=[])
    assert cues.any.search("The Veldran delegation was LED by Bohdan Kravel.") is not None
    assert cues.any.search("Talks were misled.") is None
