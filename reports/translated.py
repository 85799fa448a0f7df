"""Finnish and Bengali replies for the common cases, written as a native support agent would.

A case with no template here (an unfounded claim, a freebie request, a manager request, whose
wording depends on English config text) falls back to English with a flag for a human.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from monitor.config import Voice
from monitor.models import ComplaintType
from reports.case import Case, first_name, fit
from reports.extract import Specifics

_K = ComplaintType


@dataclass(frozen=True)
class Book:
    apology: dict[ComplaintType, str]  # {thing}: the order or product, in this language
    thing_order: str
    thing_product: str
    thing_default: str
    dm: str
    email: str
    phone: str
    praise: str
    heard: str
    ask_right: str
    next_step: str
    confirm: str
    greeting: str


FI = Book(
    apology={
        _K.DELIVERY: "Olen todella pahoillani, että {thing} ei ole vieläkään tullut perille.",
        _K.DEFECT: "Olen todella pahoillani, että {thing} ei toimi niin kuin pitää.",
        _K.REFUND: "Olen pahoillani, että jouduit pyytämään rahojasi takaisin: {thing} ei ollut sitä, mitä odotit.",
        _K.SERVICE: "Olen pahoillani, ettei kukaan auttanut sinua ajoissa. Sen ei kuulu mennä niin.",
        _K.BILLING: "Olen pahoillani, että laskutuksessa on jotain vialla. Tarkistan sen itse.",
        _K.OTHER: "Kiitos, että kerroit tästä, ja olen pahoillani: {thing} ei mennyt niin kuin piti.",
    },
    thing_order="tilauksesi {order}",
    thing_product="{product}",
    thing_default="tilauksesi",
    dm="Laita meille yksityisviesti ({dm}), niin hoidetaan asia kuntoon.",
    email="Lähetä meille sähköpostia osoitteeseen {email}, niin hoidetaan asia kuntoon.",
    phone="Soita meille numeroon {phone}, niin hoidetaan asia kuntoon.",
    praise="Kiitos lämpimistä sanoistasi, tämä ilahdutti koko tiimiä!",
    heard="Kiitos, että kerroit meille tästä, ja olen pahoillani. Olen {owner} ja hoidan asiasi henkilökohtaisesti.",
    ask_right="Mikä korjaisi tilanteen sinun kannaltasi? Kerrothan myös tilausnumerosi, jos se ei ole vielä meillä.",
    next_step="Seuraava askel: {owner} selvittää asian tänään ja kertoo sinulle, mitä teemme.",
    confirm="Vahvistan sinulle heti, kun asia on hoidettu, ja kysyn kuulumisiasi {when}.",
    greeting="Hei {name},",
)

BN = Book(
    apology={
        _K.DELIVERY: "{thing} এখনও আপনার কাছে পৌঁছায়নি, এজন্য আমরা সত্যিই দুঃখিত।",
        _K.DEFECT: "{thing} ঠিকমতো কাজ করছে না জেনে আমরা সত্যিই দুঃখিত।",
        _K.REFUND: "টাকা ফেরত চাইতে হচ্ছে জেনে আমরা দুঃখিত; {thing} আপনার প্রত্যাশা পূরণ করেনি।",
        _K.SERVICE: "সময়মতো কেউ আপনাকে সাহায্য করেনি, এজন্য আমরা আন্তরিকভাবে দুঃখিত।",
        _K.BILLING: "আপনার বিলে সমস্যা হয়েছে জেনে আমরা দুঃখিত; আমি নিজে বিষয়টি দেখছি।",
        _K.OTHER: "বিষয়টি জানানোর জন্য ধন্যবাদ। {thing} নিয়ে এমন অভিজ্ঞতার জন্য আমরা দুঃখিত।",
    },
    thing_order="আপনার অর্ডার {order}",
    thing_product="আপনার {product}",
    thing_default="আপনার অর্ডার",
    dm="অনুগ্রহ করে {dm}-এ মেসেজ করুন, আমরা দ্রুত সমাধান করব।",
    email="অনুগ্রহ করে {email}-এ ইমেইল করুন, আমরা দ্রুত সমাধান করব।",
    phone="অনুগ্রহ করে {phone} নম্বরে কল করুন, আমরা দ্রুত সমাধান করব।",
    praise="আপনার সুন্দর কথার জন্য অনেক ধন্যবাদ! পুরো টিম খুব খুশি হয়েছে।",
    heard="বিষয়টি জানানোর জন্য ধন্যবাদ, এবং আমরা দুঃখিত। আমি {owner}, ব্যক্তিগতভাবে বিষয়টি দেখছি।",
    ask_right="কী করলে বিষয়টি আপনার কাছে ঠিক মনে হবে? অর্ডার নম্বরটিও পাঠাবেন, যদি আমাদের কাছে না থাকে।",
    next_step="পরবর্তী ধাপ: {owner} আজই বিষয়টি খতিয়ে দেখে আপনাকে জানাবেন আমরা কী করছি।",
    confirm="কাজ শেষ হলেই আমি আপনাকে নিশ্চিত করব, এবং {when} তারিখে আপনার মতামত জানতে যোগাযোগ করব।",
    greeting="প্রিয় {name},",
)

BOOKS = {"fi": FI, "bn": BN}
_HANDLED = frozenset({*FI.apology, _K.PRAISE, _K.NONE})


def _thing(book: Book, spec: Specifics) -> str:
    if spec.order:
        return book.thing_order.format(order=spec.order)
    if spec.product:
        return book.thing_product.format(product=spec.product)
    return book.thing_default


def _channel(book: Book, voice: Voice) -> str:
    if voice.dm_handle:
        return book.dm.format(dm=voice.dm_handle)
    if voice.support_email:
        return book.email.format(email=voice.support_email)
    return book.phone.format(phone=voice.support_phone) if voice.support_phone else ""


def compose(
    case: Case, voice: Voice, *, spec: Specifics, follow_up: date
) -> tuple[str, str | None] | None:
    """``(public, offline)`` in the case's language, or None when no template fits."""
    book = BOOKS.get(case.lang)
    if book is None or case.complaint_type not in _HANDLED or case.request in ("manager", "free"):
        return None
    name = case.author.lstrip("@") if case.author else ""
    greet = (f"@{name}" if case.limit < 600 else book.greeting.format(name=name)) if name else ""
    sign = f"^{first_name(voice.signature)}" if voice.signature else ""
    if case.complaint_type is _K.PRAISE:
        return " ".join(p for p in (greet, book.praise, sign) if p), None
    kind = case.complaint_type if case.complaint_type in book.apology else _K.OTHER
    apology = book.apology[kind].format(thing=_thing(book, spec))
    public = fit([greet, apology[:1].upper() + apology[1:], _channel(book, voice), sign],
                 limit=case.limit, optional=(3,))  # fmt: skip
    owner = first_name(voice.signature) if voice.signature else voice.dm_handle or ""
    offline = "\n\n".join(p for p in (
        book.greeting.format(name=name or "").replace(" ,", ","),
        book.heard.format(owner=owner), book.ask_right, book.next_step.format(owner=owner),
        book.confirm.format(when=follow_up.strftime("%d.%m.%Y")),
        "\n".join(c for c in (voice.signature, voice.support_email, voice.support_phone) if c),
    ) if p)  # fmt: skip
    return public, offline
