"""WARC archives written with warcio in the test: pages read, other records passed over."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.ingest import IngestOptions
from communique.model import RawArticle, Skipped

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

ReadAll = Callable[..., tuple[list[RawArticle], list[Skipped]]]

PAGE = "<html><body><p>Caf\u00e9 bridge approved.</p></body></html>"


def _response(writer: WARCWriter, uri: str, body: bytes, content_type: str,
              status: str = "200 OK") -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                       http_headers=headers)
    writer.write_record(record)


def _request(writer: WARCWriter, uri: str) -> None:
    headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
    record = writer.create_warc_record(uri, "request", payload=io.BytesIO(b""),
                                       http_headers=headers)
    writer.write_record(record)


def _archive(path: Path, *, gzip: bool) -> Path:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        _request(writer, "https://example.org/a")                                    # 2
        _response(writer, "https://example.org/a", PAGE.encode(), "text/html; charset=utf-8")
        _response(writer, "https://example.org/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
        _response(writer, "https://example.org/gone", b"<p>gone</p>", "text/html",
                  status="404 Not Found")                                            # 5
        _response(writer, "https://example.org/b.txt",
                  "\u201cPlain\u201d text.".encode("cp1252"), "text/plain")          # 6
        _response(writer, "https://example.org/blob", b"\x00\x01\x02" * 40, "text/html")  # 7
    return path


@pytest.mark.parametrize(("name", "gzip"), [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_pages_are_read_and_the_rest_passed_over(
    tmp_path: Path, read_all: ReadAll, name: str, gzip: bool
) -> None:
    path = _archive(tmp_path / name, gzip=gzip)
    articles, skipped = read_all([str(path)])
    assert [(a.source, a.url, a.format) for a in articles] == [
        (f"{path}#3", "https://example.org/a", "warc"),
        (f"{path}#6", "https://example.org/b.txt", "warc"),
    ]
    assert articles[0].html == PAGE
    assert articles[1].text == "\u201cPlain\u201d text."
    assert articles[1].encoding == "cp1252"
    assert [(s.source, s.code) for s in skipped] == [(f"{path}#5", "E111"), (f"{path}#7", "E102")]


def test_warc_found_by_a_directory_walk(tmp_path: Path, read_all: ReadAll) -> None:
    _archive(tmp_path / "crawl.warc.gz", gzip=True)
    articles, _ = read_all([str(tmp_path)])
    assert len(articles) == 2


def test_oversize_warc_record_is_skipped_alone(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "big.warc"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        _response(writer, "https://e.org/big", b"<p>" + b"x" * 5000 + b"</p>", "text/html")
        _response(writer, "https://e.org/small", b"<p>small</p>", "text/html")
    articles, skipped = read_all([str(path)], IngestOptions(max_bytes=1000))
    assert [a.url for a in articles] == ["https://e.org/small"]
    assert [(s.source, s.code) for s in skipped] == [(f"{path}#1", "E104")]


def test_warc_without_pages_is_e115(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "images.warc"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        _response(writer, "https://e.org/p.png", b"\x89PNG", "image/png")
    _, skipped = read_all([str(path)])
    assert [(s.source, s.code) for s in skipped] == [(str(path), "E115")]


@pytest.mark.parametrize("content", [b"this is not a WARC file at all\n" * 3, b""],
                         ids=["garbage", "empty"])
def test_corrupt_warc_is_e115(tmp_path: Path, read_all: ReadAll, content: bytes) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(content)
    articles, skipped = read_all([str(path)])
    assert articles == []
    assert [(s.source, s.code) for s in skipped] == [(str(path), "E115")]


def test_damage_after_good_records_keeps_them_and_reports_the_file(
    tmp_path: Path, read_all: ReadAll
) -> None:
    path = tmp_path / "damaged.warc"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        _response(writer, "https://e.org/a", b"<p>first</p>", "text/html")
        stream.write(b"NOT A WARC HEADER\r\nfoo: bar\r\n\r\n")
    articles, skipped = read_all([str(path)])
    assert [a.url for a in articles] == ["https://e.org/a"]
    assert [(s.source, s.code) for s in skipped] == [(str(path), "E115")]
    assert "corrupt WARC" in skipped[0].reason


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=150)
@given(cut=st.integers(min_value=0, max_value=4000), flips=st.lists(
    st.tuples(st.integers(min_value=0, max_value=4000), st.integers(0, 255)), max_size=3))
def test_damaged_warc_never_escapes_as_an_exception(
    tmp_path: Path, read_all: ReadAll, cut: int, flips: list[tuple[int, int]]
) -> None:
    for gzipped in (False, True):
        whole = bytearray(_archive(tmp_path / "whole.warc", gzip=gzipped).read_bytes())
        for where, value in flips:
            whole[where % len(whole)] = value
        path = tmp_path / ("cut.warc.gz" if gzipped else "cut.warc")
        path.write_bytes(bytes(whole[: cut % (len(whole) + 1)]))
        articles, skipped = read_all([str(path)])
        assert all(a.source.startswith(f"{path}#") for a in articles)
        assert {s.code for s in skipped} <= {"E102", "E103", "E104", "E111", "E115"}


def test_missing_warcio_is_reported_with_the_extra(
    tmp_path: Path, read_all: ReadAll, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _archive(tmp_path / "crawl.warc", gzip=False)
    # A None entry in sys.modules makes the import fail as if warcio were not installed.
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    articles, skipped = read_all([str(path), str(tmp_path / "missing.txt")])
    assert articles == []
    assert [(s.source, s.code) for s in skipped] == [
        (str(path), "E901"), (str(tmp_path / "missing.txt"), "E101"),
    ]
    assert "communique[warc]" in skipped[0].reason
