"""``repmon suggest``: the suggested replies for one text, to try the reply voice."""

from __future__ import annotations

import click

from monitor.cli.app import App
from monitor.cli.output import echo_json
from monitor.timeutil import utcnow


@click.command()
@click.argument("text")
@click.option("--brand", help="Whose voice to answer in (default: the first brand).")
@click.option(
    "--source", default="x", show_default=True, help="Where it was posted (x has 280 characters)."
)
@click.option("--author", help="Who wrote it, to greet them.")
@click.option("--lang", help="Its language (ISO 639-1), e.g. fi or bn; default: English.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--demo", is_flag=True, help="Use the demo brands (no config file needed).")
@click.pass_obj
def suggest(
    app: App, text: str, brand: str | None, source: str, author: str | None, lang: str | None,
    as_json: bool, demo: bool,
) -> None:  # fmt: skip
    """Show the complaint type and the suggested public and offline replies for TEXT.

    \b
    Examples:
      repmon suggest --demo "Order #NW-48213 still not here after 3 weeks. I want a refund!"
      repmon suggest "Is it true your beans cause cancer?" --brand Acme --json
    """
    from monitor.scoring import DefaultScorer
    from reports.case import Case
    from reports.replies import compose

    if demo:
        app.use_demo()
    settings = app.settings_or_starter(brand)  # works before there is a config
    chosen = settings.brand(brand) if brand else settings.brands[0]
    score = DefaultScorer().score(text, language=lang)
    case = Case.from_score(text, score, brand=chosen.name, source=source, author=author)
    replies = compose(case, chosen.voice, today=utcnow().astimezone(chosen.tz).date())
    if as_json:
        echo_json({
            "complaint_type": score.complaint_type.value, "request": score.request,
            "public_reply": replies.public, "offline_reply": replies.offline,
            "signals": score.signals(), "specifics": replies.specifics.as_dict(),
            "language": replies.language, "flags": list(replies.flags),
            "follow_up_on": replies.follow_up_on, "answered_as": replies.answered_as,
        })  # fmt: skip
        return
    request = f", asks for {score.request}" if score.request else ""
    kind = score.complaint_type.value
    answered = f", answered as {replies.answered_as}" if replies.answered_as != kind else ""
    click.echo(f"Type: {kind}{request}{answered} (anger {score.anger:.2f})")
    for flag in replies.flags:
        click.echo(f"Check first: {flag}")
    click.echo(f"\nPublic reply ({len(replies.public or '')} chars):\n{replies.public}")
    if replies.offline:
        when = f", ask for feedback on {replies.follow_up_on}" if replies.follow_up_on else ""
        click.echo(f"\nOffline reply (DM / email{when}):\n{replies.offline}")
