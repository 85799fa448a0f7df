"""Nothing without a login, nothing beyond the role, no change without our CSRF token,
untrusted text inert, revoked tokens refused, and a limit on guessing passwords."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from starlette.routing import Route
from starlette.testclient import TestClient

from monitor.models import Role
from monitor.web.app import Ctx, create_app
from monitor.web.users import create_token, revoke_token, set_password
from tests.conftest import NOW
from tests.reports.fixtures import mention, store
from tests.web.conftest import PASSWORD, Login, csrf_of


def _routes(client: TestClient) -> list[tuple[str, str]]:
    out = []
    for route in client.app.routes:  # type: ignore[attr-defined]
        if not isinstance(route, Route) or route.path == "/login":
            continue
        path = route.path.replace("{id:int}", "1").replace("{brand}", "Northwind%20Coffee")
        out += [(method, path) for method in sorted(route.methods or ()) if method != "HEAD"]
    return out


def test_every_route__without_a_session_redirects_pages_and_refuses_the_api(
    anonymous: TestClient,
) -> None:
    routes = _routes(anonymous)
    assert len(routes) >= 30
    for method, path in routes:
        r = anonymous.request(method, path)
        if path.startswith("/api/"):
            assert r.status_code == 401, (method, path)
            assert r.headers["www-authenticate"] == "Bearer"
        else:
            assert r.status_code == 303, (method, path)
            assert r.headers["location"].startswith("/login?next="), (method, path)


def test_every_route__a_made_up_bearer_token_is_refused(anonymous: TestClient) -> None:
    for method, path in _routes(anonymous):
        if path.startswith("/api/"):
            r = anonymous.request(method, path, headers={"Authorization": "Bearer rmt_nope"})
            assert r.status_code == 401, (method, path)


def test_approve__a_responder_cannot_approve_on_the_page_or_the_api(
    login: Login, sqlite_ctx: Ctx
) -> None:
    rita = login("rita")
    r = rita.post("/mentions/1/submit", data={"channel": "public", "text": "Sorry, Ana!"})
    assert r.status_code == 303
    r = rita.post("/approvals/1/decide", data={"decision": "approve"})
    assert r.status_code == 403
    assert "rita is responder; this needs approver" in r.text
    _, token = create_token(sqlite_ctx.db, "rita", label=None, now=NOW)
    api = TestClient(rita.app, base_url="http://127.0.0.1")
    r = api.post("/api/v1/approvals/1/decision", json={"decision": "approve"},
                 headers={"Authorization": f"Bearer {token}"})  # fmt: skip
    assert r.status_code == 403
    assert (
        login("anna").get("/api/v1/approvals?state=pending").json()["items"][0]["state"]
        == "pending"
    )


def test_viewer__can_read_but_not_change_anything(login: Login) -> None:
    vera = login("vera")
    assert vera.get("/mentions/1").status_code == 200
    for path, data in (("/mentions/1/status", {"status": "replied"}),
                       ("/mentions/1/note", {"note": "hi"}),
                       ("/mentions/1/assign", {"user": "vera"}),
                       ("/mentions/1/correct", {"kind": "not_angry"}),
                       ("/mentions/1/submit", {"channel": "public", "text": "x"}),
                       ("/brands/Northwind%20Coffee/terms", {"terms": "nw"})):  # fmt: skip
        assert vera.post(path, data=data).status_code == 403, path
    assert "Mark replied" not in vera.get("/mentions/1").text


def test_csrf__a_post_without_or_with_a_wrong_token_is_refused(login: Login) -> None:
    rita = login("rita")
    good = rita.headers.pop("x-csrf-token")
    r = rita.post("/mentions/1/status", data={"status": "replied"})
    assert r.status_code == 403
    assert "security token" in r.text
    r = rita.post("/mentions/1/status", data={"status": "replied", "csrf": "x" + good})
    assert r.status_code == 403
    r = rita.post("/mentions/1/status", data={"status": "replied", "csrf": good})
    assert r.status_code == 303
    # the session's API routes need it too; only a bearer token goes without
    r = rita.post("/api/v1/mentions/2/notes", json={"note": "no token"})
    assert r.status_code == 403


def test_csrf__the_login_form_needs_it_too(anonymous: TestClient) -> None:
    r = anonymous.post("/login", data={"name": "rita", "password": PASSWORD})
    assert r.status_code == 403


HOSTILE = {
    "text": 'Bad <script>alert("x")</script> <img src=x onerror="alert(1)"> service',
    "author": "<b onmouseover=alert(2)>eve</b>",
    "title": "<iframe src=javascript:alert(3)>",
    "url": "javascript:alert(4)",
}


def test_hostile_mention__renders_inert_in_the_inbox_the_page_and_the_api(
    login: Login, sqlite_ctx: Ctx
) -> None:
    (ident,) = store(sqlite_ctx.db, [mention(40, HOSTILE["text"], author=HOSTILE["author"],
                                             title=HOSTILE["title"], url=HOSTILE["url"],
                                             priority=99.0)])  # fmt: skip
    rita = login("rita")
    for html in (rita.get("/inbox").text, rita.get(f"/mentions/{ident}").text):
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert "<b onmouseover" not in html
        assert "<iframe" not in html
        assert 'href="javascript:' not in html
        assert "&lt;script&gt;" in html
        assert all(s.startswith("<script src=") for s in re.findall(r"<script[^>]*>", html))
    page = rita.get(f"/mentions/{ident}").text
    assert "Open the original" not in page  # a javascript: URL is shown as text, never a link
    assert rita.get(f"/api/v1/mentions/{ident}").json()["text"] == HOSTILE["text"]


def test_headers__csp_without_inline_scripts_and_no_framing(login: Login) -> None:
    r = login("vera").get("/inbox")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"


def test_cookie__httponly_and_samesite_and_secure_under_https(sqlite_ctx: Ctx) -> None:
    for https, secure in ((False, False), (True, True)):
        app = create_app(sqlite_ctx, secret="s", https=https)
        with TestClient(app, base_url="https://127.0.0.1" if https else "http://127.0.0.1",
                        follow_redirects=False) as client:  # fmt: skip
            cookie = client.get("/login").headers["set-cookie"].lower()
            assert "httponly" in cookie
            assert "samesite=lax" in cookie
            assert ("secure" in cookie) is secure


def test_token__refused_after_revocation(sqlite_ctx: Ctx, anonymous: TestClient) -> None:
    ident, token = create_token(sqlite_ctx.db, "vera", label="ci", now=NOW)
    headers = {"Authorization": f"Bearer {token}"}
    assert anonymous.get("/api/v1/me", headers=headers).json() == {"name": "vera", "role": "viewer"}
    revoke_token(sqlite_ctx.db, ident, now=NOW + timedelta(minutes=1))
    assert anonymous.get("/api/v1/me", headers=headers).status_code == 401


def test_token__never_opens_the_pages(sqlite_ctx: Ctx, anonymous: TestClient) -> None:
    _, token = create_token(sqlite_ctx.db, "adam", label=None, now=NOW)
    r = anonymous.get("/inbox", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 303


def test_login__limited_after_five_failures_even_with_the_right_password(
    anonymous: TestClient,
) -> None:
    token = csrf_of(anonymous.get("/login").text)
    for _ in range(5):
        r = anonymous.post("/login", data={"name": "rita", "password": "wrong!", "csrf": token})
        assert r.status_code == 401
        assert "Wrong name or password" in r.text
    r = anonymous.post("/login", data={"name": "rita", "password": PASSWORD, "csrf": token})
    assert r.status_code == 429
    assert int(r.headers["retry-after"]) > 0


def test_login__a_new_password_logs_old_sessions_out(login: Login, sqlite_ctx: Ctx) -> None:
    rita = login("rita")
    assert rita.get("/inbox").status_code == 200
    set_password(sqlite_ctx.db, "rita", "a brand new password")
    assert rita.get("/inbox").status_code == 303


@pytest.mark.parametrize("target", ["//evil.example/x", "https://evil.example", "/\\evil"])
def test_login__never_redirects_to_another_site(anonymous: TestClient, target: str) -> None:
    token = csrf_of(anonymous.get("/login").text)
    r = anonymous.post("/login", data={"name": "anna", "password": PASSWORD, "csrf": token,
                                       "next": target})  # fmt: skip
    assert r.status_code == 303
    assert r.headers["location"].startswith("/")
    assert "evil" not in r.headers["location"]


def test_roles__each_can_what_the_ones_before_can() -> None:
    from monitor.web.users import Account

    admin = Account(1, "a", Role.ADMIN, 1)
    viewer = Account(2, "v", Role.VIEWER, 1)
    assert all(admin.can(r) for r in Role)
    assert [viewer.can(r) for r in Role] == [True, False, False, False]
