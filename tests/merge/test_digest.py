"""The digest: best supported and latest first, then what is uncertain; no outlet vs itself."""

from __future__ import annotations

from communique.merge.digest import build_digest
from communique.model.story import Contradiction, Evidence, Side, StoryClaim, StoryEvent


def _ev(article: str) -> Evidence:
    return Evidence(article, 0, 4, "text")


def _event(event_id: str, start: str, support: int) -> StoryEvent:
    return StoryEvent(event_id, "talks", f"Talks, {start}", start, start, None, (), (), {}, (),
                      (), tuple(_ev(f"a{i}") for i in range(support)), support)


def _claim(claim_id: str, text: str, support: int, status: str, article: str) -> StoryClaim:
    return StoryClaim(claim_id, text, "", "", None, None, None, None, (),
                      tuple(_ev(f"{article}{i}") for i in range(support)), support, status)


def _side(value: str, *outlets: str) -> Side:
    return Side(value, (_ev("a0"),), outlets)


def _digest(contradictions: list[Contradiction]) -> list[str]:
    events = [_event("e1", "2031-03-03", 3), _event("e2", "2031-03-18", 9),
              _event("e3", "2031-02-01", 1)]
    claims = [_claim("c1", "Old fact.", 2, "corroborated", "a"),
              _claim("c2", "Better-supported fact.", 4, "corroborated", "a"),
              _claim("c3", "Lone fact.", 1, "single_source", "a")]
    order = [f"a{i}" for i in range(10)]
    digest = build_digest(events, claims, contradictions, [], [], str, order,
                          {"a0": "2031-03-01", "a3": "2031-03-20"})
    return digest.splitlines()


def test_latest_best_supported_events_lead_then_claims_then_uncertainty() -> None:
    lines = _digest([Contradiction("x1", "mode", "e2", (_side("direct", "one.example"),
                                                       _side("indirect", "two.example")),
                                   "Outlets describe the format differently.")])
    assert lines[0].startswith("- Talks, 2031-03-18") and lines[1].startswith("- Talks, 2031-03-03")
    assert not any("2031-02-01" in line for line in lines)  # one outlet: not a lead
    assert lines[2].startswith("- Better-supported fact.")
    assert any(line.startswith("- **Contradiction:** Outlets describe") for line in lines)
    assert any("1 of 3 claims rest on a single outlet" in line for line in lines)


def test_an_event_after_every_report_comes_after_those_held() -> None:
    events = [_event("e1", "2031-03-03", 3), _event("e2", "2031-06-01", 5)]
    digest = build_digest(events, [], [], [], [], str, [f"a{i}" for i in range(5)],
                          {"a0": "2031-03-10"})
    assert digest.splitlines()[0].startswith("- Talks, 2031-03-03")


def test_a_contradiction_setting_an_outlet_against_itself_is_left_out() -> None:
    same = Contradiction("x1", "ordinal", "e2", (_side("round 2", "one.example"),
                                                 _side("round 3", "one.example", "two.example")),
                         "Sources number this event differently.")
    assert not any("number this event" in line for line in _digest([same]))
