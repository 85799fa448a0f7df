"""Pull the specifics out of a complaint so a reply can restate them in our words.

A reply that says "your order #NW-48213, three weeks late" shows the customer they were
heard; one that says "your issue" shows a template. Every pattern here is deliberately
conservative: quoting a wrong detail back is worse than quoting none.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from monitor import rx
from monitor.reading.facts import NOT_AGAIN_BN

# "#NW-48213", "order 48213", "order number AB12345", "tilaus 12345", "অর্ডার #123456"
_ORDER = rx.compile(
    r"(?<![\p{L}\p{N}])#[A-Z]{0,4}-?\d{3,}[A-Z0-9-]*"
    r"|(?:order|tilaus|tilausnumero|অর্ডার)(?:\s+(?:number|no\.?|nr\.?|id|#))?\s*[:#]?\s*"
    r"(?P<bare>[A-Z]{0,4}-?\d{4,}[A-Z0-9-]*)"
    # tracking numbers as couriers print them: "PCL-US-5520913"
    r"|(?-i:(?<![\p{L}\p{N}-])(?P<track>[A-Z]{2,5}-(?:[A-Z]{2,3}-)?\d{6,})(?![\p{L}\p{N}]))",
    regex.IGNORECASE,
)
_CURRENCY = r"(?:[$€£৳]|US\$|Tk\.?)"
_AMOUNT = rx.compile(
    rf"{_CURRENCY}\s?\d(?:[\d,]*\d)?(?:[.,]\d{{1,2}})?"
    r"|\b\d(?:[\d,]*\d)?(?:[.,]\d{1,2})?\s?(?:€|eur(?:os?)?|usd|dollars|pounds|gbp|taka|tk|bdt|৳)(?![\p{L}])",
    regex.IGNORECASE,
)
_NUMBER_WORDS = (
    "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    "thirty|forty|forty-five|fifty|sixty|ninety|several|few|a few|\\d+(?:[.,]\\d)?"
)
_UNITS = "minutes?|mins?|hours?|hrs?|days?|weeks?|months?"
_WAIT = rx.compile(
    rf"(?:(?:for|over|after|nearly|almost|about|like|now|been|waited|waiting|on hold)\s+"
    rf"(?:(?:over|nearly|almost|about|like)\s+)?)(?P<span>(?:{_NUMBER_WORDS})\s+(?:{_UNITS}))\b"
    rf"|(?P<span2>(?:{_NUMBER_WORDS})\s+(?:{_UNITS}))\s+(?:ago|later|now|late|on hold)\b"
    r"|(?P<span3>since\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"last\s+(?:week|month)|yesterday|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)(?:\s+\d{1,2})?)",
    regex.IGNORECASE,
)
# "my Aeropress Go", "the Morning Blend beans", "your Parcelly Plus plan": a capitalised
# name after a possessive or article; one to three words, the first capitalised.
_PRODUCT = rx.compile(
    r"\b(?i:my|the|your|this|our|a|an)\s+"
    r"(?P<name>\p{Lu}[\p{L}\p{N}'’-]+(?:\s+(?:\p{Lu}[\p{L}\p{N}'’-]*|\d+[\p{L}]*)){0,2})"
    r"(?:\s+(?P<noun>grinder|beans|blend|machine|kettle|mug|subscription|plan|app|box|bag|"
    r"pack|order|card|membership|pods|capsules|filter|bundle|set|gift|tracker|label))?",
)
_QUOTED = rx.compile(r"[\"“](?P<q>[^\"”]{3,60})[\"”]")
_NOT_PRODUCTS = frozenset(
    {"I", "I'm", "Im", "It", "The", "This", "My", "Monday", "Tuesday", "Wednesday", "Thursday",
     "Friday", "Saturday", "Sunday", "App", "Store", "Google", "Play", "Twitter", "Reddit",
     "Why", "What", "How", "When", "Where", "Who", "Your", "Our", "We", "You", "They", "Ever"}
)  # fmt: skip


@dataclass(frozen=True)
class Specifics:
    """What the customer told us, in their words: quoted back in the reply."""

    orders: tuple[str, ...] = ()
    amounts: tuple[str, ...] = ()
    waited: str | None = None
    product: str | None = None

    @property
    def order(self) -> str | None:
        return self.orders[0] if self.orders else None

    @property
    def amount(self) -> str | None:
        return self.amounts[0] if self.amounts else None

    def as_dict(self) -> dict[str, object]:
        return {"orders": list(self.orders), "amounts": list(self.amounts),
                "waited": self.waited, "product": self.product}  # fmt: skip


def _unique(items: list[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return tuple(seen)


def orders(text: str) -> tuple[str, ...]:
    found = []
    for m in _ORDER.finditer(text):
        if m.group("track"):
            found.append(m.group("track"))
            continue
        value = m.group("bare") or m.group(0)
        if value.startswith("#") or any(c.isdigit() for c in value):
            found.append(value if value.startswith("#") else f"#{value}")
    return _unique([o.upper() for o in found])


def amounts(text: str) -> tuple[str, ...]:
    return _unique([" ".join(m.group(0).split()) for m in _AMOUNT.finditer(text)])


def waited(text: str) -> str | None:
    m = _WAIT.search(text)
    if not m:
        return None
    span = m.group("span") or m.group("span2") or m.group("span3")
    return " ".join(span.split()).lower() if span else None  # "45 MINUTES" is shouting


def _shouted(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def product(text: str, *, brand: str = "") -> str | None:
    """A named product, never the brand's own name and never a plain sentence start.

    Only a name followed by a product noun ("my Aeropress Go grinder") or of two words or
    more ("the Forest Roast") counts: a lone capitalised word is as often a place ("your
    Newark depot") and an all-caps one is shouting or an acronym ("your APP IS GARBAGE").
    """
    brand_words = {w.casefold() for w in regex.findall(r"[\p{L}\p{N}]+", brand)}
    for m in _PRODUCT.finditer(text):
        words = m.group("name").split()
        while words and (words[-1] in _NOT_PRODUCTS or words[-1].casefold() in brand_words):
            words.pop()
        if not words or words[0] in _NOT_PRODUCTS or words[0].casefold() in brand_words:
            continue
        noun = m.group("noun")
        if any(_shouted(w) for w in words) or (len(words) < 2 and not noun):
            continue
        return " ".join([*words, noun] if noun else words)
    quoted = _QUOTED.search(text)
    if quoted and all(w[:1].isupper() for w in quoted.group("q").split()):
        return quoted.group("q").strip()  # a quoted Title Case name; not a quoted error text
    return None


def specifics(text: str, *, brand: str = "") -> Specifics:
    return Specifics(
        orders=orders(text), amounts=amounts(text), waited=waited(text),
        product=product(text, brand=brand),
    )  # fmt: skip


# "iPhone 12", "Pixel 7", "Galaxy S23", "Android 14", "iOS 17.4", "Redmi Note 12", "version 3.2"
_DEVICE = rx.compile(
    r"\b(?:iPhone\s?\d+(?:\s?(?:Pro|Max|Mini|Plus))*|Pixel\s?\d+[a-z]?(?:\s?Pro)?|"
    r"Galaxy\s?[A-Z]\d+\w*|Redmi(?:\s?Note)?\s?\d+\w*|OnePlus\s?\d+|"
    r"(?:Android|iOS|iPadOS)\s?\d+(?:\.\d+)*|(?:app\s)?version\s?\d+(?:\.\d+)+)"
)
# "four emails", "6 calls", "called twice", "live chat three times"
_TRIED = rx.compile(
    rf"\b(?:(?:{_NUMBER_WORDS})\s+(?:e-?mails?|calls?|phone calls|messages|DMs|tickets|chats)|"
    r"called (?:twice|three times|\d+ times)|emailed (?:twice|three times|\d+ times))\b",
    regex.IGNORECASE,
)
_REPEAT = rx.compile(
    # "the second I tap 'Track'" is a moment, not a second time
    r"(?<!\bon the\s)"
    # "on March 3rd, order NW-55120" is a date, not a third order
    r"(?<!\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}*\.?\s)"
    # "not interested in a second one of these" wants no other one: no repeat told
    # ("happened a second time" still does)
    r"(?:(?<!\ba\s)|(?=\S+\s+times?\b))"
    r"\b(?:second|third|fourth|fifth|2nd|3rd|4th)\b(?!\s+of\s+\p{L})"
    # "the 4th day in a row" is one delay that lasts, not a failure come back
    r"(?!\s+(?:i|you|we|it|they|he|she|that|day|days|night|week|month|morning|hour)\b)"
    # "refund the second charge" is the duplicate of one payment, not a failure come back
    r"(?!\s+(?:charge|payment|debit|transaction|deduction)s?\b)"
    # "charged twice ... I want the second one back": the duplicate, named as one of two
    r"(?!\s+one\b(?<=\b(?:twice|two|double|duplicate|2 x|x ?2)\b[^\n]{0,160}\bsecond\s+one))"
    r"[^.!?]{0,30}?\b(?:time|one|in a row|order|"
    r"parcel|delivery|blender|grinder|mug|item)s?\b(?!\s+of\s+(?:these|those|them)\b)|"
    # "love the Forest Roast as always" praises; "late as always" repeats
    r"\b(?:yet again|once again|again and again|every single time"
    r"|(?<!\b(?:days?|nights?|weeks?|months?|mornings?|evenings?|deliveries)\s)in a row)\b|"
    # (ironic praise "incredible service as always" tells no history either)
    r"(?<!\b(?:love|loved|great|lovely|good|delicious|amazing|excellent|tasty|perfect|incredible"
    r"|stellar|brilliant|fantastic|wonderful|superb|outstanding|impressive|top-notch)\b"
    r"(?:\s+\S+){0,3}\s)\bas always\b|"
    r"toisen kerran|kolmannen kerran|taas kerran|jälleen|(?:আবারও|দ্বিতীয়বার|তৃতীয়বার)"
    + NOT_AGAIN_BN,  # "দ্বিতীয়বার ফি দেব না": what they will not pay again
    regex.IGNORECASE,
)


def devices(text: str) -> tuple[str, ...]:
    return _unique([" ".join(m.group(0).split()) for m in _DEVICE.finditer(text)])


def channels_tried(text: str) -> tuple[str, ...]:
    return _unique([" ".join(m.group(0).split()) for m in _TRIED.finditer(text)])


def repeats(text: str) -> tuple[str, ...]:
    return _unique([m.group(0) for m in _REPEAT.finditer(text)])


# Finnish and Bengali waits, quoted as written: "kolme viikkoa", "দশ দিন"
_WAIT_LOCAL = rx.compile(
    r"\b(?:\d+|yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen)\s+"
    r"(?:päivää|viikkoa|kuukautta|tuntia|minuuttia)\b"
    r"|(?:[০-৯\d]+|এক|দুই|তিন|চার|পাঁচ|ছয়|সাত|আট|নয়|দশ)\s*(?:দিন|সপ্তাহ|মাস|ঘণ্টা|মিনিট)",
    regex.IGNORECASE,
)


def waits(text: str) -> tuple[str, ...]:
    """How long, in English (``waited``) or as written in Finnish or Bengali."""
    english = waited(text)
    return (english,) if english else _unique([m.group(0) for m in _WAIT_LOCAL.finditer(text)])
