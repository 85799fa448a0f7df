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

from monitor.config import Fact, FaqEntry

_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+")

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
        "advertisers", "marketers", "spam calls", "passes your", "shares your", "email address",
        "sells our", "our numbers", "our data", "loan-app", "loan app",
        "tracking you", "spy", "puhelinnumero", "osoitteita", "নম্বর বিক্রি", "ঠিকানা বিক্রি", "বিজ্ঞাপন",
        "তথ্য বিক্রি",
        "tieto", "tietoj", "yksityisyy", "vuoto", "vuoti", "hakkeroi", "myy asiakk", "vakoil",
        "তথ্য", "ডেটা", "ডাটা", "ফাঁস", "হ্যাক", "গোপনীয়",
    ),
    # a leak or a hack is its own claim: a fact that "we never sell your data" does not answer it
    "breach": (
        "leak", "hack", "breach", "stolen data", "data stolen", "vuoto", "vuoti",
        "hakkeroi", "ফাঁস", "হ্যাক",
    ),
    "closing": (
        "bankrupt", "going under", "closing down", "shutting down", "shut down", "out of business",
        "pulling out", "leaving the city", "stop delivering", "stopping delivery", "exiting",
        "administration", "konkurssi", "lopetta", "sulkee", "suljetaan", "lakkaut",
        "দেউলিয়া", "বন্ধ হয়ে", "বন্ধ করে দিচ্ছে",
    ),
    "shipping": (
        # "not ship a 4MB bundle" is no shipping question: where things are shipped to
        "ship to", "ship outside", "ship abroad", "ship internationally", "you ship", "they ship",
        "we ship", "ship there", "shipping", "deliver", "delivery", "postage", "abroad",
        "international",
        "countries", "toimitu", "toimita", "lähety", "posti", "ulkomail", "maihin",
        "ডেলিভারি", "শিপিং", "বিদেশ", "পাঠান",
    ),
    "returns": (
        "return", "refund polic", "money back guarantee", "exchange polic",
        "palautu", "palauta", "palautusoikeu", "ফেরত নীতি", "রিটার্ন",
    ),
    "hours": (
        "opening hours", "open on", "open until", "what time", "hours", "closed on",
        "aukiolo", "auki", "avoinna", "খোলা থাকে", "কখন খোলে", "সময়সূচি",
    ),
    "caffeine": ("decaf", "caffeine", "kofeiiniton", "kofeiini", "ক্যাফেইন", "ডিক্যাফ"),
    "diet": (
        "vegan", "dairy", "oat milk", "lactose", "gluten", "allergen", "nut=", "nuts=", "plant milk",
        "vegaan", "maidoton", "kaurama", "laktoos", "gluteen", "allerg", "pähkin",
        "ভেগান", "দুধ", "অ্যালার্জি", "গ্লুটেন",
    ),
    "subscription": (
        "subscription", "subscribe", "membership", "plus plan", "cancel my", "pause my",
        "kestotilau", "jäsenyy", "tilaukse peru", "tauolle", "tauottaa", "keskeyttää tilau", "সাবস্ক্রিপশন", "মেম্বারশিপ", "প্লাস", "প্রতি মাসে টাকা",
    ),
    "tracking": ("track", "tracking", "seuranta", "ট্র্যাক"),
    "app": ("app=", "apps=", "android", "iphone", "ios=", "sovellu", "অ্যাপ"),
    "ownership": (
        "funding", "investor", "acquired", "acquisition", "owned by", "buyout", "sold to",
        "bought by", "being bought", "buying them", "takeover", "taken over", "merger",
        "rahoitu", "sijoittaj", "ostanut", "omistaa", "বিনিয়োগ", "মালিক",
    ),
    "packaging": (
        "plastic", "packaging", "recycl", "compost", "muovi", "pakkau", "kierrät",
        "প্লাস্টিক", "প্যাকেজিং",
    ),
    "sourcing": (
        "fair trade", "fairtrade", "organic", "sourced", "origin=", "reilu kauppa", "luomu",
        "alkuperä", "জৈব", "উৎস",
    ),
    "payment": (
        "cash on delivery", "cod=", "invoice", "invoicing", "pay by", "payment method", "card",
        "lasku", "maksutap", "jälkivaatim", "ক্যাশ অন", "বিকাশ", "পেমেন্ট", "কার্ড",
    ),
    "developer": (
        "api=", "apis=", "webhook", "integration", "sdk=", "developer", "endpoint", "rajapinta",
        "এপিআই",
    ),
    "merchant": (
        "merchant", "business account", "seller", "etsy", "shopify", "yritysasiak", "verkkokaup",
        "মার্চেন্ট", "ব্যবসায়ী",
    ),
    "price": ("price", "expensive", "cost", "hinta", "hinna", "kallis", "দাম", "খরচ"),
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


@lru_cache(maxsize=4096)
def topics(text: str) -> frozenset[str]:
    """The topics a text is about; empty when none of ours is named. Cached: the configured
    facts and FAQ entries are asked about once per reply drafted. Same answer as trying
    ``_hit`` for every stem, with one pass per kind of stem."""
    low = f" {text.casefold()} "
    tokens = _tokens(text)
    present = frozenset(tokens)
    return frozenset(
        t
        for t, (words, phrases, prefixes) in _KINDS.items()
        if not words.isdisjoint(present)
        or any(p in low for p in phrases)
        or any(w.startswith(prefixes) for w in tokens)
    )


@dataclass(frozen=True)
class Match:
    text: str  # in the reply's language where a translation exists, else the configured text
    translated: bool  # False: the configured (usually English) text, to be translated
    shared: frozenset[str]  # the topics the claim and the entry share
    partial: bool = False  # the question asks more than this entry answers: a person adds it
    several: bool = False  # the answers of several entries, one per question asked
    question: str | None = None  # the FAQ entry's own question, where one entry answers


def _entry_topics(declared: Iterable[str], *texts: str) -> frozenset[str]:
    """Declared topics win: a privacy fact that says "to deliver your parcels" is not about
    delivery. Without them, the topics its text names."""
    found = frozenset(t.casefold() for t in declared)
    if found:
        return found
    for text in texts:
        found |= topics(text)
    return found


def _in(language: str, text: str, translations: dict[str, str]) -> tuple[str, bool]:
    if language in translations:
        return translations[language], True
    return text, language == "en"


def best_fact(claim: str, facts: Sequence[Fact], *, language: str = "en") -> Match | None:
    """The fact that shares the most topics with the claim; None when none shares one. A
    claim of a leak, a hack or a breach needs a fact that speaks of one: "we never sell your
    data" quoted at a leak reads as dodging it."""
    wanted = topics(claim)
    best: tuple[int, Fact, frozenset[str]] | None = None
    for fact in facts:
        covered = _entry_topics(fact.topics, fact.text, *fact.translations.values())
        shared = wanted & covered
        if "breach" in wanted and "breach" not in covered | topics(fact.text):
            continue
        if shared and (best is None or len(shared) > best[0]):
            best = (len(shared), fact, shared)
    if best is None:
        return None
    text, translated = _in(language, best[1].text, best[1].translations)
    return Match(text, translated, best[2])


_CONTENT = regex.compile(r"[^\W\d_]{4,}")
_FILLER = frozenset(  # four-letter stems, as the words are compared
    w[:4]
    for w in [
        "your",
        "with",
        "that",
        "this",
        "what",
        "when",
        "where",
        "have",
        "does",
        "from",
        "they",
        "them",
        "there",
        "their",
        "about",
        "would",
        "could",
        "should",
        "will",
        "just",
        "like",
        "know",
        "anyone",
        "really",
        "much",
        "many",
        "more",
        "some",
        "able",
        "make",
        "made",
        "been",
        "also",
        "only",
        "then",
        "than",
    ]
)


def _same_words(question: str, entry: FaqEntry) -> bool:
    """A topic in common is not enough: the entry must also share a word with the question
    ("decaf", "ship", "প্লাস"), or a cold-brew question gets the decaf answer."""

    theirs = _stems(question) - _FILLER
    ours = _stems(" ".join([entry.question, entry.answer, *entry.translations.values()]))
    return bool(theirs & (ours - _FILLER))


def _stems(text: str) -> set[str]:
    """Words as they are compared: their first four letters, case folded."""
    return {w.casefold()[:4] for w in _CONTENT.findall(text)}


def best_answer(
    question: str, faq: Sequence[FaqEntry], *, language: str = "en", brand: str = ""
) -> Match | None:
    """The FAQ answer for a question: the entry must cover every topic the question raises
    (a cash-on-delivery question is not answered with delivery areas); a tie is not guessed
    at. Otherwise a person answers it."""
    wanted = topics(question)
    if not wanted:
        return _by_wording(question, faq, language=language, brand=brand)
    scored: list[tuple[int, FaqEntry, frozenset[str]]] = []
    part: list[tuple[int, FaqEntry, frozenset[str]]] = []
    for entry in faq:
        covered = _entry_topics(entry.topics, entry.question)
        shared = wanted & covered
        if (
            not shared
            or not _same_words(question, entry)
            or not _asks_what_it_answers(question, entry)
        ):
            continue
        # the answer's own words cover the rest ("is your decaf made with chemicals?" is
        # answered by "water only, no solvents"), once the entry is about the question
        answers = wanted & (covered | topics(entry.answer))
        if answers == wanted:
            scored.append((len(shared), entry, shared))
        else:
            part.append((len(shared), entry, answers))
    # "do you deliver to Rajshahi? and is cash on delivery possible?": the part the FAQ
    # answers is answered, and a person answers the rest
    if not scored and "?" in question:
        # what is asked is in the question itself; the rest is why they ask ("I'm at the
        # cottage for two months and don't want bags left at the post office")
        asked = topics(" ".join(_QUESTIONS.findall(question)))
        scored = [(n, e, a) for n, e, a in part if asked and asked <= a]
    if not scored and not part:  # "... can't find it in the app": the app is where, not what
        return _by_wording(question, faq, language=language, brand=brand)
    partial = not scored and len(wanted) > 1
    if partial and "?" in question:  # the part answered must be a part they asked about
        asked = topics(" ".join(_QUESTIONS.findall(question)))
        part = [(n, e, a) for n, e, a in part if asked & a]
    if partial and (both := _together(wanted, part, language)) is not None:
        return both  # "do you ship to Denmark? and is the decaf made with chemicals?"
    found = _unique_best(scored or (part if partial else []))
    if found is None:
        return None
    entry, shared = found
    text, translated = _in(language, entry.answer, entry.translations)
    # "do you deliver in Sylhet? and is there a weight limit?": the second question raises no
    # topic the lexicon knows, and the entry says nothing of it
    partial = partial or _another_question(question, entry, brand)
    return Match(text, translated, shared, partial=partial, question=entry.question)


_QUESTIONS = regex.compile(r"[^?.!।\n]*\?")
# what kind of answer a question wants: "where" a place, "when" a time, "how much" an amount,
# "how do/does" a way of doing it, "why" a reason; a yes/no question wants any of them
_WH = (
    (
        "time",
        regex.compile(
            r"\b(?:when|how long|how soon|what time|what hours|which days|"
            r"opening hours|what days)\b",
            regex.I,
        ),
    ),
    (
        "amount",
        regex.compile(r"\b(?:how much|how many|what does it cost|what's the price)\b", regex.I),
    ),
    ("place", regex.compile(r"\bwhere\b", regex.I)),
    (
        "way",
        regex.compile(
            r"\bhow (?:\p{L}+ )?(?:do|does|did|can|could|should|would|is|are|"
            r"handles?|manages?|deals?)\b",
            regex.I,
        ),
    ),
    ("reason", regex.compile(r"\bwhy\b", regex.I)),
)


def _wants(text: str) -> set[str]:
    return {kind for kind, pattern in _WH if pattern.search(text)}


def _asks_what_it_answers(question: str, entry: FaqEntry) -> bool:
    """ "How does Parcelly handle address resolution?" shares "delivery" with "Where and
    when do you deliver?", but wants a way of doing it, not a place or a time: an entry whose
    question wants other kinds of answer does not answer it."""
    offered = _wants(entry.question)
    if not offered:
        return True
    covered = _entry_topics(entry.topics, entry.question)
    # each question on the entry's topic on its own: "can you ship to Sweden? also how is
    # your decaf made?" asks the shipping entry no "how"
    on_topic = [q for q in _QUESTIONS.findall(question) if topics(q) & covered]
    said = _stems(" ".join([entry.question, entry.answer]))
    return not on_topic or any(
        (not (a := _wants(q)) or not offered or a & offered) and _does_it(q, said) for q in on_topic
    )


# what a yes/no or how-to question asks to do: "can I change the address?" is not answered
# by where and when we deliver, though "delivery" is in both
_DO = regex.compile(
    r"\b(?i:can|could|may|do|does|will|would|should|how (?:do|can|could|should)) "
    r"(?:(?i:i|we|you|u|they|one)|\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?) "
    r"(?:(?i:still|just|also|even|actually) )?(?P<verb>\p{Ll}{3,})\b"
    r"|\b(?i:is it possible to) (?P<verb>\p{Ll}{3,})\b",
)
_ANY_VERB = frozenset({"get", "have", "has", "had", "still", "just", "also", "know", "tell",
                       "help", "please", "the", "you", "there", "this", "that", "any"})  # fmt: skip


def _does_it(question: str, said: set[str]) -> bool:
    verbs = [m["verb"].casefold() for m in _DO.finditer(question)]
    verbs = [v for v in verbs if v not in _ANY_VERB]
    return not verbs or any(v[:4] in said for v in verbs)


_WORD = regex.compile(r"\p{L}+")


def _another_question(question: str, entry: FaqEntry, brand: str) -> bool:
    """One of several questions that shares no topic and no word with the entry."""
    asked = [q for q in _QUESTIONS.findall(question) if len(_WORD.findall(q)) >= 3]
    if len(asked) < 2:
        return False
    own = _stems(brand)
    entry_words = _stems(f"{entry.question} {entry.answer}")
    covered = _entry_topics(entry.topics, entry.question) | topics(entry.answer)
    for q in asked:
        words = _stems(q) - _FILLER - own
        if not (topics(q) & covered) and not (words & entry_words):
            return True
    return False


def _together(
    wanted: frozenset[str], part: list[tuple[int, FaqEntry, frozenset[str]]], language: str
) -> Match | None:
    """Several questions in one post, each answered by its own entry: the answers together,
    in the FAQ's order; a topic two entries answer is not guessed at."""
    chosen: list[tuple[FaqEntry, frozenset[str]]] = []
    for topic in sorted(wanted):
        having = [(e, shared) for _, e, shared in part if topic in shared]
        if len(having) == 1 and all(having[0][0] is not e for e, _ in chosen):
            chosen.append(having[0])
    if len(chosen) < 2:
        return None
    chosen.sort(key=lambda c: next(i for i, (_, e, _) in enumerate(part) if e is c[0]))
    texts = [_in(language, e.answer, e.translations) for e, _ in chosen]
    covered = frozenset().union(*(shared for _, shared in chosen))
    return Match(
        ". ".join(t.rstrip(". ") for t, _ in texts),
        all(translated for _, translated in texts),
        covered,
        partial=not wanted <= covered,
        several=True,
    )


def _unique_best(
    scored: list[tuple[int, FaqEntry, frozenset[str]]],
) -> tuple[FaqEntry, frozenset[str]] | None:
    """The entry sharing the most topics; a tie is not guessed at."""
    scored = sorted(scored, key=lambda s: -s[0])
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    return scored[0][1], scored[0][2]


def _by_wording(
    question: str, faq: Sequence[FaqEntry], *, language: str, brand: str
) -> Match | None:
    """A question in the brand's own terms that no topic word covers ("can I cancel Parcelly
    Plus halfway through the month?"): the entry whose question shares two words with it,
    besides the brand's name and filler, answers it; a tie, or one word, is left to a person."""

    def words(text: str) -> set[str]:
        return _stems(text) - _FILLER - own

    own = _stems(brand)
    theirs = words(question)
    scored = sorted(
        ((len(theirs & words(entry.question)), i) for i, entry in enumerate(faq)), reverse=True
    )
    if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    entry = faq[scored[0][1]]
    text, translated = _in(language, entry.answer, entry.translations)
    return Match(text, translated, _entry_topics(entry.topics, entry.question))


def asked_in(text: str, answer: Match, *, plainly: bool = False) -> bool:
    """A thread's own question is on the answer's topic: a post that mentions deliveries and
    asks about something else is not answered with delivery hours. An answer found by its
    words (no topic) stands."""
    asked = _QUESTIONS.findall(text)
    if not asked or not answer.shared:
        return True
    on_topic = bool(topics(" ".join(asked)) & answer.shared)
    if not on_topic:
        return False
    # outright, it must be asked as a customer asks; "in case it helps", a customer's own
    # need will do ("thinking of dropping my Club over the summer"), a business question not
    return _own_words(asked, answer) or (not plainly and bool(_MINE.search(text)))


_MINE = regex.compile(r"\b(?:I|I'm|I've|I'd|my|me|thinking of|considering|planning to)\b", regex.I)


def _own_words(asked: list[str], answer: Match) -> bool:
    """To be answered with the entry outright, the topic is not enough: "is a coffee
    subscription a viable business?" names subscriptions but asks nothing of us. A question on the topic must ask a customer's
    kind of question: where, when, how, how much, or "can I / do you ..."."""
    on_topic = [q for q in asked if topics(q) & answer.shared]
    return any(_wants(q) or _DO.search(q) for q in on_topic)
