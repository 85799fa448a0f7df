"""A web app over a real database with the fixed mentions of the report tests, four users
(one per role) and a Starlette test client that logs in like a browser does."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from monitor.models import Role
from monitor.storage import Database
from monitor.web.app import Ctx, create_app
from monitor.web.users import add_user
from tests.conftest import NOW
from tests.reports.fixtures import settings, store

PASSWORD = "correct horse battery"
USERS = {"vera": Role.VIEWER, "rita": Role.RESPONDER, "anna": Role.APPROVER, "adam": Role.ADMIN}
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(html: str) -> str:
    found = _CSRF.search(html)
    assert found, "no CSRF field on the page"
    return found.group(1)


@pytest.fixture
def web_ctx(db: Database) -> Ctx:
    """On SQLite and PostgreSQL (the ``db`` fixture is parametrised over both)."""
    return _ctx(db)


@pytest.fixture
def sqlite_ctx(sqlite_db: Database) -> Ctx:
    return _ctx(sqlite_db)


def _ctx(db: Database) -> Ctx:
    store(db)
    for name, role in USERS.items():
        add_user(db, name, role=role, password=PASSWORD, now=NOW)
    return Ctx(settings(), db)


Login = Callable[[str], TestClient]


@pytest.fixture
def login(sqlite_ctx: Ctx) -> Iterator[Login]:
    yield from _login(sqlite_ctx)


@pytest.fixture
def login_any(web_ctx: Ctx) -> Iterator[Login]:
    yield from _login(web_ctx)


def _login(ctx: Ctx) -> Iterator[Login]:
    app = create_app(ctx, secret="test-secret")
    clients: list[TestClient] = []

    def make(name: str) -> TestClient:
        client = TestClient(app, base_url="http://127.0.0.1", follow_redirects=False)
        clients.append(client)
        token = csrf_of(client.get("/login").text)
        r = client.post("/login", data={"name": name, "password": PASSWORD, "csrf": token})
        assert r.status_code == 303, r.text
        client.headers["x-csrf-token"] = csrf_of(client.get("/inbox").text)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def anonymous(sqlite_ctx: Ctx) -> Iterator[TestClient]:
    with TestClient(create_app(sqlite_ctx, secret="test-secret"), base_url="http://127.0.0.1",
                    follow_redirects=False) as client:  # fmt: skip
        yield client


def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "repmon.toml"
    path.write_text('# the team config\n[[brands]]\nname = "Northwind Coffee"  # ours\n'
                    'keywords = ["northwind*"]\n', "utf-8")  # fmt: skip
    return path
