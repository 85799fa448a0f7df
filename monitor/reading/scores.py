"""The numbers behind a reading: sentiment, anger and complaint probabilities.

One place computes them, so the reading, ``repmon score`` and the benchmark agree. When a
trained model ships for the language (``monitor.reading.model.predict``) its probabilities
are used; otherwise the lexicon signals (``monitor.signals``) give them, as before. A star
rating from an app store moves them: 1-2 stars is a complaint signal, 5 stars praise.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from monitor.lexicons import Lexicon, load_lexicon
from monitor.reading.model import predict
from monitor.signals import Signals, anger_level, collect, lexicon_sentiment, likelihood

ANGRY = 0.5  # anger at or above this is a complaint whatever the complaint model says
DENIED = 0.3  # the most anger a post can hold that denies its own anger word
VERY_NEGATIVE = -0.5  # so is sentiment at or below this


@dataclass(frozen=True)
class Scores:
    sentiment: float  # -1..1: VADER for English, the lexicon for fi/bn (what is reported)
    anger: float  # 0..1, the trained model's where there is one (the alert decision's number)
    complaint: float  # 0..1
    signals: Signals
    because: dict[str, tuple[str, ...]]  # the n-grams a trained model leaned on, per head
    tone: float = 0.0  # -1..1, VADER / the lexicon: the rules' sense of positive and negative
    loud: float = 0.0  # 0..1, anger by the words alone (insults, threats, shouting)
    negative: float | None = None  # 0..1, the trained negative head
    model_sentiment: float | None = None  # -1..1, the trained sentiment head (irony cues)


@cache
def _analyzer() -> Any:
    from monitor.scoring import vader

    return vader()


def scores(text: str, hits: dict[str, list[str]], *, language: str, lexicon: Lexicon) -> Scores:
    if language == "en":
        compound = float(_analyzer().polarity_scores(text)["compound"])
    else:
        compound = round(lexicon_sentiment(hits), 4)
    signals = collect(text, hits, compound)
    anger = anger_level(signals, compound)
    weights = lexicon.weights or load_lexicon("en").weights
    p = likelihood(signals, weights)
    threshold = weights.get("threshold", 0.5)
    # the lexicon model's own threshold maps to 0.5, so one operating point fits every language
    complaint = (
        p * 0.5 / threshold if p < threshold else 0.5 + 0.5 * (p - threshold) / (1 - threshold)
    )
    if anger >= ANGRY or compound <= VERY_NEGATIVE:
        complaint = max(complaint, 0.5)
    tone, loud = compound, anger
    p_ = predict(text, language)
    anger = p_.anger if p_.anger is not None else anger
    if hits.get("anger.words") and not signals.values.get("anger"):
        anger = min(anger, DENIED)  # "not angry, just want it stopped": they say it themselves
    complaint = p_.complaint if p_.complaint is not None else complaint
    # sentiment stays VADER's for English (r 0.872 with the human ratings of VADER's tweets
    # against 0.80 for the trained head) and the lexicon's for fi/bn, whose heads come from
    # emotion sets
    negative = p_.negative
    return Scores(
        round(compound, 4), round(anger, 3), round(complaint, 3), signals, {},
        tone=round(tone, 4), loud=round(loud, 3), negative=negative,
        model_sentiment=p_.sentiment,
    )  # fmt: skip


def with_rating(s: Scores, rating: float | None) -> Scores:
    """Stars the reviewer gave say what words may hide: 1-2 a complaint, 5 praise."""
    if rating is None:
        return s
    if rating <= 2:
        return replace(s, sentiment=min(s.sentiment, -0.3), tone=min(s.tone, -0.3),
                       complaint=max(s.complaint, 0.6))  # fmt: skip
    if rating >= 5:
        return replace(s, sentiment=max(s.sentiment, 0.3), tone=max(s.tone, 0.3),
                       complaint=min(s.complaint, 0.4))  # fmt: skip
    return s
