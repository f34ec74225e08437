"""A small dossier whose every name, title and quote is hostile markup (for escaping tests)."""

from __future__ import annotations

from typing import Any

SCRIPT = "</svg><script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'


def _evidence(article: str, text: str) -> dict[str, Any]:
    return {"article": article, "start": 0, "end": len(text), "text": text}


def hostile_dossier(status: str | None = "planned") -> dict[str, Any]:
    """A dossier in contract form: two outlets, two parties, an event, positions, a claim."""
    text_a = f"Talks {SCRIPT} in Norvell ended."
    text_b = f"Delegates {IMG} met again."
    articles = [
        {"id": "a_1111111111111111", "source": "a.txt", "url": None, "outlet": f"Daily {SCRIPT}",
         "title": f"Title {IMG}", "author": None, "language": "en", "published": "2031-03-18",
         "published_basis": "header", "text": text_a, "headings": [], "captions": [],
         "removed": [], "duplicate_of": None, "duplicate_kind": None, "words": 6},
        {"id": "a_2222222222222222", "source": "b.txt", "url": None, "outlet": f"Wire {IMG}",
         "title": "Second", "author": None, "language": "en", "published": "2031-03-19",
         "published_basis": "header", "text": text_b, "headings": [], "captions": [],
         "removed": [], "duplicate_of": "a_1111111111111111", "duplicate_kind": "near",
         "words": 5},
    ]
    entities = [
        {"id": "e_1111111111111111", "name": f"Veldra {SCRIPT}", "type": "country",
         "aliases": [], "roles": [], "affiliation": None, "mentions": 2,
         "articles": ["a_1111111111111111"]},
        {"id": "e_2222222222222222", "name": f"Korvania {IMG}", "type": "country",
         "aliases": [], "roles": [], "affiliation": None, "mentions": 1,
         "articles": ["a_2222222222222222"]},
        {"id": "e_3333333333333333", "name": f"Envoy {SCRIPT}", "type": "person",
         "aliases": [], "roles": [], "affiliation": None, "mentions": 1,
         "articles": ["a_1111111111111111"]},
    ]
    event = {
        "id": "ev_1111111111111111", "type": "talks", "title": f"Talks in {SCRIPT}",
        "start": "2031-03-18", "end": "2031-03-19", "place": "Norvell",
        "parties": ["e_1111111111111111", "e_2222222222222222"],
        "mediators": [f"Mediator {IMG}"],
        "delegations": {"e_1111111111111111": {"heads": ["e_3333333333333333"], "members": []}},
        "ordinals": [{"value": 3, "evidence": _evidence("a_1111111111111111", text_a)}],
        "outcomes": [], "evidence": [_evidence("a_1111111111111111", text_a),
                                     _evidence("a_2222222222222222", text_b)],
        "support": 2, "outlets": [f"Daily {SCRIPT}"]}
    if status is not None:
        event["status"] = status
    positions = [
        {"id": f"p_{i}", "party": "e_1111111111111111",
         "issue": {"id": "i_1", "label": f"Dam {SCRIPT}"}, "stance": stance,
         "summary": f"wants {IMG}", "value": None, "date": day,
         "evidence": [_evidence(article, text)]}
        for i, (stance, day, article, text) in enumerate([
            ("demands", "2031-03-18", "a_1111111111111111", text_a),
            ("accepts", "2031-03-19", "a_2222222222222222", text_b)])]
    claims = [{"id": "c_1", "text": f"claim {SCRIPT}", "subject": "x", "predicate": "be",
               "object": None, "value": None, "attributed_to": None, "attributed_to_all": [],
               "evidence": [_evidence("a_1111111111111111", text_a)], "support": 1,
               "status": "single_source", "outlets": []}]
    contradictions = [{"id": "x_1", "kind": "date", "about": "ev_1111111111111111",
                       "sides": [{"value": "2031-03-18", "outlets": [],
                                  "evidence": [_evidence("a_1111111111111111", text_a)]},
                                 {"value": "2031-03-17", "outlets": [],
                                  "evidence": [_evidence("a_2222222222222222", text_b)]}],
                       "note": f"dates differ {IMG}"}]
    return {"schema": "communique.dossier/1", "generator": "test", "generated_at": "2031",
            "corpus": {"articles": 2, "outlets": [], "date_range": {"start": None, "end": None}},
            "articles": articles, "entities": entities, "events": [event], "quotes": [],
            "claims": claims, "positions": positions, "contradictions": contradictions,
            "timeline": [], "digest": f"- Talks {SCRIPT} [1]"}
