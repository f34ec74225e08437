"""Configuration in one place: flags, then environment, then a file, then defaults.

Every setting of the long-running commands has one name (``serve.port``, ``watch.every``,
``db``…), one environment variable (``COMMUNIQUE_`` + the name in capitals, dots as
underscores: ``COMMUNIQUE_SERVE_PORT``; ``COMMUNIQUE_TOKEN`` for the token) and one place in
the TOML file (``port`` under ``[serve]``). The file is ``--config PATH``, else
``$COMMUNIQUE_CONFIG``, else ``./communique.toml`` when it exists. ``communique config`` prints
the values in force and where each came from (the token masked).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from communique.errors import ConfigError

DEFAULT_FILE = "communique.toml"


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting: its type, default and what it does."""

    kind: type
    default: Any
    help: str
    env: str | None = None
    """Environment variable, when not the derived ``COMMUNIQUE_<NAME>``."""
    secret: bool = False


SETTINGS: dict[str, Setting] = {
    "db": Setting(str, None, "the store: a SQLite file or postgresql://…"),
    "log_format": Setting(str, "text", "log lines as text (key=value) or json"),
    "log_level": Setting(str, "info", "debug, info, warning or error"),
    "serve.host": Setting(str, "127.0.0.1", "address to listen on"),
    "serve.port": Setting(int, 8000, "port to listen on"),
    "serve.token": Setting(str, None, "token for writes (and closed reads)", "COMMUNIQUE_TOKEN",
                           secret=True),
    "serve.token_file": Setting(str, None, "file holding the token (kept out of ps and env)"),
    "serve.open_reads": Setting(bool, True, "allow reads without the token"),
    "serve.rate_limit": Setting(int, 120, "requests a minute per client (0: off)"),
    "serve.max_body": Setting(int, 2_000_000, "largest request body in bytes"),
    "serve.allow_fetch": Setting(bool, False, "let POST /api/articles fetch a lone URL"),
    "serve.fetch_private": Setting(bool, False, "fetch from loopback and private addresses too"),
    "serve.forwarded_allow_ips": Setting(str, None, "proxies whose X-Forwarded-For is believed"),
    "watch.sources": Setting(list, [], "feeds, page URLs, URL-list files and folders"),
    "watch.every": Setting(str, "15m", "time between cycles: 90s, 15m, 2h"),
    "watch.delay": Setting(float, 2.0, "seconds between two requests to one host"),
    "watch.timeout": Setting(float, 20.0, "seconds allowed for one request"),
    "watch.retries": Setting(int, 2, "further attempts of a request that may pass"),
    "watch.max_items": Setting(int, 200, "new items per source and cycle"),
}
"""Every setting, by name."""


def env_name(name: str) -> str:
    """The environment variable of setting ``name``."""
    return SETTINGS[name].env or "COMMUNIQUE_" + name.upper().replace(".", "_")


def _convert(name: str, value: Any, origin: str) -> Any:
    kind = SETTINGS[name].kind
    try:
        if kind is bool and isinstance(value, str):
            lowered = value.strip().lower()
            if lowered not in ("1", "0", "true", "false", "yes", "no", "on", "off"):
                raise ValueError(value)
            return lowered in ("1", "true", "yes", "on")
        if kind is list and isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        if kind is list and isinstance(value, list):
            return [str(v) for v in value]
        if kind in (int, float) and isinstance(value, bool):
            raise ValueError(value)
        return kind(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{name} from {origin}: {value!r} is not a {kind.__name__}",
                          fix=f"set {name} to a {kind.__name__}") from exc


@dataclass(frozen=True)
class Settings:
    """The values in force and where each came from (``flag``, ``env``, a file, ``default``)."""

    values: dict[str, Any]
    origins: dict[str, str]
    file: str | None = None
    notes: list[str] = field(default_factory=list)

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def token(self) -> str | None:
        """The serve token: the setting, else the first line of ``serve.token_file``."""
        if self.values.get("serve.token"):
            return str(self.values["serve.token"])
        path = self.values.get("serve.token_file")
        if not path:
            return None
        try:
            token = Path(path).read_text(encoding="utf-8").strip().splitlines()[0].strip()
        except (OSError, IndexError) as exc:
            raise ConfigError(f"cannot read a token from serve.token_file {path}",
                              fix="put the token on the first line of that file") from exc
        return token or None

    def shown(self) -> list[tuple[str, str, str]]:
        """``(name, value, origin)`` rows for ``communique config``, secrets masked."""
        rows = []
        for name in SETTINGS:
            value = self.values[name]
            text = "***" if SETTINGS[name].secret and value else repr(value)
            rows.append((name, text, self.origins[name]))
        return rows


def _file_values(path: str | None, environ: Mapping[str, str]) -> tuple[dict[str, Any], str | None]:
    chosen = path or environ.get("COMMUNIQUE_CONFIG") or (
        DEFAULT_FILE if Path(DEFAULT_FILE).is_file() else None)
    if chosen is None:
        return {}, None
    try:
        data = tomllib.loads(Path(chosen).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read the configuration file {chosen}: {exc.strerror}",
                          fix="check --config or COMMUNIQUE_CONFIG") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{chosen} is not valid TOML: {exc}") from exc
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat.update({f"{key}.{k}": v for k, v in value.items()})
        else:
            flat[key] = value
    unknown = sorted(set(flat) - set(SETTINGS))
    if unknown:
        raise ConfigError(f"{chosen}: unknown setting(s) {', '.join(unknown)}",
                          fix=f"known settings: {', '.join(SETTINGS)}")
    return flat, chosen


def load_settings(flags: Mapping[str, Any] | None = None, config: str | None = None,
                  environ: Mapping[str, str] | None = None) -> Settings:
    """Resolve every setting: a flag (not ``None``) wins, then the environment, the file,
    the default."""
    environ = os.environ if environ is None else environ
    flags = {k: v for k, v in (flags or {}).items() if v is not None}
    unknown = set(flags) - set(SETTINGS)
    if unknown:
        raise ConfigError(f"unknown setting(s) {', '.join(sorted(unknown))}")
    from_file, chosen = _file_values(config, environ)
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for name, setting in SETTINGS.items():
        if name in flags:
            values[name], origins[name] = _convert(name, flags[name], "a flag"), "flag"
        elif environ.get(env_name(name)):
            values[name] = _convert(name, environ[env_name(name)], env_name(name))
            origins[name] = f"env {env_name(name)}"
        elif name in from_file:
            values[name] = _convert(name, from_file[name], str(chosen))
            origins[name] = f"file {chosen}"
        else:
            values[name], origins[name] = setting.default, "default"
    return Settings(values, origins, chosen)
