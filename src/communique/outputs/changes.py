"""What changed since a given time: new articles, and the story items they created or updated.

An item (event, claim, contradiction, quote, position) is **new** when every article its
evidence comes from arrived at or after ``since``, and **updated** when some did and some were
there before (a new outlet corroborating an event, a new side of a contradiction). Arrival is
when the store first saved the article, not when it was published: a late-found article from
last month is news to the analyst today. Ids are content-derived and an event's id can change
as it grows, so the comparison is by evidence, never by id.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from communique.errors import ConfigError
from communique.outputs.charts import StoryData
from communique.outputs.charts._view import evidence_of

SECTIONS = ("events", "claims", "contradictions", "quotes", "positions")
"""The story sections compared, in the order the overview shows them."""

_RELATIVE = re.compile(r"^\s*(\d{1,6})\s*([smhdw])\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_since(value: str | datetime | date, now: datetime | None = None) -> datetime:
    """A moment from an ISO date or datetime, or a span back from now (``30m``, ``24h``, ``7d``,
    ``2w``); naive times are UTC. Raises :class:`ConfigError` for anything else."""
    now = now or datetime.now(UTC)
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    relative = _RELATIVE.match(value)
    if relative:
        amount, unit = int(relative.group(1)), relative.group(2)
        return now - timedelta(**{_UNITS[unit]: amount})
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise ConfigError(f"not a time: {value!r}",
                          fix="give an ISO date or time (2031-03-18, 2031-03-18T09:00Z) or a "
                              "span back from now (30m, 24h, 7d, 2w)") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _arrived(arrivals: Mapping[str, str]) -> dict[str, datetime]:
    out = {}
    for article, stamp in arrivals.items():
        moment = datetime.fromisoformat(stamp)
        out[article] = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return out


def changes_since(dossier: Mapping[str, Any], arrivals: Mapping[str, str],
                  since: datetime) -> dict[str, Any]:
    """What is new in ``dossier`` since ``since``, given each article's arrival time.

    Returns ``{"since", "articles": [article records without text], "<section>": {"new":
    [items], "updated": [items]}, "counts": {...}}``.
    """
    when = _arrived(arrivals)
    fresh = {a for a, t in when.items() if t >= since}
    data = StoryData(dossier)
    result: dict[str, Any] = {
        "since": since.isoformat(timespec="seconds"),
        "articles": [{k: v for k, v in a.items() if k not in ("text", "removed", "headings",
                                                               "captions")}
                     for a in data.articles if a["id"] in fresh],
    }
    counts = {"articles": len(result["articles"])}
    for section in SECTIONS:
        new, updated = _split(dossier.get(section) or (), fresh)
        result[section] = {"new": new, "updated": updated}
        counts[f"new_{section}"] = len(new)
        counts[f"updated_{section}"] = len(updated)
    result["counts"] = counts
    return result


def _split(items: Sequence[Mapping[str, Any]], fresh: set[str]
           ) -> tuple[list[Mapping[str, Any]], list[Mapping[str, Any]]]:
    new: list[Mapping[str, Any]] = []
    updated: list[Mapping[str, Any]] = []
    for item in items:
        articles = {ev["article"] for ev in evidence_of(item)}
        if not articles & fresh:
            continue
        (new if articles <= fresh else updated).append(item)
    return new, updated
