"""``repmon web``: the team inbox in the browser (and the REST API under /api/v1)."""

from __future__ import annotations

import ipaddress
import os
import secrets

import click

from monitor.cli.app import App
from monitor.kinds import Role
from monitor.timeutil import utcnow

DEMO_USERS = (("demo", Role.ADMIN), ("demo-approver", Role.APPROVER))


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def demo_logins(app: App) -> list[tuple[str, str]]:
    """Fresh passwords for the demo users, valid until the next ``repmon --demo web``."""
    from monitor.web.users import UserError, add_user, set_password

    out = []
    for name, role in DEMO_USERS:
        password = secrets.token_urlsafe(12)
        try:
            add_user(app.db, name, role=role, password=password, now=utcnow())
        except UserError:
            set_password(app.db, name, password)
        out.append((name, password))
    return out


def _load_demo(ctx: click.Context, app: App) -> None:
    if app.db.count_mentions():
        return
    from monitor.cli.scan import scan

    click.echo("Loading the demo data first (repmon scan --demo)...")
    try:
        ctx.invoke(scan, demo=True)
    except SystemExit as e:
        if e.code:  # a demo source failed; what was stored is still worth showing
            click.echo("Some demo sources failed; showing what was stored.", err=True)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8350, show_default=True)
@click.option(
    "--https",
    is_flag=True,
    help="Behind a TLS proxy: mark the session cookie Secure (sent over https only).",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Worker processes (one per core is a good start; each keeps its own counts).",
)
@click.pass_context
def web(ctx: click.Context, host: str, port: int, https: bool, workers: int) -> None:
    """Serve the team inbox: inbox, mentions, approvals, dashboard, brands, sources, outbox.

    Every page and /api/v1 route needs a login (`repmon users add`) or a bearer token
    (`repmon tokens create`). It never polls sources: run `repmon run` beside it.

    \b
    Examples:
      repmon users add maria --role admin
      repmon web                        # http://127.0.0.1:8350
      repmon web --workers 2            # a process per core for a busy team
      repmon --demo web                 # the demo data, with a one-time demo login
    """
    import uvicorn

    from monitor.web.app import Ctx, create_app, secret_key

    app: App = ctx.obj
    settings = app.settings
    if app.demo:
        _load_demo(ctx, app)
    config_path = None if app.demo else app.path
    secret = secret_key(app.resolved_data_dir)
    asgi = None
    if workers == 1:
        asgi = create_app(Ctx(settings, app.db, config_path=config_path), secret=secret,
                          https=https)  # fmt: skip
    if not is_loopback(host):
        click.echo(
            f"warning: serving plain HTTP on {host}: passwords and sessions cross the "
            "network unencrypted unless a TLS proxy is in front (then pass --https).",
            err=True,
        )
    if app.demo:
        for name, password in demo_logins(app):
            click.echo(f"Demo login: {name} / {password}  (valid until the next start)")
    click.echo(f"repmon web on http://{host}:{port}/  (Ctrl+C stops it)")
    if asgi is not None:
        uvicorn.run(asgi, host=host, port=port, log_level="warning", proxy_headers=https)
        return
    from monitor.web.app import SECRET_ENV
    from monitor.web.serve import SPEC_ENV, run_workers, spec

    os.environ[SPEC_ENV] = spec(config=config_path, database_url=app.db.url, https=https)
    os.environ[SECRET_ENV] = secret  # the workers sign with the same key
    run_workers("monitor.web.serve:app_from_env", host=host, port=port, workers=workers,
                https=https)  # fmt: skip
