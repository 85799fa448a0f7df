"""The reading of a mention and the self-check of a draft, as the web pages show them.

Uses the stored ``Mention.reading`` and ``reports.replies.check.self_check`` where this
install has them; otherwise falls back to what every install has (the scorer's reasons and
the composer's ``Replies.flags`` plus the checks any draft must pass), so the pages work
either way.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any

from monitor.config import Brand
from monitor.models import Mention
from monitor.reading.types import Reading
from monitor.timeutil import utcnow
from reports.case import Case, Replies
from reports.replies import compose


@dataclass(frozen=True)
class Why:
    """Why a mention was flagged: labelled lines, each with its supporting words."""

    lines: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)
    flags: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # sensitive


def stored_reading(m: Mention) -> Reading | None:
    return Reading.from_json(m.reading) if m.reading else None


def why(m: Mention) -> Why:
    reading = stored_reading(m)
    if reading is None:
        lines: list[tuple[str, str, tuple[str, ...]]] = [("reason", r, ()) for r in m.reasons]
        lines.append(("matched", ", ".join(m.matched_terms) or "its source serves the brand", ()))
        return Why(lines)
    out = [
        ("speaker", reading.speaker.value, reading.speaker.because),
        ("stance", reading.stance.value, reading.stance.because),
    ]
    if reading.sarcasm.value in ("yes", "maybe"):
        out.append(("sarcasm", reading.sarcasm.value, reading.sarcasm.because))
    out += [("problem", p.kind.value, p.because) for p in reading.problems]
    out += [("asks", a.kind.value, a.because) for a in reading.asks]
    return Why(out, [(f.kind.value, f.because) for f in reading.flags])


def warnings(m: Mention) -> list[str]:
    """Cheap warnings for an inbox row (no reply composing: the list must stay fast)."""
    out = [] if m.scored else ["not scored: read it"]
    reading = stored_reading(m)
    if reading is not None:
        out += [f"{f.kind.value.replace('_', ' ')}" for f in reading.flags]
    return out


@dataclass(frozen=True)
class Drafts:
    public: str | None
    offline: str | None
    checks: dict[str, list[str]]
    flags: list[str]
    follow_up_on: str | None


def drafts(m: Mention, brand: Brand | None) -> Drafts | None:
    """Both suggested replies with their self-check; ``None`` when the brand is gone."""
    if brand is None:
        return None
    replies = compose(Case.from_mention(m), brand.voice, today=utcnow().astimezone(brand.tz).date())
    checks = {
        channel: check(text, mention=m, brand=brand, channel=channel, replies=replies)
        for channel, text in (("public", replies.public), ("offline", replies.offline))
        if text
    }
    follow = replies.follow_up_on.isoformat() if replies.follow_up_on else None
    return Drafts(replies.public, replies.offline, checks, list(replies.flags), follow)


def find_self_check() -> Any:
    try:
        return importlib.import_module("reports.replies.check").self_check
    except (ImportError, AttributeError):
        return None


def check(
    draft: str, *, mention: Mention, brand: Brand, channel: str, replies: Replies | None = None
) -> list[str]:
    """What a human must fix in ``draft`` before sending; empty when it may go."""
    self_check = find_self_check()
    if self_check is not None:
        result = self_check(
            draft,
            reading=stored_reading(mention) or Reading(),
            text=mention.text,
            voice=brand.voice,
            brand=brand.name,
            source=mention.source,
            channel=channel,
            author=mention.author,  # the greeting names them: that is no invented detail
            today=utcnow().astimezone(brand.tz).date(),  # the follow-up date counts as known
        )
        return list(result.problems)
    return basic_check(draft, mention=mention, channel=channel, replies=replies)


def basic_check(
    draft: str, *, mention: Mention, channel: str, replies: Replies | None = None
) -> list[str]:
    """The checks every draft must pass, plus what the composer asked a human to check."""
    text = draft.strip()
    if not text:
        return ["the reply is empty"]
    problems = []
    limit = Case.from_mention(mention).limit
    if channel == "public" and len(text) > limit:
        problems.append(f"{len(text)} characters: {mention.source} allows {limit}")
    if any(mark in text for mark in ("[", "]", "{", "}", "TODO", "XXX")):
        problems.append("a placeholder is left in the text")
    if replies is not None:
        problems += list(replies.flags)
    return problems
