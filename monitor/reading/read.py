"""Read one mention: who speaks, what they do, what went wrong, what they ask, and why.

``read`` is pure (text in, ``Reading`` out) and computed once per mention by the scan, which
stores it; priority, alerts, the digest, the reply composer and ``repmon score`` all use the
stored reading. The language decides the lexicon; a language without one is not guessed at:
it is ``scored=False`` and a person reads it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import regex

from monitor import rx
from monitor.language import detect
from monitor.lexicons import Lexicon, available, load_lexicon
from monitor.reading.asks import asks, with_conditions
from monitor.reading.cues import Cues, clause_of
from monitor.reading.decide import decide, threshold
from monitor.reading.facts import facts
from monitor.reading.flags import flags as find_flags
from monitor.reading.items import items as find_items
from monitor.reading.problems import fallback, order_the_cafe_never_got
from monitor.reading.problems import problems as find_problems
from monitor.reading.sarcasm import in_the_words
from monitor.reading.sarcasm import sarcasm as irony_cues
from monitor.reading.scores import Scores, scores, with_rating
from monitor.reading.speaker import speaker as find_speaker
from monitor.reading.stance import IRONIC_EMOJI
from monitor.reading.stance import sarcasm as find_sarcasm
from monitor.reading.stance import stance as find_stance
from monitor.reading.types import (
    AskKind,
    Flag,
    FlagKind,
    Labelled,
    Problem,
    ProblemKind,
    Reading,
    Speaker,
    Stance,
)  # fmt: skip
from monitor.safety import clean_line, clean_text

__all__ = ["read"]
_KEEPS_PROBLEMS = frozenset({Stance.COMPLAINT.value, Stance.MIXED.value})


@cache
def _lexicons() -> dict[str, Lexicon]:
    return {code: load_lexicon(code) for code in available()}


def read(
    text: str, *, title: str | None = None, source: str = "", language: str | None = None,
    rating: float | None = None, brand: str | None = None, author: str | None = None,
) -> Reading:  # fmt: skip
    """The reading of one mention; ``title`` is read with the text (a review's headline)."""
    body = text if text.isascii() and text.isprintable() else clean_text(text)
    head = clean_line(title, limit=1000) if title else None
    full = f"{head}\n{body}" if head else body
    stars = _stars(rating)
    lexicons = _lexicons()
    found = detect(full, given=language, known=frozenset(lexicons) - {"en"})
    lexicon = lexicons.get(found.language)
    if lexicon is None:
        return _unscored(full, found.language, source=source, brand=brand or "", rating=stars)
    return _read(full, lexicon, source=source.casefold(), brand=brand or "", rating=stars)


# "I'm allergic to milk protein", "olen allerginen", "আমার ... অ্যালার্জি আছে": their own
_OWN_ALLERGY = rx.compile(
    r"\b(?:i'?m|i am|we'?re|we are|(?:my|our) \p{L}+ (?:is|has)) (?:severely |very |highly "
    r"|badly )?(?:allergic|coeliac|celiac)\b|\ballergi\p{L}* (?:to|against)\b"
    r"|\bolen (?:vakavasti |pahasti )?allerginen\b|\b(?:lapsellani|minulla) on \p{L}*allergia"
    r"|অ্যালার্জি আছে",
    regex.I,
)
_BUT_WORD = rx.compile(r"\b(?:but|however|though|although|mutta|kintu)\b|কিন্তু", regex.I)


def _praised_not_faulted(raised: tuple[Problem, ...], text: str) -> tuple[Problem, ...]:
    """ "Love the Guji filter roast, but my Club bags arrived with broken valves": the item
    named is what they praise before the "but"; the problem told after it is not of that item."""
    if not any(p.subject for p in raised):
        return raised
    return tuple(
        replace(p, subject=None) if p.subject and praised_before_but(p.subject, p, text) else p
        for p in raised
    )


def praised_before_but(item: str, p: Problem, text: str) -> bool:
    """``item`` is named only before the post's "but", and ``p``'s words only after it."""
    but = _BUT_WORD.search(text)
    if but is None or not p.because:
        return False
    low, name = text.casefold(), item.casefold()
    before, after = low[: but.start()], low[but.end() :]
    return name in before and name not in after and all(w.casefold() in after for w in p.because)


def _read(text: str, lexicon: Lexicon, *, source: str, brand: str, rating: float | None) -> Reading:
    cues = Cues(lexicon.scan(text))
    language = lexicon.language
    numbers = with_rating(scores(text, cues.hits, language=language, lexicon=lexicon), rating)
    named = find_items(text, brand=brand, language=language)
    found = find_problems(cues, items=named)
    raised = _not_the_rider(_asked_about(found, text), text)
    raised = _arrived_short(_one_app_fault(_not_feared(raised, text), text))
    raised = _conceded(_not_ours(raised, text), text, cues)
    raised = _code_typed_again(raised, text)
    raised = _paid_for_the_lost_order(_not_a_loyalty_card(raised, text))
    raised = _charged_not_sent(raised, text)
    raised = _overdue(_refund_waited(_call_promised(raised, text), text), text)
    raised = _praised_not_faulted(raised, text)
    if gone := {w for p in found if p not in raised for w in p.because} - {
            w for p in raised for w in p.because}:  # fmt: skip
        # words of a problem that did not happen ("waited 5 minutes while I came down") are
        # no complaint words for the sarcasm and stance that follow either
        # (an allergy of their own, asked about, stays a matter a person must see)
        own = _OWN_ALLERGY.search(text) is not None
        kept_flag = "flag.health_safety" if own else ""
        cues = Cues({g: ws if g == kept_flag else [w for w in ws if w not in gone]
                     for g, ws in cues.hits.items()})  # fmt: skip
    if (granted := _granted(text)) != text:
        # "järkyttävä jono, mutta kaurakaakao oli sen arvoinen": the harsh words are granted and
        # set aside with the queue, no trouble beside the praise
        left = granted.casefold()
        cues = Cues({g: [w for w in ws if w.casefold() in left] if (
            g == "anger.words" or g.startswith("complaint.")) else ws
            for g, ws in cues.hits.items()})  # fmt: skip
    who = find_speaker(cues, text, source=source, brand=brand, complaint=bool(raised))
    spam = who.value == Speaker.SPAM.value
    flagged = find_flags(cues, spam=spam)
    ironic = find_sarcasm(cues, text, problems=raised)
    if ironic.value == "yes" and _taken_at_their_word(text, rating):
        ironic = Labelled("no", 0.6, ironic.because)
    sarcastic = ironic.value == "yes" and not spam
    did = find_stance(
        cues, text, speaker=who.value, problems=raised, flags=flagged, scores=numbers,
        rating=rating, sarcastic=sarcastic, complaint_at=threshold("COMPLAINT"),
    )  # fmt: skip
    if did.value == Stance.COMPLAINT.value and not raised and _only_wondered(cues, text):
        # "how quick are payouts? any hidden charges?": the words the complaint model leans
        # on are asked about, not suffered
        did = Labelled(Stance.QUESTION.value, 0.55, ("?",))
    english = language == "en"  # the irony cues are English
    if (
        not sarcastic
        and english
        and not ("waited" in text and _WAITED_FOR_ME.search(text))  # the rider's patience
        and not ("rain" in text and _WET_PERSON.search(text) and not _WET_THING.search(text))
        and (doubt := _doubted_praise(granted, did, who.value, numbers, rating))
    ):
        ironic, did = doubt
    if did.value == Stance.PRAISE.value and not sarcastic and (
            rolled := [e for e in _EYE_ROLL if e in text]):  # fmt: skip
        # "kiitos että tilaukseni lähti 'heti' – viikko sitten 🙄": thanks with an eye-roll
        # is never taken as thanks; a person reads it
        ironic = Labelled(MAYBE, 0.6, tuple(rolled))
        did = Labelled(Stance.NEUTRAL.value, 0.4, tuple(rolled))
    kept = _one_off(_not_injuries(_problems_for(did.value, who.value, raised, cues), flagged), text)
    kept = _the_code_not_a_parcel(kept, text)
    # a reporter's "would refund them" reports what others asked or were promised
    press = who.value == Speaker.PRESS.value
    asking = did.value == Stance.QUESTION.value or (press and did.value == Stance.REQUEST.value)
    wants = with_conditions(text, asks(cues, question=asking, reported=spam or press))
    if any(p.kind is ProblemKind.PAYOUT for p in kept):
        # "my 12,500 tk back now" from a merchant whose COD money is held: the payout owed,
        # not a refund of something they paid us
        wants = tuple(
            a for a in wants
            if not (a.kind is AskKind.REFUND and not _FEE_WORDS.search(" ".join(a.because)))
        )  # fmt: skip
    stated = facts(text, brand=brand, items=named)
    pressing = bool(stated.repeat) and any(a.kind is AskKind.ESCALATION for a in wants)
    sentiment = min(numbers.sentiment, -0.4) if sarcastic else numbers.sentiment
    complaint = max(numbers.complaint, 0.6) if did.value in _KEEPS_PROBLEMS else numbers.complaint
    return Reading(
        language=language, scored=True, speaker=who, stance=did,
        sarcasm=ironic if not spam else Labelled("no", 0.8), problems=kept,
        asks=wants, facts=stated, flags=flagged, rating=rating,
        sentiment=round(sentiment, 4), anger=numbers.anger, complaint=round(complaint, 3),
        signals=_evidence(numbers, cues),
        decisions=decide(
            stance=did.value, speaker=who.value, flags=flagged, anger=numbers.anger, scored=True,
            rating=rating, has_problems=bool(kept), pressing=pressing, loud=numbers.loud,
            negative=numbers.negative, unsure=ironic.value == MAYBE,
        ),
    )  # fmt: skip


def _taken_at_their_word(text: str, rating: float | None) -> bool:
    """Three stars or more and "well done" or "coffee is great, the app is a mess": praise
    meant, whatever else the words could be (the sarcastic give one or two); only an eye-roll
    emoji beside the stars makes them ironic ("5 stars for losing it twice 🙃")."""
    return rating is not None and rating >= 3 and not any(e in text for e in IRONIC_EMOJI)


_EYE_ROLL = ("🙄", "🙃", "😒", "🤡", "🤦")
MODELS_ALONE = 0.75  # irony the models alone suspect, with no cue in the words
# doubt enough for "maybe" (a person reads it; no thanks, no apology), below the sarcasm flag's
# own cut: a cue in the words must be there too, and a wrong "maybe" costs a read, not a harm
MAYBE_AT = 0.45
MAYBE = "maybe"  # sarcasm the cues suspect but no failure in the post confirms
_PRAISING = frozenset({Speaker.CUSTOMER.value, Speaker.COMMUNITY.value})
# praise made emphatic with a negation ("Best café in Helsinki, not even close", "can't
# recommend them enough"): the models hear the "not", the words are plain delight
_EMPHATIC = rx.compile(
    r"\b(?:best|better|nicest|finest|greatest|friendliest|fastest|tastiest)\b[^.!?\n]{0,60}[,.;:–-]?"
    r" ?(?:and it'?s )?not even close\b|\bcan'?t recommend (?:\p{L}+ ){0,2}enough\b"
    r"|\bcouldn'?t be happier\b|\bnever (?:once )?disappoints?\b|\bshout ?out to\b",
    regex.I,
)


def _doubted_praise(
    text: str, did: Labelled, speaker: str, numbers: Scores, rating: float | None
) -> tuple[Labelled, Labelled] | None:
    """Praise the general irony cues doubt ("love how the app logs me out every day",
    "#not", scare quotes, praise beside a bad situation), at least one of them in the words
    and not only in the models' reading of the rest of the post, but in which no
    failure was found to call it a sarcastic complaint: the reading says "unsure" (sarcasm
    ``maybe``, stance neutral) so that nobody thanks a sarcastic post and nobody apologises
    for sincere praise; the reply asks what happened and a person reads it first. Stars of
    4-5 are taken at their word."""
    if did.value != Stance.PRAISE.value or speaker not in _PRAISING:
        return None
    if rating is not None and rating >= 4:
        return None
    cues = irony_cues(text, sentiment=numbers.model_sentiment, negative=numbers.negative)
    if cues.confidence < MAYBE_AT or not (cues.confidence >= MODELS_ALONE or in_the_words(text)):
        return None
    if _EMPHATIC.search(text) and not in_the_words(text):
        return None  # only the models doubt it, and they heard the "not" of "not even close"
    because = cues.because
    return Labelled(MAYBE, cues.confidence, because), Labelled(Stance.NEUTRAL.value, 0.4, because)


_QUIET = frozenset({"positive", "request", "question", "negative"})


def _evidence(numbers: Scores, cues: Cues) -> dict[str, tuple[str, ...]]:
    """The signals that fired, for "why": anger words, threats, shouting, broad complaint
    kinds, request words (``"refund:money back"``), and a trained model's n-grams."""
    out = {
        name: tuple(words[:2])
        for name, words in numbers.signals.evidence.items()
        if name not in _QUIET
    }
    if numbers.signals.values.get("negative", 0.0) >= 0.3:
        out["negative"] = tuple(numbers.signals.evidence["negative"])
    asked = [
        f"{g.split('.')[1]}:{w}"
        for g, ws in cues.hits.items()
        if g.startswith("request.")
        for w in ws
    ]
    if asked:
        out["request"] = tuple(asked[:2])
    out |= {f"model:{head}": grams for head, grams in numbers.because.items() if grams}
    return out


_BROKEN_THINGS = frozenset({ProblemKind.DEFECT, ProblemKind.DAMAGED})


# what happened to someone with an allergy: served it anyway, a reaction, a hospital
_INCIDENT = rx.compile(
    r"\b(?:reacted|reaction|hives|swell\w*|swollen|rash|sick|ill|vomit\w*|threw up|hospital"
    r"|epipen|anaphyla\w*|served|gave (?:me|him|her|us|them)|despite|even though|anyway"
    # "sai allergisen reaktion ja päädyttiin päivystykseen", "অ্যালার্জি হয়ে হাসপাতালে"
    r"|reakti\w*|päivystyk\w*|sairaala\w*|ensiapu\w*|oksen\w*|turpo\w*|ihottum\w*|nokkosihot\w*)\b"
    r"|হাসপাতাল|র‍্যাশ|ফুলে",
    regex.I,
)


def _asked_about(raised: tuple[Problem, ...], text: str) -> tuple[Problem, ...]:
    """ "My son is allergic to oats: do you have another plant milk?" asks before a visit;
    nothing has gone wrong. An allergy with nothing that happened is no food-safety problem.
    "Any hidden fees?" asks whether there are any: a problem named only inside such a
    question has not happened to them."""
    if "?" not in text:
        return raised
    asked = _whether(text)
    if asked:
        raised = tuple(
            p for p in raised
            if not (p.because and all(w.casefold() in asked for w in p.because))
        )  # fmt: skip
    if _INCIDENT.search(text):
        return raised
    return tuple(
        p for p in raised
        if not (p.kind is ProblemKind.FOOD_SAFETY and p.because
                and all(w.casefold().startswith("allerg") for w in p.because))
    )  # fmt: skip


def _only_wondered(cues: Cues, text: str) -> bool:
    """Every complaint word of the post sits inside a question whether there is any."""
    if "?" not in text or cues.has("anger.words"):
        return False
    # "mostly worried about how many parcels get 'damaged'": a rate asked about, in a thread
    wondered = " ".join(m[0] for m in _WONDERED.finditer(text)).casefold()
    asked = f"{_whether(text)} {wondered}".strip()
    words = [w for p in fallback(cues) for w in p.because]
    return bool(asked) and bool(words) and all(w.casefold() in asked for w in words)


_WONDERED = rx.compile(
    r"\b(?:worried|curious|wondering|concerned) (?:about )?(?:how (?:many|much|often|fast|quickly"
    r"|long)|whether|if)\b[^.!?\n]*",
    regex.I,
)


# a question whether something exists at all: "Any hidden fees?", "are there extra charges?"
_QUESTION = rx.compile(r"[^.!?:\n]*\?")
_WHETHER_OPENS = rx.compile(
    r"\s*(?:and |also |oh,? and |plus )?(?:any|are there(?: any)?|is there(?: any| an?)?"
    r"|will there be(?: any)?|do (?:you|they) (?:have|charge)(?: any)?)\b[^.!?\n]{0,60}\?\Z",
    regex.I,
)


def _whether(text: str) -> str:
    """The questions of a post that ask whether there is any ("Any hidden fees?"), casefolded
    and joined; "" when none (or no question mark)."""
    if "?" not in text:
        return ""
    found = [q for q in _QUESTION.findall(text) if _WHETHER_OPENS.match(q)]
    return " ".join(found).casefold()


# what they fear, not what happened: "don't want it stuck at a hub", "worried it'll arrive
# broken", "so it doesn't get lost"; and a rider who waited for them is no wait of theirs
_FEARED = rx.compile(
    # "can't afford delays": what they cannot have happen, not what happened
    r"\b(?:can'?t|cant|cannot|can not|couldn'?t) afford (?:any |more |another |a )?$|"
    r"\b(?:(?:do not|don'?t|wouldn'?t|would not) want (?:it|them|this|that|my \p{L}+|the \p{L}+)?"
    r"(?: to)?(?: be| get| end up)?|worried (?:it|they|that)(?:'ll| will| might| would)?"
    r"(?: gets?| is| are| be| ends? up)?"
    # "worried my COD orders will get stuck": what they fear, of their own
    r"|worried (?:about )?(?:my|our|the)"
    # "don't want to be charged the pickup fee": the fee is feared, some words on
    r"|(?:do not|don'?t) want to be (?:charged|billed)(?: \S+){0,3}"
    r"|afraid (?:it|they|that)(?:'ll| will| might| would)?(?: gets?| is| are| be| ends? up)?"
    r"|scared (?:it|they)(?:'ll| will| might)?(?: gets?| is| are| be)?"
    r"|in case (?:it|they)(?: gets?| is| are)?|so (?:it|they|that it) (?:doesn'?t|won'?t|isn'?t)"
    r"(?: get| end up)?|hope (?:it|they) (?:doesn'?t|won'?t|isn'?t)(?: get)?"
    # "if I send glassware and it arrives broken, do you cover it?": asked, not happened
    r"|\bif (?:i|we) (?:send|ship|post|order|book|buy)\b[^.!?\n]{0,30}?\band (?:it|they|the \p{L}+)"
    # "what happens if it gets damaged on the way?": asked, not happened
    r"|\bif (?:it|they|the \p{L}+|my \p{L}+)(?: ever)?(?: gets?| got| is| are| was| were"
    r"| arrives?| comes?| ends? up)?)\s+$",
    regex.I,
)
_FEAR_HINTS = (
    "want", "worried", "afraid", "scared", "in case", "so it", "so they", "so that", "if ", "hope",
    "waited", "afford",
)  # fmt: skip
_WAITED_FOR_ME = rx.compile(
    r"\bwaited\b[^.!?\n]{0,25}?\b(?:while (?:i|we)|for (?:me|us)|until (?:i|we)|patiently)\b"
    r"|\b(?:who|he|she|rider|driver|courier)\b[^.!?\n]{0,40}?\bwaited\b",
    regex.I,
)


def _not_feared(raised: tuple[Problem, ...], text: str) -> tuple[Problem, ...]:
    """A problem told only as a fear ("sending a gift and don't want it stuck at a hub") or a
    rider's patience ("waited 5 minutes while I came down") has not happened to them."""
    low = text.casefold()
    if not raised or not any(h in low for h in _FEAR_HINTS):
        return raised
    kept = []
    for p in raised:
        feared = _each_told_after(p, low, _FEARED, 40)
        patient = p.kind is ProblemKind.WAIT and bool(_WAITED_FOR_ME.search(text))
        if not (feared or patient):
            kept.append(p)
    return tuple(kept)


def _each_told_after(p: Problem, low: str, before: regex.Pattern[str], width: int) -> bool:
    """Every word of the problem is found in the (case-folded) text, each within ``width``
    characters after what ``before`` matches: "don't want it stuck", "another courier refused"."""
    words = [w.casefold() for w in p.because if w.strip()]
    ats = [low.find(w) for w in words]
    return bool(words) and all(
        a >= 0 and before.search(low[max(0, a - width) : a]) is not None for a in ats
    )


# a concession: "the barista was lovely even though the queue was long", "vaikka jono oli
# pitkä", "pitkästä jonosta huolimatta", "লম্বা লাইন সত্ত্বেও": granted, and set aside
_CONCEDING = rx.compile(
    # (an emoji ends the concession: "vaikka jono oli pitkä 😄 paras latte" praises after it)
    r"\b(?:even though|even if|despite|in spite of|vaikka|vaikkakin|যদিও)\b"
    r"[^.!?;,\n\p{Extended_Pictographic}]{0,60}"
    r"|[^.!?;,\n\p{Extended_Pictographic}]{0,40}(?:\bhuolimatta\b|সত্ত্বেও)"
    # "jono oli pitkä mutta se cortado oli sen arvoinen", "the queue was long but worth it"
    r"|[^.!?;\n\p{Extended_Pictographic}]{0,50}\b(?:but|mutta)\b[^.!?;\n]{0,40}"
    r"\b(?:worth (?:it|the wait)|(?:sen )?arvoi\w*|kannatti)"
    # "hirveä jono, mutta baristat pysyivät hyvällä tuulella ja cortado oli täydellinen. Kiitos!":
    # the trouble before the "but" granted, where praise follows it and the post thanks us
    # (a queue or a wait alone is granted; "jono oli pitkä ja kahvi kylmää, mutta ..." is not)
    r"|[^.!?;\n\p{Extended_Pictographic}]{0,30}\b(?:queue|line|wait\w*|jono\w*|odot\w*|ruuhk\w*"
    r"|busy|crowded|packed)\b(?:(?!\b(?:and|ja)\b)[^.!?;\n\p{Extended_Pictographic}]){0,40}"
    r"\b(?:but|mutta)\b(?=[^.!?;\n]{0,80}\b(?:perfect"
    r"|täydelli\w*|loistav\w*|ihan\w*|great|lovely|amazing|excellent|superb|delicious|herkulli\w*"
    r"|upea\w*|mahtav\w*)\b[^.!?;\n]{0,30}[.!]\s*(?:kiitos|thanks|thank you|kiitti|suosittelen"
    r"|recommend\w*|highly recommend|would recommend)\b)",
    regex.I,
)
_CONCESSION_HINTS = (
    "even", "despite", "spite", "vaikka", "huolimatta", "যদিও", "সত্ত্বেও",
    "worth", "arvoi", "kannatti", "kiitos", "kiitti", "thank", "suosittel", "recommend",
)  # fmt: skip


# "last time another courier refused it": someone else's doing, told beside a question to us
_SOMEONE_ELSE = rx.compile(
    r"\b(?:another|other|a different|different|previous|the previous|my old|my previous"
    r"|my current|my usual|the old|our current|our old)\s+\Z",
    regex.I,
)


_ELSEWHERE_HINTS = ("other", "previous", "old", "usual", "current", "different")


def _not_ours(raised: tuple[Problem, ...], text: str) -> tuple[Problem, ...]:
    """A problem told only of another company ("another courier refused it at pickup") is no
    complaint about us."""
    low = text.casefold()
    if not raised or not any(h in low for h in _ELSEWHERE_HINTS):
        return raised
    return tuple(
        p for p in raised
        if not _each_told_after(p, low, _SOMEONE_ELSE, 25)
        # "my previous payout took 6 days": an earlier one of ours, not another company's
        or all(_OURS_BEFORE.match(w) for w in p.because)
    )  # fmt: skip


_OURS_BEFORE = rx.compile(
    r"(?:payouts?|orders?|box|boxes|deliver(?:y|ies)|parcels?|bags?|charges?|refunds?|payments?"
    r"|renewals?|invoices?)\b",
    regex.I,
)


def _granted(text: str) -> str:
    """The text without its concessions: "lovely despite the long queue" sets no praise
    beside a bad situation for the irony cues to doubt."""
    low = text.casefold()
    if not any(h in low for h in _CONCESSION_HINTS):
        return text
    return _CONCEDING.sub(" ", text)


def _conceded(raised: tuple[Problem, ...], text: str, cues: Cues) -> tuple[Problem, ...]:
    """A problem told only inside a concession to praise ("best cocoa ever, and the barista
    was lovely even though the queue was long") is granted and set aside: no complaint. The
    praise must stand outside the concession; "despite ordering 3 weeks ago, nothing" praises
    nothing, and its problem stays."""
    low = text.casefold()
    if not raised or not any(h in low for h in _CONCESSION_HINTS):
        return raised
    spans = [(m.start(), m.end()) for m in _CONCEDING.finditer(low)]
    if not spans:
        return raised

    def inside(at: int, size: int) -> bool:
        return at >= 0 and any(a <= at and at + size <= b for a, b in spans)

    praise = [w.casefold() for w in (*cues.get("stance.praise"), *cues.get("praise.words"))]
    if not any(low.find(w) >= 0 and not inside(low.find(w), len(w)) for w in praise):
        return raised
    conceded = [
        p for p in raised
        if (words := [w.casefold() for w in p.because if w.strip()])
        and all(inside(low.find(w), len(w)) for w in words)
    ]  # fmt: skip
    # "whole beans again even though my sub says espresso grind, and charged twice": a
    # complaint with more outside the concession is a complaint, all of it
    return () if len(conceded) == len(raised) else raised


_STAMPS = rx.compile(r"\b(?:stamps?|points|rewards|cashback|loyalty)\b", regex.I)
_ON_CARD = rx.compile(r"^on my (?:card|bank)(?: statement)?$", regex.I)


def _not_a_loyalty_card(raised: tuple[Problem, ...], text: str) -> tuple[Problem, ...]:
    """ "The stamps never show up on my card": a loyalty card, not a charge on a bank card."""
    if not any(p.kind is ProblemKind.BILLING for p in raised) or not _STAMPS.search(text):
        return raised
    return _no_charge_in(raised, _ON_CARD)


def _paid_for_the_lost_order(raised: tuple[Problem, ...]) -> tuple[Problem, ...]:
    """ "Paid in the app, card was charged, but the café had no order": the charge is the
    order the café never got (one fault, said with what was paid), not a wrong charge."""
    return _no_charge_in(raised, _JUST_CHARGED) if order_the_cafe_never_got(raised) else raised


# "three months of beans I never received": the months charged for, counted, not a parcel lost
_UNSENT_MONTHS = rx.compile(
    r"\b(?:months?|weeks?|boxes|bags|deliveries|shipments) of (?:\p{L}+ ){0,3}(?:that )?(?:i|we) "
    r"(?:never|didn'?t|did not|have not|haven'?t) (?:receive|received|get|got|see|seen|ask for|"
    r"asked for|want|wanted)\b",
    regex.I,
)


def _charged_not_sent(raised: tuple[Problem, ...], text: str) -> tuple[Problem, ...]:
    """ "Charging me every month for a Club I cancelled. Three months of beans I never
    received": what was charged after cancelling, counted in months, is the subscription's
    fault said again, not a parcel to trace."""
    if not any(p.kind is ProblemKind.SUBSCRIPTION for p in raised):
        return raised
    if not _UNSENT_MONTHS.search(text):
        return raised
    return tuple(p for p in raised if p.kind is not ProblemKind.DELIVERY_MISSING)


def _no_charge_in(raised: tuple[Problem, ...], words: regex.Pattern[str]) -> tuple[Problem, ...]:
    """The problems less a charge read only from ``words`` ("on my card", "card was charged")."""
    return tuple(
        p for p in raised
        if not (p.kind is ProblemKind.BILLING and p.because
                and all(words.match(w.strip()) for w in p.because))
    )  # fmt: skip


_JUST_CHARGED = rx.compile(r"^(?:(?:my |the )?card (?:was |got )?)?(?:was |got )?charged$", regex.I)


# the delivery itself named missing, not a piece from inside it
_WHOLE_GONE = rx.compile(
    r"\b(?:delivery|parcel|package|order|shipment|box)\s+(?:is|was|has gone|went|are|were)\s+"
    r"(?:\p{L}+\s+)?missing\b",
    regex.I,
)


def _arrived_short(raised: tuple[Problem, ...]) -> tuple[Problem, ...]:
    """ "The box came crushed and the charger is missing from inside": something missing from a
    parcel that arrived is a missing item, not a parcel that never came."""
    kinds = {p.kind for p in raised}
    if not kinds & {ProblemKind.WRONG_ITEM, ProblemKind.DAMAGED}:
        return raised
    lost = " ".join(w for p in raised if p.kind is ProblemKind.DELIVERY_MISSING for w in p.because)
    short = [w for p in raised if p.kind is ProblemKind.WRONG_ITEM for w in p.because]
    if (
        ProblemKind.DAMAGED not in kinds
        and short
        and _WHOLE_GONE.search(lost)
        and all(w.casefold() in lost.casefold() for w in short)
    ):  # "my Club delivery is missing again": the delivery is what is missing, read once
        return tuple(p for p in raised if p.kind is not ProblemKind.WRONG_ITEM)
    return tuple(
        p for p in raised
        if not (p.kind is ProblemKind.DELIVERY_MISSING and p.because
                and all("missing" in w.casefold() for w in p.because))
    )  # fmt: skip


# the login code typed in again after each logout: it comes, it is only asked for too often
_CODE_AGAIN = rx.compile(
    r"\b(?:enter|type|put in|re-?enter|input)\w* (?:the |my |an? |a new )?(?:otp|code|pin)\b"
    r"[^.!?\n]{0,20}\b(?:again|every time|each time)\b|ওটিপি দিতে হয়|otp দিতে হয়",
    regex.I,
)


def _code_typed_again(raised: tuple[Problem, ...], text: str) -> tuple[Problem, ...]:
    """ "The app logs me out every time, have to enter OTP again and again": one fault, the
    logouts; the code arrives (no "your login code never arrives")."""
    if not any(p.kind is ProblemKind.APP_BUG for p in raised) or not _CODE_AGAIN.search(text):
        return raised
    return tuple(
        p for p in raised
        if not (p.kind is ProblemKind.ACCOUNT and p.because
                and all(b.strip().casefold() in ("otp", "code", "pin", "ওটিপি") for b in p.because))
    )  # fmt: skip


_NOT_WORKING = rx.compile(
    r"^(?:it )?(?:doesn'?t|does not|won'?t|isn'?t|is not|not|still not|still doesn'?t) work(?:ing)?"
    r"|^(?:se )?(?:ei|ei vieläkään) toimi|^কাজ করছে না|^কাজ করে না",
    regex.I,
)
# the app, or what it shows ("tracking doesn't work", "ট্র্যাকিং কাজ করে না")
_APP_WORD = rx.compile(
    r"\b(?:app|application|sovellu\w*|tracking|seuranta\w*|login|map)\b|অ্যাপ|ট্র্যাকিং|লগইন",
    regex.I,
)


def _one_app_fault(raised: tuple[Problem, ...], text: str) -> tuple[Problem, ...]:
    """ "The app crashes when I pay. Updated twice. Doesn't work.": one fault, the app's, not
    an app bug and a broken product besides. A "doesn't work" of its own short sentence, or
    in a sentence about the app, belongs to the app bug."""
    if not any(p.kind is ProblemKind.APP_BUG for p in raised):
        return raised
    app_words = " ".join(w for p in raised if p.kind is ProblemKind.APP_BUG for w in p.because)
    kept = []
    for p in raised:
        words = [w.strip(" .!") for w in p.because]
        if p.kind is ProblemKind.ACCOUNT and words and all(w in app_words for w in words):
            continue  # "লগইন" inside "লগইন থেকে বের করে দেয়": the same fault, the app's
        if p.kind is ProblemKind.DEFECT and words and all(_NOT_WORKING.search(w) for w in words):
            where = " ".join(clause_of(text, w, _CLAUSE_END) for w in words)
            if _APP_WORD.search(where) or len(where.split()) <= 4:
                continue
        kept.append(p)
    return tuple(kept)


_CLAUSE_END = rx.compile(r"[.!?।\n,;]|\b(?:and|but|ja|mutta)\b", regex.I)


_FEE_WORDS = rx.compile(r"\b(?:fee|fees|charge|charges)\b|ফি|চার্জ|maksu|veloitu", regex.I)
_WET = rx.compile(r"\b(?:soaked|soaking|drenched|dripping|wet|rain)\b", regex.I)
# the rider got wet, not the parcel: "the rider who delivered in the flood, fully soaked but
# smiling"; "came soaked to the bone and still smiled"
_WET_PERSON = rx.compile(
    r"\b(?:rider|driver|courier|delivery (?:guy|man|boy|person)|postman|he|she|man|guy|lad)\b"
    r"[^.!?]{0,80}?\b(?:soaked|soaking|drenched|dripping|wet|(?:came|come|rode|went|was|were"
    r"|worked|cycled|biked) (?:out )?(?:in|through) the (?:pouring |heavy )?rain)\b",
    regex.I,
)
_WET_THING = rx.compile(
    r"\b(?:parcel|package|box|order|bag|beans|item|contents|everything|it|documents?|papers?)"
    r"\b[^.!?]{0,30}?\b(?:soaked|soaking|drenched|dripping|wet|(?:left|sat|sitting|dumped)"
    r"[^.!?]{0,20}\brain)\b"
    r"|\b(?:soaked|soaking|drenched|dripping|wet)\b[^.!?]{0,30}?\b(?:parcel|package|box|order"
    r"|bag|item|documents?)\b",
    regex.I,
)


def _not_the_rider(raised: tuple[Problem, ...], text: str) -> tuple[Problem, ...]:
    """Rain on the rider is no damage to the parcel: a problem raised only by the words of
    someone getting wet goes, unless the post says the parcel got wet too."""
    if not any(p.kind in _WEATHERED for p in raised):
        return raised
    if not _WET_PERSON.search(text) or _WET_THING.search(text):
        return raised
    return tuple(
        p for p in raised
        if not (p.kind in _WEATHERED and p.because and all(_WET.search(w) for w in p.because))
    )  # fmt: skip


_WEATHERED = frozenset({ProblemKind.DAMAGED, ProblemKind.DELIVERY_HANDLING})


_SUBSCRIBED = rx.compile(
    r"subscri|\bclub\b|\bplan\b|membership|renew|monthly|\bplus\b|kestotilau|jäsen"
    r"|সাবস্ক্রিপশন|প্লাস|মেম্বারশিপ",
    regex.I,
)
_BOOKED = rx.compile(r"\b(?:pick-?ups?|bookings?|booked|reservations?)\b|পিকআপ|বুকিং", regex.I)


# an order or parcel the post names, and time gone by since it was placed or booked
_ORDERED = rx.compile(
    r"\b(?:order|parcel|package|shipment|tilau\w*|paketti\w*|lähety\w*)\b|পার্সেল(?!ি)|অর্ডার"
    r"|\bparcel\b|ট্র্যাকিং|\btracking\b",
    regex.I,
)
_GONE_BY = rx.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days?|weeks?)\b"
    r"|\b(?:\d+|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kymmenen)\s+(?:päivää|viikkoa)\b"
    r"|(?:[০-৯]+|\d+|দুই|তিন|চার|পাঁচ|ছয়|সাত|দশ)\s+(?:দিন|সপ্তাহ)"
    r"|\bnow the \d+(?:st|nd|rd|th)\b|\bstill\b|\bvieläkään\b|এখনো|এখনও",
    regex.I,
)
# it came, or the wait is for something else (a refund, a ticket, a payout)
_NOT_AN_ORDER_WAIT = rx.compile(
    r"\b(?:arrived|came|received|delivered (?:it|yesterday|today|on)|finally|showed up|turned up"
    r"|refund\w*|money back|ticket|case|payouts?|cod|saapui|tuli|hyvity\w*|tiketti\w*)\b"
    r"|পেয়েছি|পেলাম|পাইছি|ফেরত|পেমেন্ট|টিকেট",
    regex.I,
)


def _overdue(raised: tuple[Problem, ...], text: str) -> tuple[Problem, ...]:
    """ "Parcel PCL-7651008, booked 2 Nov. It's been 12 days. Stop giving me the same copy
    paste answer": the unanswered messages are about an order that has not come; where they
    are the only problem read, the order's wait is a problem too, and the reply traces it."""
    if not raised or any(p.kind is not ProblemKind.NO_RESPONSE for p in raised):
        return raised
    if not _ORDERED.search(text) or _NOT_AN_ORDER_WAIT.search(text):
        return raised
    # the time is the order's, not how long they have been writing ("emailed twice over ten
    # days" times the emails)
    gone = next(
        (m for part in _CLAUSE_END.split(text) if not _CONTACTED.search(part)
         if (m := _GONE_BY.search(part)) is not None),
        None,
    )  # fmt: skip
    if gone is None:
        return raised
    return (Problem(ProblemKind.DELIVERY_LATE, (gone.group(0),), 0.6), *raised)


_CONTACTED = rx.compile(
    r"\b(?:e-?mail\w*|called|calls?|phoned|rang|messaged|messages?|dm\w*|chat\w*|wrote|written"
    r"|contacted|replies|reply|answer\w*|soitin|sähköpost\w*|viesti\w*)\b|হটলাইন|ফোন|মেসেজ|ইমেইল",
    regex.I,
)


# a call promised to them: "each time 'rider will call you within 1 hour'"
CALL_PROMISED = rx.compile(
    r"\b(?:will|would|'ll|going to) (?:call|ring|phone) (?:you|me|us)\b|\bcall (?:you|me) back\b"
    r"|\bcall-?back\b",
    regex.I,
)
_NOBODY_CALLED = rx.compile(r"^(?:nobody|no ?one|no-one) (?:called|phoned|rang)$", regex.I)


def _call_promised(raised: tuple[Problem, ...], text: str) -> tuple[Problem, ...]:
    """ "Called your hotline 3 times, each time 'rider will call you within 1 hour'. Nobody
    called.": the call that never came is one promised by support, not a rider who failed to
    ring before a delivery."""
    if not any(p.kind is ProblemKind.DELIVERY_HANDLING for p in raised):
        return raised
    if not CALL_PROMISED.search(text):
        return raised
    return tuple(
        replace(p, kind=ProblemKind.NO_RESPONSE)
        if p.kind is ProblemKind.DELIVERY_HANDLING
        and p.because
        and all(_NOBODY_CALLED.match(b.strip()) for b in p.because)
        else p
        for p in raised
    )


# a refund asked for, then waited on ("asked for a refund 12 days ago, still nothing")
_REFUND_ASKED = rx.compile(
    r"\b(?:asked for|requested|applied for|claimed|put in for|waiting (?:for|on)|chasing)"
    r"\s+(?:a |my |the |that )?refund\b|\brefund (?:request|claim)\b|\bpyysin hyvity\w*"
    r"|রিফান্ড চেয়েছি|রিফান্ডের আবেদন",
    regex.I,
)
# what an order's wait is said in, beyond a bare "still nothing"
_ARRIVAL = rx.compile(
    r"arriv|deliver|\bcame\b|\bcome\b|ship|\bhere\b|parcel|order|tullut|saapu|পৌঁছ|আসে", regex.I
)


def _refund_waited(raised: tuple[Problem, ...], text: str) -> tuple[Problem, ...]:
    """ "Asked for a refund on order NW-60413 twelve days ago, still nothing": the "nothing"
    after a refund was asked for is the refund that has not come, not the order."""
    late = next((p for p in raised if p.kind is ProblemKind.DELIVERY_LATE), None)
    if late is None or any(p.kind is ProblemKind.REFUND_PENDING for p in raised):
        return raised
    if not late.because or any(_ARRIVAL.search(w) for w in late.because):
        return raised
    asked = _REFUND_ASKED.search(text)
    low = text.casefold()
    if asked is None or any(0 <= low.find(w.casefold()) < asked.start() for w in late.because):
        return raised
    return tuple(replace(p, kind=ProblemKind.REFUND_PENDING) if p is late else p for p in raised)


_CODE = rx.compile(r"\b(?:otp|code|pin)\b|ওটিপি|কোড|koodi", regex.I)
_PARCEL_WORDS = rx.compile(
    r"\b(?:parcel|package|order|delivery|tilau\w*|paketti\w*)\b|পার্সেল|প্যাকেজ|অর্ডার|ডেলিভারি",
    regex.I,
)
_BARE_LATE = frozenset({"আসেনি", "এখনো আসেনি", "এখনও আসেনি", "hasn't arrived", "not arrived yet",
                        "ei ole vieläkään tullut", "vieläkään ei"})  # fmt: skip


def _the_code_not_a_parcel(raised: tuple[Problem, ...], text: str) -> tuple[Problem, ...]:
    """ "OTP আসে না ... এখনো আসেনি": what has not come is the login code, not a parcel, where
    the post names no parcel or order at all."""
    code = any(p.kind is ProblemKind.ACCOUNT and _CODE.search(" ".join(p.because)) for p in raised)
    if not code or _PARCEL_WORDS.search(text):
        return raised
    return tuple(
        p for p in raised
        if not (p.kind is ProblemKind.DELIVERY_LATE and p.because
                and all(b.strip().casefold() in _BARE_LATE for b in p.because))
    )  # fmt: skip


def _one_off(raised: tuple[Problem, ...], text: str) -> tuple[Problem, ...]:
    """ "the app has no cancel button" for a pickup booked once is the app's fault, not a
    subscription that would not stop: there is no subscription."""
    if not any(p.kind is ProblemKind.SUBSCRIPTION for p in raised):
        return raised  # the common case: no text search on the scan's hot path
    if _SUBSCRIBED.search(text) or not _BOOKED.search(text):
        return raised
    return tuple(
        replace(p, kind=ProblemKind.APP_BUG) if p.kind is ProblemKind.SUBSCRIPTION else p
        for p in raised
    )


_DANGEROUS_FAULT = rx.compile(
    r"\b(?:spark\w*|caught fire|smok\w*|shock\w*|shorted|burst into flames)", regex.I
)


def _not_injuries(raised: tuple[Problem, ...], flags: tuple[Flag, ...]) -> tuple[Problem, ...]:
    """A problem raised only by the words of an injury ("broke my wrist") is about a person,
    not a product: the health and safety flag carries it, and the complaint keeps "other"."""
    hurt = " ".join(w for f in flags if f.kind is FlagKind.HEALTH_SAFETY for w in f.because)
    hurt = hurt.casefold()
    kept = tuple(
        p for p in raised
        if not (hurt and p.kind in _BROKEN_THINGS and p.because
                and all(w.casefold() in hurt for w in p.because)
                # "the kettle sparked": a danger, and the product's fault too
                and not any(_DANGEROUS_FAULT.search(w) for w in p.because))
    )  # fmt: skip
    if kept or not raised:
        return kept
    return (Problem(ProblemKind.OTHER, (), 0.3),)


def _problems_for(
    stance: str, speaker: str, raised: tuple[Problem, ...], cues: Cues
) -> tuple[Problem, ...]:
    """Problems belong to complaints (and to news about one); a question or praise that
    mentions a past problem ("sorted my broken lid") raises none."""
    if stance in _KEEPS_PROBLEMS:
        return raised or fallback(cues)
    return raised if speaker == Speaker.PRESS.value else ()


def _unscored(
    text: str, language: str, *, source: str, brand: str, rating: float | None
) -> Reading:
    """No lexicon for this language: a person reads it; the source still says who speaks."""
    who = find_speaker(Cues({}), text, source=source.casefold(), brand=brand)
    why = (f"no reading for language {language!r}: needs a human read",)
    return Reading(
        language=language, scored=False,
        speaker=Labelled(_unless_customer(who.value), 0.3, why),
        stance=Labelled(Stance.NEUTRAL.value, 0.0, why), facts=facts(text, brand=brand),
        rating=rating, sentiment=None,
        decisions=decide(stance=Stance.NEUTRAL.value, speaker=who.value, flags=(), anger=0.0,
                         scored=False, rating=rating, has_problems=False),
    )  # fmt: skip


def _unless_customer(speaker: str) -> str:
    return Speaker.UNKNOWN.value if speaker == Speaker.CUSTOMER.value else speaker


def _stars(rating: float | None) -> float | None:
    try:
        value = float(rating) if rating is not None else None
    except (TypeError, ValueError):
        return None
    return value if value is not None and 0 < value <= 5 else None
