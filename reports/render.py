"""Render a ``Digest`` into html and text twins with jinja2 (autoescaped html)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from reports.digest import Digest

TYPE_LABELS = {
    "refund": "refund / exchange request",
    "defect": "defect",
    "delivery": "delivery delay",
    "service": "service / rudeness",
    "billing": "billing",
    "unfounded": "unfounded claim",
    "freebie": "wants something free",
    "other": "complaint",
    "question": "question",
    "praise": "praise",
    "none": "mention",
}


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("reports", "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["label"] = lambda t: TYPE_LABELS.get(t, t)
    env.filters["pct"] = lambda x: f"{100 * x:.0f}%"
    env.filters["signed"] = lambda x: "n/a" if x is None else f"{x:+.2f}"
    return env


def subject(digest: Digest) -> str:
    now, reply = len(digest.answer_now), len(digest.needs_reply)
    head = f"{now} to answer now, {reply} need a reply" if now or reply else "nothing to answer"
    return f"[repmon] {digest.brand}: {head} ({digest.day:%a %d %b %Y})"


def render(digest: Digest) -> Rendered:
    env = environment()
    context = {"d": digest, "subject": subject(digest)}
    return Rendered(
        subject=subject(digest),
        text=env.get_template("digest.txt").render(context),
        html=env.get_template("digest.html").render(context),
    )
