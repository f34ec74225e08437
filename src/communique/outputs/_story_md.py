"""Markdown sections for the story: events, contradictions, claims, positions, quotes, entities.

Evidence is cited as ``[n]`` — the article's number in the Articles table — so the Markdown stays
readable; the HTML page links every citation to its highlighted sentence.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from communique.model.story import signed_word, status_word
from communique.outputs._md import text as md


def _cell(value: object) -> str:
    """A table cell, already Markdown (its data escaped with :func:`md`): one line."""
    return " ".join(str(value if value is not None else "—").split())


def reported(position: dict[str, Any]) -> str:
    """When a position was reported: its first day, and its last when later."""
    first, last = position.get("date"), position.get("until")
    if not first:
        return "—"
    return f"{first} – {last}" if last and last != first else str(first)


class StorySections:
    """Renders the story's sections with article numbers for citations."""

    def __init__(self, dossier: dict[str, Any]) -> None:
        self.d = dossier
        self.numbers = {a["id"]: i + 1 for i, a in enumerate(dossier["articles"])}
        self.names = {e["id"]: e["name"] for e in dossier["entities"]}

    def name(self, ref: str | None) -> str:
        """The entity name of a reference (or the reference itself), as Markdown text."""
        return md(self.names.get(ref or "", ref or "—"))

    def cite(self, evidence: Iterable[dict[str, Any]]) -> str:
        numbers = sorted({self.numbers.get(e["article"], 0) for e in evidence})
        return "".join(f"[{n}]" for n in numbers)

    def _table(self, title: str, headers: list[str], rows: list[list[object]]) -> list[str]:
        if not rows:
            return []
        lines = [f"## {title}", "", "| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
        lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
        return [*lines, ""]

    def events(self) -> list[str]:
        rows: list[list[object]] = []
        for e in self.d["events"]:
            delegations = "; ".join(
                f"{self.name(p)}: "
                + ", ".join(
                    [f"**{self.name(h)}**" for h in d.get("heads", [])]
                    + [self.name(m) for m in d.get("members", [])]
                )
                for p, d in e["delegations"].items()
            )
            ordinals = ", ".join(
                f"{md(o['value'])} {self.cite([o['evidence']])}" for o in e["ordinals"]
            )
            outcomes = "; ".join(
                f"{self.name(o['party'])}: “{md(o['assessment'])}”" for o in e["outcomes"]
            )
            title = e["title"] + (
                f" — {signed_word(e['type'])}: {e['signed']}" if e.get("signed") else ""
            )
            rows.append(
                [
                    md(title),
                    status_word(e["type"], e.get("status", "held")),
                    ", ".join(self.name(p) for p in e["parties"]),
                    ", ".join(self.name(m) for m in e["mediators"]),
                    delegations,
                    ordinals,
                    outcomes,
                    f"{e['support']} {self.cite(e['evidence'])}",
                ]
            )
        return self._table(
            "Events and rounds",
            [
                "Event",
                "Status",
                "Parties",
                "Mediators",
                "Delegations",
                "Round no. (per source)",
                "Outcomes",
                "Support",
            ],
            rows,
        )

    def contradictions(self) -> list[str]:
        rows: list[list[object]] = [
            [
                md(x["kind"]),
                md(x["note"]),
                " vs ".join(f"{md(s['value'])} {self.cite(s['evidence'])}" for s in x["sides"]),
            ]
            for x in self.d["contradictions"]
        ]
        return self._table("Contradictions", ["Kind", "What", "Sides"], rows)

    def claims(self) -> list[str]:
        rows: list[list[object]] = [
            [
                md(c["text"]),
                md(c["value"]["text"]) if isinstance(c.get("value"), dict) else "",
                md(c["status"]),
                f"{c['support']} {self.cite(c['evidence'])}",
            ]
            for c in self.d["claims"]
        ]
        return self._table("Claims", ["Claim", "Value", "Status", "Support"], rows)

    def positions(self) -> list[str]:
        rows: list[list[object]] = [
            [
                md(p["issue"]["label"]),
                self.name(p["party"]),
                md(p["stance"]),
                md(p["summary"]),
                md(reported(p)),
                self.cite(p["evidence"]),
            ]
            for p in self.d["positions"]
        ]
        return self._table(
            "Positions", ["Issue", "Party", "Stance", "Summary", "Reported", "Evidence"], rows
        )

    def quotes(self) -> list[str]:
        rows: list[list[object]] = [
            [
                self.name(q["speaker"]) if q["speaker"] else md(q["speaker_text"]),
                f"“{md(q['text'])}”",
                md(q["kind"]),
                md(q["channel"]),
                len(q["also_in"]) + 1,
                self.cite(q["evidence"]),
            ]
            for q in self.d["quotes"]
        ]
        return self._table(
            "Quotes", ["Speaker", "Quote", "Kind", "Channel", "Articles", "Evidence"], rows
        )

    def entities(self) -> list[str]:
        rows: list[list[object]] = [
            [
                md(e["name"]),
                md(e["type"]),
                ", ".join(md(alias) for alias in e["aliases"]),
                "; ".join(md(r["title"]) + (f" of {md(r['of'])}" if r["of"] else "")
                          for r in e["roles"]),
                md(e["affiliation"]),
                e["mentions"],
            ]
            for e in self.d["entities"][:200]
        ]
        return self._table(
            "Entities", ["Entity", "Type", "Aliases", "Roles", "Affiliation", "Mentions"], rows
        )

    def timeline(self) -> list[str]:
        rows: list[list[object]] = [
            [md(t["date"] + (f" – {t['end']}" if t["end"] else "")), md(t["kind"]),
             md(t["label"])]
            for t in self.d["timeline"]
        ]
        return self._table("Timeline", ["Date", "Kind", "What"], rows)

    def all(self) -> list[str]:
        """Every story section, in reading order."""
        return [
            *self.events(),
            *self.contradictions(),
            *self.claims(),
            *self.positions(),
            *self.quotes(),
            *self.entities(),
            *self.timeline(),
        ]
