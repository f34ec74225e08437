"""``communique eval …``: scorers that compare what communique finds with gold data.

Each command is a thin wrapper over a scorer in :mod:`communique.eval`; they print tables a
person reads (quality is measured, not asserted), and optionally write JSON for scripts.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from communique.errors import InputError

eval_app = typer.Typer(
    name="eval",
    help="Score communique's output against gold data (dev stories, dates, quotes, languages).",
    no_args_is_help=True,
)
out = Console()


def _read_json(path: Path) -> dict[str, object]:
    """A JSON object from ``path``, or an :class:`InputError` that says what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(path), f"not a readable JSON file: {exc}", code="E121") from exc
    if not isinstance(data, dict):
        raise InputError(str(path), "not a dossier (a JSON object is expected)", code="E121")
    return data


@eval_app.command("story")
def story_command(
    dossier_path: Annotated[Path, typer.Argument(help="The dossier.json built from the story.")],
    gold_dirs: Annotated[
        list[Path],
        typer.Argument(help="The story's gold folder(s); each file is read from the first "
                       "folder that has it (e.g. ../shared/dev-stories/iran tests/gold/…)."),
    ],
    details: Annotated[bool, typer.Option(help="Also list misses, phantoms, samples.")] = False,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the scores here.")] = None,
) -> None:
    """Score a dev story's dossier: meetings, heads, parties, dates, contradictions, copies."""
    from communique.cli._app import _errors
    from communique.eval._story_gold import load_story_gold
    from communique.eval.story import render, score_story

    with _errors():
        gold = load_story_gold(gold_dirs)
        score = score_story(_read_json(dossier_path), gold)
        out.print(render([score], details=details), markup=False, highlight=False)
        if json_out is not None:
            json_out.write_text(json.dumps(asdict(score), indent=1), encoding="utf-8")


_MEANTIME = Path("..") / "shared" / "data" / "meantime_english"


@eval_app.command("dates")
def dates_command(
    data: Annotated[Path, typer.Argument(help="MEANTIME English (the folder holding "
                                         "intra_cross-doc_annotation/).")] = _MEANTIME,
    peer: Annotated[bool, typer.Option(help="Also run HeidelTime (the 'eval' extra and Java) "
                                       "on the same texts.")] = True,
    errors: Annotated[bool, typer.Option(help="Also list every disagreement with the gold.")]
    = False,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the scores here.")] = None,
) -> None:
    """TimeML dates on MEANTIME: strict/relaxed span, value F1, type; ours beside HeidelTime."""
    from communique.cli._app import _errors
    from communique.eval.dates import compare, error_kinds, heideltime, meantime_documents, ours
    from communique.eval.dates import render as render_dates

    with _errors():
        documents = meantime_documents(data)
        systems = [("communique", ours), *([("HeidelTime", heideltime)] if peer else [])]
        results = compare(documents, systems)
        out.print(render_dates(results, f"MEANTIME English ({len(documents)} articles)"),
                  markup=False, highlight=False, soft_wrap=True)
        for result in results:
            kinds = ", ".join(f"{kind} {n}" for kind, n in error_kinds(result))
            out.print(f"\n{result.name}, most frequent errors: {kinds}", markup=False,
                      highlight=False, soft_wrap=True)
            if errors:
                out.print("\n".join(e.line for e in result.errors), markup=False,
                          highlight=False, soft_wrap=True)
        if json_out is not None:
            json_out.write_text(json.dumps({r.name: r.scores for r in results}, indent=1),
                                encoding="utf-8")


@eval_app.command("lang")
def lang_command(
    examples: Annotated[Path, typer.Argument(help="The example folder (with parallel/).")] = Path(
        "examples"),
    real: Annotated[Path | None, typer.Option(
        help="Also score person linking and places on real articles: the gold folder "
        "(tests/gold/multilingual-real), texts from .data/multilingual-real.jsonl.")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the scores here.")] = None,
    errors: Annotated[bool, typer.Option(help="With --real, also list every article's misses "
                                         "(persons, places, dates, quotes, speakers).")] = False,
) -> None:
    """Score the parallel examples per language, as a ratio of the English scores."""
    from communique.cli._app import _errors
    from communique.eval.languages import load_parallel_gold, render, score_languages
    from communique.extract import all_annotations, extract_documents
    from communique.pipeline import BuildOptions, build

    with _errors():
        gold = load_parallel_gold(examples / "parallel", examples / "gold.json")
        originals = sorted({k.split("#")[0] for k, v in gold.items() if v["language"] == "en"})
        inputs = [str(examples / "parallel"), *(str(examples / name) for name in originals)]
        documents = build(inputs, BuildOptions(story=False)).documents
        annotated = all_annotations(extract_documents(documents))
        scores = score_languages(documents, annotated, gold, examples)
        out.print(render(scores), markup=False, highlight=False)
        if json_out is not None:
            data = {s.language: {c: asdict(n) | {"f1": n.f1} for c, n in s.counts.items()}
                    for s in scores}
            json_out.write_text(json.dumps(data, indent=1), encoding="utf-8")
        if real is not None:
            _real_scores(real, errors)


def _real_scores(folder: Path, errors: bool = False) -> None:
    """Print person linking and places on the real multilingual gold."""
    from communique.eval.languages_real import (
        load_real_gold,
        real_inputs,
        render_errors,
        render_real,
        score_real,
    )
    from communique.extract import all_annotations, extract_documents
    from communique.pipeline import BuildOptions, build

    texts = Path(".data") / "multilingual-real.jsonl"
    gold = load_real_gold(folder)
    ids = real_inputs(texts, gold)
    documents = build([str(texts)], BuildOptions(story=False)).documents
    misses: dict[str, list[str]] | None = {} if errors else None
    scores = score_real(documents, all_annotations(extract_documents(documents)), gold, ids,
                        misses)
    out.print(f"\nReal articles ({len(ids)}): person linking and places", markup=False)
    out.print(render_real(scores), markup=False, highlight=False)
    if misses:
        out.print(render_errors(misses), markup=False, highlight=False)


@eval_app.command("quotes")
def quotes_command(
    gold_dir: Annotated[Path, typer.Argument(help="Gold folder with quotes.tsv.")]
    = Path("tests/gold/quotes-real"),
    texts: Annotated[Path, typer.Option(help="The articles' texts, JSON Lines {id, url, text} "
                                        "(git-ignored).")] = Path(".data/quotes-real.jsonl"),
    peer: Annotated[bool, typer.Option(help="Also run textacy's direct_quotations (the 'eval' "
                                       "extra) on the same parsed texts.")] = True,
    errors: Annotated[bool, typer.Option(help="Also list every miss and wrong speaker.")]
    = False,
    half: Annotated[str | None, typer.Option(help="Score one half of the articles: 'dev' (odd "
                                             "id number) or 'held' (even).")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the scores here.")] = None,
) -> None:
    """Quotes and speakers on real articles (found, speaker, end to end, by speaker form)
    beside textacy; entity duplicates and claim well-formedness on the same articles."""
    from communique.cli._app import _errors
    from communique.eval.quotes_real import HALVES, evaluate, render_report

    with _errors():
        for path in (gold_dir / "quotes.tsv", texts):
            if not path.is_file():
                raise InputError(str(path), "not found", code="E101",
                                 fix="pass the gold folder and --texts with the article texts")
        if half is not None and half not in HALVES:
            raise InputError(half, "not a half", code="E101", fix="pass --half dev or --half held")
        report = evaluate(gold_dir, texts, textacy=peer, half=half)
        out.print(render_report(report, details=errors), markup=False, highlight=False,
                  soft_wrap=True)
        if json_out is not None:
            json_out.write_text(json.dumps({"tables": report.tables, **report.measures},
                                           indent=1), encoding="utf-8")
