"""The ASGI app of ``repmon web``: Starlette, jinja2 templates, no client-side build.

Handlers are plain functions ``(ctx, req) -> Response`` run in a worker thread (the
database calls block); ``endpoint`` wraps each one with the login, role and CSRF checks,
so no route can forget them. The web process never polls sources: it reads and writes the
same database as ``repmon run``, through the same services as the CLI.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import time
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from anyio import CapacityLimiter, to_thread
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import Connection
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount
from starlette.staticfiles import StaticFiles

from monitor.config import Brand, Settings
from monitor.errors import RepmonError
from monitor.models import Role
from monitor.safety import safe_url
from monitor.storage import Database
from monitor.timeutil import humanize_age, utcnow
from monitor.web.counts import CountsCache
from monitor.web.queries import FilterError
from monitor.web.security import (
    Denied,
    LoginLimiter,
    SecurityHeaders,
    allow,
    bearer_account,
    check_csrf,
    csrf_token,
    session_account,
)
from monitor.web.users import Account

HERE = Path(__file__).resolve().parent
SECRET_ENV = "REPMON_WEB_SECRET"
SESSION_HOURS = 12


@dataclass
class Ctx:
    """What every handler shares. ``settings`` is replaced after a config edit."""

    settings: Settings
    db: Database
    config_path: Path | None = None
    counts: CountsCache = field(default_factory=CountsCache)
    limiter: LoginLimiter | None = None
    registry: Any = None
    _config_mtime: int | None = None

    def __post_init__(self) -> None:
        self.limiter = self.limiter or LoginLimiter(self.db)
        self._sqlite = self.db.engine.dialect.name == "sqlite"
        self._config_mtime = self._mtime()

    def _mtime(self) -> int | None:
        try:
            return self.config_path.stat().st_mtime_ns if self.config_path else None
        except OSError:
            return None

    def refresh(self) -> None:
        """Settings edited by another worker process (or by hand) are read again: one
        ``stat`` per request, a parse only when the file changed."""
        mtime = self._mtime()
        if mtime == self._config_mtime or self.config_path is None:
            return
        from monitor.config import load_settings

        try:
            self.settings = load_settings(self.config_path, registry=self.registry)
        except RepmonError:
            return  # a half-written or broken file: keep serving what was valid
        self._config_mtime = mtime

    def saved(self, settings: Settings) -> None:
        """This process wrote the config: take what it wrote."""
        self.settings, self._config_mtime = settings, self._mtime()

    def reads_inline(self) -> bool:
        """Whether a quick read may run on the event loop instead of a worker thread. On
        SQLite a read is CPU work in this process that never waits for a writer (WAL), so
        the hop to a thread and back cost more than the read (a quarter of a request); on
        PostgreSQL a read waits on the network, so it stays in a thread. Not while the
        first counts scan runs: a page may wait for it a moment, and the loop must not."""
        return self._sqlite and self.counts.ready(self.settings.brands)

    @property
    def brands(self) -> dict[str, Brand]:
        return {b.name: b for b in self.settings.brands}


@dataclass
class Req:
    """One request as a handler sees it: plain data, read before the handler runs."""

    request: Request
    who: Account | None
    params: dict[str, str]
    query: dict[str, str]
    form: dict[str, str]
    body: Any = None
    conn: Connection | None = None  # the request's connection for reads (see ``endpoint``)

    @property
    def arrived(self) -> float | None:
        """When the request's connection was opened (monotonic)."""
        return getattr(self.request.state, "arrived", None)

    @property
    def user(self) -> Account:
        assert self.who is not None
        return self.who

    def render(self, name: str, status: int = 200, **values: Any) -> HTMLResponse:
        html = TEMPLATES.get_template(name).render(
            user=self.who,
            csrf=csrf_token(self.request.session),
            path=self.request.url.path,
            **values,
        )
        return HTMLResponse(html, status_code=status)


Handler = Callable[[Ctx, Req], Response]


def _age(value: Any) -> str:
    return humanize_age(utcnow() - value) if value else ""


def _duration(value: Any) -> str:
    return humanize_age(value) if value is not None else ""


def _make_templates() -> Environment:
    env = Environment(
        auto_reload=False,  # templates ship with the package: no stat per render
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["safe_url"] = safe_url
    env.filters["age"] = _age
    env.filters["duration"] = _duration
    env.filters["q"] = lambda value: quote(str(value), safe="")
    return env


TEMPLATES = _make_templates()


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/")


def _who(ctx: Ctx, request: Request, conn: Connection | None = None) -> Account | None:
    source = conn if conn is not None else ctx.db
    if request.url.path.startswith("/api/"):
        found = bearer_account(source, request.headers.get("authorization"))
        if found is not None:
            request.state.bearer = True
            return found
    return session_account(source, request.session)


async def _read(request: Request) -> tuple[dict[str, str], Any]:
    if request.method not in ("POST", "PUT", "PATCH", "DELETE"):
        return {}, None
    kind = request.headers.get("content-type", "")
    if kind.startswith("application/json"):
        try:
            return {}, await request.json()
        except ValueError:
            raise Denied(400, "the body is not valid JSON") from None
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str)}, None


_LIMITERS: weakref.WeakKeyDictionary[Any, CapacityLimiter] = weakref.WeakKeyDictionary()
THREADS = 4  # handlers at once per process: more threads only fight over the GIL


def _limit() -> CapacityLimiter:
    """The worker threads handlers run in: one limiter per event loop."""
    loop = asyncio.get_running_loop()
    found = _LIMITERS.get(loop)
    if found is None:
        found = _LIMITERS[loop] = CapacityLimiter(THREADS)
    return found


_READS = frozenset({"GET", "HEAD"})


def endpoint(
    ctx: Ctx,
    handler: Handler,
    *,
    role: Role | None = Role.VIEWER,
    csrf: bool = True,
    inline: bool = False,
) -> Callable[[Request], Awaitable[Response]]:
    """Wrap ``handler``: log-in and role check (``role=None``: public), CSRF on changes.

    ``inline``: a quick read (the inbox, the API's list) runs on the event loop itself when
    ``Ctx.reads_inline`` says it may; anything else runs in a worker thread."""

    async def run(request: Request) -> Response:
        ctx.refresh()
        try:
            form, body = await _read(request)
            unreadable = None
        except Denied as e:  # said after the log-in check: a stranger gets a 401 first
            form, body, unreadable = {}, None, e
        if inline and request.method in _READS and ctx.reads_inline():
            return serve(request, form, body, unreadable)
        return await to_thread.run_sync(serve, request, form, body, unreadable, limiter=_limit())

    def serve(request: Request, form: dict[str, str], body: Any, unreadable: Denied | None
              ) -> Response:  # fmt: skip
        """Everything but reading the body, in one worker thread: the checks, the handler."""
        request.state.arrived = time.monotonic()  # before the connection's first read
        with ctx.db.engine.connect() as conn:  # one connection for the request's reads
            return _checked(request, form, body, unreadable, conn)

    def _checked(request: Request, form: dict[str, str], body: Any, unreadable: Denied | None,
                 conn: Connection) -> Response:  # fmt: skip
        try:
            who = _who(ctx, request, conn)
            if role is not None and who is None:
                raise Denied(401, "log in first")
            if role is not None and who is not None:
                allow(who, role)
            if unreadable is not None:
                raise unreadable
            unsafe = request.method in ("POST", "PUT", "PATCH", "DELETE")
            if csrf and unsafe and not getattr(request.state, "bearer", False):
                check_csrf(request.session, form.get("csrf") or request.headers.get("x-csrf-token"))
            req = Req(
                request,
                who,
                dict(request.path_params),
                dict(request.query_params),
                form,
                body,
                conn,
            )
            return handler(ctx, req)
        except Denied as e:
            return _denied(request, e)
        except (RepmonError, FilterError) as e:
            status = 404 if "no such" in str(e) else 400
            return _denied(request, Denied(status, str(e)))

    return run


def _denied(request: Request, e: Denied) -> Response:
    if not _wants_html(request):
        return JSONResponse(
            {"error": e.message},
            status_code=e.status,
            headers={"WWW-Authenticate": "Bearer"} if e.status == 401 else None,
        )
    if e.status == 401:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)
    req = Req(request, session_account_or_none(request), {}, {}, {})
    return req.render("error.html", status=e.status, message=e.message)


def session_account_or_none(request: Request) -> Account | None:
    ctx: Ctx = request.app.state.ctx
    return session_account(ctx.db, request.session)


def secret_key(data_dir: Path | None) -> str:
    """``$REPMON_WEB_SECRET``, else a random key kept in the data dir (mode 0600), so
    sessions survive a restart; without a data dir, a key for this process only."""
    if os.environ.get(SECRET_ENV):
        return os.environ[SECRET_ENV]
    if data_dir is None:
        return secrets.token_urlsafe(48)
    path = data_dir / "web-secret"
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(48))
    return path.read_text().strip()


def create_app(ctx: Ctx, *, secret: str, https: bool = False) -> Starlette:
    from monitor.web.api import api_routes
    from monitor.web.pages import page_routes

    routes: list[BaseRoute] = [
        *page_routes(ctx),
        *api_routes(ctx),
        Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"),
    ]
    middleware = [
        Middleware(SecurityHeaders),
        Middleware(
            SessionMiddleware,
            secret_key=secret,
            session_cookie="repmon_session",
            max_age=SESSION_HOURS * 3600,
            same_site="lax",
            https_only=https,
        ),
    ]
    ctx.counts.warm(ctx.db, brands=ctx.settings.brands)
    app = Starlette(routes=routes, middleware=middleware)
    app.state.ctx = ctx
    return app
