"""The other pages: approvals, dashboard, brands and keywords, sources, outbox."""

from __future__ import annotations

import threading
import time
from typing import Any

from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from monitor.cli.match import _explain
from monitor.editing import ConfigFile, add_brand, add_terms, remove_brand, remove_terms
from monitor.errors import ConfigError, Problem
from monitor.matching import split_query
from monitor.models import Mention, Role
from monitor.timeutil import utcnow
from monitor.web import reading, workflow
from monitor.web.app import Ctx, Req, endpoint
from monitor.web.dashboard import BrandStats, brand_stats

DASHBOARD_TTL = 60.0
_dash_lock = threading.Lock()
_dash_cache: dict[int, tuple[float, list[BrandStats]]] = {}


def approvals(ctx: Ctx, req: Req) -> Response:
    with ctx.db.session() as session:
        pending = workflow.approvals(session, state="pending")
        ready = workflow.approvals(session, state="approved")
        returned = workflow.approvals(session, state="returned")
        ids = {a.mention_id for a in (*pending, *ready, *returned)}
        mentions = {m.id: m for m in (session.get(Mention, i) for i in ids) if m is not None}
    checks = {
        a.id: reading.check(a.text, mention=m, brand=b, channel=a.channel)
        for a in pending
        if (m := mentions.get(a.mention_id)) is not None and (b := ctx.brands.get(m.brand))
    }
    return req.render(
        "approvals.html",
        checks=checks,
        pending=pending,
        ready=ready,
        returned=returned,
        mentions=mentions,
        can_approve=req.user.can(Role.APPROVER),
    )


def decide(ctx: Ctx, req: Req) -> Response:
    approve = req.form.get("decision") == "approve"
    row = workflow.decide(
        ctx.db,
        int(req.params["id"]),
        approve=approve,
        by=req.user.name,
        now=utcnow(),
        note=req.form.get("note"),
    )
    word = "Approved: ready to post." if approve else "Sent back with your note."
    if req.form.get("back") == "mention":
        return RedirectResponse(f"/mentions/{row.mention_id}?notice={word}", status_code=303)
    return RedirectResponse("/approvals", status_code=303)


def stats(ctx: Ctx) -> list[BrandStats]:
    """Per-brand daily figures, computed at most once a minute (they scan 30 days)."""
    now = time.monotonic()
    with _dash_lock:
        hit = _dash_cache.get(id(ctx))
    if hit and now - hit[0] < DASHBOARD_TTL:
        return hit[1]
    with ctx.db.session() as session:
        found = [
            brand_stats(session, b, now=utcnow(), min_count=ctx.settings.run.spike_min_count)
            for b in ctx.settings.brands
        ]
    with _dash_lock:
        _dash_cache[id(ctx)] = (now, found)
    return found


def dashboard(ctx: Ctx, req: Req) -> Response:
    return req.render("dashboard.html", stats=stats(ctx))


def brands(ctx: Ctx, req: Req) -> Response:
    return _brands_page(ctx, req)


def _brands_page(
    ctx: Ctx,
    req: Req,
    *,
    status: int = 200,
    error: str | None = None,
    explain: list[dict[str, object]] | None = None,
    text: str = "",
) -> Response:
    return req.render(
        "brands.html",
        status=status,
        brands=ctx.settings.brands,
        error=error,
        explain=explain,
        text=text,
        can_edit=req.user.can(Role.ADMIN),
        editable=ctx.config_path is not None,
    )


def match(ctx: Ctx, req: Req) -> Response:
    text = req.form.get("text", "")
    found = [_explain(b, text, req.form.get("lang") or None) for b in ctx.settings.brands]
    return _brands_page(ctx, req, explain=found, text=text)


def edit_terms(ctx: Ctx, req: Req) -> Response:
    """Add or remove terms through the CLI's validated, comment-keeping TOML editing."""
    if ctx.config_path is None:
        raise ConfigError([Problem("", "this server has no config file to edit (demo)")])
    try:
        terms = split_query(req.form.get("terms", ""))
    except ValueError as e:
        return _brands_page(ctx, req, status=400, error=f"terms: {e}")
    if not terms:
        return _brands_page(ctx, req, status=400, error="terms: give at least one term")
    from connectors import REGISTRY

    cfg = ConfigFile(ctx.config_path, registry=REGISTRY)
    try:
        if req.form.get("action") == "remove":
            remove_terms(cfg, req.params["brand"], terms)
        else:
            add_terms(cfg, req.params["brand"], terms)
        ctx.saved(cfg.save())
    except ConfigError as e:
        return _brands_page(ctx, req, status=400, error=str(e))
    return RedirectResponse("/brands", status_code=303)


def edit_brand(ctx: Ctx, req: Req) -> Response:
    """Add a brand with its first terms, or remove one, through the same validated editing."""
    if ctx.config_path is None:
        raise ConfigError([Problem("", "this server has no config file to edit (demo)")])
    from connectors import REGISTRY

    cfg = ConfigFile(ctx.config_path, registry=REGISTRY)
    name = req.form.get("name", "").strip()
    try:
        if req.form.get("action") == "remove":
            remove_brand(cfg, name)
        else:
            terms = split_query(req.form.get("terms", ""))
            add_brand(cfg, name=name, terms=terms, timezone=req.form.get("timezone") or None)
        ctx.saved(cfg.save())
    except (ConfigError, ValueError) as e:
        return _brands_page(ctx, req, status=400, error=str(e))
    return RedirectResponse("/brands", status_code=303)


def sources(ctx: Ctx, req: Req) -> Response:
    from connectors import REGISTRY
    from monitor.health import collect

    health = collect(ctx.settings, ctx.db, registry=REGISTRY, now=utcnow())
    return req.render("sources.html", health=health, now=health.now)


def outbox(ctx: Ctx, req: Req) -> Response:
    from reports.outbox import Outbox

    items: list[Any] = Outbox(ctx.db).unsent()
    return req.render("outbox.html", items=items)


def more_routes(ctx: Ctx) -> list[BaseRoute]:
    a = Role.APPROVER
    return [
        Route("/approvals", endpoint(ctx, approvals), methods=["GET"]),
        Route("/approvals/{id:int}/decide", endpoint(ctx, decide, role=a), methods=["POST"]),
        Route("/dashboard", endpoint(ctx, dashboard), methods=["GET"]),
        Route("/brands", endpoint(ctx, brands), methods=["GET"]),
        Route("/brands/match", endpoint(ctx, match), methods=["POST"]),
        Route("/brands", endpoint(ctx, edit_brand, role=Role.ADMIN), methods=["POST"]),
        Route(
            "/brands/{brand}/terms", endpoint(ctx, edit_terms, role=Role.ADMIN), methods=["POST"]
        ),
        Route("/sources", endpoint(ctx, sources), methods=["GET"]),
        Route("/outbox", endpoint(ctx, outbox), methods=["GET"]),
    ]
