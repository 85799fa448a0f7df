"""``repmon tokens``: bearer tokens for the REST API (``/api/v1``)."""

from __future__ import annotations

import click

from monitor.cli.app import App
from monitor.cli.output import echo_json, table
from monitor.timeutil import utcnow


@click.group()
def tokens() -> None:
    """Create, list and revoke API tokens. A token acts with its user's role."""


@tokens.command("create")
@click.option("--user", "user", required=True, help="The user the token acts as.")
@click.option("--label", help="What the token is for (e.g. 'helpdesk sync').")
@click.pass_obj
def create(app: App, user: str, label: str | None) -> None:
    """Create a token; it is printed once and stored only as a hash.

    \b
    Example:
      repmon tokens create --user maria --label "helpdesk sync"
      curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8350/api/v1/mentions
    """
    from monitor.web.users import create_token

    ident, secret = create_token(app.db, user, label=label, now=utcnow())
    click.echo(secret)
    click.echo(
        f"Token {ident} for {user}: shown once, store it now "
        f"(revoke with: repmon tokens revoke {ident}).",
        err=True,
    )


@tokens.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def list_cmd(app: App, as_json: bool) -> None:
    """List tokens (never their secrets).

    \b
    Example:
      repmon tokens list
    """
    from monitor.web.users import list_tokens

    found = list_tokens(app.db)
    if as_json:
        echo_json(
            [
                {
                    "id": t.id,
                    "user": n,
                    "label": t.label,
                    "created_at": t.created_at.isoformat(),
                    "revoked": t.revoked_at is not None,
                }
                for t, n in found
            ]
        )
        return
    rows = [
        (
            t.id,
            n,
            t.label or "",
            f"{t.created_at:%Y-%m-%d %H:%M}",
            "revoked" if t.revoked_at else "active",
        )
        for t, n in found
    ]
    click.echo(
        table(("ID", "USER", "LABEL", "CREATED (UTC)", "STATE"), rows, widths=(5, 20, 30, 16, 8))
        if rows
        else "No tokens."
    )


@tokens.command("revoke")
@click.argument("token_id", metavar="ID", type=int)
@click.pass_obj
def revoke(app: App, token_id: int) -> None:
    """Revoke a token at once; requests with it are refused from now on.

    \b
    Example:
      repmon tokens revoke 3
    """
    from monitor.web.users import revoke_token

    revoke_token(app.db, token_id, now=utcnow())
    click.echo(f"Token {token_id} revoked.")
