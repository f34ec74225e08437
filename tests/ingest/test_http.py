"""URLs against a local server on 127.0.0.1: pages, redirects, errors, types, time and size."""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from communique.ingest import IngestOptions, public_address
from communique.ingest._formats import format_of_mime, parse_content_type
from communique.model import RawArticle, Skipped

from support.local_server import LocalServer

ReadAll = Callable[..., tuple[list[RawArticle], list[Skipped]]]
Server = Any  # conftest.LocalServer; conftest is not importable by name

PAGE = b"<!DOCTYPE html><html><head><title>T</title></head><body><p>Bridge.</p></body></html>"
FAST = IngestOptions(timeout=0.5)
"""Only for the tests of the timeouts themselves."""
PATIENT = IngestOptions(timeout=10)
"""Every other test: a loaded machine (two shared cores) can take longer than half a second
to answer, and a request that times out would fail a test about something else."""


def _skip_of(read_all: ReadAll, url: str, options: IngestOptions = PATIENT) -> Skipped:
    articles, skipped = read_all([url], options)
    assert articles == []
    assert len(skipped) == 1, skipped
    assert skipped[0].source == url
    return skipped[0]


def test_html_page(http_server: Server, read_all: ReadAll) -> None:
    url = http_server.add("/a.html", PAGE)
    [article], skipped = read_all([url], PATIENT)
    assert skipped == []
    assert (article.source, article.url, article.format) == (url, url, "url")
    assert article.html == PAGE.decode()
    assert article.encoding == "utf-8"
    assert article.fetched_at is not None and article.fetched_at.utcoffset() == timedelta(0)


def test_user_agent_is_sent(http_server: Server, read_all: ReadAll) -> None:
    seen: list[str] = []
    original = http_server.server.RequestHandlerClass.do_GET

    def spy(handler: Any) -> None:
        seen.append(handler.headers.get("User-Agent", ""))
        original(handler)

    http_server.server.RequestHandlerClass.do_GET = spy
    try:
        url = http_server.add("/ua", PAGE)
        read_all([url], IngestOptions(timeout=10, user_agent="tester/1.0"))
    finally:
        http_server.server.RequestHandlerClass.do_GET = original
    assert seen == ["tester/1.0"]


def test_plain_text_page(http_server: Server, read_all: ReadAll) -> None:
    url = http_server.add("/a.txt", b"Plain news.", content_type="text/plain")
    [article], _ = read_all([url], PATIENT)
    assert (article.text, article.format) == ("Plain news.", "url")


def test_json_url_gives_numbered_records(http_server: Server, read_all: ReadAll) -> None:
    url = http_server.add("/api", b'[{"text": "a"}, {"text": "b"}]',
                          content_type="application/json")
    articles, _ = read_all([url], PATIENT)
    assert [(a.source, a.url, a.format) for a in articles] == [
        (f"{url}#1", url, "json"), (f"{url}#2", url, "json"),
    ]


def test_redirect_is_followed_and_final_url_kept(http_server: Server, read_all: ReadAll) -> None:
    final = http_server.add("/final", PAGE)
    start = http_server.add("/start", status=302, headers={"Location": "/final"})
    [article], skipped = read_all([start], PATIENT)
    assert skipped == []
    assert article.source == start
    assert article.url == final


def test_declared_charset_is_used(http_server: Server, read_all: ReadAll) -> None:
    body = "<p>\u201cQuote\u201d \u2013 caf\u00e9</p>".encode("cp1252")
    url = http_server.add("/cp", body, content_type="text/html; charset=windows-1252")
    [article], _ = read_all([url], PATIENT)
    assert article.html == "<p>\u201cQuote\u201d \u2013 caf\u00e9</p>"


def test_missing_content_type_is_sniffed(http_server: Server, read_all: ReadAll) -> None:
    url = http_server.add("/none", PAGE, content_type=None)
    [article], _ = read_all([url], PATIENT)
    assert article.html == PAGE.decode()


@pytest.mark.parametrize("status", [404, 500, 403])
def test_http_error_status_is_e111(http_server: Server, read_all: ReadAll, status: int) -> None:
    url = http_server.add(f"/status{status}", b"no", status=status)
    skip = _skip_of(read_all, url)
    assert skip.code == "E111"
    assert str(status) in skip.reason


def test_unregistered_path_is_a_404(http_server: Server, read_all: ReadAll) -> None:
    skip = _skip_of(read_all, http_server.url("/nothing-here"))
    assert (skip.code, skip.reason) == ("E111", "HTTP 404 Not Found")


@pytest.mark.parametrize("mime", ["image/png", "application/pdf", "video/mp4"])
def test_non_text_content_type_is_e113(http_server: Server, read_all: ReadAll, mime: str) -> None:
    url = http_server.add("/binary", b"\x89PNG\r\n\x1a\n\x00\x00", content_type=mime)
    skip = _skip_of(read_all, url)
    assert skip.code == "E113"
    assert mime in skip.reason


def test_binary_body_behind_octet_stream_is_e102(http_server: Server, read_all: ReadAll) -> None:
    url = http_server.add("/blob", b"\x00\x01\x02\x03" * 50,
                          content_type="application/octet-stream")
    assert _skip_of(read_all, url).code == "E102"


def test_slow_response_times_out(http_server: Server, read_all: ReadAll) -> None:
    url = http_server.add("/slow", PAGE, delay=3.0)
    started = time.monotonic()
    skip = _skip_of(read_all, url, FAST)
    assert skip.code == "E112"
    assert "timed out after 0.5 s" in skip.reason
    assert time.monotonic() - started < 2.5


def test_trickling_response_hits_the_total_deadline(http_server: Server, read_all: ReadAll) -> None:
    # Each piece arrives well within the read timeout; only the total deadline can stop it.
    url = http_server.add("/trickle", PAGE, chunks=len(PAGE) // 4, chunk_pause=0.1)
    started = time.monotonic()
    skip = _skip_of(read_all, url, FAST)
    assert skip.code == "E112"
    assert "too slow" in skip.reason
    assert time.monotonic() - started < 2.5


def test_announced_oversize_is_refused(http_server: Server, read_all: ReadAll) -> None:
    url = http_server.add("/big", b"x" * 5000, content_type="text/plain")
    skip = _skip_of(read_all, url, IngestOptions(timeout=10, max_bytes=1000))
    assert skip.code == "E104"
    assert "5000 bytes" in skip.reason


def test_unannounced_oversize_is_cut_while_streaming(
    http_server: Server, read_all: ReadAll
) -> None:
    url = http_server.add("/stream", b"y" * 50_000, content_type="text/plain",
                          send_length=False, chunks=50)
    skip = _skip_of(read_all, url, IngestOptions(timeout=2, max_bytes=1000))
    assert skip.code == "E104"
    assert "over the limit" in skip.reason


def test_unannounced_body_within_limit_is_read(http_server: Server, read_all: ReadAll) -> None:
    url = http_server.add("/ok", b"z" * 900, content_type="text/plain", send_length=False)
    [article], _ = read_all([url], IngestOptions(timeout=2, max_bytes=1000))
    assert article.text == "z" * 900


def test_connection_refused_is_e110(read_all: ReadAll) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    # Nothing listens on the port now that the socket is closed.
    skip = _skip_of(read_all, f"http://127.0.0.1:{port}/x")
    assert skip.code == "E110"


def test_network_off_is_e109_and_nothing_is_fetched(
    http_server: Server, read_all: ReadAll
) -> None:
    url = http_server.add("/a", PAGE)
    skip = _skip_of(read_all, url, IngestOptions(allow_network=False))
    assert skip.code == "E109"
    assert http_server.hits == []


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/a.txt", "file:///etc/hostname"])
def test_other_schemes_are_e106(read_all: ReadAll, url: str) -> None:
    assert _skip_of(read_all, url).code == "E106"


def test_same_url_twice_is_fetched_once(http_server: Server, read_all: ReadAll) -> None:
    url = http_server.add("/once", PAGE)
    articles, skipped = read_all([url, url], PATIENT)
    assert len(articles) == 1 and skipped == []
    assert http_server.hits == ["/once"]


def test_urls_and_files_share_the_order(
    http_server: Server, read_all: ReadAll, tmp_path: Any
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Local.", encoding="utf-8")
    url = http_server.add("/p", PAGE)
    articles, _ = read_all([url, str(path)], PATIENT)
    assert [(a.source, a.order) for a in articles] == [(url, 0), (str(path), 1)]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, ("", None)),
        ("text/html", ("text/html", None)),
        ('Text/HTML; Charset="ISO-8859-1"', ("text/html", "ISO-8859-1")),
        ("text/html; boundary=x; charset=utf-8", ("text/html", "utf-8")),
    ],
)
def test_parse_content_type(header: str | None, expected: tuple[str, str | None]) -> None:
    assert parse_content_type(header) == expected


@pytest.mark.parametrize(
    ("mime", "fmt"),
    [
        ("", None),
        ("application/octet-stream", None),
        ("text/html", "html"),
        ("application/xhtml+xml", "html"),
        ("application/rss+xml", "feed"),
        ("application/atom+xml", "feed"),
        ("application/vnd.custom+xml", "feed"),
        ("image/jpeg", "unsupported"),
    ],
)
def test_format_of_mime(mime: str, fmt: str | None) -> None:
    assert format_of_mime(mime) == fmt


def test_redirect_loop_is_e110(http_server: Server, read_all: ReadAll) -> None:
    url = http_server.add("/loop", status=302, headers={"Location": "/loop"})
    skip = _skip_of(read_all, url)
    assert skip.code == "E110"
    assert "redirect" in skip.reason.lower()


# -- public addresses only (a server fetching for its clients) --------------------------------

PUBLIC_ONLY = IngestOptions(timeout=2.0, address_policy=public_address)


@pytest.mark.parametrize("address", [
    "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
    "0.0.0.0", "::1", "fe80::1", "fd00:ec2::254", "::ffff:127.0.0.1", "2002:7f00:1::1",
    "224.0.0.1", "240.0.0.1"])
def test_non_public_addresses_are_refused(address: str) -> None:
    assert not public_address(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:4700::1111", "8.8.8.8"])
def test_public_addresses_are_allowed(address: str) -> None:
    assert public_address(ipaddress.ip_address(address))


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]"])
def test_loopback_is_refused_after_resolution_and_nothing_is_sent(
        http_server: Server, read_all: ReadAll, host: str) -> None:
    url = http_server.add("/secret.html", PAGE).replace("127.0.0.1", host)
    skip = _skip_of(read_all, url, PUBLIC_ONLY)
    assert skip.code == "E116" and "non-public" in skip.reason
    assert http_server.hits == []


def test_every_redirect_hop_is_checked(http_server: Server, read_all: ReadAll) -> None:
    # The first hop is allowed (as a public address would be); it redirects to another
    # loopback address, which is not.
    inner = LocalServer("127.0.0.2")
    inner.thread.start()
    try:
        target = inner.add("/metadata", PAGE)
        start = http_server.add("/go", b"", status=302, headers={"Location": target})
        only_first = IngestOptions(
            timeout=2.0, address_policy=lambda a: str(a) == "127.0.0.1")
        skip = _skip_of(read_all, start, only_first)
        assert skip.code == "E116" and "127.0.0.2" in skip.reason
        assert http_server.hits == ["/go"] and inner.hits == []
        # Without a policy (the command line fetching what its user named) both hops work.
        [article], _ = read_all([start], PATIENT)
        assert article.url == target
    finally:
        inner.server.shutdown()
        inner.server.server_close()
