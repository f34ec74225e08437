"""Configuration in one place (flags, environment, file) and structured logs."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import pytest

from communique._config import load_settings
from communique._logs import reset_logging, setup_logging
from communique.errors import ConfigError


def test_flags_win_over_environment_over_file_over_defaults(tmp_path: Path) -> None:
    config = tmp_path / "communique.toml"
    config.write_text('db = "file.db"\nlog_format = "json"\n[serve]\nport = 9000\n'
                      'rate_limit = 10\n[watch]\nevery = "5m"\nsources = ["inbox/"]\n',
                      encoding="utf-8")
    env = {"COMMUNIQUE_SERVE_PORT": "9100", "COMMUNIQUE_DB": "env.db",
           "COMMUNIQUE_SERVE_OPEN_READS": "no"}
    settings = load_settings({"db": "flag.db", "serve.port": None}, str(config), env)
    assert settings["db"] == "flag.db" and settings.origins["db"] == "flag"
    assert settings["serve.port"] == 9100 and settings.origins["serve.port"].startswith("env")
    assert settings["serve.open_reads"] is False
    assert settings["serve.rate_limit"] == 10 and settings.origins["serve.rate_limit"] == \
        f"file {config}"
    assert settings["watch.sources"] == ["inbox/"] and settings["log_format"] == "json"
    assert settings["serve.host"] == "127.0.0.1" and settings.origins["serve.host"] == "default"
    from_env = load_settings({}, None, {"COMMUNIQUE_CONFIG": str(config)})
    assert from_env["serve.port"] == 9000


def test_token_from_a_file_and_masked(tmp_path: Path) -> None:
    secret = tmp_path / "token"
    secret.write_text("s3cret\n", encoding="utf-8")
    settings = load_settings({"serve.token_file": str(secret)}, None, {})
    assert settings.token() == "s3cret"
    env = load_settings({}, None, {"COMMUNIQUE_TOKEN": "from-env"})
    assert env.token() == "from-env"
    shown = dict((name, value) for name, value, _ in env.shown())
    assert shown["serve.token"] == "***"
    missing = load_settings({"serve.token_file": str(tmp_path / "none")}, None, {})
    with pytest.raises(ConfigError, match="token_file"):
        missing.token()


def test_bad_configuration_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[serve]\nprot = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"unknown setting.*serve\.prot"):
        load_settings({}, str(bad), {})
    bad.write_text("db = [\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings({}, str(bad), {})
    with pytest.raises(ConfigError, match=r"serve\.port"):
        load_settings({}, None, {"COMMUNIQUE_SERVE_PORT": "eighty"})
    with pytest.raises(ConfigError, match="cannot read"):
        load_settings({}, str(tmp_path / "missing.toml"), {})


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_structured_log_lines(fmt: str) -> None:
    stream = io.StringIO()
    setup_logging(fmt, "info", stream)
    try:
        logging.getLogger("communique.watch").info(
            "cycle", extra={"fields": {"cycle": 3, "new": 4, "error": "a b=c"}})
    finally:
        reset_logging()
    line = stream.getvalue().strip()
    assert "\n" not in line
    if fmt == "json":
        record = json.loads(line)
        assert record["message"] == "cycle" and record["new"] == 4 and record["cycle"] == 3
        assert record["level"] == "info" and record["logger"] == "communique.watch"
    else:
        assert line.endswith('cycle cycle=3 new=4 error="a b=c"') and " INFO " in line
    with pytest.raises(ConfigError):
        setup_logging("xml")
