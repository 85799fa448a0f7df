"""``repmon users``: who may log in to ``repmon web``, with which role."""

from __future__ import annotations

import sys

import click

from monitor.cli.app import App
from monitor.cli.output import echo_json, table
from monitor.kinds import Role
from monitor.timeutil import utcnow

ROLES = click.Choice([r.value for r in Role])


def read_password(password_stdin: bool) -> str:
    """From stdin (one line, for scripts) or a hidden prompt asked twice."""
    if password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return str(click.prompt("Password", hide_input=True, confirmation_prompt=True))


@click.group()
def users() -> None:
    """Add, list and remove the people who use the web inbox.

    \b
    Roles, each allowed what the ones before it are:
      viewer     reads the inbox, mentions, dashboard, sources and outbox
      responder  marks, assigns, notes, corrects, submits replies for approval
      approver   approves or returns submitted replies
      admin      edits brands and keywords
    """


@users.command("add")
@click.argument("name")
@click.option("--role", type=ROLES, required=True)
@click.option("--password-stdin", is_flag=True, help="Read the password from stdin.")
@click.pass_obj
def add(app: App, name: str, role: str, password_stdin: bool) -> None:
    """Add a user.

    \b
    Examples:
      repmon users add maria --role approver
      printf '%s\\n' "$PASSWORD" | repmon users add bot --role viewer --password-stdin
    """
    from monitor.web.users import add_user

    add_user(app.db, name, role=Role(role), password=read_password(password_stdin), now=utcnow())
    click.echo(f"Added {name} ({role}).")


@users.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def list_cmd(app: App, as_json: bool) -> None:
    """List the users and their roles.

    \b
    Example:
      repmon users list --json
    """
    from monitor.web.users import list_users

    found = list_users(app.db)
    if as_json:
        echo_json(
            [
                {"name": a.name, "role": a.role.value, "created_at": at.isoformat()}
                for a, at in found
            ]
        )
        return
    if not found:
        click.echo("No users yet: repmon users add NAME --role admin")
        return
    rows = [(a.name, a.role.value, f"{at:%Y-%m-%d %H:%M}") for a, at in found]
    click.echo(table(("NAME", "ROLE", "ADDED (UTC)"), rows, widths=(24, 10, 16)))


@users.command("remove")
@click.argument("name")
@click.pass_obj
def remove(app: App, name: str) -> None:
    """Remove a user and revoke their API tokens; their history stays.

    \b
    Example:
      repmon users remove maria
    """
    from monitor.web.users import remove_user

    remove_user(app.db, name)
    click.echo(f"Removed {name}.")


@users.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from stdin.")
@click.pass_obj
def passwd(app: App, name: str, password_stdin: bool) -> None:
    """Set a new password; the user's open sessions are logged out.

    \b
    Example:
      repmon users passwd maria
    """
    from monitor.web.users import set_password

    set_password(app.db, name, read_password(password_stdin))
    click.echo(f"New password set for {name}; their sessions are logged out.")


@users.command("role")
@click.argument("name")
@click.argument("role", type=ROLES)
@click.pass_obj
def role(app: App, name: str, role: str) -> None:
    """Change a user's role; their open sessions are logged out.

    \b
    Example:
      repmon users role maria admin
    """
    from monitor.web.users import set_role

    set_role(app.db, name, Role(role))
    click.echo(f"{name} is now {role}.")
