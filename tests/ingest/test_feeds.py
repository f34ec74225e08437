"""RSS and Atom feeds served from 127.0.0.1: entries followed, content fallback, bad feeds."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from communique.ingest import IngestOptions
from communique.model import RawArticle, Skipped

ReadAll = Callable[..., tuple[list[RawArticle], list[Skipped]]]
Server = Any  # conftest.LocalServer

# Generous timeouts: a loaded machine (two shared cores) can take longer than half a second to
# answer, and a request that timed out would fail a test about something else.
PATIENT = IngestOptions(timeout=10)
NO_FOLLOW = IngestOptions(timeout=10, follow_feeds=False)


def _page(text: str) -> bytes:
    return f"<!DOCTYPE html><html><body><p>{text}</p></body></html>".encode()


def _rss(*items: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        "<title>Harbour Post</title><link>http://127.0.0.1/</link><description>d</description>"
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def _rss_item(link: str, title: str, date: str = "Tue, 17 Feb 2026 09:00:00 GMT") -> str:
    return (f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>"
            f"<author>desk@example.org (News Desk)</author></item>")


def _atom(*entries: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Northgate Times</title><id>urn:x</id><updated>2026-02-18T00:00:00Z</updated>"
        + "".join(entries)
        + "</feed>"
    ).encode()


def _atom_entry(link: str | None, title: str, content: str | None = None) -> str:
    link_tag = f'<link rel="alternate" href="{link}"/>' if link else ""
    content_tag = f'<content type="html">{content}</content>' if content else ""
    return (f"<entry><title>{title}</title>{link_tag}<id>urn:{title}</id>"
            f"<updated>2026-02-18T08:00:00Z</updated><author><name>Ann Reporter</name></author>"
            f"{content_tag}</entry>")


def test_rss_entries_are_fetched_with_entry_metadata(
    http_server: Server, read_all: ReadAll
) -> None:
    one = http_server.add("/one", _page("First story."))
    two = http_server.add("/two", _page("Second story."))
    feed = http_server.add("/rss", _rss(_rss_item(one, "One"), _rss_item(two, "Two")),
                           content_type="application/rss+xml")
    articles, skipped = read_all([feed], PATIENT)
    assert skipped == []
    assert [(a.source, a.url, a.title, a.format) for a in articles] == [
        (one, one, "One", "feed"), (two, two, "Two", "feed"),
    ]
    first = articles[0]
    assert first.outlet == "Harbour Post"
    assert first.published == "Tue, 17 Feb 2026 09:00:00 GMT"
    assert first.author and "News Desk" in first.author
    assert first.html is not None and "First story." in first.html
    assert [a.order for a in articles] == [0, 1]


def test_feed_served_as_text_xml_is_recognised(http_server: Server, read_all: ReadAll) -> None:
    one = http_server.add("/one", _page("Story."))
    feed = http_server.add("/feed.xml", _rss(_rss_item(one, "One")), content_type="text/xml")
    [article], _ = read_all([feed], PATIENT)
    assert article.source == one


def test_feed_mislabelled_as_html_is_recognised_by_its_root(
    http_server: Server, read_all: ReadAll
) -> None:
    one = http_server.add("/one", _page("Story."))
    feed = http_server.add("/feed", _rss(_rss_item(one, "One")), content_type="text/html")
    [article], _ = read_all([feed], PATIENT)
    assert (article.source, article.format) == (one, "feed")


def test_atom_entry_with_dead_link_falls_back_to_its_content(
    http_server: Server, read_all: ReadAll
) -> None:
    good = http_server.add("/good", _page("Fetched body."))
    dead = http_server.url("/dead")  # not registered: 404
    feed = http_server.add("/atom", _atom(
        _atom_entry(good, "Good"),
        _atom_entry(dead, "Dead", content="&lt;p&gt;Inline body.&lt;/p&gt;"),
    ), content_type="application/atom+xml")
    articles, skipped = read_all([feed], PATIENT)
    assert skipped == []
    assert [a.source for a in articles] == [good, dead]
    assert articles[0].html is not None and "Fetched body." in articles[0].html
    assert articles[1].html == "<p>Inline body.</p>"
    assert articles[1].author == "Ann Reporter"
    assert articles[1].outlet == "Northgate Times"
    assert articles[1].published == "2026-02-18T08:00:00Z"


def test_atom_entry_with_dead_link_and_no_content_reports_the_fetch_error(
    http_server: Server, read_all: ReadAll
) -> None:
    dead = http_server.url("/dead")
    feed = http_server.add("/atom", _atom(_atom_entry(dead, "Dead")),
                           content_type="application/atom+xml")
    articles, skipped = read_all([feed], PATIENT)
    assert articles == []
    assert [(s.source, s.code) for s in skipped] == [(dead, "E111")]


def test_follow_feeds_off_reads_content_only(http_server: Server, read_all: ReadAll) -> None:
    page = http_server.add("/page", _page("Never fetched."))
    feed = http_server.add("/atom", _atom(
        _atom_entry(page, "WithContent", content="&lt;p&gt;Inline.&lt;/p&gt;"),
        _atom_entry(page + "?2", "LinkOnly"),
    ), content_type="application/atom+xml")
    articles, skipped = read_all([feed], NO_FOLLOW)
    assert [a.html for a in articles] == ["<p>Inline.</p>"]
    assert [(s.source, s.code) for s in skipped] == [(page + "?2", "E114")]
    assert "follow_feeds" in skipped[0].reason
    assert http_server.hits == ["/atom"]


def test_entry_without_link_or_content(http_server: Server, read_all: ReadAll) -> None:
    feed = http_server.add("/atom", _atom(_atom_entry(None, "Nothing")),
                           content_type="application/atom+xml")
    _, skipped = read_all([feed], PATIENT)
    assert [(s.source, s.code) for s in skipped] == [(f"{feed}#1", "E114")]


def test_entry_linking_to_an_image_is_e113(http_server: Server, read_all: ReadAll) -> None:
    image = http_server.add("/pic", b"\x89PNG\r\n", content_type="image/png")
    feed = http_server.add("/rss", _rss(_rss_item(image, "Pic")),
                           content_type="application/rss+xml")
    _, skipped = read_all([feed], PATIENT)
    assert [(s.source, s.code) for s in skipped] == [(image, "E113")]


def test_entry_linking_to_another_feed_is_not_an_article(
    http_server: Server, read_all: ReadAll
) -> None:
    inner = http_server.add("/inner", _rss(), content_type="text/html")
    feed = http_server.add("/rss", _rss(_rss_item(inner, "Inner")),
                           content_type="application/rss+xml")
    _, skipped = read_all([feed], PATIENT)
    assert [(s.source, s.code) for s in skipped] == [(inner, "E113")]


def test_entry_already_read_in_the_batch_is_not_repeated(
    http_server: Server, read_all: ReadAll
) -> None:
    one = http_server.add("/one", _page("Story."))
    feed = http_server.add("/rss", _rss(_rss_item(one, "One")),
                           content_type="application/rss+xml")
    articles, _ = read_all([one, feed], PATIENT)
    assert [a.source for a in articles] == [one]


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (_rss(), "application/rss+xml"),
        (b"<?xml version='1.0'?><notafeed><x/></notafeed>", "application/xml"),
        (b"this is not xml at all", "application/rss+xml"),
    ],
    ids=["no-entries", "other-xml", "garbage"],
)
def test_bad_feeds_are_e114(
    http_server: Server, read_all: ReadAll, body: bytes, content_type: str
) -> None:
    feed = http_server.add("/bad", body, content_type=content_type)
    articles, skipped = read_all([feed], PATIENT)
    assert articles == []
    assert [(s.source, s.code) for s in skipped] == [(feed, "E114")]


def test_feed_never_opens_local_files(
    http_server: Server, read_all: ReadAll, tmp_path: Any
) -> None:
    # feedparser opens a *string* argument as a URL or path; the body must never be taken so.
    secret = tmp_path / "secret.txt"
    secret.write_text("<rss version='2.0'><channel><item><title>leak</title>"
                      "</item></channel></rss>")
    feed = http_server.add("/path", str(secret).encode(), content_type="application/rss+xml")
    articles, skipped = read_all([feed], PATIENT)
    assert articles == []
    assert [(s.source, s.code) for s in skipped] == [(feed, "E114")]


@pytest.mark.parametrize("link", ["file:///etc/hostname", "tag:example.org,2026:1"])
def test_non_http_entry_links_are_never_fetched(
    http_server: Server, read_all: ReadAll, link: str
) -> None:
    feed = http_server.add("/atom", _atom(
        _atom_entry(link, "Odd", content="&lt;p&gt;Inline.&lt;/p&gt;"),
    ), content_type="application/atom+xml")
    [article], skipped = read_all([feed], PATIENT)
    assert skipped == []
    assert (article.source, article.url, article.html) == (f"{feed}#1", None, "<p>Inline.</p>")
