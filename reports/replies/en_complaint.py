"""English replies to a complaint: hear them out, apologise without "but", honour each ask
within the voice, ask only for what the problem needs, name the next step and its owner.

Wording follows the case (how many problems, what was asked, anger, sarcasm, a repeat), not
a shuffle of the same sentences: two different complaints read differently because they are.
"""

from __future__ import annotations

import regex

from monitor import rx
from monitor.config import Voice
from monitor.reading.types import AskKind, FlagKind, Problem, ProblemKind
from reports.case import fit
from reports.replies.asked import GOODS_SENT, Detail, is_visit
from reports.replies.book import (
    Ctx,
    Drafts,
    after_colon,
    cap,
    first_clause,
    key_sentence,
    listing,
    route,
    sentence,
)
from reports.replies.en_app import turned, wished
from reports.replies.en_common import channel, greet, hello, lead, place, sign, signature, way_in
from reports.replies.en_restate import (
    APPLIANCE,
    ASKED_STAFF,
    DAIRY_SERVED,
    GENERIC,
    NAMED_FEE,
    NO_ANSWER_SAID,
    NOT_SENT_YET,
    OLD_ADDRESS_KEPT,
    PART_NEVER_CAME,
    PEST,
    SMELLS_BURNT,
    SPARKED,
    THEIR_CUSTOMERS,
    WHO_HURT,
    came_late,
    charge_amounts,
    charged_after_ending,
    clause,
    counted_loss,
    delivery_code,
    fee_name,
    pickup_missed,
    plural,
    ref_label,
    stall_said,
    thing,
)
from reports.replies.faq import CONFIRMING, asked_in, questions
from reports.replies.plan import (
    ACTION_DEMANDED,
    OPINIONS,
    WHO_PAYS,
    Offer,
    arrived,
    charged_though_free,
    contents_taken,
    exacted,
    follow_group,
    goods_lost,
    lead_kind,
    paid_for_nothing,
    pest_seen,
    rule_asked,
    unserved_fee,
)
from reports.replies.rates import price
from reports.replies.said import (
    INSIDE_FINE,
    LOST_BALANCE,
    NO_WAY,
    RIDER,
    TO_CARD,
    UNWANTED_CONTACT,
    UNWANTED_MARKETING,
    call_day,
    cancel_from,
    cancelled_named,
    charged_early,
    day_needed,
    dmed_in_vain,
    each_time,
    emailed_in_vain,
    farewell,
    fees_named,
    grind_wrong,
    gripe,
    gripe_after_but,
    kept_cancelled,
    long_lost,
    look_into_refused,
    money_taken,
    next_charge,
    no_email,
    one_off,
    own_fault,
    phoned_in_vain,
    refuses_voucher,
    subscribed,
    taken_over,
    threat_day,
)

K = ProblemKind
_DETAIL = {
    Detail.ORDER: "your order number", Detail.PHOTO: "a photo",
    Detail.DEVICE: "your phone model and app version", Detail.ACCOUNT_EMAIL:
    "the email on your account", Detail.VISIT: "the date and which {place} it was",
    Detail.CHARGES: "the dates and amounts of the charges (no card numbers, please)",
    Detail.ADDRESS: "the delivery address", Detail.PHONE: "a number to call you on",
    Detail.CONTACT_USED: "the address you wrote to us from",
    Detail.WHEN: "when it happened", Detail.DATE: "the date of your visit",
    Detail.SITE: "which {place} it was",
    Detail.BROWSER: "the browser and device you used",
    Detail.APP_VERSION: "the version of the app you have",
    Detail.WHERE_USED: "your device and whether you used the app or the website",
    Detail.MERCHANT: "your merchant ID and the dates of the payouts",
    Detail.MERCHANT_ID: "your merchant ID",
    Detail.BOOKING: "the pickup's booking number",
    Detail.CODE_PHONE: "the phone number the code should go to",
    Detail.SCREENSHOTS: "screenshots of the messages, if you're comfortable sharing them",
}  # fmt: skip
_STEP = {
    K.DELIVERY_LATE: "traces {it}{via} and sends you a confirmed delivery date",
    K.DELIVERY_MISSING: "opens a trace on {it}{via} and tells you what it finds",
    K.DELIVERY_HANDLING: "takes what happened up with {carriers} and tells you what changes",
    K.DAMAGED: "arranges the fix as soon as your photo arrives",
    K.DEFECT: "arranges the fix as soon as your details arrive and tells our product team",
    K.WRONG_ITEM: "gets the right item out to you once your order is confirmed",
    K.QUALITY: "passes this to the people who make it and comes back to you",
    K.FOOD_SAFETY: "takes this to the people in charge of that {place} today",
    K.BILLING: "checks the charges and confirms what comes back to you",
    K.REFUND_PENDING: "finds out where your refund is and when it reaches you",
    K.PAYOUT: "finds out what is holding your payout and when it will be paid",
    K.SUBSCRIPTION: "checks your subscription and stops anything that shouldn't be running",
    K.ACCOUNT: "gets you back into your account",
    K.APP_BUG: "gives your details to our technical team and writes back with a fix or a "
    "workaround",
    K.STAFF: "talks to the team at that {place} about what happened",
    K.OTHER: "looks into what happened and writes back with a plan",
    K.NO_RESPONSE: "finds your earlier messages and answers every point in them",
    K.WAIT: "passes this to the manager of that {place}",
    K.PRICE: "passes your feedback to the people who set our prices",
    K.POLICY: "takes your case to the people who own that policy",
}  # fmt: skip
_ACTION = {
    K.DELIVERY_LATE: "trace it", K.DELIVERY_MISSING: "trace it", K.DAMAGED: "put it right",
    K.DEFECT: "put it right", K.WRONG_ITEM: "put it right", K.BILLING: "check the charges",
    K.REFUND_PENDING: "chase the refund", K.PAYOUT: "chase your payout",
    K.SUBSCRIPTION: "sort your subscription",
    K.ACCOUNT: "get you back in", K.APP_BUG: "get it fixed", K.STAFF: "look into it",
    K.NO_RESPONSE: "pick up where it stopped", K.WAIT: "look into it",
    K.PRICE: "find out what's behind it for you", K.POLICY: "go through it with you",
}  # fmt: skip


def details(ctx: Ctx, *, limit: int = 3) -> str:
    if _their_ticket(ctx) is not None:
        return ""  # a fourth message with its ticket number: we have what we need
    chosen = [_DETAIL[d].format(place=place(ctx)) for d in ctx.plan.details[:limit]]
    if ctx.voice.delivers_itself:  # a courier's parcel is found by its tracking number
        chosen = [c.replace("your order number", "the tracking number") for c in chosen]
    return listing(chosen)


def clauses(ctx: Ctx) -> list[str]:
    """Each problem said back; the same subject twice becomes "it" ("your order is late and
    it arrived damaged")."""
    single, text = len(ctx.plan.problems) == 1, ctx.case.text
    out: list[str] = []
    for p in ctx.plan.problems:
        if p.kind is K.DELIVERY_HANDLING and any(_THROWN_SAID.search(o) for o in out):
            continue  # "told her '...' and threw the parcel at the gate": the throw said once
        if p.kind is K.WRONG_ITEM and any(" inside instead of " in o for o in out):
            continue  # "seal cut ... a brick instead of the earbuds": the swap said once
        it = thing(p, ctx.reading, text, single=single)
        said = clause(p, ctx.reading, text, single=single, source=ctx.case.source)
        if said.endswith(_NOT_AS_IT_SHOULD) and any(_FEE_UNSERVED.search(o) for o in out):
            continue  # "a fee ... though you were home all afternoon": the visit said once
        if out and said.startswith(it) and out[-1].startswith(it):
            said = ("they" if plural(it) else "it") + said[len(it) :]
        elif out and f" of {it}" in said and any(o.startswith(it) for o in out):
            # "your parcel came late, the jar inside arrived crushed": its number said once
            said = said.replace(f" of {it}", " inside", 1)
        # "marked 'unavailable' though you were home" and "charged a fee though you were home
        # all day": where they were is said once
        if (home := _HOME_CLAUSE.search(said)) and any(_HOME_CLAUSE.search(o) for o in out):
            said = (said[: home.start()] + said[home.end() :]).rstrip()
        if out and (same := _OUR_SOMEONE.match(said)) and out[-1].startswith(same[0]):
            # "our rider came 3 hours late and then demanded ...": the same person once
            said = "then " + said[len(same[0]) :]
        if p.kind in (K.DELIVERY_LATE, K.DELIVERY_MISSING) and "“" not in said:
            said += stall_said(ctx.reading, text)  # "DMs say 'we are checking' every time"
        if (
            p.kind is K.DELIVERY_LATE
            and (fast := _PAID_FAST.search(text))
            and fast["what"].casefold() not in said
        ):  # "paid for express shipping so my beans could enjoy a 9-day tour": what they paid
            said = f"you paid for {fast['what'].casefold()} and {said}"
        out.append(said)
    return out


_FIX_PACKING = rx.compile(
    r"\b(?:fix|change|improve|sort out|rethink|upgrade) (?:your|the|how you do (?:your|the)) "
    r"(?:packaging|packing|bags|boxes)\b"
    r"|\b(?:packaging|packing) (?:is|needs|has to|must)\b",
    regex.I,
)
# "pre-ground when my subscription says whole bean": what they chose is no grind at all
_WANTS_WHOLE = rx.compile(
    r"\b(?:says|set to|chose|picked|ordered|want|wanted|is)\s+whole[- ]?beans?\b"
    r"|\binstead of whole[- ]?beans?\b",
    regex.I,
)
_OUR_SOMEONE = rx.compile(r"our (?:rider|courier|driver|barista|agent|manager|cashier) ")
_THROWN_SAID = rx.compile(
    r"\b(?:threw|tossed|flung|dropped|slammed|left) (?:the|your) (?:parcel|package|box|order)\b"
)
_PAID_FAST = rx.compile(
    r"\bpaid (?:extra )?for (?P<what>(?:express|next[- ]day|same[- ]day|priority|fast|expedited)"
    r" (?:shipping|delivery|postage))\b",
    regex.I,
)
_NOT_AS_IT_SHOULD = "wasn't delivered the way it should have been"
_FEE_UNSERVED = rx.compile(r"\bfee\b[^.]*\bthough (?:you were home|nobody came)\b")
_HOME_CLAUSE = rx.compile(r",? though you were (?:home|in)(?: all day)?\b")


def sorry(ctx: Ctx, said: list[str]) -> str:
    """The apology carries the restatement; its strength follows the post. Unsure what went
    wrong, it restates nothing rather than guess."""
    angry = ctx.reading.decisions.angry or ctx.case.anger >= 0.6
    if ctx.plan.stance == "mixed" and not ctx.reading.is_sarcastic and said:
        if len(said) > 1:
            return f"Thank you for the kind words, and I'm sorry: {listing(said[:3])}."
        if named := gripe(said[0], wishes=False) or gripe(ctx.case.text, wishes=False):
            return f"Thank you for the kind words, and I'm sorry about “{named}”."
        if any(g in said[0] for g in GENERIC[:6]):  # what follows their "but", else the trouble
            but = gripe_after_but(ctx.case.text)
            about = f"“{but}”" if but else "the trouble"
            return f"Thank you for the kind words, and I'm sorry about {about}."
        return f"Thank you for the kind words, and I'm sorry {said[0]}."
    if not said and ctx.plan.stance == "request":  # "cancel my Club, please": no apology owed
        return farewell(ctx.case.text)  # "thanks for two years": thanked back
    if said and SORRY_TIRED.search(ctx.case.text) and not any(g in said[0] for g in GENERIC):
        # "every time I get a sorry and nothing changes": a bare sorry is what they're tired
        # of; it is said knowing that, and the doing follows
        return f"I'm sorry {listing(said[:3])}, and I know a sorry alone changes nothing."
    if not said or (len(said) == 1 and any(g in said[0] for g in GENERIC[:6])):
        if ctx.reading.is_sarcastic:
            return "Fair to be fed up, and I'm sorry."
        read = [p for p in ctx.plan.problems if p.kind is not K.OTHER]
        if read:  # a problem read but not said well in our words: theirs, quoted back
            why = tuple(b for p in read for b in p.because)
            theirs = key_sentence(ctx.case.text, naming=why, words=12)
            return f"I'm {'really ' if angry else ''}sorry about this: “{theirs}”."
        return "I'm really sorry to read this." if angry else "I'm sorry to read this."
    hurt = _hope(ctx)
    if len(said) > 1:
        return f"I'm sorry: {listing(said[:3])}.{hurt}"
    if ctx.reading.is_sarcastic and not never_so(ctx):
        return f"Fair to be fed up: {said[0]}, and I'm sorry."
    if ctx.reading.flags:  # a health scare or a legal threat: no verdict before a person reads it
        return f"I'm really sorry {said[0]}.{hurt}{never_so(ctx)}"
    opinion = all(p.kind in OPINIONS for p in ctx.plan.problems)
    if angry and not opinion and not own_fault(ctx.case.text):  # a price or a policy is not
        # conceded in public, nor a failing they say was their own
        return f"I'm really sorry {said[0]}. That isn't good enough."
    if angry:
        return f"I'm really sorry {said[0]}."
    return f"I'm sorry {said[0]}."


# someone was hurt or made ill (not a late parcel of medicine): ask after them
# a failed-delivery scan while they were there to take it
_MARKED_AWAY = rx.compile(
    r"\b(?:customer|recipient|receiver|consignee) (?:not available|unavailable|not home"
    r"|unreachable|not reachable)\b|\bnobody (?:was )?(?:home|in)\b['’\"”]",
    regex.I,
)
_HE = ("son", "husband", "dad", "father", "boyfriend", "brother")
_SHE = ("daughter", "wife", "mum", "mom", "mother", "girlfriend", "sister")


# tired of apologies: "every time I get a sorry and nothing changes", "spare me the apology"
SORRY_TIRED = rx.compile(
    r"\b(?:every time|each time|all) (?:i|we) (?:ever )?(?:get|got|hear|heard|receive)(?: is)? "
    r"(?:an? |another )?(?:sorry|apology|apologies)\b"
    r"|\b(?:sorry|apologies|apology)(?: again)?,? (?:and|but) nothing (?:ever )?(?:changes|changed"
    r"|happens|happened)\b|\b(?:don'?t|do not) want (?:another|more|your|an) (?:sorry|apolog\w*)"
    r"|\bno more (?:sorry|sorries|apologies)\b|\bspare me the (?:sorry|apolog\w*)"
    r"|\b(?:tired|sick) of (?:your |the )?(?:sorry|sorries|apologies|apologising|apologizing)\b",
    regex.I,
)


def never_so(ctx: Ctx) -> str:
    """ " Nobody should be treated like that by anyone at Northwind Coffee.": what we stand for,
    said after a report of discrimination (no verdict on the person before anyone has asked)."""
    if not ctx.reading.flagged(FlagKind.DISCRIMINATION):
        return ""
    return f" Nobody should be treated like that by anyone at {ctx.case.brand}."


_MANY_ILL = rx.compile(
    r"\b(?:people|colleagues|friends|several of us|all of us|we all|the whole (?:office|team"
    r"|family))\b[^.!?\n]{0,40}\b(?:got|felt|were|fell|became) (?:\p{L}+ )?(?:sick|ill|stomach)"
    r"|\bso did (?:my|the|both|all) (?:of )?(?:my )?(?:\d+|two|three|four|five) "
    r"|\bme and (?:\d+|two|three|four|five|six|a few|some) (?:of my )?\p{L}+\b[^.!?\n]{0,20}"
    r"\b(?:got|felt|were|fell|became|had)\b"
    r"|\b(?:\d+|two|three|four|five|several) (?:\p{L}+ )?(?:colleagues|coworkers|friends|people"
    r"|others)\b[^.!?\n]{0,40}\b(?:are|were|got|fell|have been|became) (?:\p{L}+ )?(?:sick|ill"
    r"|poorly|unwell) (?:too|as well)\b",
    regex.I,
)
_TWO_ILL = rx.compile(
    r"\bmy \p{L}+ and I\b[^.!?\n]{0,40}\b(?:got|felt|were|fell|became|have been|'ve been)\b"
    r"|\bso (?:did|was) my \p{L}+"
    r"|(?:^|[.!?,;]\s*|\band )my \p{L}+ (?:too|as well|also)\b"
    r"|\bboth (?:of us|got|felt|were|had)\b|\bme and my \p{L}+\b",
    regex.I,
)


def _hope(ctx: Ctx) -> str:
    """ " I hope you are all right." after a health scare; "your daughter" where she was hurt."""
    if not ctx.reading.flagged(FlagKind.HEALTH_SAFETY) or not _HURT.search(ctx.case.text):
        return ""
    if _MANY_ILL.search(ctx.case.text) and not _OK_NOW.search(ctx.case.text):
        return " I hope everyone is all right."  # "people in our office got stomach bugs"
    if _TWO_ILL.search(ctx.case.text) and not _OK_NOW.search(ctx.case.text):
        return " I hope you're both all right."  # "my partner and I", "and so did my sister"
    if who := WHO_HURT.search(ctx.case.text):  # named once already: "she", "he", "they"
        word = who[1].casefold()
        after = ctx.case.text[who.end() :]  # "my 7yo ... we gave her antihistamine"
        her = regex.search(r"\b(?:she|her)\b", after, regex.I) is not None
        him = regex.search(r"\b(?:he|him|his)\b", after, regex.I) is not None
        she = word in _SHE or (word not in _HE and her and not him)
        he = word in _HE or (word not in _SHE and him and not her)
        who_is = "she is" if she else "he is" if he else "they are"
        if _OK_NOW.search(after):  # "He's OK now": glad of it, not hoping
            return f" I'm glad {who_is} OK now."
        return f" I hope {who_is} all right{_doctor(ctx.case.text) or '.'}"
    if _OK_NOW.search(ctx.case.text):
        return " I'm glad you're OK now."
    if doctor := _doctor(ctx.case.text):
        return f" I hope you're all right{doctor}"
    return " I hope you are all right."


def _illness(ctx: Ctx) -> str:
    """Made ill by food or drink of ours (no allergy: its cause is known): what helps find
    the cause, and a word for anyone else who was ill, asked in the DM, never in public."""
    text = ctx.case.text
    if not any(p.kind is K.FOOD_SAFETY for p in ctx.plan.problems) or not _MADE_ILL.search(text):
        return ""
    if regex.search(r"\ballerg|\banaphyla|\bepi-?pen", text, regex.I):
        return ""
    when = "" if _ATE_AT.search(text) else "roughly when it was eaten or drunk and "
    # "Two colleagues who had the same sandwich are sick too": the others are told already
    others = "" if _OTHERS_ILL_TOO.search(text) and not _ANYONE_ELSE.search(text) else (
        " If anyone else who had food or drink from us that day was ill too, please tell me "
        "that as well.")  # fmt: skip
    return f"To help us find the cause, could you tell me {when}when the symptoms started?{others}"


_OTHERS_ILL_TOO = rx.compile(
    r"\b(?:two|three|four|five|\d+|several|some|my|a few|both) (?:of my )?(?:\p{L}+ )?(?:colleagues"
    r"|coworkers|co-workers|friends|kids|children|people|others|family)\b[^.!?\n]{0,50}\b(?:are|were"
    r"|got|fell|have been|became) (?:\p{L}+ )?(?:sick|ill|poorly|unwell)\b",
    regex.I,
)
_ANYONE_ELSE = rx.compile(r"\b(?:anyone|anybody|someone) else\b", regex.I)
_MADE_ILL = rx.compile(
    r"\b(?:sick|ill|vomit\w*|threw up|throwing up|food poisoning|diarrh\w*|stomach (?:bugs?"
    r"|cramps|aches?|pains?|upset)|upset stomach|poorly|nause\w*)\b",
    regex.I,
)
# what they think made them ill: "something is wrong with your milk", "must be the chicken"
_SUSPECTED = rx.compile(
    r"\b(?:something(?:'s| is| was) (?:wrong|off) with|(?:it |that )?(?:must|had to) (?:be|have"
    r" been)|i (?:think|suspect|bet) it was|blame) (?:your|the) (?P<what>(?:oat |soy |almond )?"
    r"(?:milk|cream|chicken|tuna|eggs?|mayo|ice|water|syrup|salad|sandwich|wrap|cake|pastry"
    r"|muffin|quiche|soup))\b",
    regex.I,
)
# the time they ate or drank, already told: "at lunch", "around 2pm"
_ATE_AT = rx.compile(r"\b(?:at|around|about) (?:\d{1,2}(?::\d\d)?\s?(?:am|pm)?|noon|lunch"
                        r"|lunchtime|breakfast|dinner)\b", regex.I)  # fmt: skip


def _doctor(text: str) -> str:
    """Adrenaline used and no doctor named: the one thing to say before anything else."""
    if _EPIPEN.search(text) and not _SEEN_BY_DOCTOR.search(text):
        return "; after an EpiPen, please see a doctor if you haven't."
    return ""


_EPIPEN = rx.compile(r"\bepi-?pens?\b|\badrenaline (?:pen|shot|injection)\b", regex.I)
_SEEN_BY_DOCTOR = rx.compile(
    r"\b(?:hospital|doctor|gp|a&e|urgent care|clinic|ambulance|paramedics?|(?-i:ER))\b", regex.I
)


# "he's OK now", "she's fine now", "I'm better now": said to be all right already
_OK_NOW = rx.compile(
    r"\b(?:he|she|they|i|we)(?:'s|'re|'m| is| are| am)\s+(?:ok|okay|fine|alright|all right|"
    r"better|doing (?:fine|ok|okay|better))\b(?:\s+now)?",
    regex.I,
)


_HURT = rx.compile(
    r"\b(hurt|injur\w*|cut (?:my|his|her)|burn\w*|blister\w*|scald\w*|tooth|teeth|sick|ill"
    r"|twisted (?:my|his|her)"
    r"|vomit\w*|threw up"
    r"|throwing up|react\w*"
    r"|cramps|food poisoning|stomach (?:bugs?|aches?|pains?)|fractur\w*|knocked|swollen|sprain\w*"
    r"|bruis\w*|bleeding"
    r"|hospital|chok\w*|rash|swell\w*|allerg\w*|hives|(?-i:ER)|a&e|emergency room"
    # caffeine where none was wanted: "my heart was racing", "a pounding migraine"
    r"|heart (?:was |started |kept )?(?:racing|pounding)|palpitations?|migraines?|dizzy"
    r"|arrhythmia"
    # "lactose intolerant and spent the afternoon feeling awful": made ill, in their words
    r"|(?:feeling|felt|feel) (?:so |really |absolutely |pretty |quite )?(?:awful|terrible"
    r"|horrible|rough|dreadful|wretched|unwell|rotten)|unwell)\b",
    regex.I,
)


_CHASED = rx.compile(
    r"\b(second|third|fourth|2nd|3rd|4th) (?:(?:e-?mail|message|call|dm|attempt|reminder"
    r"|follow-?up|ticket|chat|post|contact)s?"
    r"|time (?:i'?m |i am |i'?ve |i have )?(?:writ|messag|call"
    r"|ask|contact|chas|e-?mail|complain|post|tweet|rais|report)\w*)\b",
    regex.I,
)


# "the seller says it's your fault, you say it's the seller's": passed between two parties
_BOUNCED = rx.compile(
    r"\b(?:seller|shop|store|merchant|courier|carrier|vendor|they)\b[^.!?\n]{0,25}\b(?:says?|said"
    r"|blames?|blamed|told me)\b[^.!?\n]{0,25}\b(?:your|you|yours)\b[^.!?\n]{0,40}\b(?:you|they)"
    r"\b[^.!?\n]{0,15}\b(?:say|said|blame)|\b(?:passed|bounced|pushed|sent) (?:back and forth|"
    r"between)\b|\bping[- ]?pong"
    r"|\bsays? it'?s [^.!?\n]{0,25}\bfault\b[^.!?\n]{0,30}\bsays? it'?s\b"
    r"|\b(?:going|go|went|run|running|sent) (?:round |around )?in circles\b",
    regex.I,
)


def repeat(ctx: Ctx) -> str:
    if _BOUNCED.search(ctx.case.text):
        return "You won't be passed around again: this stays with me until it's sorted."
    if not ctx.plan.repeat:
        return ""
    nth = {2: "second", 3: "third", 4: "fourth"}.get(ctx.plan.times)
    if (chased := _CHASED.search(ctx.case.text)) is not None:
        # "third email with no answer": the third time they had to write, not a third failure
        n = {"2nd": "second", "3rd": "third", "4th": "fourth"}.get(chased[1].casefold(), chased[1])
        return f"This is the {n.casefold()} time you've had to contact us, and that's on us."
    if nth and counted_loss(ctx.case.text):  # "a third parcel of yours has been lost": said
        return "That's on us."
    if nth and (counted := _THINGS_WRONG.search(ctx.case.text)):
        # "the 4th thing to go wrong this month": their count of our failings, owned as such
        when = f" {counted['when'].casefold()}" if counted["when"] else ""
        many = {2: "two", 3: "three", 4: "four"}.get(ctx.plan.times, "several")
        return f"That's {many} things gone wrong for you{when}, and that's on us."
    if nth:
        return f"This is the {nth} time, and that's on us."
    return "It has happened before, and that's on us."


_THINGS_WRONG = rx.compile(
    r"\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:thing|problem|issue)\s+(?:to\s+go"
    r"|that'?s\s+gone|gone|going)\s+wrong\b"
    r"(?:[^.!?\n]{0,20}?\b(?P<when>this (?:week|month|year)))?",
    regex.I,
)


def _fees(ctx: Ctx) -> str:
    """ "the fee", or "the three redelivery fees" where the post counts them."""
    counted = fees_named(ctx.case.text)
    return f"the {counted}" if counted else "the fee"


def public_offer(ctx: Ctx, offer: Offer) -> str:
    part = ctx.plan.part or "part"
    fees = _fees(ctx)
    back = "come back" if fees.endswith("s") else "comes back"
    return {
        Offer.REFUND: "You'll get your money back.",
        Offer.REFUND_IF: f"I'll do all I can to get this sorted by {day}; if it isn't, you'll "
        "get your money back." if (day := due(ctx)) else "I'll try to put this right first; "
        "if I can't, you'll get your money back.",
        # no refusal in public: the case goes up, and the answer is given plainly in private
        Offer.NO_REFUND: f"I've asked {lead(ctx)} about your {_refund(ctx)}{_refund_of(ctx)}"
        .rstrip(",")
        + ".",
        # asked for outright ("an exchange, not a refund"): promised, not offered
        Offer.EXCHANGE: "I'll send you a replacement." if ctx.reading.asked(AskKind.EXCHANGE)
        else "A replacement is yours if you want one.",
        Offer.PART: f"I'll get a new {part} to you.",
        Offer.FEE_BACK: f"{cap(fees)} {back} to you." if ctx.voice.can_refund
        else f"I've asked {lead(ctx)} to look at {fees}.",
        Offer.ESCALATION: f"I've asked {lead(ctx)} to call you{_on(call_day(ctx.case.text))}.",
        Offer.CALLBACK: "We'll call you back.",
        Offer.CANCEL: f"I'll make sure {_cancelled(ctx)} stays cancelled."
        if kept_cancelled(ctx.reading, ctx.case.text)
        else f"I'll cancel {_cancelled(ctx)}{_cancel_when(ctx.case.text)}.",
        Offer.CANCEL_IF: f"I'll do all I can to get it to you{_by(ctx)}; if I can't, I'll cancel "
        f"{_cancelled(ctx)} for you.",
        Offer.MONEY_BACK: _extra(ctx),
    }.get(offer, "")  # fmt: skip


_FOR_ALL = rx.compile(
    r"\b(?:for|on|from) (?:all|each of the|every one of the|all of the|the) (?P<n>two|three|four"
    r"|five|six|\d+) (?P<what>bookings|pickups|deliveries|parcels|visits|attempts|orders)\b",
    regex.I,
)


def _extra(ctx: Ctx) -> str:
    """Money taken in error comes back: the extra fee where a fee is what they asked back."""
    if ctx.reading.asked(AskKind.FEE_BACK):
        text = ctx.case.text
        if every := _FOR_ALL.search(text):
            # "I want the ৳60 fee back for all three bookings": each one's, as asked
            amounts = ctx.reading.facts.amounts
            of = f"{amounts[0]} " if len(set(amounts)) == 1 else ""
            return (f"The {of}fee for each of the {every['n'].casefold()} "
                    f"{every['what'].casefold()} comes back to you.")  # fmt: skip
        if unserved_fee(text) and (named := NAMED_FEE.search(text)) and not fees_named(text):
            # "a 60 taka 'redelivery fee' when the rider never came": that fee, by its name
            amounts = ctx.reading.facts.amounts
            if _BOTH_FEES.search(text):  # "charged TWICE ... give me back the fee, both of them"
                each = f" ({amounts[0]} each)" if len(amounts) == 1 else ""
                return f"Both {fee_name(named)} fees{each} come back to you."
            of = f" of {amounts[0]}" if len(amounts) == 1 else ""
            if each_time(text):  # "each time I got charged a ৳50 redelivery fee"
                return f"Every {fee_name(named)} fee{of} you were charged comes back to you."
            return f"The {fee_name(named)} fee{of} comes back to you."
        if not NAMED_FEE.search(text) and _DOUBLE.search(text):
            # "I want the duplicate charge refunded": the second charge, not a "fee"
            amounts = ctx.reading.facts.amounts
            of = f" of {amounts[0]}" if len(set(amounts)) == 1 else ""
            return f"The duplicate charge{of} {_back_to(text)}."
        return f"The extra {_fees(ctx).removeprefix('the ')} comes back to you."
    lead = ctx.reading.problems[0].kind if ctx.reading.problems else None
    billed = " ".join(b for p in ctx.reading.problems if p.kind is K.BILLING for b in p.because)
    twice = _DOUBLE.search(billed) or (len(ctx.reading.problems) == 1 and _DOUBLE.search(
        ctx.case.text))  # "rescheduled the pickup twice" is no duplicate charge  # fmt: skip
    if twice and (lead is ProblemKind.BILLING or _DOUBLE.search(billed)):
        # "the duplicate charge refunded to my card, not store credit": that charge, that way
        # "৳120 x2" is the charge taken twice; the duplicate is one ৳120
        charged = {
            regex.sub(r"\s?[x×]\s?\d+$", "", a)
            for a in charge_amounts(ctx.reading.facts.amounts, ctx.case.text)
        }
        of = f" of {next(iter(charged))}" if len(charged) == 1 else ""
        return f"The duplicate charge{of} {_back_to(ctx.case.text)}."
    # "I want that back on my card, not as store credit": the way they asked for it
    to = _back_to(ctx.case.text, credit=True)
    after = charge_amounts(ctx.reading.facts.amounts, ctx.case.text)
    if lead is ProblemKind.BILLING and charged_after_ending(ctx.case.text):
        if len(after) == 1:  # "you still took €32 on 1 April": that sum
            return f"The {after[0]} taken after you cancelled {to}."
        return f"Every charge taken after you cancelled {to.replace('goes', 'go')}."
    if lead is ProblemKind.SUBSCRIPTION:  # charged after it was stopped: each of those charges
        stopped = "paused it" if _PAUSED.search(ctx.case.text) else "cancelled"
        if len(after) == 1 and regex.search(r"\bevery (?:month|week)\b", ctx.case.text, regex.I):
            # "taken €34.90 from my card every month since": each of those charges
            return f"Every {after[0]} charge taken after you {stopped} {to}."
        if len(after) == 1 and _TWO_CHARGES.search(ctx.case.text):
            # "still took €24.90 in February AND March": both of them
            both = to.replace("comes", "come").replace("goes", "go")
            return f"Both {after[0]} charges taken after you {stopped} {both}."
        if len(after) == 1:
            return f"The {after[0]} taken after you {stopped} {to}."
        return f"Every charge taken after you {stopped} {to}."
    if charged_though_free(ctx.reading, ctx.voice, ctx.case.text):
        # "charged me 60 cents extra for oat milk" where the FAQ says it costs nothing
        amounts = ctx.reading.facts.amounts
        return f"The {amounts[0]} comes back to you." if len(amounts) == 1 else (
            "What you were charged for it comes back to you.")  # fmt: skip
    if paid_for_nothing(ctx.reading, ctx.case.text):  # "paid in the app, café had no order"
        amounts = ctx.reading.facts.amounts
        return f"The {amounts[0]} you paid comes back to you." if len(amounts) == 1 else (
            "What you paid for that order comes back to you.")  # fmt: skip
    if exacted(ctx.reading, ctx.case.text):  # "the rider asked me for 100 taka extra"
        said = " ".join(b for p in ctx.reading.problems for b in p.because)
        # the amount they were asked for, not the COD they owed ("৳100 'tip' on a ৳1,250 COD")
        taken = {a for a in ctx.reading.facts.amounts if a in said} or set(
            ctx.reading.facts.amounts
        )
        if len(taken) == 1:
            amount = next(iter(taken))
            if not _HANDED.search(ctx.case.text):  # asked for, and maybe never handed over
                return f"If you paid the {amount}, it comes back to you."
            return f"The {amount} comes back to you."
    return "Anything taken that shouldn't have been comes back to you."


# both charges of a fee taken twice asked back: "give me back the fee, both of them"
_BOTH_FEES = rx.compile(
    r"\bboth (?:of them|fees|charges|times)\b|\bboth (?:\p{L}+ )?fees\b", regex.I
)
# the money was handed over: "I paid him", "gave the rider ৳100", "he took 100tk from me"
_HANDED = rx.compile(
    r"\b(?:paid|gave|given|handed|took|taken|had to pay|ended up paying|forced me to pay)\b",
    regex.I,
)
_DOUBLE = rx.compile(
    r"\b(?:twice|double[- ]?charged|duplicate|two times|charged .{0,20}2 ?[x×])", regex.I
)
_PAUSED = rx.compile(r"\bpaus(?:e|ed|ing)\b", regex.I)


def _cancel_when(text: str) -> str:
    """ " from the end of April" where they set the day; else " for you", and " before the
    next charge" where a charge is near."""
    if when := cancel_from(text):
        return when
    return " for you before the next charge" if next_charge(text) else " for you"


def _cancelled(ctx: Ctx) -> str:
    """What the ask names ("your subscription", "your order NW-55123"), so that "I'll cancel
    it" never follows "your refund"; "it" when the ask names nothing."""
    asked = " ".join(w for a in ctx.reading.asks if a.kind is AskKind.CANCEL for w in a.because)
    named = cancelled_named(asked, ctx.reading.facts.references, ctx.case.text)
    for word in ctx.case.brand.split():  # "your northwind subscription": the brand as it spells it
        named = regex.sub(rf"\b{regex.escape(word)}\b", word, named, flags=regex.I)
    # "CANCEL MY SUBSCRIPTION": a shouted word is said back in a normal voice
    named = regex.sub(r"\b\p{Lu}{4,}\b", lambda m: m[0].casefold(), named)
    return "it" if ctx.plan.problems and named.startswith("your order") else named


def _arrived_late(ctx: Ctx) -> bool:
    """The lead problem is a late delivery that has since come: nothing to trace."""
    return bool(ctx.plan.problems) and came_late(ctx.plan.problems[0], ctx.reading, ctx.case.text)


_REFUND_FOR = rx.compile(
    r"(?|\b(?:money back|refund(?:ed)?|refund me) for (?:the|my|that|this) (?P<what>\p{L}+)\b"
    # "refund the grinder too": the item named straight after the verb
    r"|\brefund (?:the|my) (?P<what>\p{L}+)(?= too\b| as well\b|,| and\b))"
    r"(?<!\b(?:order|parcel|package|delivery|purchase|whole|entire|lot|box|subscription|second"
    r"|extra|duplicate|charge|fee|payment))",
    regex.I,
)


def _refunded_item(text: str) -> str:
    """ "the kettle", where the money is asked back for one item of the order; else ""."""
    found = _REFUND_FOR.search(text)
    return f"the {found['what'].casefold()}" if found else ""


_FEE_SAID = rx.compile(r"\b(?:fees?|charges?|delivery cost|shipping cost)\b", regex.I)
_CLAIMED = rx.compile(r"\b(?:declared value|compensat\w*|what it was worth)\b", regex.I)


def _refund(ctx: Ctx) -> str:
    """ "claim" for the value of goods lost in our care ("the full declared value"), which is
    no refund of a price they paid us; else "refund"."""
    asked = " ".join(w for a in ctx.reading.asks if a.kind is AskKind.REFUND for w in a.because)
    said_refund = "refund" in ctx.case.text.casefold()  # "the declared value refunded"
    if _CLAIMED.search(asked) and not said_refund:
        return "claim"
    # a courier's customer wanting their "money back" for goods lost or taken from a parcel in
    # our care: what they paid the seller, claimed from us at its value, not a price refunded
    lost = ctx.voice.delivers_itself and goods_lost(ctx.reading.problems, ctx.case.text)
    return "claim" if lost and asked and not _FEE_SAID.search(ctx.case.text) else "refund"


_DECLARED_AS = rx.compile(
    r"\bdeclared (?:the |its |a )?(?:value )?(?:as |of |at )?(?P<sum>[৳$€]\s?[\d,.]*\d|[\d,.]*\d\s?"
    r"(?:tk|taka|bdt|€))|\bdeclared value (?:of |was |is |as )?(?P<sum>[৳$€]\s?[\d,.]*\d"
    r"|[\d,.]*\d\s?(?:tk|taka|bdt|€))",
    regex.I,
)


def _refund_of(ctx: Ctx) -> str:
    """ " of the 3,500 tk, in money, not a voucher": the refund as they asked for it."""
    amounts = ctx.reading.facts.amounts
    word = "for" if _refund(ctx) == "claim" else "of"  # a claim for the value, a refund of it
    of = f" {word} the {amounts[0]}" if len(amounts) == 1 else ""
    if word == "for" and (declared := _DECLARED_AS.search(ctx.case.text)):
        # "paid ৳140 ... I declared the value as ৳2,500": the value declared, of the two sums
        of = f" for the {declared['sum']} you declared"
    if item := _refunded_item(ctx.case.text):  # "my money back for the kettle": not the order's
        of = f" for {item}"
    if every := _FOR_ALL.search(ctx.case.text):  # "the ৳60 back for all four pickups"
        of += f" for each of the {every['n'].casefold()} {every['what'].casefold()}"
    return f"{of}, in money and not a voucher," if refuses_voucher(ctx.case.text) else of


def _by(ctx: Ctx) -> str:
    """ " today", " by Friday": the day a conditional cancellation hangs on; "" if none."""
    day = due(ctx)
    if not day:
        return " in time"
    return f" {day.casefold()}" if _soon(day) or day.casefold() == "tomorrow" else f" by {day}"


def _soon(day: str) -> bool:
    return day.casefold() in ("today", "tonight")


def action(ctx: Ctx) -> str:
    """What the customer's next message lets us do: what they asked for first, else the fix."""
    offers = ctx.plan.offers
    if Offer.REFUND in offers:
        return "get your refund done"
    if Offer.CANCEL in offers and ctx.reading.asked(AskKind.CANCEL):
        return "confirm when it's cancelled"  # the offer already said "I'll cancel it for you"
    if _arrived_late(ctx):
        return "look into it"  # it came: there is nothing to trace
    if lead_kind(ctx.plan) is K.DELIVERY_MISSING and long_lost(ctx.case.text):
        # traced for weeks already: the search goes to someone who can decide, today (where
        # their claim is with the lead already, it is chased)
        if Offer.NO_REFUND in offers or Offer.ESCALATION in offers:
            return "chase it"
        return f"take the search to {lead(ctx)} today and get you a decision"
    if _code_handover(ctx):
        return "get your parcel to you"
    if lead_kind(ctx.plan) is K.ACCOUNT and taken_over(ctx.case.text) is not None:
        return "lock your account"  # someone else is in it: they are shut out first
    act = _ACTION.get(lead_kind(ctx.plan), "")
    if lead_kind(ctx.plan) is K.DELIVERY_LATE and NOT_SENT_YET.search(ctx.case.text):
        act = "find out why it hasn't been sent"  # "still 'processing'": no parcel to trace
    if act == "put it right" and ctx.reading.flagged(FlagKind.LEGAL):
        # a lawyer's notice on the way: no promise of the outcome before anyone has reviewed it
        return f"have {lead(ctx)} review your case today"
    if lead_kind(ctx.plan) is K.PAYOUT and paid_late(ctx.case.text):
        return "find out why it took so long"  # it came, late: nothing to wait for
    if lead_kind(ctx.plan) is K.PAYOUT and _payout_overdue(ctx):
        # "... so I'm chasing it today" said already: what they asked, when it comes, is next
        return "tell you the day it reaches you"
    if ctx.plan.problems and _MANY.match(
        thing(ctx.plan.problems[0], ctx.reading, ctx.case.text, single=len(ctx.plan.problems) == 1)
    ):  # "12 of your parcels": trace them
        act = regex.sub(r"\bit\b", "them", act)
    return act


_MANY = rx.compile(r"\S+ of your ")


def _their_ticket(ctx: Ctx) -> str | None:
    """The ticket or case they emailed about, more than once, as they name it."""
    refs = ctx.reading.facts.references
    chased = _CHASED.search(ctx.case.text)
    again = chased is not None and chased[1].casefold() not in ("second", "2nd")
    if len(refs) != 1 or not (emailed_in_vain(ctx.case.text) or again):
        return None
    label = ref_label(ctx.case.text, refs[0])
    if label is None or label[0].casefold() not in ("ticket", "case", "reference", "ref"):
        return None
    return f"{label[0].casefold()} {label[1]}{refs[0].lstrip('#')}"


# "Answer here", "don't ask me to DM": the reply they want is in the open, where they asked
_ANSWER_HERE = rx.compile(
    r"\b(?:answer|reply|respond|tell me) (?:me )?(?:here|publicly|in public)\b"
    r"|\b(?:don'?t|do not) (?:ask|tell) me to (?:dm|message|email|inbox)\b",
    regex.I,
)
# a promise made before and then nothing: "says they'll escalate it and then goes silent"
_WENT_QUIET = rx.compile(
    r"\b(?:says?|said|promis\w*|told me|tells me)\b[^.!?\n]{0,40}\b(?:escalat\w*|look into it"
    r"|get back|call (?:me )?back|sort it)\b[^.!?\n]{0,25}\b(?:then |and then |but )?"
    r"(?:goes|went|go|gone|going) (?:silent|quiet|dark|missing)\b"
    r"|\b(?:promised|said they'?d|said they would) [^.!?\n]{0,40}\b(?:and|but) (?:then )?"
    r"(?:nothing|never did|no one did|nobody did)\b",
    regex.I,
)


def _answer_their_emails(ctx: Ctx) -> bool:
    """They emailed us more than once in vain, and no other way in is left to offer (a DM
    refused or unanswered, the phone unanswered or none): no "please email us" again."""
    text = ctx.case.text
    return (
        bool(ctx.voice.support_email)
        and emailed_in_vain(text)
        and route(ctx) == "email"
        and not (ctx.voice.support_phone and not phoned_in_vain(text))
    )


def _answer_their_dms(ctx: Ctx) -> bool:
    """A parcel chased in unanswered DMs, with its number given: no "please DM us" again."""
    return (
        ctx.dm_here
        and bool(ctx.voice.dm_handle)
        and dmed_in_vain(ctx.case.text)
        and len(ctx.reading.facts.references) == 1
        and any(p.kind in (K.DELIVERY_LATE, K.DELIVERY_MISSING) for p in ctx.plan.problems)
    )


def _code_handover(ctx: Ctx) -> bool:
    """The lead problem is a delivery code that isn't reaching them: the handover is the fix."""
    return bool(ctx.plan.problems) and bool(delivery_code(ctx.plan.problems[0], ctx.case.text))


def _first_offer(ctx: Ctx) -> str:
    """The public line of the first offer alone ("" where there is none)."""
    offers = [o for o in ctx.plan.offers if o is not Offer.CANCEL or ctx.reading.asked(
        AskKind.CANCEL)]  # fmt: skip
    return public_offer(ctx, offers[0]) if offers else ""


def _public_offers(ctx: Ctx) -> str:
    """The first two offers; a refund review and a call from the same person are one sentence
    ("I've asked our team lead to call you today about your refund"), not the name twice."""
    offers = ctx.plan.offers
    if len(offers) > 1 and not ctx.reading.asked(AskKind.CANCEL):
        # a cancellation nobody asked for (they had cancelled already) waits for the DM,
        # where the post has room for what they did ask
        offers = tuple(o for o in offers if o is not Offer.CANCEL)
    first = offers[:2]
    if set(first) == {Offer.NO_REFUND, Offer.ESCALATION}:
        about = f"about your {_refund(ctx)}{_refund_of(ctx)}".rstrip(",")
        return f"I've asked {lead(ctx)} to call you{_on(call_day(ctx.case.text))} {about}."
    return " ".join(o for o in (public_offer(ctx, x) for x in first) if o)


_SORRY_AFTER = rx.compile(r",? and I'm (?:really |so )?sorry\.?$")


def _balance_back(ctx: Ctx, opening: str) -> str:
    """ "I'll put your stamps back.": said in public too, where a store review has no DM."""
    for p in ctx.plan.problems:
        if p.kind is K.APP_BUG and (lost := LOST_BALANCE.search(" ".join(p.because))):
            what = lost["what"].casefold().replace("stamp card", "stamps")
            # "them" where the stamps are what the opening is about, not after another clause
            told = _SORRY_AFTER.sub("", opening.rstrip())
            near = what in told.rsplit(" and ", 1)[-1]
            return "I'll put them back." if near else f"I'll put your {what} back."
    return ""


def _security_report(ctx: Ctx) -> Drafts | None:
    """A hole in our systems that shows other people's details, reported to us: thanks, the
    people who fix it, no repeat of the steps in public, and the silence it met owned."""
    from reports.replies.en_other import SECURITY  # (en_other builds on these pieces)

    if not ctx.reading.flagged(FlagKind.PRIVACY) or not SECURITY.search(ctx.case.text):
        return None
    late = any(p.kind is K.NO_RESPONSE for p in ctx.plan.problems) or bool(
        NO_ANSWER_SAID.search(ctx.case.text)
    )  # "reported it two weeks ago, nothing back"
    sorry = ", and I'm sorry your report went unanswered" if late else ""
    if sent := _PASSWORD_SENT.search(ctx.case.text):
        # "the app emailed me the new password in plain text": our failing, said so; the
        # password is theirs to change, and it is never sent to us
        how = sent["how"].casefold().replace("e-mail", "email")
        told = f"I'm sorry our app {how} your password in plain text, and you were right to flag it"
        keep = "Please change your password now."
        ask = ("Please change your password now, and if you used it anywhere else, change it "
               "there too. So they can find the message, could you tell me roughly when it "
               "arrived? Please don't send us the password itself.")  # fmt: skip
        found = "what we changed"
    else:
        told = "Thank you for reporting this"
        keep = "Please keep the steps out of public posts until it's fixed."
        ask = ("So they can check it quickly, could you reply with the page and the steps you "
               "took? Please keep them out of public posts until it's fixed.")  # fmt: skip
        found = "what we found"
    passed = "I've passed it to the people who look after our systems as a priority."
    public = fit([
        greet(ctx), f"{told}{sorry}. {passed}", keep,
        channel(ctx, then="tell you when it's fixed"), sign(ctx),
    ], limit=ctx.case.limit, optional=(2,))  # fmt: skip
    offline = "\n\n".join(p for p in (
        hello(ctx),
        f"{told}{sorry}. "
        + (f"I'm {ctx.owner}, and I'm looking after it myself. " if ctx.owner else "")
        + passed,
        ask,
        f"I'll tell you as soon as it's fixed, and {found}.",
        signature(ctx),
    ) if p)  # fmt: skip
    return public, offline


# "the app emailed me the new password in plain text": how it reached them
_PASSWORD_SENT = rx.compile(
    r"\b(?P<how>e-?mailed|sent|texted|showed|displayed)\b(?: me| us)?(?: back)?"
    r" (?:the |my |our |a )?(?:new |old |temporary )?password\b[^.!?\n]{0,12}"
    r"\b(?:in )?(?:plain ?text|clear ?text|unencrypted)\b",
    regex.I,
)


def _pest_checked(ctx: Ctx) -> str:
    """ "Is this normal?" after a mouse behind the counter: no, and the café is checked today."""
    if not pest_seen(ctx.plan.problems, ctx.case.text):
        return ""
    return "That should never happen in our cafés, and I'm having this one checked today."


# "printed MY name, address and phone number on someone else's packing slip": their details
# on another customer's papers; "the invoice has someone else's name and address on it":
# another customer's details on theirs
_MINE_ON_THEIRS = rx.compile(
    r"\b(?:my|our) (?P<what>(?:full )?(?:name|address|home address|phone(?: number)?|number"
    r"|e-?mail(?: address)?|details)(?:,? (?:and |& )?(?:my )?(?:name|address|home address"
    r"|phone(?: number)?|number|e-?mail(?: address)?|details))*)\b[^.!?\n]{0,20}?\b(?:on|to|in)"
    r" (?:someone|somebody|a stranger|another (?:customer|person|buyer))(?: else)?(?:'s|’s)?"
    r"(?: (?P<paper>[\p{L}-]+(?: slip| label)?))?",
    regex.I,
)
_THEIRS_ON_MINE = rx.compile(
    r"\b(?:someone|somebody|another (?:customer|person|buyer))(?: else)?(?:'s|’s) (?:\p{L}+ )?"
    r"(?:name|address|phone|details|order)\b(?<=\b(?:my|our|the) (?:\p{L}+ )?(?P<paper>invoice"
    r"|receipt|label|packing slip|parcel|box|order|confirmation)\b[^.!?\n]{0,80})",
    regex.I,
)


def _details_misplaced(ctx: Ctx) -> Drafts | None:
    """Their details printed on a stranger's papers, or a stranger's on theirs: a failing of
    ours with someone's data, said plainly and passed to the people who look after it; a
    report to the regulator is theirs to make, never argued with."""
    if not ctx.reading.flagged(FlagKind.PRIVACY):
        return None
    text = ctx.case.text
    mine = _MINE_ON_THEIRS.search(text)
    theirs = None if mine else _THEIRS_ON_MINE.search(text)
    if mine is None and theirs is None:
        return None
    if mine is not None:
        what = regex.sub(r"\bmy\b", "", mine["what"].casefold()).replace("  ", " ").strip()
        what = regex.sub(r",? (?:and|&) ", " and ", what)
        paper = (mine["paper"] or "").casefold()
        on = f" on another customer's {paper}" if paper.endswith(("slip", "label", "invoice",
            "receipt", "order", "parcel")) else " to another customer"  # fmt: skip
        told = (
            f"I'm sorry your {what} {'were' if ' and ' in what or ',' in what else 'was'} "
            f"{'printed' if on.startswith(' on') else 'sent'}{on}"
        )
        keep = ""
    else:
        assert theirs is not None
        told = (
            f"Thank you for telling us: another customer's details should never have been "
            f"on your {theirs['paper'].casefold()}, and I'm sorry"
        )
        keep = "Please keep their details to yourself, and we'll contact them."
    late = ", and that your report went unanswered" if NO_ANSWER_SAID.search(text) else ""
    passed = "I've passed it to the people who look after customer data as a priority."
    if mine is not None:
        passed = f"That should never happen, and {passed}"
    regulator = (" You're entitled to report it to the regulator, and we'll answer them fully."
                 if ctx.reading.flagged(FlagKind.REGULATOR) else "")  # fmt: skip
    ref = "the tracking number" if ctx.voice.delivers_itself else "your order number"
    head = [greet(ctx), f"{told}{late}.", passed, regulator.strip()]
    public = fit([*head, channel(ctx, ask=ref, then="tell you what we find"), sign(ctx)],
                 limit=ctx.case.limit, optional=(3, 5))  # fmt: skip
    if public.endswith("…"):  # the way in, in fewer words
        public = fit([*head, f"Please {way_in(ctx, short=True)} with {ref}.", sign(ctx)],
                     limit=ctx.case.limit, optional=(3, 5))  # fmt: skip
    ask = f"So we can find how it happened, could you send me {ref}" + (
        " and, if you can, a photo of the slip with the other person's details covered?"
        if mine is not None
        else "?"
    )
    offline = "\n\n".join(p for p in (
        hello(ctx),
        f"{told}{late}. "
        + (f"I'm {ctx.owner}, and I'm looking after it myself. " if ctx.owner else "")
        + passed + regulator,
        " ".join(x for x in (ask, keep) if x),
        f"I'll tell you what we find and what we change, and check in with you on "
        f"{ctx.follow_up:%A} {ctx.follow_up.day} {ctx.follow_up:%B}.",
        signature(ctx),
    ) if p)  # fmt: skip
    return public, offline


def complaint(ctx: Ctx) -> Drafts:
    if (reported := _security_report(ctx)) is not None:
        return reported
    if (misplaced := _details_misplaced(ctx)) is not None:
        return misplaced
    said = clauses(ctx)
    # a health scare in public: what happened to them is heard, not what a named member of
    # staff did ("our barista just shrugged it off") before anyone has checked; the DM says it
    aired = said
    if ctx.reading.flagged(FlagKind.HEALTH_SAFETY) and len(said) > 1:
        kept = [c for c, p in zip(said, ctx.plan.problems, strict=True) if p.kind is not K.STAFF]
        aired = kept or said
    opening = sorry(ctx, aired)
    head = [greet(ctx), opening, repeat(ctx), deadline(ctx) or _pest_checked(ctx),
            _public_offers(ctx) or _balance_back(ctx, opening)]  # fmt: skip
    full = channel(ctx, ask=details(ctx, limit=2), then=action(ctx))
    if (ref := _their_ticket(ctx)) is not None:
        # "emailed 3 times (ticket 55120)": we answer on their ticket, they need not write again
        where = f" from {ctx.voice.support_email}" if ctx.voice.support_email else ""
        full = (f"I have your {ref} and will answer it{where} myself today; you won't need to "
                "write again.")  # fmt: skip
    elif (
        _ANSWER_HERE.search(ctx.case.text)
        and len(ctx.reading.facts.references) == 1
        and any(p.kind in (K.DELIVERY_LATE, K.DELIVERY_MISSING) for p in ctx.plan.problems)
    ):  # "don't ask me to DM. Answer here: where is my parcel?": answered where they asked
        tracked = ctx.reading.facts.references[0]
        full = f"I'm tracing {tracked} myself now and will answer you here today with where it is."
    elif ctx.plan.repeat and _WENT_QUIET.search(ctx.case.text):
        # "each time someone says they'll escalate it and then goes silent": not the same
        # promise down the same channel; the one signing it takes it up and says when
        full = (
            f"This time it won't go quiet: I'll find your earlier messages, take this to "
            f"{lead(ctx)} myself today, and you'll hear from me by the end of tomorrow."
        )
    elif _answer_their_emails(ctx):
        # three emails and two calls, and "don't tell me to DM you": we answer what they sent
        full = (f"I'll find your emails to {ctx.voice.support_email} and answer them myself "
                "today; you won't need to write again.")  # fmt: skip
    elif _answer_their_dms(ctx):
        # four DMs and two calls already, the tracking number given: we go to them
        tracked = ctx.reading.facts.references[0]
        email = ctx.voice.support_email
        mailed = no_email(ctx.case.text)  # their emails went unanswered too: not offered again
        full = (f"I'm tracing {tracked} now and will answer your DMs today with where it is"
                + (f"; or email {email}." if email and not mailed else "."))  # fmt: skip
    public = fit([*head, full, sign(ctx)], limit=ctx.case.limit, optional=(6,))
    if len(public) > ctx.case.limit or public.endswith("…"):  # the details wait for the DM
        bare = channel(ctx, then=action(ctx))
        if ctx.plan.repeat and _WENT_QUIET.search(ctx.case.text):  # the same, in fewer words
            bare = f"This time it won't go quiet: I'm taking this to {lead(ctx)} myself today."
        if ref is not None:  # the ticket line, in fewer words
            v = ctx.voice
            by = v.dm_handle if ctx.dm_here and v.dm_handle else v.support_email
            bare = f"I have your {ref} and will answer it today" + (f" from {by}." if by else ".")
        public = fit([*head, bare, sign(ctx)], limit=ctx.case.limit, optional=(3, 4, 2, 6))
        offered = head[4]
        if offered and offered not in public and ref is None:
            # what they asked for outranks a second way in: one channel, and the offer kept
            compact = f"Please {way_in(ctx, short=True)} and I'll {action(ctx) or 'sort it'}."
            public = fit([*head, compact, sign(ctx)], limit=ctx.case.limit,
                         optional=(3, 4, 2, 6))  # fmt: skip
            if offered not in public and (one := _first_offer(ctx)) and one != offered:
                # two offers too long for the post: the first (what they asked for) alone,
                # the second waits for the DM
                head[4] = one
                public = fit([*head, compact, sign(ctx)], limit=ctx.case.limit,
                             optional=(3, 4, 2, 6))  # fmt: skip
    if (ans := asked_answer(ctx)) and ans not in public and opening in public:
        # "does it ship to Åland? checkout rejects my postcode": the question answered too
        told = public.replace(opening, f"{opening} {ans}", 1)
        if len(told) > ctx.case.limit and ctx.plan.rule and ans == asked_answer(ctx):
            # the rule's first clause answers "is this your policy?": "Riders may never ask
            # for tips or extra cash."
            short = _pays_clause(ans, ctx.case.text) or first_clause(ans)
            told = public.replace(opening, f"{opening} {short}.", 1)
            if len(told) > ctx.case.limit:  # the answer they asked for outranks the emphasis
                told = told.replace(" That isn't good enough.", "", 1)
            if len(told) > ctx.case.limit:  # ... and the details, which the DM can ask for
                lean = f"Please {way_in(ctx, short=True)} and I'll {action(ctx) or 'sort it'}."
                lean = fit([*head, lean, sign(ctx)], limit=ctx.case.limit, optional=(3, 4, 2, 6))
                told = lean.replace(opening, f"{opening} {short}.", 1)
        public = told if len(told) <= ctx.case.limit else public
    return public, part_ways(ctx, said) if ctx.plan.part_ways else offline(ctx, said)


def _pays_clause(rule: str, text: str) -> str:
    """ "Who is paying for this?": the clause of the rule that says what we pay ("We pay its
    declared value if it's lost or opened with us"), not how parcels are sealed; "" where the
    post does not ask it or the rule has no such clause."""
    if not WHO_PAYS.search(text):
        return ""
    parts = regex.split(r"[:;]\s|,\s(?:and|but)\s", rule.rstrip(". "))
    return next((cap(p) for p in parts[1:] if _WE_PAY.search(p)), "")


_WE_PAY = rx.compile(r"\bwe (?:pay|refund|replace|compensate|cover)\b", regex.I)
# a question why their own case went as it did: answered by looking into it
_WHY_MINE = rx.compile(
    r"^\s*(?:but |and |so )?(?:why|how come)\b[^?]*\b(?:did|was|were|has|have|is|does|do)\b"
    r"[^?]*\b(?:my|mine|it|this|that|shipping|delivery|the parcel|the order)\b",
    regex.I,
)


def asked_answer(ctx: Ctx) -> str:
    """The FAQ's answer to a question the complaint also asks outright; "" where there is
    none or it answers only part."""
    answer = ctx.plan.answer
    rule = ctx.plan.rule
    if ctx.reading.flagged(FlagKind.HEALTH_SAFETY):
        # "how is that labelled nut-free??" after a reaction: a pasted "allergens are listed at
        # the counter" reads as blaming them; the person who reviews it answers
        return ""
    if free := charged_though_free(ctx.reading, ctx.voice, ctx.case.text):
        # "pretty sure plant milk is free?": they are right, and the FAQ says so
        return f"You're right: {after_colon(free)}."
    ruled = cap(sentence(rule.text)) if rule and rule_asked(ctx.case.text, rule) else ""
    if answer is None or answer.partial:
        return ruled  # "is this your policy now??": our rule on it
    if "?" not in ctx.case.text:
        return ""
    if all(_WHY_MINE.search(q) for q in questions(ctx.case.text)):
        return ""  # "why did shipping to Tampere take 8 days?": their case, not the FAQ's
    if not asked_in(ctx.case.text, answer, plainly=True):
        return ruled  # "are you going to pay the declared value or not?": the rule, not the FAQ
    if not answer.several and (worked := price(ctx.case.text, answer.text)):
        return worked  # "how much for 3 kg to Chattogram? the app won't load": the sum done
    if confirmed := _confirmed(ctx.case.text, answer.text):
        return confirmed  # "Warranty is two years right?": yes, in the FAQ's own clause
    return sentence(answer.text)


def _confirmed(text: str, answer: str) -> str:
    """ "Warranty is two years right?": the clause of the answer that says so, as "You're
    right: ..."; "" where no question asks to confirm or no one clause answers it."""
    asked = next((q for q in questions(text) if CONFIRMING.search(q)), None)
    if asked is None:
        return ""
    wanted = {w.casefold() for w in regex.findall(r"\p{L}{4,}", asked)} - {"right", "correct"}
    clauses = [c.strip() for c in _CLAUSE.split(answer) if c.strip()]
    best = max(clauses, key=lambda c: len(wanted & {w.casefold() for w in regex.findall(
        r"\p{L}{4,}", c)}), default="")  # fmt: skip
    if not best or not wanted & {w.casefold() for w in regex.findall(r"\p{L}{4,}", best)}:
        return ""
    if not _numbers(asked) <= _numbers(best):  # "five years, right?" when it is two: no "right"
        return ""
    return f"You're right: {after_colon(sentence(best))}"


_NUMBER = rx.compile(
    r"\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b", regex.I
)


def _numbers(text: str) -> set[str]:
    return {m.casefold() for m in _NUMBER.findall(text)}


_CLAUSE = rx.compile(r";\s|,\s(?:and|but)\s(?=(?:our|we|the|every|all|each)\b)", regex.I)


def heard(ctx: Ctx, said: list[str]) -> str:
    owned = (
        len(said) > 1
        or ctx.plan.repeat
        or ctx.reading.decisions.angry
        or any(p.kind is K.NO_RESPONSE for p in ctx.plan.problems)
    )  # someone must own it now
    me = f"I'm {ctx.owner}, and I'll see this through with you myself." if (
        ctx.owner and owned) else ""  # fmt: skip
    if not said and ctx.plan.stance == "request":
        return f"{farewell(ctx.case.text) or 'Thanks for letting us know.'} {me}".strip()
    if not said:
        return f"I'm sorry this happened. {me}".strip()
    if len(said) == 1 and any(g in said[0] for g in GENERIC):
        why = tuple(b for p in ctx.plan.problems for b in p.because)
        # unsure: their words, not our guess; but no sarcastic "love paying..." quoted back
        if ctx.reading.is_sarcastic:
            return f"I'm sorry {said[0]}. {me}".strip()
        # praise and a "but": the gripe is quoted, never the praise ("booking is easy")
        quote = (gripe(ctx.case.text, wishes=False) or gripe_after_but(ctx.case.text)) if (
            ctx.plan.stance == "mixed") else None  # fmt: skip
        quote = quote or key_sentence(ctx.case.text, naming=why)
        return f"You wrote: “{quote}”. I'm sorry {said[0]}. {me}".strip()
    hope = _hope(ctx)
    if len(said) == 1 and SORRY_TIRED.search(ctx.case.text):  # no sorry they are tired of
        return f"You told us {said[0]}. I'm sorry, and I know a sorry alone changes nothing, " \
            f"so here is what I'm doing.{hope} {me}".strip()  # fmt: skip
    if len(said) == 1:
        return f"You told us {said[0]}. I'm sorry.{hope} {me}".strip()
    points = "\n".join(f"- {cap(s)}." for s in said)
    count = {2: "two", 3: "three"}.get(len(said), "several")
    each = "I'm sorry for each of them"
    if SORRY_TIRED.search(ctx.case.text):  # "all I get is an apology and nothing changes"
        each = "I'm sorry for each of them, knowing a sorry alone changes nothing"
    return f"You raised {count} things, and {each}:\n{points}\n{hope.strip()}" \
        f"\n\n{me}".replace("\n\n\n", "\n\n").strip()  # fmt: skip


def ask_details(ctx: Ctx) -> str:
    if not ctx.plan.details or not details(ctx):
        return ""
    first = lead_kind(ctx.plan)
    doing = _ACTION.get(first, "look into it")
    if (
        _arrived_late(ctx)
        or (first is K.DELIVERY_LATE and NOT_SENT_YET.search(ctx.case.text))
        or (first is K.PAYOUT and paid_late(ctx.case.text))
    ):
        doing = "look into it"  # it came, or it was never sent: no trace to open
    if doing == "look into it" and look_into_refused(ctx.case.text):
        doing = "put this right"  # "not another 'we will look into it'": not said to them again
    if _code_handover(ctx):
        doing = "get your parcel to you"
    if first is K.ACCOUNT and taken_over(ctx.case.text) is not None:
        doing = "lock your account"
    late = first in (K.DELIVERY_LATE, K.DELIVERY_MISSING)  # "don't need it any more": no trace
    if Offer.CANCEL in ctx.plan.offers and (not ctx.plan.problems or late):
        doing = "cancel it"
    elif ctx.plan.problems and _MANY.match(
        thing(ctx.plan.problems[0], ctx.reading, ctx.case.text, single=len(ctx.plan.problems) == 1)
    ):  # "14 of your parcels": trace them
        doing = regex.sub(r"\bit\b", "them", doing)
    if ctx.plan.repeat and _WENT_QUIET.search(ctx.case.text):
        # written to us before, and dropped: what they sent is ours to find, not to ask again
        wanted = details(ctx)
        be = "are" if " and " in wanted else "is"
        return (f"I'll find what you sent us before; if {wanted} {be} to hand, it saves me "
                "searching.")  # fmt: skip
    return f"So I can {doing}, could you send me {details(ctx)}?"


_TIMES_AMOUNT = rx.compile(r"\b(?P<n>\d|two|three|four|five)\s?[x×]\s?[€$£৳]?\s?\d", regex.I)
_TIMES_WORD = {"2": "two", "3": "three", "4": "four", "5": "five"}
# details that help fix a fault but find no payment: a refund need not wait for them
_ONLY_FOR_THE_FIX = frozenset(
    {Detail.BROWSER, Detail.DEVICE, Detail.APP_VERSION, Detail.WHERE_USED}
)


def _waits_on_them(ctx: Ctx) -> bool:
    """Money back waits on a detail that finds the payment, not on one that only helps the
    fix (the browser a checkout failed in)."""
    return bool(ctx.plan.details) and not _ONLY_FOR_THE_FIX.issuperset(ctx.plan.details)


def _a_thing(what: str | None) -> str:
    """ "voucher" -> "a voucher"; "" for none."""
    return f"a {what.casefold()}" if what else ""


# money back, not something in kind: "not credit", "not a voucher", "no store credit"
_IN_KIND_REFUSED = rx.compile(
    r"\b(?:not|no|don'?t want) (?:as |in |a |an |any )?(?:store |shop |account )?credit\b"
    r"|\b(?:not|no|don'?t want) (?:a |an |any )?(?P<what>voucher|coupon|gift card)s?\b",
    regex.I,
)


def offer_line(ctx: Ctx, offer: Offer) -> str:
    v, amount = ctx.voice, ctx.reading.facts.amounts
    money = f"the {amount[0]}" if amount else "you in full"
    kinds = {p.kind for p in ctx.plan.problems}
    if amount and kinds & {K.DEFECT, K.DAMAGED, K.WRONG_ITEM} and K.BILLING in kinds:
        # a cracked grinder and a shipping charge taken twice: "my money back" is for the
        # order, the extra charge with it, not only the amount the post names
        money = f"you in full (the extra {amount[0]} charge included)"
    if item := _refunded_item(ctx.case.text):  # the kettle, not the order
        money = f"you for {item}"
    duplicate_too = Offer.MONEY_BACK in ctx.plan.offers  # the extra charge has its own line
    if amount and not duplicate_too and (times := _TIMES_AMOUNT.search(ctx.case.text)):
        # "charged me 3x €31.50": each of the charges, not one of them
        n = _TIMES_WORD.get(times["n"].casefold(), times["n"])
        money = f"all {n} charges of {amount[0]}"
    # a swap turned down ("a refund, not a replacement"), not a voucher turned down
    refused = any(k is not AskKind.FREE for a in ctx.reading.asks for k in a.refused)
    when = "as soon as I have the details" if _waits_on_them(ctx) else "straight away"
    swap = " and not a swap, so a refund is what you'll get" if refused else ""
    if in_kind := _IN_KIND_REFUSED.search(ctx.case.text):  # "the €24 back please, not credit"
        money += f" to the way you paid, not as {_a_thing(in_kind['what']) or 'store credit'},"
    claim = _refund(ctx)
    other = "send you a replacement" if v.can_exchange and not refused else (
        f"ask {lead(ctx)} to review a {claim}{_refund_of(ctx)} and come back to you")  # fmt: skip
    return {
        Offer.REFUND: f"You asked for your money back{swap}: I'll refund {money} {when}.",
        Offer.REFUND_IF: f"You asked for your money back if this isn't sorted by {day}. I'm on it "
        f"now, and if it isn't, I'll refund {money} then." if (day := due(ctx)) else "You asked "
        f"for your money back if this can't be put right. I'll try first, and if I can't, I'll "
        f"refund {money}.",
        Offer.NO_REFUND: f"{cap(sentence(ctx.plan.rule.text))} I can't sign a {claim} off myself, "
        f"so I've asked {lead(ctx)} to confirm yours{_refund_of(ctx)} and come back to you."
        if _rule_pays(ctx) and ctx.plan.rule
        else f"I can't {'settle claims' if claim == 'claim' else 'give refunds'} "
        "myself, and I'd rather tell you that plainly. "
        f"What I can do is {other}.",
        Offer.EXCHANGE: "I'll send you a replacement "
        f"{'as soon as I have the details' if ctx.plan.details else 'straight away'}.",
        Offer.PART: f"I'll send you a new {ctx.plan.part or 'part'}.",
        Offer.FEE_BACK: f"I'll refund {_fees(ctx)}{' of ' + amount[0] if amount else ''}."
        if v.can_refund else f"I've asked {lead(ctx)} to review {_fees(ctx)}, and I'll chase an "
        "answer for you.",
        Offer.ESCALATION: f"You asked for someone senior: {lead(ctx)} will call you"
        f"{_on(call_day(ctx.case.text))}. {_they(ctx)} "
        "have the full history, so you won't need to repeat yourself.",
        Offer.CALLBACK: "Tell me a good time, and we'll call you.",
        Offer.CANCEL_IF: f"You said you'd cancel if it doesn't reach you{_by(ctx)}. I'm on it now, "
        f"and if it can't, I'll cancel {_cancelled(ctx)} and confirm that in writing.",
        Offer.CANCEL: f"I'll make sure {_cancelled(ctx)} stays cancelled and confirm in writing "
        "that nothing more will be taken."
        if kept_cancelled(ctx.reading, ctx.case.text)
        else f"I'll cancel {_cancelled(ctx)} and confirm in writing once it's done."
        if one_off(ctx.case.text)
        else f"I'll cancel {_cancelled(ctx)}{cancel_from(ctx.case.text)} and confirm in writing "
        "that nothing more will be taken.",
        # (after a burn or a scare, how they are comes first: no bargaining over what would do)
        Offer.CHOICE: "" if _hope(ctx) else "Would you like a replacement or your money back? "
        "Either is fine.",
        Offer.MONEY_BACK: _extra(ctx),
        # after a health scare, how they are comes first; no bargaining over what would do
        # (a parcel marked "not available" is redelivered: that is what makes it right)
        Offer.ASK_WHAT: ""
        if _hope(ctx) or _MARKED_AWAY.search(ctx.case.text) or INSIDE_FINE.search(ctx.case.text)
        # "just deliver it": what would make it right is said already
        or _JUST_DELIVER.search(ctx.case.text)
        else "What would make this right for you?",
    }[offer]  # fmt: skip


_JUST_DELIVER = rx.compile(
    r"(?:^|[.!?,;]\s*|\bjust |\bplease |\bsimply )(?:deliver|bring) (?:it|them|my parcel|my package"
    r"|my order|the parcel|the package)\b"
    r"|\bjust (?:want|need) (?:it|my (?:parcel|package|order)) (?:delivered|here)\b",
    regex.I,
)
_ASKED_STEP = {  # an explicit ask decides the next step over the problem's usual fix
    Offer.REFUND: "processes your refund as soon as your reply arrives",
    Offer.CANCEL: "cancels it and sends you the confirmation",
    Offer.PART: "sends the new {part} out and tells you when it's on its way",
}
# "a replacement or your money back?" asked: the goods' step is whichever they choose
_CHOSEN_STEP = "sends the replacement or your money back, whichever you choose"
# (a wrong item's usual step, "get the right item out to you", would answer for them; a fix
# for what is broken or faulty is said either way)
_CHOSEN_FOR = frozenset({K.WRONG_ITEM})
_CARRIED = {  # a courier carried someone else's goods: it answers for the handling, not the goods
    K.DAMAGED: "checks how your parcel was handled and opens a damage claim for you",
    K.WRONG_ITEM: "checks your parcel's handling record and takes it up with the seller for you",
    K.DEFECT: "passes it to the seller and tells you what they say",
}
_AWAY = {  # the same problems where there is no shop: a courier, a call, a delivery
    K.STAFF: "goes through what happened with the people involved",
    K.WAIT: "finds out why it took so long and what we change",
    K.FOOD_SAFETY: "takes this to the people responsible for that product today",
}  # fmt: skip
# a drink or food served at a café or shop: the manager there hears of it, not the roasters
_SERVED_HERE = {K.QUALITY: _STEP[K.WAIT], K.WRONG_ITEM: _STEP[K.WAIT]}
_FOLLOW = {
    "delivery": "I'll confirm as soon as it's on its way and check in with you on {d} to make "
    "sure it arrived.",
    "broken": "I'll confirm when it's sorted and check in with you on {d} to make sure all is "
    "well.",
    "money": "I'll confirm when the money is back with you and check in on {d}.",
    # the voice cannot refund: a person decides, and we say what they decided
    "decided": "I'll tell you what's decided as soon as I know, and check in with you on {d}.",
    "cancelled": "If anything more is taken after this, tell me and I'll put it right.",
    "checked": "I'll tell you what I find as soon as I've checked, and check in with you on {d}.",
    "app": "I'll tell you when it's fixed and check in on {d} to make sure it works.",
    "other": "I'll write back once I've looked into it, and check in with you on {d}.",
    # they refused another "we'll look into it": what we will report, not that we will look
    "other_done": "I'll write back with what I've found and what we've done, and check in with "
    "you on {d}.",
}


_CUT_OPEN = rx.compile(r"\b(?:tape|seal)\s+(?:was\s+)?(?:cut|slit|sliced)\b", regex.I)
# "Seller swears it left sealed", "the shop says it was sealed when they handed it over"
_LEFT_SEALED = rx.compile(
    r"\b(?:seller|shop|store|merchant|sender)\b[^.!?\n]{0,30}\b(?:swears|says|said|insists"
    r"|confirms|confirmed|promises)\b[^.!?\n]{0,30}\bsealed\b",
    regex.I,
)
_AT_THE_PLACE = frozenset({K.FOOD_SAFETY, K.STAFF, K.WAIT, K.QUALITY})


def step(ctx: Ctx, p: Problem) -> str:
    it = thing(p, ctx.reading, ctx.case.text, single=len(ctx.plan.problems) == 1)
    if p.kind is K.PAYOUT and paid_late(ctx.case.text):
        # "my last payout took 5 days instead of 2": paid, late; nothing held to chase
        return "finds out why it took longer than we promise and keeps the next ones on time"
    # a place named for what happened is a visit: "at Northwind Kamppi today"
    visit = is_visit(ctx.case.text) or (p.kind in _AT_THE_PLACE and bool(ctx.reading.facts.places))
    if p.kind is K.STAFF and (
        RIDER.search(" ".join(p.because))
        or (RIDER.search(ctx.case.text) and not is_visit(ctx.case.text))
    ):
        visit = False  # "a rider in Uttara asked me for 100 taka": where he came, not our shop
    # (a drink served at the café, not beans or a box sent: "ground for espresso" is a grind)
    served = visit and not GOODS_SENT.search(ctx.case.text)
    table = {**_STEP, **_SERVED_HERE} if served else _STEP if visit else {**_STEP, **_AWAY}
    if ctx.voice.delivers_itself:
        table = {**table, **_CARRIED}
        if _CUT_OPEN.search(ctx.case.text) or _LEFT_SEALED.search(ctx.case.text):
            # cut open on the way, or sealed when the seller handed it over: ours to answer
            table = {**table, K.WRONG_ITEM: "checks your parcel's scans and opens a claim for "
                     "what was taken"}  # fmt: skip
    if p.kind is K.NO_RESPONSE and phoned_in_vain(ctx.case.text):
        return "calls you on the number you send"
    if (
        p.kind is K.WRONG_ITEM
        and not ctx.voice.delivers_itself
        and (never := PART_NEVER_CAME.search(" ".join(p.because)))
    ):  # "the beans never came": what was left out is sent, not "the right item"
        return f"gets your {never['what'].casefold()} out to you once your order is confirmed"
    if p.kind is K.DELIVERY_MISSING and OLD_ADDRESS_KEPT.search(ctx.case.text):
        # the account's new address was not used: the account is fixed, not a courier traced
        return (f"puts your new address on your account and makes sure the next one goes there, "
                f"then finds where {it} went")  # fmt: skip
    if came_late(p, ctx.reading, ctx.case.text):
        return f"finds out why {it} took so long and what we change"
    if p.kind is K.DELIVERY_LATE and NOT_SENT_YET.search(ctx.case.text):
        # "STILL 'processing' 12 days later": never sent, so nothing to trace with a courier
        return f"finds out why {it} hasn't been sent and gets it out to you"
    if (
        p.kind is K.DELIVERY_HANDLING
        and _MARKED_AWAY.search(ctx.case.text)
        and (THEIR_CUSTOMERS.search(ctx.case.text) or _MERCHANT_WORD.search(ctx.case.text))
    ):  # a seller's parcels returned "unreachable": the riders' calls checked, sent out again
        return ("checks our riders' call records for these returns and gets the parcels back out "
                "to your customers")  # fmt: skip
    if p.kind is K.DELIVERY_HANDLING and _MARKED_AWAY.search(ctx.case.text) and not pickup_missed(
            p, ctx.case.text):  # fmt: skip
        # marked "not available" while they were there: the parcel comes first, then why
        via, carriers = _carrier(ctx.voice)
        return ("gets your parcel redelivered at a time that suits you, and takes what happened "
                f"up with {carriers}")  # fmt: skip
    if p.kind is K.DELIVERY_HANDLING and pickup_missed(p, ctx.case.text):
        # "rider didn't come for the pickup": a rider for it first, then why it happened
        via, carriers = _carrier(ctx.voice)
        return f"gets a rider to you for the pickup and takes what happened up with {carriers}"
    if p.kind is K.DELIVERY_HANDLING and ctx.voice.delivers_itself and contents_taken(
            ctx.case.text):  # fmt: skip
        # "tape cut and the phone inside gone": a claim for what was taken, not a lesson
        return "checks your parcel's scans and opens a claim for what was taken"
    if p.kind is K.DAMAGED and _FIX_PACKING.search(ctx.case.text):
        # "fix your packaging": the fix for this one, and the packing they asked us to change
        photo = " as soon as your photo arrives" if Detail.PHOTO in ctx.plan.details else ""
        return (f"arranges the fix{photo}, and takes your point about our packaging to the team "
                "that packs the boxes, and tells you what we change")  # fmt: skip
    if p.kind is K.DAMAGED and INSIDE_FINE.search(ctx.case.text):
        # the box took the knock, what was in it is fine: how parcels are packed and stacked
        return "passes what happened to the team that packs and loads our parcels"
    if p.kind is K.DAMAGED and Detail.PHOTO not in ctx.plan.details:
        # no photo asked (their emails have it already): the fix waits for nothing
        return "arranges the fix"
    if p.kind is K.DELIVERY_MISSING and long_lost(ctx.case.text):
        return f"takes the search for {it} to {lead(ctx)} today and gets you a decision"
    if (
        p.kind is K.FOOD_SAFETY
        and (suspect := _SUSPECTED.search(ctx.case.text))
        and (_MADE_ILL.search(ctx.case.text))
    ):  # "something is wrong with your milk": what they suspect is checked, by name
        what = suspect["what"].casefold()
        return (f"takes this to the people in charge of that {place(ctx)} today and has the "
                f"{what} checked")  # fmt: skip
    if p.kind is K.FOOD_SAFETY and visit and DAIRY_SERVED.search(ctx.case.text):
        # the wrong milk poured: how the drink was made, not the recipe, is what is checked
        return (f"takes this to the manager of that {place(ctx)} today and goes through with the "
                "team how your drink was made and how the milks are kept apart")  # fmt: skip
    if p.kind is K.FOOD_SAFETY and visit and PEST.search(ctx.case.text):
        # a pest seen where food is served: the café checked today, pest control called
        return (
            f"takes this to the manager of that {place(ctx)} today and gets the {place(ctx)} "
            "checked and pest control called in"
        )
    if p.kind is K.FOOD_SAFETY and visit and (shared := _CROSS_CONTACT.search(ctx.case.text)):
        # an allergen carried over on the kit: how that kit is cleaned between drinks
        what = shared["what"].casefold()
        milk_kit = what in ("steam wand", "wand", "jug", "milk jug")
        kit = "steam wands and milk jugs" if milk_kit else f"{what}s"
        return (
            f"takes this to the manager of that {place(ctx)} today and goes through with the "
            f"team how the {kit} are cleaned between orders, so nothing carries over"
        )
    if p.kind is K.FOOD_SAFETY and _ALLERGEN.search(ctx.case.text) and visit:
        # an allergen served as safe: the café's manager today, and what was served checked
        # before it is sold again
        asked = ASKED_STAFF.search(ctx.case.text) is not None
        return (f"takes this to the manager of that {place(ctx)} today and has the recipe and "
                "allergen label checked before it is served again"
                + (", and goes through with the team how allergen questions are answered"
                   if asked else ""))  # fmt: skip
    if p.kind is K.OTHER and UNWANTED_MARKETING.search(ctx.case.text):
        # marketing they never agreed to: off every list today, and how they got on it
        return ("takes your address off every marketing list today, then finds out how it got "
                "on one and confirms it to you in writing")  # fmt: skip
    if p.kind is K.WRONG_ITEM and grind_wrong(p.because) and subscribed(ctx.case.text):
        # the subscription's grind setting sends it wrong each month: the setting is fixed so
        # the next one comes right, and this month's is replaced
        whole = _WANTS_WHOLE.search(ctx.case.text) is not None
        return ("puts the grind on your subscription right so the next delivery comes as you "
                "chose, and sends you a bag of whole beans now" if whole else
                "puts the grind on your subscription right so the next delivery comes as you "
                "chose, and sends you a correctly ground bag now")  # fmt: skip
    if p.kind is K.ACCOUNT and (did := taken_over(ctx.case.text)) is not None:
        # someone else in their account: shut them out first, then undo what they did
        undo = f", then stops the {did.split()[-1]} you didn't make" if did else ""
        back = " and gets back every charge they ran up" if (
            money_taken(ctx.case.text) and K.BILLING not in {q.kind for q in ctx.plan.problems}
        ) else ""  # fmt: skip
        return f"locks your account to everyone but you{undo}{back}"
    if (
        p.kind is K.BILLING
        and taken_over(ctx.case.text) is not None
        and any(q.kind is K.ACCOUNT for q in ctx.plan.problems)
    ):
        return "goes through every charge made from your account and gets back what wasn't yours"
    if delivery_code(p, ctx.case.text):
        return "checks why the code isn't reaching your number and arranges the handover"
    if p.kind is K.BILLING and charged_early(ctx.case.text):
        return "looks at when your subscription is charged and whether it can match when it ships"
    if p.kind is K.APP_BUG and p.because and all(NO_WAY.match(b) for b in p.because):
        # a setting the app lacks: nothing of theirs to pass on, the wish itself goes
        return "passes this to the people who build the app and tells you what they decide"
    if p.kind is K.APP_BUG and (lost := LOST_BALANCE.search(" ".join(p.because))):
        # stamps or points the app lost come back first, whatever the fix takes
        return (f"puts your {lost['what'].casefold().replace('stamp card', 'stamps')} back, then "
                f"{table[K.APP_BUG].format(it=it)}")  # fmt: skip
    via, carriers = _carrier(ctx.voice)
    return table.get(p.kind, table[K.OTHER]).format(
        it=it, place=place(ctx), via=via, carriers=carriers
    )


def _carrier(voice: Voice) -> tuple[str, str]:
    """Who a trace goes through: the carrier the voice names, nobody where the brand carries
    its own parcels (a courier company does not trace "with the courier")."""
    if voice.delivers_itself:
        return "", "our delivery team"
    if voice.courier:
        return f" with {voice.courier}", voice.courier
    return " with the courier", "the courier team"


def follow_up_line(ctx: Ctx) -> str:
    d = ctx.follow_up
    group = follow_group(ctx.plan, ctx.voice, ctx.case.text, came=_arrived_late(ctx))
    key = "other_done" if group == "other" and look_into_refused(ctx.case.text) else group
    line = _FOLLOW[key].format(d=f"{d:%A} {d.day} {d:%B}")
    if group == "cancelled" and one_off(ctx.case.text):
        line = ""  # a booking cancelled: no charges to watch; the confirmation is promised
    if day := due(ctx):  # the day they need it by comes before any routine check-in
        when = day.casefold() if _soon(day) else f"before {day}"
        # no check-in set for after the day they gave us ("by Sunday"): that day is the one
        line = regex.sub(r",? and check in(?: with you)? on \w+ \d+ \w+(?: to [^.]+)?", "", line)
        line += f" You'll hear from me {when}, whatever the news."
    return line.strip()


def next_step(ctx: Ctx) -> str:
    step = _next_step(ctx)
    if not ctx.plan.details:  # nothing asked of them: what they told us goes on
        step = step.replace("give your details to", "pass what you've told me to")
    money = {Offer.FEE_BACK, Offer.MONEY_BACK} & set(ctx.plan.offers)
    if money and (ctx.voice.can_refund or Offer.MONEY_BACK in money):
        # the fee promised back above is not "checked" again: it is sent
        step = step.replace("check the charges and confirm what comes back to you",
                            "send that money back and confirm when it's with you")  # fmt: skip
    return step


_WAITING = rx.compile(r" as soon as your (?:photo|details|reply) arrives?\b")


def _merged(steps: list[str], *, waiting: bool) -> list[str]:
    """ "arrange the fix as soon as your photo arrives, then arrange the fix ... and tell our
    product team": one step per action, with what each adds; nothing waits on details that
    were never asked for."""
    out: list[str] = []
    for step in steps:
        step = step if waiting else _WAITING.sub("", step)
        same = next((i for i, s in enumerate(out) if s.split()[:3] == step.split()[:3]), None)
        if same is None:
            out.append(step)
            continue
        tail = step.split(" and ", 1)[1] if " and " in step else ""
        if tail and tail not in out[same]:
            out[same] = f"{out[same]} and {tail}"
    return out


def _next_step(ctx: Ctx) -> str:
    owner = ctx.owner or "our support team"
    part = ctx.plan.part or "part"
    asked = [s.format(part=part) for o, s in _ASKED_STEP.items() if o in ctx.plan.offers]
    if not _waits_on_them(ctx):  # nothing asked of them that the money needs: no waiting
        asked = [a.replace(" as soon as your reply arrives", " today") for a in asked]
    if (
        asked
        and ctx.reading.flagged(FlagKind.HEALTH_SAFETY)
        and any(p.kind is K.DEFECT for p in ctx.plan.problems)
    ):  # a new lid for a lid that burned them: the safety report goes on, too
        asked[0] = f"{asked[0]}, and takes your safety report to our product team"
    late_is_past = arrived(ctx.plan)  # it came, broken: no trace to open
    problems = [p for p in ctx.plan.problems if not (late_is_past and p.kind is K.DELIVERY_LATE)]
    if asked == [_ASKED_STEP[Offer.CANCEL]]:
        # "I'll cancel it and confirm in writing" already says the plan's step; a cracked lid
        # beside it still gets its own
        # (a late parcel they cancelled has nothing left to trace)
        problems = [p for p in problems
                    if p.kind not in (K.SUBSCRIPTION, K.BILLING, K.DELIVERY_LATE)]  # fmt: skip
        if not problems:
            return ""
        asked = []
    chosen = (
        Offer.CHOICE in ctx.plan.offers and not ctx.voice.delivers_itself and not ctx.reading.flags
    )
    steps = (
        asked
        or list(dict.fromkeys(
            _CHOSEN_STEP if chosen and p.kind in _CHOSEN_FOR else step(ctx, p)
            for p in problems[:3]
        ))
        or ["looks into what happened and writes back with a plan"]
    )  # fmt: skip
    steps = _merged(steps, waiting=bool(ctx.plan.details))
    if ctx.owner:  # the one who signs it does it: "I'll trace it", not "Aino traces it"
        owner, steps = "I'll", [_first_person(s) for s in steps]
    if len(steps) == 1:
        return f"Next step: {owner} {steps[0]}."
    return f"Next steps: {owner} {', then '.join(steps)}."


_VERBS = {  # the steps' verbs, as the one doing them says them
    "traces": "trace", "sends": "send", "opens": "open", "tells": "tell", "takes": "take",
    "arranges": "arrange", "gets": "get", "passes": "pass", "comes": "come", "checks": "check",
    "finds": "find", "stops": "stop", "gives": "give", "writes": "write", "talks": "talk",
    "looks": "look", "answers": "answer", "calls": "call", "cancels": "cancel",
    "processes": "process", "goes": "go", "reports": "report", "confirms": "confirm",
    "puts": "put", "has": "have", "makes": "make", "locks": "lock", "keeps": "keep",
}  # fmt: skip


def _first_person(step: str) -> str:
    """ "traces it and sends you a date" -> "trace it and send you a date": the verb that
    starts the step and each verb right after "and" or "then"."""
    words = step.split(" ")
    return " ".join(
        _VERBS.get(w, w) if i == 0 or words[i - 1] in ("and", "then") else w
        for i, w in enumerate(words)
    )


def _they(ctx: Ctx) -> str:
    """ "Mikko will" where the voice names its lead ("our customer care lead, Mikko"), else
    "They'll": a named person is never a "they"."""
    named = (ctx.lead or "").rpartition(", ")[2].strip()
    return f"{named} will" if named and named[:1].isupper() else "They'll"


def _when(day: str) -> str:
    """ "today", "before Wednesday": a day they gave, as what we aim for."""
    return day.casefold() if _soon(day) else f"before {day}"


def _on(day: str) -> str:
    """ " today", " on Friday": a day as it follows "call you"."""
    if not day:
        return ""
    if day.startswith("before "):
        return f" {day}"  # "before Sunday": the day their threat falls due
    return (
        f" {day.casefold()}"
        if day.casefold() in ("today", "tonight", "tomorrow", "this week")
        else f" on {day}"
    )


_MONTH_NAMES = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
# "took €24.90 in February AND March", "charged twice since": two charges of one sum
_TWO_CHARGES = rx.compile(
    rf"\b(?:in|on) {_MONTH_NAMES} (?:and|&) {_MONTH_NAMES}\b|\b(?:both|two) (?:months|charges"
    r"|payments)\b",
    regex.I,
)
_CARD = rx.compile(r"\b(?:card|credit card|debit card|bank|account|kortille\w*)\b|কার্ডে", regex.I)


_WALLET = rx.compile(
    r"\b(?:to|on|back to|onto|into) (?:my|the) (bkash|nagad|rocket|mobilepay|paypal)\b", regex.I
)


def _back_to(text: str, *, credit: bool = False) -> str:
    """ "back on my card, not as credit": the way they asked for it; "not credit" alone names
    no card, so it goes back the way they paid."""
    if not TO_CARD.search(text):
        return "comes back to you"
    wallet = _WALLET.search(text)  # "back to my bKash": the wallet, as they name it
    way = (
        f"goes back to your {wallet[1]}"
        if wallet
        else ("goes back to your card" if _CARD.search(text) else "goes back the way you paid")
    )
    if credit and (refused := _NOT_CREDIT.search(text)):  # "not as app credit": their word
        return f"{way}, not as {(refused['kind'] or 'store ').casefold()}credit"
    return way


_NOT_CREDIT = rx.compile(
    r"\bnot (?:as )?['‘\"“]?(?P<kind>store |app |account |wallet )?credit\b", regex.I
)


def due(ctx: Ctx) -> str:
    """The day they need it by ("Friday", "tomorrow"), as the post names it; "" if none."""
    return day_needed(ctx.case.text)


# "support just says 'contact the seller'", "told me to take it up with the shop"
_SENT_TO_SELLER = rx.compile(
    r"\b(?:says?|said|told (?:me|us)|keeps? saying)\b[^.!?\n]{0,15}?['‘\"“]?(?:to )?(?:contact"
    r"|call|ask|talk to|speak to|take it up with|go to) (?:the|your) (?:seller|shop|merchant"
    r"|store|vendor|sender)\b",
    regex.I,
)


def deadline(ctx: Ctx) -> str:
    """ "If it's not here by Friday ...": the day they need it by, heard; no promise of it.
    A refund asked on that condition says the day itself."""
    kinds = {p.kind for p in ctx.plan.problems}
    if K.PAYOUT in kinds and (overdue := _payout_overdue(ctx)):
        return overdue
    if (
        ctx.voice.delivers_itself
        and goods_lost(ctx.plan.problems, ctx.case.text)
        and _SENT_TO_SELLER.search(ctx.case.text)
    ):  # "Parcelly support just says 'contact the seller'": not theirs to chase
        if any(p.kind is K.DAMAGED for p in ctx.plan.problems):
            # what breaks in transit is no rule of ours the config states: ownership, no policy
            return "You shouldn't have been sent back to the seller: I'll take this up myself."
        return "You shouldn't have been sent back to the seller: what goes missing in our care " \
            "is ours to put right."  # fmt: skip
    if K.STAFF in kinds and UNWANTED_CONTACT.search(ctx.case.text):
        # someone of ours who kept contacting them: they are kept away first, then it is looked
        # into; no bargaining over it
        found = _WHO_CONTACTED.search(ctx.case.text)
        who = found[0].casefold() if found else "person"
        whom = _CONTACTED_WHOM.search(ctx.case.text)
        them = f"your {whom['whom'].casefold()}" if whom else "you"
        return f"I'm making sure that {who} has no further contact with {them}, starting now."

    if K.ACCOUNT in kinds and taken_over(ctx.case.text) is not None:
        # someone else is in their account: what they can do this minute, before any reply
        return "Please change your password now, and anywhere else you use the same one."
    if K.DEFECT in kinds and (SPARKED.search(ctx.case.text) or SMELLS_BURNT.search(ctx.case.text)):
        # a grinder that sparked: their safety first, before any fix
        return "Please stop using it and keep it unplugged until this is sorted."
    if (
        K.DEFECT in kinds
        and ctx.reading.flagged(FlagKind.HEALTH_SAFETY)
        and APPLIANCE.search(ctx.case.text)
        and not _IN_PIECES.search(ctx.case.text)
    ):
        # a lid that came off and burned them: their safety first, and "is this a known
        # fault?" answered honestly
        known = (" Whether it's a known fault, I'm finding out from our product team, and I'll "
                 "tell you.") if _KNOWN_FAULT.search(ctx.case.text) else ""  # fmt: skip
        return f"Please don't use it again until this is sorted.{known}"
    if kinds & {K.DELIVERY_LATE, K.DELIVERY_MISSING} and (
        needed := _URGENT_GOODS.search(ctx.case.text)
    ):  # "it's my mother's blood pressure medicine": what waits in it, heard as urgent
        whose = f"{turned(needed['whose'])} " if needed["whose"] else ""
        what = needed["what"].casefold()
        # "... if it isn't here by Wednesday": the day they gave, heard in the same breath
        by = (
            f" and doing all I can to get it to you {_when(day)}"
            if K.DELIVERY_LATE in kinds and (day := due(ctx)) and not call_day(ctx.case.text)
            else ""
        )  # (not the day a call was asked for: "a supervisor to call me today")
        return f"I know it's {whose}{what} inside, so I'm treating it as urgent{by}."
    if (
        not due(ctx)
        and ctx.reading.flagged(FlagKind.LEGAL)
        and (threat := threat_day(ctx.case.text))
        and not (Offer.ESCALATION in ctx.plan.offers and call_day(ctx.case.text))
    ):  # "my lawyer is sending you a legal notice on Sunday": an answer well before then
        return f"You'll hear from us before {threat}."
    if not (day := due(ctx)) and (span := _SETTLED_WITHIN.search(ctx.case.text)):
        # "if this isn't settled within 7 days my lawyer sends a notice": the time they gave,
        # heard, and a decision sought inside it (no promise of the outcome)
        return (f"I've noted the {span['n'].casefold()} {span['unit'].casefold()} you've given "
                "us, and I'm asking for a decision well before then.")  # fmt: skip
    if not day and (week := _WITHIN_WEEK.search(ctx.case.text)):
        # "Sort it out this week or I'm moving to another courier": the time they gave, heard
        return f"I know you need this sorted {week['when'].casefold()}, and I'm on it now."
    if not day or Offer.REFUND_IF in ctx.plan.offers or Offer.CANCEL_IF in ctx.plan.offers:
        return ""
    if call_day(ctx.case.text) and Offer.ESCALATION in ctx.plan.offers:
        return ""  # "call me today": the call says the day
    if _soon(day):
        return f"I know you need this {day.casefold()}."
    return f"I know you need this sorted by {day}."


# (a carafe in pieces cannot be used again)
_IN_PIECES = rx.compile(r"\b(?:shatter\w*|smash\w*|in pieces|exploded|burst)\b", regex.I)
# "Is this a known fault?", "has this happened to others?": asked of a product that hurt them
_KNOWN_FAULT = rx.compile(
    r"\b(?:is|was) (?:this|it|that) a (?:known|common) (?:fault|issue|problem|defect|thing)\b"
    r"|\b(?:has|did) (?:this|it) happen(?:ed)? to (?:others|anyone else|other people)\b",
    regex.I,
)
_WHO_CONTACTED = rx.compile(
    r"\b(?:rider|courier|driver|delivery (?:man|guy)|barista|agent|manager|cashier|waiter"
    r"|staff member|employee)(?=s?\b)",
    regex.I,
)
# "keeps calling my sister": the one contacted, where it is not the writer
_CONTACTED_WHOM = rx.compile(
    r"\b(?:texting|messaging|calling|ringing|whatsapping|dm'?ing|following|contacting) my "
    r"(?P<whom>sister|daughter|son|wife|husband|mum|mother|mom|dad|father|girlfriend|boyfriend"
    r"|partner|friend|brother|grandmother|grandma|niece|cousin)\b"
    # "delivered to my sister ... has since called and messaged her 6 times": her, named before
    r"|\b(?:delivered|brought|handed)\b[^.!?\n]{0,20}\bto my (?P<whom>sister|daughter|son|wife"
    r"|husband|mum|mother|mom|dad|father|girlfriend|partner|friend|brother|grandmother|niece)\b"
    r"(?=[^\n]{0,120}\b(?:called|messaged|texted|rang|calling|messaging|texting)\b)",
    regex.I,
)
_WITHIN_WEEK = rx.compile(
    r"\b(?:sort|settle|fix|resolve|pay|sorted|settled|fixed|resolved|paid)\b[^.!?\n]{0,15}?"
    r"\b(?P<when>this week|by (?:the )?end of (?:this|the) week)\b",
    regex.I,
)
# "settled within 7 days", "sorted in 14 days": the time a threat gives us
_SETTLED_WITHIN = rx.compile(
    r"\b(?:settle[ds]?|sort(?:ed)?|resolve[ds]?|paid|pay (?:me|up)|refund(?:ed)?|fix(?:ed)?"
    # "if there's no answer in 7 days I'm going to the directorate"
    r"|compensated|dealt with|no (?:answer|reply|response))\b[^.!?\n]{0,20}?"
    r"\b(?:within|in|inside) (?:the next )?(?P<n>\d{1,2}|two|three|five|seven|ten|fourteen"
    r"|thirty) (?P<unit>(?:working |business )?days|weeks|hours)\b"
    # a condition they set ("if this isn't settled within 7 days", "... or I go to court"),
    # never a promise we made ("told the refund would be back within 5 days")
    r"(?:(?<=\b(?:if|unless)\b[^.!?\n]{0,60})|(?=[^.!?\n]{0,40}\b(?:or|otherwise)\b))",
    regex.I,
)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_WORKING_DAYS = rx.compile(
    r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r" (?:working |business )?days\b",
    regex.I,
)


def _days(m: regex.Match[str]) -> int:
    n = m["n"].casefold()
    return int(n) if n.isdigit() else _NUMBER_WORDS.get(n, 0)


def _payout_overdue(ctx: Ctx) -> str:
    """ "it's been 6 working days": past the payout time the brand's own FAQ promises, said
    so, with the chase today; "" where the post gives no wait or the FAQ no promise."""
    promised = None
    for entry in ctx.voice.faq:  # "we pay ... merchants within two working days"
        if regex.search(r"\bmerchants?\b", entry.answer) and (
            found := _WORKING_DAYS.search(entry.answer)
        ):
            promised = found
            break
    waited = _WORKING_DAYS.search(ctx.case.text)
    if promised is None:
        return ""
    if waited is None:
        # "delivered on 12 and 13 May ... and it's the 21st": the days between, counted with
        # a weekend's slack (the promise is in working days)
        gap = _days_since_delivery(ctx.case.text)
        if gap is None or gap <= _days(promised) + 2:
            return ""
    elif _days(waited) <= _days(promised):
        return ""
    if paid_late(ctx.case.text):  # it came, late: said, and nothing left to chase
        return f"That's past the {promised[0]} we promise merchants, and it shouldn't happen."
    return (f"That's past the {promised[0]} we promise merchants, so I'm chasing it "
            "today.")  # fmt: skip


# "my last payout took 5 days instead of 2": a payout that came, late (none is held now)
_PAID_LATE = rx.compile(
    r"\b(?:payouts?|it|the money|the cod) (?:took|came after|arrived after|landed after|only "
    r"came after) (?:\d+(?:[-–]\d+)?|two|three|four|five|six|seven|eight|nine|ten) (?:working )?"
    r"days\b",
    regex.I,
)
_STILL_HELD = rx.compile(
    r"\b(?:still|hasn'?t|has not|haven'?t|have not|not yet|yet to|isn'?t|is not|pending)\b",
    regex.I,
)


def paid_late(text: str) -> bool:
    """A payout that came late, with none said to be held now."""
    return _PAID_LATE.search(text) is not None and not _STILL_HELD.search(text)


_DELIVERED_ON = rx.compile(
    r"\bdelivered (?:on )?(?:the )?(?P<a>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:(?:,| and| &|-|–) ?(?:the )?(?P<b>\d{1,2})(?:st|nd|rd|th)?)?\b",
    regex.I,
)
_TODAY_IS = rx.compile(
    r"\b(?:it'?s|it is|today is) (?:now |already )?the (?P<d>\d{1,2})(?:st|nd|rd|th)\b", regex.I
)


def _days_since_delivery(text: str) -> int | None:
    """Days from the last delivery named to "it's the 21st", in one month; None if untold."""
    delivered, today = _DELIVERED_ON.search(text), _TODAY_IS.search(text)
    if delivered is None or today is None:
        return None
    last = max(int(d) for d in (delivered["a"], delivered["b"]) if d)
    gap = int(today["d"]) - last
    return gap if 0 < gap < 31 else None


# what cannot wait in a late parcel: "it's my mother's blood pressure medicine"
_URGENT_GOODS = rx.compile(
    r"\b(?P<whose>(?:my|our) (?:\p{L}+['’]s )?)?(?P<what>(?:(?:blood pressure|heart|diabetes"
    r"|asthma|seizure|epilepsy|cancer|thyroid|prescription) )?(?:medicines?|medications?|meds"
    r"|insulin|inhalers?|prescriptions?)|baby (?:formula|milk))\b",
    regex.I,
)


_MERCHANT_WORD = rx.compile(r"\bmerchant\b", regex.I)  # "as a merchant": their parcels
# "the steam wand wasn't cleaned after regular milk": what carried the allergen over
_CROSS_CONTACT = rx.compile(
    r"\b(?P<what>steam wand|wand|milk jug|jug|pitcher|frother|scoop|tongs|knife|board|fryer"
    r"|toaster|grill)s?\b(?:/\w+)?[^.!?\n]{0,30}?\b(?:wasn'?t|weren'?t|was not|were not|not|never|"
    r"isn'?t|aren'?t) (?:properly |even )?(?:cleaned|washed|rinsed|wiped|changed)\b"
    r"|\b(?:same|shared|unwashed|dirty|used) (?P<what>steam wand|milk jug|jug|pitcher|frother|"
    r"scoop|tongs|knife|board|fryer|toaster|grill)\b",
    regex.I,
)
_ALLERGEN = rx.compile(
    r"\b(?:allerg\w*|anaphyla\w*|epi-?pen|dairy[- ]free|nut[- ]free|gluten[- ]free|lactose[- ]free"
    r"|coeliac|celiac)\b"
    # "asked if it had nuts ... had a reaction": the allergen asked about, and the reaction
    r"|\b(?:nuts?|peanuts?|almonds?|sesame|gluten|hazelnuts?)\b(?=[^\n]{0,200}\breaction\b)",
    regex.I,
)


def talk(ctx: Ctx) -> str:
    """After someone was hurt, a call offered: some things are easier said than written."""
    if not ctx.reading.flagged(FlagKind.HEALTH_SAFETY) or not _HURT.search(ctx.case.text):
        return ""
    if Detail.PHONE in ctx.plan.details:
        return ""
    return "If you'd rather talk, reply with a number and a good time, and I'll call you."


def _rule_pays(ctx: Ctx) -> bool:
    """The configured rule says what is paid for a parcel lost or opened with us ("we pay its
    declared value"): a claim for it is the rule applied, never "I can't settle claims"."""
    rule = ctx.plan.rule
    return rule is not None and bool(_PAYS_RULE.search(rule.text)) and _refund(ctx) == "claim"


_PAYS_RULE = rx.compile(r"\b(?:we pay|pays?|reimburs\w*|compensat\w*)\b", regex.I)


_TRACK_WORD = rx.compile(r"\btrack(?:ing)?\b", regex.I)
_SITE = rx.compile(r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/[\w/-]+", regex.I)


def _meanwhile(ctx: Ctx) -> str:
    """ "Crashes every time I tap Track": the other way the brand's FAQ gives to do it (the
    tracking page on the web), while the app is fixed; "" where the FAQ names none."""
    if not any(p.kind is K.APP_BUG for p in ctx.plan.problems) or not _TRACK_WORD.search(
            ctx.case.text):  # fmt: skip
        return ""
    for entry in ctx.voice.faq:
        if _TRACK_WORD.search(entry.question) and (site := _SITE.search(entry.answer)):
            return f"While the app is playing up, you can follow your parcel at {site[0]}."
    return ""


def offline(ctx: Ctx, said: list[str]) -> str:
    goodwill = ctx.plan.goodwill
    told = asked_answer(ctx)
    if told and Offer.NO_REFUND in ctx.plan.offers and _rule_pays(ctx) and ctx.plan.rule and (
            told == cap(sentence(ctx.plan.rule.text))):  # fmt: skip
        told = ""  # the claim's line quotes the rule that pays; said once
    paragraphs = [
        hello(ctx), heard(ctx, said), repeat(ctx).replace("on us.", "on us, not you."),
        deadline(ctx),
        (told if told.startswith("You're right:") else f"To your question: {after_colon(told)}")
        if told else "",
        _meanwhile(ctx), ask_details(ctx), _illness(ctx), talk(ctx),
        " ".join(offer_line(ctx, o) for o in ctx.plan.offers),
        # a report of discrimination: who it is taken to, in place of "what would make this right?"
        "I'm taking this to the manager there myself, and I'll tell you what we do about it."
        if ctx.reading.flagged(FlagKind.DISCRIMINATION) else
        # "I want action taken against him": what is done, told them
        "I'm taking this further myself, and I'll tell you what we do about it."
        if any(p.kind is K.STAFF for p in ctx.plan.problems)
        and ACTION_DEMANDED.search(ctx.case.text) else "",
        # not asked, but what we do when a parcel is lost or opened with us: said, as set
        cap(sentence(ctx.plan.rule.text)) if ctx.plan.rule and not told and not (
            Offer.NO_REFUND in ctx.plan.offers and _rule_pays(ctx)) else "",
        f"I'd also like to send you {goodwill} for the trouble." if goodwill else "",
        _wish_passed(ctx), _plan_changed(ctx), next_step(ctx), follow_up_line(ctx),
        signature(ctx),
    ]  # fmt: skip
    return "\n\n".join(p for p in paragraphs if p)


# "please fix my subscription so it's decaf going forward": a change to their plan, asked
_PLAN_CHANGE = rx.compile(
    r"\b(?:fix|change|switch|set|update|move|put) my (?P<plan>subscription|sub|plan|club"
    r"(?: box| subscription)?) (?:so (?:it'?s|it is|that it'?s|it only sends)|to|over to|back to)"
    r" (?P<to>(?:only )?[\p{L}-]+(?: [\p{L}-]+)??)(?= going forward| from now on| for future"
    r"| in future|[.!?,\n]|$)",
    regex.I,
)


def _plan_changed(ctx: Ctx) -> str:
    """ "fix my subscription so it's decaf going forward": done, and said so."""
    if not (change := _PLAN_CHANGE.search(ctx.case.text)):
        return ""
    plan = change["plan"].casefold().replace("sub", "subscription", 1) if (
        change["plan"].casefold() == "sub") else change["plan"].casefold()  # fmt: skip
    to = change["to"] if change["to"][:1].isupper() else change["to"].casefold()  # "Colombia"
    return (f"I'll also switch your {plan} to {to} from your next delivery, "
            "and confirm when it's done.")  # fmt: skip


def _wish_passed(ctx: Ctx) -> str:
    """ "Please add a lite mode for older phones" beside a fault: the wish is passed on too."""
    if not any(p.kind is K.APP_BUG for p in ctx.plan.problems) or not (want := wished(
            ctx.case.text)):  # fmt: skip
        return ""
    want = want if want.split()[0].casefold() in ("a", "an", "the", "some") else f"a {want}"
    return f"I've also passed your request for {want} to the people who build the app."


def part_ways(ctx: Ctx, said: list[str]) -> str:
    """A serial abusive complainer, where the voice allows: a fair settlement and best
    wishes, without a lecture and without a promise we would break."""
    money = "I've asked for a full refund of this order to go back to you. " if (
        ctx.voice.can_refund) else ""  # fmt: skip
    return "\n\n".join(p for p in (
        hello(ctx), heard(ctx, said),
        "I've read your messages to us over the past weeks, and it's clear we haven't managed "
        f"to get things right for you. {money}I think you deserve a shop that suits you better, "
        "and I wish you all the best.",
        signature(ctx),
    ) if p)  # fmt: skip
