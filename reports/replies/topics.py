"""Which topics a claim, a question, a fact or an FAQ entry is about, in en, fi and bn.

A rumour in Finnish about child labour must be answered with the brand's English fact about
farm audits, and a claim that "beans cause cancer" must not get the labour fact because both
say "beans". So facts and claims are matched by the topics they are about, each topic listed
with the words that name it in every language we answer in, never by the words they share.

Words are stems matched at the start of a token (Finnish inflects: ``lapsityövoimaa``), whole
words where marked ``=`` ("app=" is not "apparently"), or phrases matched anywhere; Bengali
stems are matched inside a token, since suffixes attach.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from monitor import rx
from monitor.config import Fact

_TOKEN = rx.compile(r"[\p{L}\p{M}\p{N}]+")

# topic -> stems in any of en / fi / bn
TOPICS: dict[str, tuple[str, ...]] = {
    "safety": (
        "cancer", "carcinogen", "chemical", "solvent", "additive", "toxic", "poison", "pesticide", "mould",
        "mold", "contamina", "lab=", "labs=", "tested", "ingredient", "health risk", "unsafe", "radioactiv",
        "syöpä", "syöpää", "karsinogee", "kemikaal", "lisäaine", "myrky", "torjunta-aine",
        "säilöntäaine", "aromi", "preservative", "flavouring", "flavoring",
        "homee", "hometta", "laboratorio", "testat", "ainesosa", "vaarallis",
        "ক্যান্সার", "রাসায়নিক", "ভেজাল", "বিষাক্ত", "ক্ষতিকর", "পরীক্ষা",
    ),
    "labour": (
        "child labour", "child labor", "labour", "labor=", "worker", "slave", "sweatshop",
        "exploit", "working condition", "farm", "wage", "audit",
        # how the people who do the work are paid and covered: "riders get paid only per
        # delivery, no fixed salary and no accident insurance"
        "salar", "underpaid", "accident insurance", "health insurance", "sick pay", "sick leave",
        "paid per delivery", "paid only per", "riders get paid", "riders are paid",
        "pay their riders", "rider pay", "riders' pay", "বেতন",
        "lapsityö", "työvoima", "työolo", "työntekijä", "orja", "riisto", "hyväksikäyt",
        "palkka", "auditoi", "tarkastet", "viljelij", "tilalta", "tiloilta",
        "শিশুশ্রম", "শ্রম", "শ্রমিক", "মজুরি", "শোষণ",
    ),
    "hygiene": (
        "health inspection", "inspection", "hygien", "dirty", "filthy", "rat=", "rats=",
        "cockroach", "roach", "mice", "closed by", "food-safety register",
        "terveystarkast", "tarkastu", "hygieni", "likai", "saastai", "rotta", "rotti", "torak",
        "hiiri", "hiiriä",
        "অস্বাস্থ্যকর", "নোংরা", "তেলাপোকা", "ইঁদুর", "পরিদর্শন",
    ),
    "privacy": (
        # "OpenStreetMap data" is no privacy claim: whose data, or what is done with it
        "my data", "your data", "customer data", "customers' data", "user data", "users' data",
        "data sold", "data shar", "sell data", "sells data", "selling data", "privacy",
        "personal information", "leak", "hack", "breach", "sell your",
        "sells your", "sells customers", "selling customers", "phone number", "addresses to",
        "advertisers", "marketers", "spam calls", "scam calls", "spam texts", "spam sms",
        "where my number", "passes your", "shares your", "email address",
        # "So Parcelly hands your number to shops now?", "promo SMS": numbers passed on
        "hands your", "hand your", "gives your", "your number to", "my number to", "promo sms",
        "promo texts", "promo calls",
        "sells our", "our numbers", "our data", "loan-app", "loan app", "loan-offer", "loan offer",
        # "who did you hand my details to?": given away, as they believe it
        "my details", "my personal details", "my info", "my number to",
        # "so you sell our emails huh", after the ads that followed signing up
        "sell our", "sell my", "selling our", "selling my", "our emails", "my emails",
        "sold my", "sold our", "sold your", "sold customers", "leaked my", "leaked our",
        "tracking you", "spy", "puhelinnumero", "osoitteita",
        # "myy Club-asiakkaiden sähköpostiosoitteet mainostajille"
        "sähköpostiosoit", "mainostaj", "asiakastie", "নম্বর বিক্রি", "ঠিকানা বিক্রি", "বিজ্ঞাপন",
        # "myy Club-asiakkaiden osoitteet mainosfirmoille": addresses sold to ad firms
        "mainosfirm", "mainosyhti", "markkinointifirm",
        "তথ্য বিক্রি", "নাম্বার বিক্রি", "ফোন নাম্বার", "ফোন নম্বর",
        # "onko kellään tietoa?" asks for information: whose data, or data sold, is the claim
        "henkilötie", "asiakastie", "tietojani", "tietoni", "tietosuoj", "tietovuo", "yksityisyy", "vuoto", "vuoti", "hakkeroi", "myy asiakk", "vakoil",
        "তথ্য", "ডেটা", "ডাটা", "ফাঁস", "হ্যাক", "গোপনীয়",
    ),
    # a leak or a hack is its own claim: a fact that "we never sell your data" does not answer it
    "breach": (
        "leak", "hack", "breach", "stolen data", "data stolen", "vuoto", "vuoti",
        "hakkeroi", "ফাঁস", "হ্যাক",
        # a database left open is a breach, whoever found it
        "exposed", "unsecured", "elasticsearch", "open database", "open bucket", "s3 bucket",
        "publicly accessible", "left open", "data dump",
    ),
    "closing": (
        "bankrupt", "going under", "closing down", "shutting down", "shut down", "out of business",
        "closing all", "closing the caf", "closing their caf", "closing its caf", "close all",
        "cafés close", "cafes close", "cafés will close", "cafes will close",
        "pulling out", "leaving the city", "stop delivering", "stopping delivery", "exiting",
        # "will pull out of Sylhet next month": leaving a city
        "pull out of", "pulls out of", "pulled out of", "withdraw from", "withdrawing from",
        # "is Parcelly closing its Chattogram operations?", "stop taking parcels there"
        "closing its", "closing their", "close its", "stop taking parcels", "stops taking parcels",
        "administration", "konkurssi", "lopetta", "sulkee", "suljetaan", "lakkaut", "suljettiin",
        "sulkemassa", "sulkevat", "sulkea kahvila", "sulkeutuu",
        "menee kiinni", "mene kiinni", "laitetaan kiinni", "pistetään kiinni",
        "laitettiin kiinni", "pantiin kiinni", "meni kiinni", "pistettiin kiinni",
        "suljettu",
        "দেউলিয়া", "বন্ধ হয়ে", "বন্ধ করে দিচ্ছে",
        # "চট্টগ্রাম থেকে ব্যবসা গুটিয়ে নিচ্ছে": winding up, leaving a city
        "গুটিয়ে", "গুটাচ্ছে", "থেকে চলে যাচ্ছে", "থেকে সরে যাচ্ছে", "বন্ধ হচ্ছে", "বন্ধ হবে",
    ),
    # a stoppage is its own claim: "we aren't shutting down" does not answer "riders strike
    # next week", and "where and when we deliver" does not either
    "strike": ("strike", "striking", "walkout", "walk out", "lakko", "ধর্মঘট"),
    # money a rider or a driver asks for on top of the price: "is this your policy now??"
    "tips": (
        "tip=", "tips=", "tipping", "baksheesh", "bakshish", "bribe", "extra cash", "extra money",
        # "told me to pay ৳100 extra": a sum, then "extra"
        *(f"{d} extra" for d in "0123456789"), "told me to pay", "told us to pay",
        "tk extra", "taka extra", "demanded extra", "asked for extra", "asked me for extra",
        "wanted extra", "rider demanded", "driver demanded", "courier demanded",
        "unless i paid", "unless we paid", "unless i pay", "paid extra", "pay extra",
        "until i gave him", "until we gave him", "until i handed him", "unless i gave him",
        "unless we gave him", "unless i give him", "tea money", "cha khoroch", "চা খরচ", "চায়ের টাকা",
        "juomaraha", "lahjus", "বখশিশ", "বকশিশ", "টিপস", "ঘুষ", "বাড়তি টাকা", "অতিরিক্ত টাকা",
        "টাকা extra", "extra টাকা", "টাকা বেশি চা", "বেশি টাকা চা", "বেশি দিতে হবে",
        "বাড়তি দিতে হবে", "টাকা বেশি নি", "বেশি টাকা নি", "until i paid", "until we paid",
        "টাকা বাড়তি চা", "টাকা বাড়তি নি", "টাকা এক্সট্রা", "tk more", "taka more",
        # "৳১০০ বেশি চাইল": the amount written with its sign, no "টাকা"
        "বেশি চাইল", "বেশি চাইলো", "বেশি চেয়েছে", "বাড়তি চাইল", "বাড়তি চাইলো", "বেশি নিল",
        "বেশি নিলো", "বাড়তি নিল", "বাড়তি নিলো", "বেশি না দিলে", "বাড়তি না দিলে", "extra না দিলে",
    ),
    "shipping": (
        # "not ship a 4MB bundle" is no shipping question: where things are shipped to
        "ship to", "ships to", "ship outside", "ship abroad", "ship internationally", "you ship",
        "they ship", "send a parcel to", "send parcels to", "send a package to", "send packages to",
        "inside bangladesh", "outside bangladesh", "outside finland",
        "we ship", "ship there", "shipping", "deliver", "delivery", "postage", "abroad",
        "international",
        "countries", "toimitu", "toimita", "toimitta", "toimitat", "lähety", "posti", "ulkomail",
        "maihin",
        "ডেলিভারি", "শিপিং", "বিদেশ", "পাঠান",
    ),
    "returns": (
        "return", "refund polic", "money back guarantee", "exchange polic", "warrant",
        "guarantee", "takuu", "ওয়ারেন্টি",
        "palautu", "palauta", "palautusoikeu", "ফেরত নীতি", "রিটার্ন",
    ),
    "hours": (
        # "open on Sundays", not "plan to open one" (an API)
        "opening hours", "open on sun", "open on sat", "open on mon", "open on tue", "open on wed",
        "open on thu", "open on fri", "open on week", "open on holi", "open on public",
        "open on christmas", "open on new year", "open on the", "open on eid", "open until", "what time", "hours", "closed on",
        "aukiolo", "auki", "avoinna", "খোলা থাকে", "কখন খোলে", "সময়সূচি",
    ),
    "caffeine": ("decaf", "caffeine", "kofeiiniton", "kofeiini", "ক্যাফেইন", "ডিক্যাফ"),
    "diet": (
        "vegan", "dairy", "oat milk", "lactose", "gluten", "allergen", "nut=", "nuts=", "plant milk",
        "soy milk", "almond milk", "coconut milk", "non-dairy", "milk alternative",
        "vegaan", "maidoton", "kaurama", "laktoos", "gluteen", "allerg", "pähkin",
        # "kaura- tai soijamaitoa": oat or soy milk, however the compound is split
        "kaura-", "soijama", "soija", "kasvima", "mantelima",
        "ভেগান", "দুধ", "অ্যালার্জি", "গ্লুটেন",
    ),
    "subscription": (
        # "cancel my club", not "cancel my pickup": a one-off booking is no subscription
        "subscription", "subscrib", "membership", "plus plan", "cancel my club", "cancel my plan",
        "cancel my plus", "cancel plus", "cancel the club", "pause my",
        # "how easy it is to skip a month when I travel": a plan's delivery skipped
        "skip a month", "skip months", "skip a delivery", "skip deliveries", "skip a box",
        "skip a bag", "skip a shipment",
        # "Northwind Club vs just buying beans - is it worth ~€24 a month?": the club weighed
        "club vs", "club worth", "club really worth", "club actually worth",
        # a charge that comes back on its own is a subscription's
        "next charge", "next payment", "recurring", "auto-renew", "renews", "seuraava veloitus",
        "kuukausiveloitu", "পরের মাসের টাকা",
        "kestotilau", "kahvitilau", "toimitusväli", "toimitusrytm", "jäsenyy", "tilaukse peru",
        # "Northwind Club -tilauksen saa peruttua": the Club's own subscription, in Finnish
        "club -tilau", "club-tilau", "clubin tilau", "tilauksen peru", "tilauksen saa peru", "tauolle", "tauottaa", "keskeyttää tilau", "সাবস্ক্রিপশন", "মেম্বারশিপ", "প্লাস", "প্রতি মাসে টাকা",
    ),
    # parcels tracked, not a "pantry tracker"
    "tracking": ("track=", "tracks=", "tracked=", "tracking", "seuranta", "ট্র্যাক"),
    "app": ("app=", "apps=", "android", "iphone", "ios=", "sovellu", "অ্যাপ"),
    "ownership": (
        "funding", "investor", "acquired", "acquisition", "owned by", "buyout", "sold to",
        "bought by", "being bought", "buying them", "takeover", "taken over", "merger",
        "bought out", "buying out", "getting bought", "sold out to", "selling out to",
        # "reportedly in talks to sell to a Swedish chain": a sale of the company itself
        "in talks to sell", "talks to sell", "to be sold", "being sold", "sell the company",
        "selling the company", "sell the business", "selling the business", "sale of the company",
        "sale of the business", "merge with", "merging with",
        "rahoitu", "sijoittaj", "ostanut", "omistaa", "বিনিয়োগ", "মালিক",
        # "on myyty jollekin pääomasijoittajalle", "ostettiin", "বিক্রি হয়ে গেছে"
        "pääomasijoitta", "myyty", "myydään", "myytiin", "on ostettu", "ostettiin", "yritysosto",
        # "Northwind on myymässä firman Pauligille", "ostamassa Northwindin"
        "myymässä firma", "myymässä yrity", "myy firma", "myy yrityks", "ostamassa", "yrityskaup",
        "myymässä koko", "myydä koko", "myyty koko",
        "কিনে নিচ্ছে", "কিনে নিয়েছে", "বিক্রি হয়ে",
    ),
    "packaging": (
        "plastic", "packaging", "recycl", "compost", "muovi", "pakkau", "kierrät",
        "প্লাস্টিক", "প্যাকেজিং",
    ),
    "sourcing": (
        "fair trade", "fairtrade", "organic", "sourced", "origin=", "reilu kauppa", "luomu",
        "alkuperä", "জৈব", "উৎস",
        # what the beans are: "switching to cheap robusta" is a claim about the coffee itself
        "robusta", "arabica", "cheap beans", "cheaper beans", "commodity beans",
    ),
    # how the beans are ground, not the grinder that grinds them
    "grind": (
        "grind=", "grinds=", "ground=", "pre-ground", "whole bean", "grind it", "grind them",
        "jauhatu", "jauhettu", "jauhaa", "jauhamaan", "jauhetaan", "গ্রাইন্ড",
    ),
    # parcels opened or stolen in a carrier's hands
    "theft": (
        "steal", "stole=", "stolen", "theft", "thief", "thieves", "pilfer", "open parcels",
        "open your parcels", "open people's parcels", "soap bar in", "bar of soap in",
        "opening parcels", "opened parcels", "open packages", "opening packages", "varastaa",
        "open boxes", "opened boxes", "open the boxes", "opening boxes",
        # "drivers go through your packages and take things"
        "go through your", "goes through your", "going through your", "go through people",
        "open your packages", "take stuff", "take things", "taking stuff", "taking things",
        # "arrived with the seal torn and the charger missing from inside"
        "seal torn", "seal broken", "seal was torn", "seal was broken", "seal cut", "seal was cut",
        # "had the seal opened", "seal খোলা ছিল": opened on the way, in either script
        "seal opened", "seal was open", "seal open", "seal খোলা", "seal ছেঁড়া", "seal কাটা",
        "missing from inside", "taken out of the box", "box came empty", "box was empty",
        # "the tape cut and resealed": cut open on the way (a box merely retaped may be the
        # seller's own doing)
        "tape cut", "tape was cut", "tape slit", "tape was slit",
        "with bricks", "for bricks", "with tiles", "for tiles", "with stones", "for stones",
        "varastettu", "varastivat", "varasti=", "varas=", "চুরি", "চোর", "জিনিস সরা",
        "খুলে জিনিস", "সিল ছেঁড়া", "সিল ছিঁড়ে", "মাল সরা", "প্যাকেট ছেঁড়া", "প্যাকেট ছেড়া",
        "প্যাকেট কাটা", "বক্স ছেঁড়া", "ভিতরের জিনিস নাই", "ভেতরের জিনিস নেই", "সিল খোলা",
        "সিল কাটা", "প্যাকেট খোলা", "বক্স খোলা", "বাক্স খোলা", "খোলা অবস্থায়",
        # "বক্সটা ছেঁড়া অবস্থায় পেলাম": the box, torn, with "-টা" on it
        "বক্সটা ছেঁড়া", "প্যাকেটটা ছেঁড়া", "ছেঁড়া অবস্থায়",
        # "পারফিউমের বদলে একটা সাবান": something else put in place of what was sent
        "বদলে একটা সাবান", "বদলে সাবান", "বদলে একটা ইট", "বদলে ইট",
        # "পার্সেল খোলা পেয়েছে": received open; "the perfume inside gone", "inside missing"
        "পার্সেল খোলা", "inside gone", "inside missing", "inside was gone", "inside was missing",
        "শুধু একটা ইট", "শুধু একটি ইট", "শুধু ইট",
        # "riders open parcels and keep the valuables": a parcel opened, a box that came empty
        "পার্সেল খুলে", "প্যাকেট খুলে", "বক্স খালি", "খালি বক্স", "খালি এসেছে", "box was empty",
        "empty box", "box came empty", "arrived empty", "came empty",
        "open the parcels", "opening the parcels", "open the packages", "take stuff out",
        "take things out", "taking stuff out", "seal cut", "seal was cut", "seal broken", "seal was broken", "taped back", "re-taped",
        "retaped",
    ),
    "payment": (
        # "card" whole: a cardamom cold brew is no question of how to pay
        "cash on delivery", "cod=", "invoice", "invoicing", "pay by", "payment method", "card=",
        "cards=", "credit card", "debit card",
        "lasku", "maksutap", "jälkivaatim", "ক্যাশ অন", "বিকাশ", "পেমেন্ট", "কার্ড",
        "mobilepay", "paypal", "klarna", "epassi", "edenred", "smartum", "lunch benefit",
        "lounasetu", "nagad", "নগদে",
        # a way to pay asked by its use: "pay with Apple Pay", "käykö ... -saldo maksuna"
        "pay with", "pay using", "maksuna", "maksuksi", "saldo", "seteli", "voiko maksaa",
        "voinko maksaa",
        # the cash a courier takes at the door and pays on: "pays sellers the cash it collects"
        "cash it collects", "cash you collect", "cash collected", "collected cash", "payout",
        "pay out", "pays out",
    ),
    "developer": (
        "api=", "apis=", "webhook", "integration", "sdk=", "developer", "endpoint", "rajapinta",
        "script=", "scripted", "scripting", "automate", "automation",
        "এপিআই",
    ),
    "merchant": (
        # ("verkkokaupassa" is where a customer buys as often as a seller's own shop: no cue)
        "merchant", "business account", "seller", "etsy", "shopify", "yritysasiak",
        "মার্চেন্ট", "ব্যবসায়ী",
    ),
    # a gift card is no way to pay we list: "do you sell gift cards?" is its own question
    "giftcard": ("gift card", "giftcard", "gift voucher", "gift certificate", "lahjakort"),
    "price": (
        "price", "expensive", "cost", "hinta", "hinna", "kallis", "দাম", "খরচ", "চার্জ", "কত টাকা",
        "কত লাগবে", "কত নিবে", "কত নেবে", "কত পড়বে",
        # "maksaako se ekstraa?", "does it cost extra?": answered by "at no extra charge"
        "maksaako", "lisämaksu", "ekstraa", "extra charge", "cost extra", "costs extra",
        "charge extra",
        "how much does", "how much do you", "how much is it", "how much would", "charge to ",
        "charge for sending", "charge for a ", "rates=", "tariff", "delivery fee", "shipping fee",
        "paljonko",
        # "how much to send a 3kg parcel?", "how much for 2 kg to Sylhet?"
        "how much to send", "how much to ship", "how much to deliver", "how much for ",
        "worth ~", "worth €", "worth about €", "worth around €", "worth the €", "worth ৳",
    ),
}  # fmt: skip


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.casefold())


def _kinds(stems: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """A topic's stems sorted by how ``_hit`` tries them: whole words, phrases, prefixes."""
    words = frozenset(s[:-1] for s in stems if s.endswith("="))
    phrases = tuple(s.strip() for s in stems if not s.endswith("=") and _phrase(s))
    prefixes = tuple(s for s in stems if not s.endswith("=") and not _phrase(s))
    return words, phrases, prefixes


def _phrase(stem: str) -> bool:
    return " " in stem or (not stem.isascii() and not any(c in "äöå" for c in stem))


_KINDS = {topic: _kinds(stems) for topic, stems in TOPICS.items()}


_WORK_HOURS = rx.compile(
    r"\b(?:barista|staff|employee|worker|working|work|shift|part-time|contract)s?['’]? hours\b",
    regex.I,
)

# a rider (or driver) who asked for a sum of money himself, whatever he called it
_RIDER_SUM = rx.compile(
    r"\b(?:riders?|drivers?|couriers?|deliveryman|delivery (?:guy|man))\b[^.!?\n]{0,40}"
    r"\b(?:demanded|asked (?:me |us )?for|wanted|made (?:me|us) pay)\s+(?:another |an extra )?"
    r"(?:[৳$€]\s?\d|\d[\d,]*\s*(?:tk|taka|bdt|৳)(?!\w))"
    # "বাড়তি ২০০ টাকা দাবি করেছে": a sum on top, demanded, asked for or taken
    r"|(?:বাড়তি|অতিরিক্ত|এক্সট্রা|extra) ৳?\s?[০-৯\d][০-৯\d,]* ?(?:টাকা )?(?:দাবি|চে|চা|নি|নে)",
    regex.I,
)


_MID_ACTION = rx.compile(r"\bmid-(?:grind|pour|brew|cycle)\b", regex.I)


@lru_cache(maxsize=4096)
def topics(text: str) -> frozenset[str]:
    """The topics a text is about; empty when none of ours is named. Cached: the configured
    facts and FAQ entries are asked about once per reply drafted. Same answer as trying
    ``_hit`` for every stem, with one pass per kind of stem."""
    # "cutting barista hours": the staff's working time, not when the café is open
    text = _WORK_HOURS.sub(" ", text)
    # "stops mid-grind": how an appliance fails, not a grind asked about
    text = _MID_ACTION.sub(" ", text)
    low = f" {text.casefold()} "
    tokens = _tokens(text)
    present = frozenset(tokens)
    found = frozenset(
        t
        for t, (words, phrases, prefixes) in _KINDS.items()
        if not words.isdisjoint(present)
        or any(p in low for p in phrases)
        or any(w.startswith(prefixes) for w in tokens)
    )
    # "asked me for ৳100 extra": money asked on top, whatever the amount
    if "extra" in low and "tips" not in found and _EXTRA_ASKED.search(text):
        found |= {"tips"}
    # "the rider asked me for 100 taka 'fuel charge'": a sum of a rider's own asking
    if "tips" not in found and _RIDER_SUM.search(text):
        found |= {"tips"}
    # "cancel my Northwind Club", "perua Northwind Clubin": the brand's name between
    if "subscription" not in found and _STOP_PLAN.search(text):
        found |= {"subscription"}
    # "closing the Tampere café", "shutting down its Banani hub": a place named between
    if "closing" not in found and _CLOSING_PLACE.search(text):
        found |= {"closing"}
    # "ট্র্যাকিং খুললে অ্যাপটা বন্ধ হয়ে যাচ্ছে", "the app keeps shutting down": the app closes,
    # not the company
    if (
        "closing" in found
        and (shut := _APP_CLOSES.search(text))
        and "closing" not in topics(f"{text[: shut.start()]} {text[shut.end() :]}")
    ):
        found -= {"closing"}
    # "apparently Nestlé bought Northwind Coffee??": one company buying another
    if "ownership" not in found and any(
        w in low for w in (" bought ", " acquired ", " buying ", " acquiring ", " taking over ")
    ) and (
            _COMPANY_BOUGHT.search(text)):  # fmt: skip
        found |= {"ownership"}
    return found


_APP_CLOSES = rx.compile(
    r"(?:অ্যাপ|এপ|\bapp|\bsovellu)\S*\s(?:\S+\s)?(?:বন্ধ হয়ে \S+|(?:keeps |just )?(?:shutting down"
    r"|shuts down|shut down|closing)\b|sulkeutu\w*)",
    regex.I,
)
_STOP_PLAN = rx.compile(
    r"\b(?:cancel\w*|pause\w*|stop\w*|end|quit|peru\w*|lopet\w*|keskeyt\w*)\s+(?:my\s+|the\s+"
    r"|our\s+)?(?:\p{L}+\s+){0,2}?(?:club|plus|subscription|membership)\w*",
    regex.I,
)
_CLOSING_PLACE = rx.compile(
    r"\b(?:clos(?:e|es|ing)|shut(?:s|ting)?)\s+(?:down\s+)?(?:the|its|their|your|our)\s+"
    r"(?:\p{L}+\s+){0,2}?(?:caf[eé]s?|shops?|stores?|branch(?:es)?|hubs?|offices?|outlets?)\b"
    r"(?!\s+(?:at|early|earlier|before|by|on)\b|\s+\d)",  # "close the café at 6": its hours
    regex.I,
)


_COMPANY_BOUGHT = rx.compile(
    r"\b(?!(?:I|We|They|He|She|My|Mom|Mum|Dad)\b)\p{Lu}[\p{L}-]+\s+(?:has\s+|just\s+)?"
    r"(?:bought|acquired)\s+\p{Lu}"
    # "Northwind Coffee got bought up by a multinational": bought by someone, passively
    r"|\b\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:got|was|has been|is being)\s+(?:bought|acquired)"
    r"(?:\s+up|\s+out)?\s+by\b"
    # "Nestlé is buying Northwind Coffee": one company buying another, under way
    r"|\b(?!(?:I|We|They|He|She|My|Mom|Mum|Dad)\b)\p{Lu}[\p{L}-]+\s+(?:is|are|was)\s+(?:in talks"
    r" to be\s+)?(?:buying|acquiring|taking over)\s+\p{Lu}"
)


_EXTRA_ASKED = rx.compile(
    # "asked me for ৳100 extra", "wouldn't hand it over until I paid ৳100 extra"
    r"\b(?:asked|wanted|demanded|charged|(?:until|unless) (?:i|we) paid)\s+(?:me|us)?\s*"
    r"(?:for\s+)?(?:[৳$€]\s?)?\d[\d,]*"
    r"\s*(?:tk|taka|bdt|৳)?\s+['‘’\"“]?extra\b",  # "asked me for ৳100 'extra'"
    regex.I,
)


def asked_about(question: str) -> frozenset[str]:
    """The topics a question asks about: "how does cash-on-delivery work?" asks how to pay,
    not where parcels go, though its words name a delivery."""
    found = topics(question)
    if "shipping" in found and _COD.search(question):
        found = found - ({"shipping"} - topics(_COD.sub(" ", question)))
    if {"subscription", "shipping"} <= found and "shipping" not in topics(
            _INTERVAL.sub(" ", question)):  # fmt: skip
        # "toimitusvälin vaihto": how often the subscription comes, not where we ship
        found = found - {"shipping"}
    if "app" in found and len(found) > 1 and _APP_AS_WAY.search(question):
        # "does the app let you pause a subscription?": the app is the way, the pause is asked
        found = found - {"app"}
    return found


_INTERVAL = rx.compile(
    r"toimitusväli\w*|toimitusrytm\w*|\bdelivery (?:frequency|interval|schedule|day)\b"
    r"|\bdeliver(?:y|ies) every\b"
    # "the next delivery ships on Friday", "seuraava toimitus lähtee": the plan's next box
    r"|\bnext (?:delivery|box|shipment|bag)\b(?: (?:ships|goes out|leaves|is due|arrives))?"
    r"|\bseuraava (?:toimitus|lähetys|paketti)\b",
    regex.I,
)
_APP_AS_WAY = rx.compile(
    r"\b(?:in|on|through|via|from|with|using) (?:the |your |my )?(?:\p{L}+ )?app\b"
    r"|\bapp (?:let|lets|allow|allows)\b|sovellukse(?:ssa|n kautta)|অ্যাপে",
    regex.I,
)


_COD = rx.compile(r"cash[- ]on[- ]delivery|ক্যাশ অন ডেলিভারি", regex.I)


@dataclass(frozen=True)
class Match:
    text: str  # in the reply's language where a translation exists, else the configured text
    translated: bool  # False: the configured (usually English) text, to be translated
    shared: frozenset[str]  # the topics the claim and the entry share
    partial: bool = False  # the question asks more than this entry answers: a person adds it
    several: bool = False  # the answers of several entries, one per question asked
    question: str | None = None  # the FAQ entry's own question, where one entry answers
    alone: str | None = None  # the first of two facts on its own, where both do not fit
    alone_shared: frozenset[str] = frozenset()  # the topics the first fact answers


def entry_topics(declared: Iterable[str], *texts: str) -> frozenset[str]:
    """Declared topics win: a privacy fact that says "to deliver your parcels" is not about
    delivery. Without them, the topics its text names."""
    found = frozenset(t.casefold() for t in declared)
    if found:
        return found
    for text in texts:
        found |= topics(text)
    return found


def in_language(language: str, text: str, translations: dict[str, str]) -> tuple[str, bool]:
    if language in translations:
        return translations[language], True
    return text, language == "en"


def best_fact(claim: str, facts: Sequence[Fact], *, language: str = "en") -> Match | None:
    """The fact that shares the most topics with the claim; None when none shares one. A
    claim of a leak, a hack or a breach needs a fact that speaks of one: "we never sell your
    data" quoted at a leak reads as dodging it."""
    wanted = topics(claim)
    found = _best_fact(wanted, facts)
    if found is None:
        return None
    fact, shared = found
    text, translated = in_language(language, fact.text, fact.translations)
    # "bought by a chain and switching to cheap robusta": each claim gets its own fact
    rest = _best_fact(wanted - shared, [f for f in facts if f is not fact])
    if rest is not None:
        more, also = in_language(language, rest[0].text, rest[0].translations)
        joined = f"{text.rstrip('.')}; {_AND.get(language, 'and')} {more}"
        first = text
        text, translated, shared = joined, translated and also, (
            shared | rest[1])  # fmt: skip
        return Match(text, translated, shared, alone=first, alone_shared=found[1])
    return Match(text, translated, shared)


_AND = {"fi": "ja", "bn": "আর"}


def _best_fact(wanted: frozenset[str], facts: Sequence[Fact]) -> tuple[Fact, frozenset[str]] | None:
    """The fact sharing the most of the wanted topics; the first of a tie."""
    best: tuple[int, Fact, frozenset[str]] | None = None
    for fact in facts:
        covered = entry_topics(fact.topics, fact.text, *fact.translations.values())
        shared = wanted & covered
        if "breach" in wanted and "breach" not in covered | topics(fact.text):
            continue
        if shared and (best is None or len(shared) > best[0]):
            best = (len(shared), fact, shared)
    return None if best is None else (best[1], best[2])
