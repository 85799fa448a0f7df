"""What the post explicitly asks for, and what it says it does not want.

"I don't want a swap, I want a refund" is a refund with the exchange refused; "someone
senior to call me" is an escalation (not just a call back); "refund the fee" is the fee,
not the whole order. A question asks for an answer.
"""

from __future__ import annotations

import dataclasses

import regex

from monitor import rx
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


# Bengali puts "if" after its clause: "আজকের মধ্যে ডেলিভারি না হলে অর্ডার বাতিল করব"
_IF = rx.compile(r"\b(?:if|unless|jos|ellei|mikäli)\b|যদি|(?<=\s)(?:না\s\S+লে|হলে)(?=\s)", regex.I)
# "if possible", "if that's OK": no condition on the ask; nor "even if", "as if", "what if"
_POLITE = rx.compile(
    r"(?:if|jos)\s+(?:(?:that|it|this)(?:'s|’s|\s+is|\s+was)\s+)?(?:at\s+all\s+)?"
    r"(?:possible|poss|ok|okay|alright|fine|you\s+can|you\s+could|you\s+(?:don't|do\s+not)\s+mind"
    r"|you\s+please|mahdollista|sopii)\b|if\s+(?:this|that)(?:'s|’s|\s+is)\s+how\b",
    regex.I,
)
_NOT_AFTER = rx.compile(r"\b(?:even|as|what|only)\s+$", regex.I)
# the ask inside the if-clause itself ("if I don't get a refund, I'm going to my bank") is
# asked outright: a threat hangs on it, not the other way round
_INSIDE = rx.compile(
    r"(?:\b(?:get|give|see|receive|issue|process|have)\w*(?:\s+(?:me|us))?(?:\s+(?:my|a|an|the|our))?"
    r"|\b(?:don't|do\s+not|won't|will\s+not|can't|cannot|doesn't|didn't)"
    # "if the refund isn't on my card by Friday, I'm filing": the refund is what the if hangs on
    r"|\b(?:if|unless)\s+(?:the|my|a|your))\s*$",
    regex.I,
)
_ENDS = ".!?\n।"  # the danda ends a Bengali sentence


def with_conditions(text: str, found: tuple[Ask, ...]) -> tuple[Ask, ...]:
    """Each ask with the "if ..." it hangs on, where the post sets one: "if my beans aren't
    here by Friday I want a refund" asks for the beans first and the money only then."""
    return tuple(
        dataclasses.replace(a, condition=c)
        if a.kind is not AskKind.ANSWER and (c := condition(text, a))
        else a
        for a in found
    )


def condition(text: str, ask: Ask) -> str:
    """The condition clause in the ask's own sentence, before or after it; "" if none."""
    low = text.casefold()
    at = next((i for b in ask.because if (i := low.find(b.casefold())) >= 0), -1)
    if at < 0:
        return ""
    start = max(low.rfind(c, 0, at) for c in _ENDS) + 1
    end = min((i for c in _ENDS if (i := low.find(c, at)) >= 0), default=len(text))
    sentence, rel = text[start:end], at - start
    for m in _IF.finditer(sentence):
        if _POLITE.match(sentence, m.start()) or _NOT_AFTER.search(sentence[: m.start()]):
            continue
        if m.start() < rel:
            clause = sentence[m.start() : rel]
            if _INSIDE.search(clause):
                continue
            return _tidy(clause)
        return _tidy(sentence[m.start() :])
    # "ship it this week or refund me", "deliver by tomorrow, otherwise I want my money back":
    # the ask is the fallback of a fix asked first in the same sentence
    head = sentence[:rel]
    for m in _ELSE.finditer(head):
        if len(head) - m.end() <= 20 and _FIX_FIRST.search(head[: m.start()]):
            return _tidy(_EITHER.sub("", _HANDLES.sub("", head[: m.start()])))
    return ""


# the word that makes an ask a fallback ("or", "otherwise", "tai muuten", "নাহলে")
_ELSE = rx.compile(
    r"(?:\b(?:or(?:\s+else)?|otherwise|else|tai(?:\s+muuten)?|muuten|muutoin)\b"
    r"|(?<!\S)(?:নাহলে|নইলে|নয়তো|নাইলে))",
    regex.I,
)
# a fix asked for first: the thing sent, delivered or put right (not another remedy: "a
# replacement or a refund" is a choice between two, not a fallback)
_FIX_FIRST = rx.compile(
    r"\b(?:ship|send|deliver|redeliver|dispatch|fix|sort|repair|resolve|arrive|get\s+(?:it|them|"
    r"my\s+\S+)\s+(?:here|to\s+me)|be\s+here|show\s+up|turn\s+up|toimit\w*|lähet\w*|korja\w*"
    r"|tuokaa|saapu\w*"
    # "I need it by Friday, otherwise ...", "tarvitsen kahvit perjantaiksi, muuten ...": a need
    # with a day, the thing itself asked for first
    r"|need\s+(?:it|them|this|the\s+\S+|my\s+\S+)\s+(?:by|for|before)\b|tarvitsen\s+\S+\s+\S+(?:ksi|lle|mennessä)\b"
    r")|(?:ডেলিভারি|পাঠা|পৌঁছা|পৌছা|ঠিক\s+কর)",
    regex.I,
)
_EITHER = rx.compile(r"\b(?:either|joko)\b\s*", regex.I)
_HANDLES = rx.compile(r"^\s*(?:@\S+\s*)+")


def _tidy(clause: str) -> str:
    words = clause.split(",")[0].strip(" ;:-").split()
    while words and words[-1].casefold() in ("then", "i", "we", "please", "just"):
        words.pop()
    return " ".join(words).strip(" ,;:-")
