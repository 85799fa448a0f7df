"""What the post explicitly asks for, and what it says it does not want.

"I don't want a swap, I want a refund" is a refund with the exchange refused; "someone
senior to call me" is an escalation (not just a call back); "refund the fee" is the fee,
not the whole order. A question asks for an answer.
"""

from __future__ import annotations

from monitor.reading.cues import Cues, confidence, unique
from monitor.reading.types import Ask, AskKind

_KINDS = {k.value: k for k in AskKind}


def refused(cues: Cues) -> tuple[AskKind, ...]:
    return tuple(_KINDS[k] for k, v in cues.of("refuse").items() if k in _KINDS and v)


def _within(word: str, phrases: list[str]) -> bool:
    """A refund phrase that is part of a fee phrase ("refund the fee"), or runs on from one
    ("ফি ফেরত" + "ফেরত চাই", one ask read twice): the fee is what is asked back."""
    low = word.casefold()
    head = low.split()[0] if low.split() else low
    return "fee" in low or any(
        (low in p.casefold() and low != p.casefold()) or p.casefold().endswith(head)
        for p in phrases
    )


def _a_fee(cues: Cues) -> bool:
    """The money complained of is a fee (and nothing else was bought back)."""
    billed = [w.casefold() for w in cues.get("problem.billing")]
    return any("fee" in w or "maksu" in w or "ফি" in w for w in billed) and not any(
        cues.get(f"problem.{k}") for k in ("damaged", "defect", "wrong_item", "quality")
    )


def asks(cues: Cues, *, question: bool, reported: bool) -> tuple[Ask, ...]:
    """``reported``: spam, or a reporter whose "would refund them" reports others' asks;
    nothing is asked of the brand but, from a reporter, an answer to the question put to it."""
    if reported:
        return (Ask(AskKind.ANSWER, ("?",), 0.6),) if question else ()
    no = refused(cues)
    found = {_KINDS[k]: v for k, v in cues.of("ask").items() if k in _KINDS and v}
    for kind in no:
        found.pop(kind, None)
    refund = found.get(AskKind.REFUND, [])
    if (
        AskKind.FEE_BACK in found
        and refund
        and all(_within(w, found[AskKind.FEE_BACK]) for w in refund)
    ):
        del found[AskKind.REFUND]  # "ফি ফেরত চাই" (the fee back) holds "ফেরত চাই" (money back)
    if AskKind.REFUND in found and AskKind.FEE_BACK not in found and _a_fee(cues):
        found[AskKind.FEE_BACK] = found.pop(
            AskKind.REFUND
        )  # "a 60 tk fee ... give me my 60 tk back"
    if AskKind.ESCALATION in found:
        found.pop(AskKind.CALLBACK, None)
    if AskKind.REPLACEMENT_PART in found:
        found.pop(AskKind.EXCHANGE, None)
    if question:
        found.setdefault(AskKind.ANSWER, ["?"])
    return tuple(
        Ask(kind=kind, because=unique(words), confidence=confidence(words), refused=no)
        for kind, words in found.items()
    )  # fmt: skip
