"""Injected faults: make extraction fail on one marked article, to test that nothing else does."""

from __future__ import annotations

import os
from typing import Any

import pytest

from communique.extract import _annotate

MARK = "POISON"
"""Any article whose text holds this word fails extraction once :func:`poison` is applied."""

POISONED_TEXT = (
    "The delegations met again in Norvell on Monday to discuss the exchange of prisoners. "
    f"{MARK} The mediator said another round would follow within two weeks.\n"
)


def poison(monkeypatch: pytest.MonkeyPatch, action: str = "raise") -> None:
    """Make extraction of marked articles raise (``raise``) or kill its process (``exit``).

    Patched where the extractor looks the function up, so forked pool workers inherit it.
    """
    real = _annotate.find_dates

    def find_dates(text: str, published: Any) -> Any:
        if MARK in text:
            if action == "exit":
                os._exit(3)
            raise RuntimeError("injected failure")
        return real(text, published)

    monkeypatch.setattr(_annotate, "find_dates", find_dates)
