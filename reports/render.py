"""Render a ``Digest`` into html and text twins with jinja2 (autoescaped html).

Defence in depth: mentions are cleaned at ingest, and again here, on the way out, since a
database can hold rows from before that (or from an import): single-line fields (author,
source) lose control characters and line breaks, bodies are normalised, and a link is
only a link when ``safe_url`` passes it (http/https); anything else is shown as text.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from monitor.safety import clean_line, clean_text, safe_url
from reports.digest import Digest, DigestItem

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
    env.filters["link"] = safe_url  # None (no link) unless http(s) with a host
    env.filters["line"] = lambda x: clean_line(x) or ""
    return env


def _safe_item(i: DigestItem) -> DigestItem:
    def text(value: str | None) -> str | None:
        return None if value is None else clean_text(value)

    return replace(
        i, author=clean_line(i.author), source=clean_line(i.source) or "unknown source",
        text=clean_text(i.text), public_reply=text(i.public_reply),
        offline_reply=text(i.offline_reply),
        reasons=tuple(clean_line(r) or "" for r in i.reasons),
        reply_flags=tuple(clean_line(f) or "" for f in i.reply_flags),
    )  # fmt: skip


def safe_digest(digest: Digest) -> Digest:
    """Every item of every section made safe for output (see the module docstring)."""
    sections: dict[str, Any] = {
        f.name: tuple(_safe_item(i) for i in getattr(digest, f.name))
        for f in fields(digest)
        if isinstance(getattr(digest, f.name), tuple)
        and all(isinstance(i, DigestItem) for i in getattr(digest, f.name))
    }
    return replace(digest, **sections)


def subject(digest: Digest) -> str:
    now, reply = len(digest.answer_now), len(digest.needs_reply)
    head = f"{now} to answer now, {reply} need a reply" if now or reply else "nothing to answer"
    return f"[repmon] {digest.brand}: {head} ({digest.day:%a %d %b %Y})"


def render(digest: Digest) -> Rendered:
    env = environment()
    context = {"d": safe_digest(digest), "subject": subject(digest)}
    return Rendered(
        subject=subject(digest),
        text=env.get_template("digest.txt").render(context),
        html=env.get_template("digest.html").render(context),
    )
