"""The signals the scorer combines, each with the phrase that fired it.

A signal is a small number (a count, capped, or 0/1) plus its evidence. The same signal
names are used for every language, so the complaint weights fitted on English data (in the
``[weights]`` table of ``en.toml``) also drive Finnish and Bengali lexicons.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache

import regex

from monitor import rx

COMPLAINT_KINDS = (
    "refund",
    "billing",
    "delivery",
    "defect",
    "service",
    "freebie",
    "unfounded",
    "other",
)
REQUESTS = ("refund", "exchange", "manager", "cancel", "free")
# every feature of the complaint model, in the order the weights are printed
FEATURES = (
    "negative", "positive", "anger", "threat", "shouting", "exclaiming",
    *(f"complaint:{k}" for k in COMPLAINT_KINDS),
    "request", "negation", "time", "why", "question", "praise", "thanks",
)  # fmt: skip
_ACRONYMS = frozenset({"USA", "UK", "EU", "UPS", "DHL", "USPS", "FAQ", "API", "APP", "IOS", "CEO"})
_LOUD = rx.compile(r"\b\p{Lu}{3,}\b")
_BANGS = rx.compile(r"[!?]*![!?]+|[!?]+![!?]*")
_DENIED = rx.compile(
    r"(?:\bnot|n't|\bnever|\bno longer|\bei|\bnot even)[^\S\n]+(?:\p{L}+[^\S\n]+)?\Z", regex.I
)


def _denied(text: str, word: str) -> bool:
    """The anger word is denied where it stands ("I'm not angry", "en ole vihainen")."""
    at = text.find(word)
    return at > 0 and _DENIED.search(text, max(0, at - 24), at) is not None


_CAPS = {"anger": 3, "threat": 2, "negation": 3, "time": 2, "praise": 2}


@dataclass
class Signals:
    values: dict[str, float] = field(default_factory=dict)
    evidence: dict[str, list[str]] = field(default_factory=dict)

    def add(self, name: str, value: float, evidence: list[str]) -> None:
        if value:
            self.values[name] = value
            self.evidence[name] = evidence


def shouting(text: str) -> list[str]:
    loud = [w for w in _LOUD.findall(text) if w not in _ACRONYMS]
    return loud if len(loud) >= 2 else []


def exclaiming(text: str) -> list[str]:
    runs = [r for r in _BANGS.findall(text) if len(r) >= 2]
    if runs:
        return runs
    return ["!" * text.count("!")] if text.count("!") >= 3 else []


_LEADING_HANDLES = rx.compile(r"^\s*(?:[@#][\w.]+[\s,:]*)*")


def opens_a_sentence(text: str, phrase: str) -> bool:
    """ "is it" asks only where a sentence starts: "the best coffee, is the word" does not."""
    body = _LEADING_HANDLES.sub("", text)
    return _sentence_opener(phrase.casefold()).search(body) is not None


@cache
def _sentence_opener(phrase: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?:^|[.!?…]\s+){regex.escape(phrase)}", regex.IGNORECASE)


def collect(text: str, hits: dict[str, list[str]], compound: float) -> Signals:
    """Every signal of one text, from its lexicon hits and its sentiment."""
    s = Signals()
    s.add("negative", max(0.0, -compound), [f"sentiment {compound:+.2f}"])
    s.add("positive", max(0.0, compound), [f"sentiment {compound:+.2f}"])
    for name, group in (("anger", "anger.words"), ("threat", "anger.threats"),
                        ("negation", "cues.negation"), ("time", "cues.time"),
                        ("praise", "praise.words")):  # fmt: skip
        found = hits.get(group, [])
        if name == "anger" and found:  # "not angry, just want to stop it": no anger
            found = [w for w in found if not _denied(text, w)]
        s.add(name, min(len(found), _CAPS[name]), found)
    for kind in COMPLAINT_KINDS:
        found = hits.get(f"complaint.{kind}", [])
        s.add(f"complaint:{kind}", min(len(found), 2), found)
    asked = [h for r in REQUESTS for h in hits.get(f"request.{r}", [])]
    s.add("request", 1.0 if asked else 0.0, asked)
    s.add("why", 1.0 if hits.get("cues.why") else 0.0, hits.get("cues.why", []))
    s.add("thanks", 1.0 if hits.get("cues.thanks") else 0.0, hits.get("cues.thanks", []))
    starts = [h for h in hits.get("question.starts", []) if opens_a_sentence(text, h)]
    s.add("question", 1.0 if "?" in text or starts else 0.0, starts or ["?"])
    loud, bangs = shouting(text), exclaiming(text)
    s.add("shouting", 1.0 if loud else 0.0, [" ".join(loud[:4])])
    s.add("exclaiming", 1.0 if bangs else 0.0, bangs[:1])
    return s


def likelihood(signals: Signals, weights: dict[str, float]) -> float:
    """The complaint model: logistic regression over the signals (weights fitted offline)."""
    z = weights.get("bias", 0.0)
    z += sum(weights.get(name, 0.0) * value for name, value in signals.values.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def anger_level(signals: Signals, compound: float) -> float:
    """0..1: how angry, from anger words, threats, shouting, exclaiming and negativity."""
    v = signals.values
    weights = [0.35] * int(v.get("anger", 0)) + [0.45] * int(v.get("threat", 0))
    weights += [0.3] if v.get("shouting") else []
    weights += [0.15] if v.get("exclaiming") else []
    if compound <= -0.3:
        weights.append(min(0.45, -compound * 0.45))
    return 1.0 - math.prod(1.0 - min(w, 0.95) for w in weights)


def lexicon_sentiment(hits: dict[str, list[str]]) -> float:
    """A VADER-like compound in [-1, 1] for a language VADER does not know.

    Each positive or negative hit counts 2 (VADER's typical word valence), anger words 3, a
    kind of complaint 1 (a complaint is negative even in neutral words); a positive word
    with a negation in the same text counts as negative ("ei hyvä", "ভালো না").
    Normalised like VADER's compound: x / sqrt(x^2 + 15).
    """
    good: float = len(hits.get("sentiment.positive", [])) + len(hits.get("praise.words", []))
    bad: float = len(hits.get("sentiment.negative", [])) + len(hits.get("anger.threats", []))
    bad += 1.5 * len(hits.get("anger.words", []))
    bad += 0.5 * sum(1 for k in COMPLAINT_KINDS[:-1] if hits.get(f"complaint.{k}"))
    if hits.get("cues.negation") and good and not bad:
        good, bad = 0, good
    raw = 2.0 * (good - bad)
    return raw / math.sqrt(raw * raw + 15.0) if raw else 0.0
