"""The per-article annotations (schema ``communique.annotations/1``) of the example corpus."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest

from communique._annotate_jsonl import annotate_to
from communique.outputs.annotations import SCHEMA, load_annotations_schema

from conftest import example_inputs
from support.faults import POISONED_TEXT, poison


@pytest.fixture(scope="module")
def records(examples_dir: Path) -> list[dict[str, object]]:
    sink = io.StringIO()
    result = annotate_to(example_inputs(examples_dir), sink)
    lines = sink.getvalue().splitlines()
    assert result.articles == len(lines) > 0
    return [json.loads(line) for line in lines]


def test_every_line_validates(records: list[dict[str, object]]) -> None:
    schema = load_annotations_schema()
    for record in records:
        assert record["schema"] == SCHEMA
        jsonschema.validate(record, schema)


def test_offsets_point_into_the_text(records: list[dict[str, object]]) -> None:
    for record in records:
        text = str(record["text"])
        for section in ("dates", "quotes", "claims", "events", "stances", "sentences"):
            for item in record[section]:  # type: ignore[attr-defined]
                assert 0 <= item["start"] <= item["end"] <= len(text), (section, item)
        for date in record["dates"]:  # type: ignore[attr-defined]
            assert text[date["start"] : date["end"]] == date["text"]
        for entity in record["entities"]:  # type: ignore[attr-defined]
            for m in entity["mentions"]:
                assert text[m["start"] : m["end"]] == m["text"]
        for quote in record["quotes"]:  # type: ignore[attr-defined]
            speaker = quote["speaker"]
            if speaker is not None:
                assert text[speaker["start"] : speaker["end"]] == speaker["text"]


def test_schema_rejects_a_broken_line(records: list[dict[str, object]]) -> None:
    broken = dict(records[0])
    broken["dates"] = [{"start": 0, "end": 3, "text": "now", "type": "MOMENT"}]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, load_annotations_schema())


def test_an_article_whose_extraction_fails_is_reported_and_the_stream_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    poison(monkeypatch)
    good = tmp_path / "a.txt"
    good.write_text(POISONED_TEXT.replace("POISON", "Meanwhile,"), encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text(POISONED_TEXT, encoding="utf-8")
    sink = io.StringIO()
    result = annotate_to([str(bad), str(good)], sink)
    assert result.articles == 1 and len(sink.getvalue().splitlines()) == 1
    assert [(Path(s.source).name, s.code) for s in result.skipped] == [("bad.txt", "E302")]
