"""What a post states, in its own words: items, amounts, references, durations, channels.

A reply may restate only these. Patterns are conservative: a wrong detail quoted back is
worse than none. The customer's phone or browser is a device, never the product; a name is
kept whole ("Aurora blender", never "Aurora blend"); the brand alone is not an item.
"""

from __future__ import annotations

import re
from functools import cache

import regex

from monitor import rx
from monitor.reading.types import Facts

_REF = rx.compile(
    r"(?<![\p{L}\p{N}-])#?(?P<code>[A-Z]{2,5}-(?:[A-Z]{2,3}-)?\d[\d-]{2,}\d(?:-[A-Z]{2,3})?)(?![\p{L}\p{N}])"
    r"|(?<![\p{L}\p{N}-])(?P<glued>[A-Z]{2,4}\d{6,12}[A-Z]{0,3})(?![\p{L}\p{N}])"
    r"|(?<!\p{L})(?i:order|ticket|case|tracking|reference|ref|merchant|seller|shop|account|id"
    r"|tilaus(?:numero)?|অর্ডার|আইডি)"
    r"(?:\s+(?i:number|no\.?|nr\.?|id|#))?\s*[:#]?\s*(?P<bare>#?[A-Z]{0,4}-?\d{4,}[A-Z0-9-]*)"
)
_AMOUNT = rx.compile(
    r"(?:[$€£৳]|US\$|Tk\.?)\s?(?:\d{1,2}(?:,\d{2})+,\d{3}|\d+(?:,\d{3})*)(?:[.,]\d{1,2})?"
    r"(?:\s?(?:x|×)\s?\d)?"
    r"(?:\s?(?:million|billion|thousand|bn|m|k|miljoonaa|lakh|crore)(?!\p{L}))?"
    # "1,25,000tk": the lakh grouping of South Asia, read whole
    r"|\b\d{1,2}(?:,\d{2})+,\d{3}(?:[.,]\d{1,2})?\s?(?:taka|tk|bdt|৳|টাকা|rs|inr)"
    r"|\b\d+(?:,\d{3})*(?:[.,]\d{1,2})?\s?(?:€|eur(?:os?)?|usd|dollars|taka|tk|bdt|৳|টাকা|euroa"
    r"|cents|senttiä|snt|paisa|পয়সা)"
    r"(?![\p{L}\p{M}])",
    regex.IGNORECASE,
)
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)"
_DURATION = rx.compile(
    rf"\b{_NUM}\+?\s+(?:more\s+)?(?:working\s+|business\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?"
    r"|months?)\b"
    r"|\bsince\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last\s+\w+|the\s+\d+\w*)"
    r"|\b(?:\d+|kaksi|kolme|neljä|viisi|kymmenen)\s+(?:päivää|viikkoa|kuukautta|tuntia|minuuttia)"
    # "kolmatta viikkoa odotan", "kolmas viikko odottelua": the third week of waiting
    r"|\b(?:toista|kolmatta|neljättä|viidettä|kuudetta)\s+(?:viikkoa|kuukautta|päivää)\b"
    r"|\b(?:toinen|kolmas|neljäs|viides|kuudes)\s+(?:viikko|kuukausi|päivä)\b"
    r"|(?:[০-৯]+|\d+|দুই|তিন|চার|পাঁচ|দশ|এক)\s+(?:দিন|সপ্তাহ|মাস|ঘণ্টা)\p{M}*",
    regex.IGNORECASE,
)
_CHANNEL = rx.compile(
    rf"\b{_NUM}\s+(?:e-?mails?|calls?|messages?|dms?|tickets?|chats?)\b"
    r"|\b(?:e-?mailed|called|rang|messaged|phoned)\b(?:\s+@?[\w.]+@?){0,2}?"
    r"\s+(?:once|twice|three times|\d+ times)"
    # "DMed @NorthwindHelp on Monday": a DM sent, unanswered
    r"|\b(?:dm'?e?d|dm'd)\s+(?:@\w+|you|them|you guys)\b(?:\s+on\s+\p{L}+)?"
    r"|\blive chat\b|\bchat ?bot\b|\bneljä sähköpostia\b|\b(?:kolme|kaksi) kertaa soitin\b"
    r"|(?:তিনবার|দুইবার|চারবার|পাঁচবার|বারবার|[০-৯\d]+\s?বার)\s+ফোন",
    regex.IGNORECASE,
)
# "দ্বিতীয়বার ডেলিভারি চার্জ দেব না" refuses to pay twice; "আবার পাঠানোর দরকার নেই" needs nothing
# sent again: what they will not do or need, not a failure come back (read by the reports'
# fallback extractor too)
NOT_AGAIN_BN = (
    r"(?!(?:\s+\S+){0,3}?\s+(?:দরকার নেই|লাগবে না|চাই না"
    r"|(?:দেব|দিব|দেবো|দিবো|করব|করবো|নেব|নিব)\s+না))"
)
_REPEAT = rx.compile(
    # "charged me again" is one more charge (the renewal complained of), and "I paid again" a
    # second payment, not a repeat failure; (?=again) first: the look-behinds then run only
    # where "again" follows, not at every word
    r"\b(?=again\b)(?<!\band\s)(?<!\b(?:charged|billed|renewed|took|debited|charge|bill|charges|bills|paid|pay|paying|bought|buy)(?:\s+(?:me|us|my\s+card|for\s+it|it))?(?:\s+[$€£৳]?\d+(?:[.,]\d+)?\s?(?:€|eur|tk|taka)?)?\s)"
    r"(?<!\b(?:typ\w*|enter\w*|re-?enter\w*|log\w*|sign\w*|tr(?:y|ied|ying)|order\w*|start\w*|"
    r"restart\w*|reinstall\w*|set\w*|do|doing|redo|would"
    # "tape cut and taped again": closed up once more, no failure come back
    r"|taped|re-?taped|sealed|re-?sealed|glued|stapled)(?:\s+\S+){0,3}\s)"
    # "no need to send it again", "I won't pay again": what they will not have done
    r"(?<!\b(?:don'?t|won'?t|will not|do not|no need to|not going to)(?:\s+\S+){0,3}\s)"
    r"again\b(?!\s+(?:in|on)\s+(?:\p{Lu}|the\s+\d))"
    # "the cortado was perfect again": the praise came back, not a failure
    r"(?<!\b(?:perfect|great|lovely|amazing|excellent|delicious|brilliant|fantastic|superb"
    r"|wonderful|gorgeous|spot on|on point|flawless|smooth|fast|quick|quicker|early)\s+again)"
    r"(?!\s+(?:perfect|great|lovely|amazing|excellent|delicious|brilliant|fantastic|superb"
    r"|wonderful|gorgeous|spot on|on point|flawless|a delight|a joy)\b)"
    # "out for delivery 3 days in a row" is one delay that lasts, not a failure that came back
    # "second month in a row my beans show up late": the same failure, come back
    # "second wrong order from you this month": the same failure, come back
    r"|\b(?:second|third|fourth|2nd|3rd|4th) (?:wrong|late|lost|missing|damaged|broken|faulty"
    r"|crushed|mixed-up) (?:order|delivery|box|bag|parcel|item)s?\b"
    r"|\b(?:second|third|fourth|2nd|3rd|4th)\s+(?:week|month|order|delivery|box|bag)"
    r"\s+(?:in a row|running)\b"
    r"|\b(?:(?:second|third|fourth|2nd|3rd|4th)\s+time"
    r"|(?<!\b(?:days?|nights?|weeks?|months?|mornings?|evenings?|deliveries)\s)in a row)\b"
    # "about a third of the beans" is a share, not a third time
    r"|\bTHIRD\b(?<!\b(?:a|one|another)\s+third)(?!\s+(?:week|day|month|year|hour|minute)s?\b)"
    r"(?!\s+of\b)"
    # "second email about this": they had to chase, which is answered as a repeat of its own
    r"|\b(?:second|fourth|2nd|3rd|4th)\s+(?:e-?mail|message|call|dm|reminder|follow-?up|contact)s?\b"
    # "this is my 4th post about this": asked in the open before, with nothing done
    r"|\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:post|tweet|complaint|time\s+posting)"
    r"\s+(?:about|on|regarding)\b"
    # "That's the 4th thing to go wrong with you this month": failings, counted
    r"|\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:thing|problem|issue|screw-?up|mess)"
    r"\s+(?:to\s+go|that'?s\s+gone|that\s+has\s+gone|gone|going)\s+wrong\b"
    # "the 4th missed pickup this month": the same failure, counted
    r"|\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:missed|late|failed|lost|wrong|damaged"
    r"|broken|cancell?ed|delayed|botched|no-?show)\s+(?:\S+\s+){0,2}?(?:this|in\s+a|in\s+one|that)"
    r"\s+(?:week|month|year)\b"
    r"|\btoisen kerran\b|\b(?:toinen|kolmas|neljäs) kerta\b|\bputkeen\b|\bjälleen\b"
    # "jo kolmas kuukausi kun Club-paketti katoaa": the same failure, month after month
    r"|\b(?:toinen|kolmas|neljäs) (?:kuukausi|viikko)\b(?=[^.!?\n]{0,15}\b(?:kun|jolloin|putkeen))"
    r"|\b(?:toista|kolmatta|neljättä) kertaa\b|(?:দ্বিতীয়|তৃতীয়|চতুর্থ)\s?বার"
    + NOT_AGAIN_BN
    # "veloitettiin taas" is one more charge; "আবার কবে দিবে" asks when next, and "আবার ইনস্টল"
    # is what they tried (reinstalled), not a repeat
    + r"|\b(?<!veloit(?:ettiin|titte|ti|tivat)\s(?:\S+\s){0,2})(?<!kiitti\s)"
    # "veloitus tuli taas": the charge that came again is the month's, not a failure repeated
    r"(?<!\b(?:veloitu[sk]\w*|maksu\w*|lasku\w*|laskutu[sk]\w*)\s(?:\S+\s){0,2})"
    # ("eilen lähti taas 24,90 € tililtä": one more charge taken, the same)
    r"(?<!kiitos\s)(?<!\b(?:lähti|meni|otettiin|vietiin)\s)taas\b"
    r"(?!\s+(?:\S+\s+)?\d+(?:[,.]\d+)?\s?(?:€|e\b|euroa?))"
    # "cortado oli taas täydellinen": the praise came back, not a failure
    r"(?!\s+(?:ihan\s+|aivan\s+|niin\s+)?(?:täydelli\w*|loistav\w*"
    r"|herkulli\w*|ihan[ai]\w*|upe[ai]\w*|nappiin|parasta|hyv[äi]\w*)\b)"
    # "..., আবার রিটার্ন চার্জও কেটেছে" is "and on top of that", not "again"
    r"|আবারও|আবার(?<![,;]\s*আবার)(?!\s+(?:কবে|ইনস্টল|চেষ্টা|লগইন|ডাউনলোড|চালু|খুল|বল|বুক|অর্ডার|পাঠা))"
    + NOT_AGAIN_BN
    + r"(?!(?:\s+\S+){0,3}?\s+\S+ও(?=[\s,।]|$))",
    regex.IGNORECASE,
)
_DEVICE = rx.compile(
    r"\b(?i:iphone|ipad|pixel|galaxy|redmi)(?=\s+\d)(?:\s+\d+\w*)(?:\s+(?i:pro|max|plus|mini|ultra))?|"
    r"\b(?:iPhone|iPad|Pixel|Samsung(?:\s+Galaxy)?|Galaxy|Redmi(?:\s+Note)?|Xiaomi|OnePlus|Huawei|Motorola|Nokia|"
    r"Android|iOS|macOS|Windows|Firefox|Chrome|Safari|Edge)(?:\s+(?:[A-Z]?\d+[\w.]*|(?i:pro|max|plus|mini|note|ultra|se|lite)\b)){0,3}"
    # phones sold in Bangladesh, in Latin or Bengali script: "Walton Primo", "স্যামসাং A52"
    r"|\b(?:Walton|Vivo|Oppo|Realme|Tecno|Infinix|Symphony)(?:\s+[A-Z]?\d+\w*)?"
    r"|(?:স্যামসাং|শাওমি|রেডমি|আইফোন|ওয়ালটন|ভিভো|অপো|রিয়েলমি)(?:\s+[A-Z]?\d+\w*)?"
)
_DATE = rx.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|the\s+\d{1,2}(?:st|nd|rd|th))\b",
    regex.IGNORECASE,
)
# a capitalised run that goes on ("the Nordic Roasting Awards") names an event, not a place
_PLACE = rx.compile(
    r"\b(?:at|in|on)\s+(?:the\s+|your\s+)?(?:@\w+\s+)?"
    # "bought in Feb", "on Monday" name a time, not a place
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    r"\p{Ll}*\b)"
    r"(?P<place>(?>\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}\p{Ll}+)?))(?![^\S\n]+\p{Lu}\p{Ll})"
)
# a branch named after the brand, as people type it: "at northwind kallio"
# "a bun from Northwind Töölö on Saturday": bought at that branch
_BRANCH = rx.compile(r"\b(?i:at|in|from)\s+(?P<brand>\p{L}+)\s+(?P<place>\p{L}{3,})\b")
# "a cinnamon bun from Northwind Coffee Kamppi": the brand's full name, then the branch
_BRANCH_FULL = rx.compile(
    r"\b(?i:at|in|from)\s+(?P<brand>\p{L}+)\s+(?P<brand2>\p{L}+)\s+(?P<place>\p{L}{3,})\b"
)


def facts(text: str, *, brand: str = "", items: tuple[str, ...] = ()) -> Facts:
    """Patterns that need a digit are only tried on a text that has one: most posts do not."""
    digits = _DIGIT.search(text) is not None
    low = text.casefold()
    return Facts(
        items=items, amounts=_amounts(text) if digits else (),
        references=references(text) if digits and _ref_hinted(low, text) else (),
        durations=_durations(text) if _any_in(low, _UNIT_HINTS) else (),
        channels_tried=_all(_CHANNEL, text) if _any_in(low, _CHANNEL_HINTS) else (),
        places=_places(text, brand), dates=_all(_DATE, text) if digits else (),
        repeat=_all(_REPEAT, text) if _any_in(low, _REPEAT_HINTS) else (),
        device=_all(_DEVICE, text) if _any_in(low, _DEVICE_HINTS) else (),
    )  # fmt: skip


# "refund the last 3 months": a span of months to pay back, not how long they have waited
# (the replies' own search for a wait skips it too)
SPAN_PAID = rx.compile(
    r"\b(?:refund|repay|pay back|credit|reimburse)(?: me| us)?(?: for)?(?: the)? (?:last|past"
    r"|previous) $",
    regex.I,
)


def _durations(text: str) -> tuple[str, ...]:
    return _unique(
        m.group(0) for m in _DURATION.finditer(text)
        if not SPAN_PAID.search(text, max(0, m.start() - 30), m.start())
    )  # fmt: skip


def _amounts(text: str) -> tuple[str, ...]:
    """Sums of money, less thresholds ("free delivery over 40 €", "yli 40 €"): a threshold
    is the rule they quote, not money taken from them."""
    found = [
        " ".join(m.group(0).split()) for m in _AMOUNT.finditer(text)
        if not _THRESHOLD.search(text, max(0, m.start() - 16), m.start())
    ]  # fmt: skip
    return _unique(found)


def threshold_digits(text: str) -> frozenset[str]:
    """The digits of every sum the post quotes as a threshold ("yli 40 €" -> "40"), so that a
    second extractor can leave them out too."""
    return frozenset(
        regex.sub(r"\D", "", m.group(0)) for m in _AMOUNT.finditer(text)
        if _THRESHOLD.search(text, max(0, m.start() - 16), m.start())
    )  # fmt: skip


_THRESHOLD = rx.compile(
    # "hand over 80 taka" pays it; "orders over €50" is a threshold
    r"\b(?:(?<!\bhand(?:ed|ing)? )over|above|more than|at least|minimum|min\.|orders? of|yli"
    r"|vähintään)\s*\Z"
    r"|এর বেশি\s*\Z",
    regex.I,
)


def _any_in(low: str, hints: tuple[str, ...]) -> bool:
    return _hint_pattern(hints).search(low) is not None


@cache
def _hint_pattern(hints: tuple[str, ...]) -> re.Pattern[str]:
    """Whether any hint is a substring, in one C-level search instead of one per hint."""
    return re.compile("|".join(re.escape(h) for h in hints))


# cheap substring checks that decide whether a pattern can match at all
_UNIT_HINTS = (
    "min", "hour", "hr", "day", "week", "month", "since", "päivä", "viikko", "kuukau", "tunti",
    "দিন", "সপ্তাহ", "মাস", "ঘণ্টা",
)  # fmt: skip
_REF_HINTS = ("-", "#", "order", "ticket", "case", "track", "ref", "tilaus", "অর্ডার")
_CHANNEL_HINTS = (
    "chat", "mail", "call", "rang", "messag", "phon", "sähköpost", "soitin", "ফোন", "dm",
)  # fmt: skip
_REPEAT_HINTS = (
    "again", "time", "row", "third", "second", "fourth", "2nd", "3rd", "4th", "toisen", "kerta",
    "putkeen", "jälleen", "taas", "আবার", "বার", "5th", "fifth", "running", "kuukausi", "viikko",
)  # fmt: skip
_DEVICE_HINTS = (
    "iphone", "ipad", "pixel", "samsung", "galaxy", "redmi", "xiaomi", "oneplus", "huawei",
    "motorola", "nokia", "android", "ios", "windows", "firefox", "chrome", "safari", "edge",
    "walton", "vivo", "oppo", "realme", "tecno", "infinix", "symphony", "স্যামসাং", "শাওমি",
    "রেডমি", "আইফোন", "ওয়ালটন", "ভিভো", "অপো", "রিয়েলমি",
)  # fmt: skip


_DIGIT = rx.compile(r"\d")
_GLUED = rx.compile(r"[A-Z]{2,4}\d{6}")  # PX77120455: a reference with no hyphen


def _all(pattern: regex.Pattern[str], text: str, *, spaced: bool = False) -> tuple[str, ...]:
    if spaced:
        return _unique(" ".join(m.group(0).split()) for m in pattern.finditer(text))
    return _unique(m.group(0) for m in pattern.finditer(text))


def _ref_hinted(low: str, text: str) -> bool:
    return _any_in(low, _REF_HINTS) or _GLUED.search(text) is not None


def references(text: str) -> tuple[str, ...]:
    """Order, tracking and ticket numbers as printed (without a leading ``#``)."""
    found = []
    for m in _REF.finditer(text):
        value = (m.group("code") or m.group("glued") or m.group("bare") or "").lstrip("#")
        if any(c.isdigit() for c in value):
            found.append(value)
    return _unique(found)


def _places(text: str, brand: str) -> tuple[str, ...]:
    brand_words = {w.casefold() for w in brand.split()}
    out = []
    for m in _PLACE.finditer(text):
        words = [w for w in m.group("place").split() if w.casefold() not in brand_words]
        if words and words[0] not in _NOT_PLACES:
            out.append(" ".join(words))
    # "Northwind's Tampere café", "your Kallio shop": a site named before what it is
    out += [
        m.group("place") for m in _SITE.finditer(text)
        if m.group("place").casefold() not in brand_words and m.group("place") not in _NOT_PLACES
    ]  # fmt: skip
    # "Kallion kahvilassa", "Tampereen myymälässä": a site named in the Finnish genitive, not
    # the brand's own ("Northwindin kahvilassa" names no site)
    out += [
        m.group("place") for m in _FI_SITE.finditer(text, overlapped=True)
        if not any(m.group("place").casefold().startswith(b) for b in brand_words)
    ]  # fmt: skip
    if brand_words and _BRANCH_HINT.search(text):
        out += [
            m.group("place") for m in _BRANCH.finditer(text)
            if m.group("brand").casefold() in brand_words
            and _branch_name(m.group("place"))
        ]  # fmt: skip
        out += [
            m.group("place") for m in _BRANCH_FULL.finditer(text)
            if {m.group("brand").casefold(), m.group("brand2").casefold()} <= brand_words
            and _branch_name(m.group("place"))
        ]  # fmt: skip
    # "Northwind Kallio staff refused ...": the branch, named by whose staff they were
    out += [
        m.group("place") for m in _BRANCH_STAFF.finditer(text)
        if m.group("brand").casefold() in brand_words and _branch_name(m.group("place"))
    ]  # fmt: skip
    return _unique(out)


_BRANCH_STAFF = rx.compile(
    r"\b(?P<brand>\p{L}+)\s+(?P<place>\p{Lu}\p{Ll}{2,})\s+"
    r"(?i:staff|barista|baristas|team|manager|employees?|workers?|crew|cashier|yesterday|today"
    r"|tonight|this morning|this afternoon|last night)\b"
)
_SITE = rx.compile(
    r"\b(?:the|your|(?i:[\p{L}-]+['’]s))\s+(?P<place>\p{Lu}\p{Ll}{2,})\s+"
    r"(?i:caf[eé]|branch|shop|store|outlet|hub|kahvila)\b"
)
_FI_SITE = rx.compile(
    r"\b(?P<place>\p{Lu}\p{Ll}+n)\s+(?:\p{L}+\s+)?(?i:kahvila|myymälä|liike|paahtimo)\w*"
)
_BRANCH_HINT = rx.compile(r"\b(?i:at|in|from)\s")

_NOT_BRANCH = frozenset(
    "coffee cafe café shop store app website site order support the and for with today tonight "  # noqa: SIM905
    "yesterday tomorrow this that last next before after again now then has have had is was were "
    "are been being will would can could did does never always just once once today's staff "
    # "at Northwind about my kettle": a word that joins a clause names no branch
    "about over because since until without but when where who which what why how your our their "
    "his her its any all some not into onto from via per than too also still even only twice "
    "instead".split()
)


def _branch_name(word: str) -> bool:
    """ "kallio" in "at northwind kallio"; never a verb or a time ("at Northwind mocked")."""
    low = word.casefold()
    return low not in _NOT_BRANCH and not low.endswith(("ed", "ing", "ly", "'s", "’s"))


_NOT_PLACES = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "  # noqa: SIM905
    "April June July August September October November December Easter Christmas Firefox "
    # "can't use the app in English": a language, not a place
    "English Bangla Bengali Finnish Swedish Hindi Urdu Arabic Spanish German French Russian "
    "Chinese Estonian Norwegian Danish".split()
)


def _unique(values: object) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for v in values:  # type: ignore[attr-defined]
        s = str(v).strip(" .,;:!?")
        if s:
            seen.setdefault(s.casefold(), s)
    return tuple(seen.values())
