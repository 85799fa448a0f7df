"""A price worked out from a rate card the FAQ states in words.

"How much to send a 3kg parcel from Dhaka to Sylhet?" is answered by "A parcel up to 1 kg
costs ৳60 within a city and ৳120 between cities, plus ৳20 for each extra kg up to 10 kg" only
after the sum is done: ৳120 for the first kg and 2 x ৳20. A reply that pastes the table leaves
that sum to the customer. Here the card is read from the answer's own words (a base weight,
one price per zone, a price per extra unit and a limit), the weight from the question, and
the zone from the route where the question gives one (two different places: "between";
"within Dhaka": "within"); otherwise every zone's price is given. Nothing is worked out where
the card cannot be read whole, or the weight is beyond its limit: the FAQ's answer stands.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import regex

from monitor import rx

_AMOUNT = (
    r"(?:(?P<cur>[৳€$£])\s?(?P<amt>\d+(?:[.,]\d{1,2})?)"
    r"|(?P<amt>\d+(?:[.,]\d{1,2})?)\s?(?P<cur>€|tk\b|taka\b))"
)
_UNIT = r"(?P<unit>kg|kilos?|kilograms?)"
_BASE = rx.compile(rf"\bup to (?P<n>\d+(?:\.\d+)?)\s?{_UNIT}\s+costs?\b", regex.I)
# "৳60 within a city and ৳120 between cities": a price and the zone it is for
_ZONE = rx.compile(
    rf"{_AMOUNT}\s+(?P<zone>(?:within|between|inside|outside|across)\s[^,;.]+?)(?=\s+and\s|\s*[,;.]|$)",
    regex.I,
)
_STEP = rx.compile(
    rf"{_AMOUNT}\s+(?:for each|for every|per|a|each)\s+(?:extra|additional|further)\s+{_UNIT}"
    rf"(?:\s+up to (?P<cap>\d+(?:\.\d+)?)\s?{_UNIT})?",
    regex.I,
)
_WEIGHT = rx.compile(rf"\b(?P<w>\d+(?:\.\d+)?)\s?{_UNIT}(?!\p{{L}})", regex.I)
_ROUTE = rx.compile(r"\bfrom (?P<a>\p{Lu}[\p{L}-]+) to (?P<b>\p{Lu}[\p{L}-]+)")
# "4kg box dhaka to sylhet": two places the card's cities are known by, however written
_NAMED_ROUTE = rx.compile(r"\b(?P<a>[\p{L}-]+) (?:to|->|→) (?P<b>[\p{L}-]+)\b")
_SENTENCE = rx.compile(r"[^.!?\n]+[.!?]*")
_WITHIN = rx.compile(r"\b(?:within|inside) (?P<a>\p{Lu}[\p{L}-]+)|\bsame city\b", regex.I)


@dataclass(frozen=True)
class Card:
    base_weight: float
    zones: tuple[tuple[str, float], ...]  # (zone words, price)
    step: float  # price per extra unit begun
    cap: float | None  # the heaviest weight the card covers
    currency: str  # as written: "৳", "€", "tk"
    before: bool  # the currency before the amount ("৳60") or after it ("60 tk")


@lru_cache(maxsize=256)
def card(answer: str) -> Card | None:
    """The rate card in an FAQ answer; None where it is not stated whole. Cached: the
    self-check reads every FAQ answer for each draft."""
    base, step = _BASE.search(answer), _STEP.search(answer)
    if base is None or step is None:
        return None
    found = list(_ZONE.finditer(answer, base.end(), step.start()))
    if not found or any(m["cur"] != step["cur"] for m in found):
        return None  # prices in two currencies: not one card
    zones = tuple((m["zone"].strip(), _number(m["amt"])) for m in found)
    cap = _number(step["cap"]) if step["cap"] else None
    before = step[0].startswith(step["cur"])
    return Card(_number(base["n"]), zones, _number(step["amt"]), cap, step["cur"], before)


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _money(rates: Card, amount: float) -> str:
    """An amount written as the card writes its own ("৳160", "160 tk")."""
    value = f"{amount:.2f}".removesuffix(".00")
    return f"{rates.currency}{value}" if rates.before else f"{value} {rates.currency}"


def _weight(w: float) -> str:
    return f"{w:g} kg"


def price(question: str, answer: str) -> str:
    """ "A 3 kg parcel from Dhaka to Sylhet costs ৳160: ৳120 for the first kg between cities,
    plus ৳20 for each of the 2 extra kg."; "" where the sum cannot be done."""
    rates = card(answer)
    asked = _WEIGHT.search(question)
    if rates is None or asked is None:
        return ""
    weight = _number(asked["w"])
    if weight <= 0 or (rates.cap is not None and weight > rates.cap):
        return ""
    extra = max(0, math.ceil(weight - rates.base_weight - 1e-9))
    # "a 4kg box dhaka to sylhet? and documents inside dhaka?": the route of the sentence that
    # gives the weight, not the place of the next question
    own = next((m[0] for m in _SENTENCE.finditer(question) if m.start() <= asked.start() < m.end()),
               question)  # fmt: skip
    within = _WITHIN.search(own) is not None
    route = _route(own) or (None if within else _route(question))
    zones = _zones(own if route or within else question, route, rates.zones)
    costs = [(zone, p + extra * rates.step) for zone, p in zones]
    step = _money(rates, rates.step) + (
        f" for each of the {extra} extra kg" if extra > 1 else " for the extra kg")  # fmt: skip
    first = "the first kg" if rates.base_weight == 1 else f"the first {_weight(rates.base_weight)}"
    what = f"A {_weight(weight)} parcel" + (
        f" from {route[0]} to {route[1]}" if route and len(costs) == 1 else "")  # fmt: skip
    if len(costs) == 1:
        (zone, total), base = costs[0], zones[0][1]
        if not extra:
            return f"{what} costs {_money(rates, total)} {zone}."
        return (f"{what} costs {_money(rates, total)}: {_money(rates, base)} for {first} {zone}, "
                f"plus {step}.")  # fmt: skip
    each = " and ".join(f"{_money(rates, total)} {zone}" for zone, total in costs)
    if not extra:
        return f"{what} costs {each}."
    return f"{what} costs {each} (the price for {first}, plus {step})."


def weighed(question: str) -> bool:
    """The question gives a weight ("a 4kg box", "২ কেজি")."""
    return bool(_WEIGHT.search(question) or _BN_WEIGHT.search(question))


def over_cap(question: str, answer: str) -> bool:
    """ "can I send a 25 kg box?" against a card that stops at 10 kg: the card has no price
    for it, and a person answers."""
    rates = card(answer)
    asked = _WEIGHT.search(question)
    return bool(rates and asked and rates.cap is not None and _number(asked["w"]) > rates.cap)


# neighbourhoods of the cities the rate card's zones are about: "from Gulshan to Uttara" is
# within Dhaka, not between cities
_AREAS = {
    area: city
    for city, areas in {
        "dhaka": "gulshan banani uttara dhanmondi mirpur mohammadpur motijheel tejgaon badda "
        "bashundhara baridhara farmgate shahbag malibagh rampura khilgaon wari lalbagh jatrabari "
        "mohakhali kawran bazar karwan bazar azimpur shyamoli",
        "chattogram": "agrabad halishahar pahartali nasirabad khulshi panchlaish chawkbazar",
        "sylhet": "zindabazar amberkhana subidbazar",
    }.items()
    for area in areas.split()
}


# cities a route may name in lower case ("dhaka to sylhet"); any place, capitalised after
# "from", is a route too ("from Dhaka to Rajshahi")
_CITIES = frozenset(
    "dhaka chattogram chittagong ctg sylhet rajshahi khulna barishal barisal rangpur mymensingh "  # noqa: SIM905
    "cumilla comilla gazipur narayanganj bogura bogra jessore jashore helsinki espoo vantaa "
    "tampere turku oulu".split()
)


def _route(text: str) -> tuple[str, str] | None:
    """The two places a question sends between: "from Dhaka to Sylhet", "dhaka to sylhet"."""
    if m := _ROUTE.search(text):
        return m["a"], m["b"]
    for m in _NAMED_ROUTE.finditer(text, overlapped=True):
        a, b = m["a"], m["b"]
        if all(w.casefold() in _CITIES or w.casefold() in _AREAS for w in (a, b)):
            return _place(a), _place(b)
    return None


def _place(word: str) -> str:
    return word[:1].upper() + word[1:] if word.islower() else word


def _city(place: str) -> str:
    """The city a place lies in where it is a known neighbourhood, else the place itself."""
    low = place.casefold()
    return _AREAS.get(low.split()[0] if low.split() else low, low)


def _zones(
    question: str, route: tuple[str, str] | None, zones: tuple[tuple[str, float], ...]
) -> tuple[tuple[str, float], ...]:
    """The zone the route names: two different places are "between" (or "across"), one
    place or "the same city" is "within"; all zones where the question does not say."""
    wanted: tuple[str, ...]
    if route and _city(route[0]) == _city(route[1]):
        wanted = ("within", "inside")  # "Gulshan to Uttara": two areas of one city
    elif route and route[0].casefold() != route[1].casefold():
        wanted = ("between", "across", "outside")
    elif (route and route[0].casefold() == route[1].casefold()) or _WITHIN.search(question):
        wanted = ("within", "inside")
    else:
        return zones
    found = tuple(z for z in zones if z[0].casefold().startswith(wanted))
    return found if len(found) == 1 else zones


# -- Bengali: "সিলেট থেকে ঢাকায় ২ কেজি পার্সেল পাঠাতে কত খরচ হবে?" -------------------------
_BN_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
_TO_BN = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
# "২ কেজি", "২ কেজির" (of 2 kg), "2kg"
_BN_WEIGHT = rx.compile(
    r"(?P<w>[০-৯\d]+(?:\.[০-৯\d]+)?)\s?(?:কেজি|kg)(?:র|তে)?(?![\p{L}\p{M}])", regex.I
)
# "সিলেট থেকে ঢাকায়": from one place to another, the second with its locative ending
# ("ঢাকা থেকে ২ কেজি": a weight after "from" is no place)
_BN_ROUTE = rx.compile(
    r"(?P<a>[\u0980-\u09ff]+) থেকে (?P<b>(?![০-৯])[\u0980-\u09ff]+?)(?:য়|তে|ে)?(?=\s)"
)
_BN_WITHIN = rx.compile(
    r"একই শহর|শহরের (?:মধ্যে|ভেতরে|ভিতরে)|[\u0980-\u09ff]+র (?:মধ্যে|ভেতরে|ভিতরে)"
)
_BN_ZONE = {"within": "একই শহরের মধ্যে", "inside": "একই শহরের মধ্যে",
            "between": "এক শহর থেকে আরেক শহরে", "across": "এক শহর থেকে আরেক শহরে",
            "outside": "শহরের বাইরে"}  # fmt: skip


def _bn_money(rates: Card, amount: float) -> str:
    return _money(rates, amount).translate(_TO_BN)


def price_bn(question: str, answer: str) -> str:
    """ "সিলেট থেকে ঢাকায় ২ কেজির পার্সেল পাঠাতে খরচ ৳১৪০: ..." worked out from the card in
    the configured (English) answer; "" where the sum cannot be done or a zone has no
    Bengali name here."""
    rates = card(answer)
    asked = _BN_WEIGHT.search(question)
    if rates is None or asked is None:
        return ""
    weight = _number(asked["w"].translate(_BN_DIGITS))
    if weight <= 0 or (rates.cap is not None and weight > rates.cap):
        return ""
    names = [_BN_ZONE.get(zone.split()[0].casefold()) for zone, _ in rates.zones]
    if None in names:
        return ""
    extra = max(0, math.ceil(weight - rates.base_weight - 1e-9))
    route = _BN_ROUTE.search(question)
    if route and route["a"] != route["b"]:
        wanted: tuple[str, ...] = ("between", "across", "outside")
    elif route or _BN_WITHIN.search(question):
        wanted = ("within", "inside")
    else:
        wanted = ()
    picked = [(z, p) for z, p in rates.zones if z.casefold().startswith(wanted)] if wanted else []
    zones = picked if len(picked) == 1 else list(rates.zones)
    kg = f"{weight:g}".translate(_TO_BN)
    where = f"{route[0]} " if route and len(zones) == 1 else ""
    what = f"{where}{kg} কেজির পার্সেল পাঠাতে খরচ"
    step = (f", আর বাড়তি প্রতি কেজির জন্য {_bn_money(rates, rates.step)}"
            f" ({str(extra).translate(_TO_BN)} কেজি বাড়তি)" if extra else "")  # fmt: skip
    first = (
        "প্রথম কেজি"
        if rates.base_weight == 1
        else f"প্রথম {f'{rates.base_weight:g}'.translate(_TO_BN)} কেজি"
    )
    if len(zones) == 1:
        (zone, base) = zones[0]
        total = base + extra * rates.step
        name = _BN_ZONE[zone.split()[0].casefold()]
        if not extra:
            return f"{what} {_bn_money(rates, total)} ({name})।"
        return f"{what} {_bn_money(rates, total)}: {name} {first} {_bn_money(rates, base)}{step}।"
    each = ", আর ".join(
        f"{_BN_ZONE[z.split()[0].casefold()]} {_bn_money(rates, p + extra * rates.step)}"
        for z, p in zones
    )
    return f"{what} {each}।"
