"""Scores a mention: VADER sentiment plus our anger and complaint signals, with reasons.

Every signal that fires leaves a ``Reason`` (signal name + the phrase that triggered it), so
a user can see why a mention was flagged. Whether a mention is a complaint is decided by a
logistic model over the signals (``monitor.signals``), whose weights were fitted on one half
of a labelled complaint corpus and checked on the other (``benchmarks/accuracy.py``).
VADER's analyzer loads its lexicon in its constructor, so it is built once per process.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache
from typing import Protocol

from monitor.kinds import ComplaintType
from monitor.language import Detection, detect
from monitor.lexicons import Lexicon, available, load_lexicon
from monitor.reading.vader import FastVader as SentimentIntensityAnalyzer  # exact, faster
from monitor.signals import (
    COMPLAINT_KINDS,
    REQUESTS,
    Signals,
    anger_level,
    collect,
    lexicon_sentiment,
    likelihood,
)  # fmt: skip

__all__ = ["DefaultScorer", "Lexicon", "Reason", "Score", "Scorer", "load_lexicon", "priority"]
ANGRY = 0.5  # anger at or above this is a complaint whatever the model says
# so is sentiment at or below this: the model alone missed some of the angriest complaints,
# and keeping them costs 0.005 F1 on the tuning split (benchmarks/accuracy.py)
VERY_NEGATIVE = -0.5
# signals that only weigh in the model; shown alone they would explain nothing
_QUIET = frozenset({"positive", "request", "question"})


@dataclass(frozen=True)
class Reason:
    signal: str  # e.g. "anger", "threat", "shouting", "complaint:delivery", "request:refund"
    evidence: str  # the phrase that triggered it

    def __str__(self) -> str:
        return f"{self.signal}: {self.evidence!r}"


@dataclass(frozen=True)
class Score:
    sentiment: float | None  # VADER compound in [-1, 1]; None when the language is not scored
    anger: float  # 0..1
    is_complaint: bool
    complaint_type: ComplaintType
    request: str | None  # refund, exchange, manager, cancel, free
    needs_reply: bool
    language: str
    scored: bool
    reasons: tuple[Reason, ...] = field(default_factory=tuple)

    def signals(self) -> dict[str, list[str]]:
        grouped: dict[str, list[str]] = {}
        for r in self.reasons:
            grouped.setdefault(r.signal, []).append(r.evidence)
        return grouped


class Scorer(Protocol):
    def score(self, text: str, *, language: str | None = None) -> Score: ...


@cache
def vader() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


class DefaultScorer:
    """VADER + our signals for English; a language's own lexicon for fi, bn, ...; else unscored.

    ``language`` is the source's tag when it has one; without it the language is detected
    (``monitor.language``). A language with no lexicon is never reported as neutral: it is
    ``scored=False`` with ``sentiment=None``, and the digest asks a human to read it.
    """

    def __init__(self, *, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon("en")
        self.lexicons = {code: load_lexicon(code) for code in available()}
        self.lexicons[self.lexicon.language] = self.lexicon
        self.known = frozenset(self.lexicons) - {"en"}
        self.weights = load_lexicon("en").weights | self.lexicon.weights
        self.analyzer = vader()

    def score(self, text: str, *, language: str | None = None) -> Score:
        found = detect(text, given=language, known=self.known)
        lexicon = self.lexicons.get(found.language)
        if lexicon is None:
            return _unscored(found)
        hits = lexicon.scan(text)
        if found.language == "en":
            compound = float(self.analyzer.polarity_scores(text)["compound"])
        else:
            compound = round(lexicon_sentiment(hits), 4)
        score = self._combine(text, hits, compound, found, lexicon.weights or self.weights)
        spam = hits.get("spam.words")
        # a complaint that mentions a giveaway is still a complaint: only the rest is spam
        return _spam(found, spam) if spam and not score.is_complaint else score

    def _combine(
        self, text: str, hits: dict[str, list[str]], compound: float, found: Detection,
        weights: dict[str, float],
    ) -> Score:  # fmt: skip
        signals = collect(text, hits, compound)
        anger = anger_level(signals, compound)
        p = likelihood(signals, weights)
        is_complaint = p >= weights.get("threshold", 0.5) or anger >= ANGRY
        is_complaint = is_complaint or compound <= VERY_NEGATIVE
        reasons = _reasons(signals, found)
        if is_complaint:
            reasons.append(Reason("complaint", f"likelihood {p:.2f}"))
        kind = _kind(signals, compound, is_complaint=is_complaint)
        request = next((r for r in REQUESTS if hits.get(f"request.{r}")), None)
        if request:
            reasons.append(Reason(f"request:{request}", hits[f"request.{request}"][0]))
        return Score(
            sentiment=compound, anger=round(anger, 3), is_complaint=is_complaint,
            complaint_type=kind, request=request,
            needs_reply=is_complaint or kind in _ANSWER_ANYWAY,
            language=found.language, scored=True, reasons=tuple(reasons),
        )  # fmt: skip


_ANSWER_ANYWAY = frozenset({ComplaintType.QUESTION, ComplaintType.UNFOUNDED, ComplaintType.FREEBIE})


def _spam(found: Detection, evidence: list[str]) -> Score:
    """Selling or scamming under the brand's name: nobody to answer, nothing to thank."""
    return Score(
        sentiment=0.0, anger=0.0, is_complaint=False, complaint_type=ComplaintType.NONE,
        request=None, needs_reply=False, language=found.language, scored=True,
        reasons=(Reason("spam", evidence[0]),),
    )  # fmt: skip


def _unscored(found: Detection) -> Score:
    why = f"no lexicon for language {found.language!r} ({found.method}): needs a human read"
    return Score(
        sentiment=None, anger=0.0, is_complaint=False, complaint_type=ComplaintType.NONE,
        request=None, needs_reply=True, language=found.language, scored=False,
        reasons=(Reason("unscored", why),),
    )  # fmt: skip


def _reasons(signals: Signals, found: Detection) -> list[Reason]:
    reasons = [] if found.method == "given" else [Reason("language", str(found))]
    for name, evidence in signals.evidence.items():
        if name in _QUIET or (name == "negative" and signals.values[name] < 0.3):
            continue
        reasons.extend(Reason(name, e) for e in evidence[:2])
    return reasons


def _kind(signals: Signals, compound: float, *, is_complaint: bool) -> ComplaintType:
    v = signals.values
    if is_complaint:
        specific = {k: v[f"complaint:{k}"] for k in COMPLAINT_KINDS[:-1] if f"complaint:{k}" in v}
        if not specific:
            return ComplaintType.OTHER
        best = max(specific, key=lambda k: (specific[k], -COMPLAINT_KINDS.index(k)))
        return ComplaintType(best)
    # a rumour or a demand for something free is not a complaint, but it needs an answer:
    # a public clarification with facts, or a polite and firm no
    for kind in (ComplaintType.UNFOUNDED, ComplaintType.FREEBIE):
        if v.get(f"complaint:{kind.value}"):
            return kind
    if v.get("question"):
        return ComplaintType.QUESTION
    if compound >= 0.5 or (v.get("praise") and compound > 0.2):
        return ComplaintType.PRAISE
    return ComplaintType.NONE


def priority(score: Score, *, reach: int | None, age: timedelta) -> float:
    """Anger x reach x freshness, 0..100: what to answer first.

    A complaint seen by many people and still fresh can still be contained, so it ranks
    above an old one from a small account. Mentions that need no reply rank at 0.
    """
    if not score.needs_reply:
        return 0.0
    severity = 0.2 + 0.5 * score.anger + (0.3 if score.is_complaint else 0.0)
    audience = 1.0 + math.log10(1 + max(0, reach or 0)) / 2.0  # 1 .. ~4 for 1M followers
    hours = max(0.0, age.total_seconds() / 3600)
    freshness = max(0.25, 0.5 ** (hours / 48))
    return float(round(min(100.0, 25.0 * severity * audience * freshness), 1))
