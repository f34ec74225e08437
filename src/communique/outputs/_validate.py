"""The structure of a dossier read back from a file, checked against the published schema.

``communique export`` reads a ``dossier.json`` that anyone may have written; the table writers
index into it freely, so a crafted or damaged file must be refused before they run, with the
place that is wrong. The check covers the structural part of the JSON Schema — ``type``,
``required``, ``properties``, ``items``, ``additionalProperties`` and ``$ref`` — which is
everything the writers rely on; value rules (enumerations, patterns) are left to
:func:`load_schema`'s full validation in the tests, so that a dossier of a newer minor kind is
still exported.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,), "array": (list,), "string": (str,), "boolean": (bool,),
    "integer": (int,), "number": (int, float), "null": (type(None),),
}


def problems(value: Any, schema: dict[str, Any], limit: int = 5) -> list[str]:
    """Up to ``limit`` places where ``value`` breaks the structure ``schema`` describes."""
    found: list[str] = []
    for problem in _check(value, schema, schema, "$"):
        found.append(problem)
        if len(found) >= limit:
            break
    return found


def _check(value: Any, schema: dict[str, Any], root: dict[str, Any], at: str) -> Iterator[str]:
    if "$ref" in schema:
        yield from _check(value, _resolve(root, schema["$ref"]), root, at)
        return
    kinds = schema.get("type")
    if kinds is not None:
        names = [kinds] if isinstance(kinds, str) else list(kinds)
        if not any(_is(value, name) for name in names):
            yield f"{at}: expected {' or '.join(names)}, found {_kind(value)}"
            return
    if isinstance(value, dict):
        for key in schema.get("required", ()):
            if key not in value:
                yield f"{at}: missing {key!r}"
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if key in properties:
                yield from _check(item, properties[key], root, f"{at}.{key}")
            elif isinstance(extra, dict):
                yield from _check(item, extra, root, f"{at}.{key}")
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(value):
            yield from _check(item, schema["items"], root, f"{at}[{index}]")


def _is(value: Any, name: str) -> bool:
    if isinstance(value, bool) and name in ("integer", "number"):
        return False  # JSON booleans are not numbers
    if name == "integer" and isinstance(value, float):
        # JSON Schema counts any number with a zero fractional part (``3.0``) as an integer.
        return value.is_integer()
    return isinstance(value, _TYPES.get(name, (object,)))


def _kind(value: Any) -> str:
    for name in _TYPES:
        if _is(value, name):
            return name
    return type(value).__name__


def _resolve(root: dict[str, Any], ref: str) -> dict[str, Any]:
    """A local reference (``#/$defs/name``) in ``root``."""
    node: Any = root
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return dict(node)
