"""The product's one operating point: the thresholds every decision uses.

Alerts, the digest's sections, ``repmon score`` and ``benchmarks/accuracy.py`` all read
these constants, so the figures the benchmark prints are the behaviour users get. The
config's ``alerts.anger_threshold`` defaults to ``ANGER``.

How they were chosen (``training/train.py``, on training rows only, never on the sets the
benchmark reports):

- ``ANGER`` and ``COMPLAINT`` are fixed at 0.5 and each language's model is *calibrated* to
  them: training picks the cut that maximises F1 (anger: TweetEval emotion train, XED fi,
  BanglaEmotion) or macro-F1 (complaints) on out-of-fold predictions of its own training
  rows, then shifts the model's bias so that cut lands on 0.5. One threshold therefore means
  "as likely angry as not, by the evidence this language's data gives" in every language.
- ``NEEDS_REPLY`` is a lower complaint probability: a missed complaint costs more than one
  extra item to glance at, so an item joins the "needs a reply" list from the point where
  the complaint model's out-of-fold recall on brand-addressed tweets reaches about 0.9.
- ``ANSWER_NOW`` is on the negative (sentiment) head: a complaint is answered at once when
  it is angry, or when it is this strongly negative (on VADER's human-rated tweets, the
  probability above which most tweets rated -2 or below sit, and few rated above -1).
- ``SENTIMENT_NEUTRAL``: the model's ``|sentiment|`` below this reads as neutral; tuned for
  macro-recall on TweetEval sentiment *val* (0.533 at 0.15; the benchmark reports *test*).
  On English tweets VADER's compound still ranks sentiment better than this model (it was
  fitted on review snippets and subtitles), so English sentiment stays VADER's; the model's
  sentiment is what Finnish and Bengali get, and a second opinion in English.
- ``SARCASM``: the confidence at which ``monitor.reading.sarcasm`` says "yes", tuned on the
  irony set's train split (rules only; nothing is fitted on that set).
"""

from __future__ import annotations

ANGER = 0.5
COMPLAINT = 0.5
NEEDS_REPLY = 0.35
ANSWER_NOW = 0.8
SENTIMENT_NEUTRAL = 0.15
SARCASM = 0.5

# heads whose bias training shifts so that their tuned cut equals these thresholds
CALIBRATED = {"anger": ANGER, "complaint": COMPLAINT}


def angry(anger: float | None) -> bool:
    """The anger decision alerts use."""
    return anger is not None and anger >= ANGER


def complaint(probability: float | None) -> bool:
    return probability is not None and probability >= COMPLAINT


def answer_now(*, complaint: float | None, anger: float | None, negative: float | None) -> bool:
    """An angry complaint, or a very negative one, goes to the top and alerts at once."""
    if complaint is None or complaint < COMPLAINT:
        return False
    return angry(anger) or (negative is not None and negative >= ANSWER_NOW)


def sentiment_label(sentiment: float | None) -> str:
    if sentiment is None:
        return "unscored"
    if sentiment <= -SENTIMENT_NEUTRAL:
        return "negative"
    return "positive" if sentiment >= SENTIMENT_NEUTRAL else "neutral"
