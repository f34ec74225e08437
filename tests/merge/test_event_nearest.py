"""Who led whose delegation is told of the event an article has just named, not of the event
the rest of the story is mostly about. Fictional people, real country names, invented facts."""

from __future__ import annotations

from dataclasses import replace

from communique.merge import merge
from communique.merge._nearest import ArticleEvents, sides_fit
from communique.model.annotations import Annotations, Delegate, EventMention, EventStatus
from communique.model.article import Document
from communique.model.story import StoryEvent

from support.synthetic import annotations, country, doc, talks, when

_MAIN = "Peru and Chile held talks in Lima on March 3."
_LOCAL = "Peru and Chile also met in Quito on March 10."


def _sentence(text: str, sentence: str, **fields: object) -> EventMention:
    """A held talks mention of one sentence of ``text``."""
    start = text.index(sentence)
    base = {k: fields.pop(k) for k in ("place", "dates") if k in fields}
    mention = talks(sentence, place=base.get("place"),  # type: ignore[arg-type]
                    dates=base.get("dates", ()))  # type: ignore[arg-type]
    return replace(mention, start=start, end=start + len(sentence),
                   trigger_start=start + mention.trigger_start,
                   trigger_end=start + mention.trigger_end, status=EventStatus.HELD,
                   parties=("Peru", "Chile"), **fields)  # type: ignore[arg-type]


def _story(last: str, delegate: Delegate) -> list[StoryEvent]:
    """Three outlets report the Lima talks; a fourth also reports the Quito meeting and then,
    without place or date, a delegation (``last``)."""
    docs, anns = [], []
    for n in range(3):
        docs.append(doc(f"a{n}", _MAIN, f"o{n}.example", "2031-03-12"))
        anns.append(annotations(f"a{n}", _MAIN, entities=(country("Peru", _MAIN),),
                                events=(_sentence(_MAIN, _MAIN, place="Lima", dates=(
                                    when(_MAIN, "March 3", "2031-03-03"),)),)))
    text = f"{_MAIN} {_LOCAL} {last}"
    at = text.index(last) + last.index(delegate.name)
    delegate = replace(delegate, start=at, end=at + len(delegate.name))
    docs.append(doc("b", text, "four.example", "2031-03-12"))
    anns.append(annotations("b", text, entities=(country("Peru", text),), events=(
        _sentence(text, _MAIN, place="Lima", dates=(when(_MAIN, "March 3", "2031-03-03"),)),
        _sentence(text, _LOCAL, place="Quito", dates=(when(_LOCAL, "March 10", "2031-03-10"),)),
        _sentence(text, last, delegates=(delegate,)),
    )))
    story = merge(docs, anns)
    names = {e.id: e.name for e in story.entities}
    return [replace(e, delegations={names.get(p, p): {k: [names.get(x, x) for x in v]
                                                      for k, v in d.items()}
                                    for p, d in e.delegations.items()})
            for e in story.events]


def _heads(events: list[StoryEvent], place: str) -> set[str]:
    (event,) = [e for e in events if e.place == place]
    return {h for d in event.delegations.values() for h in d["heads"]}


def test_a_delegation_told_after_a_meeting_led_that_meeting() -> None:
    events = _story("The Peruvian delegation to the talks was led by Ana Tavares.",
                    Delegate("Ana Tavares", "Peru", True, 0, 0))
    assert _heads(events, "Quito") == {"Ana Tavares"}
    assert _heads(events, "Lima") == set()


def test_someone_of_no_side_of_the_meeting_met_beside_it() -> None:
    events = _story("The participants also met Ana Tavares of Brazil for talks.",
                    Delegate("Ana Tavares", "Brazil", True, 0, 0))
    assert "Ana Tavares" not in _heads(events, "Quito")


def test_the_event_just_before_and_near_enough() -> None:
    spans = ArticleEvents([("d", 0, 40, "talks", 0), ("d", 41, 90, "talks", 1),
                           ("d", 41, 90, "attack", 2)])
    assert spans.just_before("d", 95, "talks") == 1
    assert spans.just_before("d", 90 + 401, "talks") is None
    assert spans.just_before("d", 20, "talks") is None
    assert spans.just_before("e", 95, "talks") is None


def test_a_delegate_of_no_known_side_does_not_fit() -> None:
    mention = talks("x", place=None)
    assert sides_fit(replace(mention, delegates=(Delegate("A", "Peru", True, 0, 1),)),
                     {"Peru", "Chile"})
    assert not sides_fit(replace(mention, delegates=(Delegate("A", None, True, 0, 1),)),
                         {"Peru", "Chile"})


def test_next_week_s_meeting_is_another_event() -> None:
    events = _story("They hope to keep next week’s talks between Ana Tavares and Luis Vega on "
                    "track.", Delegate("Ana Tavares", "Peru", True, 0, 0))
    assert "Ana Tavares" not in _heads(events, "Quito") | _heads(events, "Lima")


def _lima(doc_id: str, text: str, published: str | None, day: str | None
          ) -> tuple[Document, Annotations]:
    dates = (when(text, day.split(":")[0], day.split(":")[1]),) if day else ()
    mention = _sentence(text, text, place="Lima", dates=dates)
    return doc(doc_id, text, f"{doc_id}.example", published), annotations(
        doc_id, text, entities=(country("Peru", text),), events=(mention,))


def test_an_undated_article_s_talks_at_a_city_are_the_city_s_main_event() -> None:
    items = [_lima(f"m{n}", _MAIN, "2031-03-12", "March 3:2031-03-03") for n in range(3)]
    stray = "Peru and Chile met in Lima on April 20."
    items.append(_lima("s", stray, "2031-04-21", "April 20:2031-04-20"))
    items.append(_lima("u", "Peru and Chile held talks in Lima.", None, None))
    story = merge([d for d, _ in items], [a for _, a in items])
    (main,) = [e for e in story.events if e.start == "2031-03-03"]
    assert main.support == 4


def test_an_undated_article_s_talks_in_a_country_are_its_main_event() -> None:
    items = [_lima(f"m{n}", _MAIN, "2031-03-12", "March 3:2031-03-03") for n in range(3)]
    text = "Peru and Chile held talks in Peru."
    mention = replace(_sentence(text, text, place="Peru"), place_country="Peru")
    items.append((doc("u", text, "u.example", None), annotations(
        "u", text, entities=(country("Peru", text),), events=(mention,))))
    story = merge([d for d, _ in items], [a for _, a in items])
    assert [e.support for e in story.events] == [4]
