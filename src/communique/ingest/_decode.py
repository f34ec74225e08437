"""Bytes to text: byte-order marks, UTF-8, the Western legacy code pages, then detection.

Order matters. A byte-order mark is the strongest evidence; strict UTF-8 is next, because
random legacy text almost never validates as UTF-8; then UTF-8 with a few bad bytes (a stray
Windows-1252 quote pasted into a UTF-8 file, a character cut at the end): its valid multi-byte
sequences outnumber the invalid bytes many times, which legacy text never does, so it is read
as UTF-8 with each bad byte replaced by U+FFFD (:func:`repair_notes` records how many)
rather than turning the whole article into mojibake; Western text that is not UTF-8 is nearly
always Windows-1252 (which browsers also use for "latin-1"); only text dominated by non-ASCII
bytes (Cyrillic, Greek, CJK code pages) is worth handing to a statistical detector.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from communique.ingest._codes import BINARY, fail

# UTF-32 first: its little-endian mark begins with the UTF-16 little-endian one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Bytes that Windows-1252 leaves undefined; their presence means real ISO-8859-1 (C1 controls).
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")
_WESTERN_LABELS = frozenset({"iso8859-1", "latin-1", "ascii", "cp1252"})
# Codecs that a charset label can name but no real document is written in: trusting them would
# turn a mislabelled page into garbage (or, for UTF-7, into markup that was not there).
_NOT_DOCUMENT_CODECS = frozenset({
    "idna", "punycode", "utf-7", "unicode-escape", "raw-unicode-escape", "undefined",
})
# Share of control characters above which text is taken for binary data.
_MAX_CONTROL_RATIO = 0.10
# Share of non-ASCII bytes among letter-like bytes above which the text is not Western.
_MAX_WESTERN_HIGH_RATIO = 0.30
_MIN_HIGH_TO_DETECT = 16
# UTF-8 with bad bytes: at least this many valid multi-byte characters per invalid sequence.
_UTF8_VALID_PER_INVALID = 4
# UTF-16/32 without a byte-order mark is only guessed from this many bytes on: a few bytes
# cannot show the pattern of a text, only of a coincidence.
_MIN_WIDE_SNIFF = 16
_CONTROL = re.compile("[\x01-\x08\x0e-\x1f\x7f-\x9f]")
_ASCII = bytes(range(0x80))
_ASCII_LETTERS = bytes(range(0x41, 0x5B)) + bytes(range(0x61, 0x7B))
_REPLACEMENT = "\ufffd"
_ENCODED_REPLACEMENT = _REPLACEMENT.encode("utf-8")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Decode ``data`` read from ``source`` and return ``(text, encoding)``.

    Raises ``InputError`` (code E102) when the bytes are binary (NUL bytes outside UTF-16/32,
    or too many control characters) or contradict their own byte-order mark. Never raises
    anything else, whatever the bytes.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _decode_strict(data[len(bom):], encoding)
            if text is not None:
                return _checked(text, source), encoding
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise fail(source, "starts with a UTF-16/32 byte-order mark but does not decode", BINARY)
    wide = _sniff_wide(data)
    if wide is not None:
        text = _decode_strict(data, wide)
        if text is not None:
            return _checked(text, source), wide
    if b"\x00" in data:
        raise fail(source, "binary content (NUL bytes)", BINARY)
    text = _decode_strict(data, "utf-8")
    if text is None:
        text = _mostly_utf8(data)
    if text is not None:
        return _checked(text, source), "utf-8"
    if _high_ratio(data) > _MAX_WESTERN_HIGH_RATIO:
        detected = _detect(data)
        if detected is not None:
            return _checked(detected[0], source), detected[1]
    text, encoding = _western(data)
    return _checked(text, source), encoding


def decode_declared(data: bytes, source: str, declared: str | None) -> tuple[str, str]:
    """Decode bytes whose charset was declared (HTTP header, ``<meta>``), trusting it if it fits.

    A byte-order mark still wins; a declaration that is unknown or does not decode is
    ignored in favour of :func:`decode_bytes`; "latin-1" and "ascii" are read as Windows-1252
    the way browsers do.
    """
    if declared is None or data.startswith(tuple(bom for bom, _ in _BOMS)):
        return decode_bytes(data, source)
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return decode_bytes(data, source)
    if name in _NOT_DOCUMENT_CODECS or (name.startswith(("utf-16", "utf-32"))
                                        and b"\x00" not in data):
        # UTF-16/32 text always has NUL bytes (ASCII in the wide lanes); without them the label
        # is wrong, and decoding ASCII as UTF-16 would yield plausible-looking CJK noise.
        return decode_bytes(data, source)
    if name in _WESTERN_LABELS and b"\x00" not in data:
        text = _decode_strict(data, "utf-8")
        if text is None:
            text = _mostly_utf8(data)
        if text is not None:
            return _checked(text, source), "utf-8"
        western, encoding = _western(data)
        return _checked(western, source), encoding
    text = _decode_strict(data, name)
    if text is None:
        return decode_bytes(data, source)
    return _checked(text, source), name


def meta_charset(data: bytes) -> str | None:
    """Return the charset an HTML page declares in a ``<meta>`` tag near its start, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _decode_strict(data: bytes, encoding: str) -> str | None:
    """Decode strictly; ``None`` when the bytes are not valid in ``encoding``."""
    try:
        return data.decode(encoding)
    except (UnicodeError, LookupError):
        # UnicodeError, not only UnicodeDecodeError: some codecs (punycode, undefined) raise the
        # base class for bytes they reject.
        return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with its few invalid bytes replaced by U+FFFD, or ``None`` when it is not UTF-8."""
    text = data.decode("utf-8", errors="replace")
    invalid = text.count(_REPLACEMENT) - data.count(_ENCODED_REPLACEMENT)
    valid = len(text) - len(text.encode("ascii", errors="ignore")) - text.count(_REPLACEMENT)
    if invalid <= 0 or valid < _UTF8_VALID_PER_INVALID * invalid:
        return None
    return text


def repair_notes(data: bytes, text: str, encoding: str) -> tuple[str, ...]:
    """A note on the invalid UTF-8 sequences of ``data`` that became U+FFFD in ``text``."""
    if encoding != "utf-8":
        return ()
    count = text.count(_REPLACEMENT) - data.count(_ENCODED_REPLACEMENT)
    return (f"{count} invalid UTF-8 byte sequence(s) replaced with U+FFFD",) if count > 0 else ()


def _western(data: bytes) -> tuple[str, str]:
    """Decode as Windows-1252, or as ISO-8859-1 when bytes undefined in 1252 occur."""
    if _CP1252_HOLES.isdisjoint(data):
        return data.decode("cp1252"), "cp1252"
    return data.decode("latin-1"), "latin-1"


def _high_ratio(data: bytes) -> float:
    """Share of non-ASCII bytes among letter-like bytes (ASCII letters and non-ASCII).

    Too few non-ASCII bytes to judge count as Western: a short note with one accent must not
    be handed to a statistical detector that needs text to work on.
    """
    # bytes.translate with a delete table counts in C; this runs on inputs of many megabytes.
    high = len(data.translate(None, _ASCII))
    if high < _MIN_HIGH_TO_DETECT:
        return 0.0
    ascii_letters = len(data) - len(data.translate(None, _ASCII_LETTERS))
    return high / (high + ascii_letters)


def _detect(data: bytes) -> tuple[str, str] | None:
    """Ask charset-normalizer for a legacy multi-script encoding; ``None`` when it has none."""
    try:
        best = charset_normalizer.from_bytes(data).best()
        # Wide encodings were ruled out above; a detector guessing them here is guessing noise.
        if best is None or best.encoding.startswith(("utf_16", "utf_32")):
            return None
        text = str(best)
    except (LookupError, UnicodeDecodeError, ValueError):
        return None
    return text, best.encoding


def _sniff_wide(data: bytes) -> str | None:
    """Guess UTF-32/UTF-16 without a byte-order mark from the shape of the high-order bytes.

    Text in one script puts only a couple of values in the high-order byte of each code unit
    (0x00 for ASCII spaces and digits, plus the script's block: 0x04 for Cyrillic, 0x03 for
    Greek...), while the low-order byte varies; binary data shows no such lane.
    """
    if len(data) < _MIN_WIDE_SNIFF or b"\x00" not in data:
        return None
    if len(data) % 4 == 0:
        lanes = [data[i::4].count(0) / (len(data) // 4) for i in range(4)]
        if lanes[2] > 0.9 and lanes[3] > 0.9 and lanes[0] < 0.1:
            return "utf-32-le"
        if lanes[0] > 0.9 and lanes[1] > 0.9 and lanes[3] < 0.1:
            return "utf-32-be"
    if len(data) % 2 == 0:
        if _is_high_lane(data[1::2]) and not _is_high_lane(data[0::2]):
            return "utf-16-le"
        if _is_high_lane(data[0::2]) and not _is_high_lane(data[1::2]):
            return "utf-16-be"
    return None


def _is_high_lane(lane: bytes) -> bool:
    """True when ``lane`` looks like the high-order bytes of UTF-16 text in one script."""
    counts = sorted((lane.count(value) for value in set(lane)), reverse=True)
    return lane.count(0) > 0 and sum(counts[:2]) >= 0.9 * len(lane)


def _checked(text: str, source: str) -> str:
    """Return ``text`` unless it looks like binary data decoded by accident."""
    if not text:
        return text
    if "\x00" in text:
        raise fail(source, "binary content (NUL characters)", BINARY)
    controls = len(_CONTROL.findall(text))
    if controls / len(text) > _MAX_CONTROL_RATIO:
        raise fail(source, f"binary content ({controls} control characters)", BINARY)
    return text
