"""``repmon doctor``: is this install able to do its job? One line per check.

Each check says ok or problem, and for a problem how to fix it: the config, the database,
each source's credentials and reachability (its connector's one cheap ``check()`` call),
SMTP (connect, STARTTLS, login; nothing is sent), the alert channels and the disk. The
exit code is 0 when everything is ok and 1 otherwise, so a monitoring check can run it;
``--json`` gives the same as one object. Every message is redacted before it is shown.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from functools import partial
from typing import TYPE_CHECKING

import click

from monitor.cli.app import App, MissingConfig
from monitor.cli.output import echo_json
from monitor.cli.plain import plain_error
from monitor.errors import AuthError, ConfigError, RateLimited, RepmonError

if TYPE_CHECKING:
    from monitor.config import Settings, Source

EXIT_PROBLEM = 1
LOW_DISK = 200 * 1024 * 1024  # below this, SQLite writes and the outbox start failing


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""


def _config(app: App) -> tuple[Check, Settings | None]:
    try:
        s = app.settings
    except MissingConfig:
        fix = "run `repmon init --brand NAME` (or try `repmon --demo scan`)"
        return Check("config", False, f"{app.path} does not exist", fix), None
    except ConfigError as e:
        return Check("config", False, plain_error(str(e)), "fix the fields named above"), None
    detail = f"{app.path}: {len(s.brands)} brand(s), {len(s.sources)} source(s)"
    return Check("config", True, detail), s


def _database(app: App) -> Check:
    from monitor.schema import current
    from monitor.storage import redact as hide_password

    try:
        db = app.db
        return Check("database", True, f"{hide_password(db.url)} at revision {current(db)}")
    except RepmonError as e:
        fix = "run `repmon db upgrade`" if "db upgrade" in str(e) else (
            "check REPMON_DATABASE_URL / --database-url, that the server runs and the "
            "data directory is writable")  # fmt: skip
        return Check("database", False, plain_error(str(e)), fix)


def _source(app: App, source: Source) -> Check:
    from monitor.cli.sources import check_source

    name = f"source {source.key}"
    if not source.enabled:
        return Check(name, True, "disabled (enabled = false)")
    try:
        problem = check_source(app, source)
    except RateLimited as e:
        return Check(name, True, f"reachable, rate limited for {e.retry_after:.0f}s")
    except Exception as e:  # noqa: BLE001  a library's own error: report it, check the rest
        problem = f"{type(e).__name__}: {e}"
    if problem is None:
        return Check(name, True, f"{source.kind}: credentials and connection ok")
    if "is not set" in problem or "refused" in problem or isinstance(problem, AuthError):
        fix = "set the variable named above (in the environment or .env) or renew the token"
    elif "options." in problem:
        fix = "fix the option named above in the config"
    else:
        fix = "check the network, base_url / url, or whether the service is down"
    return Check(name, False, plain_error(problem), fix)


def _smtp(app: App, settings: Settings) -> Check:
    email = settings.email
    if not any(b.digest.recipients for b in settings.brands):
        return Check("smtp", True, "not used: no brand has digest recipients")
    where = f"{email.host}:{email.port} ({email.security})"
    password = app.env.get(email.password_env or "", "") if email.password_env else None
    if email.password_env and not password:
        return Check("smtp", False, f"{email.password_env} is not set",
                     f"export {email.password_env}=... (or put it in .env)")  # fmt: skip
    import smtplib  # here, not at start-up: every command imports this module

    try:
        _smtp_login(settings, password)
    except (smtplib.SMTPException, OSError) as e:
        fix = "check [email] host, port and security, and the username / password"
        return Check("smtp", False, plain_error(f"{where}: {e}"), fix)
    return Check("smtp", True, f"{where}: connected" + (", logged in" if password else ""))


def _smtp_login(settings: Settings, password: str | None) -> None:
    import smtplib
    import ssl

    e = settings.email
    if e.security == "ssl":
        context = ssl.create_default_context()
        client: smtplib.SMTP = smtplib.SMTP_SSL(e.host, e.port, timeout=10, context=context)
    else:
        client = smtplib.SMTP(e.host, e.port, timeout=10)
    with client:
        client.ehlo()
        if e.security == "starttls":
            client.starttls(context=ssl.create_default_context())
        if e.username and password:
            client.login(e.username, password)
        client.noop()


def _channels(app: App, settings: Settings) -> list[Check]:
    import apprise

    checks = []
    for brand in settings.brands:
        for var in brand.alerts.channels_env:
            name, url = f"alerts {brand.name} {var}", app.env.get(var, "")
            if not url:
                checks.append(Check(name, False, f"{var} is not set", f"export {var}=URL"))
            elif not apprise.Apprise().add(url):
                fix = "use a notification URL apprise knows (slack://, discord://, ...)"
                checks.append(Check(name, False, f"{var} is not a URL apprise knows", fix))
            else:
                checks.append(Check(name, True, f"{var} holds a {url.split(':', 1)[0]} URL"))
    return checks


def _disk(app: App) -> Check:
    folder = app.resolved_data_dir
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder):
            pass
        free = shutil.disk_usage(folder).free
    except OSError as e:
        return Check("disk", False, f"{folder}: {e.strerror}", "make the data directory writable")
    detail = f"{folder}: {free / 1024**3:.1f} GB free, writable"
    if free < LOW_DISK:
        return Check("disk", False, detail, "free some space: the database and outbox grow")
    return Check("disk", True, detail)


def run_checks(app: App) -> list[Check]:
    config, settings = _config(app)
    if settings is None:
        return [config]
    checks = [config, _database(app)]
    jobs: list[Callable[[], Check]] = [partial(_source, app, s) for s in settings.sources]
    jobs.append(partial(_smtp, app, settings))
    with ThreadPoolExecutor(max_workers=8) as pool:  # sources are checked at the same time
        checks += list(pool.map(lambda job: job(), jobs))
    return [*checks, *_channels(app, settings), _disk(app)]


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def doctor(app: App, as_json: bool) -> None:
    """Check config, database, sources, SMTP, alert channels and disk; exit 1 on a problem.

    \b
    Examples:
      repmon doctor
      repmon doctor --json | jq '.checks[] | select(.ok | not)'
      repmon doctor >/dev/null || notify-send "repmon needs a look"
    """
    checks = run_checks(app)
    problems = [c for c in checks if not c.ok]
    if as_json:
        echo_json({"ok": not problems, "checks": [asdict(c) for c in checks]})
    else:
        for c in checks:
            click.echo(f"{'ok' if c.ok else 'PROBLEM':<8} {c.name:<24} {c.detail}")
            if c.fix:
                click.echo(f"{'':<8} {'':<24} fix: {c.fix}")
        click.echo(f"\n{len(problems)} problem(s)." if problems else "\nAll checks ok.")
    if problems:
        raise SystemExit(EXIT_PROBLEM)


__all__ = ["Check", "doctor", "run_checks"]
