"""Structured logs for the long-running commands (``serve``, ``watch``).

Records carry their data in ``extra={"fields": {...}}``. ``text`` writes
``2031-03-18T09:00:00Z INFO communique.watch cycle new=4 failed=1 …`` (one line, ``key=value``,
values quoted when they hold spaces); ``json`` writes one JSON object a line for log shippers.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any, TextIO

from communique.errors import ConfigError

FORMATS = ("text", "json")
LOGGERS = ("communique", "uvicorn", "uvicorn.error")
"""The loggers that :func:`setup_logging` routes through its handler."""

_HANDLER_NAME = "communique-structured"


def _fields(record: logging.LogRecord) -> dict[str, Any]:
    fields = getattr(record, "fields", None)
    return dict(fields) if isinstance(fields, dict) else {}


def _time(record: logging.LogRecord) -> str:
    return datetime.fromtimestamp(record.created, UTC).isoformat(timespec="seconds").replace(
        "+00:00", "Z")


def _value(value: object) -> str:
    text = str(value)
    return json.dumps(text, ensure_ascii=False) if (not text or any(c in text for c in ' "=\n')
                                                      ) else text


class TextFormatter(logging.Formatter):
    """``time LEVEL logger message key=value …`` on one line."""

    def format(self, record: logging.LogRecord) -> str:
        """One line per record (a traceback, if any, follows on its own lines)."""
        pairs = " ".join(f"{k}={_value(v)}" for k, v in _fields(record).items())
        line = f"{_time(record)} {record.levelname} {record.name} {record.getMessage()}"
        line = f"{line} {pairs}" if pairs else line
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


class JsonFormatter(logging.Formatter):
    """One JSON object per record: ``time``, ``level``, ``logger``, ``message`` and fields."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as one line of JSON."""
        body: dict[str, Any] = {"time": _time(record), "level": record.levelname.lower(),
                                "logger": record.name, "message": record.getMessage()}
        body.update(_fields(record))
        if record.exc_info:
            body["traceback"] = self.formatException(record.exc_info)
        return json.dumps(body, ensure_ascii=False, default=str)


def setup_logging(fmt: str = "text", level: str = "info", stream: TextIO | None = None) -> None:
    """Send the :data:`LOGGERS` to ``stream`` (stderr) in ``fmt``; calling again replaces it."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown log format {fmt!r}", fix="use text or json")
    number = logging.getLevelName(level.upper())
    if not isinstance(number, int):
        raise ConfigError(f"unknown log level {level!r}", fix="use debug, info, warning or error")
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    for name in LOGGERS:
        logger = logging.getLogger(name)
        for old in [h for h in logger.handlers if h.get_name() == _HANDLER_NAME]:
            logger.removeHandler(old)
        logger.addHandler(handler)
        logger.setLevel(number)
        logger.propagate = False


def reset_logging() -> None:
    """Undo :func:`setup_logging`: the loggers propagate to the root logger again."""
    for name in LOGGERS:
        logger = logging.getLogger(name)
        for old in [h for h in logger.handlers if h.get_name() == _HANDLER_NAME]:
            logger.removeHandler(old)
        logger.setLevel(logging.NOTSET)
        logger.propagate = True
