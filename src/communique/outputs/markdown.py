"""``dossier.md``: the dossier for reading, rendered from the dossier object alone."""

from __future__ import annotations

from collections import Counter
from typing import Any

from communique.outputs._md import digest as md_digest
from communique.outputs._md import text as md
from communique.outputs._story_md import StorySections


def _table(headers: list[str], rows: list[list[object]]) -> list[str]:
    """Render a Markdown table; every cell is data, escaped (see :mod:`._md`)."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join("" if v is None else md(v) for v in row) + " |" for row in rows]
    return lines


def _corpus_section(corpus: dict[str, Any]) -> list[str]:
    """The key numbers of the corpus."""
    span = corpus["date_range"]
    outlets = ", ".join(f"{md(o['name'])} ({o['articles']})" for o in corpus["outlets"])
    return [
        "## Corpus",
        "",
        f"- **{corpus['articles']}** articles ({corpus['independent_articles']} independent, "
        f"{corpus['duplicates']} duplicates), {corpus['words']} words",
        f"- Published **{span['start'] or '?'}** to **{span['end'] or '?'}**",
        f"- Outlets: {outlets or 'none known'}",
        f"- Languages: {', '.join(f'{md(k)} ({v})' for k, v in corpus['languages'].items())}",
        "",
    ]


def _articles_section(articles: list[dict[str, Any]]) -> list[str]:
    """One row per article, with where its date came from and what it duplicates."""
    rows: list[list[object]] = []
    for a in articles:
        date = f"{a['published'] or '—'} ({a['published_basis']})"
        dup = f"{a['duplicate_kind']} copy of {a['duplicate_of']}" if a["duplicate_of"] else ""
        rows.append(
            [
                a["id"],
                a["outlet"] or "—",
                date,
                a["title"] or "—",
                a["author"] or "—",
                a["language"] or "?",
                a["words"],
                dup,
            ]
        )
    headers = ["id", "outlet", "published", "title", "author", "lang", "words", "duplicate"]
    return ["## Articles", "", *_table(headers, rows), ""]


def _removed_section(articles: list[dict[str, Any]]) -> list[str]:
    """What cleaning removed, counted by reason, then listed per article."""
    reasons = Counter(r["reason"] for a in articles for r in a["removed"])
    lines = ["## Removed boilerplate", ""]
    if not reasons:
        return [*lines, "Nothing was removed.", ""]
    lines.append(", ".join(f"{md(reason)}: {n}" for reason, n in sorted(reasons.items())))
    lines.append("")
    for a in articles:
        for r in a["removed"]:
            lines.append(f"- `{a['id']}` *{md(r['reason'])}*: {md(r['text'][:160])}")
    return [*lines, ""]


def _skipped_section(skipped: list[dict[str, Any]]) -> list[str]:
    """Inputs that were reported and skipped."""
    if not skipped:
        return []
    lines = ["## Skipped inputs", ""]
    lines += [f"- {md(s['source'])}: {md(s['reason'])} \\[{md(s['code'])}\\]" for s in skipped]
    return [*lines, ""]


def render_markdown(dossier: dict[str, Any]) -> str:
    """Render the whole dossier as Markdown."""
    lines = [
        "# Dossier",
        "",
        f"*{md(dossier['generator'])}, generated {md(dossier['generated_at'])}, "
        f"schema {md(dossier['schema'])}*",
        "",
    ]
    if dossier.get("digest"):
        lines += ["## Digest", "", md_digest(dossier["digest"]), ""]
    lines += _corpus_section(dossier["corpus"])
    lines += StorySections(dossier).all()
    lines += _articles_section(dossier["articles"])
    lines += _removed_section(dossier["articles"])
    lines += _skipped_section(dossier["corpus"]["skipped"])
    return "\n".join(lines).rstrip() + "\n"
