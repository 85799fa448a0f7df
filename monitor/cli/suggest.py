"""``repmon suggest``: the suggested replies for one text, to try the reply voice.

It answers as the brand the text names, as a scan would match it; and it works before any
config exists, in a neutral voice that says it is generic, so a new user can try it at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from monitor.cli.app import App
from monitor.cli.output import echo_json
from monitor.timeutil import utcnow

if TYPE_CHECKING:
    from monitor.config import Brand
    from reports.replies import Replies

GENERIC = "no config file yet: answering in a neutral, generic voice (set your brand's voice " \
    "with repmon init or config/repmon.example.toml)"  # fmt: skip


def _brand(
    app: App, text: str, name: str | None, *, source: str = ""
) -> tuple[Brand | None, str | None]:
    """The brand to answer as, and a note saying how it was chosen when it was a guess."""
    from monitor.matching import Matcher

    if not app.demo and not app.path.exists():
        return None, GENERIC
    brands = app.settings.brands
    if name:
        return app.settings.brand(name), None
    matched = [r.brand for r in Matcher(brands).match(text) if r.matched]
    if matched:
        return next(b for b in brands if b.name == matched[0]), None
    from monitor.brand_guess import guess
    from monitor.language import detect

    # app reviews rarely name the app: a source of this kind pinned to one brand decides, as
    # it does in a scan, unless the words name what another brand sells ("beans" in a review
    # of the coffee app; not "comes" or "page", which its FAQ happens to use)
    pinned = {
        b for s in app.settings.sources
        if source.casefold() in (s.kind.casefold(), str(s.options.get("platform", "")).casefold())
        for b in s.brands
    }  # fmt: skip
    # no brand named: what the words (or the language) say about whose post it is comes first
    if found := guess(text, brands, detect(text).language, sold=len(pinned) == 1):
        chosen, why = found
        return chosen, f"no watched brand named in the text: answering as {chosen.name} " \
            f"({'; '.join(why)}; pass --brand to choose)"  # fmt: skip
    if len(pinned) == 1:
        (only,) = pinned
        return app.settings.brand(only), f"no watched brand named in the text: answering as " \
            f"{only}, whose {source} source this would be (pass --brand to choose)"  # fmt: skip
    first = brands[0]
    note = "the only brand" if len(brands) == 1 else "the first brand"
    return first, f"no watched brand named in the text: answering as {first.name} ({note})"


def _compose(text: str, brand: Brand | None, *, source: str, author: str | None,
             lang: str | None, rating: float | None) -> Replies:  # fmt: skip
    from monitor.config import Voice
    from monitor.kinds import ComplaintType
    from monitor.reading.read import read
    from reports.case import Case
    from reports.replies import compose

    name = brand.name if brand else "your brand"
    reading = read(text, source=source, language=lang, rating=rating, brand=name, author=author)
    case = Case(
        text=text, brand=name, source=source, complaint_type=ComplaintType.NONE,
        language=reading.language, author=author, scored=reading.scored, anger=reading.anger,
        reading=reading,
    )  # fmt: skip
    today = utcnow().astimezone(brand.tz).date() if brand else utcnow().date()
    return compose(case, brand.voice if brand else Voice(), today=today, generic=brand is None)


@click.command()
@click.argument("text")
@click.option("--brand", help="Whose voice to answer in (default: the brand the text names).")
@click.option(
    "--source", default="x", show_default=True, help="Where it was posted (x has 280 characters)."
)
@click.option("--author", help="Who wrote it, to greet them.")
@click.option("--lang", help="Its language (ISO 639-1), e.g. fi or bn; default: detected.")
@click.option("--rating", type=click.FloatRange(1, 5), help="Stars, for an app store review.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (with the self-check).")
@click.option("--demo", is_flag=True, help="Use the demo brands (no config file needed).")
@click.pass_obj
def suggest(
    app: App, text: str, brand: str | None, source: str, author: str | None, lang: str | None,
    rating: float | None, as_json: bool, demo: bool,
) -> None:  # fmt: skip
    """Show how TEXT reads and the suggested public and offline replies, each self-checked.

    \b
    Examples:
      repmon suggest --demo "Order #NW-48213 still not here after 3 weeks. I want a refund!"
      repmon suggest --demo "Parcelly app crashes when I open tracking" --source googleplay
      repmon suggest "Is it true your beans cause cancer?" --brand Acme --json
    """
    if demo:
        app.use_demo()
    chosen, note = _brand(app, text, brand, source=source)
    replies = _compose(text, chosen, source=source, author=author, lang=lang, rating=rating)
    if as_json:
        echo_json(_record(replies, brand=chosen.name if chosen else None, note=note))
        return
    _print(replies, brand=chosen.name if chosen else None, note=note)


def _check(replies: Replies, label: str) -> dict[str, object] | None:
    check = replies.public_check if label == "public" else replies.offline_check
    return check.as_dict() if check else None


def _record(replies: Replies, *, brand: str | None, note: str | None) -> dict[str, object]:
    r = replies.reading
    return {
        "brand": brand, "note": note, "answered_as": replies.answered_as,
        "speaker": r.speaker.value, "stance": r.stance.value, "sarcasm": r.sarcasm.value,
        "problems": [p.kind.value for p in r.problems], "asks": [a.kind.value for a in r.asks],
        "sensitive": [f.kind.value for f in r.flags], "language": replies.language,
        "public_reply": replies.public, "offline_reply": replies.offline,
        "flags": list(replies.flags), "follow_up_on": replies.follow_up_on,
        "self_check": {"public": _check(replies, "public"), "offline": _check(replies, "offline")},
        "reading": r.to_json(),
    }  # fmt: skip


def _print(replies: Replies, *, brand: str | None, note: str | None) -> None:
    r = replies.reading
    if note:
        click.echo(f"Note: {note}")
    problems = ", ".join(p.kind.value for p in r.problems) or "none"
    asks = ", ".join(a.kind.value for a in r.asks) or "none"
    sarcastic = ", sarcastic" if r.is_sarcastic else ""
    click.echo(f"Brand: {brand or '(generic)'}. Read as {r.speaker.value} {r.stance.value}"
               f"{sarcastic}; problems: {problems}; asks: {asks}; answered as "
               f"{replies.answered_as}")  # fmt: skip
    for flag in replies.flags:
        click.echo(f"Check first: {flag}")
    if replies.public is None and replies.offline is None:
        click.echo("\nNo reply suggested.")
    for label, draft in (("Public", replies.public), ("Offline", replies.offline)):
        if draft is None:
            continue
        check = _check(replies, label.lower())
        extra = f" ({len(draft)} chars)" if label == "Public" else " (DM / email)"
        click.echo(f"\n{label} reply{extra}:\n{draft}")
        click.echo(f"Self-check: {check['label'] if check else 'n/a'}")
    if replies.follow_up_on:
        click.echo(f"\nAsk for feedback on {replies.follow_up_on}")
