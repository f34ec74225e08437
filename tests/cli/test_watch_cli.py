"""``communique watch`` and ``communique config`` as a user runs them."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from watch.feed_server import article_html

REPO = Path(__file__).resolve().parents[2]
EXE = [str(Path(sys.executable).parent / "communique")]


@pytest.mark.slow
def test_watch_a_folder_until_sigterm(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "one.html").write_text(article_html("inbox", 1), encoding="utf-8")
    db = tmp_path / "story.db"
    process = subprocess.Popen(
        [*EXE, "watch", str(inbox), "--db", str(db), "--every", "1s", "--log-format", "json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path,
        env={**os.environ, "COMMUNIQUE_CONFIG": ""})
    lines: list[dict[str, object]] = []
    deadline = time.monotonic() + 120
    assert process.stderr is not None
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if line.startswith("{"):
            lines.append(json.loads(line))
            if lines[-1]["message"] == "cycle" and lines[-1]["cycle"] == 2:
                break
        if not line and process.poll() is not None:
            break
    process.send_signal(signal.SIGTERM)
    _, rest = process.communicate(timeout=60)
    assert process.returncode == 0, rest
    cycles = [entry for entry in lines if entry["message"] == "cycle"]
    assert [c["new"] for c in cycles[:2]] == [1, 0], lines
    assert "watch stopped by a signal" in rest
    import communique

    dossier = communique.Dossier.from_store(db)
    assert len(dossier.articles) == 1 and dossier.events  # extracted and merged


def test_config_shows_sources_of_values(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text('[serve]\nport = 9001\n', encoding="utf-8")
    done = subprocess.run([*EXE, "config", "--config", str(config)], capture_output=True,
                          text=True, timeout=60, check=False,
                          env={**os.environ, "COMMUNIQUE_TOKEN": "hidden-value"})
    assert done.returncode == 0, done.stderr
    assert "9001" in done.stdout and f"file {config}" in done.stdout
    assert "hidden-value" not in done.stdout and "***" in done.stdout


def test_watch_without_a_store_is_a_usage_error(tmp_path: Path) -> None:
    done = subprocess.run([*EXE, "watch", str(tmp_path)], capture_output=True, text=True,
                          timeout=60, check=False, cwd=tmp_path,
                          env={k: v for k, v in os.environ.items() if k != "COMMUNIQUE_DB"})
    assert done.returncode == 2 and "no store" in done.stderr
