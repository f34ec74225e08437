"""Auth, limits, headers, traversal and hostile article content."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from api.serve_helpers import HOSTILE_TEXT, HOSTILE_TITLE, TOKEN
from api.test_reads import assert_error
from communique.errors import MissingExtraError

from support.local_server import LocalServer

AUTH = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = {"text": "Veldra and Korvania agreed on Friday to meet again in Norvell next month.",
           "title": "Short note"}


def test_writes_refused_without_a_configured_token(
        make_client: Callable[..., TestClient], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COMMUNIQUE_TOKEN", raising=False)
    client = make_client(token=None)
    error = assert_error(client.post("/api/articles", json=ARTICLE), 403, "E702")
    assert "token" in error["message"] and "COMMUNIQUE_TOKEN" in error["fix"]
    assert_error(client.post("/api/articles", json=ARTICLE, headers=AUTH), 403, "E702")


def test_writes_need_the_right_bearer_token(client: TestClient) -> None:
    missing = client.post("/api/articles", json=ARTICLE)
    assert_error(missing, 401, "E701")
    assert missing.headers["www-authenticate"] == "Bearer"
    assert_error(client.post("/api/articles", json=ARTICLE,
                             headers={"Authorization": "Bearer wrong"}), 401, "E701")
    assert_error(client.post("/api/articles", json=ARTICLE,
                             headers={"Authorization": f"Basic {TOKEN}"}), 401, "E701")


def test_token_from_the_environment(make_client: Callable[..., TestClient],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMMUNIQUE_TOKEN", "from-env")
    client = make_client(token=None)
    assert_error(client.post("/api/articles", json={}), 401)
    # The right token gets past auth to validation (an empty body is refused as invalid).
    assert_error(client.post("/api/articles", json={},
                             headers={"Authorization": "Bearer from-env"}), 422)


def test_closed_reads(make_client: Callable[..., TestClient]) -> None:
    client = make_client(token=TOKEN, open_reads=False)
    assert_error(client.get("/api/events"), 401)
    assert client.get("/", headers=AUTH).status_code == 200
    assert client.get("/").status_code == 401
    assert client.get("/api/events", headers=AUTH).status_code == 200
    assert client.get("/static/style.css").status_code == 200


def test_body_size_limit(make_client: Callable[..., TestClient]) -> None:
    client = make_client(token=TOKEN, max_body=1_000)
    big = {"text": "word " * 1_000}
    response = client.post("/api/articles", json=big, headers=AUTH)
    assert_error(response, 413, "E705")
    assert "content-security-policy" in response.headers

    # No Content-Length: the limit is enforced while the body streams in.
    def chunks() -> Iterator[bytes]:
        for _ in range(10):
            yield b"x" * 500

    streamed = client.post("/api/articles", content=chunks(),
                           headers={**AUTH, "content-type": "application/json"})
    assert_error(streamed, 413, "E705")


def test_rate_limit(make_client: Callable[..., TestClient]) -> None:
    client = make_client(rate_limit=5)
    assert all(client.get("/api/digest").status_code == 200 for _ in range(5))
    limited = client.get("/api/digest")
    assert_error(limited, 429, "E706")
    assert int(limited.headers["retry-after"]) >= 1
    assert "content-security-policy" in limited.headers


@pytest.mark.parametrize("path", ["/api/events", "/", "/articles/a_0000000000000000",
                                  "/static/style.css", "/api/nothing", "/docs"])
def test_security_headers_everywhere(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    csp = headers["content-security-policy"]
    assert "default-src 'self'" in csp and "'unsafe-inline'" not in csp
    assert "object-src 'none'" in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"


@pytest.mark.parametrize("path", [
    "/api/articles/..%2f..%2fetc%2fpasswd",
    "/api/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/api/articles/%2e%2e",
    "/articles/..%2f..%2fpyproject.toml",
    "/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/static/..%2f..%2fapi%2f__init__.py",
    "/static/%2e%2e/%2e%2e/api/__init__.py",
    "/static/../../../../etc/passwd",
    "/static/..%5c..%5capi%5c__init__.py",
])
def test_no_path_traversal(client: TestClient, path: str) -> None:
    # Sent as a raw target so that the client does not normalize the dots away.
    response = client.request("GET", "http://testserver" + path)
    assert response.status_code in (404, 422)
    assert "root:" not in response.text and "import " not in response.text
    assert "[project]" not in response.text


def test_post_article_updates_the_story(make_client: Callable[..., TestClient]) -> None:
    client = make_client(token=TOKEN)
    before = client.get("/api/digest").json()["counts"]
    response = client.post("/api/articles", headers=AUTH, json={
        "text": HOSTILE_TEXT, "title": HOSTILE_TITLE, "outlet": "Hostile Daily",
        "published": "2031-03-24", "url": "https://hostile.example/a"})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["created"] is True and body["id"].startswith("a_")
    assert body["counts"]["articles"] == before["articles"] + 1
    assert client.get("/api/articles").json()["total"] == before["articles"] + 1
    stored = client.get(f"/api/articles/{body['id']}").json()
    assert "<script>alert(1)</script>" in stored["text"]  # stored as data, verbatim
    assert stored["published"] == "2031-03-24"
    # Posting the same article again adds nothing.
    again = client.post("/api/articles", headers=AUTH, json={
        "text": HOSTILE_TEXT, "title": HOSTILE_TITLE, "outlet": "Hostile Daily",
        "published": "2031-03-24", "url": "https://hostile.example/a"})
    assert again.status_code == 200 and again.json()["created"] is False
    assert again.json()["counts"]["articles"] == before["articles"] + 1

    # Hostile markup is inert on every page that shows it: escaped, never a live tag.
    article_page = client.get(f"/articles/{body['id']}").text
    pages = [article_page, client.get("/sources").text,
             client.get("/search", params={"q": "alert"}).text,
             client.get("/search", params={"q": "<script>alert(1)</script>"}).text]
    for page in pages:
        assert "<script>alert" not in page
        assert "<img src=x" not in page
        # No live attribute or element, as a browser's parser sees the page (annotations may
        # cut the escaped words into pieces and quote them in tooltips: text, not markup).
        assert _live_markup(page) == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article_page
    assert "&lt;img src=x onerror=alert(1)&gt;" in article_page
    assert "&lt;script&gt;" in pages[1]  # the hostile title, escaped


def _live_markup(page: str) -> list[str]:
    """Event-handler attributes, images and inline scripts the HTML parser finds."""
    from html.parser import HTMLParser

    found: list[str] = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            names = {name for name, _ in attrs}
            found.extend(f"{tag}[{n}]" for n in names if n.startswith("on"))
            if tag == "img" or (tag == "script" and "src" not in names):
                found.append(tag)

    Parser().feed(page)
    return found


@pytest.mark.parametrize("payload", [
    {}, {"text": "   "}, {"text": "a", "html": "<p>a</p>"}, {"url": "file:///etc/passwd"},
    {"url": "../../etc/passwd"}, {"text": "ok text here", "unknown": 1}, {"text": 5},
])
def test_post_article_rejects_bad_payloads(client: TestClient, payload: dict[str, object]
                                           ) -> None:
    assert_error(client.post("/api/articles", headers=AUTH, json=payload), 422)
    assert client.get("/api/articles").json()["total"] == 12


def test_post_rejects_non_json(client: TestClient) -> None:
    assert_error(client.post("/api/articles", headers={**AUTH, "content-type": "text/plain"},
                             content=b"hello"), 422)


def test_missing_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    import communique.api as api

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "uvicorn" else real(name, *a))
    with pytest.raises(MissingExtraError) as caught:
        api.serve("x.db", "127.0.0.1", 0, None, True)
    assert "communique[serve]" in str(caught.value) and caught.value.code == "E901"


def test_fetching_urls_is_off_by_default_and_then_public_addresses_only(
        make_client: Callable[..., TestClient]) -> None:
    server = LocalServer()
    server.thread.start()
    try:
        page = ("<html><body><article><p>" + ARTICLE["text"] + " " + HOSTILE_TEXT
                + "</p></article></body></html>").encode()
        url = server.add("/internal/report.html", page)
        default = make_client(token=TOKEN)
        error = assert_error(default.post("/api/articles", headers=AUTH, json={"url": url}),
                             422, "E704")
        assert "does not fetch" in error["message"]
        enabled = make_client(token=TOKEN, allow_fetch=True)
        for target in (url, url.replace("127.0.0.1", "localhost")):
            error = assert_error(enabled.post("/api/articles", headers=AUTH,
                                              json={"url": target}), 422)
            assert "non-public" in error["message"]
        assert server.hits == []  # nothing was ever sent to the loopback server
        trusted = make_client(token=TOKEN, allow_fetch=True, fetch_private=True)
        response = trusted.post("/api/articles", headers=AUTH, json={"url": url})
        assert response.status_code == 201, response.text
        assert server.hits == ["/internal/report.html"]
    finally:
        server.server.shutdown()
        server.server.server_close()


def test_docs_load_swagger_ui_from_this_server_only(client: TestClient) -> None:
    docs = client.get("/docs")
    csp = docs.headers["content-security-policy"]
    assert "http" not in csp and "cdn" not in csp
    sources = re.findall(r'(?:src|href)="([^"]+)"', docs.text)
    assert sources and all(s.startswith("/") for s in sources), sources
    for name, kind in (("swagger-ui-bundle.js", "javascript"), ("swagger-ui.css", "text/css"),
                       ("LICENSE", "text/plain")):
        asset = client.get(f"/docs/{name}")
        assert asset.status_code == 200 and kind in asset.headers["content-type"]
    assert "Apache License" in client.get("/docs/LICENSE").text
    for other in ("/docs/index.css", "/docs/..%2fpyproject.toml", "/docs/swagger-editor.js"):
        assert client.get(other).status_code == 404
