"""The reading of a mention and the self-check of a draft, as the web pages show them.

Uses the stored ``Mention.reading`` (the scorer's reasons for mentions stored before
readings existed) and ``reports.replies.check.self_check`` on every draft.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from monitor.config import Brand
from monitor.models import Mention
from monitor.reading.types import FlagKind, Reading
from monitor.timeutil import utcnow
from reports.case import Case
from reports.replies import compose
from reports.replies.check import self_check


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
    return row_warnings(scored=m.scored, flags=(m.reading or {}).get("flags"))


def row_warnings(*, scored: bool, flags: Any) -> list[str]:
    """The same from the two values an inbox row selects: ``scored`` and the reading's
    ``flags`` (its JSON list). Parsing the whole reading of 25 rows per page cost more than
    the rest of the page; a flag's kind is read as ``Reading.from_json`` reads it."""
    out = [] if scored else ["not scored: read it"]
    for item in flags if isinstance(flags, list | tuple) else ():
        if isinstance(item, dict):
            kind = item.get("kind")
            known = kind if kind in _FLAG_KINDS else FlagKind.HEALTH_SAFETY.value
            out.append(str(known).replace("_", " "))
    return out


_FLAG_KINDS = frozenset(k.value for k in FlagKind)


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
        channel: check(text, mention=m, brand=brand, channel=channel)
        for channel, text in (("public", replies.public), ("offline", replies.offline))
        if text
    }
    follow = replies.follow_up_on.isoformat() if replies.follow_up_on else None
    return Drafts(replies.public, replies.offline, checks, list(replies.flags), follow)


def check(draft: str, *, mention: Mention, brand: Brand, channel: str) -> list[str]:
    """What a human must fix in ``draft`` before sending; empty when it may go."""
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
