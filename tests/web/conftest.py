"""Fixtures of the browser tests: the app served by uvicorn in a thread, headless Chromium."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")

pytest.importorskip("fastapi", reason="pip install 'communique[serve]' for the web UI")
pytest.importorskip("uvicorn", reason="pip install 'communique[serve]' for the web UI")
pytest.importorskip("playwright.sync_api", reason="pip install playwright for browser tests")
if not CHROMIUM.exists():
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install -y chromium)",
                allow_module_level=True)

import uvicorn  # noqa: E402
from playwright.sync_api import Browser, Dialog, sync_playwright  # noqa: E402

from api.serve_helpers import TOKEN, build_example_store  # noqa: E402
from communique.api import create_app  # noqa: E402
from communique.pipeline import BuildResult  # noqa: E402


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory, examples_build: BuildResult
           ) -> Iterator[str]:
    """The app over a fresh example store, served on 127.0.0.1:<ephemeral>; yields its URL."""
    db = build_example_store(tmp_path_factory.mktemp("web") / "web.db", examples_build)
    yield from _serve(db)


@pytest.fixture(scope="session")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app over a store whose every name, title and outlet is hostile markup."""
    from communique._dossier import Dossier
    from communique.model.story import Story
    from communique.store import open_store

    from support.hostile_story import hostile_dossier

    dossier = Dossier(hostile_dossier())
    db = tmp_path_factory.mktemp("hostile") / "hostile.db"
    with open_store(str(db)) as store:
        store.add_documents(dossier.articles)
        store.save_story(Story(entities=dossier.entities, events=dossier.events,
                               claims=dossier.claims, positions=dossier.positions,
                               contradictions=dossier.contradictions, digest=dossier.digest))
    yield from _serve(db)


def _serve(db: Path) -> Iterator[str]:
    port = _free_port()
    app = create_app(str(db), token=TOKEN, rate_limit=0)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Headless Chromium from the distribution (never a downloaded browser)."""
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Any]:
    """A fresh laptop-sized page; any JavaScript dialog fails the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    new_page = context.new_page()
    dialogs: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        # An alert() from a hostile article would land here: record it, never block on it.
        dialogs.append(dialog.message)
        dialog.dismiss()

    new_page.on("dialog", on_dialog)
    new_page.dialogs = dialogs  # type: ignore[attr-defined]
    yield new_page
    context.close()
