"""The operating point: the booleans alerts, the digest and ``repmon score`` all use.

Thresholds come from ``monitor.reading.operating`` (fitted and reported by
``benchmarks/accuracy.py``).
"""

from __future__ import annotations

from monitor.reading import operating
from monitor.reading.types import Decisions, Flag, Speaker, Stance

_COMPLAINING = frozenset({Stance.COMPLAINT.value, Stance.MIXED.value})
_QUIET = frozenset({Speaker.SPAM.value, Speaker.COMPETITOR.value})
LOW_STARS = 2  # a 1-2 star review is a complaint signal and lowers the bar for answer-now


def threshold(name: str) -> float:
    """One of the operating point's thresholds by name (``ANGER``, ``COMPLAINT``, ...)."""
    return float(getattr(operating, name))


def decide(
    *, stance: str, speaker: str, flags: tuple[Flag, ...], anger: float, scored: bool,
    rating: float | None, has_problems: bool, pressing: bool = False, loud: float = 0.0,
    negative: float | None = None, unsure: bool = False,
) -> Decisions:  # fmt: skip
    """``anger`` is the trained model's (the alert decision, as benchmarked); ``loud`` the
    anger its words show (insults, threats, shouting), which puts a complaint at the top;
    ``negative`` the negative head (``operating.ANSWER_NOW``). ``pressing``: a repeat failure
    with a demand to escalate ("the THIRD one ... I want a manager to ring me"), which cannot
    wait for tomorrow's digest however calmly put."""
    if not scored:
        return Decisions(needs_reply=speaker != Speaker.SPAM.value)
    complaint = stance in _COMPLAINING and speaker not in _QUIET and speaker != Speaker.PRESS
    angry = complaint and anger >= threshold("ANGER")
    # ``unsure``: praise that may be sarcastic, which a person reads and answers
    needs = unsure or _needs_reply(stance, speaker, flags=flags, has_problems=has_problems)
    low = rating is not None and rating <= LOW_STARS
    # answer-now goes by the anger the words show: the trained anger head (the alert
    # decision, recall-oriented) sits above 0.5 on most calm complaints of the evaluation set
    heat = loud
    urgent = heat >= threshold("ANGER") or (low and heat >= threshold("ANGER") * 0.6)
    answer_now = needs and (bool(flags) or (complaint and (urgent or pressing)))
    return Decisions(complaint=complaint, angry=angry, needs_reply=needs, answer_now=answer_now)


def _needs_reply(stance: str, speaker: str, *, flags: tuple[Flag, ...], has_problems: bool) -> bool:
    if speaker == Speaker.SPAM.value:
        return False  # reported, never answered
    if speaker == Speaker.PRESS.value:
        # an on-record statement where the news is about a problem or a reporter asks for one
        # (or passes on a claim about the brand: "reportedly in talks to sell")
        return bool(flags) or has_problems or stance in (Stance.REQUEST.value, Stance.RUMOUR.value)
    if stance == Stance.NEUTRAL.value:
        return bool(flags)
    return not (speaker == Speaker.COMPETITOR.value and stance != Stance.PRAISE.value)
