"""Each problem a post raises, several per post, each with the words that raised it.

The kinds are told apart by how people describe them: a grinder that "stopped grinding" is
a defect, mugs that "arrived smashed" are damaged (not late), a renewal charged after a
cancellation is a subscription problem (not a delivery), a barista who "rolled her eyes" is
staff, a hair in a bun is food safety, "charged three times" is billing.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from monitor import rx
from monitor.reading.cues import Cues, confidence, unique
from monitor.reading.types import Problem, ProblemKind

# a more specific kind makes a broader reading of the same words redundant
_SUPERSEDES: dict[ProblemKind, frozenset[ProblemKind]] = {
    ProblemKind.SUBSCRIPTION: frozenset({ProblemKind.BILLING}),
    ProblemKind.REFUND_PENDING: frozenset({ProblemKind.BILLING}),
    # "told them I'm allergic to dairy, got cow's milk": the allergy is the problem, not a swap
    ProblemKind.FOOD_SAFETY: frozenset({ProblemKind.QUALITY, ProblemKind.WRONG_ITEM}),
    # money 'taken for beans I never received' is the lost order, unless charged twice over
    ProblemKind.DELIVERY_MISSING: frozenset({ProblemKind.DELIVERY_LATE, ProblemKind.BILLING}),
}
# kinds about a product, whose subject is the item the post names
_ABOUT_ITEM = frozenset(
    {ProblemKind.DEFECT, ProblemKind.DAMAGED, ProblemKind.QUALITY, ProblemKind.WRONG_ITEM}
)
_KINDS = {k.value: k for k in ProblemKind}


def problems(cues: Cues, *, items: tuple[str, ...] = ()) -> tuple[Problem, ...]:
    found = {_KINDS[k]: v for k, v in cues.of("problem").items() if k in _KINDS and v}
    _not_the_brands(found, cues)
    if len(found) > 1 and ProblemKind.OTHER in found:
        # "disappointed" beside a named problem says nothing more; a café shut before its hours
        # or a wet floor slipped on is a problem of its own, kept
        found[ProblemKind.OTHER] = [
            w for w in found[ProblemKind.OTHER] if not _FEELING_ONLY.match(w)
        ]
        if not found[ProblemKind.OTHER]:
            del found[ProblemKind.OTHER]
    for kind, drops in _SUPERSEDES.items():
        if kind in found:
            for d in drops:
                _drop_shared(found, keep=kind, drop=d)
    _price_falls(found)
    if (
        ProblemKind.APP_BUG in found
        and ProblemKind.WAIT in found
        and all(_QUEUE.search(w) for w in found[ProblemKind.WAIT])
    ):  # "the app crashes as I pay ahead, and the queue grows": what the crash cost them
        del found[ProblemKind.WAIT]
    if ProblemKind.STAFF in found and ProblemKind.BILLING in found:
        staff = " ".join(found[ProblemKind.STAFF]).casefold()
        if all(w.casefold() in staff for w in found[ProblemKind.BILLING]) or cues.has(
            "cues.refused"
        ):  # "the rider asked me for 100 taka extra": one thing a person did, said once;
            # "... and was rude when I didn't pay": nothing was charged
            del found[ProblemKind.BILLING]
    # with several items named, which one a problem is about is a guess: the reply says the
    # customer's own words instead ("the mug was chipped", not "your Forest Roast arrived damaged")
    subject = items[0] if len(items) == 1 else None
    swap = " ".join(found.get(ProblemKind.WRONG_ITEM, ())).casefold()
    # "ordered the Guji, got a dark roast, the bag was split": the item named is the one
    # ordered (or the one sent instead), so which bag split is said in the customer's words
    swapped = subject is not None and subject.casefold() in swap
    return tuple(
        Problem(
            kind=kind, because=unique(words), confidence=confidence(words),
            subject=subject if kind in _ABOUT_ITEM and (
                not swapped or kind is ProblemKind.WRONG_ITEM) and not (
                kind is ProblemKind.DEFECT and (CONSUMED.fullmatch(subject or "")
                                                 or _PACKAGE.search(subject or ""))) else None,
        )
        for kind, words in found.items()
    )  # fmt: skip


# what is used up, not what breaks: "spitting the beans out" names no faulty device
CONSUMED = rx.compile(r"(?:the |your )?(?:beans|coffee|papers|filters)")
# what carries goods, not a device that can be faulty: "Club-paketti" leaks nothing itself
_PACKAGE = rx.compile(
    r"(?:paketti|laatikko|lähetys|toimitus)\w*$|\b(?:box|parcel|package|delivery|shipment)$",
    regex.I,
)
_STILL_STUCK = rx.compile(
    r"\b(?:for|since) (?:\d+|two|three|four|five|six|seven|a) (?:days?|weeks?)\b", regex.I
)
_QUEUE = rx.compile(r"\bjono\w*|\bqueue\w*|\bline\b|লাইন", regex.I)
_NOT_A_WAIT = frozenset({"yet", "already", "vielä", "jo"})


def _waited(cues: Cues) -> bool:
    """A time beyond "yet" ("three weeks", "still"): an order not shipped yet is late."""
    return any(w.casefold() not in _NOT_A_WAIT for w in cues.get("cues.time"))


def _not_the_brands(found: dict[ProblemKind, list[str]], cues: Cues) -> None:
    """What the post itself says was not the brand's doing: the customer's own lateness ("I
    came down five minutes late") is no delivery delay; a fee charged for a delivery that never
    came, asked back, is the fee (billing), the missed delivery being only why it is wrong; a
    generic "faulty" beside an app fault describes the app ("a faulty server update")."""
    if beliefs := [b.casefold() for b in cues.get("cues.belief")]:
        # "the seller thinks it never arrived": their belief, not the post's problem
        for kind in (ProblemKind.DELIVERY_MISSING, ProblemKind.WRONG_ITEM):
            if found.get(kind):
                found[kind] = [w for w in found[kind]
                               if not any(b in w.casefold() or w.casefold() in b
                                          for b in beliefs)]  # fmt: skip
    own = " ".join(cues.get("self.late")).casefold()
    late = found.get(ProblemKind.DELIVERY_LATE)
    if late and own:
        found[ProblemKind.DELIVERY_LATE] = [w for w in late if w.casefold() not in own]
    if ProblemKind.PRICE in found and ProblemKind.BILLING in found:
        billed = found[ProblemKind.BILLING]
        if any(_TAKEN_EXTRA.search(w) for w in billed):
            # "the rider took 50tk extra, said fuel prices went up": the money taken is the
            # complaint, the price rise only the excuse given for it
            del found[ProblemKind.PRICE]
        else:
            # "return charge from 50 to 80 tk, I want last month's extra back": the rise is the
            # dispute; only a double charge stays a billing error beside it
            found[ProblemKind.BILLING] = [w for w in billed if MULTIPLE_CHARGE.search(w)]
    if ProblemKind.PAYOUT in found:  # "my COD payout still hasn't arrived": no parcel is late,
        found.pop(ProblemKind.DELIVERY_LATE, None)  # nor is any money taken from them
        found.pop(ProblemKind.BILLING, None)
    # each step below reads what the steps before it left ("myöhästyin junasta" dropped as
    # their own lateness stays dropped beside a queue)
    late = found.get(ProblemKind.DELIVERY_LATE)
    early = " ".join(cues.get("self.not_yet")).casefold()
    if late and early and cues.has("ask.cancel") and not _waited(cues):
        found[ProblemKind.DELIVERY_LATE] = [w for w in late if w.casefold() not in early]
    refund = " ".join(found.get(ProblemKind.REFUND_PENDING, ())).casefold()
    late = found.get(ProblemKind.DELIVERY_LATE)
    if late and refund:  # "hyvitystä ei ole vieläkään tullut": the refund is what is late
        # and a bare "how long must I wait" beside it waits for the refund, not a parcel
        found[ProblemKind.DELIVERY_LATE] = [
            w for w in late if w.casefold() not in refund and not _BARE_WAIT.fullmatch(w)
        ]
    for gone in (ProblemKind.DELIVERY_MISSING, ProblemKind.DAMAGED):
        if refund and found.get(gone):  # "my refund for the lost parcel": what it was for
            found[gone] = [w for w in found[gone] if w.casefold() not in refund]
    late = found.get(ProblemKind.DELIVERY_LATE)
    if late and ProblemKind.WAIT in found:  # "coffee lukewarm when it finally came": the wait
        found[ProblemKind.DELIVERY_LATE] = [
            w for w in late if not w.casefold().startswith("finally")
        ]
    wait = found.get(ProblemKind.WAIT)
    if wait and found.get(ProblemKind.DELIVERY_LATE) and all(_LONG_WAIT.search(w) for w in wait):
        # "I have waited 180 hours. Where is my parcel?": the parcel's wait, not a queue's
        found[ProblemKind.WAIT] = []
    lost = found.get(ProblemKind.DELIVERY_MISSING)
    if lost and ProblemKind.WAIT in found:  # "waited 25 min because my order got lost"
        found[ProblemKind.DELIVERY_MISSING] = [w for w in lost if "order" not in w.casefold()]
    unsafe = " ".join(found.get(ProblemKind.FOOD_SAFETY, ())).casefold()
    if ProblemKind.DAMAGED in found and ("glass" in unsafe or "metal" in unsafe):
        # "a shard of glass from the bottle ... the neck was chipped": the chip is how the
        # glass got in, one harm, not goods broken in the post
        del found[ProblemKind.DAMAGED]
    if cues.has("ask.fee_back") and ProblemKind.BILLING in found:
        # the fee asked back is the complaint, the late visit only why; a parcel still stuck
        # ("has said 'out for delivery' for 4 days") is late as well
        late = found.get(ProblemKind.DELIVERY_LATE, [])
        if not any(_STILL_STUCK.search(w) for w in late):
            found.pop(ProblemKind.DELIVERY_LATE, None)
    if (
        ProblemKind.SUBSCRIPTION in found
        and cues.has("self.booked")
        and not cues.has("self.subscribed")
        and cues.has("ask.cancel")
    ):  # "booked a pickup by mistake, no cancel button": a booking to cancel, not a plan
        found.pop(ProblemKind.SUBSCRIPTION)
    # "pickup বুক করলাম, দুইবারই রাইডার আসে নাই": the rider who never came, not a late parcel
    _drop_inside(found, ProblemKind.DELIVERY_LATE, found.get(ProblemKind.DELIVERY_HANDLING, ()))
    _drop_inside(found, ProblemKind.QUALITY, cues.get("cues.wish"))
    _drop_inside(found, ProblemKind.QUALITY, cues.get("cues.general"))
    for hoped in (ProblemKind.DAMAGED, ProblemKind.QUALITY):  # what they hope for, no fault
        _drop_inside(found, hoped, cues.get("cues.hoped"))
    _drop_inside(found, ProblemKind.BILLING, cues.get("cues.price_change"))
    _drop_inside(found, ProblemKind.PRICE, cues.get("cues.elsewhere"))
    _drop_inside(found, ProblemKind.APP_BUG, cues.get("cues.improved"))
    damaged = found.get(ProblemKind.DAMAGED)
    in_use = " ".join(cues.get("cues.in_use")).casefold()
    arrival = [w for w in cues.get("cues.on_arrival") if w.casefold() not in in_use]
    if damaged and in_use and not arrival:
        # "the seal has torn (bought it about a year ago)": worn or broken in use, not in the post
        found.setdefault(ProblemKind.DEFECT, []).extend(damaged)
        del found[ProblemKind.DAMAGED]
    # "9 leimaa kadonnut": the stamps the app lost, not a lost parcel
    _drop_inside(found, ProblemKind.DELIVERY_MISSING, found.get(ProblemKind.APP_BUG, ()))
    # "the app said 'delivered' an hour before he even arrived": it came, marked early
    _drop_inside(found, ProblemKind.DELIVERY_MISSING, found.get(ProblemKind.DELIVERY_HANDLING, ()))
    closure = " ".join(found.get(ProblemKind.DEFECT, ())).casefold()
    quality = {w.casefold() for w in found.get(ProblemKind.QUALITY, ())}
    if _BAG_CLOSURE.search(closure) and quality <= {"stale"}:
        # "the zip on the bag tore ..., so the beans were stale": one failure, and what it did
        found.pop(ProblemKind.QUALITY, None)
    handled = " ".join(found.get(ProblemKind.DELIVERY_HANDLING, ())).casefold()
    opened = [h.casefold() for h in found.get(ProblemKind.DELIVERY_HANDLING, ())]
    opened = [h for h in opened if "seal" in h]
    if opened and found.get(ProblemKind.DAMAGED):
        # "my parcel with the seal torn": the seal opened on its way, read once as handling
        found[ProblemKind.DAMAGED] = [
            w for w in found[ProblemKind.DAMAGED] if not any(h in w.casefold() for h in opened)
        ]
    if "marked" in handled and found.get(ProblemKind.DELIVERY_MISSING):
        # "my parcels come back marked 'customer unreachable'": the marking is the failure; the
        # "came back" of it is no parcel lost on its way to them
        found[ProblemKind.DELIVERY_MISSING] = [
            w for w in found[ProblemKind.DELIVERY_MISSING] if not _BACK_MARKED.match(w)
        ]
    bug = found.get(ProblemKind.APP_BUG)
    # "the app showed my parcel stuck at the hub when it was already in Dhaka": the tracking
    # was wrong, the parcel was not late
    _drop_inside(
        found, ProblemKind.DELIVERY_LATE, [w for w in bug or () if SHOWN_ALREADY.search(w)]
    )
    if bug and ProblemKind.SUBSCRIPTION in found:  # "the cancel button does nothing": the
        button = any(_BUTTON.search(w) for w in found[ProblemKind.SUBSCRIPTION])
        found[ProblemKind.APP_BUG] = [
            w for w in bug if not (_CANCEL_WORD.search(w) or (button and _BUTTON.search(w)))
        ]  # one fault
    defect = found.get(ProblemKind.DEFECT)
    if defect:  # "peruutusnappi ei toimi": the cancel button's "ei toimi" is no broken product
        longer = [
            o.casefold() for k, ws in found.items() if k is not ProblemKind.DEFECT for o in ws
        ]
        found[ProblemKind.DEFECT] = defect = [
            w for w in defect if not any(w.casefold() in o and len(o) > len(w) for o in longer)
        ]
    if (
        defect
        and (ProblemKind.ACCOUNT in found or ProblemKind.APP_BUG in found)
        and not (cues.has("item.appliance"))
    ):  # "OTP not working", "sovellus kaatuu ... ennakkotilaus ei toimi": no product broke
        found[ProblemKind.DEFECT] = defect = [w for w in defect if not _BARE_FAULT.fullmatch(w)]
    if defect and ProblemKind.APP_BUG in found:
        found[ProblemKind.DEFECT] = [w for w in defect if not w.casefold().startswith(_GENERIC)]
    missing = found.get(ProblemKind.DELIVERY_MISSING)
    if missing and ProblemKind.APP_BUG in found:  # stamps that "disappeared after the update"
        found[ProblemKind.DELIVERY_MISSING] = [
            w for w in missing if not w.casefold().startswith(_VANISHED)
        ]
    # "arrived with the jug cracked": one breakage
    _drop_inside(found, ProblemKind.DEFECT, found.get(ProblemKind.DAMAGED, ()))
    # "arrived with the seal torn": the parcel's seal, read as handling, is no damaged goods
    _drop_inside(found, ProblemKind.DAMAGED, found.get(ProblemKind.DELIVERY_HANDLING, ()))
    for kind in [k for k, words in found.items() if not words]:
        del found[kind]


# the "other" words that only say how they feel or that it fell short, of any problem
_FEELING_ONLY = rx.compile(
    r"(?:out of date|disappointed|not happy|let down|not impressed|fed up|sick|tired|had enough"
    r"|not (?:the|what)|expected|missed my|only (?:gripe|complaint|niggle|downside)|pettyny"
    r"|harmitta|হতাশ|অসন্তুষ্ট|সমস্যা|অভিযোগ|খারাপ|ধীর|টাকা নষ্ট|সময় নষ্ট)",
    regex.I,
)
_BACK_MARKED = rx.compile(r"back (?:marked|as|stamped)$", regex.I)


_BAG_CLOSURE = rx.compile(
    r"\b(?:zip|zipper|ziplock|valve|clip|seal)s? (?:on|of)\b"
    r"|\b(?:bag|pouch|packet|pack)(?:['’]s|s['’]) (?:zip|zipper|ziplock|valve|clip|seal)"
)


def _drop_inside(
    found: dict[ProblemKind, list[str]], drop: ProblemKind, covering: Sequence[str]
) -> None:
    """The words of ``drop`` that lie inside words another kind already read: one event,
    read once, by the kind that says what it was."""
    cover = " ".join(covering).casefold()
    if cover and found.get(drop):
        found[drop] = [w for w in found[drop] if w.casefold() not in cover]


# a bare "disappeared" beside an app fault is something in the app, not a parcel
# the same charge taken more than once (the words are stems: "doubled", "triplicate")
MULTIPLE_CHARGE = rx.compile(
    r"twice|double|triple|duplicate|three times|two times|kahdesti|kahteen kertaan|kolme kertaa"
    r"|kaksi kertaa|kolmesti|tuplaveloit"
    r"|দুইবার|দুবার|তিনবার",
    regex.I,
)


def order_the_cafe_never_got(problems: Sequence[Problem]) -> bool:
    """An app fault read from "the café never got / had no record of the order": an order
    paid for in the app that never reached the counter."""
    return any(
        p.kind is ProblemKind.APP_BUG and any(_CAFE_NEVER_GOT.search(w) for w in p.because)
        for p in problems
    )


_CAFE_NEVER_GOT = rx.compile(
    r"\b(?:never|didn'?t|did not) (?:get|got|receive|received|see|saw) (?:the |my |our )?(?:order"
    r"|pre-?order)|\b(?:had|has) no (?:record of )?(?:the |my |our |an |any )?(?:order|pre-?order)",
    regex.I,
)


# money taken or asked at the door on top of the price: "took 50tk", "৪০ টাকা বেশি নিলো"
_TAKEN_EXTRA = rx.compile(
    r"\b(?:took|taken|asked (?:me |us )?for|demanded|wanted|made (?:me|us) pay)\b"
    r"|(?:বেশি|বাড়তি|অতিরিক্ত|extra|এক্সট্রা) (?:\S+ )?(?:নিল|নিলো|নিয়েছে|চাইল|চাইলো|চেয়েছে)",
    regex.I,
)
# a wait counted in hours past a day, days or weeks is a parcel's, never a queue's
_LONG_WAIT = rx.compile(
    r"\b(?:\d{3,}|[2-9]\d) ?(?:hours|hrs|h)\b|\b(?:days?|weeks?|months?|päivää|viikkoa)\b|দিন",
    regex.I,
)
# a status shown where the parcel already wasn't ("... when it was already in Dhaka"), read at
# the end of an app fault's words (the reply asks for the parcel's number, not the phone)
SHOWN_ALREADY = rx.compile(
    r"\b(?:already|delivered|arrived|in my hands|here|with me|on my desk|in front of me)$", regex.I
)
_BARE_FAULT = rx.compile(
    r"(?:not|isn'?t|doesn'?t|won'?t|stopped) work(?:ing|s)?|ei (?:enää )?toimi(?: ollenkaan)?"
    r"|কাজ করে না|কাজ করছে না",
    regex.I,
)
_CANCEL_WORD = rx.compile(r"cancel|peru|lopet|বাতিল", regex.I)
_BUTTON = rx.compile(r"button|nappi|painike|বাটন", regex.I)
_BARE_WAIT = rx.compile(
    r"(?:still )?wait(?:ing)?|odot\w*|অপেক্ষা\w*|how long|kuinka kauan|কতদিন", regex.I
)
_VANISHED = ("disappeared", "vanished", "gone missing", "katos", "hävis", "উধাও")
_GENERIC = ("faulty", "defective", "malfunction", "vialli", "virhe", "ত্রুটি")


_NAMED_WRONG = ("wrong", "instead", "missing", "someone else")  # a wrong item said as such


def _drop_shared(
    found: dict[ProblemKind, list[str]], *, keep: ProblemKind, drop: ProblemKind
) -> None:
    """Drop the broader kind unless it has words of its own ("never received" + "still
    waiting" is one lost parcel; "charged twice" beside a stuck refund is two problems)."""
    if drop not in found:
        return
    if keep is ProblemKind.FOOD_SAFETY and drop is ProblemKind.QUALITY and not any(
            _BODILY.search(w) for w in found[keep]):  # fmt: skip
        # "the latte was lukewarm and the tables dirty": a dirty café is no allergy or illness
        # that the drink's quality only led up to; both are said
        own = [w for w in found[drop] if w.casefold() not in {k.casefold() for k in found[keep]}]
        if own:
            found[drop] = own
        else:
            del found[drop]
        return
    if keep is ProblemKind.SUBSCRIPTION or drop in (ProblemKind.DELIVERY_LATE, ProblemKind.QUALITY):
        del found[drop]
        return
    if drop is ProblemKind.WRONG_ITEM:
        strong = [w for w in found[drop] if any(x in w.casefold() for x in _NAMED_WRONG)]
    else:
        # (a fee is a charge of its own: "a ৳50 redelivery fee" beside a lost parcel is two)
        fee = keep is ProblemKind.DELIVERY_MISSING
        strong = [w for w in found[drop] if MULTIPLE_CHARGE.search(w) or (fee and _FEE.search(w))]
    if strong:
        found[drop] = strong
    else:
        del found[drop]


_FEE = rx.compile(r"\bfees?\b", regex.I)
# what happened to a body: an allergy, a reaction, an illness (not a dirty table or a hair)
_BODILY = rx.compile(
    r"allerg|react|sick|ill\b|poison|vomit|threw up|hives|swell|rash|hospital|oksen|sairas|myrky"
    r"|অ্যালার্জি|এলার্জি|অসুস্থ|বমি",
    regex.I,
)
_BROAD = {
    "delivery": ProblemKind.DELIVERY_LATE,
    "defect": ProblemKind.DEFECT,
    "billing": ProblemKind.BILLING,
}


def fallback(cues: Cues) -> tuple[Problem, ...]:
    """A complaint with no specific description: the broad complaint words ("broken",
    "overcharged") give a low-confidence kind; with none, say "other" rather than guess.

    A bare topic noun ("tracking", "the courier", "পার্সেল", which the brand's own name
    পার্সেলি starts with) says what the post is about, not that it went wrong: it is never
    the only evidence of a kind (``topic.nouns`` in each language's lexicon)."""
    broad = cues.of("complaint")
    found = []
    for key, kind in _BROAD.items():
        words = cues.beyond_topics(broad.get(key, []))
        if words:
            found.append(Problem(kind, unique(words), 0.35))
    return tuple(found) or (Problem(ProblemKind.OTHER, (), 0.3),)


_FROM_TO = rx.compile(r"from\D{0,3}(\d+(?:[.,]\d+)?)\D{1,6}?(\d+(?:[.,]\d+)?)", regex.I)


def _price_falls(found: dict[ProblemKind, list[str]]) -> None:
    """ "from €60 to €5" is a saving, not a price rise."""
    words = found.get(ProblemKind.PRICE)
    if not words:
        return
    kept = [w for w in words if not ((m := _FROM_TO.search(w)) and _num(m[2]) <= _num(m[1]))]
    if kept:
        found[ProblemKind.PRICE] = kept
    else:
        del found[ProblemKind.PRICE]


def _num(s: str) -> float:
    return float(s.replace(",", "."))
