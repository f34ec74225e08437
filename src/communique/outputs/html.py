"""``dossier.html``: one self-contained page, every fact linked to its highlighted evidence.

No scripts, no external assets: the page opens offline from a file. All article text is escaped
(articles are untrusted input). Evidence links point at anchors inside the article section,
where each supporting passage is a ``<mark>``; the ``:target`` rule makes the followed passage
stand out.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from communique.model.story import signed_word, status_word
from communique.outputs._page_charts import CHART_CSS, page_charts
from communique.outputs._story_md import reported

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;max-width:72rem;margin:0 auto;padding:1rem;color:#222}
h1{font-size:1.6rem}h2{border-bottom:2px solid #ddd;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border:1px solid #ddd;
padding:.3rem .5rem;vertical-align:top;text-align:left}th{background:#f4f4f4}
mark{background:#fff3b0}
mark:target,span.anchor:target+mark{background:#ffb347;outline:2px solid #e67e00}
.badge{display:inline-block;padding:0 .4rem;border-radius:.6rem;font-size:.8rem;color:#fff}
.corroborated{background:#2e7d32}.single_source{background:#757575}
.contradicted{background:#c62828}
.ev{font-size:.8rem;margin-left:.2rem}
.article{border:1px solid #ddd;padding:.5rem 1rem;margin:1rem 0}
.article p{white-space:pre-wrap}.meta{color:#666;font-size:.85rem}
@media (max-width:40rem){table,tbody,tr,td,th{display:block}th{display:none}}
"""
_CSS += CHART_CSS


def _anchor(evidence: dict[str, Any]) -> str:
    """The id of the anchor of one evidence passage."""
    return f"a-{evidence['article']}-{evidence['start']}-{evidence['end']}"


def _links(evidence: Iterable[dict[str, Any]], numbers: dict[str, int]) -> str:
    """Links ``[n]`` to each evidence passage."""
    return "".join(
        f'<a class="ev" href="#{_anchor(e)}" title="{escape(e["text"][:200])}">'
        f"[{numbers.get(e['article'], '?')}]</a>"
        for e in evidence
    )


def _table(headers: list[str], rows: list[list[str]], ids: list[str] | None = None) -> str:
    """An HTML table; cells are already-escaped HTML; ``ids`` name the rows (link targets)."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    names = ids or [""] * len(rows)
    body = "".join((f'<tr id="{escape(name)}">' if name else "<tr>")
                   + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
                   for row, name in zip(rows, names, strict=True))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _marked_text(text: str, spans: list[tuple[int, int]], article: str) -> str:
    """Article text with every evidence span marked and anchored (ids ``a-<article>-<start>-
    <end>``, as :func:`_anchor` writes them), all of it escaped. The ids are written here, not
    substituted afterwards: article text must never be rewritten."""
    cuts = sorted({0, len(text), *(s for s, _ in spans), *(e for _, e in spans)})
    starts: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for span in spans:
        starts[span[0]].append(span)
    parts = []
    for a, b in itertools.pairwise(cuts):
        for start, end in starts.get(a, []):
            anchor = _anchor({"article": article, "start": start, "end": end})
            parts.append(f'<span class="anchor" id="{escape(anchor)}"></span>')
        chunk = escape(text[a:b])
        covered = any(s <= a and b <= e for s, e in spans)
        parts.append(f"<mark>{chunk}</mark>" if covered else chunk)
    return "".join(parts)


class _Page:
    """Builds the page from a dossier dict."""

    def __init__(self, dossier: dict[str, Any]) -> None:
        self.d = dossier
        self.numbers = {a["id"]: i + 1 for i, a in enumerate(dossier["articles"])}
        self.names = {e["id"]: e["name"] for e in dossier["entities"]}
        self.spans: dict[str, set[tuple[int, int]]] = defaultdict(set)

    def name(self, ref: str | None) -> str:
        return escape(self.names.get(ref or "", ref or "—"))

    def ev(self, evidence: Iterable[dict[str, Any]]) -> str:
        items = list(evidence)
        for e in items:
            self.spans[e["article"]].add((e["start"], e["end"]))
        return _links(items, self.numbers)

    def events(self) -> str:
        rows = []
        for e in self.d["events"]:
            delegations = "; ".join(
                f"{self.name(p)}: "
                + ", ".join(
                    [f"<b>{self.name(h)}</b>" for h in d.get("heads", [])]
                    + [self.name(m) for m in d.get("members", [])]
                )
                for p, d in e["delegations"].items()
            )
            ordinals = ", ".join(f"{o['value']}{self.ev([o['evidence']])}" for o in e["ordinals"])
            outcomes = "<br>".join(
                f"{self.name(o['party'])}: “{escape(o['assessment'])}”{self.ev([o['evidence']])}"
                for o in e["outcomes"]
            )
            rows.append(
                [
                    f"<b>{escape(e['title'])}</b>"
                    + (f"<br>{signed_word(e['type'])}: {escape(e['signed'])}"
                       if e.get("signed") else ""),
                    escape(e["type"]),
                    escape(status_word(e["type"], e.get("status", "held"))),
                    escape(f"{e['start'] or '?'} – {e['end'] or '?'}"),
                    escape(e["place"] or "—"),
                    ", ".join(self.name(p) for p in e["parties"]),
                    ", ".join(self.name(m) for m in e["mediators"]),
                    delegations,
                    ordinals,
                    outcomes,
                    f"{e['support']} {self.ev(e['evidence'])}",
                ]
            )
        return _table(
            [
                "Event",
                "Type",
                "Status",
                "Dates",
                "Place",
                "Parties",
                "Mediators",
                "Delegations",
                "Round no.",
                "Outcomes",
                "Support",
            ],
            rows,
            [e["id"] for e in self.d["events"]],
        )

    def claims(self) -> str:
        rows = []
        for c in self.d["claims"]:
            badge = f'<span class="badge {c["status"]}">{c["status"].replace("_", " ")}</span>'
            value = c["value"]["text"] if isinstance(c["value"], dict) else ""
            rows.append(
                [
                    escape(c["text"]),
                    escape(value or ""),
                    badge,
                    f"{c['support']} {self.ev(c['evidence'])}",
                ]
            )
        return _table(["Claim", "Value", "Status", "Support"], rows)

    def contradictions(self) -> str:
        rows = []
        for x in self.d["contradictions"]:
            sides = "<br>".join(
                f"<b>{escape(str(s['value']))}</b> {self.ev(s['evidence'])}" for s in x["sides"]
            )
            rows.append([escape(x["kind"]), escape(x["note"]), sides])
        return _table(["Kind", "What", "Sides"], rows)

    def positions(self) -> str:
        rows = [
            [
                self.name(p["party"]),
                escape(p["issue"]["label"]),
                escape(p["stance"]),
                escape(p["summary"]),
                escape(str(p["value"] or "")),
                escape(reported(p)),
                self.ev(p["evidence"]),
            ]
            for p in self.d["positions"]
        ]
        return _table(["Party", "Issue", "Stance", "Summary", "Value", "Reported", "Evidence"],
                      rows, [p["id"] for p in self.d["positions"]])

    def quotes(self) -> str:
        rows = [
            [
                self.name(q["speaker"]) if q["speaker"] else escape(q["speaker_text"] or "—"),
                f"“{escape(q['text'])}”",
                escape(q["kind"]),
                escape(q["channel"] or ""),
                f"{len(q['also_in']) + 1} {self.ev(q['evidence'])}",
            ]
            for q in self.d["quotes"]
        ]
        return _table(["Speaker", "Quote", "Kind", "Channel", "Articles"], rows)

    def entities(self) -> str:
        rows = []
        for e in self.d["entities"][:300]:
            roles = "<br>".join(
                f"{escape(r['title'])}{' of ' + escape(r['of']) if r['of'] else ''}"
                f"{self.ev(r['evidence'])}"
                for r in e["roles"]
            )
            rows.append(
                [
                    escape(e["name"]),
                    escape(e["type"]),
                    escape(", ".join(e["aliases"])),
                    roles,
                    escape(e["affiliation"] or ""),
                    str(e["mentions"]),
                ]
            )
        return _table(["Entity", "Type", "Aliases", "Roles", "Affiliation", "Mentions"], rows,
                      [e["id"] for e in self.d["entities"][:300]])

    def timeline(self) -> str:
        rows = [
            [
                escape(t["date"] + (f" – {t['end']}" if t["end"] else "")),
                escape(t["kind"]),
                escape(t["label"]),
            ]
            for t in self.d["timeline"]
        ]
        return _table(["Date", "Kind", "What"], rows)

    def articles(self) -> str:
        blocks = []
        for a in self.d["articles"]:
            n = self.numbers[a["id"]]
            spans = sorted(self.spans.get(a["id"], ()))
            body = _marked_text(a["text"], spans, a["id"])
            dup = (
                f" · duplicate of [{self.numbers.get(a['duplicate_of'], '?')}]"
                if a["duplicate_of"]
                else ""
            )
            blocks.append(
                f'<div class="article" id="art-{escape(a["id"])}"><h3>[{n}] '
                f'{escape(a["title"] or a["source"])}</h3><div class="meta">'
                f"{escape(a['outlet'] or '?')} · {escape(a['published'] or 'undated')} "
                f"({escape(a['published_basis'])}) · {escape(a['language'] or '?')}{dup}</div>"
                f"<p>{body}</p></div>"
            )
        return "".join(blocks)


_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)([^*]+?)(?<!\s)\*(?![\w*])")
_REF = re.compile(r"\[(\d+)\]")


def inline_markdown(text: str, articles: Sequence[str] = ()) -> str:
    """One line of the digest's Markdown as HTML: escaped first, then ``**bold**``,
    ``*italic*`` and ``[n]`` references linked to article ``n`` — so that article text, which
    is untrusted, can never inject markup."""
    html = _ITALIC.sub(r"<em>\1</em>", _BOLD.sub(r"<strong>\1</strong>", escape(text)))

    def link(match: re.Match[str]) -> str:
        n = int(match.group(1))
        if not 1 <= n <= len(articles):
            return match.group(0)
        return f'<a class="ev" href="#art-{escape(articles[n - 1])}">[{n}]</a>'

    return _REF.sub(link, html)


def digest_items(digest: str, articles: Sequence[str] = ()) -> str:
    """The digest's Markdown list as HTML ``<li>`` items."""
    return "".join(
        f"<li>{inline_markdown(line[2:], articles)}</li>"
        for line in digest.splitlines()
        if line.startswith("- ")
    )


def render_html(dossier: dict[str, Any]) -> str:
    """The dossier as one self-contained HTML page."""
    page = _Page(dossier)
    corpus = dossier["corpus"]
    sections = [
        ("Events and rounds", page.events()),
        ("Contradictions", page.contradictions()),
        ("Claims", page.claims()),
        ("Positions", page.positions()),
        ("Quotes", page.quotes()),
        ("Entities", page.entities()),
        ("Timeline", page.timeline()),
    ]
    pictures = page_charts(dossier)
    digest = digest_items(dossier["digest"], [a["id"] for a in dossier["articles"]])
    articles = page.articles()  # last: it needs every evidence span collected above
    body = "".join(f"<h2>{escape(title)}</h2>{html}" for title, html in sections)
    date_range = corpus["date_range"]
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">"
        f"<title>communique dossier</title><style>{_CSS}</style></head><body>"
        f'<h1>Dossier</h1><p class="meta">{corpus["articles"]} articles from '
        f"{len(corpus['outlets'])} outlets, {escape(str(date_range['start']))} – "
        f"{escape(str(date_range['end']))} · generated {escape(dossier['generated_at'])}</p>"
        f'<h2>Digest</h2><ul class="digest">{digest}</ul>{pictures}'
        f'<div class="screen-only">{body}<h2>Articles</h2>{articles}</div></body></html>\n'
    )
