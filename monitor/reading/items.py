"""The products a post names, whole and as written ("Aurora blender", "Mill 2", "vase").

Two shapes cover most posts: a capitalised name, maybe with a model number, maybe followed
by a product noun ("the Morning Blend beans", "Mill 2 grinder", "Parcelly Plus"); and a
plain product noun after a possessive ("my monitor", "my grandmother's vase"). A phone, a
browser or an OS is the customer's device, never the product; a place after "at"/"in" is a
place; the brand's name alone is not an item.
"""

from __future__ import annotations

import re
from functools import cache

import regex

from monitor import rx

_NOUNS = (
    "grinder|grinders|blender|blenders|kettle|kettles|mug|mugs|cup|cups|beans|blend|roast|"
    "machine|brewer|dripper|carafe|jug|filter|filters|papers|subscription|plan|box|bundle|"
    "laptop|monitor|vase|lamp|book|books|camera|headphones|shoes|jacket|dress|watch|"
    "tehosekoitin|mylly|myllyn"
)
_TOKEN = r"(?:\p{Lu}[\p{L}\p{N}'’]*(?:-\p{L}+)*)"
_UNITS = r"(?:minutes?|mins?|hours?|days?|weeks?|months?|years?|times|x|am|pm)"
# "Mill 2", never "24h", "10k", "3 weeks" or "Ticket 884213"
_MODEL = rf"(?:\d{{1,3}}(?![\p{{L}}\p{{N}}:-]|[.,]\d)(?!\s+{_UNITS}\b))"
_GAP = r"[^\S\r\n]+"  # a name never runs over a line break (a title above the text)
_NAME = rx.compile(
    rf"(?<![\p{{L}}\p{{N}}@#])(?P<name>{_TOKEN}(?:{_GAP}(?:{_TOKEN}|{_MODEL})){{0,3}})(?!-\d)(?:{_GAP}(?P<noun>(?:{_NOUNS})))?(?![\p{{L}}\p{{N}}])"
)
# "my laptop charger" is the charger: a part or accessory word after the noun is the head
_PARTS = "charger|cable|case|bag|lid|stand|sleeve|cover|strap|battery|adapter|lens|holder|screen"
_NOUN_HINTS = tuple({n[:4] for n in _NOUNS.split("|")})
_NOUN_HINT = re.compile("|".join(re.escape(h) for h in sorted(_NOUN_HINTS)))  # any, one search
_POSSESSED = rx.compile(
    rf"\b(?i:my|our|his|her|their|\p{{L}}+['’]s)\s+(?:(?P<cap>\p{{Lu}}\p{{L}}+)\s+)?(?:(?P<mod>\p{{Ll}}+)\s+)?(?P<noun>{_NOUNS})\b(?:\s+(?P<part>{_PARTS})\b)?"
)
_DEVICE_WORDS = frozenset(
    "iphone ipad pixel samsung galaxy redmi note xiaomi oneplus huawei motorola nokia "  # noqa: SIM905
    "android ios macos windows firefox chrome safari edge".split()
)
_STOP = frozenset(
    "i i'm im i've i'll i'd it it's the this that my your our we you they he she his her a an "  # noqa: SIM905
    "and or but so hi hey dear ok okay yes no not love got had has have was were is are do does "
    "did can could would will just still again also thanks thank please why what how "
    "when where who which anyone someone everyone nobody five four three two one heard "
    "apparently honestly great horrible worst best oh wow lot batch monday tuesday wednesday "
    "thursday friday saturday sunday january february march april may june july august "
    "september october november december jan feb mar apr jun jul aug sep sept oct nov dec "
    # a verb opening a sentence ("Sent 12 parcels this month") is no product name
    "sent ordered bought received shipped booked paid tried used returned delivered".split()
)
_PLACE_WORDS = frozenset({"at", "in", "near", "from", "outside"})
_PLACE_BEFORE = rx.compile(
    r"(?i:\b(?:at|in|near|to|from|outside|through|via|around|across|into)\s+(?:the\s+)?)$"
)
_SENTENCE_START = rx.compile(r"(?:^|[.!?…:\n]\s*|[\"“(]\s*)$")
# fixtures of the customer's own home: "tripped my fuse box" names no product of the brand
_HOME = frozenset("fuse letter post mail junk breaker meter shoe lunch tool".split())  # noqa: SIM905
# no name found: a product noun the post points at ("the grinder that tripped ...")
_PACKAGING = frozenset("box bundle plan subscription papers filters".split())  # noqa: SIM905
_POINTED = rx.compile(
    # "the ৳45,000 laptop you lost": its price may stand between
    rf"\b(?i:the|this|that|your)\s+(?:[৳$€£]\s?[\d,.]+\s+|[\d,.]+\s?(?i:tk|taka|euros?|€)\s+)?"
    rf"(?P<noun>{_NOUNS})\b"
)
# a body people take a complaint to ("the Consumer Disputes Board"): no product of ours
_BODIES = frozenset(
    "board authority ombudsman court agency commission council tribunal bureau office "  # noqa: SIM905
    "department ministry police union association".split()
)
_SKIP_MOD = frozenset(
    "new old whole brand another same other first last second third own".split()  # noqa: SIM905
)


def items(text: str, *, brand: str = "", language: str = "en") -> tuple[str, ...]:
    brand_words = _brand_words(brand)
    found: list[tuple[int, str]] = []
    for m in _NAME.finditer(text):
        name = _name(text, m, brand_words, english=language == "en")
        if name:
            found.append((m.start(), name))
    low = text.casefold()
    possessed = _POSSESSED.finditer(text) if _NOUN_HINT.search(low) else ()
    for m in possessed:
        mod = m.group("mod")
        if mod == "own" or mod in _HOME:
            continue  # "my own grinder", "my fuse box": their things, like their phone
        words = [mod] if mod and mod not in _SKIP_MOD and mod not in brand_words else []
        cap = m.group("cap")
        if cap and not (
            _brand_word(cap, brand_words) or _device(cap) or _stop(cap) or _acronym(cap)
        ):
            words.insert(0, cap)  # "my Harbour travel mug", the product's own name kept
        found.append((m.start(), " ".join([*words, m.group("noun"), *filter(None, [m["part"]])])))
    if not found and possessed:
        pointed = (m for m in _POINTED.finditer(text) if m.group("noun") not in _PACKAGING)
        found = [(m.start(), m.group("noun")) for m in pointed][:1]
    return _dedupe([n for _, n in sorted(found)])


@cache
def _brand_words(brand: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _WORDS.findall(brand))


_WORDS = rx.compile(r"[\p{L}\p{N}]+")


def _name(
    text: str, m: regex.Match[str], brand_words: frozenset[str], *, english: bool
) -> str | None:
    words = [w for w in m.group("name").split() if not _acronym(w)]
    noun = m.group("noun")
    at = m.start()  # the patterns below end at ``at``: searched in place, no prefix copied
    if words and words[0].casefold() in _PLACE_WORDS and not noun:
        return None  # "At Northwind Coffee Kallio yesterday ...": a place, as after "at"
    first = (len(words) > 1 or bool(noun)) and _SENTENCE_START.search(text, 0, at)
    if first and (not english or _stop(words[0]) or _verb_like(words[0])):
        words = words[1:]  # "Ordered Forest Roast", "Tilasin Mill 2": a sentence's first word
    while words and (_stop(words[0]) or _device(words[0])):
        words = words[1:]
    words = _after_owner(words, brand_words)
    while words and (words[-1].casefold().rstrip("'’s") in brand_words or _stop(words[-1])):
        words = words[:-1]
    if not words or all(_brand_word(w, brand_words) for w in words):
        return None
    if any(_device(w) for w in words) or (_PLACE_BEFORE.search(text, 0, at) and not noun):
        return None
    if len(words) == 1 and not noun and not _compound(words[0]):
        return None
    if not noun and words[-1].casefold() in _BODIES:
        return None
    if words[0].isdigit() or (len(words) == 1 and words[0].isdigit()):
        return None
    return " ".join([*words, noun] if noun else words)


def _after_owner(words: list[str], brand_words: frozenset[str]) -> list[str]:
    """The brand as the owner is not part of the product's name: "Northwind Coffee's Forest
    Roast" is "Forest Roast", Finnish "Northwindin Harbour-termosmuki" is the mug. The bare
    brand word stays where it names the product ("Northwind Club")."""
    for i, word in enumerate(words[:-1]):
        low = word.casefold()
        base = low.removesuffix("'s").removesuffix("’s")
        owned = base != low or (base not in brand_words and _inflected(base, brand_words))
        if owned and all(_brand_word(w, brand_words) for w in words[: i + 1]):
            return words[i + 1 :]
    return words


def _brand_word(word: str, brand_words: frozenset[str]) -> bool:
    low = word.casefold().removesuffix("'s").removesuffix("’s")
    return low in brand_words or _inflected(low, brand_words)


def _inflected(low: str, brand_words: frozenset[str]) -> bool:
    """ "Northwindin", "Parcellyn": the brand's name with a case ending of a few letters."""
    return any(
        len(b) >= 4 and low.startswith(b) and 0 < len(low) - len(b) <= 3 and low[len(b) :].isalpha()
        for b in brand_words
    )


def _stop(word: str) -> bool:
    return word.casefold().rstrip("'’s,") in _STOP or word.casefold() in _STOP


def _acronym(word: str) -> bool:
    """Shouting ("THIRD") or an acronym ("UI", "PCL"): not part of a product's name."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _verb_like(word: str) -> bool:
    low = word.casefold()
    return low.endswith(("ed", "ing")) or low in _ORDINALS


def _compound(word: str) -> bool:
    """ "Aurora-tehosekoitin": a name joined to a common noun, as Finnish writes it."""
    _head, _, tail = word.partition("-")
    return tail.isalpha() and tail.islower() and len(tail) >= 4 and tail not in _NOT_NOUNS


_NOT_NOUNS = frozenset(
    "based owned led run made born ahead free friendly only style like related".split()  # noqa: SIM905
)
_ORDINALS = frozenset(
    "second third fourth fifth another new".split()  # noqa: SIM905
)


def _device(word: str) -> bool:
    return word.casefold() in _DEVICE_WORDS


def _dedupe(names: list[str]) -> tuple[str, ...]:
    """Keep the longest spelling of one item: "Harbour mugs" over "mugs"."""
    out: list[str] = []
    for n in names:
        low = n.casefold()
        if any(low in o.casefold() for o in out):
            continue
        out = [o for o in out if o.casefold() not in low]
        out.append(n)
    return tuple(out)
