"""The REST API with bearer tokens: the same filters, pages and rules as the pages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.routing import Route
from starlette.testclient import TestClient

from monitor.web.app import Ctx, create_app
from monitor.web.users import create_token
from tests.conftest import NOW


@pytest.fixture
def api(web_ctx: Ctx) -> Iterator[dict[str, TestClient]]:
    app = create_app(web_ctx, secret="s")
    clients = {}
    for name in ("vera", "rita", "anna"):
        _, token = create_token(web_ctx.db, name, label="test", now=NOW)
        clients[name] = TestClient(app, base_url="http://127.0.0.1",
                                   headers={"Authorization": f"Bearer {token}"})  # fmt: skip
    yield clients
    for client in clients.values():
        client.close()


def test_mentions__filters_keyset_pages_and_counts(api: dict[str, TestClient]) -> None:
    vera = api["vera"]
    first = vera.get("/api/v1/mentions?limit=2").json()
    assert [m["id"] for m in first["items"]] == [1, 2]
    second = vera.get(f"/api/v1/mentions?limit=2&cursor={first['next_cursor']}").json()
    assert [m["id"] for m in second["items"]] == [3, 4]
    assert first["counts"]["status"]["new"] == 5
    assert [m["id"] for m in vera.get("/api/v1/mentions?source=reddit").json()["items"]] == [3]
    r = vera.get("/api/v1/mentions?type=rant")
    assert r.status_code == 400
    assert r.json()["error"].startswith("type:")


def test_mention__reading_replies_and_self_check(api: dict[str, TestClient]) -> None:
    m = api["vera"].get("/api/v1/mentions/1").json()
    assert m["id"] == 1
    assert m["why"]
    assert m["replies"]["public"]
    assert set(m["replies"]["check"]) <= {"public", "offline"}
    assert api["vera"].get("/api/v1/mentions/999").status_code == 404


def test_workflow__status_assignment_notes_corrections_and_approval(
    api: dict[str, TestClient],
) -> None:
    rita, anna, vera = api["rita"], api["anna"], api["vera"]
    r = rita.post("/api/v1/mentions/1/status", json={"status": "replied", "note": "DM sent"})
    assert r.status_code == 200
    assert r.json()["new"] == "replied"
    assert rita.post("/api/v1/mentions/1/status", json={"status": "replied"}).status_code == 400
    assert (
        rita.post("/api/v1/mentions/2/assignment", json={"user": "rita"}).json()["assigned_to"]
        == "rita"
    )
    assert [m["id"] for m in rita.get("/api/v1/mentions?assigned=me").json()["items"]] == [2]
    assert rita.post("/api/v1/mentions/2/notes", json={"note": "calling them"}).status_code == 201
    r = rita.post(
        "/api/v1/mentions/2/corrections", json={"kind": "wrong_type", "value": "delivery"}
    )
    assert r.status_code == 201
    ident = rita.post("/api/v1/mentions/2/approvals",
                      json={"channel": "public", "text": "Sorry!"}).json()["id"]  # fmt: skip
    assert (
        vera.post(f"/api/v1/approvals/{ident}/decision", json={"decision": "approve"}).status_code
        == 403
    )
    r = anna.post(f"/api/v1/approvals/{ident}/decision", json={"decision": "approve"})
    assert r.json()["state"] == "approved"
    assert r.json()["decided_by"] == "anna"
    ready = vera.get("/api/v1/approvals?state=approved").json()["items"]
    assert [a["id"] for a in ready] == [ident]
    kinds = [e["kind"] for e in vera.get("/api/v1/mentions/2").json()["history"]]
    assert kinds == ["assign", "note", "correct", "submit", "approve"]


def test_openapi__describes_every_api_route_and_nothing_else(
    web_ctx: Ctx, api: dict[str, TestClient]
) -> None:
    doc = api["vera"].get("/api/v1/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    app = create_app(web_ctx, secret="s")
    served = {
        (r.path.replace("{id:int}", "{id}"), m.lower())
        for r in app.routes if isinstance(r, Route) and r.path.startswith("/api/")
        for m in (r.methods or ()) if m != "HEAD"
    }  # fmt: skip
    described = {(p, m) for p, ops in doc["paths"].items() for m in ops}
    assert described == served


def test_brands_and_stats(api: dict[str, TestClient]) -> None:
    assert api["vera"].get("/api/v1/brands").json()["items"][0]["name"] == "Northwind Coffee"
    stats = api["vera"].get("/api/v1/stats").json()["brands"][0]
    assert stats["brand"] == "Northwind Coffee"
    assert len(stats["days"]) == 30
