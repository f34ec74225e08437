"""Page models: the snapshot's sections grouped the way the pages show them.

Only arrangement happens here (grouping, ordering, counting); every fact comes from the story.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from communique.api._snapshot import Snapshot, evidence_of
from communique.outputs.charts import outlet_anchor


def overview(snap: Snapshot) -> dict[str, Any]:
    """Key numbers of the corpus and the story."""
    corpus = snap.corpus
    sections = snap.sections
    return {
        "articles": corpus["articles"],
        "independent": corpus["independent_articles"],
        "duplicates": corpus["duplicates"],
        "outlets": len(corpus["outlets"]),
        "date_range": corpus["date_range"],
        "events": len(sections["events"]),
        "claims": len(sections["claims"]),
        "corroborated": sum(1 for c in sections["claims"] if c["status"] == "corroborated"),
        "contradictions": len(sections["contradictions"]),
        "quotes": len(sections["quotes"]),
        "positions": len(sections["positions"]),
        "entities": len(sections["entities"]),
    }


def positions_matrix(snap: Snapshot) -> dict[str, Any]:
    """Parties × issues, each cell the positions a party took on an issue."""
    issues: dict[str, str] = {}
    cells: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    parties: list[str] = []
    for position in snap.sections["positions"]:
        issues.setdefault(position["issue"]["id"], position["issue"]["label"])
        if position["party"] not in parties:
            parties.append(position["party"])
        cells[(position["party"], position["issue"]["id"])].append(position)
    return {"issues": list(issues.items()), "parties": parties, "cells": cells}


def quotes_by_speaker(snap: Snapshot) -> list[tuple[str, list[dict[str, Any]]]]:
    """Quotes grouped by speaker (name), most quoted first; unknown speakers last."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for quote in snap.sections["quotes"]:
        who = snap.name(quote["speaker"]) if quote["speaker"] else (
            quote["speaker_text"] or "Unknown speaker")
        groups[who].append(quote)
    return sorted(groups.items(), key=lambda g: (g[0] == "Unknown speaker", -len(g[1]), g[0]))


def sources(snap: Snapshot) -> list[dict[str, Any]]:
    """Outlets with their articles and what each article supports in the story."""
    reported: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(
        lambda: defaultdict(list))
    for section in ("events", "claims", "quotes", "positions"):
        for item in snap.sections[section]:
            for article in {ev["article"] for ev in evidence_of(item)}:
                reported[article][section].append(item)
    outlets: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for article in snap.articles:
        outlets[snap.outlet(article["id"])].append({
            "article": article,
            "number": snap.numbers[article["id"]],
            "reported": reported.get(article["id"], {}),
        })
    return [{"name": name, "anchor": outlet_anchor(name), "articles": items, "total": len(items)}
            for name, items in sorted(outlets.items())]


def entity_groups(snap: Snapshot) -> list[tuple[str, list[dict[str, Any]]]]:
    """Entities by type, most mentioned first."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entity in snap.sections["entities"]:
        groups[entity["type"]].append(entity)
    order = ["country", "person", "organization", "place", "event", "other"]
    return [(kind, sorted(groups[kind], key=lambda e: -e["mentions"]))
            for kind in sorted(groups, key=lambda k: order.index(k) if k in order else 99)]
