"""The REST API under ``/api/v1``: the inbox as JSON, with the same rules as the pages.

Authenticate with ``Authorization: Bearer <token>`` (``repmon tokens create``); a logged-in
browser session works too, with its CSRF token on changes. The OpenAPI schema is served at
``/api/v1/openapi.json``.
"""

from __future__ import annotations

from contextlib import nullcontext
from typing import Any

import orjson
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from monitor.errors import StatusError
from monitor.inbox import as_record, as_records
from monitor.models import Approval, Role
from monitor.timeutil import utcnow
from monitor.web import reading, workflow
from monitor.web.app import Ctx, Req, endpoint
from monitor.web.openapi import schema
from monitor.web.queries import RECORD, Filters, page


class _Json(JSONResponse):
    """JSON written by orjson: dates and datetimes in ISO 8601, as ``isoformat`` writes
    them; ten times the standard encoder's speed on a page of 25 records."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)


def _json(value: Any, status: int = 200) -> JSONResponse:
    return _Json(value, status_code=status)


def _body(req: Req) -> dict[str, Any]:
    body = req.body if req.body is not None else req.form
    if not isinstance(body, dict):
        raise StatusError("the body must be a JSON object")
    return body


def mentions(ctx: Ctx, req: Req) -> Response:
    f = Filters.parse(req.query, me=req.user.name)
    size = min(max(int(req.query.get("limit", "50") or 50), 1), 200)
    with nullcontext(req.conn) if req.conn else ctx.db.session() as source:
        found = page(
            source, f, brands=ctx.settings.brands, cursor=req.query.get("cursor"),
            size=size, columns=RECORD,
        )  # fmt: skip
    counts = ctx.counts.get(ctx.db, f, brands=ctx.settings.brands, conn=req.conn, as_of=req.arrived)
    items = as_records(found.rows)
    for item, m in zip(items, found.rows, strict=True):
        item["warnings"] = reading.row_warnings(scored=m.scored, flags=m.flags)
    return _json({"items": items, "next_cursor": found.next_cursor, "counts": counts})


def _approval(a: Approval) -> dict[str, Any]:
    return a.model_dump()


def mention(ctx: Ctx, req: Req) -> Response:
    m = workflow.load_mention(ctx.db, int(req.params["id"]))
    assert m.id is not None
    drafts = reading.drafts(m, ctx.brands.get(m.brand))
    why = reading.why(m)
    stored = reading.stored_reading(m)
    with ctx.db.session() as session:
        events = [e.__dict__ for e in workflow.history(session, m.id)]
        approvals = [_approval(a) for a in workflow.approvals(session, mention_id=m.id)]
        assignee = workflow.assignee(session, m.id)
    return _json(
        {
            **as_record(m),
            "assigned_to": assignee,
            "reading": stored.to_json() if stored else None,
            "why": [{"label": k, "value": v, "because": list(b)} for k, v, b in why.lines],
            "replies": None
            if drafts is None
            else {
                "public": drafts.public,
                "offline": drafts.offline,
                "check": drafts.checks,
                "check_first": drafts.flags,
                "follow_up_on": drafts.follow_up_on,
            },
            "history": events,
            "approvals": approvals,
        }
    )


def set_status(ctx: Ctx, req: Req) -> Response:
    body, mention_id = _body(req), int(req.params["id"])
    change = workflow.change_status(
        ctx.db,
        mention_id,
        workflow.status_named(str(body.get("status", ""))),
        by=req.user.name,
        now=utcnow(),
        brands=ctx.brands,
        note=body.get("note"),
    )
    return _json(
        {
            "id": change.id,
            "old": change.old.value,
            "new": change.new.value,
            "by": change.by,
            "at": change.at,
            "follow_up_on": change.follow_up_on,
        }
    )


def set_assignee(ctx: Ctx, req: Req) -> Response:
    from monitor.web.users import list_users

    user = _body(req).get("user") or None
    if user is not None and user not in {a.name for a, _ in list_users(ctx.db)}:
        raise StatusError(f"user: no user named {user!r}")
    workflow.assign(ctx.db, int(req.params["id"]), user, by=req.user.name, now=utcnow())
    return _json({"id": int(req.params["id"]), "assigned_to": user})


def add_note(ctx: Ctx, req: Req) -> Response:
    workflow.add_note(
        ctx.db,
        int(req.params["id"]),
        str(_body(req).get("note", "")),
        by=req.user.name,
        now=utcnow(),
    )
    return _json({"ok": True}, 201)


def correct(ctx: Ctx, req: Req) -> Response:
    body = _body(req)
    workflow.correct(
        ctx.db,
        int(req.params["id"]),
        str(body.get("kind", "")),
        body.get("value"),
        by=req.user.name,
        now=utcnow(),
        brands=ctx.brands,
    )
    return _json({"ok": True}, 201)


def submit(ctx: Ctx, req: Req) -> Response:
    body = _body(req)
    ident = workflow.submit(
        ctx.db,
        int(req.params["id"]),
        str(body.get("channel", "")),
        str(body.get("text", "")),
        by=req.user.name,
        now=utcnow(),
    )
    return _json({"id": ident, "state": "pending"}, 201)


def approvals(ctx: Ctx, req: Req) -> Response:
    state = req.query.get("state") or None
    with ctx.db.session() as session:
        rows = workflow.approvals(session, state=state)
    return _json({"items": [_approval(a) for a in rows]})


def decide(ctx: Ctx, req: Req) -> Response:
    body = _body(req)
    decision = body.get("decision")
    if decision not in ("approve", "return"):
        raise StatusError("decision: use 'approve' or 'return'")
    row = workflow.decide(
        ctx.db,
        int(req.params["id"]),
        approve=decision == "approve",
        by=req.user.name,
        now=utcnow(),
        note=body.get("note"),
    )
    return _json(_approval(row))


def brands(ctx: Ctx, req: Req) -> Response:
    return _json(
        {
            "items": [
                {
                    "name": b.name,
                    "timezone": b.timezone,
                    "keywords": b.keywords,
                    "handles": b.handles,
                    "exclude": b.exclude,
                    "languages": b.languages,
                }
                for b in ctx.settings.brands
            ]
        }
    )


def stats(ctx: Ctx, req: Req) -> Response:
    from monitor.web.pages_more import stats as brand_stats

    return _json(
        {
            "brands": [
                {"brand": s.brand, "days": [d.__dict__ for d in s.days]} for s in brand_stats(ctx)
            ]
        }
    )


def me(ctx: Ctx, req: Req) -> Response:
    return _json({"name": req.user.name, "role": req.user.role.value})


def openapi(ctx: Ctx, req: Req) -> Response:
    return _json(schema())


def api_routes(ctx: Ctx) -> list[BaseRoute]:
    r, a, p = Role.RESPONDER, Role.APPROVER, "/api/v1"
    return [
        Route(f"{p}/openapi.json", endpoint(ctx, openapi), methods=["GET"]),
        Route(f"{p}/me", endpoint(ctx, me, inline=True), methods=["GET"]),
        Route(f"{p}/mentions", endpoint(ctx, mentions, inline=True), methods=["GET"]),
        Route(f"{p}/mentions/{{id:int}}", endpoint(ctx, mention), methods=["GET"]),
        Route(
            f"{p}/mentions/{{id:int}}/status", endpoint(ctx, set_status, role=r), methods=["POST"]
        ),
        Route(
            f"{p}/mentions/{{id:int}}/assignment",
            endpoint(ctx, set_assignee, role=r),
            methods=["POST"],
        ),
        Route(f"{p}/mentions/{{id:int}}/notes", endpoint(ctx, add_note, role=r), methods=["POST"]),
        Route(
            f"{p}/mentions/{{id:int}}/corrections", endpoint(ctx, correct, role=r), methods=["POST"]
        ),
        Route(
            f"{p}/mentions/{{id:int}}/approvals", endpoint(ctx, submit, role=r), methods=["POST"]
        ),
        Route(f"{p}/approvals", endpoint(ctx, approvals), methods=["GET"]),
        Route(
            f"{p}/approvals/{{id:int}}/decision", endpoint(ctx, decide, role=a), methods=["POST"]
        ),
        Route(f"{p}/brands", endpoint(ctx, brands), methods=["GET"]),
        Route(f"{p}/stats", endpoint(ctx, stats), methods=["GET"]),
    ]
