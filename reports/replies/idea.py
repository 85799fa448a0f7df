"""A wish for something new: a feature request is thanked and passed on, not answered as a
question for the FAQ nor passed over ("would love it if the app let me set the grind per
delivery")."""

from __future__ import annotations

import regex

from monitor import rx
from monitor.reading.types import AskKind, ProblemKind, Reading, Stance

# what a post asks us to do, not to build: a cancellation or a refund is acted on, never an idea
ACTED_ON = frozenset({AskKind.CANCEL, AskKind.CALLBACK, AskKind.ESCALATION, AskKind.REFUND,
                       AskKind.EXCHANGE, AskKind.REPLACEMENT_PART, AskKind.FEE_BACK})  # fmt: skip


# "feature request: let me choose the grind per delivery", "would be great if the app ...":
# something to build, not a question for the FAQ nor a post to pass over
_IDEA = rx.compile(
    # "Wish the Northwind app let me save a usual order": a wish that opens the post
    r"(?:^|(?<=[.!?]\s{1,3}))(?:i )?(?:really |just |so )?wish (?:the|your|you|they|there|it)\b"
    r"|\b(?:feature (?:request|wish|idea|suggestion)|suggestion"
    r"|would (?:be|love) (?:it )?(?:(?:really|so|very|super|pretty) )?"
    r"(?:great|nice|awesome|amazing|cool|handy|useful|good)?\s?(?:if|to have)"
    r"|(?:please|pls) (?:add|let us|let me|make it|print|show|put|include|offer|bring back"
    r"|allow|support)"
    r"|\b(?:small|quick|one|tiny|little) (?:ask|request|suggestion|wish)\b"
    r"|(?:option|feature|setting|choice|button|mode|toggle)\b[^.!?\n]{0,40}?\bwould be "
    r"(?:so |really |very )?(?:lovely|great|nice|awesome|amazing|handy|useful|good|welcome)"
    r"|(?:could|can|would) you (?:please )?(?:add|let us|let me|offer|make it)"
    # "could the Parcelly app add a dark mode?": the app asked to grow a feature
    r"|(?:could|can|would|will) (?:the |your )?(?:\p{L}+ ){0,2}?(?:app|site|website|webshop)"
    r" (?:please )?(?:add|get|have|support|offer|show|let)"
    r"|i'?d love (?:it )?(?:if|to see)|i wish (?:you|the app|it|there)"
    # "would pay for a proper API": wanted enough to pay for
    r"|(?:would|'d) (?:happily |gladly |honestly )?pay (?:good money )?for (?:a|an) "
    r"(?:proper |real |official |decent )?\p{L}+"
    # "would love to be able to pick a time slot", "I'd love an option to save addresses"
    r"|(?:would|'d) love (?:to be able to|the option to|an? (?:option|way|setting|button) to)"
    # "would love a dark mode", "I'd love an offline mode": a feature wished for by its name
    r"|(?:would|'d) love (?:a|an|some) (?:\p{L}+ ){0,2}?(?:mode|option|feature|setting|button"
    r"|filter|widget|toggle|version|integration)"
    # "wish they had webhooks", "wish it had a dark mode", "if only they had an API"
    r"|(?:i )?wish (?:they|you|it|the \p{L}+|@\w+) (?:had|offered|supported|would add|could add"
    r"|let (?:you|me|us|people)|would let|allowed|would allow)"
    r"|if only (?:they|you|it) (?:had|offered|supported)"
    r"|let (?:me|us) (?:choose|pick|set|change|switch|skip|schedule)"
    # "would be 5 stars if I could change the address after booking"
    r"|(?:5|five|full) stars? (?:if|once|when) (?:i|we|you) (?:could|can)"
    r"|(?:5|five|full) stars? (?:with|once (?:you|they) add)"
    r"|if (?:only )?(?:i|we) could (?:change|choose|set|pick|edit|add|pause|skip|schedule"
    r"|switch|select)"
    r"|let the (?:app|subscription|club|plan) \p{L}+"
    r"|olisi (?:kiva|hienoa|mahtavaa|kätevää),? jos|toivoisin,?(?: \p{L}+)?,? että"
    r"|voisitteko lisätä|ehdotus"
    # "Kunpa pussissa vain olisi vetoketju": if only it had one
    r"|kunpa|olisipa)\b"
    r"|যোগ করলে ভালো|ফিচার|থাকলে ভালো হতো",
    regex.I,
)


def wishes(text: str) -> bool:
    """The post wishes for something new ("I wish the app had dark mode")."""
    return _IDEA.search(text) is not None


def the_wish(text: str) -> str:
    """The sentence that holds the wish ("Please add a way to pause my subscription ...")."""
    m = _IDEA.search(text)
    if m is None:
        return ""
    start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    ends = [i for c in ".!?\n" if (i := text.find(c, m.end())) >= 0]
    return text[start : min(ends) + 1 if ends else len(text)].strip()


_ONLY_UNSUITED = rx.compile(
    r"(?:doesn'?t|does not|don'?t|won'?t) (?:really )?(?:work|suit|fit)(?: for (?:me|us))?", regex.I
)


def is_idea(text: str, reading: Reading) -> bool:
    """A wish for something new, with nothing gone wrong and nothing asked to be done."""
    if any(a.kind in ACTED_ON for a in reading.asks) or (m := _IDEA.search(text)) is None:
        return False
    # a post that opens with the wish and names no failure beyond "one setting doesn't work"
    # for them is the wish ("Would love it if the app let me set grind size per delivery")
    # a mixed review's "other" with no words behind it is the fallback, not a failure named
    named = [p for p in reading.problems if p.because or p.kind is not ProblemKind.OTHER]
    opens = m.start() <= 12 and all(
        _ONLY_UNSUITED.fullmatch(w.strip()) for p in named for w in p.because
    )
    if named and not opens:
        return False
    stance = reading.stance.value
    if stance == Stance.RUMOUR or (stance == Stance.COMPLAINT and not opens):
        return False
    # "would be great if ..." is the wish; "love the beans, wish the app ..." is praise first
    # (the whole sentence of the wish: "wish the app remembered my usual" praises nothing)
    ends = [i for c in ".!?\n" if (i := text.find(c, m.end())) >= 0]
    wish = text[m.start() : min(ends, default=len(text))].casefold()
    return stance != Stance.PRAISE or all(w.casefold() in wish for w in reading.stance.because)
