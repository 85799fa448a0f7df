"""What a reply must do, decided from the reading, before any sentence is written.

The decisions are the same in every language: who is answered and how (a complaint, praise,
a rumour, press, a community thread, a question, a freebie request, spam), which problems
are said back, which details are asked for (only those that fit the problem), which explicit
asks are honoured and how far the voice allows, whether a goodwill gesture fits, and what a
human must look at first. The language modules only word the plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

import regex

from monitor import rx
from monitor.config import Voice
from monitor.reading.problems import MULTIPLE_CHARGE, order_the_cafe_never_got
from monitor.reading.speaker import warns_of_a_fake
from monitor.reading.types import Ask, AskKind, FlagKind, Problem, ProblemKind, Reading, Stance
from reports.case import Case
from reports.replies.asked import Detail, details
from reports.replies.check import is_complaint, is_praise
from reports.replies.faq import best_answer, gives, questions, words_shared
from reports.replies.idea import ACTED_ON, is_idea
from reports.replies.rates import over_cap
from reports.replies.said import (
    SENTENCE,
    UNWANTED_CONTACT,
    UNWANTED_MARKETING,
    came_without,
    charged_early,
    declines_gesture,
    grind_wrong,
    long_lost,
    money_taken,
    own_fault,
    part_named,
    subscribed,
    voice_text,
)
from reports.replies.topics import (
    Match,
    asked_about,
    best_fact,
    entry_topics,
    in_language,
    topics,
)


class Move(StrEnum):
    HOLD = "hold"  # extortion or a threat: no reply at all until a person decides
    COMPLAINT = "complaint"
    PRAISE = "praise"
    RUMOUR = "rumour"
    PRESS = "press"
    COMMUNITY = "community"
    QUESTION = "question"
    FREEBIE = "freebie"
    SPAM = "spam"
    NONE = "none"  # nothing to answer (news in passing, competitor talk)
    UNSURE = "unsure"  # maybe sarcastic praise: ask what happened; no thanks, no apology
    WARNING = "warning"  # a customer warns others of a fake account or message in our name
    IDEA = "idea"  # a feature request or a wish, with nothing gone wrong: thanked, passed on


class Offer(StrEnum):
    REFUND = "refund"
    REFUND_IF = "refund_if"  # a refund asked on a condition ("if it's not here by Friday")
    NO_REFUND = "no_refund"  # asked for a refund the voice cannot give: say so honestly
    EXCHANGE = "exchange"
    PART = "part"
    FEE_BACK = "fee_back"
    ESCALATION = "escalation"
    CALLBACK = "callback"
    CANCEL = "cancel"
    CANCEL_IF = "cancel_if"  # "if it isn't delivered today I'll cancel": deliver first
    CHOICE = "choice"  # no explicit ask, something broke: a replacement or the money back
    MONEY_BACK = "money_back"  # money taken wrongly (charged twice): it comes back, asked or not
    ASK_WHAT = "ask_what"  # no explicit ask and no obvious remedy: ask what would make it right


SENSITIVE = {
    FlagKind.HEALTH_SAFETY: "health or safety", FlagKind.LEGAL: "a legal threat",
    FlagKind.REGULATOR: "a regulator or chargeback", FlagKind.DISCRIMINATION: "discrimination",
    FlagKind.LABOUR_ETHICS: "a labour or ethics claim", FlagKind.PRIVACY: "personal data",
    FlagKind.EXTORTION: "extortion", FlagKind.THREAT: "a threat",
}  # fmt: skip
# news wording VADER reads as neutral: "pulls X over overheating reports"
_BAD_NEWS = rx.compile(
    # ("has closed a Series A round" is good news: a deal closed, not a site)
    r"\b(pull(s|ed)?|recall\w*|overheat\w*|delay\w*|strike|closed(?! (?:a|an|its|their|the)"
    r" (?:[$€£৳]?[\d.,]+\s?(?:m|mn|million|bn|billion)? )?(?:funding|series|seed|round|deal"
    r"|investment|financing))|closure|shut\w*|lawsuit|"
    r"sued|fined|probe|investigat\w*|layoff\w*|lay off|minimum wage|outage|breach\w*|leak\w*|"
    r"fail\w*|suspend\w*|warn\w*|injur\w*|banned|scandal|complaints?|stop using"
    # "customers report stomach illness after visiting the café": people made ill
    r"|ill|illness\w*|sick\w*|food poisoning|poisoned|hospitali[sz]ed|outbreak)\b|"
    r"takaisinveto|lakko|viivästy\w*|suljettu|kanne|ধর্মঘট|বিলম্ব|মামলা|বন্ধ",
    regex.I,
)


_ORDINALS = (("second", 2), ("2nd", 2), ("toisen", 2), ("toista", 2), ("toinen", 2),
             ("দ্বিতীয়", 2),
             ("third", 3), ("3rd", 3), ("kolmannen", 3), ("kolmatta", 3), ("kolmas", 3),
             ("তৃতীয়", 3), ("fourth", 4), ("4th", 4), ("neljäs", 4))  # fmt: skip


_NTH_IN_A_ROW = rx.compile(
    r"\b(second|third|fourth|2nd|3rd|4th)\b[^.!?\n]{0,40}?\b(?:in a row|running|straight)\b",
    regex.I,
)
_NOT_PART = frozenset(
    {"a", "an", "the", "new", "replacement", "spare", "another", "uusi", "varaosa", "just",
     "send", "ship", "post", "mail", "me", "missing", "need", "want", "my", "sent", "posted",
     "shipped", "mailed", "only", "that", "this", "one", "i", "uuden", "pelkkä", "pelkästään",
     "vain", "vaan", "riittää", "riittäisi", "kelpaa", "tarvitaan", "tarvitsen"}
)  # fmt: skip


@dataclass(frozen=True)
class Plan:
    move: Move
    problems: tuple[Problem, ...] = ()
    details: tuple[Detail, ...] = ()
    offers: tuple[Offer, ...] = ()
    goodwill: str | None = None
    repeat: bool = False
    times: int = 0  # "the third time": which time the post says this is (0: not said)
    part_ways: bool = False
    fact: Match | None = None  # the configured fact answering a rumour
    fact_from_faq: bool = False  # the FAQ's answer explains it: say how it works, no flat "untrue"
    answer: Match | None = None  # the FAQ answer to a question
    rule: Match | None = None  # a configured fact that is our rule for what went wrong
    stance: str = Stance.NEUTRAL.value  # the inner stance (press and community threads)
    critical: bool = False  # bad news for the brand (press): a statement, not thanks
    flags: tuple[str, ...] = ()
    part: str | None = None  # the part asked for ("lid"), in the post's words
    language: str = "en"  # the reply's language: the voice's text is quoted in it


def critical(reading: Reading, text: str) -> bool:
    """Bad news for the brand (a recall, a strike, a closure), though nobody complains in it:
    it gets a statement, never "thank you for covering"."""
    if reading.stance.value in (Stance.COMPLAINT, Stance.RUMOUR, Stance.MIXED):
        return True
    if reading.flags or reading.problems:
        return True
    if _BAD_NEWS.search(text):
        return True
    from monitor.scoring import vader  # VADER's lexicon: English news wording

    sentiment = reading.sentiment
    if sentiment is None:
        sentiment = float(vader().polarity_scores(text)["compound"])
    # news tone alone must be plainly bad: "demand doubled" reads a little negative to VADER,
    # and one word of a long happy report ("a queue around the block") is no bad news
    if sentiment > -0.3:
        return False
    if reading.language == "en" and _GOOD_NEWS.search(text):
        return False  # "opens its sixth café as demand grows": VADER's "demand" is no bad news
    return reading.language != "en" or float(vader().polarity_scores(text)["neg"]) >= 0.1


# a report of growth or a win: "opens its fifth café", "raises $12m", "named Roaster of the Year"
_GOOD_NEWS = rx.compile(
    r"\b(?:opens|opened|opening|launch(?:es|ed)?|expands?|expanded|expanding|raises|raised"
    r"|wins|won|named|awarded|celebrates|record|grows|growing|doubles?|doubled)\b",
    regex.I,
)


_ALLEGED = rx.compile(
    r"\b(claim\w*|alleg\w*|accus\w*|according to|reportedly|rumou?r\w*|say they|said to|"
    r"väit\w*|huhu\w*|kuulemma|syyt\w*)\b|অভিযোগ|দাবি|গুজব",
    regex.I,
)


def _alleged(reading: Reading, text: str) -> bool:
    """Press that reports a claim (an allegation, a rumour) may get the brand's fact on the
    record; press that reports an event may not: "the café passed its inspection" quoted at a
    report of the kitchen being closed contradicts the reporter, not the rumour."""
    return reading.stance.value == Stance.RUMOUR or bool(_ALLEGED.search(text))


_REDRESS = frozenset({AskKind.REFUND, AskKind.FEE_BACK, AskKind.EXCHANGE, AskKind.ESCALATION})


def _calm_question(case: Case, reading: Reading, voice: Voice) -> bool:
    """A calm question the FAQ answers, though read as a vague complaint (nothing named went
    wrong): answering it beats apologising for a problem nobody described."""
    vague = all(p.kind is ProblemKind.OTHER for p in reading.problems)
    calm = not reading.decisions.angry and not reading.is_sarcastic and not reading.flags
    # "packet torn, the headphones gone. what service is this? I want my money back": a
    # refund asked for is acted on, whatever FAQ entry the rest of the words find
    acted = any(a.kind in _REDRESS for a in reading.asks)
    if not (vague and calm and "?" in case.text) or acted:
        return False
    found = best_answer(case.text, voice.faq, brand=case.brand)
    return found is not None and not found.partial


def _unnamed_question(case: Case, reading: Reading) -> bool:
    """A question where nothing named went wrong ("heard you're shutting down, should I
    cancel?"): an apology would concede what nobody has shown, so a person answers it. Anger
    alone does not name a problem; sarcasm and sensitive flags still go to a complaint."""
    unnamed = all(p.kind is ProblemKind.OTHER and not p.because for p in reading.problems)
    # a health worry behind a question ("I'm pregnant: is the decaf made with solvents?") is
    # still a question: the answer hears the worry and a person checks it
    worry = all(f.kind is FlagKind.HEALTH_SAFETY for f in reading.flags)
    plain = not reading.is_sarcastic and worry and not reading.asks
    return bool(reading.problems) and unnamed and plain and "?" in case.text


def _claim_the_facts_answer(case: Case, reading: Reading, voice: Voice) -> bool:
    """A complaint that names no failure but asserts what the brand does ("so they sell your
    number to advertisers, that's why I get spam calls"), on a topic the brand's configured
    facts cover: an apology would admit the claim, so it is answered as one, with the fact."""
    vague = all(p.kind is ProblemKind.OTHER for p in reading.problems)
    # "... pretty obvious where my number went. Thanks a lot.": the sarcasm is the claim's
    # tone, and the fact answers it all the same
    plain = (not reading.is_sarcastic or reading.flagged(FlagKind.PRIVACY)) and not reading.asks
    # marketing they never agreed to is a failing of ours to stop, not a claim to correct
    mine = UNWANTED_MARKETING.search(case.text) is not None
    # "printed my name on someone else's packing slip": a slip that happened, not a claim
    slip = _DETAILS_SLIP.search(case.text) is not None
    return vague and plain and not mine and not slip and best_fact(
        case.text, voice.facts) is not None  # fmt: skip


_DETAILS_SLIP = rx.compile(
    r"\b(?:someone|somebody|another (?:customer|person|buyer))(?: else)?(?:'s|’s) (?:\p{L}+ )?"
    r"(?:name|address|phone|details|invoice|receipt|label|packing slip|order)\b",
    regex.I,
)


def _part_answer(text: str, voice: Voice, language: str) -> Match | None:
    """The FAQ entry that names the spare part asked for ("spare parts such as lids and
    seals"), where no entry answers the question as worded."""
    # the part asked for ("just a replacement lid") over the one that broke ("the hinge")
    asked = m["part"].casefold() if (m := _JUST_THE.search(text)) else None
    part = (asked if asked not in (None, "one", "ones") else None) or part_named(text)
    if not part:
        return None
    named = regex.compile(rf"\b{regex.escape(part)}s?\b", regex.I)
    found = [e for e in voice.faq if named.search(e.answer)]
    if not found and " " in part:  # "the lid hinge": the lid, as the FAQ names parts
        named = regex.compile(rf"\b{regex.escape(part.split()[0])}s?\b", regex.I)
        found = [e for e in voice.faq if named.search(e.answer)]
    if len(found) != 1:
        return None
    text_, translated = in_language(language, found[0].answer, found[0].translations)
    if not translated or language == "en":  # the clause that names the part, not the rest
        clause = next((c for c in regex.split(r";\s+|,\s+and\s+", text_) if named.search(c)), "")
        text_ = clause[:1].upper() + clause[1:] if clause else text_
    return Match(text_, translated, entry_topics(found[0].topics, found[0].question),
                 question=found[0].question)  # fmt: skip


# "can I buy just the lid?", "a new lid on its own": the part asked for
_JUST_THE = rx.compile(
    r"\b(?:just|only) (?:a new|a spare|a replacement|the|a) (?P<part>\p{L}+)\b"
    r"|\b(?:new|spare|replacement) (?P<part>\p{L}+) on its own\b"
    # "do you sell spare seals for the grinder?"
    r"|\b(?:sell|stock|buy|order|get) (?:a |an |any )?(?:spare|replacement) (?P<part>\p{L}+)\b",
    regex.I,
)


def move_for(case: Case, reading: Reading, voice: Voice) -> Move:
    speaker, stance = reading.speaker.value, reading.stance.value
    if warns_of_a_fake(case.text):
        return Move.WARNING
    if speaker == "spam":
        return Move.SPAM
    if reading.flagged(FlagKind.EXTORTION) or reading.flagged(FlagKind.THREAT):
        return Move.HOLD
    quiet = not reading.decisions.needs_reply and stance == Stance.NEUTRAL
    if speaker == "press":
        # good or neutral news of the brand gets a short thank-you on the record, flagged as
        # optional: no silence where someone reading the digest expects a line
        return Move.PRESS
    if speaker == "community":
        # "would be nice if Northwind offered even a read-only API": a wish aimed at us is
        # answered in the thread, however calm
        return Move.NONE if quiet and not is_idea(case.text, reading) else Move.COMMUNITY
    if speaker == "competitor":
        return Move.NONE
    if stance == Stance.RUMOUR:
        return Move.RUMOUR
    if reading.sarcasm.value == "maybe":
        # "is Northwind being bought?? say it ain't so, my favourite roaster": the claim a fact
        # answers, before the doubt its mixed words raise
        return Move.RUMOUR if _asks_if_true(case, reading, voice) else Move.UNSURE
    if is_idea(case.text, reading):
        return Move.IDEA
    nothing_named = all(p.kind is ProblemKind.OTHER for p in reading.problems)
    if reading.asked(AskKind.REPLACEMENT_PART) and nothing_named and "?" in case.text:
        # "lost the lid in the move, kettle works fine: can I get just a lid?" is asked
        return Move.QUESTION
    if is_praise(reading):
        return Move.PRAISE
    if reading.asked(AskKind.FREE) and not reading.problems:
        return Move.FREEBIE  # "any chance of a free voucher?" is no question for the FAQ
    if (stance == Stance.QUESTION or "?" in case.text) and _asks_if_true(case, reading, voice):
        # "hearing riders strike from Sunday, will deliveries stop?": the claim, before any FAQ
        # entry its other words find (delivery hours are no answer to a strike)
        return Move.RUMOUR
    if any(a.kind in ACTED_ON for a in reading.asks) and _ASKED_TO_DO.search(case.text):
        return Move.COMPLAINT  # "could you cancel my Club from the end of May?": done for them
    if _calm_question(case, reading, voice) or _unnamed_question(case, reading):
        return Move.QUESTION
    if own_fault(case.text) and "?" in case.text and not reading.flags:
        return Move.QUESTION  # "my fault, I dropped it: do you sell the carafe?" is asked
    if is_complaint(reading) and _claim_the_facts_answer(case, reading, voice):
        return Move.RUMOUR
    if is_complaint(reading) or reading.problems:
        return Move.COMPLAINT
    if reading.asked(AskKind.FREE):
        return Move.FREEBIE
    if any(a.kind in ACTED_ON for a in reading.asks) and stance != Stance.QUESTION:
        return Move.COMPLAINT  # "cancel my Club": done, not discussed
    if stance in (Stance.QUESTION, Stance.REQUEST) or reading.asked(AskKind.ANSWER):
        if _asks_if_true(case, reading, voice):
            return Move.RUMOUR  # "is Northwind really being bought by Nestlé??"
        return Move.QUESTION
    return Move.NONE


# a change to prices or fees said to be coming
_CHANGE_CLAIMED = rx.compile(
    r"\b(?:rais\w*|increas\w*|hik\w*|put(?:ting)? up|doubl\w*|bump\w*)\b[^.!?\n]{0,30}"
    r"\b(?:prices?|charges?|fees?|rates?|costs?)\b"
    r"|\b(?:prices?|charges?|fees?|rates?)\b[^.!?\n]{0,20}\b(?:going up|go up|rising|rise"
    r"|increas\w*|doubl\w*)\b|\bkorot\w*|\bhinnat nouse\w*|\bhinnankorotu\w*|দাম বাড়\S*"
    # "putting all their bag prices up 30%"
    r"|\b(?:prices?|charges?|fees?|rates?) up (?:by )?\d+ ?%"
    r"|চার্জ বাড়\S*",
    regex.I,
)
# "could you cancel my Club?", "voisitteko perua tilaukseni?": asked of us, to be done
_ASKED_TO_DO = rx.compile(
    r"\b(?:could|can|would|will) you (?:please |kindly |just )?(?:cancel|stop|close|end|refund"
    r"|pause|skip)\b|\b(?:voisitteko|voitteko|voisitko|voitko|voisiko|voiko) (?:\w+ )?"
    r"(?:perua|peruuttaa|lopettaa|sulkea|keskeyttää|hyvittää)\b",
    regex.I,
)


# "is it really ...", "someone swears it's happening", "say it isn't so", "pitääkö paikkansa?"
_IF_TRUE = rx.compile(
    r"\b(?:really|actually|true|rumou?rs?|swears?|heard|hearing|apparently"
    r"|say it (?:isn'?t|ain'?t) so|saw it (?:in|on))\b"
    r"|pitääkö paikkansa|onko (?:se )?totta|kuulin|সত্যি|শুনলাম|শুনেছি|নাকি",
    regex.I,
)


def _asks_if_true(case: Case, reading: Reading, voice: Voice) -> bool:
    """A question whether a claim about the brand is true, which a configured fact answers
    and the FAQ does not: a holding "I'm checking with the team" would read as not denying
    it, so it is answered as a rumour, with the fact."""
    # a claim about the brand, not their own wish ("haluan lopettaa" stops their Club)
    claimed = bool(topics(case.text) & _CLAIMS) and not any(
        a.kind in ACTED_ON for a in reading.asks
    )
    named = [p for p in reading.problems if p.kind is not ProblemKind.OTHER]
    if named or not (_IF_TRUE.search(case.text) or claimed):
        # ("so this is what you do with our phone numbers, sell them?": a claim put as a question)
        return False
    if not _IF_TRUE.search(case.text) and _faq_answers(case, voice):
        # "do you ship to Estonia? a friend keeps stealing mine": a claim's word in a question
        # the FAQ answers is no claim about the brand
        return False
    if best_fact(case.text, voice.facts) is None:
        # "hearing riders are going on strike from Sunday, anyone know?": a claim no fact
        # answers is for a person; "checking with the team" would read as half-confirming it
        return claimed
    return best_answer(case.text, voice.faq, brand=case.brand) is None


# a service a business asks whether the brand offers: wholesale, office supply, gift boxes
_OFFERING = rx.compile(
    r"\b(?:do|does|can|could|will) (?:you|u|y'?all|\w+(?: \w+)?) (?:guys |also |even )?(?:do|offer"
    r"|supply|provide|sell|have|make) (?:any )?(?:\p{L}+[/ ]){0,2}?(?P<what>wholesale|office|"
    r"corporate|bulk|b2b|catering|reseller|stockist|white[- ]label)\b"
    # "do you do same-day delivery inside Dhaka?": a service level the answer must name
    # ("Parcelly Express" is a name, not a service level)
    r"|\b(?<!\b(?-i:\p{Lu})\p{L}+ )"
    r"(?P<what>same[- ]day|next[- ]day|express|overnight|one[- ]hour)\b"
    r"(?=[^.!?\n]{0,40}\b(?:deliver\w*|shipping|service|option)\b)"
    # "Teettekö toimistoille tukkutilauksia?", "আপনারা কি পাইকারি অর্ডার নেন?": the same, asked
    # in Finnish or Bengali
    r"|(?P<what>tukku\w*|yritysasiak\w*|toimistoille|toimistokahvi\w*|পাইকারি|কর্পোরেট)",
    regex.I,
)


def _faq_answers(case: Case, voice: Voice) -> bool:
    answer = best_answer(case.text, voice.faq, brand=case.brand)
    return answer is not None and not answer.partial


_SHOWS = {ProblemKind.APP_BUG: frozenset({ProblemKind.SUBSCRIPTION, ProblemKind.ACCOUNT})}


_NOBODY_CAME = rx.compile(
    r"\b(?:nobody|no ?one|no-one)\b.{0,20}\b(?:came|rang|knocked|called|buzzed)\b"
    r"|\bno (?:rider|driver|courier)s? (?:ever )?(?:came|showed up|turned up|arrived)\b"
    r"|\b(?:at home|home|in) all day\b|\bwas (?:at )?home\b",
    regex.I,
)


# "I wrote last week about my damaged parcel and you told me a refund would come": the
# damage is the case's history, already reported; what is wrong now is the refund
_REPORTED = rx.compile(
    r"\b(?:wrote|reported|complained|emailed|messaged|contacted you|told you|raised)\b"
    r"[^.!?\n]{0,30}\b(?:about|last|already|before|earlier|ago)\b",
    regex.I,
)
_THE_REFUND_WAS_FOR = frozenset(
    {ProblemKind.DAMAGED, ProblemKind.DEFECT, ProblemKind.WRONG_ITEM, ProblemKind.QUALITY,
     ProblemKind.DELIVERY_LATE, ProblemKind.DELIVERY_MISSING}
)  # fmt: skip


def _now_wrong(problems: tuple[Problem, ...], text: str) -> tuple[Problem, ...]:
    """A refund that was promised and has not come, after a problem already reported: the
    refund is what to answer, not the damage all over again (no second photo asked)."""
    if not any(p.kind is ProblemKind.REFUND_PENDING for p in problems) or not _REPORTED.search(
        text
    ):
        return problems
    return tuple(p for p in problems if p.kind not in _THE_REFUND_WAS_FOR)


# a price asked by the month ("how much is it per month?", "মাসে কত টাকা", "paljonko
# kuukaudessa"), which only an answer that states one answers
_MONTHLY_PRICE = rx.compile(
    r"\b(?:how much|what does it cost|price|cost|paljonko|mitä maksaa|hinta)\b[^?\n]{0,40}"
    r"\b(?:per month|a month|monthly|each month|kuukaudessa|kuussa)\b"
    r"|\b(?:per month|a month|monthly)\b[^?\n]{0,30}\b(?:how much|cost|price)\b"
    r"|মাসে[^?\n]{0,20}(?:কত|খরচ)",
    regex.I,
)
_PER_MONTH = rx.compile(
    r"\b(?:per|a|each|every) month\b|/\s?(?:month|mo|kk)\b|\bmonthly\b|\bkuukaudessa\b|\bkuussa\b"
    r"|প্রতি মাসে|মাসিক|মাসে (?:৳|[০-৯\d])",
    regex.I,
)


# "wouldn't hand over my parcel unless I paid him 100 taka 'for fuel'": the demand is the one
# failing; the money paid is that demand, not a second charge to answer apart (the replies say
# it as the rider's)
HELD_FOR_MONEY = rx.compile(
    r"\b(?:wouldn'?t|would not|refused to|won'?t|didn'?t) (?:hand over|give me|give us|hand me"
    r"|hand us|release|deliver) (?:my |our |the )?(?:(?-i:\p{Lu})\p{L}+ )?"
    r"(?P<what>parcel|package|order|box)\b[^.!?\n]{0,15}"
    r"\b(?:until|unless|till) (?:i|we) (?:gave|paid|handed)\b",
    regex.I,
)


def _held_for_money(problems: tuple[Problem, ...], text: str) -> tuple[Problem, ...]:
    kinds = {p.kind for p in problems}
    if {ProblemKind.STAFF, ProblemKind.BILLING} <= kinds and HELD_FOR_MONEY.search(text):
        return tuple(p for p in problems if p.kind is not ProblemKind.BILLING)
    return problems


def _pickup_only(problems: tuple[Problem, ...], text: str) -> tuple[Problem, ...]:
    """A pickup nobody came for: the rider who "still hasn't come" is that pickup, not a parcel
    late to them (no trace of an order that was never collected)."""
    if not any(p.kind is ProblemKind.DELIVERY_HANDLING for p in problems) or not (
        _PICKUP_NOBODY.search(text)
    ):
        return problems
    if _PARCEL_TO_THEM.search(text):
        return problems  # "... and the parcel I'm waiting for is late too": both
    return tuple(p for p in problems if p.kind is not ProblemKind.DELIVERY_LATE)


# a parcel on its way to the writer, beside a pickup
_PARCEL_TO_THEM = rx.compile(
    r"\b(?:my|our) (?:parcel|package|delivery|order)s? (?:is|are|was|were|still|hasn'?t|has not"
    r"|never)\b|পার্সেল (?:এখনো |এখনও )?(?:পাই নাই|পাইনি|পাই নি)",
    regex.I,
)


def _said_back(problems: tuple[Problem, ...]) -> tuple[Problem, ...]:
    """The problems a reply says back: one whose words lie inside the words of the problem
    it is how of is said once, as that problem; "marked delivered when nobody came" is the
    one missing parcel, not a missing parcel and a courier who never came."""
    kinds = {p.kind for p in problems}
    if ProblemKind.DELIVERY_MISSING in kinds:
        problems = tuple(
            p for p in problems
            if not (p.kind is ProblemKind.DELIVERY_HANDLING
                    and all(_NOBODY_CAME.search(b) for b in p.because))
        )  # fmt: skip

    def inside(p: Problem) -> bool:
        shows = _SHOWS.get(p.kind, frozenset())
        outer = [b.casefold() for q in problems if q.kind in shows for b in q.because]
        return bool(p.because) and all(any(b.casefold() in o for o in outer) for b in p.because)

    kept = [p for p in problems if not inside(p)]
    # a failing leads, an opinion of our price or rules follows: "€19 is hard to justify, and
    # the zip peels off" is answered about the zip first
    return tuple(sorted(kept, key=lambda p: p.kind in OPINIONS))


_FOLLOW_GROUP = {
    ProblemKind.DELIVERY_LATE: "delivery", ProblemKind.DELIVERY_MISSING: "delivery",
    ProblemKind.DAMAGED: "broken", ProblemKind.DEFECT: "broken", ProblemKind.WRONG_ITEM: "broken",
    ProblemKind.BILLING: "money", ProblemKind.REFUND_PENDING: "money", ProblemKind.PAYOUT: "other",
    ProblemKind.SUBSCRIPTION: "money", ProblemKind.APP_BUG: "app", ProblemKind.ACCOUNT: "app",
}  # fmt: skip


def follow_group(plan: Plan, voice: Voice, text: str, *, came: bool = False) -> str:
    """Which follow-up promise a complaint's reply ends on, in every language: "delivery",
    "broken", "money", "app", "cancelled" (what stays stopped), "checked" (a charge in error,
    where the voice cannot refund), "decided" (a person decides on the money) or "other".
    ``came``: the late parcel has arrived, so nothing is "on its way"."""
    kind = lead_kind(plan)
    money = money_back(plan.offers, text)
    group = "other" if came else _FOLLOW_GROUP.get(kind, "other")
    if kind is ProblemKind.SUBSCRIPTION and not money_taken(text):
        group = "other"  # a subscription that would not cancel: nothing to pay back yet
    group = "money" if money else group
    if kind is ProblemKind.BILLING and charged_early(text) and not money:
        group = "other"  # charged early, not wrongly: nothing comes back
    if kind is ProblemKind.DELIVERY_MISSING and long_lost(text):
        group = "decided"  # lost for weeks: what is left is a decision, not a delivery
    if Offer.NO_REFUND in plan.offers and group in ("delivery", "broken"):
        group = "decided"  # they asked for their money, not the parcel: a person decides on it
    if Offer.CANCEL in plan.offers and not money:
        group = "cancelled"  # nothing to fix or deliver: what matters is that it stays stopped
    if group == "money" and not voice.can_refund and kind is not ProblemKind.REFUND_PENDING:
        # a refund already agreed is no decision to wait for; a charge in error is checked
        group = "checked" if Offer.MONEY_BACK in plan.offers else "decided"
    return group


def money_back(offers: tuple[Offer, ...], text: str) -> bool:
    """Money goes back to them: a refund or a fee, or a cancellation after a charge (one
    asked before any charge stops the next one; nothing comes "back")."""
    if {Offer.REFUND, Offer.FEE_BACK} & set(offers):
        return True
    return Offer.CANCEL in offers and money_taken(text)


def _ask_offers(ask: Ask, voice: Voice, refused: set[AskKind]) -> list[Offer]:
    kind = ask.kind
    if kind is AskKind.REFUND:
        if voice.can_refund:
            return [Offer.REFUND_IF if ask.condition else Offer.REFUND]
        swap = voice.can_exchange and AskKind.EXCHANGE not in refused
        return [Offer.NO_REFUND, *([Offer.EXCHANGE] if swap else [])]
    if kind is AskKind.EXCHANGE and AskKind.EXCHANGE not in refused:
        return [Offer.EXCHANGE] if voice.can_exchange else [Offer.ESCALATION]
    if kind is AskKind.REPLACEMENT_PART and not voice.can_exchange:
        return []  # a courier sends no parts for goods it never sold: its step is the seller
    if kind is AskKind.CANCEL and ask.condition:
        return [Offer.CANCEL_IF]
    simple = {AskKind.REPLACEMENT_PART: Offer.PART, AskKind.FEE_BACK: Offer.FEE_BACK,
              AskKind.ESCALATION: Offer.ESCALATION, AskKind.CALLBACK: Offer.CALLBACK,
              AskKind.CANCEL: Offer.CANCEL}  # fmt: skip
    return [simple[kind]] if kind in simple else []


_AFTER_CANCEL = rx.compile(
    r"cancel+ed\b.{0,120}\b(?:charg|bill|took|tak|debit|deduct|renew)"
    r"|(?:charg|bill)\w* .{0,30}after (?:i |we )?(?:had |already )?cancel"
    # "billed me again this month even though I cancelled in March", "renewed though I'd cancelled"
    r"|(?:charg|bill|renew)\w* .{0,40}(?:even though|though|although|despite) "
    r"(?:(?:i|we)(?:'d| had| have|'ve)? )?(?:already )?cancel"
    # "veloitti ... vaikka peruin", "peruin jo ... ja silti veloitettiin"
    r"|veloit\w*.{0,60}vaikka (?:peruin|perui|lopetin|keskeytin|olin (?:perunut|lopettanut))"
    r"|(?:peruin|lopetin|keskeytin)\b.{0,80}veloit",
    regex.I,
)


_AFTER_PAUSE = rx.compile(
    r"(?:paused|on pause|on hold)\b.{0,120}\b(?:charg|bill|took|tak|debit|deduct|renew)"
    r"|(?:charg|bill)\w* .{0,20}(?:after (?:i )?paus|while (?:it was |it's )?paused)",
    regex.I,
)
_EXACTED = rx.compile(
    r"\b(?:demanded|wanted|insisted on|made (?:me|us) (?:pay|hand over|give)"
    r"|asked (?:me |us )?(?:to pay|for)|told (?:me|us) to pay|took|collected"
    r"|(?:until|unless|till) (?:i|we) (?:gave|paid|handed))\b"
    # "১০০ টাকা extra চাইলো", "বাড়তি ৫০ টাকা নিল": asked for, or taken
    r"|(?:চাইলো|চাইল|চেয়েছে|চেয়েছেন|নিল|নিলো|নিয়েছে|নিয়েছেন|দাবি)"
    # "৫০ টাকা extra দিতে হবে", "৳১০০ বেশি না দিলে": demanded, as the rider put it
    r"|দিতে (?:হবে|বলে|বলল|বললো|বলেছে)|না দিলে",
    regex.I,
)


_WEIGHED = rx.compile(r"\b\d+(?:[.,]\d+)?\s?(?:kg|kilos?|kilograms?)\b", regex.I)
# goods that need care in transit, asked about: the FAQ must speak of them to answer it
_GOODS_ASKED = rx.compile(
    r"\b(?P<what>fragile|glass\w*|cold|frozen|chilled|perishables?|liquids?|batter(?:y|ies)"
    r"|medicines?|live (?:plants?|animals?)|cakes?|sweets?)\b",
    regex.I,
)


def _unnamed_in(answer: Match, text: str) -> bool:
    """What the question turns on, and the answer never names: a service ("do you do
    corporate gift boxes?"), goods that need care ("something that needs to stay cold": the
    areas are no answer to it), a holiday ("during Eid?": the usual days don't say)."""
    if (offering := _OFFERING.search(text)) and not _names(answer.text, offering["what"]):
        return True
    if over_cap(text, answer.text):  # "a 25 kg box" against a card that stops at 10 kg
        return True
    asked = " ".join(questions(text))
    priced = answer.partial and "amount" in gives(answer.text)
    goods = None if priced else _GOODS_ASKED.search(asked)
    if goods and not _names(answer.text, goods["what"][:5]):
        return True  # (a price answered beside it says "the rest I'm checking" itself)
    if _WEIGHED.search(asked) and "kg" not in answer.text.casefold():
        return True  # "can you deliver a 25kg box?": the areas say nothing of the weight
    holiday = _HOLIDAY.search(text)
    return bool(
        holiday
        and _USUAL_DAYS.search(answer.text)
        and not _names(answer.text, holiday[0])
        and not _HOLIDAY.search(answer.text)
        and not _HOLIDAY_HOURS.search(answer.text)  # "holiday hours are on each café's page"
    )


_HOLIDAY_HOURS = rx.compile(r"\bholiday|\bpyhäpäiv|\bpyhien|\bjuhlapyh|ছুটির দিন", regex.I)


def _names(answer: str, word: str) -> bool:
    return regex.search(rf"\b{regex.escape(word.casefold())}", answer, regex.I) is not None


_USUAL_DAYS = rx.compile(
    r"\d[:.]\d\d|\bday\b|days\b|\bweekdays?\b|(?:শনি|রবি|সোম|মঙ্গল|বুধ|বৃহস্পতি|শুক্র)বার|\dটা"
    r"|\b(?:maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai|arki)\w*",
    regex.I,
)
# a holiday asked about: the usual hours or days are no answer for it
_HOLIDAY = rx.compile(
    r"\b(?:during|on|over|through|throughout|in|at) (?:the )?(?:eid|ramadan|ramzan|christmas|xmas"
    r"|new year'?s?|easter|midsummer|puja|pujo|pohela boishakh|bank holidays?|public holidays?"
    r"|holidays)\b|\b(?:juhannu|joulu|pääsiäi|uudenvuoden)\w*(?:na|nä|ssa|ssä|lla|llä)\b"
    r"|(?:ঈদ|পূজা|পুজো|রমজান)\S*\s?(?:এর )?(?:ছুটিতে|সময়|সময়ে|মধ্যে|দিন)",
    regex.I,
)


# a pickup booked that nobody came for (English and Bengali)
_PICKUP_NOBODY = rx.compile(
    r"\bpick-?up\b[^.!?\n]{0,60}\b(?:no-?shows?|never (?:came|happened|showed)|didn'?t (?:come"
    r"|happen|show)|nobody came|no one came|no rider)\b"
    r"|\b(?:didn'?t|did not|never) (?:show|come|turn)(?: up)? for (?:the |my |our |a )?pick-?up\b"
    r"|\b(?:pick-?ups?|collections?)\b[^.!?\n]{0,40}\b(?:hasn'?t|has not|haven'?t|have not"
    r"|still hasn'?t) (?:come"
    r"|turned up|shown up|happened|been collected)\b"
    r"|পিকআপ\S* (?:\S+ ){0,3}(?:আসছে না|আসতেছে না|হচ্ছে না|হয়নি|হয় নাই|হয়নাই|নিতে আসেনি)"
    r"|(?:pickup|পিকআপ)[^।!?\n]{0,60}"
    r"(?:কেউ|রাইডার)\S* (?:আসে নাই|আসেনি|আসেনাই|আসলো না|আসেই নাই|আসেই নি|আসেইনি)",
    regex.I,
)


def paid_for_nothing(reading: Reading, text: str) -> bool:
    """An order paid for in the app that the café never got: what was paid comes back."""
    return bool(_PAID.search(text)) and order_the_cafe_never_got(reading.problems)


_PAID = rx.compile(r"\b(?:paid|charged|pay|maksoin|veloitettiin)\b", regex.I)


def exacted(reading: Reading, text: str = "") -> bool:
    """Money a person demanded that is no part of the price ("asked me for an extra 100"),
    and was paid: "got rude when I refused" lost them nothing to give back."""
    if _REFUSED_TO_PAY.search(text):
        return False
    return any(
        _EXACTED.search(said := " ".join(p.because))
        and (p.kind is ProblemKind.BILLING or (p.kind is ProblemKind.STAFF and _MONEY.search(said)))
        for p in reading.problems
    )


_REFUSED_TO_PAY = rx.compile(
    r"\b(?:when|after|because|as|so) (?:i|we) (?:refused|declined)\b"
    r"|\b(?:i|we) (?:said no|wouldn'?t pay|would not pay|didn'?t pay|did not pay|didn'?t give"
    r"|did not give|wouldn'?t give)\b|\b(?:i|we) (?:refused|declined) to (?:pay|give)\b"
    # "না দেওয়ায় খারাপ ব্যবহার করলো", "দিইনি বলে": not paid, so nothing to give back
    r"|না (?:দেওয়ায়|দেয়ায়|দেওয়াতে|দেয়াতে|দেওয়ার কারণে)|দিইনি|দেইনি|দেই নাই|দিই নাই|দিলাম না"
    r"|\ben (?:maksanut|antanut)\b|\bkieltäydyin\b",
    regex.I,
)
# a person who asked for money: "the rider asked me for 100 taka extra cash"
_MONEY = rx.compile(r"\d|[৳€$]|\b(?:taka|tk|bdt|euros?|extra|cash|tip|money)\b", regex.I)


def _charged_wrongly(reading: Reading) -> bool:
    """The money asked back was taken in error (charged twice, overcharged): what the post
    leads with is the charge, not a service that went wrong."""
    if not reading.problems:
        return False
    lead = reading.problems[0]
    # "cancelled in October and you've charged me twice since": taken after it was stopped
    if exacted(reading):
        return True  # "the rider demanded an extra 100 taka": taken, never owed
    if any(p.kind is ProblemKind.BILLING and MULTIPLE_CHARGE.search(" ".join(p.because))
           for p in reading.problems):  # fmt: skip
        return True  # "the app crashes, and the charge was taken twice": the double charge
    # is a mistake to undo whichever problem the post leads with
    return lead.kind is ProblemKind.BILLING or (
        lead.kind is ProblemKind.SUBSCRIPTION and any(_AFTER_CANCEL.search(b) for b in lead.because)
    )


_TWICE = rx.compile(r"\b(?:twice|double\w*|duplicate\w*|two times|three times|again)\b", regex.I)


_EXTRA = rx.compile(r"\b(?:extra|second|duplicate|double)\b", regex.I)  # "refund the extra one"


def _twice(reading: Reading) -> bool:
    """The same charge taken more than once: no dispute over a fee, a mistake to undo."""
    said = [b for p in reading.problems for b in p.because]
    asked = [b for a in reading.asks if a.kind is AskKind.FEE_BACK for b in a.because]
    return any(_TWICE.search(b) for b in said) or any(_EXTRA.search(b) for b in asked)


def _same_as_fee(ask: Ask, reading: Reading) -> bool:
    """ "Fee back, please" read as a refund too: one ask, answered once as the fee."""
    if ask.kind is not AskKind.REFUND:
        return False
    fee_words = {w for a in reading.asks if a.kind is AskKind.FEE_BACK for b in a.because
                 for w in b.casefold().split()}  # fmt: skip
    return any(w in fee_words for b in ask.because for w in b.casefold().split())


# a fee for a service that never happened: "a redelivery fee when the rider never came"
_UNSERVED = rx.compile(
    r"\b(?:never (?:even )?(?:came|come|showed up|turned up|arrived|attempted|tried|knocked"
    r"|rang)|(?:didn'?t|did not) (?:even )?(?:come|show up|turn up|try|attempt|knock|ring)"
    r"|no(?:body| one| rider| courier| driver) (?:ever |even )?(?:came|showed up|turned up|tried"
    r"|rang|knocked|called)"
    # "a 'second attempt' when there was never a first attempt": nothing was tried
    r"|never (?:a|any) (?:first )?attempt"
    r"|without (?:even )?(?:coming|trying"
    r"|attempting)"
    # "a failed-delivery fee when I was at home the entire day": no attempt was made
    r"|(?:was|were|been|stayed|sat|i'?m) (?:at )?home (?:the |all )?(?:entire|whole|all)? ?day)\b"
    # "রাইডার না আসা সত্ত্বেও", "একবারও আসেনি": nobody came, in Bengali
    r"|না আসা সত্ত্বেও|(?:একবারও|কেউ) (?:আসেনি|আসে নাই|আসেনাই)|সারাদিন বাসায় ছিলাম",
    regex.I,
)


def unserved_fee(text: str) -> bool:
    """The post says the service the fee was for never happened."""
    return _UNSERVED.search(text) is not None


_GOODS_WRONG = frozenset(
    {ProblemKind.WRONG_ITEM, ProblemKind.DAMAGED, ProblemKind.DEFECT, ProblemKind.DELIVERY_MISSING}
)


# the FAQ says it costs nothing: "oat, soy and lactose-free milk at no extra charge" (a rule
# with a threshold, "free delivery over 40 €", is no promise that this charge was wrong)
_FREE_CLAUSE = rx.compile(
    r"(?:^|(?<=[;.] |, and ))(?:(?!, and )[^.;])*?\b(?:at no extra charge|no extra charge"
    r"|free of charge|at no (?:extra )?cost|(?:is|are) free|for free)\b(?:(?!, and )[^.;])*",
    regex.I,
)
_THRESHOLD = rx.compile(r"\b(?:over|above|from|at least|minimum|orders? of)\s+[€$£৳]?\d", regex.I)
_CHARGED_FOR = rx.compile(
    r"\b(?:extra |more )?for (?:the |my |an? |some |your )?(?P<what>[\p{L} -]{3,30}?)"
    r"(?=[.,!?;]|$| (?:and|but|when|even|though)\b)",
    regex.I,
)
_CHARGED = rx.compile(r"\b(?:charg|bill|paid|pay)\w*", regex.I)
_SAID_FREE = rx.compile(
    r"\b(?:free|no extra charge|no charge|at no cost|doesn'?t cost (?:anything|extra))\b",
    regex.I,
)


def charged_though_free(reading: Reading, voice: Voice, text: str) -> str:
    """ "Charged me 60 cents extra for oat milk. Pretty sure plant milk is free?": the FAQ's
    own words that it costs nothing, where a charge for it is the complaint; "" otherwise."""
    if not any(p.kind is ProblemKind.BILLING for p in reading.problems):
        return ""
    if not _SAID_FREE.search(text) or not voice.faq:
        return ""
    # the sentences that speak of the charge or of its being free ("Also got charged €0.60
    # for the oat milk?? Thought that was free."): the rest of a long post asks nothing of it
    said = " ".join(
        m[0] for m in SENTENCE.finditer(text)
        if _SAID_FREE.search(m[0]) or _CHARGED.search(m[0])
    )  # fmt: skip
    # what the charge was for ("extra for the oat milk"), found in an entry's free clause
    item = _CHARGED_FOR.search(said)
    wanted = {w for w in item["what"].casefold().split() if len(w) > 2} if item else set()
    # (the charge's own words, "€0.60 extra", raise price and tip topics: what it was for is
    # the question)
    found = best_answer(said or text, voice.faq, ignore=frozenset({"tips", "price", "payment"}))
    answers = [found.text] if found is not None and not found.partial else []
    answers += [e.answer for e in voice.faq if wanted]
    for answer in answers:
        clause = _FREE_CLAUSE.search(answer)
        if clause is None or _THRESHOLD.search(answer):
            continue
        if answer is answers[0] and found is not None and not found.partial:
            return clause[0].strip()
        if wanted & set(regex.findall(r"\p{L}+", clause[0].casefold())):
            return clause[0].strip()
    return ""


def offers(reading: Reading, voice: Voice, text: str = "") -> tuple[Offer, ...]:
    refused = {r for a in reading.asks for r in a.refused}
    out: list[Offer] = []
    unserved = any(p.kind is ProblemKind.BILLING for p in reading.problems) and unserved_fee(text)
    for ask in (a for a in reading.asks if not _same_as_fee(a, reading)):
        if ask.kind is AskKind.FEE_BACK and unserved:
            out.append(Offer.MONEY_BACK)  # a fee for a visit that never was: not ours to keep
            continue
        if ask.kind is AskKind.REFUND and _charged_wrongly(reading):
            out.append(Offer.MONEY_BACK)  # a correction, not a refund the voice must allow
            if any(p.kind in _GOODS_WRONG for p in reading.problems):
                # "refund the second charge, and refund the grinder too": the goods as well
                out += _ask_offers(ask, voice, refused)
            continue
        if ask.kind is AskKind.FEE_BACK and _charged_wrongly(reading) and _twice(reading):
            out.append(Offer.MONEY_BACK)  # "the fee twice on one parcel": the extra one is ours
            continue
        out += _ask_offers(ask, voice, refused)
    if (
        Offer.PART in out
        and {Offer.REFUND, Offer.REFUND_IF} & set(out)
        and _RATHER_REFUND.search(text)
    ):  # "a replacement lid at the very least, honestly I'd rather have a refund": the refund
        out.remove(Offer.PART)
    lead = reading.problems[0] if reading.problems else None
    # money that is not ours comes back asked or not: "paused in August, charged every month
    # since", "the rider asked me for an extra 100 taka"
    stopped = (
        lead is not None
        and lead.kind is ProblemKind.SUBSCRIPTION
        and (
            _charged_wrongly(reading)
            or any(_AFTER_PAUSE.search(b) for b in lead.because)
            # "emailed them to cancel it, and they still billed me €24.50": taken after asking
            or (bool(reading.facts.amounts) and _STILL_BILLED.search(text) is not None)
        )
    )
    # (beside a call asked for or a cancel: "charging me €32 after I cancelled ... someone
    # senior to phone me": the call and the money both)
    about_money = {Offer.REFUND, Offer.REFUND_IF, Offer.NO_REFUND, Offer.FEE_BACK, Offer.CHOICE}
    if not (about_money & set(out)) and (
        stopped
        or exacted(reading, text)
        or paid_for_nothing(reading, text)
        or charged_though_free(reading, voice, text)
    ):
        out.append(Offer.MONEY_BACK)
    if not out and reading.problems and not charged_early(text):  # early, not wrongly taken
        kind = reading.problems[0].kind
        lead_grind = kind is ProblemKind.WRONG_ITEM and grind_wrong(reading.problems[0].because)
        if lead_grind and subscribed(text) and voice.can_exchange:
            # the subscription's grind set wrong: the setting is fixed and a right bag sent,
            # not "a replacement or your money back?" before saying a bag is on its way
            out.append(Offer.EXCHANGE)
        elif not (kind is ProblemKind.BILLING and _REFUSED_TO_PAY.search(text)):
            out += _remedy(kind, voice)  # money asked for and refused: nothing to give back
    if Offer.MONEY_BACK not in out and any(
        p.kind is ProblemKind.BILLING and MULTIPLE_CHARGE.search(" ".join(p.because))
        for p in reading.problems[1:]
    ):  # "1) ground, not whole bean 2) charged twice": the duplicate comes back beside the fix
        out.append(Offer.MONEY_BACK)
    if Offer.ASK_WHAT in out and (
        nothing_to_bargain(reading, text)
        # "এই টাকা কে দেবে?": who pays is asked, and our rule on it is the answer
        or (WHO_PAYS.search(text) and goods_lost(reading.problems, text))
        # a phone taken and soap put in its place, where our rule pays for goods taken: the
        # claim is what's owed, not a question of what they'd like
        or (
            contents_taken(text)
            and voice.delivers_itself
            and any(_PAYS_TAKEN.search(f.text) for f in voice.facts)
        )
    ):
        out.remove(Offer.ASK_WHAT)
    if (
        Offer.ASK_WHAT in out
        and reading.problems[0].kind is ProblemKind.DELIVERY_HANDLING
        and _PICKUP_NOBODY.search(text)
    ):
        out.remove(Offer.ASK_WHAT)  # a pickup nobody came for: a rider for it is what's owed
    if _tried_to_cancel(reading, text) and not {Offer.CANCEL, Offer.CANCEL_IF} & set(out):
        # "charged me after I cancelled", "the cancel button does nothing": we see it
        # cancelled, whatever else is offered
        out.append(Offer.CANCEL)
    return tuple(dict.fromkeys(out))


# a pest seen where food is served, in each language the replies are written in
# a burn or a blister, in Finnish or Bengali ("iso rakkula", "হাত পুড়ে গেছে")
BURNT = rx.compile(r"\b(?:palovamm\w*|rakkul\w*)|পুড়ে|পোড়া|ফোস্কা|ফোসকা", regex.I)
# afraid for their safety: "এখন ভয় লাগছে", "pelottaa", "pelkään"
FEARED = rx.compile(r"ভয় (?:লাগছে|পাচ্ছি|করছে|লাগে)|\bpelottaa\b|\bpelkään\b|\bpelotti\b", regex.I)
FELL_ILL = rx.compile(
    r"\b(?:allerg\w*|sick|ill|vomit\w*|threw up|throwing up|reaction|hospital|a&e|reakti\w*"
    r"|sairastu\w*|oksen\w*|päivystyk\w*|pahoin(?:voin\w*)?)\b|অসুস্থ|বমি|হাসপাতাল",
    regex.I,
)


# "এর বিচার চাই", "I want action taken against him": action on someone of ours, demanded (what
# is done about it is told them, not bargained over)
ACTION_DEMANDED = rx.compile(
    r"বিচার চাই|বিচার (?:করুন|করবেন|চাচ্ছি)|ব্যবস্থা (?:নিন|নেবেন|চাই)"
    r"|\b(?:want|demand|expect)\w* (?:some |real |proper )?(?:action|justice|consequences)\b"
    r"|\btake action against\b|\b(?:want|should) (?:him|her|them) (?:fired|sacked|disciplined)\b"
    r"|\bvaadin toimenpiteit\w*|\bhaluan,? että (?:hänet|työntekijä)\w*",
    regex.I,
)


def nothing_to_bargain(reading: Reading, text: str) -> bool:
    """No "what would make this right?": a pest reported (the café is checked), someone hurt,
    nearly hurt or harassed, someone made ill (how they are comes first), or a report of
    discrimination (the English draft says who it is taken to instead)."""
    return bool(
        _PEST_SEEN.search(text)
        or _HURT_OR_HARASSED.search(text)
        or UNWANTED_CONTACT.search(text)
        or (
            reading.flagged(FlagKind.HEALTH_SAFETY)
            and (FELL_ILL.search(text) or BURNT.search(text))
        )
        or reading.flagged(FlagKind.DISCRIMINATION)
        or _SHARP_FOUND.search(text)
        or (
            any(p.kind is ProblemKind.STAFF for p in reading.problems)
            and ACTION_DEMANDED.search(text)
        )
    )


# "a sliver of glass in a cinnamon bun": something that could cut, found in food (the café
# is checked at once; nothing to bargain over)
_SHARP_FOUND = rx.compile(
    r"\b(?:piece|sliver|shard|bit|chunk|fragment|splinter)s? of (?:\p{L}+ )?"
    r"(?:glass|metal|wire|plastic)\b"
    r"|\b(?:glass|metal wire|needle|staple|screw|nail|blade)\b[^.!?\n]{0,20}\bin "
    r"(?:my|our|the|a|his|her)\b|\blasin(?:siru|pala)\w*|কাচের টুকরো",
    regex.I,
)


_HURT_OR_HARASSED = rx.compile(
    r"\b(?:nearly|almost) (?:hit|ran over|knocked)\b|প্রায় ধাক্কা|ধাক্কা দি"
    # hurt: "hit my mother's leg", "a swollen ankle"
    r"|\b(?:swollen|sprained|broken|fractured|bruised|bleeding) (?:\p{L}+ )?(?:ankle|leg|arm"
    r"|wrist|knee|foot|hand|hip|ribs?|shoulder|head)"
    # harassed or stalked: nothing to bargain over either
    r"|\bharass\w*|\bstalk\w*|\bknows where (?:i|we|she) li\w*|\b(?:i'?m|i am|she'?s) (?:\w+ )?"
    r"(?:scared|frightened|terrified)\b|হয়রানি|উত্যক্ত|(?:ফোন|কল|মেসেজ)\S* (?:করে|দিয়ে) (?:বিরক্ত|জ্বালাত)"
    # "রাতে আমার নম্বরে বারবার মেসেজ দিচ্ছে ... ভয় লাগছে": messaged at night, frightened
    r"|(?:রাতে|রাত্রে)[^।?!\n]{0,30}(?:মেসেজ|ফোন|কল)\S* (?:দিচ্ছে|করছে|পাঠাচ্ছে)"
    r"|ভয় (?:লাগছে|পাচ্ছি)"
    # someone of ours who shouted or swore at an elderly or vulnerable person
    r"|\b(?:shouted|yelled|screamed|swore|snapped) at (?:my|our) (?:elderly|old|disabled|sick"
    r"|pregnant|frail|\d+[- ]year[- ]old) \p{L}+",
    regex.I,
)


def pest_seen(problems: tuple[Problem, ...], text: str) -> bool:
    """A pest seen where food is served ("a mouse behind the counter", "hiiri tiskin takana"),
    read as a food-safety problem: the replies say it should never happen and check the café."""
    return _PEST_SEEN.search(text) is not None and any(
        p.kind is ProblemKind.FOOD_SAFETY for p in problems
    )


_PEST_SEEN = rx.compile(
    r"\b(?:cockroach\w*|roach(?:es)?|rats?|mice|mouse|maggots?|torak\w*"
    r"|rott(?:a|ia|ien)\b|rotan\w*|hiir(?:i|en|iä|et)\w*|tuholai\w*)|তেলাপোকা|ইঁদুর",
    regex.I,
)


_RATHER_REFUND = rx.compile(
    r"\b(?:i'?d|i would|would)? ?(?:rather|prefer(?:ably)?) (?:have |get |just )?(?:a |my )?"
    r"(?:refund|money back)\b",
    regex.I,
)
_STILL_BILLED = rx.compile(
    r"\b(?:still|anyway|again)\b[^.!?\n]{0,20}\b(?:billed|charged|took|taken|debited)\b"
    r"|\b(?:billed|charged|took|debited)\b[^.!?\n]{0,20}\banyway\b",
    regex.I,
)


def _tried_to_cancel(reading: Reading, text: str) -> bool:
    """A subscription they cancelled, or tried to, that did not stop."""
    return any(
        p.kind is ProblemKind.SUBSCRIPTION
        and (any("cancel" in b.casefold() for b in p.because) or _AFTER_CANCEL.search(text))
        for p in reading.problems
    )


# a price or a rule is an opinion of ours they dispute, not a failing: no concession in public,
# no "that's on us", no gesture, no bargaining over "what would make this right"
OPINIONS = frozenset({ProblemKind.PRICE, ProblemKind.POLICY})
_BROKEN = frozenset({ProblemKind.DAMAGED, ProblemKind.DEFECT, ProblemKind.WRONG_ITEM})
_NEXT_STEP_IS_THE_REMEDY = frozenset(
    {ProblemKind.DELIVERY_LATE, ProblemKind.DELIVERY_MISSING, ProblemKind.REFUND_PENDING,
     ProblemKind.PAYOUT, ProblemKind.APP_BUG, ProblemKind.ACCOUNT, ProblemKind.SUBSCRIPTION}
)  # fmt: skip


def _remedy(kind: ProblemKind, voice: Voice) -> list[Offer]:
    """No explicit ask: the remedy the problem calls for, within the voice."""
    if kind in _BROKEN and voice.can_refund and voice.can_exchange:
        return [Offer.CHOICE]
    if kind in _BROKEN and voice.can_exchange:
        return [Offer.EXCHANGE]
    if kind in _BROKEN and not voice.can_refund:
        # a courier's crushed box: the damage claim of the next step is what it can do, and
        # "what would make this right?" asks for what it cannot give
        return []
    if kind is ProblemKind.BILLING:
        return [Offer.MONEY_BACK]
    if kind in OPINIONS:
        return []  # a price or a rule heard and passed on; "what would make this right?" bargains
    return [] if kind in _NEXT_STEP_IS_THE_REMEDY else [Offer.ASK_WHAT]


def genuine_grievance(reading: Reading, *, repeat: bool) -> bool:
    """A goodwill gesture is for someone really let down (it happened again, several things
    went wrong and they are angry), never for someone who only wants something free, and not
    handed out with every reply, where it would read as a template."""
    if reading.asked(AskKind.FREE):
        return False
    real = [p for p in reading.problems if p.kind not in OPINIONS]
    # a gesture is a policy call a draft should make seldom: a failing that came back, or
    # several at once that made them angry, or three or more
    several = len(real) > 1 and reading.decisions.angry
    return bool(real) and (repeat or several or len(real) > 2)


def human_flags(case: Case, reading: Reading, move: Move) -> list[str]:
    out = [
        f"sensitive ({SENSITIVE.get(f.kind, f.kind.value)}: "
        f"{', '.join(repr(b) for b in f.because[:2]) or 'flagged'}): "
        "a human must review before sending"
        for f in reading.flags
    ]  # fmt: skip
    if not reading.scored:
        out.append("not read automatically: read the post before sending")
    if move is Move.UNSURE:
        cues = ", ".join(repr(b) for b in reading.sarcasm.because[:2])
        out.append(f"may be sarcastic ({cues}): read it first; the draft neither thanks "
                   "nor apologises")  # fmt: skip
    if move is Move.PRESS:
        out.append("press: check the facts and get the statement signed off before it goes out")
    if move is Move.HOLD:
        out.append("extortion or a threat: no reply; keep the evidence and let a person decide "
                   "(report it to the platform or the police)")  # fmt: skip
    return out


def part_asked(reading: Reading, text: str = "") -> str | None:
    """The part they ask for, in their words; "that one part" says none, and the part the
    box came without is the one ("came without the portafilter basket")."""
    for ask in reading.asks:
        if ask.kind is AskKind.REPLACEMENT_PART and ask.because:
            words = [w for w in ask.because[0].split() if w.casefold() not in _NOT_PART]
            named = " ".join(words)
            if named.casefold() in ("", "part", "piece", "bit") and (gone := came_without(text)):
                return gone[1]
            if named.casefold() in ("", "part", "piece", "bit") and (broke := part_named(text)):
                return broke  # "lost the silicone seal ... can I get the spare part?": the seal
            # "replacement lids" asked about: one lid is sent, not "a new lids"
            if named and named.casefold().endswith(
                ("lids", "seals", "gaskets", "knobs", "caps", "handles", "filters", "blades")
            ):
                named = named[:-1]
            return named or None
    return None


_NEVER_AGAIN = rx.compile(
    r"\b(never|not|won'?t|wouldn'?t|no more|don'?t)\b[^.!?]{0,50}\bagain\b", regex.I
)


# how a fault behaves, each time: "every single time", "enter the OTP again and again"
_EVERY_TIME = rx.compile(
    r"^(every|each)( single)? time$|^joka (kerta|kerran)$|^again and again$"
    r"|^over and over( again)?$|^time and again$|^yhä uudestaan$|^বারবার$",
    regex.I,
)


# the second visit or attempt of one delivery: "never even showed up the second time"
_NTH_ATTEMPT = rx.compile(
    r"\b(?:showed up|show up|came|come|turned up|turn up|tried|attempted|rang|called|knocked"
    r"|delivered)\b(?: \p{L}+){0,2} (?:the|that) (?:second|third|2nd|3rd) (?:time|attempt)\b",
    regex.I,
)
# "OTP again, again, again": how often the fault makes them do it, not a second complaint
_AGAIN_AGAIN = rx.compile(r"\bagain\W{1,3}again\b", regex.I)


def _only_never_again(word: str, text: str) -> bool:
    """ "Never again" and "would not ship again" are a farewell, not a repeat; "every time I
    fill it" or "every time checkout spins" says how a fault behaves, not that it happened
    to them before (no "it has happened before, and that's on us")."""
    if _EVERY_TIME.match(word.strip()):
        return True
    if _NTH_ATTEMPT.search(text) and word.strip().casefold().endswith("time"):
        return True  # "the rider never even showed up the second time": an attempt, not a repeat
    if word.strip().casefold() != "again":
        return False
    if all(
        _GOOD_AGAIN.search(text, max(0, m.start() - 40), m.end()) for m in _AGAIN.finditer(text)
    ):
        return True  # "the box came on time again": good news that came back, no failing
    return bool(_NEVER_AGAIN.search(text) or _AGAIN_AGAIN.search(text))


_AGAIN = rx.compile(r"\bagain\b", regex.I)
_GOOD_AGAIN = rx.compile(
    r"\b(?:on time|perfect\w*|great|lovely|delicious|spot on|flawless\w*|fast|quick\w*|early"
    r"|smooth\w*|as always|as usual)\b[^.!?,;\n]{0,25}\bagain\b",
    regex.I,
)


# who pays them for what was lost: the clause of a rule that pays is the answer
WHO_PAYS = rx.compile(
    r"(?:টাকা|ক্ষতিপূরণ|দাম) কে (?:দিবে|দেবে|দিবেন|দেবেন)"
    r"|\bwho(?:'s| is)? (?:going to |gonna )?pay(?:s|ing)?\b(?: (?:me|for)\b)?|\bkuka maksaa\b",
    regex.I,
)
# "is this your policy now??", "এটা কি নিয়ম?", "onko tämä teidän käytäntönne?": asked whether
# what happened to them is how we work
_ASKS_RULE = rx.compile(
    # "is this even allowed @ParcellyCare": asked at the end of the post, no question mark
    r"\b(?:is|was) (?:this|that|it|he|she)\b[^.!?\n]{0,30}\b(?:polic(?:y|ies)|rules?|allowed"
    r"|normal|standard practice|legal)\b[^.!?\n]*(?:\?|\s*(?:@\w+\s*)*$)"
    r"|\b(?:riders?|drivers?|couriers?|staff|baristas?) are (?:even |now )?(?:allowed|supposed) "
    r"to\b[^.!?\n]*\?"
    r"|\bare (?:your |the |parcelly )?(?:riders?|drivers?|couriers?|staff|baristas?) "
    r"(?:even |now )?(?:allowed|supposed|meant) to\b"
    r"|\bsince when\b[^.!?\n]*\?"
    r"|\bonko (?:tämä|tuo|se)\b[^.!?\n]{0,30}(?:käytän|sääntö|sallittu|normaali)"
    r"|(?:কি|নাকি)[^।?!\n]{0,25}(?:নিয়ম|নীতি|policy|পলিসি)"
    r"|(?:নিয়ম|নীতি|পলিসি)[^।?!\n]{0,15}(?:কি|নাকি)\b"
    r"|(?:এটা|এইটা|এটি) (?:কি|কী) (?:ঠিক|বৈধ|জায়েজ)"  # "এটা কি ঠিক?": is this right?
    # "আমার টাকা কে দিবে?", "who pays me for this?": asked what the remedy is
    rf"|{WHO_PAYS.pattern}"
    # "are you going to pay the declared value or not?": asked whether the remedy holds
    r"|\b(?:are|will|do|does) (?:you|parcelly|northwind|they) (?:\w+ )?(?:going to |gonna )?"
    r"(?:pay|cover|compensate|reimburse)\b[^.!?\n]*\?",
    regex.I,
)
# a fact that says what we pay or do when it happens: "we pay its declared value if it's lost"
_REMEDY = rx.compile(
    r"\b(?:we pay|pays?|paid back|refund\w*|compensat\w*|reimburs\w*|replace\w*)\b", regex.I
)
_LOST_FACT = rx.compile(r"\blost\b", regex.I)
# a rule of conduct: "riders may never ask for tips", said to whoever was asked for one
_CONDUCT = rx.compile(r"\b(?:may|must|can) never\b|\b(?:may|must) not\b|\bnot allowed\b", regex.I)
# what a rule says: never, may not, or what we pay ("Parcelly never sells your number"); "the
# café passed its inspection" is a result, no answer to "is this normal?"
_RULE_LIKE = rx.compile(rf"\bnever\b|{_CONDUCT.pattern}|{_REMEDY.pattern}", regex.I)
# "I want this settled", "compensate me": a claim on what was in it
_SETTLED = rx.compile(r"\b(?:settled|settle (?:this|it)|compensat\w*|reimburs\w*)\b", regex.I)
_DECLARED = rx.compile(r"\bdeclared value\b|ঘোষিত মূল্য", regex.I)
_LOST_HERE = rx.compile(
    r"\b(?:lost|losing|lose|missing|never (?:arrived|came|reached)|vanish\w*|disappear\w*)\b"
    r"|হারি|হারা|kadon|kadot",
    regex.I,
)


def asks_rule(text: str) -> bool:
    """They ask whether what happened to them is our rule ("is this your policy now??")."""
    return bool(_ASKS_RULE.search(text))


def claim_asked(text: str, fact: Match | None) -> bool:
    """A complaint that also asks whether a claim about the brand is true ("no payout for 10
    days. Is Parcelly shutting down??"): the configured fact on it answers that question."""
    if fact is None:
        return False
    claimed = fact.shared & _CLAIMS
    return bool(claimed) and any(
        topics(q) & claimed and not _RHETORICAL.search(q) for q in questions(text)
    )


# a question that asks nothing: "Onko teillä mitään käsitystä hygieniasta?", "do you even know
# what hygiene is?", "ever heard of food safety?" (a reproach, not a claim to answer with a fact)
_RHETORICAL = rx.compile(
    r"\b(?:onko|onks)\s+(?:teillä|teil|siellä)\s+(?:mitään|mitää|minkäänlaista)\s+(?:käsitystä"
    r"|tietoa|hajua)|\bdo (?:you|they) (?:even |guys even )?(?:know|have (?:any|a) (?:idea|clue))"
    r"|\b(?:ever|never) heard of\b|\bhas anyone (?:there |here )?heard of\b"
    r"|কোনো (?:ধারণা|জ্ঞান) (?:আছে|নাই|নেই)",
    regex.I,
)


def rule_asked(text: str, rule: Match | None) -> bool:
    """The rule or fact the plan carries was asked about, as a rule or as a claim."""
    return rule is not None and (asks_rule(text) or claim_asked(text, rule))


def _rule(
    case: Case, reading: Reading, voice: Voice, fact: Match | None, *, language: str
) -> Match | None:
    """The configured fact that is our rule for what went wrong: asked for ("is this your
    policy?", answered by the fact on riders and tips), a rule of conduct someone broke, or
    the remedy the brand has set for a lost or opened parcel ("we pay its declared value").
    A fact that only denies a rumour ("we pay merchants on schedule", "the café passed its
    inspection") is never said, unasked, to someone whose payout is late or whose table was
    sticky: it would read as a rebuttal. ``fact`` is the configured fact the post's topics
    find (``best_fact``)."""
    seen = any(p.kind is ProblemKind.FOOD_SAFETY for p in reading.problems)
    if claim_asked(case.text, fact) and not (
        seen and fact is not None and "hygiene" in fact.shared
    ):
        # (a mouse they saw themselves, "has this been reported?": a passed inspection quoted
        # back would tell them they didn't see it)
        return fact  # "is Parcelly shutting down??" asked beside a late payout: the fact on it
    if fact is not None and fact.alone is None:
        # the configured entries behind it, in the words they were written in (a Bengali
        # translation is matched, the English entry says whether it is a rule)
        written = [f.text for f in voice.facts if fact.shared <= entry_topics(f.topics, f.text)]
        if asks_rule(case.text) and any(_RULE_LIKE.search(t) for t in written):
            return fact  # "is this your policy now??": the rule, not an inspection's result
        if any(_CONDUCT.search(t) for t in written):
            return fact  # "the rider demanded ৳100 extra": the rule they broke
    if fact is not None and fact.alone is not None:
        # "the driver wanted ৳60 on top of the COD price": a price fact and a rule of conduct
        # both share its topics; the rule they broke is the one said
        said = topics(case.text)
        for entry in voice.facts:
            covered = entry_topics(entry.topics, entry.text, *entry.translations.values())
            if _CONDUCT.search(entry.text) and said & covered - {"price", "payment"}:
                text, translated = in_language(language, entry.text, entry.translations)
                return Match(text, translated, covered)
    kinds = {p.kind for p in reading.problems}
    # "SCAM ... my COD money not paid ... thieves": an insult over money owed, not goods taken
    # from a parcel (the parcel rule is no answer to a late payout)
    parcel = not kinds or bool(kinds & _PARCEL_KINDS)
    # (goods taken out of a parcel opened on the way, in any words: "সেটা খোলা ছিল, ভেতর থেকে
    # হেডফোনটা নেই")
    theft = ("theft" in topics(case.text) or contents_taken(case.text)) and parcel
    # "two return parcels came back with the seals cut": opened on the way, which the rule covers
    theft = theft or (ProblemKind.DELIVERY_HANDLING in kinds and bool(_SEAL_CUT.search(case.text)))
    # (or asked outright who pays for one that never came: "declared value ৳4,500, who pays?")
    lost = ProblemKind.DELIVERY_MISSING in kinds and bool(
        _LOST_HERE.search(case.text) or WHO_PAYS.search(case.text)
        or _DECLARED.search(case.text) or _SETTLED.search(case.text)
    )  # fmt: skip
    if not (theft or lost):
        return None
    for entry in voice.facts:
        if not _REMEDY.search(entry.text):
            continue
        covered = entry_topics(entry.topics, entry.text, *entry.translations.values())
        if (theft and "theft" in covered) or (lost and _LOST_FACT.search(entry.text)):
            text, translated = in_language(language, entry.text, entry.translations)
            return Match(text, translated, covered)
    return None


_SEAL_CUT = rx.compile(
    r"\b(?:seals?|tape) (?:was |were |had been |have been )?(?:cut|broken|slit|tampered with"
    r"|ripped|torn)\b",
    regex.I,
)
# goods lost from a parcel, taken out of it or broken in it (a claim on what was inside)
GOODS_LOST = frozenset({ProblemKind.DELIVERY_MISSING, ProblemKind.WRONG_ITEM, ProblemKind.DAMAGED})
_PARCEL_KINDS = GOODS_LOST | {ProblemKind.DELIVERY_HANDLING}
# the goods taken out of a parcel, or something else put in ("the phone inside replaced by a
# brick", "মোবাইলের বদলে ইট", "the perfume inside gone"): lost in our care, as a parcel that
# never came is
# "we pay its declared value if it's lost or opened with us": a rule that pays for goods taken
_PAYS_TAKEN = rx.compile(
    r"\b(?:we pay|pays?|reimburs\w*|compensat\w*)\b[^.]{0,60}\bopened\b", regex.I
)
_CONTENTS_TAKEN = rx.compile(
    r"\b(?:bricks?|stones?|rocks?|soap|sand|newspaper)\b[^.!?\n]{0,30}\b(?:instead of|inside)\b"
    # "the perfume inside gone, just the empty box": what was in it, taken
    r"|\b(?:inside|(?:i|we) (?:ordered|bought|paid for)) (?:was |were |is |are )?(?:gone|missing"
    r"|taken|stolen)\b"
    # "power bank gone, only the case inside": one thing taken, the rest left in the box
    r"|\bgone\b(?=,? (?:and )?(?:only|just) (?:the|a|my) \p{L}+ (?:\p{L}+ )?(?:inside|left)\b)"
    r"|\b(?:bricks?|stones?|rocks?|soap|sand|newspaper)\b[^.!?\n]{0,20}\bin the "
    r"(?:box|parcel|package)\b"
    r"|\b(?:just|only) (?:an? |the )?empty (?:box|parcel|package|packet)\b"
    r"|\b\p{L}+ box inside (?:was|is) (?:completely |totally )?empty\b"
    r"|\bcontents? (?:was |were |are |is )?(?:gone|missing|taken|stolen)\b"
    # "tape cut and resealed ... the earbuds (৳3,200) are gone": opened, and a thing in it gone
    r"|\b(?:is|are|was|were) (?:gone|missing|stolen|taken out)\b"
    r"(?<=\b(?:cut|resealed|re-?taped|opened|torn open|slit|tampered)\b[^\n]{0,120})"
    r"|\b(?:replaced|swapped|switched) (?:by|with|for) (?:an? |some )?(?:bar of )?"
    r"(?:bricks?|stones?|rocks?|soap|sand|newspaper)\b"
    r"|(?:এর|ের|র) বদলে (?:একটা |একটি |কয়েকটা )?(?:ইট|পাথর|সাবান|বালি)"
    r"|শুধু (?:একটা |একটি )?(?:ইট|পাথর|সাবান|বালি)"
    # "খোলা অবস্থায় পেলাম, ভেতরের হেডফোনটা নেই": opened, and what was inside gone
    # ("ভিতরে দুইটা শাড়ির একটা নেই": one of two gone)
    r"|(?:ভেতরের|ভিতরের|ভেতরে|ভিতরে|ভেতর থেকে|ভিতর থেকে) (?:\S+ ){0,3}?\S+ (?:নেই|নাই|গায়েব|মিসিং)"
    r"(?=[\s।,.!?]|$)"
    r"(?<=(?:খোলা|ছেঁড়া|কাটা)[^\n]{0,80})"
    # "সিল খোলা, ভেতরে ২টা শাড়ির বদলে ১টা": opened, and fewer inside than were sent
    r"|(?:[২-৯]|[2-9]|দুই|তিন|চার|পাঁচ)\s?(?:টা|টি) \S+ বদলে (?:[১1]|এক)\s?(?:টা|টি)"
    r"(?<=(?:খোলা|ছেঁড়া|কাটা|সিল)[^\n]{0,80})"
    r"|\b(?:tiili|kivi)\w*\b[^.!?\n]{0,20}\b(?:tilalla|sisällä)\b",
    regex.I,
)


def contents_taken(text: str) -> bool:
    """The goods taken out of a parcel, or swapped for a brick (see ``_CONTENTS_TAKEN``)."""
    return _CONTENTS_TAKEN.search(text) is not None


def goods_lost(problems: Sequence[Problem], text: str) -> bool:
    """Goods lost, broken or taken in a parcel we carried: what a claim under our rule pays."""
    return any(p.kind in GOODS_LOST for p in problems) or (
        any(p.kind is ProblemKind.DELIVERY_HANDLING for p in problems)
        and _CONTENTS_TAKEN.search(text) is not None
    )


# what a claim about the brand can be about (an FAQ entry on another topic does not answer it)
_CLAIMS = frozenset(
    {"safety", "labour", "hygiene", "privacy", "breach", "closing", "strike", "ownership",
     "theft", "tips"}
)  # fmt: skip


def make_plan(case: Case, reading: Reading, voice: Voice, *, language: str) -> Plan:
    move = move_for(case, reading, voice)
    flags = human_flags(case, reading, move)
    if (now := _pickup_only(_now_wrong(reading.problems, case.text), case.text)) != (
        reading.problems
    ):
        reading = replace(reading, problems=now)  # the details and offers fit what is wrong now
    said_again = [w for w in reading.facts.repeat if not _only_never_again(w, case.text)]
    failing = any(p.kind not in OPINIONS for p in reading.problems)
    # "put the price up again" is no failing of ours come back: no "that's on us"
    repeat = (bool(said_again) or case.history.complaints > 0) and (failing or not reading.problems)
    times = next((n for w in said_again for word, n in _ORDINALS
                  if word in w.casefold()), 0)  # fmt: skip
    if said_again and not times and (nth := _NTH_IN_A_ROW.search(case.text)):
        # "the FOURTH Club delivery in a row with the wrong grind": counted, a few words before
        times = next(n for word, n in _ORDINALS if word == nth[1].casefold())
    found = fact = best_fact(case.text, voice.facts, language=language)
    if (
        fact is not None
        and move is Move.RUMOUR
        and _CHANGE_CLAIMED.search(case.text)
        and "price" not in fact.shared
    ):
        # "prices up 30% because of the arabica spike": a price change no fact speaks of; the
        # sourcing fact its words find would deny what nobody has checked
        found = fact = None
    if move is Move.PRESS and not _alleged(reading, case.text):
        fact = None  # a report of what happened (a closure, a recall) is not a claim to rebut
    if (
        fact is not None
        and move is not Move.RUMOUR
        and fact.shared <= {"closing"}
        and reading.asked(AskKind.CANCEL)
    ):
        found = fact = None  # "voisitteko lopettaa tilaukseni?": their Club stops, no café closes
    answer = best_answer(case.text, voice.faq, language=language, brand=case.brand)
    if answer is not None and _unnamed_in(answer, case.text):
        answer = None  # "do you do corporate gift boxes?", "... during Eid?": a person's
    if (
        answer is not None
        and _MONTHLY_PRICE.search(case.text)
        and not (_PER_MONTH.search(answer.text))
    ):
        answer = None  # "how much is Plus per month?": not the parcel rate card; a person's
    if answer is None and move is Move.COMMUNITY and "price" in asked_about(case.text):
        # "thinking of subscribing but 2 bags a month seems pricey, thoughts?": whether it is
        # worth its price is the thread's to say; how it works is ours to give
        answer = best_answer(case.text, voice.faq, language=language, brand=case.brand,
                             ignore=frozenset({"price"}))  # fmt: skip
    if move is Move.QUESTION and reading.asked(AskKind.REPLACEMENT_PART):
        # "can I buy just the lid?"; "a spare seal? happy to pay shipping" asks for the part,
        # not where we ship: the entry that names the part wins where there is one
        answer = _part_answer(case.text, voice, language) or answer
    # a claim the FAQ explains on a point the facts do not ("decaf is made with solvents"):
    # how it really works, rather than a fact about something else
    # an FAQ answer explains a claim only where it speaks of what is claimed: "cut rider pay
    # to 8 taka per delivery" is not answered by where and when we deliver
    from_faq = move is Move.RUMOUR and answer is not None and not answer.partial and (
        not answer.several) and (
        fact is None or not answer.shared <= fact.shared) and (
        words_shared(case.text, answer.text, case.brand) >= 2) and (
        # "baristas are going on strike: will the cafés be open?" is a strike claim, which
        # the opening hours do not answer: only a claim the entry speaks of is explained
        not (topics(case.text) & _CLAIMS) - answer.shared) and (
        # "raising delivery charges by 30% from January??": today's terms don't say what is
        # coming; a person answers it
        not _CHANGE_CLAIMED.search(case.text))  # fmt: skip
    if from_faq:
        fact = answer
    abusive = case.history.abusive >= 2 and reading.decisions.angry
    part_ways = abusive and voice.part_ways_with_abusive and move is Move.COMPLAINT
    if part_ways:
        flags.append("a serial abusive complainer: parting ways is a decision for a person")
    complained = move is Move.COMPLAINT
    rule = _rule(case, reading, voice, found, language=language) if complained else None
    grievance = genuine_grievance(reading, repeat=repeat)
    # a voucher beside a health scare or a legal threat reads as buying silence
    gesture = voice_text(voice, "goodwill", language)
    ours = not own_fault(case.text)  # "my fault, I dropped it": no gesture for our failing
    leaving = (
        reading.asked(AskKind.CANCEL)
        or declines_gesture(case.text)
        or _tried_to_cancel(reading, case.text)  # a bag "with your next order" to a leaver
    )
    fits = grievance and ours and not leaving and not part_ways and not reading.flags
    goodwill = gesture if fits else None
    return Plan(
        move=move, problems=_said_back(_held_for_money(reading.problems, case.text)),
        details=details(reading, case.text, case.source),
        offers=offers(reading, voice, case.text), goodwill=goodwill, repeat=repeat, times=times,
        part_ways=part_ways, fact=fact, fact_from_faq=from_faq, answer=answer, rule=rule,
        stance=reading.stance.value,
        critical=move is Move.PRESS and critical(reading, case.text),
        flags=tuple(flags), part=part_asked(reading, case.text), language=language,
    )  # fmt: skip


_ARRIVED_KINDS = frozenset({ProblemKind.DAMAGED, ProblemKind.WRONG_ITEM, ProblemKind.DEFECT})


def arrived(plan: Plan) -> bool:
    """Something in it broke or was wrong, so the order did arrive: "late" is past, and the
    next step is the fix, not a trace."""
    return any(p.kind in _ARRIVED_KINDS for p in plan.problems)


def lead_kind(plan: Plan) -> ProblemKind:
    """The problem whose fix comes first (what we ask details for, what we follow up)."""
    kinds = [p.kind for p in plan.problems]
    if arrived(plan):
        kinds = [k for k in kinds if k is not ProblemKind.DELIVERY_LATE]
    return kinds[0] if kinds else ProblemKind.OTHER
