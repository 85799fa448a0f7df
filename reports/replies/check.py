"""The self-check every suggested reply passes before anyone sees it as sendable.

A pure function of the draft, the reading of the post, the post itself and the brand's voice,
so it guards drafts from any generator: this composer's, a person's edit, a future model's.
Each rule names what a support lead would catch on review: a detail nobody said (an invented
order number is worse than none), thanks for a complaint, an apology for praise or for a
rumour (an admission), "sorry, but", blame, no channel to take it offline, a post too long
for the platform. A failing draft is shown as "needs a human edit: <reason>".
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

import regex

from monitor import rx
from monitor.config import Voice
from monitor.reading.types import AskKind, ProblemKind, Reading, Speaker, Stance
from reports.case import SHORT_LIMITS, STORE_LIMITS
from reports.replies.rates import price, price_bn
from reports.replies.said import day_needed

_APOLOGY = rx.compile(
    r"\b(sorry|apologi[sz]e|apologies)\b|pahoillani|pahoittel|anteeksi|দুঃখিত|ক্ষমা", regex.I
)
_THANKS = rx.compile(
    # "I'm glad he is OK now" is relief that someone hurt is well, not cheer at a complaint
    r"\b(thanks|thank you|lovely|glad(?! (?:he|she|they|you|your \w+) (?:is|are|'s|'re) "
    r"(?:ok|okay|all right|alright|safe|home|better|recovering|doing better)\b)|great to hear"
    r"|made our day|love (it|that|this|to hear)|"
    r"good question)\b|kiitos|ihana|ধন্যবাদ|খুশি হয়েছি",
    regex.I,
)
_SORRY_BUT = rx.compile(
    r"(sorry|apologi[sz]e|pahoillani|pahoittelen|দুঃখিত)[^.!?।]{0,80}"
    r"(\b(but|however|mutta|kuitenkin)\b|কিন্তু|তবে)",
    regex.I,
)
_BLAME = rx.compile(
    r"\b(your fault|you should have|you failed to|you forgot|not our fault|blame|as (stated|"
    r"explained)|per our policy|you didn'?t read|if you had|the courier'?s? fault|user error)\b"
    r"|sinun vika|olisit voinut|olisit lukenut|আপনার ভুল|আপনার দোষ",
    regex.I,
)
_ADMISSION = rx.compile(
    r"\b(our fault|we got (it|this) wrong|ours to fix|we messed up|we were wrong|we admit|"
    r"we've let you down)\b|meidän vika|myönnämme|আমাদের ভুল",
    regex.I,
)
_PLACEHOLDER = rx.compile(r"\[[^\]\n]{2,80}\]|\{[a-z_]+\}|TODO|XXX")
# a token with a digit: a number, an amount, a reference, a date, a phone number
# tried only where a word starts (or at a sign): a start inside a run of letters fails as
# the run's own start does, and the atomic group never retries the letters' splits
_NUMBERISH = rx.compile(r"(?:[#@$€£৳+]|(?<!\p{L}))(?>(?:\p{L}+-?)*)\p{N}[\p{L}\p{N}.,:/'’-]*")
_CONTRACTION = rx.compile(r"['’](ll|s|re|ve|d|m|t)$", regex.I)
_HANDLE = rx.compile(r"(?<![\p{L}\p{N}.])@[\p{L}\p{N}_]+")
EMAIL = rx.compile(r"[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}+")
# a capitalised word in mid-sentence (after a lower-case word that is not a handle): a
# product, a person, a place
_NAME = rx.compile(r"(?<=(?:^|\s)[^\s@#]*[\p{Ll},;] )\p{Lu}[\p{L}'’-]+")
_COMMON_CAPS = frozenset(
    {"I", "I'm", "I'll", "I've", "I'd", "DM", "DMs", "OK", "Monday", "Tuesday", "Wednesday",
     "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
     "May", "June", "July", "August", "September", "October", "November", "December", "App",
     "Store", "Google", "Play", "FAQ", "iPhone", "Android", "ID"}
)  # fmt: skip
_GENERIC_CHANNEL = rx.compile(
    r"\b(direct message|private message|DM us|send us a DM|message us)\b|yksityisviesti|"
    r"ইনবক্স|মেসেজ",
    regex.I,
)
_ORDER_ASK = rx.compile(r"order number|tilausnumero|অর্ডার নম্বর", regex.I)
_REFUND_PROMISE = rx.compile(
    r"\bI(?:'ll| will| can)( also)? (refund|give you a refund|send (you )?a refund)|"
    r"palautan rahasi|hyvitän|টাকা ফেরত দেব",
    regex.I,
)
_SWAP_OFFER = rx.compile(
    r"(?<!\b(not|no|than|of) (a |an )?)\b(replacement|exchange|swap)\b|uusi tilalle|uuden tilalle|"
    r"বদলে",
    regex.I,
)
# words that say there is an order, a parcel or a delivery to find
ONLINE = rx.compile(
    r"\b(order(ed)?|deliver\w*|parcel|package|courier|driver|tilau\w*|toimitu\w*|paket\w*|"
    r"kuljettaj\w*)\b|অর্ডার|পার্সেল|ডেলিভারি",
    regex.I,
)
_NO_ORDER = frozenset(
    {ProblemKind.APP_BUG, ProblemKind.ACCOUNT, ProblemKind.STAFF, ProblemKind.WAIT,
     ProblemKind.SUBSCRIPTION, ProblemKind.NO_RESPONSE}
)  # fmt: skip


@dataclass(frozen=True)
class Check:
    ok: bool
    problems: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return "ok" if self.ok else f"needs a human edit: {'; '.join(self.problems)}"

    def as_dict(self) -> dict[str, object]:
        return {"ok": self.ok, "problems": list(self.problems), "label": self.label}


def is_complaint(reading: Reading) -> bool:
    """A grievance from a person, the way a reply must treat it (sarcastic praise included)."""
    stance = reading.stance.value
    if reading.speaker.value not in (Speaker.CUSTOMER, Speaker.UNKNOWN):
        return False
    if stance in (Stance.COMPLAINT, Stance.MIXED):
        return True
    return stance == Stance.PRAISE and reading.is_sarcastic


def _sincerely_mixed(reading: Reading) -> bool:
    """Praise with a "but" and no sarcasm ("love the beans, only gripe is the queue"): the
    praise is thanked and the gripe apologised for."""
    return reading.stance.value == Stance.MIXED and not reading.is_sarcastic


def is_praise(reading: Reading) -> bool:
    return reading.stance.value == Stance.PRAISE and not reading.is_sarcastic


def _known(text: str, voice: Voice, brand: str, author: str | None, today: date | None) -> str:
    known = [
        text,
        brand,
        author or "",
        json.dumps(voice.model_dump(mode="json"), ensure_ascii=False),
    ]
    # a price worked out from the FAQ's rate card for the weight in the post is the config's
    known += [price(text, entry.answer) for entry in voice.faq]
    known += [price_bn(text, entry.answer) for entry in voice.faq]
    # "my 9yo" is said back as "your 9-year-old"
    known += [f"{m[1]}-year-old" for m in regex.finditer(r"\b(\d{1,2}) ?yo\b", text, regex.I)]
    if today is not None:
        due = today + timedelta(days=voice.follow_up_days)
        known += [due.isoformat(), f"{due:%d.%m.%Y}", f"{due.day}", f"{due:%d/%m/%Y}"]
    return " ".join(known).casefold()


# a case ending a Bengali or Finnish draft joins to a reference or an acronym ("PX-60311-এর",
# "NW-50021:n", "COD-এর"): the reference or the acronym is what must be known
_CASE_ENDING = rx.compile(r"(?<=[\p{N}\p{Lu}])(?:-[\u0980-\u09FF]+|:[a-zäö]{1,4})$", regex.I)


def _strip(token: str) -> str:
    return _CASE_ENDING.sub("", token.rstrip(".,:;!?'’-")).casefold()


def invented(draft: str, known: str) -> list[str]:
    """Specifics in the draft found neither in the post nor in the brand's config."""
    found: list[str] = []
    for pattern in (EMAIL, _HANDLE, _NUMBERISH, _NAME):
        for m in pattern.finditer(draft):
            token = _strip(m.group(0))
            if pattern is _NAME and (m.group(0) in _COMMON_CAPS or _CONTRACTION.search(m.group(0))):
                continue
            if token and token.lstrip("#@$€£৳+") not in known and token not in found:
                found.append(m.group(0).rstrip(".,:;!?"))
    return [f for f in found if not any(f != g and f in g for g in found)]


# the words an English draft answers each explicit ask with (offered, refused or passed on)
_ANSWERS = {
    AskKind.REFUND: rx.compile(
        r"\brefund|money back|(?:comes?|go(?:es)?) back to you|\bclaim\b", regex.I
    ),
    AskKind.FEE_BACK: rx.compile(r"\bfees?\b|\brefund", regex.I),
    AskKind.EXCHANGE: rx.compile(r"\breplacement|\bswap|\bexchange|\bnew one", regex.I),
    AskKind.REPLACEMENT_PART: rx.compile(r"\bnew \w+|\bpart\b|\breplacement", regex.I),
    AskKind.ESCALATION: rx.compile(r"\bcall you|\bsenior|\blead\b|\bmanager", regex.I),
    AskKind.CALLBACK: rx.compile(r"\bcall", regex.I),
    AskKind.CANCEL: rx.compile(r"\bcancel", regex.I),
}


def _unheard(draft: str, reading: Reading, text: str, channel: str) -> list[str]:
    """What the post plainly said that a complaint's draft does not answer: the day they need
    it by, an explicit ask (in the full, offline reply) and, in public, any problem at all."""
    if not is_complaint(reading):
        return []
    out = []
    day = day_needed(text)
    if day and day.casefold() not in draft.casefold():
        out.append(f"the day they need it by ({day}) is not answered")
    if channel == "offline":
        missed = [a.kind.value.replace("_", " ") for a in reading.asks
                  if a.kind in _ANSWERS and not _ANSWERS[a.kind].search(draft)]  # fmt: skip
        if missed:
            out.append(f"their ask is not answered: {', '.join(missed)}")
    named = any(p.kind is not ProblemKind.OTHER for p in reading.problems) or any(
        _in_draft(b, draft) for p in reading.problems for b in p.because
    )  # a problem of no kind of ours, said back in its own words ("the wifi was dead")
    # a problem was read, but the public draft only says "I'm sorry to read this"
    bare = _BARE_SORRY.search(draft) is not None
    if channel == "public" and reading.problems and (not named or bare) and "“" not in draft:
        out.append("what went wrong is not said back: name it in their words")
    return out


_CONTENT = rx.compile(r"\b\p{L}{4,}\b")
_FILLER = frozenset({
    "that", "this", "with", "have", "been", "were", "they", "them", "their", "what", "when",
    "just", "still", "your", "from", "about", "again",
})  # fmt: skip


def _in_draft(words: str, draft: str) -> bool:
    """Every content word of what they said (four letters or more) is in the draft."""
    content = [w.casefold() for w in _CONTENT.findall(words) if w.casefold() not in _FILLER]
    low = draft.casefold()
    return bool(content) and all(w in low for w in content)


_BARE_SORRY = rx.compile(r"\bsorry to read this\b", regex.I)
# the Finnish and Bengali drafts' own fallbacks where nothing specific was said back
_GENERIC_LOCAL = rx.compile(
    r"\bnäin kävi\b|\bei toimi niin kuin pitää\b|এমনটা হওয়ার জন্য|এমনটা হয়েছে|ঠিকমতো কাজ করছে না",
    regex.I,
)


# "I'll answer your DMs today": the conversation they opened is the offline channel
_THEIR_DMS = rx.compile(
    r"\b(?:answer|reply to|write to you in|in) your (?:dms|direct messages)\b", regex.I
)


def _channel_named(draft: str, voice: Voice) -> bool:
    if _THEIR_DMS.search(draft):
        return True
    if voice.channels:
        return any(c.casefold() in draft.casefold() for c in voice.channels)
    return bool(_GENERIC_CHANNEL.search(draft))


_QUOTED = rx.compile(r"“[^”]*”|\"[^\"]*\"|”[^”]*”")


def unquoted(draft: str) -> str:
    """The draft without the customer's words quoted back: their "love it" is not our thanks."""
    return _QUOTED.sub("“…”", draft)


def _tone(draft: str, reading: Reading) -> Iterable[str]:
    draft = unquoted(draft)
    if is_complaint(reading):
        if not _APOLOGY.search(draft):
            yield "no apology to a complaint"
        if _THANKS.search(draft) and not _sincerely_mixed(reading):
            yield "thanks or praise in a reply to a complaint"
    if is_praise(reading) and _APOLOGY.search(draft):
        yield "an apology in a reply to praise"
    if reading.stance.value == Stance.RUMOUR and (
        _ADMISSION.search(draft) or _APOLOGY.search(draft)
    ):
        yield "an apology or admission in a reply to a rumour"
    if _SORRY_BUT.search(draft):
        yield 'says "sorry, but"'
    if _BLAME.search(draft):
        yield "blames the customer or someone else"


def harmful(draft: str, reading: Reading) -> list[str]:
    """The failures that do harm if sent (beside a reply to spam): thanks to a complaint, an
    apology to praise, an admission to a rumour."""
    harms, draft = [], unquoted(draft)
    if is_complaint(reading) and _THANKS.search(draft) and not _sincerely_mixed(reading):
        harms.append("thanks to a complaint")
    if is_praise(reading) and _APOLOGY.search(draft):
        harms.append("an apology to praise")
    if reading.stance.value == Stance.RUMOUR and _ADMISSION.search(draft):
        harms.append("an admission to a rumour")
    return harms


def _promises(draft: str, reading: Reading, voice: Voice, text: str) -> Iterable[str]:
    if _REFUND_PROMISE.search(draft) and not voice.can_refund:
        yield "promises a refund the brand's voice does not allow"
    refused = {r for a in reading.asks for r in a.refused}
    if AskKind.EXCHANGE in refused and _SWAP_OFFER.search(draft):
        yield "offers an exchange the customer said they do not want"
    kinds = {p.kind for p in reading.problems}
    if kinds and kinds <= _NO_ORDER and _ORDER_ASK.search(draft) and not ONLINE.search(text):
        yield "asks for an order number where the problem has none"


def untranslated(draft: str, voice: Voice, language: str | None) -> list[str]:
    """The voice's own English sentences (goodwill, escalation contact) quoted inside a
    draft in another language: the config has no ``translations.<lang>`` for them."""
    if language in (None, "en"):
        return []
    local = voice.translations.get(language or "")
    own = {local.goodwill, local.escalation_contact} if local is not None else set()
    english = [t for t in (voice.goodwill, voice.escalation_contact) if t and t not in own]
    if not any(t in draft for t in english):
        return []
    return [f"the brand's config text is quoted in English in a {language!r} draft: "
            f"add it under voice.translations.{language}"]  # fmt: skip


# a draft that says goods came broken, and the words of a delivery in the post ("came off" is
# a part that broke, not goods that came)
_SAID_ARRIVED = rx.compile(
    r"\barrived (?:smashed|shattered|broken|cracked|damaged|crushed|in pieces|dented|chipped"
    r"|torn|ripped|split|soaked|leaking)\b",
    regex.I,
)
_ARRIVAL_TOLD = rx.compile(
    r"\b(?:arriv\w*|came(?! (?:off|apart|loose|away|undone|unstuck)\b)|come|comes|deliver\w*"
    r"|box|boxes|parcels?|packag\w*|unbox\w*|unpack\w*|opened|post|posted|courier|ship\w*"
    r"|order|ordered|orders|received|showed up|turned up|riders?|pack\w*|sent|send|mail\w*"
    r"|webshop)\b",
    regex.I,
)


def self_check(
    draft: str, *, reading: Reading, text: str, voice: Voice, brand: str, source: str,
    channel: str, author: str | None = None, today: date | None = None,
    language: str | None = None,
) -> Check:  # fmt: skip
    """Check one draft; ``channel`` is "public" or "offline". ``today`` lets the follow-up
    date the voice's ``follow_up_days`` sets count as known; ``language`` is the draft's
    (English config text inside a Finnish or Bengali draft needs translating)."""
    if reading.speaker.value == Speaker.SPAM:
        return Check(not draft.strip(), () if not draft.strip() else ("a reply to spam",))
    if not draft.strip():
        return Check(False, ("the reply is empty",))
    problems: list[str] = []
    if _PLACEHOLDER.search(draft):
        problems.append("a placeholder is left in the draft")
    made_up = invented(draft, _known(text, voice, brand, author, today))
    if made_up:
        problems.append(f"not in the post or the config: {', '.join(made_up[:4])}")
    problems += _tone(draft, reading)
    problems += _promises(draft, reading, voice, text)
    problems += untranslated(draft, voice, language)
    if language in (None, "en"):
        problems += _unheard(draft, reading, text, channel)
        if _SAID_ARRIVED.search(draft) and not _ARRIVAL_TOLD.search(text):
            # "your carafe arrived shattered" for a carafe that shattered in their hand
            problems.append("says it arrived broken, but the post tells of no delivery: check "
                            "what broke, and when")  # fmt: skip
    elif (
        channel == "public"
        and is_complaint(reading)
        and reading.problems
        and _GENERIC_LOCAL.search(draft)
    ):  # "Olen pahoillani, että näin kävi": a problem was read and not said back
        problems.append("what went wrong is not said back: name it in their words")
    if channel == "public":
        if not is_praise(reading) and not _channel_named(draft, voice):
            problems.append("no offline channel named")
        limit = SHORT_LIMITS.get(source.lower()) or STORE_LIMITS.get(source.lower())
        if limit is not None and len(draft) > limit:
            problems.append(f"{len(draft)} characters, over the {limit} {source} allows")
    return Check(not problems, tuple(problems))
