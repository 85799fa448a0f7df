"""What the reply composer needs to know about one mention, and what it hands back.

Plain frozen data: a ``Case`` is built from a stored ``Mention`` (with its stored reading) or
from a fresh reading (``repmon suggest``), so the composer itself never sees the database.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from monitor.kinds import ComplaintType
from monitor.reading.types import Reading
from monitor.safety import clean_line
from monitor.scoring import Score

if TYPE_CHECKING:
    from monitor.models import Mention  # the ORM (and the database layer) only where stored
    from reports.replies.check import Check

X_LIMIT = 280
LONG_LIMIT = 1500
SHORT_LIMITS = {"x": X_LIMIT, "twitter": X_LIMIT, "bluesky": 300, "mastodon": 500}
# a developer's reply to a store review: Google Play takes 350 characters, the App Store 5,970
STORE_LIMITS = {"googleplay": 350, "appstore": 5970}


@dataclass(frozen=True)
class History:
    """What the author said to the brand before, where storage knows it."""

    complaints: int = 0  # earlier complaints by the same author about the same brand
    abusive: int = 0  # ... of which abusive (angry, insulting)


@dataclass(frozen=True)
class Case:
    text: str
    brand: str
    source: str
    complaint_type: ComplaintType
    request: str | None = None
    language: str = "en"
    author: str | None = None
    scored: bool = True
    anger: float = 0.0
    reading: Reading | None = None  # None: a mention stored before readings existed
    history: History = History()

    @classmethod
    def from_mention(cls, m: Mention, *, history: History | None = None) -> Case:
        text = f"{m.title}: {m.text}" if m.title else m.text
        reading = Reading.from_json(m.reading) if m.reading else None
        return cls(
            text=text, brand=m.brand, source=m.source, complaint_type=_kind(m.complaint_type),
            request=m.request, language=m.language, author=clean_line(m.author), scored=m.scored,
            anger=m.anger, reading=reading, history=history or History(),
        )  # fmt: skip

    @classmethod
    def from_score(
        cls, text: str, score: Score, *, brand: str, source: str, author: str | None = None
    ) -> Case:
        return cls(
            text=text, brand=brand, source=source, complaint_type=score.complaint_type,
            request=score.request, language=score.language, author=clean_line(author),
            scored=score.scored, anger=score.anger,
        )  # fmt: skip

    @property
    def lang(self) -> str:
        code = self.language.lower().split("-")[0]
        return "en" if code in ("", "und") else code

    @property
    def limit(self) -> int:
        source = self.source.lower()
        return SHORT_LIMITS.get(source) or min(STORE_LIMITS.get(source, LONG_LIMIT), LONG_LIMIT)

    @property
    def seed(self) -> int:
        """Chosen by content, not at random: the same text always gets the same wording."""
        return int.from_bytes(hashlib.sha256(self.text.encode()).digest()[:8], "big")


def _kind(value: str) -> ComplaintType:
    try:
        return ComplaintType(value)
    except ValueError:
        return ComplaintType.OTHER


@dataclass(frozen=True)
class Replies:
    public: str | None
    offline: str | None
    language: str  # the language the replies are written in
    follow_up_on: date | None
    reading: Reading
    flags: tuple[str, ...] = field(default_factory=tuple)  # what a human must check first
    answered_as: str = ""  # how it is answered: complaint, praise, rumour, press, spam, ...
    public_check: Check | None = None  # the self-check of each draft (None: no draft)
    offline_check: Check | None = None

    @property
    def needs_human(self) -> bool:
        """A flag or a failed self-check: a person edits or approves before sending."""
        checks = (self.public_check, self.offline_check)
        return bool(self.flags) or any(c is not None and not c.ok for c in checks)

    @property
    def check_notes(self) -> tuple[str, ...]:
        """ "needs a human edit: <reason>" for each failing draft, as every view shows it."""
        notes = []
        for label, check in (("public", self.public_check), ("offline", self.offline_check)):
            if check is not None and not check.ok:
                notes.append(f"{label} reply {check.label}")
        return tuple(notes)


def pick(options: Sequence[str], case: Case, slot: int) -> str:
    """One of ``options``, chosen by the text's hash; ``slot`` decorrelates the choices."""
    return options[(case.seed >> (slot * 5)) % len(options)]


def first_name(signature: str) -> str:
    """``"Aino, Northwind Coffee"`` -> ``"Aino"``; the person who owns the next step."""
    for sep in (",", " from ", " - ", " | "):
        if sep in signature:
            return signature.split(sep)[0].strip()
    return signature.strip()


def _join(parts: Sequence[str]) -> str:
    """Sentences run on; a salutation ("Hi Mia,") and a sign-off ("– Aino") get their own line."""
    out = ""
    for part in (p for p in parts if p):
        sep = "\n\n" if out.endswith(",") or part.startswith("– ") else " "
        out = f"{out}{sep}{part}" if out else part
    return out


def fit(parts: Sequence[str], *, limit: int, optional: Sequence[int] = ()) -> str:
    """Join sentences, dropping optional ones (last listed first) until under ``limit``; one
    dropped before a longer one went is put back where it fits then (a sign-off dropped first
    returns once a long opener has gone)."""
    keep = list(range(len(parts)))
    text = _join([parts[i] for i in keep])
    dropped: list[int] = []
    for index in reversed(optional):
        if len(text) <= limit:
            break
        keep.remove(index)
        dropped.append(index)
        text = _join([parts[i] for i in keep])
    if len(text) <= limit:
        for index in dropped[:-1]:  # the last one dropped made it fit: it stays out
            back = _join([parts[i] for i in sorted([*keep, index])])
            if len(back) <= limit:
                keep.append(index)
                text = back
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"
