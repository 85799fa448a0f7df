"""Scores a mention: VADER sentiment plus our anger and complaint signals, with reasons.

Every signal that fires leaves a ``Reason`` (signal name + the phrase that triggered it), so
a user can see why a mention was flagged. VADER's analyzer loads its lexicon in its
constructor, so it is built once per process (``vader()``).
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache
from importlib import resources
from typing import Protocol

import regex
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from monitor.models import ComplaintType

# precedence when two complaint types have as many hits
_TYPE_ORDER = (
    "refund",
    "billing",
    "delivery",
    "defect",
    "service",
    "freebie",
    "unfounded",
    "other",
)
_ACRONYMS = frozenset({"USA", "UK", "EU", "UPS", "DHL", "USPS", "FAQ", "API", "APP", "IOS", "CEO"})
_ENGLISH = frozenset({"en", "und", ""})


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


@dataclass(frozen=True)
class Lexicon:
    language: str
    groups: dict[str, regex.Pattern[str]]

    def hits(self, group: str, text: str) -> list[str]:
        pattern = self.groups.get(group)
        return [m.group(0) for m in pattern.finditer(text)] if pattern else []


def _compile(patterns: list[str]) -> regex.Pattern[str]:
    body = "|".join(f"(?:{p})" for p in patterns)
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}\p{{N}}_])(?:{body})(?![\p{{L}}\p{{M}}\p{{N}}_])", regex.I
    )


@cache
def load_lexicon(language: str) -> Lexicon:
    """Load ``monitor/lexicons/<language>.toml``; sections become ``section.key`` groups."""
    raw = resources.files("monitor.lexicons").joinpath(f"{language}.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    groups = {
        f"{section}.{key}": _compile(patterns)
        for section, table in data.items()
        if isinstance(table, dict)
        for key, patterns in table.items()
    }
    return Lexicon(language=language, groups=groups)


def _shouting(text: str) -> list[str]:
    words = regex.findall(r"\b[\p{Lu}]{3,}\b", text)
    loud = [w for w in words if w not in _ACRONYMS]
    return loud if len(loud) >= 2 else []


def _exclaiming(text: str) -> list[str]:
    runs = regex.findall(r"[!?]*![!?]+|[!?]+![!?]*", text)
    runs = [r for r in runs if len(r) >= 2]
    if runs:
        return runs
    return ["!" * text.count("!")] if text.count("!") >= 3 else []


def _combine(weights: list[float]) -> float:
    return 1.0 - math.prod(1.0 - min(w, 0.95) for w in weights)


class DefaultScorer:
    """VADER for sentiment, the lexicon for anger, complaint type and request."""

    def __init__(self, *, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon("en")
        self.analyzer = vader()

    def score(self, text: str, *, language: str | None = None) -> Score:
        lang = (language or "und").lower()
        if lang.split("-")[0] not in _ENGLISH:
            why = Reason("unscored", f"no lexicon for language {lang!r}: needs a human read")
            return Score(
                sentiment=None, anger=0.0, is_complaint=False, complaint_type=ComplaintType.NONE,
                request=None, needs_reply=True, language=lang, scored=False, reasons=(why,),
            )  # fmt: skip
        compound = float(self.analyzer.polarity_scores(text)["compound"])
        reasons: list[Reason] = []
        anger = self._anger(text, compound, reasons)
        types = self._complaint_types(text, reasons)
        request = self._request(text, reasons)
        evidence = sum(types.values())
        is_complaint = (evidence > 0 and (compound < 0.35 or anger >= 0.3)) or anger >= 0.5
        kind = self._kind(text, compound, is_complaint, types, reasons)
        return Score(
            sentiment=compound,
            anger=round(anger, 3),
            is_complaint=is_complaint,
            complaint_type=kind,
            request=request,
            needs_reply=is_complaint or kind is ComplaintType.QUESTION,
            language=lang,
            scored=True,
            reasons=tuple(reasons),
        )

    def _anger(self, text: str, compound: float, reasons: list[Reason]) -> float:
        weights: list[float] = []
        for word in self.lexicon.hits("anger.words", text)[:3]:
            reasons.append(Reason("anger", word))
            weights.append(0.35)
        for threat in self.lexicon.hits("anger.threats", text)[:2]:
            reasons.append(Reason("threat", threat))
            weights.append(0.45)
        if loud := _shouting(text):
            reasons.append(Reason("shouting", " ".join(loud[:4])))
            weights.append(0.3)
        if bangs := _exclaiming(text):
            reasons.append(Reason("exclaiming", bangs[0]))
            weights.append(0.15)
        if compound <= -0.3:
            reasons.append(Reason("negative", f"VADER {compound:+.2f}"))
            weights.append(min(0.45, -compound * 0.45))
        return _combine(weights)

    def _complaint_types(self, text: str, reasons: list[Reason]) -> dict[str, int]:
        found: dict[str, int] = {}
        for kind in _TYPE_ORDER:
            hits = self.lexicon.hits(f"complaint.{kind}", text)
            if hits:
                found[kind] = len(hits)
                reasons.extend(Reason(f"complaint:{kind}", h) for h in hits[:2])
        return found

    def _request(self, text: str, reasons: list[Reason]) -> str | None:
        for kind in ("refund", "exchange", "manager", "cancel", "free"):
            hits = self.lexicon.hits(f"request.{kind}", text)
            if hits:
                reasons.append(Reason(f"request:{kind}", hits[0]))
                return kind
        return None

    def _kind(
        self, text: str, compound: float, is_complaint: bool, types: dict[str, int],
        reasons: list[Reason],
    ) -> ComplaintType:  # fmt: skip
        if is_complaint:
            specific = {k: n for k, n in types.items() if k != "other"}
            if not specific:
                return ComplaintType.OTHER
            best = max(specific, key=lambda k: (specific[k], -_TYPE_ORDER.index(k)))
            return ComplaintType(best)
        stripped = text.strip()
        if "?" in stripped or self.lexicon.hits("question.starts", stripped[:40]):
            reasons.append(Reason("question", stripped[:40]))
            return ComplaintType.QUESTION
        praise = self.lexicon.hits("praise.words", text)
        if compound >= 0.5 or (praise and compound > 0.2):
            reasons.append(Reason("praise", praise[0] if praise else f"VADER {compound:+.2f}"))
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
