"""Scores a mention: the reading (``monitor.reading``) seen as the numbers the store keeps.

``DefaultScorer`` reads each mention once (``monitor.reading.read.read``) and derives the
stored columns from that reading: sentiment, anger, whether it is a complaint and of what
kind, the explicit ask, whether it needs a reply, and a priority. Every signal that fired
leaves a ``Reason`` (signal name + the phrase that triggered it), so a user can see why a
mention was flagged. VADER's analyzer loads its lexicon in its constructor, so it is built
once per process.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache
from typing import Protocol

from monitor.kinds import ComplaintType
from monitor.lexicons import Lexicon, load_lexicon
from monitor.reading.read import read
from monitor.reading.types import AskKind, ProblemKind, Reading, Speaker, Stance
from monitor.reading.vader import FastVader as SentimentIntensityAnalyzer  # exact, faster

__all__ = [
    "ANSWER_NOW_FLOOR", "Context", "DefaultScorer", "Lexicon", "Reason", "Score", "Scorer",
    "load_lexicon", "priority", "vader",
]  # fmt: skip
ANSWER_NOW_FLOOR = 60.0  # every answer-now mention ranks at or above this; no other does


@dataclass(frozen=True)
class Reason:
    signal: str  # e.g. "anger", "threat", "shouting", "problem:defect", "ask:refund"
    evidence: str  # the phrase that triggered it

    def __str__(self) -> str:
        return f"{self.signal}: {self.evidence!r}"


@dataclass(frozen=True)
class Context:
    """What the source says beside the text: it changes the reading (a 1-star review, a
    news feed, the brand whose name a phishing link borrows)."""

    title: str | None = None
    source: str = ""
    rating: float | None = None
    brand: str | None = None
    author: str | None = None


@dataclass(frozen=True)
class Score:
    sentiment: float | None  # -1..1; None when the language is not scored
    anger: float  # 0..1
    is_complaint: bool
    complaint_type: ComplaintType
    request: str | None  # refund, exchange, manager, cancel, free
    needs_reply: bool
    language: str
    scored: bool
    reasons: tuple[Reason, ...] = field(default_factory=tuple)
    reading: Reading = field(default_factory=Reading)

    def signals(self) -> dict[str, list[str]]:
        grouped: dict[str, list[str]] = {}
        for r in self.reasons:
            grouped.setdefault(r.signal, []).append(r.evidence)
        return grouped


class Scorer(Protocol):
    def score(
        self, text: str, *, language: str | None = None, context: Context | None = None
    ) -> Score: ...


@cache
def vader() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


class DefaultScorer:
    """The reading, as a ``Score``: one pass over the text, whatever the language.

    ``language`` is the source's tag when it has one; without it the language is detected.
    A language with no lexicon is never reported as neutral: it is ``scored=False`` with
    ``sentiment=None``, and the digest asks a human to read it.
    """

    def __init__(self) -> None:
        self.analyzer = vader()

    def score(
        self, text: str, *, language: str | None = None, context: Context | None = None
    ) -> Score:
        c = context or Context()
        reading = read(
            text, title=c.title, source=c.source, language=language, rating=c.rating,
            brand=c.brand, author=c.author,
        )  # fmt: skip
        return score_of(reading)


def score_of(r: Reading) -> Score:
    """The stored columns of a reading, which keep the digest, inbox and alerts working."""
    return Score(
        sentiment=r.sentiment, anger=r.anger, is_complaint=r.decisions.complaint,
        complaint_type=complaint_type(r), request=request(r), needs_reply=r.decisions.needs_reply,
        language=r.language, scored=r.scored, reasons=reasons(r), reading=r,
    )  # fmt: skip


_P, _C = ProblemKind, ComplaintType
_FAMILY = {
    _P.DELIVERY_LATE: _C.DELIVERY, _P.DELIVERY_MISSING: _C.DELIVERY,
    _P.DELIVERY_HANDLING: _C.DELIVERY, _P.DAMAGED: _C.DEFECT, _P.DEFECT: _C.DEFECT,
    _P.WRONG_ITEM: _C.DEFECT, _P.QUALITY: _C.DEFECT, _P.FOOD_SAFETY: _C.DEFECT,
    _P.APP_BUG: _C.DEFECT, _P.BILLING: _C.BILLING, _P.SUBSCRIPTION: _C.BILLING,
    _P.REFUND_PENDING: _C.REFUND, _P.PAYOUT: _C.BILLING, _P.STAFF: _C.SERVICE,
    _P.NO_RESPONSE: _C.SERVICE, _P.WAIT: _C.SERVICE, _P.ACCOUNT: _C.SERVICE,
}  # fmt: skip
_STANCE = {
    Stance.PRAISE.value: ComplaintType.PRAISE, Stance.QUESTION.value: ComplaintType.QUESTION,
    Stance.RUMOUR.value: ComplaintType.UNFOUNDED, Stance.REQUEST.value: ComplaintType.FREEBIE,
}  # fmt: skip
_REQUEST = {
    AskKind.REFUND: "refund", AskKind.FEE_BACK: "refund", AskKind.EXCHANGE: "exchange",
    AskKind.REPLACEMENT_PART: "exchange", AskKind.ESCALATION: "manager", AskKind.CANCEL: "cancel",
    AskKind.FREE: "free",
}  # fmt: skip


def complaint_type(r: Reading) -> ComplaintType:
    if r.speaker.value == Speaker.SPAM.value:
        return ComplaintType.SPAM
    if r.stance.value in _STANCE:
        return _STANCE[r.stance.value]
    if r.stance.value not in (Stance.COMPLAINT.value, Stance.MIXED.value) or not r.scored:
        return ComplaintType.NONE
    if r.asked(AskKind.REFUND) or r.asked(AskKind.EXCHANGE):
        return ComplaintType.REFUND
    ranked = sorted(r.problems, key=lambda p: -p.confidence)
    return next((_FAMILY[p.kind] for p in ranked if p.kind in _FAMILY), ComplaintType.OTHER)


def request(r: Reading) -> str | None:
    for a in r.asks:
        if a.kind in _REQUEST:
            return _REQUEST[a.kind]
    old = r.signals.get("request")  # a request word the reading did not take as an ask
    return old[0].split(":")[0] if old else None


def reasons(r: Reading) -> tuple[Reason, ...]:
    if not r.scored:
        why = f"no lexicon for language {r.language!r}: needs a human read"
        return (Reason("unscored", why),)
    out = [Reason(name, e) for name, words in r.signals.items() if name != "request" for e in words]
    out += [
        Reason("request:" + w.split(":")[0], w.split(":", 1)[-1])
        for w in r.signals.get("request", ())
    ]
    if r.speaker.value != Speaker.CUSTOMER.value:
        out.append(Reason(f"speaker:{r.speaker.value}", ", ".join(r.speaker.because) or "source"))
    if r.is_sarcastic:
        out.append(Reason("sarcasm", ", ".join(r.sarcasm.because)))
    out += [Reason(f"problem:{p.kind.value}", e) for p in r.problems for e in p.because[:1]]
    out += [Reason(f"ask:{a.kind.value}", e) for a in r.asks for e in a.because[:1]]
    out += [Reason(f"flag:{f.kind.value}", e) for f in r.flags for e in f.because[:1]]
    if r.decisions.complaint:
        out.append(Reason("complaint", f"likelihood {r.complaint:.2f}"))
    return tuple(out)


def priority(score: Score, *, reach: int | None, age: timedelta) -> float:
    """What to answer first, 0..100: answer-now mentions first, then anger x reach x freshness.

    A complaint seen by many people and still fresh can still be contained, so it ranks
    above an old one from a small account; a 1-2 star review and a sensitive flag weigh
    more. Every answer-now mention ranks at ``ANSWER_NOW_FLOOR`` or above, every other one
    below it. Mentions that need no reply rank at 0.
    """
    r = score.reading
    if not score.needs_reply:
        return 0.0
    severity = 0.2 + 0.5 * score.anger + (0.3 if score.is_complaint else 0.0)
    severity += 0.15 if r.flags else 0.0
    severity += 0.1 if r.rating is not None and r.rating <= 2 else 0.0
    audience = 1.0 + math.log10(1 + max(0, reach or 0)) / 2.0  # 1 .. ~4 for 1M followers
    hours = max(0.0, age.total_seconds() / 3600)
    freshness = max(0.25, 0.5 ** (hours / 48))
    base = min(1.0, severity * audience * freshness / 4.0)
    if r.decisions.answer_now:
        return float(round(ANSWER_NOW_FLOOR + (100 - ANSWER_NOW_FLOOR) * base, 1))
    return float(round(min(ANSWER_NOW_FLOOR - 0.1, 100 * base), 1))
