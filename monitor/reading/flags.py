"""Sensitive matters a person must see before anything is sent.

Health and safety (an allergy, an injury, a hair in food), a lawyer or a regulator (a
chargeback included), discrimination, labour or ethics claims, privacy, extortion and
threats. Each flag keeps the words that raised it, so the reviewer sees why.
"""

from __future__ import annotations

from monitor.reading.cues import Cues, confidence, unique
from monitor.reading.types import Flag, FlagKind

_KINDS = {k.value: k for k in FlagKind}


def flags(cues: Cues, *, spam: bool) -> tuple[Flag, ...]:
    """Spam is reported, not weighed: its bait ("verify your card") raises no flag."""
    if spam:
        return ()
    found = {_KINDS[k]: v for k, v in cues.of("flag").items() if k in _KINDS and v}
    return tuple(
        Flag(kind=kind, because=unique(words), confidence=confidence(words, base=0.6))
        for kind, words in found.items()
    )  # fmt: skip
