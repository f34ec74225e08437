"""How long ago a lead says a story event was, and the months that leaves for the writing
(merge/_since_news.py), and how the month estimate counts them (merge/_pubmonths.py)."""

from __future__ import annotations

from communique.clean._bounds import TextBounds
from communique.clean._dates import PartialDate
from communique.merge._pubmonths import _NEAREST, _agreed, _since_votes, _Vote
from communique.merge._since_news import since_months
from communique.model.story import StoryEvent

PLACES = {"Lindhaven": ("Lindhavn",), "Port Alcyne": ()}
NAMES = {"k": ("Korvania",), "v": ("Veldra",)}


def _event(event_id: str, kind: str, day: str, place: str | None = "Lindhaven") -> StoryEvent:
    return StoryEvent(event_id, kind, f"{kind} {day}", day, day, place, ("k", "v"), (), {}, (),
                      (), (), 1, status="held")


# 2031-03-20 a Thursday; 2031-05-28 a Wednesday.
EVENTS = [_event("s1", "agreement", "2031-03-20"), _event("s2", "agreement", "2031-05-28"),
          _event("t1", "talks", "2031-03-10", "Port Alcyne")]


def _since(text: str, language: str = "en", bounds: TextBounds | None = None
           ) -> frozenset[PartialDate]:
    return since_months(text, None, language, EVENTS, PLACES, NAMES, bounds or TextBounds())


def test_last_month_puts_the_writing_in_the_month_after_each_event_it_may_name() -> None:
    assert _since("Veldra halted the accord signed last month in Lindhaven.") == {
        PartialDate(2031, 4), PartialDate(2031, 6)}
    assert _since("Veldra a suspendu l'accord signé le mois dernier à Lindhaven.", "fr") == {
        PartialDate(2031, 4), PartialDate(2031, 6)}
    # The kind must fit: talks are no signing.
    assert _since("Veldra recalled the talks held last month in Lindhaven.") == frozenset()


def test_weeks_and_days_ago_shift_the_event_day_give_or_take_a_little() -> None:
    # 2031-03-20 + 14 days = 2031-04-03, within three days of the month's turn: both months.
    assert _since("The accord signed two weeks ago in Lindhaven is in trouble.") == {
        PartialDate(2031, 3), PartialDate(2031, 4), PartialDate(2031, 6)}
    # No signing at Port Alcyne: the parties name both signings (28 May + 3 days, give or take
    # one, touches June).
    assert _since("Korvania and Veldra signed a pact 3 days ago in Port Alcyne.") == {
        PartialDate(2031, 3), PartialDate(2031, 5), PartialDate(2031, 6)}
    # English counts as far as the packs do (ten): 20 March + 10 days is 30 March.
    assert _since("The accord signed ten days ago in Lindhaven is in trouble.") == {
        PartialDate(2031, 3), PartialDate(2031, 6)}
    assert _since("Die in Lindhaven vor drei Tagen unterzeichnete Vereinbarung hält.", "de") == {
        PartialDate(2031, 3), PartialDate(2031, 5), PartialDate(2031, 6)}


def test_comes_after_is_anchored_on_the_writing_came_after_is_not() -> None:
    lead = ("Korvania has suspended the pact it signed with Veldra in Lindhaven. "
            "The move comes just five days after the deal was signed.")
    # The second sentence names no place: "the deal" is the one the lead has just reported.
    assert _since(lead) == {PartialDate(2031, 3), PartialDate(2031, 6)}
    assert _since(lead.replace("comes", "came")) == frozenset()


def test_the_texts_own_dates_rule_months_out() -> None:
    bounds = TextBounds(latest_past=PartialDate(2031, 5, 2).first)
    assert _since("Veldra halted the accord signed last month in Lindhaven.", bounds=bounds) \
        == {PartialDate(2031, 6)}


def test_the_time_since_picks_the_month_the_coverage_agrees_on_and_rules_out_earlier() -> None:
    april, june = PartialDate(2031, 4), PartialDate(2031, 6)
    votes = _since_votes(frozenset({april, june}))
    assert _agreed([*votes, _Vote(_NEAREST, april, "at", 1, True)]) is not None
    assert _agreed([*votes, _Vote(_NEAREST, april, "at", 1, True)])[0] == april  # type: ignore[index]
    # Alone, neither month is agreed; a month before the earliest is ruled out.
    assert _agreed(votes) is None
    assert _agreed([*votes, _Vote(_NEAREST, PartialDate(2031, 3), "at", 1, True)]) is None
    # Three months or more say nothing.
    assert _since_votes(frozenset({april, june, PartialDate(2031, 8)})) == []
