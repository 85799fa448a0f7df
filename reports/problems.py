"""Restate what went wrong in our words ("your Aeropress Go stopped working after two days").

Hearing the customer out means saying their problem back to them. The patterns map the
usual ways people describe a problem to one phrase we can say without blaming anyone; the
customer's own details (product, order, amount, wait) are slotted in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from monitor.models import ComplaintType
from reports.extract import Specifics

_PARCEL = regex.compile(r"\b(parcels?|packages?|deliver(y|ies)|courier|shipment)\b", regex.I)
_APP_SOURCES = frozenset({"appstore", "googleplay"})


@dataclass(frozen=True)
class Problem:
    phrase: str  # "your order #NW-48213 still hasn't reached you after 3 weeks"
    thing: str  # "your order #NW-48213": what it is about
    family: ComplaintType  # what the matched description is about, which decides the next step
    matched: str | None = None  # the customer's words we recognised; None for a generic phrase


_APP = regex.compile(r"\b(the|this|your) app\b", regex.IGNORECASE)


def _be(about: str, singular: str, plural: str) -> str:
    """Verb agreement: "your Morning Blend beans are", "your Kettle Pro is"."""
    last = about.rstrip(")").split("(")[0].split()[-1] if about.split() else ""
    return plural if last.endswith("s") and not last.endswith("ss") else singular


def thing(spec: Specifics, *, kind: ComplaintType, source: str, text: str = "") -> str:
    """What the complaint is about, as specific as the text lets us be."""
    if spec.product and spec.order:
        if kind in (ComplaintType.DELIVERY, ComplaintType.OTHER, ComplaintType.REFUND):
            return f"your order {spec.order} ({spec.product})"
        return f"your {spec.product} (order {spec.order})"
    if spec.product:
        return f"your {spec.product}"
    if spec.order:
        return f"your order {spec.order}"
    if kind is ComplaintType.DELIVERY:
        return "your parcel" if _PARCEL.search(text) else "your order"  # never "the app" arrives
    if source in _APP_SOURCES or _APP.search(text):
        return "the app"
    return {
        ComplaintType.DEFECT: "what you bought", ComplaintType.BILLING: "your account",
        ComplaintType.SERVICE: "your request",
    }.get(kind, "your order")  # fmt: skip


def _amount(spec: Specifics) -> str:
    return f" ({spec.amount})" if spec.amount else ""


def _overcharged(spec: Specifics) -> str:
    if len(spec.amounts) >= 2:
        return f"you were charged {spec.amounts[0]} instead of {spec.amounts[1]}"
    return f"you were charged more than you expected{_amount(spec)}"


def _lost(about: str, m: regex.Match[str]) -> str:
    """ "your order" becomes "your parcel" when that is the word the customer used."""
    said = m.group(2) or m.group(4) or ""
    return f"your {said.lower()}" if about == "your order" and said else about


def _p(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern, regex.IGNORECASE)


_K = ComplaintType
Phrase = Callable[[str, Specifics, "regex.Match[str]"], str]

# First match wins; more specific descriptions come before general ones.
_PATTERNS: tuple[tuple[regex.Pattern[str], Phrase, ComplaintType], ...] = (
    (
        _p(r"charged (me )?(twice|double|two times)|double[- ]charged|billed (me )?twice"),
        lambda t, s, m: f"you were charged twice{_amount(s)}",
        _K.BILLING,
    ),
    (_p(r"overcharg"), lambda t, s, m: _overcharged(s), _K.BILLING),
    (
        _p(r"auto[- ]?renew"),
        lambda t, s, m: "your subscription renewed without a clear warning",
        _K.BILLING,
    ),
    (
        _p(r"hidden (fee|charge)s?|unauthori[sz]ed (charge|payment)"),
        lambda t, s, m: f"a charge appeared that you did not expect{_amount(s)}",
        _K.BILLING,
    ),
    (
        _p(
            r"(still )?(waiting|wait) (for|on) (my|a|the) refund|where'?s my refund|no refund|refund (still )?(hasn'?t|has not|never)"
        ),
        lambda t, s, m: f"your refund{_amount(s)} still hasn't come through",
        _K.REFUND,
    ),
    (
        _p(
            r"lost (my|the|our) (order|package|parcel|delivery|shipment)|(package|parcel|order) (is|was|got) lost"
        ),
        lambda t, s, m: f"{_lost(t, m)} seems to have gone missing on the way",
        _K.DELIVERY,
    ),
    (
        _p(
            r"(days|weeks) late|still (hasn'?t|haven'?t|has not|not) (arrived|come|shipped)|(hasn'?t|has not|never|didn'?t) (arrived|arrive|come|shipped|been delivered)|still waiting|still not (here|arrived|delivered|received)|not (here|arrived) yet|never (came|showed up|turned up)|where('?s| is) my (order|package|parcel|delivery)"
        ),
        lambda t, s, m: f"{t} still {_be(t, 'hasn', 'haven')}'t reached you",
        _K.DELIVERY,
    ),
    (
        _p(r"keeps? crashing|crash(es|ed|ing)?"),
        lambda t, s, m: f"{t} {_be(t, 'keeps', 'keep')} crashing",
        _K.DEFECT,
    ),
    (
        _p(r"keeps? (logging (me|you) out|freezing|disconnecting|failing)"),
        lambda t, s, m: f"{t} keeps {m.group(1).replace('me', 'you')}",
        _K.DEFECT,
    ),
    (
        _p(
            r"(won'?t|will not|doesn'?t|does not|didn'?t|did not) (load|open|start|turn on|charge|connect|sync)"
        ),
        lambda t, s, m: f"{t} won't {m.group(2).lower()}",
        _K.DEFECT,
    ),
    (
        _p(
            r"(stopped|stops) working|not working|(doesn'?t|does not|won'?t|will not) work|unusable"
        ),
        lambda t, s, m: f"{t} stopped working",
        _K.DEFECT,
    ),
    (
        _p(r"(wrong|missing) (item|part|size|piece)s?"),
        lambda t, s, m: f"{t} came with the {m.group(1).lower()} {m.group(2).lower()}",
        _K.DEFECT,
    ),
    (
        _p(
            r"arrived (damaged|cracked|broken|smashed)|(damaged|cracked|smashed) (on arrival|in transit)"
        ),
        lambda t, s, m: f"{t} arrived damaged",
        _K.DEFECT,
    ),
    (_p(r"leak(s|ing|ed)?"), lambda t, s, m: f"{t} {_be(t, 'is', 'are')} leaking", _K.DEFECT),
    (
        _p(r"cracked|broken|broke\b|fell apart|falls apart|defective|faulty"),
        lambda t, s, m: (
            f"{t} {_be(t, 'is', 'are')} {'faulty' if 'fault' in m.group(0).lower() else 'broken'}"
        ),
        _K.DEFECT,
    ),
    (
        _p(r"stale|moldy|mouldy|expired|burnt|tastes? (awful|terrible|bad)"),
        lambda t, s, m: f"{t} {_be(t, 'wasn', 'weren')}'t fresh or tasted wrong",
        _K.DEFECT,
    ),
    (_p(r"on hold"), lambda t, s, m: "you were left on hold", _K.SERVICE),
    (_p(r"hung up"), lambda t, s, m: "your call ended before anyone helped you", _K.SERVICE),
    (
        _p(
            r"(no ?one|nobody|no-one) (answers|answered|replies|replied|responds|responded|helps|helped|is answering|picks up)|no (reply|response|answer)|(never|didn'?t|did not|won'?t) (reply|replied|respond|responded|answer|answered|get back|call(ed)? (me )?back)|ignor(e|ed|es|ing) (me|my|us)"
        ),
        lambda t, s, m: "nobody got back to you",
        _K.SERVICE,
    ),
    (
        _p(r"rude|attitude|treated (me|us) like"),
        lambda t, s, m: "you were treated rudely",
        _K.SERVICE,
    ),
    (
        _p(r"chat ?bot"),
        lambda t, s, m: "our chatbot went round in circles instead of helping",
        _K.SERVICE,
    ),
)

_FALLBACK: dict[ComplaintType, Callable[[str, Specifics], str]] = {
    ComplaintType.REFUND: lambda t, s: f"you want your money back for {t}{_amount(s)}",
    ComplaintType.DEFECT: lambda t, s: (
        f"{t} {_be(t, 'isn', 'aren')}'t working the way {_be(t, 'it', 'they')} should"
    ),
    ComplaintType.DELIVERY: lambda t, s: f"{t} hasn't turned up when it should have",
    ComplaintType.SERVICE: lambda t, s: "our support let you down",
    ComplaintType.BILLING: lambda t, s: f"something is wrong with what we charged you{_amount(s)}",
}


def _waited(phrase: str, spec: Specifics, matched: str) -> str:
    if not spec.waited or spec.waited in phrase:
        return phrase
    if spec.waited.lower().startswith("since"):
        return f"{phrase} {spec.waited}"
    joiner = "for" if "hold" in matched.lower() or "nobody" in phrase else "after"
    return f"{phrase} {joiner} {spec.waited}"


def restate(text: str, spec: Specifics, *, kind: ComplaintType, source: str) -> Problem:
    """The customer's problem in one clause, without blaming them, the courier or anyone."""
    for pattern, phrase, family in _PATTERNS:
        m = pattern.search(text)
        if m:
            about = thing(spec, kind=family, source=source, text=text)
            phrased = _waited(phrase(about, spec, m), spec, m.group(0))
            return Problem(phrased, about, family, m.group(0))
    about = thing(spec, kind=kind, source=source, text=text)
    fallback = _FALLBACK.get(kind)
    if fallback is not None:
        return Problem(_waited(fallback(about, spec), spec, ""), about, kind)
    return Problem(f"things went wrong with {about}", about, kind)
