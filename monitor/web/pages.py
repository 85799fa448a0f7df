"""The pages people work in: log in, the inbox, one mention and what can be done to it."""

from __future__ import annotations

from contextlib import nullcontext
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode, urlsplit

from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from monitor.errors import StatusError
from monitor.models import ComplaintType, Role, Status
from monitor.timeutil import utcnow
from monitor.web import reading, workflow
from monitor.web.app import Ctx, Req, endpoint
from monitor.web.queries import Filters, page
from monitor.web.rows import inbox_row, options
from monitor.web.users import authenticate, list_users

EMPTY_COUNTS: dict[str, Any] = {
    "status": {},
    "type": {},
    "brand": {},
    "source": {},
    "language": {},
    "answer_now": None,
    "pending": True,
}


def _back(path: str, **query: str) -> RedirectResponse:
    return RedirectResponse(f"{path}?{urlencode(query)}" if query else path, status_code=303)


def _next(value: str | None) -> str:
    """Only a local path: a login link must not send anyone to another site."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/inbox"
    parts = urlsplit(value)
    return value if not parts.scheme and not parts.netloc else "/inbox"


def login_form(ctx: Ctx, req: Req) -> Response:
    return req.render("login.html", next=_next(req.query.get("next")), error=None)


def login(ctx: Ctx, req: Req) -> Response:
    name, password = req.form.get("name", "").strip(), req.form.get("password", "")
    address = req.request.client.host if req.request.client else "?"
    keys = (f"ip:{address}", f"user:{name.casefold()}")
    limiter = ctx.limiter
    assert limiter is not None
    wait = limiter.retry_after(*keys)
    if wait:
        response = req.render(
            "login.html",
            status=429,
            next=_next(req.form.get("next")),
            error=f"Too many failed logins: try again in {wait} s.",
        )
        response.headers["Retry-After"] = str(wait)
        return response
    who = authenticate(ctx.db, name, password) if name and password else None
    if who is None:
        limiter.failed(*keys)
        return req.render(
            "login.html",
            status=401,
            next=_next(req.form.get("next")),
            error="Wrong name or password.",
        )
    limiter.succeeded(keys[1])
    session = req.request.session
    session.clear()  # a new session id and CSRF token: no session fixation
    session.update({"uid": who.id, "v": who.session_version})
    return RedirectResponse(_next(req.form.get("next")), status_code=303)


def logout(ctx: Ctx, req: Req) -> Response:
    req.request.session.clear()
    return RedirectResponse("/login", status_code=303)


def home(ctx: Ctx, req: Req) -> Response:
    return RedirectResponse("/inbox", status_code=303)


def inbox(ctx: Ctx, req: Req) -> Response:
    me = req.user.name
    f = Filters.parse(req.query, me=me)
    brands = ctx.settings.brands
    with nullcontext(req.conn) if req.conn else ctx.db.session() as source:
        found = page(source, f, brands=brands, cursor=req.query.get("cursor"))
        assigned = _assignees(source, [m.id for m in found.rows])
    counts = (
        ctx.counts.get(ctx.db, f, brands=brands, conn=req.conn, as_of=req.arrived) or EMPTY_COUNTS
    )
    now = utcnow()
    rows = [inbox_row(m, assigned.get(m.id), now) for m in found.rows]
    query = f.query(me=me)
    more = urlencode({**query, "cursor": found.next_cursor}) if found.next_cursor else None
    shown = None if counts.get("pending") else counts
    sources = sorted(counts["source"]) or [v for v in (f.source,) if v]
    languages = sorted(counts["language"]) or [v for v in (f.language,) if v]
    choices = (
        ("status", [s.value for s in Status], f.status),
        ("brand", [b.name for b in brands], f.brand),
        ("source", sources, f.source),
        ("type", [t.value for t in ComplaintType], f.type),
        ("language", languages, f.language),
    )
    return req.render(
        "inbox.html",
        rows=rows,
        f=f,
        counts=counts,
        options={k: options(v, on, shown and shown[k]) for k, v, on in choices},
        query=query,
        more=more,
        me=me,
        first=not req.query.get("cursor"),
    )


def _assignees(session: Any, ids: list[int]) -> dict[int, str]:
    from sqlalchemy import Connection

    if not ids:
        return {}
    conn = session if isinstance(session, Connection) else session.connection()
    return {int(i): str(name) for i, name in conn.execute(_assignees_statement(), {"ids": ids})}


@lru_cache(maxsize=1)
def _assignees_statement() -> Any:
    """Built once (see ``queries._statement``); the ids are one expanding bound value."""
    from sqlalchemy import bindparam
    from sqlalchemy import select as sa_select
    from sqlmodel import col

    from monitor.models import Assignment

    return sa_select(col(Assignment.mention_id), col(Assignment.user_name)).where(
        col(Assignment.mention_id).in_(bindparam("ids", expanding=True))
    )


def mention(ctx: Ctx, req: Req) -> Response:
    m = workflow.load_mention(ctx.db, int(req.params["id"]))
    assert m.id is not None
    brand = ctx.brands.get(m.brand)
    with ctx.db.session() as session:
        events = workflow.history(session, m.id)
        approvals = workflow.approvals(session, mention_id=m.id)
        assignee = workflow.assignee(session, m.id)
    users = [a.name for a, _ in list_users(ctx.db) if a.can(Role.RESPONDER)]
    return req.render(
        "mention.html",
        m=m,
        why=reading.why(m),
        drafts=reading.drafts(m, brand),
        events=events,
        approvals=approvals,
        assignee=assignee,
        users=users,
        statuses=[s.value for s in Status],
        types=[t.value for t in ComplaintType],
        brands=list(ctx.brands),
        notice=req.query.get("notice"),
        can_respond=req.user.can(Role.RESPONDER),
        can_approve=req.user.can(Role.APPROVER),
    )


def _done(mention_id: int, notice: str) -> RedirectResponse:
    return _back(f"/mentions/{mention_id}", notice=notice)


def set_status(ctx: Ctx, req: Req) -> Response:
    mention_id = int(req.params["id"])
    change = workflow.change_status(
        ctx.db,
        mention_id,
        workflow.status_named(req.form.get("status", "")),
        by=req.user.name,
        now=utcnow(),
        brands=ctx.brands,
        note=req.form.get("note"),
    )
    return _done(mention_id, f"Marked {change.new.value}.")


def set_assignee(ctx: Ctx, req: Req) -> Response:
    mention_id, user = int(req.params["id"]), req.form.get("user", "").strip() or None
    if user is not None and user not in {a.name for a, _ in list_users(ctx.db)}:
        raise StatusError(f"assign: no user named {user!r}")
    workflow.assign(ctx.db, mention_id, user, by=req.user.name, now=utcnow())
    return _done(mention_id, f"Assigned to {user}." if user else "Unassigned.")


def note(ctx: Ctx, req: Req) -> Response:
    mention_id = int(req.params["id"])
    workflow.add_note(ctx.db, mention_id, req.form.get("note", ""), by=req.user.name, now=utcnow())
    return _done(mention_id, "Note added.")


def correct(ctx: Ctx, req: Req) -> Response:
    mention_id = int(req.params["id"])
    workflow.correct(
        ctx.db,
        mention_id,
        req.form.get("kind", ""),
        req.form.get("value"),
        by=req.user.name,
        now=utcnow(),
        brands=ctx.brands,
    )
    return _done(mention_id, "Correction saved; it will be in the next label export.")


def submit(ctx: Ctx, req: Req) -> Response:
    mention_id = int(req.params["id"])
    workflow.submit(
        ctx.db,
        mention_id,
        req.form.get("channel", ""),
        req.form.get("text", ""),
        by=req.user.name,
        now=utcnow(),
    )
    return _done(mention_id, "Submitted for approval.")


def check(ctx: Ctx, req: Req) -> Response:
    """The self-check on an edited draft, for the page's script (JSON in, JSON out)."""
    body = req.body if isinstance(req.body, dict) else {}
    m = workflow.load_mention(ctx.db, int(req.params["id"]))
    brand = ctx.brands.get(m.brand)
    channel = str(body.get("channel", "public"))
    if brand is None or channel not in workflow.CHANNELS:
        return JSONResponse({"error": "no brand config or unknown channel"}, status_code=400)
    problems = reading.check(str(body.get("text", "")), mention=m, brand=brand, channel=channel)
    return JSONResponse({"ok": not problems, "problems": problems})


def page_routes(ctx: Ctx) -> list[BaseRoute]:
    from monitor.web.pages_more import more_routes

    r = Role.RESPONDER
    return [
        Route("/login", endpoint(ctx, login_form, role=None), methods=["GET"]),
        Route("/login", endpoint(ctx, login, role=None), methods=["POST"]),
        Route("/logout", endpoint(ctx, logout), methods=["POST"]),
        Route("/", endpoint(ctx, home), methods=["GET"]),
        Route("/inbox", endpoint(ctx, inbox, inline=True), methods=["GET"]),
        Route("/mentions/{id:int}", endpoint(ctx, mention), methods=["GET"]),
        Route("/mentions/{id:int}/status", endpoint(ctx, set_status, role=r), methods=["POST"]),
        Route("/mentions/{id:int}/assign", endpoint(ctx, set_assignee, role=r), methods=["POST"]),
        Route("/mentions/{id:int}/note", endpoint(ctx, note, role=r), methods=["POST"]),
        Route("/mentions/{id:int}/correct", endpoint(ctx, correct, role=r), methods=["POST"]),
        Route("/mentions/{id:int}/submit", endpoint(ctx, submit, role=r), methods=["POST"]),
        Route("/mentions/{id:int}/check", endpoint(ctx, check), methods=["POST"]),
        *more_routes(ctx),
    ]
