"""A generic codec between the frozen dataclasses of :mod:`communique.model` and JSON.

Encoding is driven by the runtime value (enums by value, dates and datetimes in ISO 8601, tuples
as lists, nested dataclasses as objects keyed by field name); decoding is driven by the type hints
of the target class, which is what lets a JSON list come back as a ``tuple[Span, ...]`` and a
string as a :class:`~datetime.date`. The round trip is exact: ``decode(type(x), encode(x)) == x``
for every model object (NaN aside, which never equals itself).

Why not ``dataclasses.asdict`` + ``**kwargs``: ``asdict`` keeps tuples, enums and dates as
Python objects (not JSON), and the reverse direction needs the hints anyway.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable, Sequence
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar, Union, get_args, get_origin

from communique.errors import StoreError

T = TypeVar("T")

JSON = None | bool | int | float | str | list["JSON"] | dict[str, "JSON"]
"""A value that :func:`json.dumps` writes as is."""


def encode(value: object) -> JSON:
    """Return ``value`` as plain JSON data (see the module docstring for the mapping)."""
    kind = type(value)
    if kind in _PLAIN:
        return typing.cast(JSON, value)
    encoder = _ENCODERS.get(kind)
    if encoder is None:
        encoder = _ENCODERS[kind] = _encoder(kind)
    return encoder(value)


Encoder = Callable[[Any], JSON]

_PLAIN = frozenset({type(None), bool, int, float, str})
"""Types written as they are (exactly these: a subclass may be an enum)."""

_ENCODERS: dict[type, Encoder] = {}
"""The encoding function of each type met so far (see :func:`_encoder`)."""


def _encoder(kind: type) -> Encoder:
    """The encoding function of values of type ``kind``, built once per type.

    Why compiled: looking the fields of a dataclass up again for each of the hundreds of
    thousands of objects of a big story made saving it take seconds.
    """
    # Enum first: StrEnum members are also ``str`` and must be written by value, not as is.
    if issubclass(kind, Enum):
        return lambda value: encode(value.value)
    if issubclass(kind, bool | int | float | str):
        return lambda value: value
    if is_dataclass(kind):
        return _dataclass_encoder(kind)
    # datetime before date: a datetime is a date, but must keep its time and offset.
    if issubclass(kind, datetime | date):
        return lambda value: value.isoformat()
    if issubclass(kind, tuple | list):
        return lambda value: [item if type(item) in _PLAIN else encode(item) for item in value]
    if issubclass(kind, dict):
        return _encode_dict
    raise StoreError(f"cannot store a value of type {kind.__name__}")


def _dataclass_encoder(kind: type) -> Encoder:
    names = tuple(f.name for f in fields(kind) if f.init)

    def encode_dataclass(value: Any) -> JSON:
        out: dict[str, JSON] = {}
        for name in names:
            item = getattr(value, name)
            out[name] = item if type(item) in _PLAIN else encode(item)
        return out

    return encode_dataclass


def _encode_dict(value: dict[Any, Any]) -> JSON:
    out: dict[str, JSON] = {}
    for key, item in value.items():
        if not isinstance(key, str):
            raise StoreError(f"cannot store a mapping with a {type(key).__name__} key")
        out[key] = encode(item)
    return out


def dumps(value: object) -> str:
    """Serialize ``value`` to compact JSON text (non-ASCII kept as is: smaller for Cyrillic)."""
    return json.dumps(encode(value), ensure_ascii=False, separators=(",", ":"))


def loads(cls: type[T], text: str) -> T:
    """Parse JSON ``text`` written by :func:`dumps` back into an instance of ``cls``."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise StoreError(f"stored {cls.__name__} is not valid JSON: {exc}") from exc
    return decode(cls, data)


def decode(cls: type[T], data: Any) -> T:
    """Build an instance of ``cls`` from JSON ``data``; :class:`StoreError` if it does not fit."""
    try:
        return typing.cast(T, _decode(cls, data))
    except StoreError:
        raise
    except (TypeError, ValueError, KeyError) as exc:
        raise StoreError(f"stored data does not fit {_name(cls)}: {exc}") from exc


def _name(tp: Any) -> str:
    return getattr(tp, "__name__", None) or str(tp)


def _decode(tp: Any, data: Any) -> Any:
    """Decode ``data`` as type ``tp`` (recursive worker of :func:`decode`)."""
    return _decoder(tp)(data)


Decoder = Callable[[Any], Any]


@cache
def _decoder(tp: Any) -> Decoder:
    """The decoding function of type ``tp``, built once per type.

    Why compiled: inspecting hints with ``get_origin``/``get_args`` for every value made loading
    10,000 annotated documents take seconds; a closure per type does that work once.
    """
    if tp is Any or tp is object:
        return lambda data: data
    origin = get_origin(tp)
    args = get_args(tp)
    if origin is Union or origin is types.UnionType:
        if len(args) == 2 and type(None) in args:  # X | None: the common case, kept fast
            inner = args[0] if args[1] is type(None) else args[1]
            if inner in (str, bool):
                return _optional_plain(inner)
            member = _decoder(inner)
            return lambda data: None if data is None else member(data)
        return lambda data: _decode_union(args, data)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item_decoder = _decoder(args[0])
        return lambda data: tuple(map(item_decoder, _expect(list, data, tuple)))
    if origin is tuple:
        return lambda data: _decode_tuple(args, data)
    if origin is list:
        item = _decoder(args[0])
        return lambda data: [item(x) for x in _expect(list, data, tp)]
    if origin is dict:
        value = _decoder(args[1])
        return lambda data: {k: value(v) for k, v in _expect(dict, data, tp).items()}
    if not isinstance(tp, type):
        raise StoreError(f"the store cannot decode the type {tp!r}")
    if is_dataclass(tp):
        return _dataclass_decoder(tp)
    if issubclass(tp, Enum):
        return _enum(tp)
    if issubclass(tp, datetime):
        return lambda data: datetime.fromisoformat(_expect(str, data, tp))
    if issubclass(tp, date):
        return lambda data: date.fromisoformat(_expect(str, data, tp))
    if tp is float:
        return _float
    if tp is int:
        return _int
    if tp in (tuple, list, dict):
        return tp
    return _plain(tp)


def _enum(tp: type[Enum]) -> Decoder:
    """The decoder of an enum: its member by value, looked up in the enum's own table first.

    Why: calling the enum class for every stored value was a tenth of loading annotations;
    a value that is no member's still goes through the call, which raises ``ValueError``.
    """
    members = tp._value2member_map_

    def decode_enum(data: Any) -> Any:
        member = members.get(data) if isinstance(data, str | int) else None
        return member if member is not None else tp(data)

    return decode_enum


def _plain(tp: type) -> Decoder:
    """The decoder of a type JSON holds as is (``str``, ``bool``): a check, one call."""

    def decode_plain(data: Any) -> Any:
        if isinstance(data, tp):
            return data
        raise StoreError(f"expected {_name(tp)}, found {type(data).__name__}")

    return decode_plain


def _optional_plain(tp: type) -> Decoder:
    """The decoder of ``str | None`` or ``bool | None``, in one call."""

    def decode_optional(data: Any) -> Any:
        if data is None or isinstance(data, tp):
            return data
        raise StoreError(f"expected {_name(tp)}, found {type(data).__name__}")

    return decode_optional


def _dataclass_decoder(cls: type) -> Decoder:
    hints = typing.get_type_hints(cls)
    names = [f.name for f in fields(cls) if f.init]
    # Field decoders are resolved on first use, not here: a dataclass may (one day) refer to
    # itself, and resolving eagerly would then recurse while the cache entry is being built.
    compiled: list[Decoder] = []

    def decode_dataclass(data: Any) -> Any:
        if not compiled:
            compiled.append(_compiled_decoder(cls, names, hints))
        return compiled[0](data)

    return decode_dataclass


_INLINE = {str: "type({v}) is str", bool: "type({v}) is bool", int: "type({v}) is int",
           float: "type({v}) is float", str | None: "{v} is None or type({v}) is str",
           bool | None: "{v} is None or type({v}) is bool"}
"""Field types whose JSON value is the value itself, with the test that it is: checked inline
by a compiled decoder, any other value handed to the type's own decoder (which converts it or
raises as it always did)."""


def _compiled_decoder(cls: type, names: Sequence[str], hints: dict[str, Any]) -> Decoder:
    """A decoder of ``cls`` written as one Python function over its fields.

    Why compiled: calling a decoder per field of the millions of fields of a big story's
    stored annotations was most of loading them; the plain fields (strings, numbers, flags)
    are now checked in place and only the others call their own decoder.
    """
    resolved = [(name, _decoder(hints[name])) for name in names]
    scope: dict[str, Any] = {"cls": cls, "expect": _expect, "StoreError": StoreError}
    arguments = []
    for index, (name, decoder) in enumerate(resolved):
        scope[f"d{index}"] = decoder
        arguments.append(_inline(hints[name], index, f"obj[{name!r}]", scope))
    setters = _slot_setters(cls, names)
    if setters is None:
        build = f"        return cls({', '.join(arguments)})\n"
    else:
        scope["new"] = object.__new__
        scope.update({f"s{index}": setter for index, setter in enumerate(setters)})
        build = "        made = new(cls)\n" + "".join(
            f"        s{index}(made, {argument})\n" for index, argument in enumerate(arguments)
        ) + "        return made\n"
    source = (
        "def decode(data):\n"
        "    obj = data if type(data) is dict else expect(dict, data, cls)\n"
        "    try:\n"
        f"{build}"
        "    except KeyError:\n"
        "        return slow(obj)\n")

    def slow(obj: dict[str, Any]) -> Any:
        # Absent keys fall back to the field's default, so rows written before a field was
        # added still load; a missing required field raises TypeError (wrapped by decode).
        return cls(**{name: field(obj[name]) for name, field in resolved if name in obj})

    scope["slow"] = slow
    exec(compile(source, f"<decoder of {cls.__name__}>", "exec"), scope)
    return typing.cast(Decoder, scope["decode"])


def _slot_setters(cls: type, names: Sequence[str]) -> list[Callable[[Any, Any], None]] | None:
    """The slot setters of ``cls``'s fields in order, when an instance may be built by setting
    its slots directly; ``None`` when it must be built by calling ``cls``.

    Why: a frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``,
    and building the hundreds of thousands of objects of a big story's annotations that way
    was a third of loading them; setting the slots is what ``__init__`` does, without the
    calls. Only for a dataclass whose ``__init__`` does nothing else: every field an argument,
    no ``__post_init__``, every field a slot.
    """
    if hasattr(cls, "__post_init__") or [f.name for f in fields(cls)] != list(names):
        return None
    setters: list[Callable[[Any, Any], None]] = []
    for name in names:
        slot = next((klass.__dict__[name] for klass in cls.__mro__ if name in klass.__dict__),
                    None)
        if not isinstance(slot, types.MemberDescriptorType):
            return None
        setters.append(slot.__set__)
    return setters


def _inline(tp: Any, index: int, value: str, scope: dict[str, Any]) -> str:
    """The expression that decodes field ``index`` (of type ``tp``) from ``value`` in a
    compiled decoder: the common cases in place, anything else through the field's decoder
    ``d{index}`` (so a value that does not fit raises as it always did)."""
    held, decoder = f"v{index}", f"d{index}"
    first = f"({held} := {value})"
    test = _INLINE.get(tp)
    if test is not None:
        return f"({held} if {test.format(v=first)} else {decoder}({held}))"
    if isinstance(tp, type) and issubclass(tp, Enum):
        scope[f"e{index}"] = tp._value2member_map_
        return (f"(m{index} if type({first}) is str and "
                f"(m{index} := e{index}.get({held})) is not None else {decoder}({held}))")
    args = get_args(tp)
    if get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis:
        scope[f"i{index}"] = _decoder(args[0])
        return (f"(tuple(map(i{index}, {held})) if type({first}) is list "
                f"else {decoder}({held}))")
    if get_origin(tp) in (Union, types.UnionType) and len(args) == 2 and type(None) in args:
        inner = args[0] if args[1] is type(None) else args[1]
        scope[f"i{index}"] = _decoder(inner)
        return f"(None if {first} is None else i{index}({held}))"
    return f"{decoder}({value})"


def _float(data: Any) -> float:
    # JSON has one number type: ``4.0`` may have been written as ``4``.
    if isinstance(data, int | float) and not isinstance(data, bool):
        return float(data)
    raise StoreError(f"expected a number, found {type(data).__name__}")


def _int(data: Any) -> int:
    if isinstance(data, int) and not isinstance(data, bool):
        return data
    raise StoreError(f"expected an integer, found {type(data).__name__}")


def _decode_union(args: tuple[Any, ...], data: Any) -> Any:
    """Decode a union: ``None`` for an optional, else the first member that accepts ``data``."""
    if data is None and type(None) in args:
        return None
    members = [a for a in args if a is not type(None)]
    errors: list[str] = []
    for member in members:
        try:
            return _decode(member, data)
        except (StoreError, TypeError, ValueError, KeyError) as exc:
            errors.append(str(exc))
    raise StoreError(f"no member of the union fits: {'; '.join(errors)}")


def _decode_tuple(args: tuple[Any, ...], data: Any) -> tuple[Any, ...]:
    """Decode ``tuple[X, ...]`` (any length) or ``tuple[A, B]`` (fixed length)."""
    items = _expect(list, data, tuple)
    if len(args) == 2 and args[1] is Ellipsis:
        return tuple(_decode(args[0], x) for x in items)
    if args == ((),) or not args:
        return tuple(items)
    if len(items) != len(args):
        raise StoreError(f"expected {len(args)} items, found {len(items)}")
    return tuple(_decode(a, x) for a, x in zip(args, items, strict=True))


def _expect(kind: type[T], data: Any, tp: Any) -> T:
    """Return ``data`` if it is a ``kind``, else raise a :class:`StoreError` naming ``tp``."""
    if not isinstance(data, kind):
        raise StoreError(f"expected {_name(tp)}, found {type(data).__name__}")
    return data
