"""What every request passes through: who is asking, may they, and did our page send it.

- Pages use a signed session cookie (Starlette's ``SessionMiddleware``: itsdangerous-signed,
  HttpOnly, SameSite=Lax, Secure under https). The session holds the user id, the user's
  ``session_version`` (a new password or role logs old sessions out) and a CSRF token.
- Every state-changing request made with the cookie carries that CSRF token (a form field
  or the ``X-CSRF-Token`` header); the API with a bearer token needs none, since a browser
  never attaches one by itself.
- Login failures are limited per address and per user name, in the database, so the limit
  holds across every worker process.
- Every response gets a Content-Security-Policy without inline scripts, and friends.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select
from sqlmodel import col

from monitor.models import LoginFailure, Role
from monitor.storage import Database
from monitor.timeutil import utcnow
from monitor.web.users import Account, account, token_account

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class Denied(Exception):
    """Not logged in (401, or a redirect for a page), or not allowed (403)."""

    def __init__(self, status: int, message: str) -> None:
        self.status, self.message = status, message
        super().__init__(message)


def csrf_token(session: MutableMapping[str, Any]) -> str:
    token = session.get("csrf")
    if not isinstance(token, str):
        token = session["csrf"] = secrets.token_urlsafe(32)
    return token


def check_csrf(session: MutableMapping[str, Any], sent: str | None) -> None:
    expected = session.get("csrf")
    if not (isinstance(expected, str) and sent and hmac.compare_digest(expected, sent)):
        raise Denied(403, "the form's security token is missing or old: reload the page")


def session_account(db: Database | Connection, session: MutableMapping[str, Any]) -> Account | None:
    uid, version = session.get("uid"), session.get("v")
    if not isinstance(uid, int):
        return None
    found = account(db, uid)
    return found if found and found.session_version == version else None


def bearer_account(db: Database | Connection, authorization: str | None) -> Account | None:
    if not authorization or not authorization.lower().startswith("bearer "):
        return None
    return token_account(db, authorization[7:].strip())


def allow(who: Account, role: Role) -> None:
    if not who.can(role):
        raise Denied(403, f"{who.name} is {who.role.value}; this needs {role.value}")


class LoginLimiter:
    """At most ``limit`` failed logins per ``window`` seconds per address and per name.

    The failures live in the database (``web_login_failure``), so the limit holds across
    every worker process of ``repmon web`` and across a restart; logins are rare, so the
    few reads and writes cost nothing that matters."""

    def __init__(self, db: Database, *, limit: int = 5, window: float = 900.0) -> None:
        self.db, self.limit, self.window = db, limit, window

    def retry_after(self, *keys: str) -> int:
        """Seconds to wait before another attempt; 0 when one is allowed now."""
        now = utcnow()
        since = now - timedelta(seconds=self.window)
        stmt = (
            select(func.count(), func.min(col(LoginFailure.at)))
            .where(col(LoginFailure.key).in_(keys), col(LoginFailure.at) > since)
            .group_by(col(LoginFailure.key))
        )
        with self.db.engine.connect() as conn:
            rows = conn.execute(stmt).all()
        waits = [
            self.window - (now - ensure_aware(first)).total_seconds()
            for n, first in rows
            if n >= self.limit
        ]
        return int(max(waits, default=0)) + (1 if waits else 0)

    def failed(self, *keys: str) -> None:
        now = utcnow()
        with self.db.engine.begin() as conn:
            conn.execute(
                delete(LoginFailure).where(
                    col(LoginFailure.at) < now - timedelta(seconds=self.window)
                )
            )  # bounded: only the window is kept
            conn.execute(insert(LoginFailure), [{"key": k[:320], "at": now} for k in keys])

    def succeeded(self, name_key: str) -> None:
        with self.db.engine.begin() as conn:
            conn.execute(delete(LoginFailure).where(col(LoginFailure.key) == name_key))


def ensure_aware(value: datetime) -> datetime:
    """An aggregate bypasses the column type: SQLite gives a naive UTC value back."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class SecurityHeaders:
    """Adds the security headers to every http response."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]]) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)
