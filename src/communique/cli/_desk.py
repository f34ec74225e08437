"""``communique watch`` and ``communique config``: follow a story, show the settings."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Annotated

import typer
from rich.console import Console

err = Console(stderr=True)


def add_desk_commands(app: typer.Typer,
                      errors: Callable[[], AbstractContextManager[None]]) -> None:
    """Attach ``watch`` and ``config`` to ``app``; ``errors`` is the CLI's error boundary."""

    @app.command("watch")
    def watch_command(
        sources: Annotated[
            list[str] | None,
            typer.Argument(help="RSS/Atom feeds, page URLs, URL-list files (one URL a line) "
                           "and folders.")] = None,
        db: Annotated[str | None, typer.Option(help="The store to add to [COMMUNIQUE_DB].")
                      ] = None,
        every: Annotated[
            str | None, typer.Option(help="Time between cycles: 90s, 15m, 2h (default 15m).")
        ] = None,
        delay: Annotated[
            float | None, typer.Option(help="Seconds between requests to one host (2).")
        ] = None,
        timeout: Annotated[
            float | None, typer.Option(help="Seconds allowed for one request (20).")] = None,
        retries: Annotated[
            int | None, typer.Option(help="Retries of a request that may pass (2).")] = None,
        cycles: Annotated[
            int | None, typer.Option(min=1, help="Stop after this many cycles.")] = None,
        processes: Annotated[int, typer.Option("--processes", "-j", min=1)] = 1,
        log_format: Annotated[str | None, typer.Option(help="Logs as text or json.")] = None,
        config: Annotated[str | None, typer.Option(help="A TOML configuration file.")] = None,
    ) -> None:
        """Poll feeds, pages, URL lists and folders; add what is new; one log line a cycle.

        Stops cleanly on Ctrl-C or SIGTERM: the cycle in progress ends where it is and
        anything not yet recorded is fetched again next time.
        """
        from communique._config import load_settings
        from communique._logs import setup_logging
        from communique.errors import ConfigError
        from communique.watch import WatchOptions, parse_interval, watch

        with errors():
            settings = load_settings({
                "db": db, "watch.sources": sources or None, "watch.every": every,
                "watch.delay": delay, "watch.timeout": timeout, "watch.retries": retries,
                "log_format": log_format}, config)
            if not settings["db"]:
                raise ConfigError("no store to add to", fix="pass --db or set COMMUNIQUE_DB")
            setup_logging(settings["log_format"], settings["log_level"])
            options = WatchOptions(
                every=parse_interval(settings["watch.every"]), delay=settings["watch.delay"],
                timeout=settings["watch.timeout"], retries=settings["watch.retries"],
                max_items=settings["watch.max_items"], cycles=cycles, processes=processes)
            stop = threading.Event()
            previous = {sig: signal.signal(sig, lambda *_: stop.set())
                        for sig in (signal.SIGINT, signal.SIGTERM)}
            try:
                reports = watch(settings["watch.sources"], settings["db"], options, stop=stop)
            finally:
                for sig, handler in previous.items():
                    signal.signal(sig, handler)
            new = sum(r.new for r in reports)
            how = "stopped by a signal" if stop.is_set() else "done"
            err.print(f"watch {how}: {len(reports)} cycles, {new} new articles", highlight=False)

    @app.command("config")
    def config_command(
        config: Annotated[str | None, typer.Option(help="A TOML configuration file.")] = None,
    ) -> None:
        """Show every setting in force and where it came from (flag, env, file, default)."""
        from communique._config import load_settings

        with errors():
            settings = load_settings({}, config)
            # Plain lines (no markup, no wrapping): the output is meant to be read and grepped.
            typer.echo(f"configuration file: {settings.file or '(none)'}")
            for name, value, origin in settings.shown():
                typer.echo(f"{name:<18} {value:<32} {origin}")
