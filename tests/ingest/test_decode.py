"""Bytes to text: byte-order marks, UTF-8, Windows-1252 versus Latin-1, detection, binary."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.errors import InputError
from communique.ingest import decode_bytes
from communique.ingest._decode import decode_declared, meta_charset
from communique.model import RawArticle, Skipped

ReadAll = Callable[..., tuple[list[RawArticle], list[Skipped]]]

SAMPLE = "Der Bürgermeister sagte: „Wir sind bereit.“ Café, naïve, 42 €."
RUSSIAN = (
    "Министр иностранных дел заявил журналистам, что переговоры продолжатся на следующей "
    "неделе в Вене, несмотря на разногласия между делегациями по ключевым вопросам."
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + SAMPLE.encode("utf-32-le"), "utf-32-le"),
        (codecs.BOM_UTF32_BE + SAMPLE.encode("utf-32-be"), "utf-32-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf32le-bom", "utf32be-bom"],
)
def test_unicode_encodings_round_trip_and_drop_the_bom(data: bytes, encoding: str) -> None:
    text, found = decode_bytes(data, "x.txt")
    assert text == SAMPLE
    assert found == encoding
    assert not text.startswith("\ufeff")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_from_its_nul_lanes(encoding: str) -> None:
    text = "Plain ASCII news text, said the minister on Tuesday. " * 3
    assert decode_bytes(text.encode(encoding), "x.txt") == (text, encoding)


def test_cp1252_curly_quotes_and_dashes() -> None:
    text = "\u201cWe will rebuild,\u201d she said \u2013 and the mayor\u2019s office agreed."
    data = text.encode("cp1252")
    assert b"\x93" in data  # really the cp1252 byte, not UTF-8
    assert decode_bytes(data, "x.txt") == (text, "cp1252")


def test_latin1_text_decodes_as_cp1252_superset() -> None:
    text = "Le ministre a déclaré à Vienne : « Ça suffit. » Garçon, naïveté."
    decoded, encoding = decode_bytes(text.encode("latin-1"), "x.txt")
    assert decoded == text
    assert encoding == "cp1252"


def test_latin1_with_bytes_undefined_in_cp1252_is_latin1() -> None:
    # 0x81 is a hole in Windows-1252: only real ISO-8859-1 (a C1 control) uses it.
    data = "Müller sagte Grüße. ".encode("latin-1") + b"\x81" + b" Ende des Berichts." * 2
    text, encoding = decode_bytes(data, "x.txt")
    assert encoding == "latin-1"
    assert text.startswith("Müller sagte Grüße.")


def test_legacy_cyrillic_goes_to_the_detector() -> None:
    text, encoding = decode_bytes(RUSSIAN.encode("cp1251"), "x.txt")
    assert text == RUSSIAN
    assert encoding.replace("_", "").lower() in {"cp1251", "windows1251"}


def test_empty_bytes_decode_to_empty_text() -> None:
    assert decode_bytes(b"", "x.txt") == ("", "utf-8")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!",
        bytes(range(1, 32)) * 4,
        b"text with a NUL \x00 in the middle of an otherwise normal sentence",
    ],
    ids=["png", "gif", "controls", "nul"],
)
def test_binary_is_refused_with_e102(data: bytes) -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(data, "img.txt")
    assert caught.value.code == "E102"
    assert caught.value.source == "img.txt"


def test_utf16_bom_with_odd_length_is_binary() -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(codecs.BOM_UTF16_LE + b"a\x00b", "x.txt")
    assert caught.value.code == "E102"


@given(st.binary(max_size=512))
def test_arbitrary_bytes_give_text_or_input_error(data: bytes) -> None:
    try:
        text, encoding = decode_bytes(data, "fuzz")
    except InputError as error:
        assert error.code == "E102"
    else:
        assert isinstance(text, str)
        assert codecs.lookup(encoding)


@given(
    st.one_of(
        st.binary(max_size=256),
        st.text(max_size=128).map(lambda t: t.encode("utf-16-le", "surrogatepass")),
        st.tuples(st.sampled_from([codecs.BOM_UTF8, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE]),
                  st.binary(max_size=128)).map(b"".join),
    ),
    st.sampled_from([None, "utf-8", "latin-1", "utf-16", "cp1251", "shift_jis", "punycode",
                     "undefined", "utf-7", "no-such-charset"]),
)
def test_arbitrary_bytes_with_any_declared_charset_give_text_or_input_error(
    data: bytes, declared: str | None
) -> None:
    try:
        text, _ = decode_declared(data, "fuzz", declared)
    except InputError:
        return
    assert isinstance(text, str)


@given(st.text(max_size=300).filter(lambda t: "\x00" not in t))
def test_utf8_text_always_round_trips(text: str) -> None:
    # Control-heavy strings are legitimately refused as binary; everything else must survive.
    try:
        decoded, _ = decode_bytes(text.encode("utf-8"), "t")
    except InputError:
        return
    assert decoded == text


@given(st.tuples(st.text(max_size=150), st.text(max_size=150)).map("\x00".join))
def test_nul_is_never_read_as_utf8_text(text: str) -> None:
    # Bytes with NUL in them are binary, or UTF-16/32 (whose ASCII has NUL in every other byte):
    # "a\x00b\x00" is both, and reading it as UTF-16 is the useful answer. Never UTF-8 with NUL.
    data = text.encode("utf-8")
    try:
        decoded, encoding = decode_bytes(data, "t")
    except InputError:
        return
    assert encoding.startswith(("utf-16", "utf-32")) and "\x00" not in decoded
    assert decoded == data.decode(encoding)


def test_a_few_bad_bytes_in_utf8_are_replaced_not_read_as_cp1252(
        tmp_path: Path, read_all: ReadAll) -> None:
    good = (SAMPLE + " " + RUSSIAN).encode("utf-8")
    stray = good[:40] + b"\x93" + good[40:]  # a Windows-1252 quote pasted into UTF-8
    text, encoding = decode_bytes(stray, "x.txt")
    assert encoding == "utf-8"
    assert text == good[:40].decode() + "\ufffd" + good[40:].decode()
    cut = decode_bytes(good + "й".encode()[:1], "x.txt")  # the last character cut in half
    assert cut == (SAMPLE + " " + RUSSIAN + "\ufffd", "utf-8")
    path = tmp_path / "a.txt"
    path.write_bytes(stray)
    [article], _ = read_all([str(path)])
    assert article.notes == ("1 invalid UTF-8 byte sequence(s) replaced with U+FFFD",)
    # Real Windows-1252 text has no valid multi-byte sequences: it is still read as such.
    assert decode_bytes(SAMPLE.encode("cp1252"), "x.txt") == (SAMPLE, "cp1252")


def test_declared_charset_is_trusted_when_it_fits() -> None:
    data = RUSSIAN.encode("koi8-r")
    assert decode_declared(data, "u", "koi8-r") == (RUSSIAN, "koi8-r")


def test_declared_latin1_is_read_as_cp1252_like_browsers_do() -> None:
    data = "\u201cQuoted\u201d".encode("cp1252")
    assert decode_declared(data, "u", "iso-8859-1") == ("\u201cQuoted\u201d", "cp1252")


def test_declared_latin1_on_utf8_bytes_keeps_utf8() -> None:
    assert decode_declared("Grüße".encode(), "u", "latin-1") == ("Grüße", "utf-8")


@pytest.mark.parametrize("declared", ["utf-16", "utf-7", "punycode", "bogus-charset"])
def test_wrong_or_unsafe_declared_charset_is_ignored(declared: str) -> None:
    data = b"<p>Hello, plain ASCII page +ADw-script+AD4- here.</p>"
    text, encoding = decode_declared(data, "u", declared)
    assert text == data.decode("ascii")
    assert encoding == "utf-8"


def test_bom_beats_a_declared_charset() -> None:
    data = codecs.BOM_UTF8 + "Grüße".encode()
    assert decode_declared(data, "u", "cp1251") == ("Grüße", "utf-8-sig")


def test_meta_charset_is_found_near_the_start() -> None:
    assert meta_charset(b'<html><head><meta charset="windows-1252">') == "windows-1252"
    assert meta_charset(
        b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
    ) == "ISO-8859-1"
    assert meta_charset(b"<html><p>no declaration</p>") is None


QUOTE = "\u201cQuote\u201d \u2014 caf\u00e9."
FRENCH = "Caf\u00e9 na\u00efve \u00e0 Gen\u00e8ve."


@pytest.mark.parametrize(
    ("name", "data", "text", "encoding"),
    [
        ("utf8.txt", SAMPLE.encode("utf-8"), SAMPLE, "utf-8"),
        ("utf8bom.txt", codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), SAMPLE, "utf-8-sig"),
        ("utf16le.txt", codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), SAMPLE, "utf-16-le"),
        ("utf16be.txt", codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), SAMPLE, "utf-16-be"),
        ("cp1252.txt", QUOTE.encode("cp1252"), QUOTE, "cp1252"),
        ("latin1.md", FRENCH.encode("latin-1"), FRENCH, "cp1252"),
    ],
)
def test_files_on_disk_are_decoded(
    tmp_path: Path, read_all: ReadAll, name: str, data: bytes, text: str, encoding: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    articles, skipped = read_all([str(path)])
    assert skipped == []
    [article] = articles
    assert article.encoding == encoding
    assert article.text == text
