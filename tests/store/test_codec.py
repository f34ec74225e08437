"""The dataclass ⇄ JSON codec: exact round trips and a readable JSON shape."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings

from communique.errors import StoreError
from communique.model import Document, Span
from communique.model.annotations import Annotations
from communique.model.claims import Quantity
from communique.model.story import Story
from communique.store import _codec
from store.store_helpers import synthetic_batch
from store.strategies import documents, documents_with_annotations, from_type


@given(documents)
def test_documents_round_trip_exactly(document: Document) -> None:
    assert _codec.loads(Document, _codec.dumps(document)) == document


# 50 examples, as for stories: each example draws a whole Annotations (tuples of every record
# kind, each record with many fields), so 50 still reach every field type of the codec many
# times; the session's 200 made this the slowest pure-Python test (44 s of a 1648 s run on the
# loaded 2-core machine). The store round trip in test_properties and
# test_synthetic_examples_round_trip pass annotations through the same codec as well.
@settings(max_examples=50)
@given(documents_with_annotations())
def test_annotations_round_trip_exactly(pair: tuple[Document, Annotations]) -> None:
    annotations = pair[1]
    assert _codec.loads(Annotations, _codec.dumps(annotations)) == annotations


@settings(max_examples=50)
@given(from_type(Story))
def test_stories_round_trip_exactly(story: Story) -> None:
    assert _codec.loads(Story, _codec.dumps(story)) == story


def test_synthetic_examples_round_trip() -> None:
    docs, anns = synthetic_batch(0, 60)
    assert [_codec.loads(Document, _codec.dumps(d)) for d in docs] == docs
    assert [_codec.loads(Annotations, _codec.dumps(a)) for a in anns] == anns


def test_json_shape_is_plain_and_readable() -> None:
    docs, anns = synthetic_batch(1, 1)
    data = json.loads(_codec.dumps(docs[0]))
    assert data["published_basis"] == docs[0].published_basis.value  # enum by value
    assert data["published"] == docs[0].published.isoformat()
    assert data["fetched_at"] == "2026-03-01T12:01:00+00:00"
    assert data["headings"] == [{"start": 0, "end": len(docs[0].title or "")}]  # tuple → list
    assert json.loads(_codec.dumps(anns[0]))["places"][0] == ["Istanbul", "Switzerland"]


def test_datetimes_keep_their_offset_and_naive_stays_naive() -> None:
    aware = datetime(2026, 2, 17, 9, 30, tzinfo=UTC)
    assert _codec.decode(datetime, _codec.encode(aware)).tzinfo is not None
    naive = datetime(2026, 2, 17, 9, 30)
    assert _codec.decode(datetime, _codec.encode(naive)) == naive
    assert _codec.decode(date, "2026-02-17") == date(2026, 2, 17)


def test_integer_written_for_a_float_field_comes_back_as_float() -> None:
    quantity = _codec.decode(Quantity, {"value": 4, "low": None, "high": 5, "unit": "year",
                                        "text": "4 years", "start": 0, "end": 7,
                                        "approximate": False})
    assert isinstance(quantity.value, float) and isinstance(quantity.high, float)


def test_absent_optional_field_takes_its_default() -> None:
    document = _codec.decode(Document, {"id": "a_1", "source": "s", "text": "t"})
    assert document == Document(id="a_1", source="s", text="t")


@pytest.mark.parametrize("bad", [
    {"start": "zero", "end": 1},          # wrong scalar type
    {"start": 0},                         # required field missing
    [0, 1],                               # list where an object belongs
    {"start": True, "end": 1},            # a boolean is not an offset
])
def test_data_that_does_not_fit_raises_store_error(bad: object) -> None:
    with pytest.raises(StoreError) as info:
        _codec.decode(Span, bad)
    assert info.value.code == "E500"


def test_unstorable_values_raise_store_error() -> None:
    with pytest.raises(StoreError):
        _codec.encode({1: "not a string key"})
    with pytest.raises(StoreError):
        _codec.encode(object())
    with pytest.raises(StoreError):
        _codec.loads(Span, "{not json")


_ENTITY = {"canonical": "Korvania", "label": "country", "aliases": ["Korvania"],
           "mentions": [], "roles": [], "affiliation": None}


@pytest.mark.parametrize("field, bad", [
    ("label", "no such label"),   # an enum value that is no member's
    ("label", ["country"]),       # an enum given a list
    ("aliases", "Korvania"),      # a tuple given a string
    ("mentions", [{"start": 0}]),  # a tuple of objects, one that does not fit
    ("affiliation", 7),           # an optional string given a number
])
def test_each_kind_of_field_refuses_what_does_not_fit(field: str, bad: object) -> None:
    from communique.model.entities import DocEntity, EntityLabel

    entity = _codec.decode(DocEntity, _ENTITY)
    assert entity.label is EntityLabel.COUNTRY and entity.aliases == ("Korvania",)
    with pytest.raises(StoreError):
        _codec.decode(DocEntity, {**_ENTITY, field: bad})
