"""A dateless report naming only the country ("talks in Veldra", as a non-English outlet often
writes) joins the round held at the country's capital around its date, even when another
article placed a far earlier event in the country only. Real country names (the gazetteer
knows their capitals), invented facts."""

from __future__ import annotations

from communique.merge import merge

from support.synthetic import annotations, doc, talks, when

_HELD = "Peru and Chile held talks in Lima on March 3."
_STRAY = "Talks in Peru were set for January 5."
_COUNTRY = "The talks in Peru ended without a deal."


def test_a_country_s_dateless_talks_join_its_capital_s_round() -> None:
    docs, anns = [], []
    for n in range(3):
        docs.append(doc(f"a{n}", _HELD, f"o{n}.example", "2031-03-04"))
        anns.append(annotations(f"a{n}", _HELD, events=(talks(
            _HELD, place="Lima", dates=(when(_HELD, "March 3", "2031-03-03"),)),)))
    docs.append(doc("s", _STRAY, "stray.example", "2030-12-20"))
    anns.append(annotations("s", _STRAY, events=(talks(
        _STRAY, place="Peru", tense="future", dates=(when(_STRAY, "January 5", "2031-01-05"),)),)))
    docs.append(doc("c", _COUNTRY, "country.example", "2031-03-04"))
    anns.append(annotations("c", _COUNTRY, events=(talks(_COUNTRY, place="Peru"),)))
    story = merge(docs, anns)
    (held,) = [e for e in story.events if e.place == "Lima"]
    assert "c" in {ev.article for ev in held.evidence}
    assert not [e for e in story.events if e.place == "Peru" and e.start is None]


_LIMA = "Peru and Chile held talks in Lima on March 3."
_IN_PERU = "Peru and Chile held talks in Peru on March 3."
_CUSCO = "Peru and Chile held talks in Cusco on April 10."
_CUSCO_PERU = "Peru and Chile held talks in Peru on April 10."
_UNDATED = "The talks in Peru ended without a deal."


def _add(docs: list, anns: list, key: str, text: str, place: str, surface: str,  # type: ignore[type-arg]
         value: str, published: str) -> None:
    docs.append(doc(key, text, f"{key}.example", published))
    anns.append(annotations(key, text, events=(talks(
        text, place=place, dates=(when(text, surface, value),)),)))


def test_an_undated_article_s_country_talks_join_the_event_placed_there_most() -> None:
    # Three reports put the March round in Lima, three more in Peru; the April round in Cusco
    # has three reports, one of which names only the country.
    docs: list = []  # type: ignore[type-arg]
    anns: list = []  # type: ignore[type-arg]
    for n in range(3):
        _add(docs, anns, f"l{n}", _LIMA, "Lima", "March 3", "2031-03-03", "2031-03-04")
        _add(docs, anns, f"p{n}", _IN_PERU, "Peru", "March 3", "2031-03-03", "2031-03-04")
    for n in range(2):
        _add(docs, anns, f"c{n}", _CUSCO, "Cusco", "April 10", "2031-04-10", "2031-04-11")
    _add(docs, anns, "q", _CUSCO_PERU, "Peru", "April 10", "2031-04-10", "2031-04-11")
    docs.append(doc("u", _UNDATED, "undated.example"))
    anns.append(annotations("u", _UNDATED, events=(talks(_UNDATED, place="Peru"),)))
    story = merge(docs, anns)
    (march,) = [e for e in story.events if e.start == "2031-03-03"]
    assert "u" in {ev.article for ev in march.evidence}
