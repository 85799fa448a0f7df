"""Which FAQ entry answers a question, and whether the question really asks it.

Topics say what a question is about (``topics``); an entry answers it only when it also shares
the question's words, wants the kind of answer the entry gives (where, when, how, how much) and
does what it asks ("can I change the address?" is not answered by where and when we deliver).
Several questions get one answer each; what the FAQ leaves open goes to a person.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from monitor import rx
from monitor.config import FaqEntry
from reports.replies.rates import card, price, price_bn, weighed
from reports.replies.topics import Match, asked_about, entry_topics, in_language, topics

# words of four letters or more, and acronyms ("API", "SDK"), which carry a question alone
_CONTENT = rx.compile(r"[^\W\d_]{4,}|\b(?-i:\p{Lu}{3})\b")
_FILLER = frozenset(  # four-letter stems, as the words are compared
    w[:4]
    for w in [
        # "step-free", "gluten-free": the word before says what; "free" alone matches
        # "lactose-free milk" to a wheelchair question
        "free",
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

    # "is COD available there?": cash on delivery, in the entry's own words
    question = _COD_WORD.sub("cash on delivery", question)
    if _content(question) & (_entry_stems(entry) - _FILLER):
        return True
    # "how much for a 4kg box from dhaka to sylhet?": a weight put to a rate card
    return card(entry.answer) is not None and weighed(question)


def words_shared(text: str, other: str, brand: str = "") -> int:
    """How many words (as compared: four-letter stems, no filler, not the brand's name) two
    texts share."""
    return len(_content(text, brand) & _content(other, brand))


def _content(text: str, brand: str = "") -> set[str]:
    """The words that carry meaning, as compared: no filler, not the brand's own name."""
    return _stems(text) - _FILLER - _stems(brand)


def _entry_stems(entry: FaqEntry) -> set[str]:
    """An entry's words in every language it is written in."""
    return _stems(" ".join([entry.question, entry.answer, *entry.translations.values()]))


def _stems(text: str) -> set[str]:
    """Words as they are compared: their first four letters, case folded; three in Bengali,
    whose vowel signs are letters of their own ("খুলবো", "খুলুন": to open)."""
    if " out" in text:  # "how fast do they pay out?" asks about the payouts
        text = _PAY_OUT.sub("payout", text)
    if "settl" in text.casefold():  # "how fast COD settlement really is": the payout
        text = _SETTLED.sub("payout", text)
    return {w.casefold()[: 3 if _BENGALI.match(w) else 4] for w in _CONTENT.findall(text)}


_COD_WORD = rx.compile(r"\bCOD\b")
_SETTLED = rx.compile(r"\bsettle(?:ment|ments|d|s)?\b", regex.I)
_PAY_OUT = rx.compile(r"\b(?:pay|pays|paid|paying) out\b", regex.I)


_BENGALI = rx.compile(r"\p{Bengali}")


_SEND_TO_BN = rx.compile(
    r"\S+(?:য়|তে|ে)\s+(?:(?:একটা|একটি|কিছু|দুইটা|২টা)\s+)?(?:পার্সেল|প্যাকেট|জিনিস|মাল|parcel)\S*\s+"
    r"পাঠা(?:নো|তে|ই|বো|ব)"
)
_SEND_TO = rx.compile(  # (the place's capital is a capital: no ignore-case here)
    r"\b(?P<verb>(?i:send|post))\b"
    r"(?= (?:[\w-]+ ){0,3}?(?:(?i:from) \p{Lu}\p{L}+ )?(?i:to) (?:(?i:the) )?\p{Lu})"
)


_PRICE_ASKED = rx.compile(r"\b(?:how much|cost\w*|charge\w*|price\w*|rates?|fees?)\b", regex.I)


def best_answer(
    question: str, faq: Sequence[FaqEntry], *, language: str = "en", brand: str = "",
    ignore: frozenset[str] = frozenset(),
) -> Match | None:  # fmt: skip
    """The FAQ answer for a question: the entry must cover every topic the question raises
    (a cash-on-delivery question is not answered with delivery areas), but those in
    ``ignore``; a tie is not guessed at. Otherwise a person answers it."""
    # "can I send a parcel to Kolkata?" asks where we deliver, whichever verb it uses
    # ("how much to send 3 kg from Dhaka to Sylhet?" asks the price, not where we deliver)
    if not _PRICE_ASKED.search(question):
        question = _SEND_TO.sub(lambda m: "deliver" + m[0][len(m["verb"]) :], question)
    # "রাজশাহীতে পার্সেল পাঠানো যায়?": where we deliver, said in the question itself
    question = _SEND_TO_BN.sub(lambda m: f"{m[0]} ডেলিভারি", question, count=1)
    found = _best(question, faq, language=language, brand=brand, ignore=ignore)
    if found is not None:
        return found
    # "Does Northwind have an API? ... Anyone reverse-engineered their app?": what is asked of
    # the crowd is theirs to answer, and raises no topic the entry must cover
    posed = questions(question)
    crowd = [q for q in posed if _TO_THE_CROWD.search(q)]
    if not crowd or not any(asked_about(q) for q in posed if q not in crowd):
        return None
    for q in crowd:
        question = question.replace(q, " ")
    return _best(question, faq, language=language, brand=brand, ignore=ignore)


def _best(
    question: str, faq: Sequence[FaqEntry], *, language: str, brand: str,
    ignore: frozenset[str],
) -> Match | None:  # fmt: skip
    wanted = asked_about(question) - ignore
    if not wanted:
        return _by_wording(question, faq, language=language, brand=brand)
    scored: list[tuple[int, FaqEntry, frozenset[str]]] = []
    part: list[tuple[int, FaqEntry, frozenset[str]]] = []
    for entry in faq:
        covered = entry_topics(entry.topics, entry.question)
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
    # "do you ship to Estonia? and can I pause my subscription?": the subscription entry's
    # "skip a delivery" does not answer where we ship when the shipping entry is there to
    # two questions put to us, each to its own entry ("anyone using their subscription?" asks
    # the thread, not us)
    if len([q for q in _asked(question) if not _TO_THE_CROWD.search(q)]) > 1:
        scored, part = _declared_first(scored, part, wanted)
    # "do you deliver to Rajshahi? and is cash on delivery possible?": the part the FAQ
    # answers is answered, and a person answers the rest
    if not scored and "?" in question:
        # what is asked is in the question itself; the rest is why they ask ("I'm at the
        # cottage for two months and don't want bags left at the post office")
        asked = topics(" ".join(questions(question)))
        scored = [(n, e, a) for n, e, a in part if asked and asked <= a]
    if not scored and not part:  # "... can't find it in the app": the app is where, not what
        return _by_wording(question, faq, language=language, brand=brand)
    partial = not scored and len(wanted) > 1
    if partial and len(_asked(question)) < 2:
        # one question the entry half covers is not answered by it: "a public API for
        # subscription management?" is no question about pausing the subscription
        return None
    if partial and "?" in question:  # the part answered must be a part they asked about
        asked = topics(" ".join(_asked(question)))
        part = [(n, e, a) for n, e, a in part if asked & a]
    if partial and (both := _together(wanted, part, language, question)) is not None:
        return both  # "do you ship to Denmark? and is the decaf made with chemicals?"
    # "do you ship to Estonia? Thinking of a Club subscription for my sister": what the
    # question itself asks is answered by the entry made for it, not one that touches both
    put = _asked_topics(question)
    if put and put < wanted:
        made_for = [(n, e, put) for n, e, _ in scored + part
                    if put <= entry_topics(e.topics, e.question)]  # fmt: skip
        if len(made_for) == 1:
            scored, partial = made_for, False
    found = _unique_best(scored or (part if partial else []))
    if found is None and scored:
        found = _closest_question(question, scored, brand)
    if found is None:
        return None
    entry, shared = found
    text, translated = in_language(language, entry.answer, entry.translations)
    # "do you deliver in Sylhet? and is there a weight limit?": the second question raises no
    # topic the lexicon knows, and the entry says nothing of it
    # "২ কেজি ঢাকা থেকে চট্টগ্রামে কত টাকা?": a sum the entry's rate card works out is answered
    # whole, whatever other words the question uses
    one = len(_asked(question)) < 2  # (a second question is still left to a person)
    worked = one and bool(price(question, entry.answer) or price_bn(question, entry.answer))
    partial = partial or (not worked and _another_question(question, entry, brand))
    return Match(text, translated, shared, partial=partial, question=entry.question)


def _declared_first(
    scored: list[tuple[int, FaqEntry, frozenset[str]]],
    part: list[tuple[int, FaqEntry, frozenset[str]]],
    wanted: frozenset[str],
) -> tuple[list[tuple[int, FaqEntry, frozenset[str]]], list[tuple[int, FaqEntry, frozenset[str]]]]:
    """An entry that answers a topic only in passing gives way to one declared for it: both
    become parts, answered together, each by the entry made for it."""
    if len(wanted) < 2:
        return scored, part
    declared = {id(e): wanted & entry_topics(e.topics, e.question) for _, e, _ in scored + part}
    kept, moved = [], []
    for n, e, shared in scored:
        passing = wanted - declared[id(e)]
        others = {t for _, o, _ in scored + part if o is not e for t in declared[id(o)]}
        if passing and passing <= others:
            moved.append((n, e, frozenset(declared[id(e)])))
        else:
            kept.append((n, e, shared))
    return kept, part + moved if moved else part


# an emoji ends a sentence as a stop does: "pregnant and missing my coffee 😩 is the decaf
# made with chemicals?" asks of the decaf, not of the pregnancy
_QUESTIONS = rx.compile(r"[^?.!।\n\p{Extended_Pictographic}]*\?[?!]*")
# "esim." or "e.g." inside a question does not end it
_ABBREVIATED = rx.compile(r"\b(esim|e\.g|i\.e|eg|ie|mm|ks|etc|vs|approx|ca|n)\.", regex.I)


def questions(text: str) -> list[str]:
    """The questions of a text, each up to its question mark ("What do I do?" beside a fault
    asks for the remedy the reply gives, no FAQ's answer)."""
    found = _QUESTIONS.findall(_ABBREVIATED.sub(lambda m: m[1].replace(".", ""), text))
    return [q for q in found if not _WHAT_NOW.fullmatch(q.strip())]


_WHAT_NOW = rx.compile(
    r"(?:so |and )?(?:what (?:do|should|can) (?:i|we) do(?: now| next| about (?:it|this))?"
    r"|what now|now what|what next)\s*[?!]+",
    regex.I,
)


# what kind of answer a question wants: "where" a place, "when" a time, "how much" an amount,
# "how do/does" a way of doing it, "why" a reason; a yes/no question wants any of them
_WH = (
    (
        "time",
        rx.compile(
            r"\b(?:when|how long|how soon|how fast|how quickly|what time|what hours|which days|"
            r"opening hours|what days|how many (?:working |business )?(?:days|weeks|hours))\b",
            regex.I,
        ),
    ),
    (
        "amount",
        # "what does parcelly charge for a 4kg parcel?", "what would it cost to send ..."
        rx.compile(
            r"\b(?:how much|how many(?! (?:working |business )?(?:days|weeks|hours)\b)"
            r"|what does it cost|what's the price|what(?:'s| is| are| does"
            r"| do| would| will) (?:the |your |\p{L}+ )?(?:charges?|costs?|price|fee|rates?)\b)",
            regex.I,
        ),
    ),
    ("place", rx.compile(r"\bwhere\b", regex.I)),
    (
        "way",
        rx.compile(
            r"\bhow (?:\p{L}+ )?(?:do|does|did|can|could|should|would|is|are|"
            r"handles?|manages?|deals?)\b",
            regex.I,
        ),
    ),
    ("reason", rx.compile(r"\bwhy\b", regex.I)),
)


def _wants(text: str) -> set[str]:
    return {kind for kind, pattern in _WH if pattern.search(text)}


_GIVES = (
    ("time", rx.compile(
        r"\b(?:within|\d+\s?[-–]\s?\d+|\d+|one|two|three|four|five|six|seven)\s(?:working\s)?"
        r"(?:days?|hours?|weeks?|minutes?)\b|\b\d{1,2}[:.]\d{2}\b", regex.I)),
    ("amount", rx.compile(
        r"[৳€$£]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:€|eur|euros?|taka|tk|%)|\bfree\b|\bno fee\b",
        regex.I)),
)  # fmt: skip


def gives(answer: str) -> set[str]:
    """The kinds of answer an entry's text gives: a time, an amount."""
    return {kind for kind, pattern in _GIVES if pattern.search(answer)}


def _asks_what_it_answers(question: str, entry: FaqEntry) -> bool:
    """ "How does Parcelly handle address resolution?" shares "delivery" with "Where and
    when do you deliver?", but wants a way of doing it, not a place or a time: an entry whose
    question wants other kinds of answer does not answer it. "The new decaf is actually
    good??" marvels; it asks nothing the decaf entry answers."""
    covered = entry_topics(entry.topics, entry.question)
    # each question on the entry's topic on its own: "can you ship to Sweden? also how is
    # your decaf made?" asks the shipping entry no "how"
    on_topic = [q for q in questions(question) if topics(q) & covered]
    if not on_topic:
        return True
    asked = [q for q in on_topic if not _marvels(q)]
    if not asked:
        return False
    offered = _wants(entry.question)
    if offered:  # what the answer itself gives: "how do payouts work?" is answered "within two
        offered |= gives(entry.answer)  # working days", which tells "how long" too
    # with the entry's own short verbs: "How can I pay?" answers "can I pay with Edenred?"
    said = _entry_stems(entry) | {w.casefold() for w in _SHORT.findall(entry.question)}
    return any(
        (not offered or not (a := _wants(q)) or a & offered) and _does_it(q, said, covered)
        for q in asked
    )


_SHORT = rx.compile(r"\b[^\W\d_]{3}\b")


_ASKING = rx.compile(
    r"^\W*(?:\S+\s+){0,3}?(?:is|are|do|does|did|can|could|will|would|should|how|what|where"
    r"|when|why|which|who|any|anyone)\b",
    regex.I,
)


def _marvels(sentence: str) -> bool:
    """ "is actually good??", "tastes like jam?? how": wonder, not a question to answer."""
    return sentence.rstrip().endswith(("??", "?!", "!?")) and not _ASKING.search(sentence)


# what a yes/no or how-to question asks to do: "can I change the address?" is not answered
# by where and when we deliver, though "delivery" is in both
_DO = rx.compile(
    r"\b(?i:can|could|may|do|does|will|would|should|how (?:do|can|could|should)) "
    r"(?:(?i:i|we|you(?: guys| all)?|u(?: guys)?|ya|y'all|they|one)|@\w+"
    r"|\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?"
    # "does COD money reach you": the name's noun is the subject's, not the verb
    r"(?: (?:money|cash|payouts?|parcels?|orders?|deliveries|refunds?))?) "
    r"(?:(?i:still|just|also|even|actually) )?(?P<verb>\p{Ll}{3,})\b"
    r"|\b(?i:is it possible to|is there (?:any |a )?way to|any way to|way to) "
    r"(?P<verb>\p{Ll}{3,})\b"
    # Finnish asks "voiko toimitusväliä vaihtaa?": the verb of doing comes later in the clause
    r"|\b(?i:voiko|voinko|saako|voisiko|pystyykö)\b[^?.!\n]{0,40}?\b(?P<verb>(?i:vaihta|muutta|siirtä"
    r"|peru|keskeyttä|palautta|lisätä|poista)\p{L}*)",
)
# "does X offer / provide / support an API?" asks whether they have one, as "have" does
_ANY_VERB = frozenset({"get", "have", "has", "had", "still", "just", "also", "know", "tell",
                       "help", "please", "the", "you", "there", "this", "that", "any", "offer",
                       "provide", "support", "expose",
                       # "how long does it take", "what do you charge": any entry's time, price
                       "take", "cost", "charge",
                       # "how fast does COD money reach you": what moves, asked how soon
                       "reach", "arrive", "come"})  # fmt: skip


def _does_it(question: str, said: set[str], covered: frozenset[str] = frozenset()) -> bool:
    verbs = [m["verb"].casefold() for m in _DO.finditer(question)]
    verbs = [v for v in verbs if v not in _ANY_VERB]
    # a three-letter verb meets the longer words it begins: "pay" out is what "payouts" are;
    # a verb of the entry's own topic is its doing too ("a way to script it" is the API's)
    verbs += [_IRREGULAR[v] for v in verbs if v in _IRREGULAR]  # "make" asks what "made" says
    # "how do I stop Plus from renewing?" asks what "how do I cancel Plus?" answers
    verbs += [_SAME_DOING[v] for v in verbs if v in _SAME_DOING]
    return not verbs or any(
        v[:4] in said
        or (len(v) == 3 and any(w.startswith(v) for w in said))
        or bool(topics(v) & covered)
        for v in verbs
    )


_SAME_DOING = {"stop": "cancel", "end": "cancel", "quit": "cancel", "terminate": "cancel",
               "unsubscribe": "cancel"}  # fmt: skip
_IRREGULAR = {"make": "made", "made": "make", "send": "sent", "sent": "send", "buy": "bought",
              "take": "took", "bring": "brought", "pay": "paid", "paid": "pay"}  # fmt: skip


_WORD = rx.compile(r"\p{L}+")
# a last question asked without its mark: "do you ship to sweden? and is the shipping free
# over some amount"
_TRAILING = rx.compile(
    r"(?:^|[?.!।\n])\s*(?P<q>(?:(?:and|also|plus|oh and|btw)\s+)?"
    # ("would love to send some to my brother" wishes; it asks nothing)
    r"(?:is|are|do|does|can|could|will|would(?! (?:love|like|be (?:great|nice|lovely|good)))|how"
    # ("Can't find it" asks nothing; "does anyone know if they have an API." ends in a stop)
    r"|what|where|when|which)\b(?!['’]t\b)[^?.!।\n]*)\.?$",
    regex.I,
)


def _asked(text: str) -> list[str]:
    """The questions of a post, the last one too when its question mark is left off, and
    what it says it wants to know ("mostly care about how fast COD money reaches you and how
    returns are handled": two things)."""
    found = questions(text)
    if found and (last := _TRAILING.search(text.rstrip())) is not None:
        found.append(last["q"])
    for wonder in _WONDERS.finditer(text):
        found += [part for part in _AND_HOW.split(wonder["q"]) if part.strip()]
    return found


# "Mostly care about how fast COD money reaches you": a question put as a statement
_WONDERS = rx.compile(
    r"(?:^|[.!?]\s+)(?:(?:i'?m|we'?re|i|we|mostly|mainly|really|just|also|main(?:ly)?) )*"
    r"(?:care|curious|wondering|want to know|keen to know|interested|asking|worried|concerned)"
    r" (?:about |in |to know )?(?P<q>(?:how|what|when|whether|where|if)\b[^.!?\n]*"
    # "mainly care about payout speed and how they handle returns": a need named as a noun
    r"|(?<=\b(?:care|worried|concerned) about )(?!the (?:price|cost)\b)[\p{L}\d][^.!?\n]{2,80})",
    regex.I,
)
_AND_HOW = rx.compile(r",? and (?=(?:how|what|when|whether|where)\b)", regex.I)


# "has anyone here tried their subscription?", "onko kellään kokemusta?": a question to the
# thread, which the brand's answer to the question put to it does not leave open
_TO_THE_CROWD = rx.compile(
    r"\b(?:anyone|anybody|any of you|kellään|kenelläkään|kukaan teistä)\b|কারো কি|কেউ কি"
    r"|কেউ (?:জানেন|জানো|জানলে|বলতে পারবেন)",
    regex.I,
)


_SHORT_STOP = frozenset({
    "and", "any", "the", "are", "how", "why", "who", "can", "you", "our", "for", "not", "but",
    "has", "had", "was", "too", "all", "its", "use", "get", "got", "she", "him", "her", "out",
    "own", "see", "way",
})  # fmt: skip


# how long something takes, asked, and an entry that says it ("delivery takes 1-3 days")
_HOW_LONG = rx.compile(
    r"\bhow (?:long|many days|quickly|fast)\b|\bkuinka (?:kauan|nopeasti|pian)\b|\bmissä ajassa\b"
    r"|কত দিন|কতদিন|কত সময়",
    regex.I,
)
_TAKES = rx.compile(
    r"\b(?:takes?|within) (?:\p{L}+ )?\d|\bhow long\b|\bkestää\b|\bkuluessa\b|দিনের মধ্যে|দিন লাগে",
    regex.I,
)
_WEEKDAY = rx.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekends?|maanantai"
    r"|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)\w*"
    r"|শুক্রবার|শনিবার|রবিবার|সোমবার|মঙ্গলবার|বুধবার|বৃহস্পতিবার",
    regex.I,
)


def _another_question(question: str, entry: FaqEntry, brand: str) -> bool:
    """One of several questions the entry leaves open: it shares no topic and no word with
    the entry, or asks mostly in words the entry never uses ("and is the shipping free over
    some amount" beside "do you ship to Sweden?")."""
    asked = [
        q for q in _asked(question) if len(_WORD.findall(q)) >= 3 and not _TO_THE_CROWD.search(q)
    ]
    if not asked:
        return False
    entry_words = _entry_stems(entry)
    covered = entry_topics(entry.topics, entry.question) | topics(entry.answer)
    # one question alone must stray further: "saako tilauksen pakettiautomaattiin vai vain
    # kotiovelle?" asks of lockers and doors, not of the countries we ship to
    least = 3 if len(asked) > 1 else 5
    for q in asked:
        if price(q, entry.answer) or price_bn(q, entry.answer):
            continue  # "a 4kg box dhaka to sylhet?": the entry's rate card prices it
        if _WEEKDAY.search(q) and _WEEKDAY.search(entry.answer):
            continue  # "do riders come on Fridays?": "Saturday to Thursday" says which days
        if _HOW_LONG.search(q) and _TAKES.search(f"{entry.question} {entry.answer}"):
            continue  # "how long would it take?": "delivery takes 3-6 working days" says
        # "রাজশাহীতে পার্সেল পাঠানো" is where we deliver, in words of its own
        words = _content(_SEND_TO_BN.sub(" ", q), brand)
        short = {w for w in _WORD.findall(q.casefold()) if len(w) == 3} - _SHORT_STOP
        if not words and short and any(regex.search(rf"\b{w}", entry.answer, regex.I)
                                       for w in short):  # fmt: skip
            continue  # "and is there any fee?": the entry names its fee
        if len(asked) > 1 and not (topics(q) & covered) and not (words & entry_words):
            return True
        if (raised := topics(q)) and raised <= covered and len(raised) > 1:
            # "miten kofeiiniton on tehty, onko siinä kemikaaleja?": every topic it raises is
            # the entry's, in whatever words the language uses
            continue
        other = len(words - entry_words)
        if other >= least and other > 2 * len(words & entry_words):
            return True
    return False


def also_answered(question: str, answer: str, brand: str = "") -> str:
    """Beside a price the rate card works out, the clause of the same answer that answers the
    post's other question: "and is it the same price for documents?" -> "documents cost the
    same". "" where no clause shares two of that question's words."""
    asked = _asked(question)
    priced = [q for q in asked if price(q, answer) or price_bn(q, answer)]
    others = [q for q in asked if q not in priced]
    if not priced or not others:
        return ""
    clauses = [c.strip() for c in regex.split(r";|\.\s", answer) if c.strip()]
    best, most = "", 1
    for q in others:
        words = _content(q, brand)
        for c in clauses:
            if card(c) is not None or regex.search(r"\d", c):
                continue  # the rate card itself is the price already worked out
            shared = len(words & _content(c))
            if shared > most:
                best, most = c, shared
    return best


def _together(
    wanted: frozenset[str], part: list[tuple[int, FaqEntry, frozenset[str]]], language: str,
    question: str = "",
) -> Match | None:  # fmt: skip
    """Several questions in one post, each answered by its own entry: the answers together,
    in the order they were asked (the FAQ's where that does not tell); a topic two entries
    answer is not guessed at."""
    chosen: list[tuple[FaqEntry, frozenset[str]]] = []
    for topic in sorted(wanted):
        having = [(e, shared) for _, e, shared in part if topic in shared]
        if len(having) == 1 and all(having[0][0] is not e for e, _ in chosen):
            chosen.append(having[0])
    if len(chosen) < 2:
        return None
    asked = [asked_about(q) for q in questions(question)] if question else []

    def order(c: tuple[FaqEntry, frozenset[str]]) -> tuple[int, int]:
        first = next((i for i, a in enumerate(asked) if a & c[1]), len(asked))
        return first, next(i for i, (_, e, _) in enumerate(part) if e is c[0])

    chosen.sort(key=order)
    texts = [in_language(language, e.answer, e.translations) for e, _ in chosen]
    covered = frozenset().union(*(shared for _, shared in chosen))
    stop = "। " if language == "bn" else ". "
    return Match(
        stop.join(t.rstrip(". ।") for t, _ in texts),
        all(translated for _, translated in texts),
        covered,
        partial=not wanted <= covered,
        several=True,
    )


def _closest_question(
    question: str, scored: list[tuple[int, FaqEntry, frozenset[str]]], brand: str
) -> tuple[FaqEntry, frozenset[str]] | None:
    """A tie between entries that each answer everything asked: the one whose own question
    shares the most words with the question put to us (not one asked of the thread) wins,
    where one does outright ("is there an API ... to skip deliveries?" is the API entry's)."""
    put = " ".join(q for q in _asked(question) if not _TO_THE_CROWD.search(q))
    if not put:
        return None
    top = max(n for n, _, _ in scored)
    tied = [(words_shared(put, e.question, brand), e, shared) for n, e, shared in scored
            if n == top]  # fmt: skip
    tied.sort(key=lambda t: -t[0])
    if tied[0][0] == 0 or (len(tied) > 1 and tied[0][0] == tied[1][0]):
        return None
    return tied[0][1], tied[0][2]


def _unique_best(
    scored: list[tuple[int, FaqEntry, frozenset[str]]],
) -> tuple[FaqEntry, frozenset[str]] | None:
    """The entry sharing the most topics; a tie is not guessed at."""
    scored = sorted(scored, key=lambda s: -s[0])
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    return scored[0][1], scored[0][2]


_WHOLE_PRODUCT = rx.compile(
    r"\bworth (?:it|the money|paying)\b|\bany good\b|\bthoughts on\b", regex.I
)
_CAPITALISED = rx.compile(r"(?<=\S\s+)\p{Lu}\p{Ll}{2,}\b")


def _product_names(faq: Sequence[FaqEntry], brand: str) -> dict[int, set[str]]:
    """Capitalised words inside the entries' questions (not the first word, not the brand's
    name) that one entry alone uses: the brand's products by name ("Club", "Plus")."""
    own = {w.casefold() for w in brand.split()}
    seen: dict[str, list[int]] = {}
    for i, entry in enumerate(faq):
        for word in {w.casefold() for w in _CAPITALISED.findall(entry.question)} - own:
            seen.setdefault(word, []).append(i)
    out: dict[int, set[str]] = {}
    for word, where in seen.items():
        if len(where) == 1:
            out.setdefault(where[0], set()).add(word)
    return out


def _by_wording(
    question: str, faq: Sequence[FaqEntry], *, language: str, brand: str
) -> Match | None:
    """A question in the brand's own terms that no topic word covers ("can I cancel Parcelly
    Plus halfway through the month?"): the entry whose question shares two words with it,
    besides the brand's name and filler, answers it; a tie, or one word, is left to a person."""

    # the question itself, not why they ask: "planning to visit" shares no word with "plant milk"
    theirs = _content(" ".join(questions(question)) or question, brand)
    # a product the brand names in one entry alone ("Club" in "my Northwind Club
    # subscription") is that entry's as much as two shared words are
    # only where the product itself is weighed: "is the Club coffee organic?" asks about coffee
    # and only where the name is what is weighed: "is Northwind Coffee worth it? ... those who
    # have the Club, do you notice the difference?" weighs the coffee, not the Club
    weighed = [q for q in questions(question) or [question] if _WHOLE_PRODUCT.search(q)]
    named = _product_names(faq, brand) if weighed else {}
    said = {w.casefold() for q in weighed for w in _CAPITALISED.findall(q)}
    scored = sorted(
        (
            (len(theirs & _content(entry.question, brand)) + len(said & named.get(i, set())), i)
            for i, entry in enumerate(faq)
        ),
        reverse=True,
    )
    if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    entry = faq[scored[0][1]]
    text, translated = in_language(language, entry.answer, entry.translations)
    return Match(
        text, translated, entry_topics(entry.topics, entry.question), question=entry.question
    )


def asked_in(text: str, answer: Match, *, plainly: bool = False) -> bool:
    """A thread's own question is on the answer's topic: a post that mentions deliveries and
    asks about something else is not answered with delivery hours. An answer found by its
    words (no topic) stands."""
    asked = _asked(text)
    if not asked or not answer.shared:
        return True
    marked = questions(text)  # the rest: a last question left unmarked, "care about how ..."
    unmarked = " ".join(a for a in asked if a not in marked)
    on_topic = bool((_asked_topics(text) | topics(unmarked)) & answer.shared) or (
        # asked in the entry's own words: "is it easy to pause the Club?"
        answer.question is not None
        and len(_content(" ".join(asked)) & _content(answer.question)) >= 2
    )
    if not on_topic:
        return False
    # outright, it must be asked as a customer asks; "in case it helps", a customer's own
    # need will do ("thinking of dropping my Club over the summer"), a business question not
    # ("mainly care about payout speed": what they care about, named, is asked of us too)
    cared = {p.strip() for w in _WONDERS.finditer(text) for p in _AND_HOW.split(w["q"])}
    named = any(q.strip() in cared and topics(q) & answer.shared for q in asked)
    return _own_words(asked, answer) or named or (not plainly and bool(_MINE.search(text)))


_SENTENCES = rx.compile(r"[^.!?।\n]+[.!?।]*")


def _asked_topics(text: str) -> frozenset[str]:
    """The topics of a post's questions; a question that names none ("does one exist?") is
    about what the sentence before it named ("can't find any API docs")."""
    found: set[str] = set()
    before = ""
    for sentence in _SENTENCES.findall(text):
        if "?" in sentence:
            found |= topics(sentence) or topics(before)
        before = sentence
    return frozenset(found)


_MINE = rx.compile(r"\b(?:I|I'm|I've|I'd|my|me|thinking of|considering|planning to)\b", regex.I)


def _own_words(asked: list[str], answer: Match) -> bool:
    """To be answered with the entry outright, the topic is not enough: "is a coffee
    subscription a viable business?" names subscriptions but asks nothing of us. A question on
    the topic must ask a customer's kind of question: where, when, how, how much, or "can I /
    do you ..."."""
    # "Northwind Club worth it? Can you pause it when travelling?": the entry's own word asked
    # about what the thread is on
    own = _content(answer.question) if answer.question else set()
    on_topic = [q for q in asked if topics(q) & answer.shared or _content(q) & own]
    return any(
        _wants(q) or _DO.search(q) or _IF_THEY.search(q) or _IS_THERE.search(q)
        or CONFIRMING.search(q)
        for q in on_topic
    )  # fmt: skip


# "Warranty is two years right?": a fact of ours, put to us to confirm
CONFIRMING = rx.compile(
    r"\b(?:right|correct|isn'?t it|aren'?t they|is that right|is that so|yeah)\s*\?+\s*$", regex.I
)


# "or is there a public API already?": whether we have it, asked outright
_IS_THERE = rx.compile(r"\b(?:is|are) there (?:a|an|any)\b", regex.I)
# "anyone know if Parcelly has a public API?": a yes/no question asked the long way round
_IF_THEY = rx.compile(
    r"\b(?:know|wonder\w*|curious|sure|tell (?:me|us)) (?:if|whether) (?:\p{Lu}[\p{L}-]*|they|you)"
    r" (?:has|have|offers?|supports?|provides?|does|do|ships?|delivers?|accepts?)\b",
    regex.I,
)
