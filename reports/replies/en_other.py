"""English replies that are not to a complaint: praise, a rumour, press, a community thread,
a calm question, a request for something free, and the follow-up check-in.

Praise is thanked in public and never apologised to; a rumour gets the brand's fact and a
polite correction, never an admission; press gets an on-record statement; a thread gets a
transparent answer from a named person; a question gets the FAQ answer or a person.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from monitor import rx
from monitor.reading.read import read
from monitor.reading.stance import FIRST_PERSON
from monitor.reading.types import AskKind, FlagKind, Problem, ProblemKind
from reports.case import fit
from reports.replies.book import Ctx, Drafts, after_colon, cap, heads, key_sentence, sentence
from reports.replies.en_common import channel, greet, hello, sign, signature, way_in
from reports.replies.en_restate import (
    GENERIC,
    NO_ANSWER_SAID,
    clause,
    own,
    plural,
    ref_label,
)
from reports.replies.faq import also_answered, asked_in, best_answer, questions, words_shared
from reports.replies.idea import is_idea, the_wish, wishes
from reports.replies.plan import OPINIONS
from reports.replies.rates import price
from reports.replies.said import (
    DMS_OPEN,
    FELT_AFTER,
    HOW_DECAF,
    PREGNANT,
    gripe,
    gripe_after_but,
    lost_part,
    own_fault,
    payment_not_listed,
)
from reports.replies.topics import Match, asked_about, entry_topics, topics


def _stars(ctx: Ctx) -> str:
    rating = ctx.reading.rating
    return " for the five stars" if rating is not None and rating >= 5 else (
        " for the review" if ctx.case.source in ("appstore", "googleplay") else "")  # fmt: skip


_STAFF = ("barista", "courier", "driver", "agent", "delivery guy", "rider", "staff", "team")
# "a courier app", "the delivery guy service": a kind of business, not a person praised
_PERSON = rx.compile(
    # "I can see the rider on the map": the app is praised, not the rider
    r"(?<!\b(?:see|track|watch|follow|locate|spot)\s+(?:the\s+|my\s+|our\s+|your\s+)?)"
    # "shows where the rider actually is on the map": the app's map, again
    r"(?<!\bwhere\s+(?:the\s+|my\s+|our\s+|your\s+)?)"
    rf"\b({'|'.join(_STAFF)})s?\b(?!\s+(?:app|apps|service|company|companies|tracking|business|firm"
    r"|map|maps|location|locations|eta|etas|on (?:the|a) map)\b)",
    regex.I,
)
_APP_PRAISED = rx.compile(
    r"\b(?:app|apps|application|map|tracking|track|booking|book|order(?:ing)? ahead|stamps?"
    r"|notifications?|design|interface|ui|ux|update|screen|taps?|clicks?)\b",
    regex.I,
)
_RECOMMEND = ("recommend", "told all my friends", "switched", "tell everyone")
# "rider Jamal", "barista (Sanna I think)": the person praised, by the name the post gives
_NAMED = rx.compile(
    rf"\b(?i:{'|'.join(_STAFF)})\s+\(?(?P<name>\p{{Lu}}\p{{Ll}}{{2,}})\b"
    # "rider Mirpur branch", "barista Sanna Virtanen": a place or a full name is not taken
    r"(?!\s+(?:\p{Lu}\p{Ll}|app\b|branch|hub|office|area|store|shop|caf[eé]|outlet))"
)


def _praised(ctx: Ctx) -> str:
    """What the praise was for, in the post's terms: a person, a product, a place."""
    text, facts = ctx.case.text.casefold(), ctx.reading.facts
    who = m[1].casefold() if (m := _PERSON.search(text)) else None
    # a branch, not the country ("a courier app in Bangladesh" names no one's branch)
    place = next((p for p in facts.places if p.casefold() not in _COUNTRIES), None)
    if place and regex.search(
        rf"\b(?:parcel|package|order|it|box)\b[^.!?\n]{{0,25}}\b(?:was |got |reached |arrived )"
        rf"(?:in |at |to )?{regex.escape(place)}\b"
        # "my parcel reached my brother in Sylhet": whom it reached, and where they are
        rf"|\b(?:reached|delivered to|sent to|went to|got to)\s(?:my|our|his|her)\s\p{{L}}+"
        rf"\s(?:in|at)\s{regex.escape(place)}\b"
        # "Sent 3 parcels to my sister in Sylhet": where they went, not where the rider is
        rf"|\b(?:sent|send|sending|shipped|posted)\b[^.!?\n]{{0,30}}\bto\s(?:my|our|his|her)\s"
        rf"\p{{L}}+\s(?:in|at)\s{regex.escape(place)}\b",
        ctx.case.text,
        regex.I,
    ):  # "parcel was in Sylhet the next day": where the parcel went, not where the rider is
        place = None
    where = f" in {place}" if place else ""
    if who and who not in ("staff", "team") and m is not None and m[0].casefold() != who:
        return f"I'll pass this on to our {m[0].casefold()}{where}."  # "riders are on time"
    named = _NAMED.search(ctx.case.text)
    name = named["name"] if named else None
    if name and name not in facts.places and name.casefold() not in ctx.case.brand.casefold():
        return f"I'll make sure {name} hears this."
    if who and who not in ("staff", "team"):
        return f"I'll make sure our {who}{where} hears this."
    wish = the_wish(ctx.case.text).casefold()  # "add a way to pause my subscription" is no praise
    if facts.items and facts.items[0].casefold() not in wish:
        return f"So glad you're enjoying {own(facts.items[0])}."
    if ctx.case.source in ("appstore", "googleplay") and _APP_PRAISED.search(text):
        # an app review praising what the app does ("the live rider map", "ordering ahead")
        return "I'll pass this on to the team behind the app."
    if where:
        return f"I'll pass this on to the team{where}."
    if any(v.casefold() in text for v in (ctx.voice.dm_handle or "@", "support")):
        return "I'll pass this on to the support team."
    return "I'll pass this on to the whole team."


def praise(ctx: Ctx) -> Drafts:
    text = ctx.case.text.casefold()
    also = "And thank you for recommending us." if any(r in text for r in _RECOMMEND) else ""
    said = gripe(ctx.case.text)
    if not said and any(w.casefold() in _BUTS for w in ctx.reading.stance.because):
        said = gripe_after_but(ctx.case.text)  # "4 stars. But the app asks for an OTP ..."
    if not said and (ctx.reading.rating or 5) >= 4 and (but := gripe_after_but(ctx.case.text)):
        # "tracking is great ..., but the app logs me out every time. Fix that and it's 5
        # stars": the one gripe of a warm review, noted, where it names a fault of its own
        said = but if read(but, language=ctx.reading.language).problems else ""
    heard = f"And noted: “{said}”. I'll pass that on to the team." if said else ""
    if not said and wishes(ctx.case.text):  # "love the beans, I wish the app had dark mode"
        heard = _already(ctx) or f"And thanks for the idea: I'll pass it to {_team(ctx)}."
    kind = _praised(ctx)
    if heard and "pass this on" in kind:  # one "I'll pass that on" is enough
        kind = ""
    parts = [greet(ctx), f"Thank you{_stars(ctx)}!", kind, heard, also, sign(ctx)]
    return fit(parts, limit=ctx.case.limit, optional=(3, 4, 5)), None


_BUTS = frozenset({"but", "however", "though", "although", "except"})


# their own order or money went wrong: that is answered as theirs, not as a thread question
# "Ordered the Kenya and a grinder. Beans came, grinder didn't": the "I" left out
_ELIDED_I = rx.compile(
    r"^\W*(?:ordered|bought|got|paid|tried|booked|sent|subscribed|signed up|placed)\b", regex.I
)


def _told_of_self(text: str) -> bool:
    """The writer tells of their own order or account, not of someone else's."""
    return FIRST_PERSON.search(text) is not None or _ELIDED_I.search(text) is not None


FIRST_PERSON_FAULT = rx.compile(
    r"\bmy (?:order|parcel|package|refund|money|payout|account|card|subscription|delivery)\b"
    # "payouts have been slow for me lately": their own experience, not the thread's
    r"|\b(?:for|to) me\b(?= lately| recently| too| as well|,|\.| \(| this)",
    regex.I,
)


# a question put to the thread ("Ask HN: anyone integrated ...? pros and cons?"), not a report
_ASKS_THREAD = rx.compile(
    r"^\s*ask hn\b|\b(?:anyone (?:integrated|used|tried|using)|has anyone"
    r"|curious (?:about|whether|if)|pros and cons|pros ?/ ?cons|thoughts\?)",
    regex.I,
)


_TO_TEAM = rx.compile(
    r"\b(?:anyone (?:from|at|on) (?:the )?(?:team|company)"
    r"|(?:is|are) (?:there )?(?:anyone|someone) from"
    r"|how does \p{L}+ (?:handle|do|deal with|manage|work))\b",
    regex.I,
)


_DEV = rx.compile(r"\b(?:api|webhooks?|endpoints?|sdk|integrat\w*|json|graphql)\b", regex.I)
# "the confirmation email contained my new password in plain text": a password out already
PLAIN_PASSWORD = rx.compile(
    r"\bpasswords?\b[^.!?\n]{0,40}\b(?:in )?(?:plain ?text|clear ?text|unencrypted)\b"
    r"|\bplain ?text passwords?\b",
    regex.I,
)
SECURITY = rx.compile(
    r"\b(?:(?:no|without|zero|missing) auth(?:entication|orization)?|vulnerabilit\w*|security "
    r"(?:hole|flaw|issue|bug)|exploit(?:able)?|responsible disclosure|bug bounty|xss|sql "
    r"injection|idor|exposed (?:api|endpoint|database|bucket)|unauthenticated|enumerat\w*"
    r"|sequential (?:ids?|numbers?)|(?:api|endpoint) (?:returns?|exposes?|leaks?)"
    r"|elasticsearch|unsecured|open (?:database|instance|bucket|index)"
    # a password sent back or stored readably: "my password in plaintext", "not hashed"
    r"|(?:passwords?|credentials) (?:\w+ ){0,3}(?:in )?(?:plain ?text|clear ?text|unencrypted"
    r"|unhashed)|plain ?text passwords?|(?:not|isn'?t|aren'?t) (?:being )?(?:hashed|salted)"
    r"|stor\w* (?:\w+ ){0,3}reversibl\w*"
    # "change the number in the URL and you see other customers' names and addresses"
    r"|(?:chang\w*|increment\w*|edit\w*|swap\w*) the (?:number|id|order number|digits?) (?:in"
    r"|at the end of|on the end of) the (?:url|link|address bar)|other (?:customers|users|people)"
    r"(?:['’]s?)? (?:\w+ ){0,2}(?:names?|addresses|home address|details|data|e-?mails?"
    r"|phone numbers)"
    # "shows another customer's name and home address"
    r"|another (?:customer|user|person)['’]s (?:\w+ ){0,2}(?:name|address|home address|details"
    r"|data|e-?mail|phone number|order)\b(?=[^\n]{0,80}\b(?:url|link|page|number|id)\b)"
    # "change the number and you see someone else's name and stamp count"
    r"|(?:chang\w*|increment\w*|edit\w*|swap\w*) the (?:number|id|digits?)\b[^.!?\n]{0,30}"
    r"\b(?:see|get|shows?)\b[^.!?\n]{0,15}\b(?:someone|somebody|anyone|other)\b)\b",
    regex.I,
)


def _fact(ctx: Ctx) -> str | None:
    """The fact as it reads after "The facts:" ("our decaf is ...", not "Our decaf is ...")."""
    if not ctx.plan.fact:
        return None
    return _lowered(ctx.plan.fact.text)


def _lowered(text: str) -> str:
    text = text.rstrip(".")
    first = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if first in ("Our", "We", "You", "Your") else text


def rumour(ctx: Ctx) -> Drafts:
    fact = _fact(ctx)
    if fact is None:  # a claim no fact answers is left to a person (compose)
        return None, None
    if ctx.reading.flagged(FlagKind.HEALTH_SAFETY):
        return _health_claim(ctx, fact)
    if _FIRST_HAND.search(ctx.case.text):
        return _lived_claim(ctx, fact)
    if _STAFF_DID.search(ctx.case.text):
        return _conduct_claim(ctx, fact)
    # what someone may have done (a parcel opened) is not denied outright: how we guard
    # against it, and a way to tell us if it happened
    conduct = ctx.plan.fact is not None and "theft" in ctx.plan.fact.shared
    # "riders haven't been paid for 2 months" beside a closure rumour: the fact answers the
    # closure only; the pay claim is neither called inaccurate nor answered, but passed on
    unanswered = _labour_unanswered(ctx)
    opener = _opener(ctx, conduct=conduct, left_unanswered=unanswered)
    parts = [
        greet(ctx), opener, f"The facts: {fact}.", channel(ctx, then=_then(conduct)), sign(ctx),
    ]  # fmt: skip
    public = fit(parts, limit=ctx.case.limit, optional=(1, 4))
    alone = ctx.plan.fact.alone if ctx.plan.fact else None
    if alone and (opener not in public or public.endswith("…")):
        # both facts in fewer words: a short opener and a short way in
        short = [greet(ctx), opener.split(",", 1)[0] + ".", f"The facts: {fact}.",
                 f"Questions? {cap(way_in(ctx))}.", sign(ctx)]  # fmt: skip
        public = fit(short, limit=ctx.case.limit, optional=(4,))
    if alone and ctx.plan.fact and public.endswith("…"):
        # two facts do not fit a short post: the first, said whole, with its own opener
        alone_conduct = "theft" in ctx.plan.fact.alone_shared
        # a conduct claim left unanswered here is not called inaccurate with the rest
        parts[1] = _opener(ctx, conduct=alone_conduct, left_unanswered=conduct)
        parts[2] = f"The facts: {_lowered(alone)}."
        parts[3] = channel(ctx, then=_then(alone_conduct))
        public = fit(parts, limit=ctx.case.limit, optional=(1, 4))
    offline = "\n\n".join(p for p in (
        hello(ctx), f"You asked about “{_claim(ctx)}”. Here are the facts: {fact}.",
        "What you heard about how our people are paid or treated, I've passed to the people "
        "who can answer it, and I'll come back to you on it." if unanswered else "",
        "If you saw it somewhere in particular, tell me where and we'll answer it there too. "
        "Any other question, just reply to this message.", signature(ctx),
    ) if p)  # fmt: skip
    return public, offline


def _labour_unanswered(ctx: Ctx) -> bool:
    """A claim about how our people are paid or treated that the configured fact does not
    cover (the fact answers another claim in the post)."""
    shared = ctx.plan.fact.shared if ctx.plan.fact else frozenset()
    return ctx.reading.flagged(FlagKind.LABOUR_ETHICS) and not (
        {"labour", "strike", "tips"} & shared)  # fmt: skip


def _opener(ctx: Ctx, *, conduct: bool, left_unanswered: bool = False) -> str:
    """How a claim is met: how it really works (an FAQ's answer, or how parcels are guarded
    against what someone is said to have done), sympathy alone where such a claim goes
    unanswered beside another, else "that isn't accurate"."""
    if conduct or ctx.plan.fact_from_faq:
        return "Here's how it actually works, and I understand why it would worry you."
    if left_unanswered:
        return "I understand why that would worry you."
    return "That isn't accurate, and I understand why it would worry you."


def _then(conduct: bool) -> str:
    return "look into any parcel of yours that arrived opened" if conduct else (
        "answer any question you have")  # fmt: skip


# "I got 5 spam calls right after my delivery": the claim comes with what happened to them
_FIRST_HAND = rx.compile(
    r"\b(?:i'?m|we'?re|i am|we are) (?:now |still |suddenly |constantly )?getting\b"
    r"|\b(?:I|we)(?:'ve| have)? (?:just |then |now |since |already )?(?:got|gotten|received"
    r"|have had|had|keep getting|started getting|been getting|been receiving"
    r"|get|started receiving|start getting|start receiving|keep receiving)\b"
    r"(?! (?:told|it from|this from|a message saying))|\bhappened to me\b"
    # "...to advertisers?? got 3 spam calls right after my delivery": the "I" left out
    r"|(?:^|[.!?]\s*)(?:just |then |now )?(?:got|getting|received|receiving|been getting"
    r"|keep getting|started getting)"
    r" (?:\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|several|many"
    r"|loads of|so many) "
    # "Started getting spam calls the day after": what arrived, named
    r"|(?:^|[.!?]\s*)(?:and |then |now )?(?:started|been|keep|began) (?:getting|receiving) "
    r"(?:\p{L}+ )?(?:spam|calls|texts|sms|messages|e-?mails|ads|adverts)\b"
    # "after my Parcelly delivery the scam calls started": theirs, by what began
    r"|\b(?:calls|texts|messages|e-?mails|sms|spam|ads|adverts)\b (?:started|began|came|kept"
    r" coming)\b(?<=\b(?:after|since) my\b[^.!?\n]{0,60})"
    # "my phone rings with scam calls every evening": theirs, ringing
    r"|\bmy (?:phone|mobile|inbox) (?:rings|keeps ringing|is full|fills up|buzzes|blows up)\b",
    regex.I,
)


def _lived_claim(ctx: Ctx, fact: str) -> Drafts:
    """A claim beside something that happened to the writer: no "that isn't accurate" to
    someone with the calls on their phone. The rule is given, what happened to them is looked
    into, and a breach of the rule is something we want to hear about."""
    # "I got 5 spam calls right after my delivery": what they got, heard in their words
    got = _CALLS_GOT.search(ctx.case.text)
    calls = got["what"].casefold().replace(" sms", " texts") if got else ""
    # (no apology beside a claim: it would read as owning what is claimed)
    heard = f"Getting {calls} is unsettling." if got else "That sounds worrying."
    parts = [
        greet(ctx),
        heard,
        f"Our rule: {fact}.",
        f"If anyone broke it, we need to know: please {way_in(ctx)} with "
        f"{'the tracking' if ctx.voice.delivers_itself else 'your order'} number and I'll look "
        "into it.",
        sign(ctx),
    ]
    public = fit(parts, limit=ctx.case.limit, optional=(1, 4))
    if got and heard not in public:  # the calls they got outrank a second way in
        parts[3] = (
            f"If anyone broke it, we need to know: please {way_in(ctx, short=True)} with "
            f"{'the tracking' if ctx.voice.delivers_itself else 'your order'} number."
        )
        shorter = fit(parts, limit=ctx.case.limit, optional=(4,))
        if shorter.endswith("…"):  # the rule's first clause carries it
            parts[2] = f"Our rule: {fact.split(';')[0].strip()}."
            shorter = fit(parts, limit=ctx.case.limit, optional=(4,))
        public = public if shorter.endswith("…") else shorter
    text = ctx.case.text
    if _ADS.search(text) and not _CALLS.search(text):  # "now I get coffee ads everywhere"
        ask = ("your order number, the email address you order with, and where you've been "
               "seeing the ads")  # fmt: skip
        then = "I'll check what your details have been used for and tell you what I find."
    else:  # "5 spam calls right after my delivery": who contacted them
        ask = ("your order number and, if you have them, the numbers or messages you were "
               "contacted from")  # fmt: skip
        then = ("I'll look into your delivery and tell you what I find." if _DELIVERED.search(text)
                else "I'll look into it and tell you what I find.")  # fmt: skip
    if ctx.voice.delivers_itself:  # a courier's parcel is found by its tracking number
        ask = ask.replace("your order number", "the tracking number")
    offline = "\n\n".join(p for p in (
        hello(ctx), f"{_you_said(ctx)}, and told us what happened to you. Our rule: {fact}.",
        f"If someone broke that rule, I want to find out who. Could you send me {ask}? {then}",
        signature(ctx),
    ) if p)  # fmt: skip
    return public, offline


# "I got 5 spam calls right after my delivery", "getting scam texts since": what came to them
_CALLS_GOT = rx.compile(
    r"\b(?:got|get|getting|been getting|received|keep getting)\s+(?P<what>(?:\d+|two|three|four"
    r"|five|six|ten|dozens of|loads of|lots of|so many) (?:\p{L}+ )?(?:calls|texts|messages|sms)"
    r"|(?:spam|scam|loan|marketing|random) (?:calls|texts|messages|sms))\b",
    regex.I,
)
# contacted by phone: "spam calls", "texts from strangers" (a word like "advertisers" aside)
_CALLS = rx.compile(r"\b(?:calls?|called|calling|texts?|sms|messages?|whatsapp)\b", regex.I)
_ADS = rx.compile(r"\bads\b|\badverts?\b|\badvertis|\btargeted\b|\bnewsletters?\b", regex.I)
_DELIVERED = rx.compile(r"\bdeliver|\bparcel|\bpackage|\brider|\bcourier", regex.I)


def _you_said(ctx: Ctx) -> str:
    """ "You asked about “...?”" for a claim put as a question; "You wrote: “...”" for one
    stated ("So they sell your data to advertisers, great")."""
    claim = _claim(ctx)
    return f"You asked about “{claim}”" if "?" in claim else f"You wrote: “{claim}”"


# what people who work for us are said to have done ("riders are selling customers' numbers"):
# a rule can be stated, but whether someone broke it is not denied before it is checked
_STAFF_DID = rx.compile(
    r"\b(?:riders?|drivers?|couriers?|staff|employees?|workers?|baristas?|agents?)\b"
    r"[^.!?\n]{0,20}\b(?:are|is|were|was|keep|have been|has been)?\s?(?:selling|sell|sold"
    r"|sharing|share|shared|leaking|leak|leaked|stealing|steal|stole|opening|open|opened"
    r"|swapping|swap|swapped)\b",
    regex.I,
)


def _conduct_claim(ctx: Ctx, fact: str) -> Drafts:
    """A claim of what our people did: taken seriously, the rule given, and the cases asked
    for, with no "that isn't accurate" before anyone has looked."""
    parts = [
        greet(ctx),
        "That's a serious claim, and we'll look into it.",
        f"Our rule: {fact}.",
        f"If you know of a case, please {way_in(ctx)} and I'll look into it myself.",
        sign(ctx),
    ]
    public = fit(parts, limit=ctx.case.limit, optional=(1, 4))
    if _CONTACTED.search(_claim(ctx)):  # numbers sold: the calls are the evidence
        wanted = ("Could you send me the order number and, if you have them, the numbers the "
                  "calls or messages came from?")  # fmt: skip
    else:  # parcels opened, things stolen: which one, if it was theirs; where it was said
        wanted = ("If it happened to one of your own orders, could you send me its order or "
                  "tracking number? If you read it in a post, a link to it helps too.")  # fmt: skip
    offline = "\n\n".join(p for p in (
        hello(ctx), f"You told us about “{_claim(ctx)}”. We take that seriously. Our rule: {fact}.",
        f"If someone broke that rule, I want to find out who. {wanted} I'll look into it and "
        "tell you what I find.", signature(ctx),
    ) if p)  # fmt: skip
    return public, offline


# a claim that people were contacted with what we hold ("riders sell our numbers to scammers")
_CONTACTED = rx.compile(
    r"\b(?:numbers?|calls?|called|messages?|texts?|sms|spam|scam\w*|details|data|contacts?)\b",
    regex.I,
)


def _fit_or_shorter(
    ctx: Ctx, parts: list[str], shorter: dict[int, str], *, optional: tuple[int, ...]
) -> str:
    """The public draft as it is where it fits, else with the shorter wording of some parts."""
    public = fit(parts, limit=ctx.case.limit)
    if not public.endswith("…"):
        return public
    for at, words in shorter.items():
        parts[at] = words
    return fit(parts, limit=ctx.case.limit, optional=optional)


def _health_claim(ctx: Ctx, fact: str) -> Drafts:
    """Someone says people fell ill: no "that isn't accurate" before anyone has checked. The
    claim is taken seriously, the fact is given, and anyone affected is asked to come forward."""
    if not _ILL.search(ctx.case.text):
        # "someone on TikTok says the beans are full of toxins": nobody is ill, so no "if you
        # became ill" to spread the scare; the facts answer it, and a person checks first
        parts = [
            greet(ctx),
            "Thank you for asking: we take food safety seriously.",
            f"The facts: {fact}.",
            channel(ctx, then="answer any question you have"),
            sign(ctx),
        ]
        # the way in goes first where the facts run long, the signature last
        public = fit(parts, limit=ctx.case.limit, optional=(4, 1, 3))
    elif not _SUBSTANCE.search(ctx.case.text):
        # people made ill, and what made them ill is the claim: their being ill is heard first,
        # and no fact is quoted back at them (a passed inspection or a lab test reads as a
        # denial before anyone has checked)
        parts = [
            greet(ctx),
            "I hope everyone who was unwell is feeling better. We take anything about food "
            "safety seriously, and we're looking into it now.",
            f"If you or anyone who became ill can contact {_where(ctx)}, we'd like to follow it "
            "up with them personally.",
            sign(ctx),
        ]
        # the sympathy and a way in stay, in fewer words
        public = _fit_or_shorter(ctx, parts, {
            1: "I hope everyone who was unwell is better; we're looking into it now.",
            2: f"If anyone became ill, please contact {_where(ctx)}.",
        }, optional=(3,))  # fmt: skip
        offline = "\n\n".join(p for p in (
            hello(ctx), f"Thank you for telling us about “{_claim(ctx)}”. I hope everyone who "
            "was unwell is feeling better, and we're checking it now.",
            "If you can tell me who was ill, or ask them to write to me, we'd like to reach them "
            "directly and hear what happened.", signature(ctx),
        ) if p)  # fmt: skip
        return public, offline
    else:
        parts = [
            greet(ctx),
            "Thank you for flagging this. We take anything about food safety seriously, and "
            "we're looking into it now.",
            f"The facts: {fact}.",
            f"If you or anyone you know became ill, please contact {_where(ctx)} so we can "
            "follow it up personally.",
            sign(ctx),
        ]
        # the facts and a way in stay, in fewer words
        public = _fit_or_shorter(ctx, parts, {
            1: "We take this seriously and are looking into it.",
            3: f"If anyone became ill, please contact {_where(ctx)}.",
        }, optional=(1, 4))  # fmt: skip
    offline = "\n\n".join(p for p in (
        hello(ctx), f"Thank you for telling us about “{_claim(ctx)}”. We take this seriously and "
        "are checking it now.", f"What we can already say: {fact}.",
        "If you know where it was posted, or who was affected, please tell me: we'd like to "
        "reach them directly.", signature(ctx),
    ) if p)  # fmt: skip
    return public, offline


# what is claimed to be in the product ("pesticides", "mould toxins"): a fact answers that
_SUBSTANCE = rx.compile(
    r"\b(?:pesticid\w*|toxin\w*|toxic|chemical\w*|mou?ld\w*|additive\w*|solvent\w*"
    r"|carcinogen\w*|cancer\w*|radioactiv\w*|contamina\w*|heavy metals?|arsenic|lead|plastic"
    r"|microplastic\w*|glyphosate|aflatoxin\w*|ochratoxin\w*|torjunta-aine\w*|home\w*|kemikaal\w*"
    r"|myrkky\w*)\b|কীটনাশক|রাসায়নিক|বিষাক্ত",
    regex.I,
)
# someone is said to have been made ill, not only that something is unsafe
_ILL = rx.compile(
    r"\b(?:ill|sick|poison(?:ed|ing)|hospital\w*|vomit\w*|threw up|diarrh\w*|reaction|rash"
    r"|allergic|nause\w*|headaches?|migraines?|stomach|sairas\w*|sairastu\w*|oksen\w*"
    r"|myrkyty\w*|অসুস্থ\w*|হাসপাতাল\w*|বমি)\b",
    regex.I,
)


def _claim(ctx: Ctx) -> str:
    about = ctx.plan.fact.shared if ctx.plan.fact else frozenset()
    return key_sentence(ctx.case.text, about=about)


def _where(ctx: Ctx) -> str:
    v = ctx.voice
    return " or ".join(c for c in (v.support_email, v.support_phone) if c) or (
        v.dm_handle or "a direct message to us")  # fmt: skip


_OWN_SPAM = rx.compile(
    r"\b(?:getting|started getting|receiving|been getting|keep getting|got)"
    r" (?P<what>(?:\p{L}+ ){0,2}?(?:spam|scam|marketing|loan|unknown|promo)\p{L}* (?:calls|texts"
    r"|messages|sms|whatsapps))",
    regex.I,
)


def press(ctx: Ctx) -> Drafts:
    """On the record and short: no facts quoted in public (a fact that no longer holds,
    quoted to a journalist, is worse than none); the note to the writer carries them."""
    brand, fact = ctx.case.brand, _fact(ctx)
    sig = f"– {ctx.voice.signature}" if ctx.owner else ""
    if ctx.plan.stance == "request":
        return _comment(ctx, fact, sig)
    if (
        fact
        and ctx.plan.fact
        and ctx.plan.fact.shared
        and (ctx.plan.critical or _HEARSAY_REPORTED.search(ctx.case.text))
    ):
        # a report of what the brand's verified facts answer ("in talks to sell"): the fact,
        # on the record, and no "will share a statement" that half-confirms it
        parts = [f"For the record: {fact}.",
                 f"Questions from the press are welcome at {_where(ctx)}.", sig]  # fmt: skip
    elif ctx.plan.critical and ctx.reading.flagged(FlagKind.LABOUR_ETHICS):
        # a story about how our people are treated: a statement to come, and no "anyone
        # affected can reach us" that makes it a customer-service case
        parts = [f"{brand} has seen this report and will share a statement on it shortly.",
                 f"Questions from the press are welcome at {_where(ctx)}.", sig]  # fmt: skip
    elif ctx.plan.critical:
        # (a deal reported by "people familiar" hurts nobody: no "anyone affected")
        reach = "Anyone affected can reach us" if _hurts(ctx) else (
            "Customers with questions about the change can reach us" if _priced(ctx)
            else "Questions from the press are welcome")  # fmt: skip
        parts = [f"{brand} has seen this report and will share a statement on it shortly.",
                 f"{reach} at {_where(ctx)}.", sig]  # fmt: skip
    else:
        parts = [f"Thank you for covering {brand}.",
                 f"Questions for the team are welcome at {_where(ctx)}.", sig]  # fmt: skip
    public = fit(parts, limit=ctx.case.limit, optional=(2,))
    me = ctx.voice.signature or f"the {brand} team"
    offline = "\n\n".join(p for p in (
        hello(ctx), f"I'm {me}. " + (
            f"I read your piece, “{key_sentence(ctx.case.text)}”." if ctx.plan.critical or fact
            else f"Thank you for your piece, “{key_sentence(ctx.case.text)}”."),
        f"Here is what we can say on the record: {fact}." if fact else (
            "I'd like your readers to have the full picture: I can give you a statement and "
            "answer your questions for an update." if ctx.plan.critical else
            "If a comment from the team, photos or facts would help a follow-up, just ask."),
        "" if ctx.reading.flagged(FlagKind.LABOUR_ETHICS) and not fact else
        f"Readers who were affected can reach us at {_where(ctx)}." if ctx.plan.critical and (
            not fact) and _hurts(ctx) else
        f"Customers with questions about the change can reach us at {_where(ctx)}." if (
            _priced(ctx)) else (
            f"Readers with questions can reach us at {_where(ctx)}."), signature(ctx),
    ) if p)  # fmt: skip
    return public, offline


def _priced(ctx: Ctx) -> bool:
    """A report of a price or a rule changed ("raises Club subscription price"): news for
    customers, hurting no one."""
    return bool(ctx.reading.problems) and all(p.kind in OPINIONS for p in ctx.reading.problems)


def _hurts(ctx: Ctx) -> bool:
    """A report of something that hurt people (a fault, a strike, a recall), not of a deal or
    a price change."""
    return (
        bool(ctx.reading.flags)
        or (bool(ctx.reading.problems) and not _priced(ctx))
        or ctx.plan.stance in ("complaint", "mixed")
        or (ctx.reading.sentiment or 0) <= -0.3
    )


# a report of what is said, not what is known: "reportedly", "sources say"
_HEARSAY_REPORTED = rx.compile(
    r"\b(?:reportedly|allegedly|sources (?:say|said|claim)|according to (?:sources|people|"
    r"reports)|rumou?r\w*|is said to|are said to|unconfirmed|speculat\w*)\b",
    regex.I,
)
_WHEN_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight)"
_CLOCK = r"\d{1,2}(?:[:.]\d\d(?: ?[ap]\.?m\.?)?| ?[ap]\.?m\.?)"
# "comment before Monday evening?", "by 3pm tomorrow": when the reporter needs it, as they say it
_PRESS_WHEN = rx.compile(
    rf"\b(?:before|by|until)\s+(?P<when>(?:(?:this|next)\s+)?{_WHEN_DAYS}"
    rf"(?:\s+(?:morning|afternoon|evening|night|noon|at\s+{_CLOCK}|{_CLOCK}))?"
    rf"|{_CLOCK}(?:\s+(?:today|tomorrow|tonight|on\s+{_WHEN_DAYS}|{_WHEN_DAYS}))?"
    r"|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:day|today|tomorrow|the\s+week))(?!\w)",
    regex.I,
)


def _press_due(text: str) -> str:
    """ " before Monday evening" (their words), " before your deadline", or ""."""
    m = _PRESS_WHEN.search(text)
    if m is not None:
        when = " ".join(m["when"].split()).rstrip(".")
        day = regex.match(r"(?:(?:this|next) )?(\w+)", when, regex.I)
        if day is not None and day[1].casefold() in _DAYS:
            start = day.start(1)
            when = when[:start] + day[1].capitalize() + when[day.end(1) :]
        return f" before {when}"
    return " before your deadline" if "deadline" in text.casefold() else ""


def _comment(ctx: Ctx, fact: str | None, sig: str) -> Drafts:
    """A reporter asks for the brand's side: say it is coming and where to reach us; the
    comment itself is written and signed off by a person, never drafted here."""
    due = _press_due(ctx.case.text)
    me = ctx.voice.signature or f"the {ctx.case.brand} team"
    v = ctx.voice
    ways = (f"email {v.support_email}" if v.support_email else "",
            f"call {v.support_phone}" if v.support_phone else "")  # fmt: skip
    reach = " or ".join(x for x in ways if x)
    send = (
        f"Please {reach or 'send us a direct message'} so we can send it to you directly."
        if not (DMS_OPEN.search(ctx.case.text) and v.dm_handle)
        else f"We'll send it to your DMs from {v.dm_handle}."
    )
    parts = [f"Thanks for asking {ctx.case.brand} for a comment. We'll get one to you{due}.",
             send, sig]  # fmt: skip
    offline = "\n\n".join(p for p in (
        hello(ctx), f"I'm {me}. Thank you for asking {ctx.case.brand} for a comment.",
        f"I'm getting an answer from the team, signed off, and will send it to you{due}.",
        f"What we can already say on the record: {fact}." if fact else "",
        "If you have specific questions or need figures, send them to me here.", signature(ctx),
    ) if p)  # fmt: skip
    return fit(parts, limit=ctx.case.limit, optional=(1,)), offline


def _first(ctx: Ctx) -> str:
    return clause(ctx.plan.problems[0], ctx.reading, ctx.case.text, source=ctx.case.source)


def _ref_as_said(text: str, ref: str) -> str:
    """ "case #55012", "ticket 4410", "PCL-881": a reference as the post names it."""
    label = ref_label(text, ref)
    if label is not None and label[0] in ("merchant", "seller", "shop"):
        return f"{label[0]} ID {ref}"  # "Merchant ID M-20417": "your merchant ID M-20417"
    if label is None or label[0] not in ("ticket", "case", "reference", "ref", "order"):
        return ref
    return f"{label[0]} {label[1]}{ref.lstrip('#')}"


def _each(ctx: Ctx) -> str:
    """Every problem of a post that lists several (up to three; four where the platform has
    room for them), each said back."""
    problems = ctx.plan.problems[: 3 if ctx.short else 4]
    single = len(problems) == 1
    said = [clause(p, ctx.reading, ctx.case.text, single=single, source=ctx.case.source)
            for p in problems]  # fmt: skip
    said = [s for s in dict.fromkeys(said) if not any(g in s for g in GENERIC)] or said[:1]
    if len(said) < 3:
        return " and ".join(said)
    return f"{', '.join(said[:-1])}, and {said[-1]}"


_API = rx.compile(r"\bapi\b", regex.I)
# "Show HN: a Python client for their API", "I built a wrapper": something made on our API
_BUILT = rx.compile(
    r"\bshow hn\b|\bi (?:built|made|wrote|open[- ]sourced)\b|\b(?:open[- ]source|unofficial) "
    r"(?:\p{L}+ )?(?:client|library|sdk|wrapper|package|plugin|integration)\b",
    regex.I,
)


# praise said in so many words, not a "works, but ..."
_KIND = rx.compile(
    r"\b(?:love|loving|great|amazing|awesome|excellent|brilliant|fantastic|superb|best|nice"
    r"|impressed|thanks|thank you|kudos)\b",
    regex.I,
)


def _failing(ctx: Ctx) -> bool:
    """A problem that is a failing, not an opinion of the price or a rule ("feels steep"), nor
    a vague unease no failing is named in ("not sure if I can pause it when I travel")."""
    return any(p.kind not in OPINIONS and _named(p) for p in ctx.plan.problems)


def own_case(ctx: Ctx) -> bool:
    """A thread post about the writer's own order, account or payout ("I was charged twice on
    the 1st ... Anyone else having this?"): answered in the thread, and the message they will
    send us drafted as for any complaint. A developer's or a security thread stays in the
    open."""
    if ctx.plan.stance not in ("complaint", "mixed") or not _failing(ctx):
        return False
    if _DEV.search(ctx.case.text) or SECURITY.search(ctx.case.text):
        return False
    refs = ctx.reading.facts.references
    return _own_failing(ctx) and (bool(refs) or _told_of_self(ctx.case.text))


def _named(p: Problem) -> bool:
    """A problem whose failing is named: a kind of its own, or words behind an "other"."""
    return p.kind is not ProblemKind.OTHER or bool(p.because)


# a question about how something holds up, which only its users can answer
_IN_PRACTICE = rx.compile(
    r"\bin (?:practice|production|real life|the real world)\b|\bhow (?:reliable|stable|solid"
    # "how reliable their status webhooks are"
    r"|dependable|robust|accurate) (?:\p{L}+ ){0,4}(?:are|is)\b|\bexperiences?\s*\?"
    # "curious about webhook reliability and how good the docs are"
    r"|\b(?:reliability|uptime|stability)\b|\bhow good (?:the|their|its) \p{L}+ (?:are|is)\b"
    # "are the status webhooks reliable?"
    r"|\b(?:are|is) (?:the |their |its |your )?(?:\p{L}+ ){0,2}(?:reliable|stable|dependable"
    r"|robust|accurate)\s*\?",
    regex.I,
)


# "wondering ... and whether they retry on 5xx": a yes-or-no fact about how it works
_WHETHER = rx.compile(
    r"\b(?:whether|if) (?P<q>(?:they|it|the (?:\p{L}+ )?(?:webhooks?|api|endpoints?|callbacks?))"
    r" (?P<verb>\p{L}{3,})\b[^.?!\n,;]{0,40})",
    regex.I,
)


def _whether_unanswered(text: str, answer: str) -> str | None:
    """The "whether ..." a developer asks that the FAQ answer never speaks to, as written."""
    m = _WHETHER.search(text)
    if m is None:
        # "and is there a sandbox?": a thing asked after, that the answer never names
        if (there := _IS_THERE.search(text)) and there["what"].casefold()[:5] not in (
            answer.casefold()
        ):
            return f"there's {there['q'].strip()}"
        return None
    if m["verb"].casefold()[:5] in answer.casefold():
        return None
    return m["q"].strip()


_IS_THERE = rx.compile(
    r"\b(?:is there|do (?:you|they) (?:have|offer)|does (?:it|the api) (?:have|offer))"
    r" (?P<q>(?:an? |any )(?:\p{L}+ )?(?P<what>\p{L}{4,}))\s*\?",
    regex.I,
)


_VERSUS = rx.compile(r"\bvs\.?\s|\bversus\b|\bcompared (?:to|with)\b", regex.I)
# "does it make a big difference or is it snob tax?": a verdict asked, not a fact
_DIFFERENCE = rx.compile(
    r"\bmakes? (?:a |any )?(?:big |real |huge |much )?difference\b|\bsnob tax\b"
    r"|\bworth the (?:hype|price|extra|premium)\b",
    regex.I,
)
_WORTH = rx.compile(
    r"\bworth (?:it|the money|paying)\b|\bany good\b"
    r"|\bworth (?:~|about |around |the )?[€$£৳]? ?\d",  # "is it worth ~€24 a month?"
    regex.I,
)
_CAPITAL = rx.compile(r"\b\p{Lu}[\p{L}-]+")
_CHOOSING = rx.compile(
    r"\b(?:choos(?:e|ing)|decid(?:e|ing)|pick(?:ing)?|torn) between\b",
    regex.I,
)


_WHY_Q = rx.compile(r"^\s*why\b[^?]{10,120}\?$", regex.I)


def _why_asked(text: str) -> str | None:
    """The "why ...?" a thread puts to the brand, as written; None where it asks none."""
    return next((q.strip() for q in questions(text) if _WHY_Q.match(q.strip())), None)


def _weighs_the_brand(ctx: Ctx) -> bool:
    """ "Is Northwind Coffee actually worth it?": the brand itself is weighed, not one of its
    products by name ("is the Northwind Club worth it?"); the verdict is the thread's."""
    own = {w.casefold() for w in ctx.case.brand.split()}
    named = {w.casefold() for w in _CAPITAL.findall(ctx.case.text)}
    if (
        _CHOOSING.search(ctx.case.text)
        and own & named
        and named - own
        and not _IN_PRACTICE.search(ctx.case.text)  # how it holds up: the thread's, with a pointer
    ):
        return True  # "trying to choose between Parcelly, Pathao and RedX": theirs to weigh
    for asked in questions(ctx.case.text):
        if not _WORTH.search(asked):
            continue
        named = {w.casefold() for w in _CAPITAL.findall(asked)[1:]}  # not the first word
        # "is the Northwind subscription worth it?" weighs the subscription, not the brand
        product = asked_about(asked) - {"price"}
        if named & own and not named - own and not product:
            return True
        # "Northwind vs Paulig ... which one is actually worth it?", "is the Club worth it vs
        # just buying Paulig?": the brand weighed against others, the thread's verdict
        if _VERSUS.search(ctx.case.text) and own & {w.casefold() for w in _CAPITAL.findall(
                ctx.case.text)}:  # fmt: skip
            return True
    return False


_NO_TIE = rx.compile(
    r"\bwith no (?:fee|charge)s? and no minimum term\b|\bwith no minimum term\b", regex.I
)


def _second_answer(ctx: Ctx) -> Match | None:
    """Another FAQ entry that answers a part of the thread's post on its own ("wondering about
    reliability and how fast COD settlement really is": the payout entry), not the pointer."""
    first = ctx.plan.answer
    if first is None:
        return None
    for part in _PARTS.split(ctx.case.text):
        if not _FACT_ASKED.search(part):  # "how fast", "how long", "when": a fact they want
            continue
        found = best_answer(part, ctx.voice.faq, language=ctx.plan.language, brand=ctx.case.brand)
        if (
            found is not None
            and found.question != first.question
            and not found.partial
            and found.text not in first.text  # two entries given together already
        ):
            return found
    return None


_FACT_ASKED = rx.compile(
    r"\bhow (?:fast|long|quick(?:ly)?|soon|much|often)\b|\bwhen (?:do|does|will|are|is)\b", regex.I
)
_PARTS = rx.compile(r"(?<=[.?!])\s+|\band\b|\bbut\b", regex.I)


def _what_goes_in(ctx: Ctx) -> str | None:
    """A configured fact on where the product comes from, for a thread weighing the brand."""
    fact = next((f for f in ctx.voice.facts if "sourcing" in f.topics), None)
    return _lowered(fact.text) if fact else None


_WONDERING = rx.compile(
    r"[^.!?\n]*\b(?:wondering|curious|worried|concerned|asking) about\b[^.!?\n]*", regex.I
)


def _only_asked_about(ctx: Ctx) -> bool:
    """ "How reliable are the webhooks in practice, any duplicated events?", "wondering about
    rate limits": faults asked about before using it, not found; nothing to pass on."""
    text = ctx.case.text
    asked = " ".join([*questions(text), *(m[0] for m in _WONDERING.finditer(text))]).casefold()
    words = [b for p in ctx.plan.problems for b in p.because]
    return bool(words) and all(w.casefold() in asked for w in words)


# a gap in the docs, named: "the rate limits aren't documented anywhere", "undocumented
# retry behaviour"
_UNDOCUMENTED = rx.compile(
    r"\b(?P<what>(?:the |your |its )?[\p{L}-]+(?: [\p{L}-]+)?) (?:(?:aren'?t|isn'?t|are not|is not"
    r"|not|never) (?:\p{L}+ )?documented|(?:are|is) (?:completely |totally |still )?undocumented)\b"
    r"|\bundocumented (?P<what>(?:[\p{L}-]+ )?(?:limits?|behaviou?r|errors?|codes?|fields?"
    r"|endpoints?|parameters?|headers?|events?|retries))\b"
    # "I can't find rate limits anywhere": looked for in the docs, not there
    r"|\b(?:can'?t|cannot|could ?n'?t) find (?:the |any )?(?P<what>(?:[\p{L}-]+ )?(?:limits?"
    r"|retr(?:y|ies)|behaviou?r|errors?|codes?|fields?|endpoints?|parameters?|headers?|events?))"
    r" (?:anywhere|documented|in the docs)\b",
    regex.I,
)
_DOCS = rx.compile(r"\b[\w-]+\.[\w.-]+/[\w/-]*(?:docs?|developers?|api)[\w/-]*", regex.I)


def _api_fault(ctx: Ctx) -> str:
    """A fault in the API, reported in the open: the people who run it, in the open; a client
    someone built on it is thanked first."""
    built = "Thanks for building this and sharing it. " if _BUILT.search(ctx.case.text) else (
        "Thanks for raising this in the open. ")  # fmt: skip
    ours = "our API" if _API.search(ctx.case.text) else "it"
    return (f"{built}I've passed what you found to the people who build {ours}, and we'll "
            "come back to this thread with what we find.")  # fmt: skip


def community(ctx: Ctx) -> Drafts:
    who = f"{ctx.owner} from {ctx.case.brand}" if ctx.owner else f"The {ctx.case.brand} team"
    fact, answer = _fact(ctx), ctx.plan.answer
    weighed = _weighs_the_brand(ctx)
    # "is the Club worth it vs Paulig?": the terms that let them try it, where the FAQ has them
    terms = _NO_TIE.search(answer.text) if weighed and answer is not None else None
    # "... thoughts? Can you pause it when you travel?": that question is still answered
    also_asked = (
        answer if weighed and answer is not None and asked_in(ctx.case.text, answer, plainly=True)
        else None
    )  # fmt: skip
    if weighed:  # how the Club pauses is no answer to whether the coffee is worth its price
        answer = None
    if (
        answer is not None
        and not asked_in(ctx.case.text, answer)
        and not (_WORTH.search(ctx.case.text) and answer.question is not None)
        # "would be nice if they offered even a read-only API": the wish is what's asked
        and not is_idea(ctx.case.text, ctx.reading)
    ):
        # "unit economics at 60-120 tk a delivery?" is not the delivery-hours FAQ; "is the
        # Club worth it?" is answered by how the Club works, for the thread to weigh
        answer = None
    if SECURITY.search(ctx.case.text):
        # a hole reported in the open: thanks, the people who fix it, and no brush-off
        late = any(p.kind is ProblemKind.NO_RESPONSE for p in ctx.plan.problems) or bool(
            NO_ANSWER_SAID.search(ctx.case.text)
        )  # "reported it two weeks ago, nothing back"
        # a password sent back readably is out already: theirs to change, not to hide
        keep = ("If you haven't yet, please change that password" if PLAIN_PASSWORD.search(
            ctx.case.text) else "Until we've checked and fixed it, please keep the details "
            "out of the thread")  # fmt: skip
        middle = ("Thank you for reporting this" + (", and I'm sorry your report went "
                  "unanswered" if late else "") + ". I've passed it to the people who look "
                  f"after our systems as a priority. {keep}; we'll follow up here once it's "
                  "done.")  # fmt: skip
        parts = [f"{who} here.", middle, channel(ctx, then="put you in touch with them directly")]
        return fit(parts, limit=ctx.case.limit), None
    # "how reliable are the webhooks in practice?": what the FAQ says the API does is no
    # answer to how it holds up; it is given as a pointer, the verdict left to users
    # (the entry the post's topics find is the pointer, even where the thread asks users)
    in_practice = ctx.plan.answer is not None and _IN_PRACTICE.search(ctx.case.text) is not None
    if in_practice:
        answer = None
    # a developer's thread whose faults are only asked about, not found: nothing to pass on
    dev = bool(_DEV.search(ctx.case.text))
    asked_only = dev and _only_asked_about(ctx)
    fault = _failing(ctx) and bool(ctx.plan.problems) and dev and not asked_only
    if ctx.plan.stance == "rumour" and fact and (calls := _OWN_SPAM.search(ctx.case.text)):
        # "started getting spam calls the week I used them ... selling our numbers?": what
        # they are going through is heard, the claim answered, and a way to have it checked
        what = calls["what"].casefold()
        middle = (f"I'm sorry you're getting {what}; that's unsettling. To set the record "
                  f"straight: {fact}. If you think your number got out through us, send me the "
                  f"{'tracking' if ctx.voice.delivers_itself else 'order'} number and I'll have "
                  "that order checked.")  # fmt: skip
    elif ctx.plan.stance == "rumour" and fact:
        middle = f"To set the record straight: {fact}."
    elif weighed and not _failing(ctx):
        goes_in = _what_goes_in(ctx)
        middle = (
            "I work here, so I'm not neutral: I'll leave the verdict to people who've "
            "used us."
            + (f" What I can tell you is that {goes_in}." if goes_in else "")
            + (
                f" To your question: {after_colon(sentence(also_asked.text))}"
                if also_asked
                # (the fee the FAQ waives is the one for changing or stopping, not the price)
                else " There's no fee to pause or cancel and no minimum term, so you can stop "
                "whenever you like."
                if terms and regex.search(r"\b(?:fee|charge)", terms[0])
                else " There's no minimum term, so you can stop whenever you like."
                if terms
                else ""
            )
        )
    elif dev and (gap := _UNDOCUMENTED.search(ctx.case.text)):
        # "the rate limits aren't documented anywhere": a gap in the docs, said so, filled in
        # the open; where the docs live, as configured
        what = gap["what"].casefold()
        what = what if what.startswith(("the ", "your ", "its ")) else f"the {what}"
        what = regex.sub(r"^(?:your|its) ", "our ", what)
        they = "them" if plural(what) else "it"
        docs = _DOCS.search(ctx.plan.answer.text) if ctx.plan.answer is not None else None
        where = f" at {docs[0]}" if docs else ""
        kind = ("Thanks for building this and sharing it. You" if _BUILT.search(ctx.case.text)
                else "Thanks for the kind words, and you" if ctx.plan.stance == "mixed"
                else "You")  # fmt: skip
        middle = (f"{kind}'re right: {what} should be in our "
                  f"documentation{where}. I've asked the people who build our API to add {they},"
                  f" and we'll post {they} in this thread.")  # fmt: skip
    elif fault and (answer is None or not asked_in(ctx.case.text, answer, plainly=True)):
        # webhooks out of order, a missing idempotency key: a fault in the API, reported in
        # the open, is heard as one, not answered with what the FAQ says the API offers
        middle = _api_fault(ctx)
    elif in_practice and ctx.plan.answer is not None:
        pointer = after_colon(sentence(ctx.plan.answer.text))
        middle = ("I work here, so I'll leave how it holds up in practice to the people using "
                  f"it. For reference: {pointer}")  # fmt: skip
        if (unsaid := _whether_unanswered(ctx.case.text, ctx.plan.answer.text)) is not None:
            # "... and whether they retry on 5xx": a fact we owe them, not the thread's verdict
            middle += (f" On whether {unsaid}: I've asked the people who build it, and we'll "
                       "answer that in this thread.")  # fmt: skip
        elif (second := _second_answer(ctx)) is not None:
            # "... and how fast COD settlement really is": another entry answers that part
            middle += f" On your other question: {after_colon(sentence(second.text))}"
    elif (
        answer is not None
        and ctx.plan.stance == "question"
        and asked_in(ctx.case.text, answer, plainly=True)
    ):
        # "do they ship to Germany?": the plain no before where we do ship
        no = _not_there(ctx.case.text, answer.text)
        middle = f"{no} {sentence(answer.text)}".strip()
        if _ASKS_THREAD.search(ctx.case.text):  # "pros/cons from anyone using them?"
            middle = f"I work here, so I'm not neutral. In case it helps: {after_colon(middle)}"
        if answer.partial:  # "... and how returns are handled": not in the FAQ, not guessed
            middle += " The rest I'm asking the team about, and we'll answer it in this thread."
    elif ctx.plan.stance == "question" or (
        "?" in ctx.case.text and (not _failing(ctx) or _ASKS_THREAD.search(ctx.case.text))
    ):
        middle = ("I work here, so I'm not neutral, but I'm happy to answer anything about how "
                  "we work in this thread.")  # fmt: skip
        if _ASKS_THREAD.search(ctx.case.text) or _TO_TEAM.search(ctx.case.text):
            # a question put to us in the open: the people who know answer it in the open
            middle = ("I work here, so I'm not neutral. Fair question, and it deserves a real "
                      "answer rather than a vague one: I'm asking the people who work on this to "
                      "reply in this thread.")  # fmt: skip
        if _DEV.search(ctx.case.text):  # no guessing at what an API does or will do
            middle = ("I work here, so I'm not neutral, and I'd rather not guess on this one: "
                      "I'm asking the people who build it to answer in this thread.")  # fmt: skip
        if answer is None and (why_asked := _why_asked(ctx.case.text)):
            # "Why does a coffee ordering app need background location?": that question, taken
            # to the people who can answer it, in the open (never "happy to answer anything"
            # with nothing answered)
            ours = "the app" if regex.search(r"\bapp\b", ctx.case.text, regex.I) else "this"
            middle = (f"I work here, so I'm not neutral. It's a fair question (“{why_asked}”), "
                      f"and I've asked the people behind {ours} to answer it in this "
                      "thread.")  # fmt: skip
        if answer is not None:  # what the thread turns on, where the FAQ has it
            said = after_colon(sentence(answer.text))
            middle = f"I work here, so I'm not neutral. In case it helps: {said}"
        # (several failings told of their own: each said back, not the first alone)
        first = (_each(ctx) if len(ctx.plan.problems) > 1 and _told_of_self(ctx.case.text)
                 else _first(ctx)) if _failing(ctx) else ""  # fmt: skip
        if first and not any(g in first for g in GENERIC) and not _DEV.search(ctx.case.text):
            # "payouts are fast but the rider no-shows on pickups are annoying. thoughts?":
            # the failing they name is heard, the verdict left to the thread
            what = "comparison" if _VERSUS.search(ctx.case.text) else "verdict"
            middle = (f"I work here, so I'm not neutral, and I'll leave the {what} to people "
                      f"who've used us. But I'm sorry to read that {first}"
                      + (": I'd like to put it right myself." if _told_of_self(ctx.case.text)
                         else ": if that's you, I'd like to put it right myself."))  # fmt: skip
    elif (
        answer is not None
        and "?" in ctx.case.text
        and not FIRST_PERSON_FAULT.search(ctx.case.text)
        # "my COD payouts have been taking 5-6 days ... is it just me?": their own, heard
        and not (_failing(ctx) and _own_failing(ctx))
    ):
        # "does anyone know if they have a public API? their docs page 404s": the question
        # answered, the snag noted
        said = after_colon(sentence(answer.text))
        # the snag noted only where there is one ("is it worth it?" flags nothing)
        noted = " Thanks for flagging the rest; I've passed it on." if _failing(ctx) else ""
        middle = f"In case it helps: {said}{noted}"
    elif ctx.plan.problems and (why_q := _why_asked(ctx.case.text)):
        # "why does a coffee app need background location?": the thread's question, taken
        # to the people who can answer it, in the open, beside the fault it caused them
        ours = "the app" if regex.search(r"\bapp\b", ctx.case.text, regex.I) else "this"
        first = _first(ctx)
        sorry = ("Thanks for raising this in the open." if any(g in first for g in GENERIC)
                 else f"Sorry to read that {first}.")  # fmt: skip
        middle = (f"{sorry} It's a fair question (“{why_q}”), and I've asked the people behind "
                  f"{ours} to answer it in this thread.")  # fmt: skip
    elif ctx.reading.flagged(FlagKind.HEALTH_SAFETY) and any(
        p.kind is ProblemKind.FOOD_SAFETY for p in ctx.plan.problems
    ):  # "both got sick after oat lattes at the café ... Anyone else?": how they are first,
        # the café checked, and anyone else who was ill asked to say so (no "put it right")
        first = _first(ctx)
        heard = (f"I'm so sorry {first}." if not any(g in first for g in GENERIC)
                 else "I'm so sorry you were ill.")  # fmt: skip
        both = "both " if regex.search(r"\bboth\b|\band I\b|\bme and my\b", ctx.case.text,
                                        regex.I) else ""  # fmt: skip
        middle = (f"{heard} I hope you're {both}feeling better. I'm taking this to the people in "
                  "charge of that café today, and if anyone else who had food or drink there "
                  "was ill, please tell us.")  # fmt: skip
    elif _failing(ctx) and not any(g in _first(ctx) for g in GENERIC):
        # their own booking or their own "my ...": it was them, not someone in the thread
        own = bool(ctx.reading.facts.references) or _told_of_self(ctx.case.text)
        middle = f"Sorry to read that {_each(ctx) if own else _first(ctx)}. " + (
            "I'd like to put it right myself." if own else
            "If it was you, I'd like to put it right myself.")  # fmt: skip
    elif ctx.plan.problems and dev and not asked_only:
        middle = _api_fault(ctx)
    elif ctx.plan.problems:
        why = tuple(b for p in ctx.plan.problems for b in p.because)
        said = key_sentence(ctx.case.text, naming=why)
        middle = (f"Thanks for raising this in the open. I'm looking into what you describe "
                  f"(“{said}”) and will come back to this thread with what we find.")  # fmt: skip
    elif answer is not None and is_idea(ctx.case.text, ctx.reading):
        # "would be nice if they offered even a read-only API": where things stand, from the
        # FAQ, and the wish passed on
        said = after_colon(sentence(answer.text))
        middle = f"Thanks for the idea. Where things stand: {said} I'll pass it to {_team(ctx)}."
    elif ctx.plan.stance == "praise":
        middle = "Thanks for the kind words; I'll pass them on to the team."
        if (but := gripe_after_but(ctx.case.text)) and _DEV.search(ctx.case.text):
            # "the webhooks were reliable, but the docs were thin on error codes": the praise
            # thanked, the snag noted for the people who build it
            middle = (f"Thanks for the kind words, and noted: “{but}”. I'll pass that to "
                      f"{_team(ctx)}.")  # fmt: skip
        if wishes(ctx.case.text):  # "surprisingly nice API. Wish they had webhooks though"
            kind = "the kind words, and for " if _KIND.search(ctx.case.text) else ""
            middle = f"Thanks for {kind}the idea: I'll pass it to {_team(ctx)}."
    else:
        middle = "Happy to answer questions about how we work in this thread."
    # the answers stay in the thread; only someone's own order or account goes private
    refs = ctx.reading.facts.references
    named = any(_named(p) for p in ctx.plan.problems)
    mine = named and (bool(refs) or _told_of_self(ctx.case.text))
    # "them" are the people asked to answer; an answer given needs nobody put in touch
    handed = dev and "the people who" in middle
    then = ("put you in touch with them if you'd rather talk directly" if handed
            else "put you in touch with the people who build it" if asked_only
            else f"sort {'these' if len(ctx.plan.problems) > 1 else 'this'} out with you"
            if mine else "help with anything about your own order" if _failing(ctx)
            else "answer anything you'd rather not ask here")  # fmt: skip
    ask = f"your {_ref_as_said(ctx.case.text, refs[0])}" if mine and len(refs) == 1 else ""
    parts = [f"{who} here.", middle, channel(ctx, ask=ask, then=then)]
    return fit(parts, limit=ctx.case.limit), None


_SHIP_TO = rx.compile(
    # "does anyone know if Northwind Coffee ships to Germany?" asks the same
    r"\b(?i:do|does|can|will|if|whether) "
    r"(?i:you|you guys|u|u guys|ya|I|we|@\w+|\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?) "
    r"(?i:ship|deliver|send|post|do (?:cash on delivery|cod))\w* "
    # "do u guys ship to germany??": a country in lower case is still the country
    # "send a parcel from Dhaka to Rajshahi": where it goes, past where it starts
    r"(?:[\w-]+ ){0,5}?to (?:the )?(?P<place>\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?|\p{Ll}{4,}\b)"
    # "how much to send a 3kg parcel to Barishal?": a price asked for a place
    r"|\b(?i:how much|what(?:'s| is| does it cost)|cost|price) (?i:to|for|of) (?i:send|ship"
    r"|deliver|post)\w* (?:[\w-]+ ){0,5}?to (?:the )?"
    r"(?P<place>\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)",
)


# countries by their English names: "do you ship to Tallinn?" names a city, which a list of
# countries can't rule out (Tallinn is in Estonia), so only a country not in the answer is a no
_COUNTRIES = frozenset(
    """afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
    botswana brazil brunei bulgaria burundi cambodia cameroon canada chad chile china colombia
    congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia
    eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece greenland
    grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq
    ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan
    laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar
    malawi malaysia maldives mali malta mauritania mauritius mexico moldova monaco mongolia
    montenegro morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria
    norway oman pakistan palau palestine panama paraguay peru philippines poland portugal qatar
    romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia
    spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga
    tunisia turkey türkiye turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela
    vietnam yemen zambia zimbabwe holland britain england scotland wales usa america""".split()  # noqa: SIM905
) | {"the uk", "united kingdom", "united states", "the us", "new zealand", "south africa",
     "south korea", "north macedonia", "saudi arabia", "sri lanka", "costa rica",
     "united arab emirates", "the uae", "czech republic", "hong kong"}  # fmt: skip


# the seat cities of the countries the replies are written for, each set one country's: an
# area's seat never lies in another's area, so where the answer lists seats of a country and
# not this one, it is a no ("do you deliver to Rajshahi?" against "Dhaka, Chattogram and
# Sylhet"); any other town (Sreemangal, Cumilla) may lie in a listed area and gets no "no"
_BD_CITIES = (
    "dhaka chattogram chittagong sylhet rajshahi khulna barishal barisal rangpur mymensingh"
)
_FI_CITIES = (
    "helsinki tampere turku oulu jyväskylä lahti kuopio pori joensuu lappeenranta hämeenlinna "
    "vaasa seinäjoki rovaniemi kouvola mikkeli kajaani kokkola"
)
_CITIES = (frozenset(_BD_CITIES.split()), frozenset(_FI_CITIES.split()))
_SEATS_OF = {"bangladesh": _CITIES[0], "finland": _CITIES[1]}
# big cities abroad, with their country: "can I send a parcel to Kolkata?" against an answer
# that lists Bangladeshi cities is a no; "do you ship to Stockholm?" against one that lists
# Sweden is a yes
_ABROAD = {
    city: country
    for country, cities in {
        "india": "kolkata calcutta delhi mumbai bombay chennai bangalore bengaluru hyderabad "
        "guwahati agartala siliguri shillong pune ahmedabad",
        "nepal": "kathmandu",
        "bhutan": "thimphu",
        "myanmar": "yangon naypyidaw",
        "pakistan": "karachi lahore islamabad",
        "sri lanka": "colombo",
        "united arab emirates": "dubai",
        "saudi arabia": "riyadh jeddah",
        "malaysia": "lumpur",
        "singapore": "singapore",
        "thailand": "bangkok",
        "united kingdom": "london manchester birmingham edinburgh glasgow",
        "united states": "york chicago boston",
        "canada": "toronto vancouver",
        "sweden": "stockholm gothenburg göteborg malmö",
        "norway": "oslo bergen",
        "denmark": "copenhagen",
        "estonia": "tallinn tartu",
        "germany": "berlin munich hamburg frankfurt",
        "france": "paris",
        "netherlands": "amsterdam",
        "spain": "madrid barcelona",
        "italy": "rome milan",
        "poland": "warsaw",
        "latvia": "riga",
        "lithuania": "vilnius",
        "russia": "moscow petersburg",
        "australia": "sydney melbourne",
    }.items()
    for city in cities.split()
}
_ALSO_CALLED = {"united kingdom": ("uk", "britain", "england"), "united states": ("usa", "us"),
                "united arab emirates": ("uae",)}  # fmt: skip


def _abroad_no(place: str, answer: str) -> bool | None:
    """A big city abroad, against an answer listing places: True where its country is not
    served (named, or a seat of it listed), False where it is, None for no such city."""
    country = _ABROAD.get(place.split()[-1].casefold())
    if country is None:
        return None
    low = answer.casefold()
    names = (country, *_ALSO_CALLED.get(country, ()))
    if any(regex.search(rf"\b{n}\b", low) for n in names):
        return False
    served = {c for c in _COUNTRIES if regex.search(rf"\b{c}\b", low)} | {
        c for c, seats in _SEATS_OF.items() if any(regex.search(rf"\b{x}\b", low) for x in seats)
    }
    return bool(served)


def _a_peer_city(place: str, answer: str) -> bool:
    """``place`` is a big city and the answer lists other big cities of its country."""
    low = answer.casefold()
    return any(
        place in cities and any(regex.search(rf"\b{c}\b", low) for c in cities - {place})
        for cities in _CITIES
    )


_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ON_DAY = rx.compile(
    r"\b(?:do|does|can|will|is|are)\b[^.!?\n]{0,40}?\b(?P<verb>deliver|ship|open|pick up)\w*"
    r"[^.!?\n]{0,20}?\bon (?:a )?"
    r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b",
    regex.I,
)
_DAY_RANGE = rx.compile(
    r"\b(?P<a>monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:to|-|–|through|until) "
    r"(?P<b>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    regex.I,
)


def _not_on_day(text: str, answer: str) -> str:
    """ "Do you deliver on Fridays?" where the answer gives "Saturday to Thursday": the plain no
    first ("We don't deliver on Fridays."); "" where the day is in the range or none is asked."""
    asked, span = _ON_DAY.search(text), _DAY_RANGE.search(answer)
    if asked is None or span is None:
        return ""
    a, b = _DAYS.index(span["a"].casefold()), _DAYS.index(span["b"].casefold())
    days = {_DAYS[(a + i) % 7] for i in range((b - a) % 7 + 1)}
    day = asked["day"].casefold()
    if day in days:
        return ""
    verb = asked["verb"].casefold()
    return f"We don't {verb} on {day.title()}s."


def _not_there(text: str, answer: str) -> str:
    """ "Do you ship to Germany?" where the answer lists where we ship and Germany is not in
    it: the answer is no, said first ("We don't ship to Germany at the moment."); "" where the
    place is in the answer or no place is asked about."""
    found = _SHIP_TO.search(text)
    if found is None or not regex.search(r",|\band\b", answer):
        return ""
    place = found["place"]
    if (abroad := _abroad_no(place, answer)) is not None:
        verb = "deliver" if regex.search(r"deliver|send|\bcod\b", found[0], regex.I) else "ship"
        return f"We don't {verb} to {place.title()} at the moment." if abroad else ""
    city = _a_peer_city(place.casefold(), answer)
    if place.islower():  # written in lower case: only a country or a big city is a place
        if place not in _COUNTRIES and not city:
            return ""
        place = place.title()
    if place.casefold() in answer.casefold() or place.split()[0].casefold() in answer.casefold():
        return ""
    if (
        place.casefold() not in _COUNTRIES
        and place.split()[0].casefold() not in _COUNTRIES
        and (not city)
    ):
        return ""  # a town or a region: perhaps in a city or country we serve
    verb = "deliver" if regex.search(r"deliver|send|\bcod\b", found[0], regex.I) else "ship"
    return f"We don't {verb} to {place} at the moment."


def _part_of(ctx: Ctx) -> str | None:
    """The spare part asked for, where the FAQ answer names it ("spare parts such as lids")."""
    part, answer = ctx.plan.part, ctx.plan.answer
    if not part or answer is None or not ctx.reading.asked(AskKind.REPLACEMENT_PART):
        return None
    return part if regex.search(rf"\b{regex.escape(part)}s?\b", answer.text, regex.I) else None


def _part(ctx: Ctx, part: str) -> str:
    """ "Can I get just a replacement lid?": yes, and how. Their own accident ("dropped it in
    the sink") is not the warranty's: the part is sent, nothing said about who pays for it."""
    answer = ctx.plan.answer
    assert answer is not None
    said = (f"Yes, you can get just the {part}, no need for a whole new one."
            if own_fault(ctx.case.text) or lost_part(ctx.case.text)
            else sentence(answer.text))  # fmt: skip
    parts = [
        greet(ctx), said,
        channel(ctx, ask="your order number or the product's model",
                then=f"sort out the {part} for you"),
        sign(ctx),
    ]  # fmt: skip
    return fit(parts, limit=ctx.case.limit)


# "they need to stay refrigerated, max 2-3 hours out of the fridge": how it must travel
_KEPT_COLD = rx.compile(
    r"\b(?:stay|kept|keep|be kept|remain|travel)\s+(?:cold|chilled|refrigerated|frozen|cool)\b"
    r"|\bout of the (?:fridge|freezer)\b|\bcold[- ]chain\b",
    regex.I,
)


def question(ctx: Ctx) -> Drafts:
    """A calm question; one asked out of a health worry ("palpitations after the decaf: is it
    really decaf?") hears the worry first, and a person checks it before it goes out."""
    answer = ctx.plan.answer
    worried = any(f.kind.value == "health_safety" for f in ctx.reading.flags)
    # a worry after something happened is heard; asked ahead of a visit, it is thanked
    felt = ctx.reading.problems or any(
        not w.casefold().startswith(("allerg", "pregnan", "breastfeed", "insulin", "medic"))
        for f in ctx.reading.flags for w in f.because
    )  # fmt: skip
    care = ("I'm sorry you've had a worrying time, and thank you for asking us directly."
            if felt else "Thank you for checking with us first.") if worried else ""  # fmt: skip
    if worried and PREGNANT.search(ctx.case.text):  # asked ahead, out of care: no "sorry"
        care = "That's a fair thing to check while you're pregnant, and thank you for asking us."
        if FELT_AFTER.search(ctx.case.text):
            # "my heart was racing all evening ... I'm pregnant": what she felt, heard, and
            # her midwife or doctor named before any answer of ours
            care = ("I'm sorry you felt unwell after it, and thank you for asking us. If it "
                    "happens again, please check with your midwife or doctor.")  # fmt: skip
    if (
        answer is not None
        and _KEPT_COLD.search(ctx.case.text)
        and not (
            regex.search(
                r"\b(?:cold|chill|refrigerat|fridge|frozen|temperature)", answer.text, regex.I
            )
        )
    ):  # "they need to stay refrigerated": how it travels is no part of the answer we have
        answer = replace(answer, partial=True)
    if answer is None:
        parts = [
            greet(ctx),
            care,
            # asked in public, answered in public: no one is sent to a DM for a plain answer
            "Thanks for asking. I'm checking with the team and will answer you here."
            if not worried
            else "I'm checking this with the team now, and will answer you here.",
            f"If you'd rather keep it private, {way_in(ctx)}.",
            sign(ctx),
        ]
        return fit(parts, limit=ctx.case.limit, optional=(4,)), None
    rest = "The rest of your question I'm checking with the team." if answer.partial else ""
    if HOW_DECAF.search(ctx.case.text) and not regex.search(r"\d", answer.text):
        # "is it really caffeine-free?": how it is made is no figure; the figure is checked
        rest = "How much caffeine is left in it, I'm checking with our roasters for you."
    if rest and _KEPT_COLD.search(ctx.case.text):  # the part we cannot answer, by name
        rest = "Whether we can keep them cold the whole way, I'm checking with the team."
    verdict = ""
    if rest and any(_WORTH.search(q) or _DIFFERENCE.search(q) for q in questions(ctx.case.text)):
        # "is the Club actually worth it? ... also can you pause it?": the pause answered, the
        # verdict left to them, with what goes into the coffee where the brand has said it
        goes_in = _what_goes_in(ctx)
        verdict = ("Whether it's worth it is yours to judge, and I work here, so I'm not neutral"
                   + (f"; what I can tell you is that {goes_in}." if goes_in else "."))  # fmt: skip
        rest = ""
    if (part := _part_of(ctx)) is not None:
        return _part(ctx, part), None
    # "how much to send 3 kg to Barishal?": a place we don't serve is a plain no, not a price
    areas_entries = [e for e in ctx.voice.faq if "shipping" in entry_topics(e.topics, e.question)]
    unserved = next(
        ((n, e) for e in areas_entries if (n := _not_there(ctx.case.text, e.answer))), None
    )
    if unserved is not None and unserved[1].answer != answer.text:
        no, areas = unserved
        # "... to Rajshahi? And is cash on delivery available everywhere?": a second question
        # of its own gets its answer too (a price for a place we don't serve does not)
        rest_of = answer.text.replace(areas.answer, "").strip(" .;")  # "several": both in it
        other = "" if not rest_of or len(questions(ctx.case.text)) < 2 or price(
            ctx.case.text, answer.text) else f" {sentence(rest_of)}"  # fmt: skip
        parts = [greet(ctx), care, f"{no} {sentence(areas.answer)}{other}",
                 channel(ctx, then="help with anything else"), sign(ctx)]  # fmt: skip
        public = fit(parts, limit=ctx.case.limit, optional=(1, 3))
        if not (other and public.endswith("…")):
            return public, None
        # both do not fit a short post: the other answer's first clause where it fits, else
        # the first answer alone; the DM carries both whole
        head = regex.split(r";\s|(?<=\.)\s", rest_of, maxsplit=1)[0]
        parts[2] = f"{no} {sentence(areas.answer)} {sentence(head)}"
        parts[3] = channel(ctx, then="send you the full answer")
        public = fit(parts, limit=ctx.case.limit, optional=(1, 3))
        if public.endswith("…"):
            parts[2] = f"{no} {sentence(areas.answer)}"
            public = fit(parts, limit=ctx.case.limit, optional=(1, 3))
        return public, "\n\n".join(
            p for p in (hello(ctx), f"{no} {sentence(areas.answer)}{other}", signature(ctx)) if p
        )
    if not answer.several and (worked := price(ctx.case.text, answer.text)):
        # "how much for 3 kg from Dhaka to Sylhet?": the sum done, not the table pasted
        # "and is it the same price for documents?": the same answer's clause on that
        also = "" if rest else also_answered(ctx.case.text, answer.text, ctx.case.brand)
        also = cap(sentence(also)) if also else ""
        parts = [greet(ctx), care, f"{worked} {also}".strip(), rest,
                 channel(ctx, then="come back to you with the rest" if rest
                         else "help with anything else"), sign(ctx)]  # fmt: skip
        return fit(parts, limit=ctx.case.limit, optional=(1, 5)), None
    if answer.several:
        # "how much for 2kg Dhaka to Chattogram? and is COD available there?": the sum done in
        # its own answer, beside the other
        answer = _each_worked(ctx.case.text, answer)
    # "We don't ship to Germany at the moment." before where we do
    # (only an entry about where we deliver can say a place is not served)
    about_areas = any(e.question == answer.question for e in areas_entries)
    no = (_not_there(ctx.case.text, answer.text) if about_areas or answer.question is None
          else "") or _not_on_day(ctx.case.text, answer.text)  # fmt: skip
    if not no and (way := payment_not_listed(ctx.case.text, answer.text, ctx.case.brand)):
        no = f"We don't take {way} at the moment."  # "do you take Smartum?": not on the list
    if not no and regex.search(r"\bwherever we (?:deliver|ship)\b", answer.text, regex.I):
        # "COD to Barishal?": the answer holds "wherever we deliver"; where that is, the areas
        # entry of the FAQ says
        no = next((n for e in ctx.voice.faq if (n := _not_there(ctx.case.text, e.answer))), "")
    parts = [
        greet(ctx),
        care,
        f"{no} {sentence(_heard(ctx, answer.text))}".strip(),
        rest or verdict,
        channel(ctx, then="come back to you with the rest" if rest else "help with anything else"),
        sign(ctx),
    ]
    felt_it = worried and FELT_AFTER.search(ctx.case.text) is not None
    # what they felt outranks the part still being checked, which the DM carries
    keep = (3, 5) if felt_it else (1, 5)
    public = fit(parts, limit=ctx.case.limit, optional=keep)
    offline = None
    if felt_it:
        # (the answer's first sentence: no sales line to someone worried about her health)
        first = regex.split(r"(?<=\.)\s", answer.text, maxsplit=1)[0]
        offline = "\n\n".join(p for p in (
            hello(ctx), care, sentence(first), rest, signature(ctx)) if p)  # fmt: skip
    if public.endswith("…") and ". " in answer.text:  # two answers: the first here, all in a DM
        # each answer's first clause, where both fit; else the first answer alone
        parts[2:5] = [f"{no} {heads(answer.text, asked=ctx.case.text)}".strip(), "",
                      channel(ctx, then="send you the full answer")]  # fmt: skip
        public = fit(parts, limit=ctx.case.limit, optional=keep)
        if public.endswith("…") and _yes_no_beside_a_sum(ctx.case.text, ctx.plan.answer):
            # "how much for 3kg to Sylhet? and is COD available there?": the sum, and the yes
            parts[2] = f"{no} {heads(answer.text, figures=False, asked=ctx.case.text)}".strip()
            public = fit(parts, limit=ctx.case.limit, optional=keep)
        if public.endswith("…"):
            first = answer.text.split(". ", 1)[0]
            parts[2] = f"{no} {sentence(first)}".strip()
            public = fit(parts, limit=ctx.case.limit, optional=keep)
        if public.endswith("…") and no:  # the plain no, at least, and the rest in a DM
            parts[2] = no
            public = fit(parts, limit=ctx.case.limit, optional=keep)
        # the full answer the public reply promises, ready for the DM (where they felt
        # unwell, the DM that hears it stands)
        offline = offline or "\n\n".join(p for p in (
            hello(ctx), f"Thanks for asking. {sentence(answer.text)}",
            rest, signature(ctx),
        ) if p)  # fmt: skip
    if public.endswith("…") and not rest:  # one long answer: said whole, with a short way in
        parts[4] = f"Anything else, {way_in(ctx)}."
        public = fit(parts, limit=ctx.case.limit, optional=keep)
    return public, offline


_YES_NO = rx.compile(r"^\s*(?:and |also |plus )?(?:is|are|do|does|can|could|will|would)\b", regex.I)


_MINE_SAID = rx.compile(FIRST_PERSON.pattern, regex.I)  # "My COD payouts", "my" alike


def _own_failing(ctx: Ctx) -> bool:
    """A problem told in a sentence of the writer's own ("My COD payouts have been taking 5-6
    days"), not only one they saw ("Their developer page 404s")."""
    sentences = regex.split(r"(?<=[.!?])\s+", ctx.case.text)
    return any(
        _MINE_SAID.search(s)
        for p in ctx.plan.problems
        for b in p.because
        for s in sentences
        if b and b.casefold() in s.casefold()
    )


def _yes_no_beside_a_sum(text: str, answer: Match | None) -> bool:
    """Every question is a sum the rate card works out or one a yes answers."""
    asked, card = questions(text), answer.text if answer is not None else ""
    summed = [q for q in asked if price(q, card)]
    return bool(summed) and len(asked) > 1 and all(q in summed or _YES_NO.search(q) for q in asked)


def _each_worked(question: str, answer: Match) -> Match:
    """Several answers, a rate card among them worked out for the weight and route asked."""
    pieces = answer.text.split(". ")
    # (the sum alone: its working is in the rate card, and the other answer needs the room)
    worked = [price(question, p).split(":", 1)[0].rstrip(".") or p for p in pieces]
    return answer if worked == pieces else replace(answer, text=". ".join(worked))


def _heard(ctx: Ctx, answer: str) -> str:
    """The answer as said to someone asking out of care for a pregnancy: its first sentence,
    without a line that sells ("You can choose it for a Club subscription too")."""
    if PREGNANT.search(ctx.case.text) and ctx.reading.flags:
        return answer.split(". ", 1)[0]
    return answer


def unsure(ctx: Ctx) -> Drafts:
    """Praise that may be sarcastic: no thanks (it may be a complaint) and no apology (it may
    be sincere); ask what happened, so either reading gets a fair answer."""
    parts = [
        greet(ctx),
        "We saw your post and want to be sure we read it right.",
        "If something isn't as it should be, tell us what happened.",
        channel(ctx, then="look into it"),
        sign(ctx),
    ]
    return fit(parts, limit=ctx.case.limit, optional=(1, 4)), None


# a fan or a regular asking: the support is thanked before the answer
_FAN = rx.compile(
    r"\b(?:big fan|huge fan|fan of|(?:been )?a (?:big |huge |long[- ]?time )?fan\b"
    r"|long[- ]?time (?:fan|customer|supporter)|love (?:you"
    r"|your|the)|loyal|regular|for (?:like |about |over )?(?:\d+|two|three|several|many) "
    r"(?:years?|yrs?)|for (?:ages|years)|every (?:post|day|week)|tag you|always (?:order|use"
    r"|buy))\b",
    regex.I,
)
# an occasion they name is wished well before the answer: "for my birthday on friday"
_OCCASION = rx.compile(
    r"\b(?:(?P<birthday>birthday|bday|b-day)|(?P<anniversary>anniversary)"
    r"|(?P<graduation>graduat(?:ion|ing|ed)))\b",
    regex.I,
)
_WISHES = {"birthday": "Happy birthday!", "anniversary": "Happy anniversary!",
           "graduation": "Congratulations on graduating!"}  # fmt: skip


def freebie(ctx: Ctx) -> Drafts:
    """Polite and firm: a wish for the occasion they name, thanks to a fan, the plain no, and
    the one thing we do for everyone. No "DM and I'll help" after a no: there is nothing to
    take private."""
    text = ctx.case.text
    occasion = _OCCASION.search(text)
    wish = _WISHES[occasion.lastgroup] if occasion and occasion.lastgroup else ""
    parts = [
        greet(ctx),
        wish,
        "Thank you for the support, it means a lot." if _FAN.search(text) else "",
        "We keep our prices and offers the same for everyone, so we can't send free products "
        "or codes to individuals.",
        f"If an order ever goes wrong, {way_in(ctx)} and we'll put it right.",
        sign(ctx),
    ]
    return fit(parts, limit=ctx.case.limit, optional=(2, 4)), None


_CHECKS = rx.compile(r"\bis (?:this|that|it) (?:really )?\w+\?|\?\s*$", regex.I)
_MESSAGE = rx.compile(
    r"\b(?:sms|text(?:ed)?|whats ?app|telegram|viber|e-?mail(?:ed)?|called me|rang me|phoned"
    r"|messaged?|number)\b",
    regex.I,
)
_ACCOUNT = rx.compile(r"\b(?:account|page|profile)\b|@\w+", regex.I)


def warning(ctx: Ctx) -> Drafts:
    """A customer warns others of an account or message in our name: thanks, it is not us,
    what we never ask for, and that it is reported; no apology, no details asked."""
    v = ctx.voice
    ways = list(v.channels)
    real = v.dm_handle if ctx.dm_here and v.dm_handle else (
        ", ".join(ways[:-1]) + " or " + ways[-1] if len(ways) > 1 else "".join(ways))  # fmt: skip
    text = ctx.case.text
    thanks = "Thanks for checking with us first" if _CHECKS.search(text) else (
        "Thanks for flagging this and warning others")  # fmt: skip
    # "@parcelly, is this real?" puts the question to us: our own handle names no fake account
    own = {ctx.case.brand.replace(" ", "").casefold(), (v.dm_handle or "").lstrip("@").casefold()}
    named = [m for m in _ACCOUNT.findall(text) if m[1:].casefold() not in own]
    fake = "that message isn't from us" if _MESSAGE.search(text) and not named else (
        "that account isn't us")  # fmt: skip
    parts = [
        greet(ctx),
        f"{thanks}: {fake}.",
        "We never ask for card details, identity documents, codes or payments by message or link, "
        "and we're reporting it.",
        "If you entered anything, tell your bank now.",
        f"The real us: {real}." if real else "",
        sign(ctx),
    ]
    return fit(parts, limit=ctx.case.limit, optional=(3,)), None


# what an idea is about, as the team that would build it is named; the first that fits
_AREAS = (
    ("developer", "our API"), ("app", "the app"), ("subscription", "the subscription"),
    ("tracking", "tracking"), ("payment", "payments"), ("merchant", "merchant accounts"),
    ("shipping", "delivery"), ("hours", "our cafés"), ("packaging", "our packaging"),
)  # fmt: skip


def _already(ctx: Ctx) -> str:
    """A wish for what the brand already does ("add a way to pause my subscription"): the
    FAQ entry that says so, as good news."""
    wish = the_wish(ctx.case.text) or ctx.case.text
    found = best_answer(wish, ctx.voice.faq, language="en", brand=ctx.case.brand)
    if found is None or found.partial:
        return ""
    # the wish must be for what the entry does, not only on its topic: "choose the grind per
    # shipment on my subscription" is not answered by pausing it
    if words_shared(wish, f"{found.question or ''} {found.text}", ctx.case.brand) < 2:
        return ""
    return f"Good news: {found.text[0].lower()}{sentence(found.text)[1:]}"


def _team(ctx: Ctx) -> str:
    found = topics(ctx.case.text)
    area = next((name for topic, name in _AREAS if topic in found), "")
    return f"the people who work on {area}" if area else "the team"


def idea(ctx: Ctx) -> Drafts:
    """A feature request: thanks, who it goes to, and no promise of when (or whether)."""
    if already := _already(ctx):
        if ctx.plan.stance == "question":  # "does it let me switch ...?" asked, not wished
            already = cap(already.removeprefix("Good news: "))
            return fit([greet(ctx), already, sign(ctx)], limit=ctx.case.limit), None
        return fit([greet(ctx), "Thanks for the idea!", already, sign(ctx)],
                   limit=ctx.case.limit, optional=(1,)), None  # fmt: skip
    # "best coffee app I've used ... would love a dark mode": the praise is thanked too
    liked = (ctx.reading.rating or 0) >= 4 or ctx.reading.stance.value == "mixed"
    parts = [
        greet(ctx),
        "Thanks for the kind words, and for the idea!" if liked else "Thanks for the idea!",
        f"I've passed it to {_team(ctx)}.",
        "I can't promise if or when it will happen, but ideas like this shape what we change.",
        sign(ctx),
    ]
    return fit(parts, limit=ctx.case.limit, optional=(3,)), None


def follow_up(ctx: Ctx) -> str:
    p = ctx.plan.problems[0] if ctx.plan.problems else None
    about = f"because {clause(p, ctx.reading, ctx.case.text, source=ctx.case.source)}" if p else (
        "with us")  # fmt: skip
    return "\n\n".join(x for x in (
        hello(ctx), f"A few days ago you got in touch {about}. How is everything now?",
        "If anything still isn't right, reply here and I'll pick it up straight away.",
        signature(ctx),
    ) if x)  # fmt: skip
