"""Hypothesis strategies for the model's frozen dataclasses, derived from their type hints.

Derived rather than hand-written so that a field added to the model is exercised by the codec
tests without anyone remembering to add it here.
"""

from __future__ import annotations

import types
import typing
from dataclasses import fields, is_dataclass, replace
from datetime import date, datetime, timedelta, timezone
from enum import Enum
from typing import Any, Union, get_args, get_origin

from hypothesis import strategies as st

from communique.model import Document
from communique.model.annotations import Annotations

TEXT = st.text(max_size=12)
CLEAN_TEXT_CHARS = st.characters(exclude_characters="\x00", exclude_categories=["Cs"])
CLEAN_TEXT = st.text(alphabet=CLEAN_TEXT_CHARS, max_size=200)
"""Clean article text: anything but NUL (ingest refuses it) and lone surrogates (not UTF-8)."""

OFFSETS = st.integers(min_value=-23 * 60 - 59, max_value=23 * 60 + 59).map(
    lambda minutes: timezone(timedelta(minutes=minutes)))


def from_type(tp: Any) -> st.SearchStrategy[Any]:
    """A strategy producing values of ``tp`` (dataclasses, enums, dates, containers, scalars)."""
    origin = get_origin(tp)
    args = get_args(tp)
    if origin is Union or origin is types.UnionType:
        return st.one_of(*(from_type(a) for a in args))
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return st.lists(from_type(args[0]), max_size=3).map(tuple)
        return st.tuples(*(from_type(a) for a in args))
    if origin is list:
        return st.lists(from_type(args[0]), max_size=3)
    if origin is dict:
        return st.dictionaries(TEXT, from_type(args[1]), max_size=3)
    if tp is type(None):
        return st.none()
    if isinstance(tp, type) and is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        return st.builds(tp, **{f.name: from_type(hints[f.name]) for f in fields(tp) if f.init})
    if isinstance(tp, type) and issubclass(tp, Enum):
        return st.sampled_from(list(tp))
    if tp is datetime:
        return st.datetimes(timezones=st.none() | OFFSETS)
    if tp is date:
        return st.dates()
    if tp is str:
        return TEXT
    if tp is bool:
        return st.booleans()
    if tp is int:
        # Counts and offsets: the store's indexed copies are 32-bit INTEGER columns.
        return st.integers(min_value=-(2**31), max_value=2**31 - 1)
    if tp is float:
        # NaN never equals itself, so it cannot show an exact round trip; infinities can.
        return st.floats(allow_nan=False)
    raise TypeError(f"no strategy for {tp!r}")


documents = st.builds(lambda d, key, body: replace(d, id=key, text=body), from_type(Document),
                      st.text(alphabet=CLEAN_TEXT_CHARS, max_size=12), CLEAN_TEXT)
"""Documents with arbitrary field values (id and clean text without NUL)."""


@st.composite
def documents_with_annotations(draw: st.DrawFn) -> tuple[Document, Annotations]:
    """A document and annotations that belong to it."""
    document = draw(documents)
    annotations = draw(from_type(Annotations))
    return document, replace(annotations, document_id=document.id)
