"""`communique export` on any file: a valid dossier becomes tables, anything else a clear error."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from communique.cli import app
from communique.errors import InputError
from communique.outputs import export_csv, load_schema, read_dossier
from communique.outputs._validate import problems
from outputs.test_story_outputs import _dossier

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
                    | st.text(max_size=5),
                    lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=6)
VALUE_RULES = ("enum", "const", "pattern", "format", "minimum", "minItems")


def _paths(value: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield at
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*at, index))


def _structural(schema: Any) -> Any:
    """The schema without its value rules (what read_dossier checks)."""
    if isinstance(schema, dict):
        return {k: _structural(v) for k, v in schema.items() if k not in VALUE_RULES}
    if isinstance(schema, list):
        return [_structural(v) for v in schema]
    return schema


VALID = _dossier()
PATHS = [p for p in _paths(VALID) if p]


@st.composite
def damaged(draw: st.DrawFn) -> Any:
    dossier = copy.deepcopy(VALID)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(PATHS))
        parent: Any = dossier
        try:
            for key in path[:-1]:
                parent = parent[key]
            if draw(st.booleans()) and isinstance(parent, dict):
                parent.pop(path[-1], None)
            else:
                parent[path[-1]] = draw(JSON)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed this path
    return dossier


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(dossier=damaged())
def test_export_of_a_damaged_dossier_is_tables_or_a_clear_error(
        tmp_path: Path, dossier: Any) -> None:
    path = tmp_path / "dossier.json"
    path.write_text(json.dumps(dossier), encoding="utf-8")
    try:
        checked = read_dossier(path)
    except InputError as error:
        assert error.code == "E121" and "dossier" in error.reason
        return
    export_csv(checked, tmp_path / "tables")  # no other exception, whatever passed the check


@settings(max_examples=150, deadline=None)
@given(dossier=damaged())
def test_the_structural_check_agrees_with_jsonschema(dossier: Any) -> None:
    schema = load_schema()
    expected = jsonschema.Draft202012Validator(_structural(schema)).is_valid(dossier)
    assert (problems(dossier, schema) == []) == expected


@pytest.mark.parametrize(("count", "valid"), [(2, True), (2.0, True), (2.5, False), (True, False)])
def test_an_integral_float_is_an_integer_as_in_json_schema(count: Any, valid: bool) -> None:
    dossier = {**VALID, "corpus": {**VALID["corpus"], "articles": count}}
    schema = load_schema()
    assert jsonschema.Draft202012Validator(_structural(schema)).is_valid(dossier) is valid
    assert (problems(dossier, schema) == []) is valid


@pytest.mark.parametrize("content", [
    '{"schema": "communique.dossier/1", "articles": [1]}', "[]", "null", '"x"', "{",
    json.dumps({**VALID, "articles": [{"id": "a_1"}]}),
    json.dumps({**VALID, "contradictions": [{"sides": "x"}]}),
    json.dumps({**VALID, "schema": "other/9"}), "[" * 100_000,
])
def test_export_command_refuses_crafted_files(tmp_path: Path, content: str) -> None:
    path = tmp_path / "dossier.json"
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(app, ["export", str(path), "--out", str(tmp_path / "t")])
    assert result.exit_code == 3, result.output
    assert "[E121]" in result.stderr and "internal error" not in result.output
    valid = tmp_path / "valid.json"
    valid.write_text(json.dumps(VALID), encoding="utf-8")
    assert CliRunner().invoke(app, ["export", str(valid), "--out", str(tmp_path / "t")]
                              ).exit_code == 0
