"""HTTP conformance: auth before parsing, HEAD and Allow, strict dates, documented errors, and
errors that tell clients nothing about the server's insides."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.serve_helpers import TOKEN
from api.test_reads import assert_error
from communique.api import create_app

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_a_write_without_the_token_is_401_whatever_its_body(client: TestClient) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}):
        for body in (b"{not json", b'{"text": 5}', b"\xff\xfe"):
            response = client.post("/api/articles", content=body,
                                   headers={**headers, "content-type": "application/json"})
            assert_error(response, 401, "E701")
    assert_error(client.post("/api/articles", content=b"{not json",
                             headers={**AUTH, "content-type": "application/json"}), 422, "E704")


@pytest.mark.parametrize("path", ["/api/events", "/api/articles", "/", "/claims",
                                  "/static/style.css", "/docs", "/openapi.json"])
def test_head_is_answered_wherever_get_is(client: TestClient, path: str) -> None:
    get, head = client.get(path), client.head(path)
    assert get.status_code == head.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    assert head.headers.get("content-length") == get.headers.get("content-length")


def test_405_names_every_allowed_method(client: TestClient) -> None:
    response = client.delete("/api/articles")
    assert_error(response, 405)
    assert response.headers["allow"] == "GET, HEAD, POST"
    assert client.put("/api/events").headers["allow"] == "GET, HEAD"


@pytest.mark.parametrize("value", ["0", "1", "-1", "2031-02-30", "2031-3-1", "20310301",
                                   "2031-03-01T00:00", "yesterday"])
def test_dates_are_iso_dates_only(client: TestClient, value: str) -> None:
    for name in ("since", "until"):
        assert_error(client.get("/api/events", params={name: value}), 422, "E704")
    assert client.get("/api/events", params={"until": "2031-03-01"}).status_code == 200


def test_every_operation_documents_its_errors(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    body = spec["components"]["schemas"]["ErrorBody"]
    assert body["required"] == ["error"]
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            statuses = ("401", "404", "422", "429", "503") if path.startswith("/api/") \
                else ("429",)
            for status in statuses:
                schema = operation["responses"][status]["content"]["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/ErrorBody"}, (path, method)
    assert "503" in spec["paths"]["/healthz"]["get"]["responses"]


@pytest.mark.parametrize("store", ["folder", "postgresql"])
def test_store_errors_tell_clients_nothing_of_the_store(tmp_path: Path, store: str) -> None:
    if store == "folder":
        secret = tmp_path / "secret-folder-name"
        secret.mkdir()
        url = str(secret)
        words = ["secret-folder-name", str(tmp_path)]
    else:
        pytest.importorskip("psycopg")
        url = "postgresql://admin:hunter2@127.0.0.1:1/secretdb?connect_timeout=2"
        words = ["127.0.0.1", "secretdb", "admin", "hunter2"]
    with TestClient(create_app(url, rate_limit=0)) as client:
        for path in ("/api/events", "/", "/api/search?q=x"):
            response = client.get(path)
            assert response.status_code == 503
            for word in words:
                assert word not in response.text


def test_rate_limits_are_per_token_and_configurable(
        make_client: Callable[..., TestClient]) -> None:
    client = make_client(token=TOKEN, rate_limit=3)
    assert all(client.get("/api/digest").status_code == 200 for _ in range(3))
    assert_error(client.get("/api/digest"), 429, "E706")
    # Same address, but this client proves who it is: a bucket of its own.
    assert all(client.get("/api/digest", headers=AUTH).status_code == 200 for _ in range(3))
    assert_error(client.get("/api/digest", headers=AUTH), 429, "E706")
    # A wrong token is no way to a fresh bucket.
    assert_error(client.get("/api/digest", headers={"Authorization": "Bearer x"}), 429)
