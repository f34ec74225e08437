"""Quotes and speakers on real articles, beside textacy's ``direct_quotations`` in the same run.

Usage::

    python -m communique.eval.quotes_real [GOLD_DIR] [--texts FILE.jsonl] [--no-textacy]
                                          [--half dev|held] [--errors] [--json OUT]

(also ``communique eval quotes``.) ``GOLD_DIR`` (default ``tests/gold/quotes-real``) holds
``quotes.tsv`` (``id``, ``first_words``, ``speaker``, ``kind``, ``speaker_form``, ``note``;
``id`` names the article, or the article then ``-`` or ``:`` and a number) and
``sources.tsv`` (``id``, ``url`` …). The article texts are read
from a git-ignored JSON Lines file (default ``.data/quotes-real.jsonl``: ``{"id", "url",
"text"}``), because real article text never enters the repository. Each text goes through the
clean stage and the extractor as ``communique annotate`` runs them; textacy gets the very same
parsed document. textacy is the ``eval`` extra (``pip install -e '.[eval]'``); without it its
column is left out. Entity duplicates within an article and claim well-formedness are measured
on the same annotated articles.

``--half`` scores one half of the articles, split by the parity of the number in the article
id (``q001`` → 1, odd → ``dev``; ``q002`` → 2, even → ``held``): rules are developed looking
only at the errors of the ``dev`` half, and the ``held`` half tells whether they generalize.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from communique.eval.quotes import Record, match_first_words, score_first_words, speaker_right

DEFAULT_GOLD = Path("tests/gold/quotes-real")
DEFAULT_TEXTS = Path(".data/quotes-real.jsonl")
_ID_SUFFIX = re.compile(r"[-:#_.]\d+$")
_ID_NUMBER = re.compile(r"\d+")
HALVES = ("dev", "held")
"""The two halves of the articles: rules are tuned on ``dev`` errors only."""


@dataclass(frozen=True, slots=True)
class Article:
    """One real article: its gold id and its text (and URL)."""

    id: str
    url: str | None
    text: str


def _tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated file with a header line."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [dict(row) for row in csv.DictReader(handle, delimiter="\t")]


def article_of(quote_id: str, known: Iterable[str]) -> str:
    """The article a gold row belongs to: its id, or its id without a numeric suffix."""
    ids = set(known)
    if quote_id in ids:
        return quote_id
    stripped = _ID_SUFFIX.sub("", quote_id)
    return stripped if stripped in ids else quote_id


def half_of(article_id: str) -> str:
    """The half an article belongs to: ``dev`` when the last number in its id is odd, else
    ``held`` (an id without a number is ``held``, so nothing unplanned is tuned on)."""
    numbers = _ID_NUMBER.findall(article_id)
    return "dev" if numbers and int(numbers[-1]) % 2 == 1 else "held"


def load_gold(gold_dir: Path, articles: Iterable[str]) -> list[dict[str, Any]]:
    """Gold quotes of ``quotes.tsv`` as records (``article``, ``first_words``, ``speaker`` …)."""
    known = list(articles)
    rows = _tsv(gold_dir / "quotes.tsv")
    out: list[dict[str, Any]] = []
    for row in rows:
        article = row.get("article") or article_of(row["id"], known)
        out.append({"article": article, "first_words": row["first_words"],
                    "speaker": row.get("speaker") or None, "kind": row.get("kind") or None,
                    "speaker_form": row.get("speaker_form") or None,
                    "note": row.get("note") or ""})
    return out


def load_texts(path: Path) -> list[Article]:
    """The article texts of a JSON Lines file (``{"id", "url", "text"}`` per line)."""
    found: list[Article] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            found.append(Article(str(record["id"]), record.get("url"), str(record["text"])))
    return found


def gold_from_records(records: Iterable[Record], words: int = 6) -> list[dict[str, Any]]:
    """Span gold (``text`` of each quote) as first-words gold, for seeds and examples."""
    return [{"article": str(r["article"]), "first_words": " ".join(str(r["text"]).split()[:words]),
             "speaker": r.get("speaker"), "kind": r.get("kind"),
             "speaker_form": r.get("speaker_form") or r.get("kind")} for r in records]


def _textacy_records(article: str, doc: Any) -> list[dict[str, Any]]:
    """textacy's direct quotations of a parsed document, as scorer records."""
    from textacy.extract.triples import direct_quotations

    out: list[dict[str, Any]] = []
    try:
        triples = list(direct_quotations(doc))
    except ValueError:
        return out  # textacy gives up on a document with an odd number of marks
    for triple in triples:
        speaker = " ".join(t.text for t in triple.speaker) or None
        content = triple.content.text.strip("\"“”'‘’ ")
        out.append({"article": article, "text": content, "speaker": speaker, "kind": "direct"})
    return out


def extract(articles: Sequence[Article], textacy: bool = True,
            ) -> tuple[dict[str, list[dict[str, Any]]], dict[str, Any]]:
    """Predictions per system (``communique``, maybe ``textacy``) and the annotated documents.

    The second value maps each article id to ``(Document, Annotations)`` for the entity and
    claim measures.
    """
    from communique.clean._document import clean_article
    from communique.eval.quotes import quote_records
    from communique.extract import Extractor
    from communique.model import RawArticle

    extractor = Extractor()
    systems: dict[str, list[dict[str, Any]]] = {"communique": []}
    if textacy:
        systems["textacy"] = []
    annotated: dict[str, Any] = {}
    for article in articles:
        document = clean_article(RawArticle(source=article.id, text=article.text,
                                            url=article.url))
        doc = extractor.nlp(document.text)
        annotations = extractor.annotate(document, doc)
        annotated[article.id] = (document, annotations)
        systems["communique"] += paragraph_records(
            quote_records(article.id, annotations.quotes), document.text)
        if textacy:
            systems["textacy"] += _textacy_records(article.id, doc)
    return systems, annotated


def paragraph_records(records: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """One record per paragraph of a quote that runs over several (the gold convention: a
    paragraph reopened with a mark is a new quotation), each with the quote's speaker."""
    out: list[dict[str, Any]] = []
    for record in records:
        pieces = text[record["start"] : record["end"]].split("\n")
        if len(pieces) == 1:
            out.append(record)
            continue
        for piece in pieces:
            words = piece.strip().lstrip("“\"‘'„«").strip()
            if words:
                out.append({**record, "text": words})
    return out


def has_textacy() -> bool:
    """Whether the optional textacy package can be imported."""
    try:
        import textacy.extract.triples  # noqa: F401
    except ImportError:
        return False
    return True


def render(tables: Mapping[str, Mapping[str, Mapping[str, float]]]) -> str:
    """One Markdown table: per speaker form, each system's found / speaker / end to end."""
    systems = list(tables)
    head = "| speaker form | quotes | " + " | ".join(
        f"{s} found | {s} speaker | {s} end-to-end" for s in systems) + " |"
    lines = [head, "|" + "---|" * (2 + 3 * len(systems))]
    for key, row in tables[systems[0]].items():
        cells = [key, str(int(row["gold"]))]
        for s in systems:
            r = tables[s][key]
            cells += [f"{r['found']:.3f}", f"{r['speaker']:.3f}", f"{r['end_to_end']:.3f}"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def errors(gold: Sequence[Record], predicted: Sequence[Record]) -> list[str]:
    """One line per gold quote not found or wrongly attributed."""
    pairs = match_first_words(gold, predicted)
    lines: list[str] = []
    for i, g in enumerate(gold):
        where = f"{g['article']} [{g.get('speaker_form')}/{g.get('kind')}] {g['first_words']!r}"
        if i not in pairs:
            lines.append(f"MISSED   {where} gold={g.get('speaker')!r}")
        elif not speaker_right(g.get("speaker"), predicted[pairs[i]].get("speaker")):
            lines.append(f"SPEAKER  {where} gold={g.get('speaker')!r} "
                         f"got={predicted[pairs[i]].get('speaker')!r}")
    return lines


@dataclass(frozen=True, slots=True)
class Report:
    """What one run measured: the quote tables, the errors, entity and claim measures."""

    articles: int
    gold: int
    predicted: dict[str, int]
    tables: dict[str, dict[str, dict[str, float]]]
    errors: list[str]
    measures: dict[str, Any]


def side_measures(annotated: Mapping[str, Any]) -> dict[str, Any]:
    """Entity duplicates and claim well-formedness over the annotated articles."""
    from collections import Counter

    from communique.eval.claims import claim_problems, repeated_in_sentence
    from communique.eval.entities import NAMED_TYPES, duplicate_groups

    named = duplicates = 0
    groups: list[str] = []
    problems: Counter[str] = Counter()
    claims = bad = repeated = 0
    for article, (_document, found) in annotated.items():
        named += sum(1 for e in found.entities if e.label.value in NAMED_TYPES)
        for group in duplicate_groups(found.entities):
            duplicates += len(group) - 1
            groups.append(f"{article}: {' = '.join(group)}")
        for claim in found.claims:
            kinds = claim_problems(claim)
            claims += 1
            bad += bool(kinds)
            problems.update(kinds)
        repeated += repeated_in_sentence(found.claims)
    return {"named_entities": named, "entity_duplicates": duplicates, "duplicate_groups": groups,
            "claims": claims, "claims_with_problems": bad, "claim_problems": dict(problems),
            "claims_repeated_in_sentence": repeated}


def evaluate(gold_dir: Path, texts: Path, textacy: bool = True,
             half: str | None = None) -> Report:
    """Run communique (and textacy, when asked and installed) over the gold's articles (or
    over one :data:`HALVES` of them)."""
    articles = load_texts(texts)
    gold = load_gold(gold_dir, [a.id for a in articles])
    if half is not None:
        gold = [g for g in gold if half_of(g["article"]) == half]
    wanted = {g["article"] for g in gold}
    articles = [a for a in articles if a.id in wanted]
    systems, annotated = extract(articles, textacy=textacy and has_textacy())
    tables = {name: score_first_words(gold, predicted) for name, predicted in systems.items()}
    return Report(len(articles), len(gold), {n: len(p) for n, p in systems.items()}, tables,
                  errors(gold, systems["communique"]), side_measures(annotated))


def render_report(report: Report, details: bool = False) -> str:
    """The table, the entity and claim measures, and (with ``details``) every error."""
    m = report.measures
    lines = [f"{report.articles} articles, {report.gold} gold quotes; predicted: "
             + ", ".join(f"{name} {n}" for name, n in report.predicted.items()),
             render(report.tables), "",
             f"entities: {m['named_entities']} persons/organizations/others, "
             f"{m['entity_duplicates']} duplicates within an article",
             f"claims: {m['claims']}, {m['claims_with_problems']} not self-contained "
             f"{m['claim_problems']}, {m['claims_repeated_in_sentence']} repeated in a sentence"]
    if details:
        lines += ["", *m["duplicate_groups"], "", *report.errors]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the comparison and print the report (and errors with ``--errors``)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--no-textacy", action="store_true")
    parser.add_argument("--half", choices=HALVES, default=None,
                        help="score only the dev (odd id) or held (even id) articles")
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    if not args.texts.is_file() or not (args.gold_dir / "quotes.tsv").is_file():
        print(f"need {args.gold_dir / 'quotes.tsv'} and {args.texts}", file=sys.stderr)
        return 2
    report = evaluate(args.gold_dir, args.texts, textacy=not args.no_textacy, half=args.half)
    print(render_report(report, details=args.errors))
    if args.json is not None:
        args.json.write_text(json.dumps({"tables": report.tables, **report.measures}, indent=2),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
