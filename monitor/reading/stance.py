"""What the post does: complain, praise, ask, spread a claim, ask for something free.

Sarcasm is read first, because it turns praise words into a complaint ("great, another 3
weeks waiting, love it"): a positive frame around something that went wrong, or an eye-roll
emoji. Praise beside a problem and a "but" is mixed, not sarcasm.
"""

from __future__ import annotations

import regex

from monitor import rx
from monitor.reading.cues import Cues, unique
from monitor.reading.scores import ANGRY, Scores
from monitor.reading.types import Flag, FlagKind, Labelled, Problem, ProblemKind, Speaker, Stance
from monitor.signals import opens_a_sentence

_STRONG = (
    "love",
    "great",
    "amazing",
    "fantastic",
    "brilliant",
    "wonderful",
    "perfect",
    "best",
    "excellent",
    "awesome",
    "legend",
    "superb",
    "thank",
    "stellar",
    "kiitos",
    "mahtav",
    "loistav",
    "ধন্যবাদ",
    "দারুণ",
    "অসাধারণ",
)
_WRONG = ("delivery", "defect", "service", "billing")  # broad complaint words, not "refund"
_CLAIMS = ("privacy", "labour_ethics", "discrimination")  # claims of wrongdoing
_GRIEVANCES = ("refund", "fee_back", "escalation", "apology")  # asked only when wronged
_REMEDIES = ("exchange", "replacement_part")
IRONIC_EMOJI = ("🙃", "🙄", "😒", "🤡", "👏", "😂", "🤦", "🐌")  # a snail beside a delivery
_QUESTION_OPENERS = ("question.starts", "stance.question")
# a sentence put as a question: it opens with a question word and ends with "?"
_ASKED = rx.compile(
    # (after a colon too: "Quick q for anyone who knows: does Northwind ship to Iceland?")
    r"(?:^|[.!?:]\s+)(?:(?:@\w+|hi|hey|hello|ok|so|quick q\w*|question)[,:]?\s+)*"
    r"(?:(?:tangential|unrelated|random|slightly off-topic|off-topic|side note)\w*,?\s+"
    r"(?:but\s+)?)?"
    r"(?:is|are|do|does|did|can|could|would|will|should|how|what|when|where|why|"
    r"who|which|anyone|any|has|have|onko|voiko|miten|মিলবে|কি)\b[^.!?]*\?",
    regex.I,
)
# one thing praised against another faulted: "the coffee is great, the app is not"
_SET_AGAINST = rx.compile(
    r"\b(?:is|are|was|were|'s|'re) (?:\p{L}+ )?(?:great|amazing|excellent|fantastic|good|brilliant"
    r"|lovely|perfect|superb|fine|nice|delicious)\b[,;]?\s+(?:but\s+)?(?:the |their |your |its )?"
    r"\p{L}+(?: \p{L}+)? (?:is|are|was|were)(?:n'?t| not)\b",
    regex.I,
)
_BUT_WORDS = frozenset({"but", "however", "though", "although"})
# a question that is a reproach: "is this how you treat loyal customers?"
_RHETORICAL = rx.compile(
    r"\b(?:is (?:this|that) how|what kind of|are you (?:serious|kidding|joking)"
    r"|how hard (?:is|can) (?:it|that|this)"
    r"|(?:is|was) (?:it|that|this) (?:so|that|really that|really so) (?:hard|difficult)"
    r"|how is (?:this|that|it) (?:acceptable|ok|okay|legal|fair)|who (?:thought|decided|runs)"
    r"|do you (?:even|actually) care|does anyone (?:there |at \p{L}+ )?(?:even )?care"
    r"|what is wrong with|what'?s wrong with|why (?:is|are|do|does|can'?t|won'?t))\b",
    regex.I,
)
# the wait granted in the praise itself: "worth the wait", "jonottamisen arvoinen"
_WORTH_IT = rx.compile(
    r"\bworth (?:the|every) (?:wait|queue|minute)\b|\bworth (?:queu|wait)ing\b"
    r"|\b(?:jonottamisen|jonotuksen|odottamisen|odotuksen|sen|sitä) arvoi",
    regex.I,
)
# a question that is only scorn, ending where it starts: "How hard is that?", "is it so
# hard?" ("how hard is it to cancel?" asks something)
_SCORN = rx.compile(
    r"\bhow hard (?:is|can) (?:it|that|this)(?: be)?\s*\?"
    r"|\b(?:is|was) (?:it|that|this) (?:so|that|really that|really so) (?:hard|difficult)\s*\?",
    regex.I,
)
_ASIDE = rx.compile(r"\([^()]*\)")  # "(Karim I think?)": unsure of a name, not asking us
_SELF = rx.compile(r"\b(?:I|I'm|I've|I'd|me|minä|minulle|minulta|আমি|আমার|আমাকে)\b")


def praised(cues: Cues, text: str) -> list[str]:
    """Praise words, less the negated ones ("not impressed", "ei hyvä"), and less a "thanks"
    that only signs off a request ("please send the missing bag, thanks", "..., kiitos")."""
    words = cues.get("stance.praise") + cues.get("praise.words")
    words = [w for w in words if not _NEGATED.search(text, 0, _end_of(text, w))]
    # "I used to love it": praise that is over is no praise now
    low = text.casefold()
    words = [w for w in words if not low[: max(0, low.find(w.casefold()))].endswith("used to ")]
    # "RIP good coffee", "bye bye good service": mourned, not praised now
    words = [
        w for w in words if not _MOURNED.search(low[: max(0, low.find(w.casefold()))])
    ]  # fmt: skip
    asks = [w for ws in cues.of("ask").values() for w in ws]
    if (
        words
        and all(_THANKS.fullmatch(w.strip(" ,.!")) for w in words)
        and asks
        and (_SIGNED_OFF.search(text) or _thanks_after_ask(low, asks))
    ):
        return []
    return words


def _thanks_after_ask(low: str, asks: list[str]) -> bool:
    """ "Rahat takaisin kiitos, en jaksa enää odottaa": the thanks closes the ask it follows."""
    for ask in asks:
        if (at := low.find(ask.casefold())) < 0:
            continue
        end = at + len(ask)  # the ask, one space or comma, then the thanks
        if low[end : end + 1] in (" ", ",") and _THANKS.match(low, end + 1):
            return True
    return False


_MOURNED = rx.compile(
    r"(?:\brip|\br\.i\.p\.?|\bbye bye|\bgoodbye|\bfarewell|\bso long|\bhyvästi)\s+\Z", regex.I
)
_THANKS = rx.compile(r"(?i:thanks|thank you|thx|ty|cheers|kiitos\w*|kiitti|ধন্যবাদ)")
# a thanks that closes the post after a comma or as its own last word: politeness
_SIGNED_OFF = rx.compile(
    r"(?:[,.;:!?]|\s)\s*(?:thanks|thank you|thx|ty|cheers|kiitos|kiitti|ধন্যবাদ)"
    r"(?: (?:in advance|a lot|so much|etukäteen|paljon))?[\s.!?🙏]*\Z",
    regex.I,
)


def _end_of(text: str, phrase: str) -> int:
    at = text.casefold().find(phrase.casefold())
    return at if at >= 0 else 0


_STILL = rx.compile(r"\bstill\s+\Z", regex.I)


def _kept(text: str, word: str) -> bool:
    """ "still love it": fondness kept despite the fault, not irony."""
    return _STILL.search(text, 0, _end_of(text, word)) is not None


_NEGATED = rx.compile(r"(?:\bnot|n't|\bnever|\bno|\bei|\ben|না)\s+(?:\p{L}+\s+)?\Z", regex.I)


def sarcasm(cues: Cues, text: str, *, problems: tuple[Problem, ...]) -> Labelled:
    # "(bought it in November, still love it)": fondness kept despite the fault, not irony
    frame = [
        f for f in cues.get("sarcasm.frame") if not _negated_word(text, f) and not _kept(text, f)
    ]
    emoji = [e for e in IRONIC_EMOJI if e in text]
    # a bare topic noun ("the courier who carried it up four floors") names no failure
    went_wrong = (
        bool(problems)
        or any(cues.beyond_topics(cues.get(f"complaint.{k}")) for k in _WRONG)
        # an accusation: "so they sell our numbers to advertisers now, great"
        or any(
            not _NEGATED.search(text, 0, _end_of(text, w))
            for k in _CLAIMS
            for w in cues.get(f"flag.{k}")
        )
    )
    strong = [
        w for w in praised(cues, text) if w.casefold().startswith(_STRONG) and not _kept(text, w)
    ]
    if (
        strong
        and problems
        and (tag := _PRAISE_TAG.search(text))
        and _AGAIN.search(text)
        and any(w.casefold() in tag[0].casefold() for w in strong)
    ):  # "... väärällä jauhatuksella. Kolmas kerta putkeen. Mahtavaa palvelua.": a failing
        # come back, signed off with praise standing alone
        return Labelled("yes", 0.6, unique([tag[0].strip(" .!")]))
    if cues.has("stance.resolved") or (cues.has("stance.contrast") and _sincere(cues, text, frame)):
        return Labelled("no", 0.6)
    if ("not" in text or "n't" in text) and _SET_AGAINST.search(text):
        # "the coffee is great, the app is not": said plainly
        return Labelled("no", 0.6)
    if (frame or emoji) and went_wrong:
        return Labelled("yes", 0.75 if frame and emoji else 0.65, unique(frame + emoji))
    # "got it in under 24 hours ... Well done 👏": a clap for a fast delivery is a clap, and so
    # is one after praise of its own ("parcel completely dry, super polite. ... 👏")
    if (
        frame
        and emoji
        and not _BEAT_PROMISE.search(text)
        and not _praised_beyond(cues, text, frame)
    ):
        return Labelled("yes", 0.6, unique(frame + emoji))
    praise = [
        w for w in praised(cues, text) if w.casefold().startswith(_STRONG) and not _kept(text, w)
    ]
    if praise and problems and not cues.has("stance.contrast") and not _REST_FINE.search(text):
        # praise words wrapped around something that went wrong, with no "but" between them
        return Labelled("yes", 0.55, unique(praise))
    return Labelled("no", 0.7 if not frame else 0.5)


# praise standing alone as the post's last sentence: "Mahtavaa palvelua.", "Great service!"
_PRAISE_TAG = rx.compile(
    r"(?<=[.!?]\s{1,3})(?:\p{L}+\s+){0,2}(?:great|amazing|fantastic|brilliant|wonderful|superb"
    r"|excellent|stellar|top|mahtava\w*|loistava\w*|upea\w*|huippu\w*|hienoa|দারুণ"
    r"|অসাধারণ)(?:\s+\p{L}+){0,2}[\s.!👏🙃🙄😒]*\Z",
    regex.I,
)
# a failing come back: "again", "third time in a row", "taas", "kolmas kerta putkeen", "আবার"
_AGAIN = rx.compile(
    r"\b(?:again|in a row|third time|second time|fourth time|taas|jälleen|putkeen|kolmas kerta"
    r"|toinen kerta|neljäs kerta)\b|আবার",
    regex.I,
)
# the rest of it praised beside the part that failed: "the lid cracked. Kettle itself works
# great"
_REST_FINE = rx.compile(
    r"\b(?:itself|otherwise|apart from that|other than that|besides that)\b[^.!?\n]{0,20}"
    r"\b(?:works?|working|is|tastes?|looks?|runs?)\b[^.!?\n]{0,12}\b(?:great|fine|perfect|lovely"
    r"|good|amazing|brilliant)\b",
    regex.I,
)


def _praised_beyond(cues: Cues, text: str, frame: list[str]) -> bool:
    """Praise words besides the frame's own ("Shoutout to ... super polite 👏")."""
    framed = " ".join(frame).casefold()
    return any(w.casefold() not in framed for w in praised(cues, text))


_TAG = rx.compile(r"[.!?,;]\s*(\p{L}+)[\s\p{P}\p{S}]*\Z")


# a delivery faster than anyone asked: "in under 24 hours", "within 2 hours", "called before
# arriving"
_BEAT_PROMISE = rx.compile(
    r"\b(?:in|within) (?:under |less than |just |only )?(?:\d+|an?|one|two|three) (?:hours?|hrs?)\b"
    r"|\b(?:called|rang|texted) (?:me )?(?:before|ahead of) (?:arriving|coming|delivery)\b",
    regex.I,
)


def _ironic_tag(cues: Cues, text: str, praise: list[str]) -> str:
    """The one praise word is an ironic frame standing as the post's own last sentence."""
    tag = _TAG.search(text)
    if not tag or not praise or any(p.casefold() != tag[1].casefold() for p in praise):
        return ""
    frames = {f.strip(" ,.!?").casefold() for f in cues.get("sarcasm.frame")}
    return tag[1] if tag[1].casefold() in frames else ""


def _negated_word(text: str, frame: str) -> bool:
    """ "Not great." is plain displeasure, not an ironic "great."."""
    return " " not in frame.strip() and _NEGATED.search(text, 0, _end_of(text, frame)) is not None


def _sincere(cues: Cues, text: str, frame: list[str]) -> list[str]:
    """Praise that is not itself the ironic frame: "love the Forest Roast, but ..." is mixed;
    "kiitos vaan ..., mutta ... Mahtavaa 👏" is thanks and praise that are all the frame,
    around a failure, with a "but" inside it, and stays sarcasm."""
    ironic = [f for f in frame if " " in f.strip() or _closes(text, f)]
    if any(e in text for e in IRONIC_EMOJI):  # "Loistavaa palvelua 🙃": the emoji says it
        ironic = frame
    framed = " ".join(ironic).casefold()
    return [w for w in cues.get("stance.praise") if w.casefold() not in framed]


_TAIL = rx.compile(r"[\s\p{P}\p{S}]+\Z")


def _closes(text: str, frame: str) -> bool:
    """A one-word frame is ironic where it has the last word ("..., impressive."), not where
    it describes something ("the driver was lovely, ... shame it took 9 days")."""
    core = frame.strip(" ,.!").casefold()
    return bool(core) and _TAIL.sub("", text).casefold().endswith(core)


def stance(
    cues: Cues, text: str, *, speaker: str, problems: tuple[Problem, ...], flags: tuple[Flag, ...],
    scores: Scores, rating: float | None, sarcastic: bool, complaint_at: float,
) -> Labelled:  # fmt: skip
    praise = praised(cues, text) + cues.get("stance.resolved")
    if speaker == Speaker.SPAM:
        return Labelled(Stance.NEUTRAL.value, 0.8)
    if any(f.kind is FlagKind.EXTORTION for f in flags):
        return Labelled(Stance.REQUEST.value, 0.7, _words(flags, FlagKind.EXTORTION))
    if sarcastic:
        if not problems and (claimed := _claimed(flags)):
            # "so they sell our numbers to advertisers now, great": a claim, with a sneer
            return Labelled(Stance.RUMOUR.value, 0.6, claimed)
        return Labelled(Stance.COMPLAINT.value, 0.7, unique(cues.get("sarcasm.frame")))
    if speaker == Speaker.PRESS and (comment := cues.get("stance.comment")):
        return Labelled(Stance.REQUEST.value, 0.65, unique(comment))  # their side, on record
    if speaker == Speaker.PRESS and (heard := _PRESS_HEARSAY.findall(text)):
        # "reportedly in talks to sell", "sources say": a report of what is said, not known
        return Labelled(Stance.RUMOUR.value, 0.6, unique(heard))
    if speaker in (Speaker.PRESS, Speaker.COMPETITOR):
        positive = praise and scores.tone >= 0.3 and not problems and not flags
        return Labelled((Stance.PRAISE if positive else Stance.NEUTRAL).value, 0.6, unique(praise))
    if (unfair := _words(flags, FlagKind.DISCRIMINATION)) and _LIVED_BY.search(text):
        # "refused my mother her parcel because she wears a niqab ... they said ...": lived,
        # whatever words of hearsay tell what staff said
        if problems and not cues.has("stance.resolved"):
            return _complaint(cues, problems, praise, scores, rating, text=text)
        return Labelled(Stance.COMPLAINT.value, 0.6, unfair)
    if rumour := _rumour(cues, text, problems, flags):
        return Labelled(Stance.RUMOUR.value, 0.65, rumour)
    if problems and not cues.has("stance.resolved"):
        return _complaint(cues, problems, praise, scores, rating, text=text)
    if unfair := _words(flags, FlagKind.DISCRIMINATION):
        # someone treated worse for who they are, though no failing we list is named: a
        # complaint, never praise however calm the telling ("told my friend they were 'full'")
        return Labelled(Stance.COMPLAINT.value, 0.6, unfair)
    if (leaked := _words(flags, FlagKind.PRIVACY)) and _LIVED_BY.search(text):
        # "printed my name and address on someone else's packing slip": their own details
        # handled wrongly, told as it happened (a belief about us is a rumour, read above)
        return Labelled(Stance.COMPLAINT.value, 0.6, leaked)
    return _other(
        cues, text, praise=praise, scores=scores, rating=rating, complaint_at=complaint_at,
        community=speaker == Speaker.COMMUNITY,
    )  # fmt: skip


def _complaint(
    cues: Cues,
    problems: tuple[Problem, ...],
    praise: list[str],
    scores: Scores,
    rating: float | None,
    *,
    text: str = "",
) -> Labelled:
    contrast = cues.has("stance.contrast") or rating == 3
    if all(p.kind is ProblemKind.WAIT for p in problems) and any(
        _WORTH_IT.search(w) for w in praise
    ):  # "queue out the door again, but the bun was worth the wait": the wait, granted
        return Labelled(Stance.PRAISE.value, 0.6, unique(praise))
    if (
        (rating or 0) >= 5
        and not contrast
        and scores.tone >= 0
        and scores.loud < ANGRY
        and (not cues.has("anger.words"))
    ):  # five stars, calm, no "but": what they describe is what they liked ("rider came at
        # 11:15, parcel in Chattogram next afternoon. Cleanest delivery app I've used")
        return Labelled(Stance.PRAISE.value, 0.55, unique(praise))
    if (
        praise
        and (rating or 0) >= 4
        and not contrast
        and scores.tone >= 0.3
        and (scores.loud < ANGRY)
    ):
        # four or five stars, praise and no "but": the words that named a problem describe
        # what they like ("the delivery OTP means nobody else can collect my parcel")
        return Labelled(Stance.PRAISE.value, 0.55, unique(praise))
    if praise and contrast and (rating or 0) >= 4 and len(problems) == 1 and scores.loud < ANGRY:
        # "great app, one star off: the map is slow to open": praise, the one gripe noted
        return Labelled(Stance.PRAISE.value, 0.6, unique(praise + cues.get("stance.contrast")))
    # three stars with praise in it is mixed by the writer's own count, however sharp the gripe;
    # three stars and a "but" after kind words no lexicon lists ("the rates are reasonable")
    # too, where the post reads warm overall
    liked = praise or (rating == 3 and cues.has("stance.contrast") and scores.tone >= 0)
    # two kind words and a "but" ("honestly fast, got it same day. but the app ... so
    # annoying") are praise and a gripe, however sharply the gripe pulls the tone down
    kind = len(set(praise)) >= 2
    warm = scores.tone > -0.3 or rating == 3 or kind
    calm = scores.loud < ANGRY or (kind and not cues.has("anger.words"))
    # "Rider was super polite, 10/10. But the app showed my parcel in Gazipur ...": the praise
    # told first and whole, then "But" and the gripe: both, however low the gripe's tone
    told_first = praise and not cues.has("anger.words") and _praise_then_but(text, praise)
    if liked and contrast and calm and (warm or told_first):
        return Labelled(Stance.MIXED.value, 0.6, unique(praise + cues.get("stance.contrast")))
    because = tuple(w for p in problems for w in p.because[:1])
    return Labelled(Stance.COMPLAINT.value, min(0.95, 0.6 + 0.1 * len(problems)), because)


_BUT_AT = rx.compile(r"\b(?:but|mutta|kintu)\b|কিন্তু", regex.I)
_BUT_OPENS = rx.compile(r"(?:^|[.!?]\s+|,\s*)(?:but|mutta|kintu|কিন্তু)\b", regex.I)


def _praise_then_but(text: str, praise: list[str]) -> bool:
    """Every praise word comes before a "But" that opens a sentence or follows a comma."""
    but = _BUT_OPENS.search(text)
    if but is None:
        return False
    before = text[: but.start()].casefold()
    return all(w.casefold() in before for w in praise)


def _other(
    cues: Cues, text: str, *, praise: list[str], scores: Scores, rating: float | None,
    complaint_at: float, community: bool,
) -> Labelled:  # fmt: skip
    """No problem we can name: the scores, the stars, a question mark and praise decide."""
    if (free := cues.get("ask.free")) and not cues.get("refuse.free"):
        return Labelled(Stance.REQUEST.value, 0.65, unique(free))
    if (cancel := cues.get("ask.cancel")) and not cues.get("refuse.cancel"):
        return Labelled(Stance.REQUEST.value, 0.65, unique(cancel))  # "cancel my Club, please"
    if (tag := _ironic_tag(cues, text, praise)) and cues.has("cues.negation"):
        # "... my phone hasn't stopped ringing since. great.": the praise is only a one-word
        # sentence tagged onto a grievance
        return Labelled(Stance.COMPLAINT.value, 0.5, (tag,))
    if (
        _ASKED.search(text)
        and not _RHETORICAL.search(text)
        and not cues.has("anger.words")
        and not cues.has("cues.why")
        and scores.loud < ANGRY
        and scores.tone > -0.6
    ):
        # "does anyone know if they have a public API?": a calm question, however the models
        # read its "low" and "but"
        return Labelled(Stance.QUESTION.value, 0.6, unique(cues.get("stance.question")) or ("?",))
    buts = [w for w in cues.get("stance.contrast") if w.casefold() in _BUT_WORDS]
    if (rating or 0) >= 4 and buts and scores.loud < ANGRY:
        # four stars and a "but": the gripe is why a star is missing, not a complaint; unless
        # all the praise comes after it ("not cheap but totally worth it"): praise, the price
        # granted
        but = _BUT_AT.search(text)
        if praise and but and all(w.casefold() in text[but.end() :].casefold() for w in praise):
            return Labelled(Stance.PRAISE.value, 0.55, unique(praise))
        return Labelled(Stance.MIXED.value, 0.55, unique(praise + cues.get("stance.contrast")))
    if (rating or 0) >= 4 and praise and cues.has("stance.contrast"):
        # "spot on. One star off because I can't save more addresses": praise, gripe noted
        # (its "one star" is the missing star, not a threat)
        return Labelled(Stance.PRAISE.value, 0.55, unique(praise + cues.get("stance.contrast")))
    angry = scores.loud >= ANGRY
    negative = angry or (scores.complaint >= complaint_at and scores.tone <= -0.05 and not praise)
    if (rating is not None and rating <= 2) or (negative and scores.loud >= 0.2):
        return Labelled(Stance.COMPLAINT.value, 0.5, unique(cues.get("anger.words")))
    grievance = scores.tone <= -0.3 or cues.has("anger.words") or cues.has("cues.why")
    if "?" in text and grievance and not praise:
        return Labelled(Stance.COMPLAINT.value, 0.5, unique(cues.get("cues.why")))  # rhetorical
    opens = any(opens_a_sentence(text, h) for g in _QUESTION_OPENERS for h in cues.get(g))
    # "the Ethiopia natural is actually unreal??" marvels; a question to us opens like one
    marvel = bool(praise) and not opens and scores.tone >= -0.5 and not _ASKED.search(text)
    # ("... I want my money back. How hard can that be?" asks nothing: the demand decides)
    if (("?" in _ASIDE.sub("", text) and not marvel) or opens) and not _SCORN.search(text):
        return Labelled(Stance.QUESTION.value, 0.65, unique(cues.get("stance.question")) or ("?",))
    # a remedy demanded, not asked about: something went wrong though no problem is named, so
    # it is never left without a reply. Money back, someone senior or an apology says so on
    # its own; a swap or a replacement can be routine ("will get another one"), so those need
    # the complaint model's lean too (a tenth below the operating point: the demand is
    # evidence as well)
    refused = {k for k, words in cues.of("refuse").items() if words}
    leans = scores.complaint >= 0.9 * complaint_at
    kinds = _GRIEVANCES + (_REMEDIES if leans else ())
    remedy = [w for k in kinds if k not in refused for w in cues.get(f"ask.{k}")]
    if remedy and not praise:
        return Labelled(Stance.COMPLAINT.value, 0.5, unique(remedy))
    if negative:
        return Labelled(Stance.COMPLAINT.value, 0.5)
    praising = " ".join(praise).casefold()  # "törkeen hyvä": the swear word intensifies praise
    troubled = any(w.casefold() not in praising for w in cues.get("anger.words")) or any(
        cues.beyond_topics(words) for words in cues.of("complaint").values()
    )  # "tracking is accurate" names a topic, not a trouble
    glowing = scores.tone >= 0.5 and not community and not troubled
    # praise words with nothing troubled beside them stand even where the sentiment reads the
    # rest low ("ridiculously good", "ei oo kertaakaan pettäny": never let me down)
    kept = praise and (
        scores.tone >= 0 or (not troubled and (scores.tone >= -0.5 or len(set(praise)) >= 2))
    )
    if rating == 3 and cues.has("stance.contrast") and (praise or scores.tone >= 0):
        # three stars, praise, then "but ...": the gripe is the reason for the missing stars
        return Labelled(Stance.MIXED.value, 0.55, unique(praise + cues.get("stance.contrast")))
    if kept or glowing or (rating or 0) >= 5 or (praise and (rating or 0) >= 4):
        return Labelled(Stance.PRAISE.value, 0.6 if praise else 0.5, unique(praise))
    return Labelled(Stance.NEUTRAL.value, 0.5)


_ACCUSED = rx.compile(
    r"\b(?:sell|sells|selling|sold|share|shares|sharing|shared|hand|handed|give|gave|pass|passed"
    r"|leak|leaked)\b",
    regex.I,
)
_HEDGES = frozenset({"apparently", "supposedly", "allegedly", "reportedly"})
# the writer speaks of themselves ("I", "me", "my", "mine"; "I'm" and "I'd" begin with "I")
FIRST_PERSON = rx.compile(r"\b(?:I|me|my|mine)\b")
_SOMEONE_ELSES = rx.compile(
    r"\b(?:my|a) (?:\p{L}+ )?(?:friend|cousin|brother|sister|neighbou?r|colleague|uncle|aunt"
    r"|mate)'s\b"
    r"|(?:আমার (?:এক |একজন )?)?(?:ফ্রেন্ডের|বন্ধুর|কাজিনের|প্রতিবেশীর|কলিগের)"
    r"|\b(?:kaverin|ystäväni|naapurin|tuttavan)\b",
    regex.I,
)
# the writer or their own ("My son is allergic", "we ended up at A&E"), at a sentence's start too
# "They said", "the barista told us": what staff said, reported inside the writer's own story
_STAFF_SAID = rx.compile(
    r"(?:they|staff|she|he|the (?:barista|staff|cashier|waiter|waitress|rider|manager)) "
    r"(?:said|told (?:me|us))",
    regex.I,
)
_LIVED_BY = rx.compile(r"\b(?:I|(?i:me|my|mine|we|our|us))\b")


# a news item passing on what is said about the brand, not what is known
_PRESS_HEARSAY = rx.compile(
    r"\b(?:reportedly|allegedly|sources (?:say|said|claim|suggest|suggested|indicate|tell|told"
    r"|close to \p{L}+)|according to "
    r"(?:sources|people familiar|insiders|unnamed \p{L}+)|(?:is|are) said to be|unconfirmed "
    r"reports?|rumou?red|rumou?rs? (?:that|of|say)"
    # "Rumours are circulating on Facebook that ...": passed on, not known
    r"|rumou?rs? (?:are |is )?(?:circulating|spreading|swirling|going (?:a)?round))\b",
    regex.I,
)


def _rumour(
    cues: Cues, text: str, problems: tuple[Problem, ...], flags: tuple[Flag, ...]
) -> tuple[str, ...]:
    """A claim about the brand, passed on rather than lived ("heard", "everyone knows"):
    what the writer went through themselves ("I", "me") is a complaint, not a rumour."""
    said = cues.get("stance.rumour") + cues.get("complaint.unfounded")
    said += [m.group(0) for m in _HEARSAY.finditer(text) if m.group(0) not in said]
    if said and problems:  # "supposedly delivered" describes the failure, it passes on no claim
        lived = " ".join(w for p in problems for w in p.because).casefold()
        said = [w for w in said if w.casefold() not in lived]
    claim = bool(_claimed(flags))
    if said and problems and not _lived(problems, text):
        # "heard Northwind is going bankrupt and that's why shipments are late": the failure
        # is part of the claim passed on, told of no one's own order
        return unique(said)
    if said and all(w.casefold() in _HEDGES for w in said) and FIRST_PERSON.search(text):
        return ()  # "delivered my parcel to the neighbour's cat apparently": their own story
    # ("Told staff my son has a nut allergy. They said the bun was nut free ... we spent the
    # night at the hospital": what staff said, inside their own story, passes on no claim)
    own = _SELF.search(text) or _OWN_DEED.search(text) or (
        problems and all(_STAFF_SAID.fullmatch(w.strip()) for w in said)
        and _LIVED_BY.search(text) is not None
    )  # fmt: skip
    if said and (not problems or claim or not own):
        return unique(said)
    if claim and not problems and not praised(cues, text):
        # "shoutout to the rider ... underpaid heroes" praises them; it passes on no claim
        return _claimed(flags)
    if not problems and (accused := cues.get("stance.claim")):
        # "riders open your parcels and take stuff": said of all of them, with no case of
        # their own told, a claim (with a case told, the case is the complaint)
        return unique(accused)
    return ()


def _claimed(flags: tuple[Flag, ...]) -> tuple[str, ...]:
    """The words of a claim about how the brand treats people or their data, made about all
    of them (labour, selling data), if the post makes one."""
    privacy = [
        w for f in flags if f.kind is FlagKind.PRIVACY for w in f.because if _ACCUSED.search(w)
    ]
    return _words(flags, FlagKind.LABOUR_ETHICS) or unique(privacy)


_SENTENCE_END = rx.compile(r"(?<=[.!?।])\s+|\n+")


def _lived(problems: tuple[Problem, ...], text: str) -> bool:
    """Some problem is told in a sentence of the writer's own ("my parcel", "I waited")."""
    words = [w.casefold() for p in problems for w in p.because]
    told = [s for s in _SENTENCE_END.split(text) if any(w in s.casefold() for w in words)]
    told = [_HEARSAY.sub("", s) for s in told]  # "I've heard their payouts get stuck"
    # "heard riders open parcels? my friend's phone box came empty": a friend's, passed on
    if told and all(_SOMEONE_ELSES.search(s) for s in told):
        # "my friend's phone box came empty": theirs, unless the writer's own is there too
        told = [_SOMEONE_ELSES.sub(" ", s) for s in told]
        if not any(_LIVED_BY.search(s) or _SELF.search(s) for s in told):
            return False
    return (
        not told
        or any(_LIVED_BY.search(s) or _SELF.search(s) or _OWN_DEED.search(s) for s in told)
        or _MONEY_BACK_TO_ME.search(text) is not None
    )


# "টাকা ফেরত চাই": money asked back for themselves, so what they tell happened to them
_MONEY_BACK_TO_ME = rx.compile(r"ফেরত (?:চাই|চাচ্ছি|দেন|দিন)")


# "@NorthwindHelp ordered 2 bags ..., order NW-55120": the writer's own order, the "I" left out
_OWN_DEED = rx.compile(
    r"(?:^|[.!?]\s+|@\w+\s+)(?:ordered|emailed|e-mailed|called|paid|bought|booked|dm'?e?d|rang"
    # "Went to the Northwind café in Tampere with my friend": they were there
    r"|went|visited|stopped by|popped in(?:to)?)\b"
    r"|\bwe(?:'d| would| had| have) (?:have )?to (?:sit|leave|wait|move|go|stand)\b"
    # "is it true riders open parcels?? my order came retaped": it happened to theirs
    r"|\bmy (?:order|parcel|package|box|delivery|shipment)s? (?:came|arrived|was|were|got|showed)\b"
    # "আজকে রাইডার এসে ৫০ টাকা চাইল", "বাধ্য হয়ে দিছি": today's event, what I gave
    r"|আজকে|গতকাল|দিছি|দিলাম|দিয়েছি|পাঠিয়েছি|পাঠাইছি|করেছি|পেয়েছি"
    # "পার্সেল পাইলাম কিন্তু বক্স খোলা ছিল": what I received, bought, booked (spoken forms too)
    r"|পাইলাম|পেলাম|পাইছি|কিনলাম|কিনছি|কিনেছি|করলাম|করছি|নিলাম|নিছি"
    # "রাইডার ডেলিভারি দিতে এসে ৫০ টাকা বেশি চাইলো": the rider came to their door
    r"|দিতে এসে|নিতে এসে|দেওয়ার সময়|দেয়ার সময়|দিতে আসলে|দিতে আসছিল"
    # "রাইডার ডেলিভারির সময় ৫০ টাকা বেশি চেয়েছে": at their own delivery
    r"|ডেলিভারির সময়|ডেলিভারি দেওয়ার সময়|পিকআপের সময়"
    # "Parcel PCL-88231 stuck at Mirpur hub": their own parcel, by its number
    r"|\b(?-i:[A-Z]{2,4})-?\d{4,}\b"
    # "we asked the staff if the bun had nuts. They said no": the writer's party was there
    r"|\bwe (?:asked|ordered|had to|went|were told|got|paid|called|bought|booked|waited"
    r"|visited|tried)\b"
    # "served the people behind us", "my friend and I": the writer was there and saw it
    r"|\b(?:behind|before|after|ahead of|in front of) (?:us|me)\b|\bmy \p{L}+ and I\b"
    r"|\bme and my\b",
    regex.I,
)


_HEARSAY = rx.compile(
    # passed on, not lived: "I've heard their payouts get stuck", "I read that ..." (and not
    # "I heard a crack and the grinder stopped")
    r"\b(?:I(?:'ve| have)?|we(?:'ve| have)?) (?:heard|hear|read|keep hearing|keep reading) "
    r"(?:that|about|from|their|they|its|it's|people|rumou?rs|stories|reports|reviews|online"
    r"|somewhere|a lot|lots|plenty|here|on (?:reddit|twitter|x|facebook|the news)"
    # "I heard Northwind is closing the Tampere café": a name and what is said of it
    r"|(?-i:\p{Lu}[\p{L}-]+)(?: \p{L}+)? (?:is|are|was|were|has|have|will|won't|isn't|aren't"
    r"|might|may|plans?|wants?))\b"
    # "anyone else get an email saying the Club is going up 30%?": told, not yet lived
    r"|\b(?:anyone|anybody) else (?:get|got|gotten|receive|received|see|seen|hear|heard)"
    r" (?:an?|this|that|the) (?:e-?mail|message|text|sms|notice|letter|post)"
    r" (?:saying|that says|claiming|about)\b",
    regex.I,
)


def _words(flags: tuple[Flag, ...], kind: FlagKind) -> tuple[str, ...]:
    return tuple(w for f in flags if f.kind is kind for w in f.because)
