"""What the product understands about one mention: plain, typed, serialisable.

A ``Reading`` is computed once per mention (``monitor.reading.read``), stored with it, and
handed to everything that decides or writes: priority, alerts, the digest, the reply
composer, the web inbox. Every element keeps the words that support it (``because``), so a
person can see *why*, and a confidence in 0..1.

Pure data: no database, no I/O. ``to_json``/``from_json`` round-trip through plain dicts
(the ``mention.reading`` JSON column); unknown keys are ignored and missing ones take their
defaults, so a reading stored by an older release still loads.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any


class Speaker(StrEnum):
    """Who is talking, which decides what kind of answer fits."""

    CUSTOMER = "customer"  # a customer or would-be customer speaking for themselves
    PRESS = "press"  # a news report, press coverage, a journalist's post
    COMMUNITY = "community"  # a discussion thread (Hacker News, a forum), not a customer case
    SPAM = "spam"  # spam or phishing under the brand's name: report it, never answer it
    COMPETITOR = "competitor"  # a competitor talking about the brand or its market
    UNKNOWN = "unknown"


class Stance(StrEnum):
    COMPLAINT = "complaint"
    PRAISE = "praise"
    QUESTION = "question"
    RUMOUR = "rumour"  # a claim about the brand that may be unfounded
    REQUEST = "request"  # asks for something (often something free) without a grievance
    MIXED = "mixed"  # praise and a complaint in one post
    NEUTRAL = "neutral"  # news, a passing mention, nothing to answer


class ProblemKind(StrEnum):
    """What went wrong; several may be raised in one post."""

    DELIVERY_LATE = "delivery_late"  # not arrived yet, delayed, no tracking update
    DELIVERY_MISSING = "delivery_missing"  # marked delivered but not there, lost
    DELIVERY_HANDLING = "delivery_handling"  # thrown over a gate, left in the rain
    DAMAGED = "damaged"  # arrived broken or smashed
    DEFECT = "defect"  # stopped working, broke in use, faulty
    WRONG_ITEM = "wrong_item"  # wrong item, size or part; something missing from the box
    QUALITY = "quality"  # taste, freshness, not as described
    FOOD_SAFETY = "food_safety"  # hair or a foreign object in food, food poisoning
    BILLING = "billing"  # double or triple charge, wrong amount, a fee
    REFUND_PENDING = "refund_pending"  # a promised refund has not come
    PAYOUT = "payout"  # a merchant's collected cash (COD) or settlement not paid out to them
    SUBSCRIPTION = "subscription"  # renewal, cancellation that did not take
    ACCOUNT = "account"  # login, locked account, password
    APP_BUG = "app_bug"  # the app or site crashes, an error, a feature broken
    STAFF = "staff"  # a rude or unhelpful person (barista, agent, driver)
    NO_RESPONSE = "no_response"  # emails or calls unanswered, nobody gets back
    WAIT = "wait"  # a long queue or wait in a shop or on the phone
    PRICE = "price"  # too expensive, a price rise
    POLICY = "policy"  # a policy they find unfair (returns window, terms)
    OTHER = "other"


class AskKind(StrEnum):
    """What the person explicitly asks for."""

    REFUND = "refund"
    EXCHANGE = "exchange"  # a swap or a replacement of the whole item
    REPLACEMENT_PART = "replacement_part"  # a part (a lid, a cable) rather than a new item
    FEE_BACK = "fee_back"  # a fee or surcharge refunded
    ESCALATION = "escalation"  # someone senior, a manager, a call back from someone in charge
    CALLBACK = "callback"  # a call or contact back
    CANCEL = "cancel"  # cancel an order, subscription or account
    ANSWER = "answer"  # an answer to a question
    APOLOGY = "apology"
    FREE = "free"  # something for free (a freebie, a discount) without a grievance
    OTHER = "other"


class FlagKind(StrEnum):
    """Sensitive matters a human must see before anything is sent."""

    HEALTH_SAFETY = "health_safety"  # illness, injury, allergy, a safety hazard
    LEGAL = "legal"  # a lawyer, a lawsuit, small claims
    REGULATOR = "regulator"  # a regulator, trading standards, an ombudsman, a chargeback
    DISCRIMINATION = "discrimination"
    LABOUR_ETHICS = "labour_ethics"  # child labour, working conditions, sourcing ethics
    PRIVACY = "privacy"  # a data leak, personal data
    EXTORTION = "extortion"  # "pay me or I post ..."
    THREAT = "threat"  # a threat of violence or harm


@dataclass(frozen=True)
class Problem:
    kind: ProblemKind
    because: tuple[str, ...]  # the post's own words that raised it
    confidence: float = 0.5
    subject: str | None = None  # what it is about, in the post's words ("Aurora blender")


@dataclass(frozen=True)
class Ask:
    kind: AskKind
    because: tuple[str, ...]
    confidence: float = 0.5
    refused: tuple[AskKind, ...] = ()  # what they said they do not want ("not a swap")
    condition: str = ""  # the "if ..." it hangs on: "if it's not here by Friday" (else none)


@dataclass(frozen=True)
class Flag:
    kind: FlagKind
    because: tuple[str, ...]
    confidence: float = 0.5


@dataclass(frozen=True)
class Facts:
    """What the post states, each as written in it (restate only these)."""

    items: tuple[str, ...] = ()  # products named ("Aurora blender", "Morning Blend beans")
    amounts: tuple[str, ...] = ()  # "$49.90", "€12", "3 x 19.99"
    references: tuple[str, ...] = ()  # order numbers, tracking and ticket numbers
    durations: tuple[str, ...] = ()  # "3 weeks", "since Monday"
    channels_tried: tuple[str, ...] = ()  # "four emails", "called twice", "live chat"
    places: tuple[str, ...] = ()  # a shop or city named
    dates: tuple[str, ...] = ()
    repeat: tuple[str, ...] = ()  # "second time", "again": words that say it happened before
    device: tuple[str, ...] = ()  # "iPhone 15", "Android 14", "app version 3.2"


@dataclass(frozen=True)
class Labelled:
    """A single judgement with its confidence and the words behind it."""

    value: str
    confidence: float = 0.5
    because: tuple[str, ...] = ()


@dataclass(frozen=True)
class Decisions:
    """The product's operating point: the same booleans drive alerts, the digest and
    ``repmon score``, and ``benchmarks/accuracy.py`` reports exactly these."""

    complaint: bool = False
    angry: bool = False  # the anger decision that alerts use
    needs_reply: bool = False
    answer_now: bool = False  # the digest's top section and the immediate alert


@dataclass(frozen=True)
class Reading:
    language: str = "und"
    scored: bool = True  # False: no model for this language; a human must read it
    speaker: Labelled = field(default_factory=lambda: Labelled(Speaker.UNKNOWN.value))
    stance: Labelled = field(default_factory=lambda: Labelled(Stance.NEUTRAL.value))
    sarcasm: Labelled = field(default_factory=lambda: Labelled("no", 0.0))
    problems: tuple[Problem, ...] = ()
    asks: tuple[Ask, ...] = ()
    facts: Facts = field(default_factory=Facts)
    flags: tuple[Flag, ...] = ()
    rating: float | None = None  # stars (1-5) where the source gives them
    sentiment: float | None = None  # -1..1; None when the language is not scored
    anger: float = 0.0  # 0..1, calibrated probability of anger
    complaint: float = 0.0  # 0..1, probability of a complaint
    decisions: Decisions = field(default_factory=Decisions)
    # the evidence behind the numbers: signal name -> the phrases that fired it ("anger":
    # ("useless",), "shouting": ("WHERE IS",), a trained model's n-grams per head)
    signals: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def is_sarcastic(self) -> bool:
        return self.sarcasm.value == "yes"

    def asked(self, kind: AskKind) -> bool:
        return any(a.kind is kind for a in self.asks)

    def flagged(self, kind: FlagKind) -> bool:
        return any(f.kind is kind for f in self.flags)

    def to_json(self) -> dict[str, Any]:
        """Plain dicts, lists-as-tuples and strings: the same as ``dataclasses.asdict`` but
        written out, since the scan stores one per mention and ``asdict`` deep-copies."""
        return {
            "language": self.language, "scored": self.scored,
            "speaker": _labelled_json(self.speaker), "stance": _labelled_json(self.stance),
            "sarcasm": _labelled_json(self.sarcasm),
            "problems": tuple(_element_json(p, subject=p.subject) for p in self.problems),
            "asks": tuple(
                _element_json(a, refused=a.refused, condition=a.condition) for a in self.asks
            ),
            "facts": {f.name: getattr(self.facts, f.name) for f in _FACT_FIELDS},
            "flags": tuple(_element_json(f) for f in self.flags),
            "rating": self.rating, "sentiment": self.sentiment, "anger": self.anger,
            "complaint": self.complaint,
            "decisions": {
                "complaint": self.decisions.complaint, "angry": self.decisions.angry,
                "needs_reply": self.decisions.needs_reply, "answer_now": self.decisions.answer_now,
            },
            "signals": dict(self.signals),
        }  # fmt: skip

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Reading:
        if not data:
            return cls()
        d = _known(cls, data)
        for name, kind in (("speaker", Labelled), ("stance", Labelled), ("sarcasm", Labelled)):
            if isinstance(d.get(name), dict):
                d[name] = _labelled(kind, d[name])
        d["problems"] = tuple(
            Problem(**_enum_field(_known(Problem, p), "kind", ProblemKind, ProblemKind.OTHER))
            for p in d.get("problems", ()) if isinstance(p, dict)
        )  # fmt: skip
        d["asks"] = tuple(_ask(a) for a in d.get("asks", ()) if isinstance(a, dict))
        d["flags"] = tuple(_flag(f) for f in d.get("flags", ()) if isinstance(f, dict))
        if isinstance(d.get("facts"), dict):
            d["facts"] = Facts(**{k: tuple(v) for k, v in _known(Facts, d["facts"]).items()})
        if isinstance(d.get("signals"), dict):
            d["signals"] = {
                str(k): tuple(v) for k, v in d["signals"].items() if isinstance(v, list | tuple)
            }
        if isinstance(d.get("decisions"), dict):
            d["decisions"] = Decisions(**_known(Decisions, d["decisions"]))
        return cls(**d)


_FACT_FIELDS = fields(Facts)


def _element_json(x: Problem | Ask | Flag, **extra: Any) -> dict[str, Any]:
    return {"kind": x.kind, "because": x.because, "confidence": x.confidence, **extra}


def _labelled_json(x: Labelled) -> dict[str, Any]:
    return {"value": x.value, "confidence": x.confidence, "because": x.because}


def _known(kind: type, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(kind)}
    out = {k: v for k, v in data.items() if k in names}
    for k, v in out.items():
        if k in ("because", "refused") and isinstance(v, list):
            out[k] = tuple(v)
    return out


def _labelled(kind: type[Labelled], data: dict[str, Any]) -> Labelled:
    return kind(**_known(kind, data))


def _enum_field(d: dict[str, Any], name: str, enum: type[StrEnum], default: Any) -> dict[str, Any]:
    try:
        d[name] = enum(d[name])
    except (KeyError, ValueError):
        d[name] = default
    return d


def _ask(data: dict[str, Any]) -> Ask:
    d = _enum_field(_known(Ask, data), "kind", AskKind, AskKind.OTHER)
    refused = []
    for r in d.get("refused", ()):
        try:
            refused.append(AskKind(r))
        except ValueError:
            continue
    d["refused"] = tuple(refused)
    return Ask(**d)


def _flag(data: dict[str, Any]) -> Flag:
    d = _known(Flag, data)
    try:
        d["kind"] = FlagKind(d["kind"])
    except (KeyError, ValueError):
        d["kind"] = FlagKind.HEALTH_SAFETY  # an unknown sensitive flag still needs a human
    return Flag(**d)


__all__ = [
    "Ask", "AskKind", "Decisions", "Facts", "Flag", "FlagKind", "Labelled", "Problem",
    "ProblemKind", "Reading", "Speaker", "Stance",
]  # fmt: skip
