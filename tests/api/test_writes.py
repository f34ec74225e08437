"""Writes through the API: failures are the article's, never the server's or the batch's."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from api.serve_helpers import TOKEN
from api.test_reads import assert_error

from support.faults import POISONED_TEXT, poison

AUTH = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}


def test_an_article_whose_extraction_fails_is_a_422_and_stores_nothing(
        make_client: Callable[..., TestClient], monkeypatch: pytest.MonkeyPatch) -> None:
    poison(monkeypatch)
    client = make_client(token=TOKEN)
    before = client.get("/api/digest").json()["counts"]
    error = assert_error(client.post("/api/articles", headers=AUTH,
                                     json={"text": POISONED_TEXT}), 422, "E302")
    assert "injected failure" in error["message"]
    assert client.get("/api/digest").json()["counts"] == before
    good = client.post("/api/articles", headers=AUTH, json={
        "text": POISONED_TEXT.replace("POISON", "Meanwhile,")})
    assert good.status_code == 201, good.text
    assert good.json()["counts"]["articles"] == before["articles"] + 1


def test_nul_and_lone_surrogates_in_a_posted_article_are_replaced(
        make_client: Callable[..., TestClient]) -> None:
    client = make_client(token=TOKEN)
    text = POISONED_TEXT.replace("POISON", "A \u0000 NUL and a \ud800 surrogate.")
    response = client.post("/api/articles", headers=AUTH,
                           content=json.dumps({"text": text, "title": "t\u0000"}))
    assert response.status_code == 201, response.text
    stored = client.get(f"/api/articles/{response.json()['id']}").json()
    assert "A \ufffd NUL and a \ufffd surrogate." in stored["text"]
    assert stored["title"] == "t\ufffd" and len(stored["notes"]) == 2
