"""The command line as a user runs it: exit codes, messages, outputs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from communique import __version__
from communique.cli import app
from communique.store import open_store

from support.faults import POISONED_TEXT, poison

runner = CliRunner()

BODY = (
    "Negotiators from the two delegations met in the capital on Monday for a second day of talks.\n"
    "The mediator said the sides had agreed to meet again next week, without giving a date.\n"
)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.stdout


def _command_paths(command: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command and sub-command of the CLI, as the words that invoke it."""
    paths = [prefix]
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        paths += _command_paths(sub, (*prefix, name))
    return paths


def test_help_on_every_command() -> None:
    import typer.main

    paths = _command_paths(typer.main.get_command(app))
    # Found from the CLI itself, so a new command is covered without editing this test.
    assert {"build", "add", "export", "bench", "serve"} <= {p[0] for p in paths if p}
    for path in paths:
        for flag in ("--help", "-h"):
            result = runner.invoke(app, [*path, flag])
            assert result.exit_code == 0, (path, result.output)
            assert "Usage" in result.stdout and (not path or path[-1] in result.stdout)


def test_build_reports_and_skips_bad_inputs(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    _write(corpus / "a.txt", BODY)
    _write(corpus / "b.txt", BODY.replace("Monday", "Tuesday").replace("second", "third"))
    _write(corpus / "empty.txt", "   \n")
    (corpus / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    dossier = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    assert dossier["schema"] == "communique.dossier/1"
    assert sorted(Path(a["source"]).name for a in dossier["articles"]) == ["a.txt", "b.txt"]
    skipped = {Path(s["source"]).name for s in dossier["corpus"]["skipped"]}
    assert skipped == {"empty.txt", "blob.txt"}
    assert "empty.txt" in result.stderr and "blob.txt" in result.stderr
    assert (out / "dossier.md").read_text(encoding="utf-8").startswith("# Dossier")


def test_strict_turns_skips_into_failure(tmp_path: Path) -> None:
    good = _write(tmp_path / "a.txt", BODY)
    missing = tmp_path / "nope.txt"
    result = runner.invoke(
        app, ["build", str(good), str(missing), "--strict", "--out", str(tmp_path / "out")]
    )
    assert result.exit_code == 4
    assert "nope.txt" in result.stderr
    # The good article was still processed and written before failing.
    assert (tmp_path / "out" / "dossier.json").exists()


def test_no_readable_input_exits_3(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(tmp_path / "missing.txt"), "--out", str(tmp_path)])
    assert result.exit_code == 3
    assert "[E120]" in result.stderr
    assert "Traceback" not in result.output


def test_unwritable_output_exits_5(tmp_path: Path) -> None:
    good = _write(tmp_path / "a.txt", BODY)
    blocker = _write(tmp_path / "file", "not a directory")
    result = runner.invoke(app, ["build", str(good), "--out", str(blocker / "sub")])
    assert result.exit_code == 5
    assert "[E600]" in result.stderr


def test_stdin(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", "-", "--out", str(tmp_path)], input=BODY)
    assert result.exit_code == 0, result.output
    dossier = json.loads((tmp_path / "dossier.json").read_text(encoding="utf-8"))
    assert [a["source"] for a in dossier["articles"]] == ["<stdin>"]


def test_rerun_gives_same_ids(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", BODY)
    ids = []
    for run in ("one", "two"):
        result = runner.invoke(
            app, ["build", str(tmp_path / "a.txt"), "--out", str(tmp_path / run)]
        )
        assert result.exit_code == 0, result.output
        dossier = json.loads((tmp_path / run / "dossier.json").read_text(encoding="utf-8"))
        ids.append([a["id"] for a in dossier["articles"]])
    assert ids[0] == ids[1]


def test_an_article_whose_extraction_fails_is_skipped_not_the_batch(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    poison(monkeypatch)
    good = _write(tmp_path / "a.txt", BODY)
    bad = _write(tmp_path / "bad.txt", POISONED_TEXT)
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(good), str(bad), "--out", str(out)])
    assert result.exit_code == 0, result.output
    dossier = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    assert [Path(a["source"]).name for a in dossier["articles"]] == ["a.txt"]
    (skipped,) = dossier["corpus"]["skipped"]
    assert Path(skipped["source"]).name == "bad.txt" and skipped["code"] == "E302"
    assert "bad.txt" in result.stderr and "E302" in result.stderr
    strict = runner.invoke(app, ["build", str(good), str(bad), "--strict", "--out", str(out)])
    assert strict.exit_code == 4


def test_nul_and_lone_surrogates_in_a_record_lose_nothing(tmp_path: Path) -> None:
    records = [{"text": BODY + "A NUL \u0000 and a lone \ud800 surrogate.", "title": "x\ud800"},
               {"text": BODY.replace("Monday", "Friday")}]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out, db = tmp_path / "out", tmp_path / "story.db"
    result = runner.invoke(app, ["build", str(path), "--out", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    dossier = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    assert len(dossier["articles"]) == 2 and dossier["corpus"]["skipped"] == []
    first = dossier["articles"][0]
    assert "NUL \ufffd and a lone \ufffd surrogate" in first["text"]
    assert any("NUL" in note for note in first["notes"])
    with open_store(str(db)) as store:
        assert len(store.load_documents()) == 2


def test_file_names_are_printed_escaped_never_as_markup(tmp_path: Path) -> None:
    good = _write(tmp_path / "a.txt", BODY)
    (tmp_path / "close[").mkdir()
    markup = _write(tmp_path / "close[/]x.bin", "binary?")  # a folder "close[", a file "]x.bin"
    forged = _write(tmp_path / "evil\n0 skipped, 1.0 s\x1b[2J\x1b]0;pwned\x07.txt", "  ")
    out = tmp_path / "out[bold]"
    result = runner.invoke(app, ["build", str(good), str(markup), str(forged),
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "dossier.json").exists()
    assert "close[/]x.bin" in result.stderr and "Traceback" not in result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "\n0 skipped" not in result.stderr
    assert "evil\\x0a0 skipped, 1.0 s\\x1b[2J\\x1b]0;pwned\\x07.txt" in result.stderr
    assert "out[bold]" in result.stdout  # the output folder, printed as named
    error = runner.invoke(app, ["build", str(tmp_path / "no[/]such\x1b.txt"), "--out",
                                str(out)])
    assert error.exit_code == 3 and "no[/]such\\x1b.txt" in error.stderr


def _capture_serve(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Stop `serve` at uvicorn.run and keep what it was given."""
    uvicorn = pytest.importorskip("uvicorn")
    seen: dict[str, Any] = {}

    def run(app: Any, **kwargs: Any) -> None:
        seen.update(kwargs, app=app)

    monkeypatch.setattr(uvicorn, "run", run)
    return seen


def test_serve_reads_the_token_from_a_file_or_the_environment_and_warns_on_the_command_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _capture_serve(monkeypatch)
    monkeypatch.delenv("COMMUNIQUE_TOKEN", raising=False)
    db = str(tmp_path / "story.db")
    token_file = _write(tmp_path / "token", "  s3cret-from-file\n")
    result = runner.invoke(app, ["serve", "--db", db, "--token-file", str(token_file),
                                 "--rate-limit", "7", "--allow-fetch",
                                 "--forwarded-allow-ips", "10.0.0.1"])
    assert result.exit_code == 0, result.output
    assert seen["app"].state.access.token == "s3cret-from-file"
    assert seen["proxy_headers"] is True and seen["forwarded_allow_ips"] == "10.0.0.1"
    assert seen["app"].state.service.allow_fetch is True
    assert "warning" not in result.stderr
    from_env = runner.invoke(app, ["serve", "--db", db], env={"COMMUNIQUE_TOKEN": "from-env"})
    assert from_env.exit_code == 0 and "warning" not in from_env.stderr
    assert seen["app"].state.access.token == "from-env" and seen["proxy_headers"] is False
    visible = runner.invoke(app, ["serve", "--db", db, "--token", "in-ps"])
    assert visible.exit_code == 0 and "process list" in visible.stderr
    empty = runner.invoke(app, ["serve", "--db", db, "--token-file", str(_write(tmp_path / "e",
                                                                                  "\n"))])
    assert empty.exit_code == 2 and "token" in empty.stderr


def test_add_through_the_command(tmp_path: Path) -> None:
    first = _write(tmp_path / "a.txt", BODY)
    second = _write(tmp_path / "b.txt", BODY.replace("Monday", "Friday").replace("second",
                                                                                  "fourth"))
    db, out = str(tmp_path / "story.db"), tmp_path / "out"
    result = runner.invoke(app, ["add", str(first), "--db", db])
    assert result.exit_code == 0, result.output
    assert "1 new of 1 articles in the store, 0 skipped" in result.stdout
    result = runner.invoke(app, ["add", str(first), str(second), str(tmp_path / "gone.txt"),
                                 "--db", db, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 new of 2 articles in the store, 1 skipped" in result.stdout
    assert "gone.txt" in result.stderr
    dossier = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    assert len(dossier["articles"]) == 2
    strict = runner.invoke(app, ["add", str(tmp_path / "gone.txt"), "--db", db, "--strict"])
    assert strict.exit_code == 4
    with open_store(db) as store:
        assert len(store.load_documents()) == 2 and store.state().story_current


def test_rebuild_through_the_command(tmp_path: Path) -> None:
    first = _write(tmp_path / "a.txt", BODY)
    second = _write(tmp_path / "b.txt", BODY.replace("Monday", "Friday"))
    db, out = str(tmp_path / "story.db"), tmp_path / "out"
    assert runner.invoke(app, ["add", str(first), "--db", db]).exit_code == 0
    assert runner.invoke(app, ["add", str(second), "--db", db, "--out", str(out)]).exit_code == 0
    added = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    result = runner.invoke(app, ["rebuild", "--db", db, "--out", str(tmp_path / "again")])
    assert result.exit_code == 0, result.output
    assert "2 articles, story unchanged" in result.stdout
    rebuilt = json.loads((tmp_path / "again" / "dossier.json").read_text(encoding="utf-8"))
    del added["generated_at"], rebuilt["generated_at"]
    assert rebuilt == added
    missing = runner.invoke(app, ["rebuild", "--db", str(tmp_path / "no" / "such.db")])
    assert missing.exit_code != 0


def test_bench_through_the_command(tmp_path: Path) -> None:
    article = _write(tmp_path / "a.txt", BODY * 3)
    report = tmp_path / "bench.json"
    result = runner.invoke(app, ["bench", str(article), "-n", "4", "-j", "1",
                                 "--json", str(report)])
    assert result.exit_code == 0, result.output
    rows = json.loads(report.read_text(encoding="utf-8"))
    assert len(rows) >= 2 and all(row["documents"] == 4 for row in rows)
    missing = runner.invoke(app, ["bench", str(tmp_path / "none.txt")])
    assert missing.exit_code == 3 and "E120" in missing.stderr


def test_db_in_a_missing_folder_is_an_error_not_a_new_folder(tmp_path: Path) -> None:
    good = _write(tmp_path / "a.txt", BODY)
    result = runner.invoke(app, ["build", str(good), "--out", str(tmp_path / "out"),
                                 "--db", str(tmp_path / "typo" / "story.db")])
    assert result.exit_code == 1 and "does not exist" in result.stderr
    assert not (tmp_path / "typo").exists()
