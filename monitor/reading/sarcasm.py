"""Sarcasm: praise words wrapped around a bad situation ("great, another 3 weeks waiting").

A sarcastic complaint read at face value gets thanked, the worst reply there is. The cues
are general and written by hand (no model is fitted on the irony set, whose licence
forbids shipping one): set phrases ("thanks for nothing", "yeah right", "just what I
needed", "great, another ...", praise for an ordeal: "love waiting"), eye-roll emoji,
scare quotes around one or two words, and above all
*incongruity*: praise in a post whose other words read negative on their own (the post
is re-read by the sentiment heads with its praise words taken out), praise beside a bad
situation (waiting, crashed, stuck, a 6 am alarm), beside a complaint cue, or hyped
("AMAZING!!!"). Praise for a problem put right ("sorted", "replaced", "quick") is sincere
and skips the incongruity cues: a false flag on praise would draft an apology for it.

Each cue adds evidence; confidence is 1 - prod(1 - w) over the cues, "yes" from
``operating.SARCASM``, so one incongruity cue alone never flags a post. Tuned on the irony
set's train split, reported on its val split (``benchmarks/accuracy.py``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from monitor.reading import operating
from monitor.reading.types import Labelled

_PHRASES = re.compile(
    r"\b(?:yeah,? right|thanks? (?:a lot )?for nothing|just what i (?:need|needed|wanted)"
    r"|said no (?:one|body) ever|oh,? (?:great|joy|goody|wonderful|perfect|lovely|good)"
    r"|what a (?:surprise|shock|treat)|big surprise|shocker|who (?:knew|would have thought)"
    r"|how convenient|(?:gotta|got to|you have to|you've got to) love|(?:i )?love (?:how|it when)"
    r"|i (?:just |really |so )?love when"
    r"|love it when|nothing (?:beats|like) a|my fav(?:ou?rite)? (?:thing|part)"
    r"|what could (?:possibly )?go wrong|makes (?:perfect|total) sense|so (?:much )?fun"
    r"|thanks? (?:so much )?for (?:ruining|wasting|nothing)|cheers for that"
    # thanks for a harm done: "thanks @courier for leaving it in the rain for 2 days"
    r"|(?:thanks?|thank you)(?: (?:so much|a lot))?,? (?:@?\w+ ){0,2}for (?:losing|ignoring"
    r"|breaking|ruining|wasting|overcharging|double[- ]charging|cancel+ing|dumping|throwing"
    r"|making me wait|keeping me waiting|never (?:replying|answering|calling))"
    r"|because that(?:'s| is)? (?:makes sense|helps|a great idea)|well done|way to go"
    r"|can'?t wait (?:to|for)|couldn'?t be happier|just (?:great|perfect|brilliant|wonderful)"
    r"|(?:great|brilliant|fantastic|lovely|perfect) start to|(?:happy|fun) monday"
    # praise for a chore or an ordeal: "love waiting", "enjoy being on hold"
    r"|(?:love|adore|enjoy)s? (?:waiting|queu(?:e?ing)|being (?:ignored|stuck|on hold|charged"
    r"|left|woken|sick)|waking up at|getting up at|paying (?:extra|twice|more|full price) for"
    r"|sitting in traffic|dealing with|cleaning up|working (?:weekends|sundays|nights|late))"
    r"|(?:great|brilliant|fantastic|perfect|lovely|wonderful|awesome|super)[,.!]* (?:yet )?another"
    r"|(?:can|could) always count on (?:\S+ ){1,3}to|sounds? like (?:so much |loads of )?fun"
    # "would recommend X if you enjoy hide and seek", "thanks for teaching me patience"
    r"|recommend (?:\S+ ){0,4}if you (?:enjoy|like|love|want)|hide and seek"
    r"|teaching me (?:the (?:virtue|art) of )?patience"
    r"|how (?:exciting|original|surprising|shocking|unexpected|thoughtful)\b(?!!))"
    # the tags and "/s" start with a non-word character, so no word boundary before them
    r"|(?<!\w)(?:#not|#sarcasm|#irony|/s)\b",
    re.IGNORECASE,
)
# a tag of frustration beside praise: "Today is a fabulous day #ugh", "yay #fml"
_GRIEF_TAG = re.compile(
    r"(?<!\w)#(?:fml|u+g+h+|smh|sigh+|whyme|why|epicfail|fail|facepalm|firstworldproblems"
    r"|killme|letmegohome|nothappy|annoyed|irritated|wordshurt|goodgrief|sadface|justmyluck"
    r"|thestruggle|struggle|rant|notnecessary|worst|hate\w*|ffs|wtf|nope)\b",
    re.IGNORECASE,
)
# eye roll, unamused, upside-down face, expressionless; "-_-"
_EMOJI = re.compile("[\U0001f644\U0001f612\U0001f643\U0001f611]|-_-")
_SCARE = re.compile(r"[\"“]([A-Za-z]+(?: [A-Za-z]+)?)[\"”]")
_PRAISE = re.compile(
    # "would love it if you offered decaf" wishes; it praises nothing
    r"\b(?:love(?<!would love)(?<!'d love)(?<!used to love)(?! (?:it )?if\b)(?! to\b)|loving|loved"
    r"|great|awesome"
    r"|amazing|fantastic|perfect|wonderful|brilliant|fun"
    r"|thanks?|thank you|yay|excellent|best|lovely|nice|blessed|fabulous|glad|happy|superb"
    r"|delighted|helpful|impressed|impressive|favou?rite|classy|genius|stellar)\b",
    re.IGNORECASE,
)
_SITUATION = re.compile(
    r"\b(?:(?<!can't )(?<!can’t )(?<!cant )(?<!cannot )wait(?:ing|ed)?"
    r"|stuck|late|delay(?:ed|s)?|cancel(?:l?ed)?|broke|broken|another"
    r"|sick|ill|hangover|mondays|monday mornings?|homework|exams?|traffic|rain(?:ing)?|no sleep"
    r"|lost|fail(?:ed|s)?"
    r"|nobody|queue|crash(?:ed|es)?|missing|overcharged|ignored|on hold|power cut|outage"
    r"|work(?:ing)? (?:on|at|till|until)|(?:[0-9]|1[0-2]) ?am|alarm|flu|fever|pain"
    r"|again|headache|migraine|hospital|icu|finals|essays?|deadline|revision|grumpy"
    r"|not (?:getting )?paid|unpaid|stuffed|pink eye|cough(?:ing)?)\b",
    re.IGNORECASE,
)
# "10/10 would caffeinate again", "will be back again": a promise to return, no bad "again"
# "on time again", "perfect again": the good thing came back, no bad "again" either
_RETURN_AGAIN = re.compile(
    r"\b(?:would|will|i'?d|i'?ll|we'?d|we'?ll|gonna|definitely|def) (?:\w+ ){0,2}again\b"
    r"|\b(?:on time|early|perfect|spot on|delicious|great|lovely|flawless|friendly) again\b",
    re.I,
)


def _situation(text: str) -> re.Match[str] | None:
    """A bad situation named beside the praise ("stuck", "late again"), not counting a
    promise to come back ("would order again")."""
    return _SITUATION.search(_RETURN_AGAIN.sub(" ", text))


# praise for a problem put right is sincere, however many problem words it repeats
_RESOLVED = re.compile(
    r"\b(?:sorted|fixed|resolved|replaced|refunded|solved|quick(?:ly)?|fast|early|in no time"
    r"|above and beyond|still smil\w*|went out of (?:his|her|their) way"
    # kindness from someone who served them: "called ahead", "waited while I came down"
    r"|(?:called|rang|phoned|texted|messaged) (?:ahead|before (?:coming|arriving))"
    r"|waited (?:\d+ ?(?:min\w*|minutes) )?(?:for me|while|patiently|until I)|patiently"
    r"|(?:rider|driver|courier)(?: [A-Z][a-z]+)? waited"
    # staying open for them: "kept the door open 15 minutes after closing"
    r"|kept (?:the )?(?:door|shop|caf[eé]|store|place|kitchen|till) open"
    r"|stayed (?:\d+ \w+ )?(?:late|open|behind)|(?:after|past) closing"
    r"|didn'?t complain"
    # on time against the odds: "not late at all", "even in the storm"
    r"|not (?:even )?(?:a (?:single )?(?:minute|second|bit) )?late(?: at all)?"
    r"|(?:wasn'?t|weren'?t|never) (?:even )?late|even in (?:the|that|this) (?:rain|storm|snow"
    r"|heat|flood\w*|downpour|cyclone|blizzard)"
    # a delivery that beat its promise: "got it by 3pm the same day"
    r"|(?:by|in|within) (?:\d{1,2} ?(?:am|pm)|an? hour|\d+ hours?)\b[^.!?\n]{0,20}"
    r"\bsame[- ]day)\b|🙏",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"\w+\s*(?:\.{3,}|…)\s*\Z")
_HYPE = re.compile(r"\b(?:LOVE|GREAT|AWESOME|AMAZING|FANTASTIC|PERFECT|WONDERFUL|BEST)\b|!{3,}")

# praise and delight words, removed to see what the rest of the post says on its own
PRAISE_WORDS = frozenset(
    """love loving loved loves lovely great awesome amazing fantastic perfect wonderful brilliant
    fun funny thanks thank thx yay excellent best nice blessed fabulous glad happy superb
    delighted helpful impressed impressive favourite favorite classy genius stellar joy
    enjoy enjoying enjoyed exciting excited cool beautiful beautifully good better""".split()  # noqa: SIM905
)  # a word list reads better as text
W_PHRASE, W_EMOJI, W_SCARE = 0.6, 0.5, 0.3
W_CONTRAST, W_NEGATIVE, W_HYPE, W_COMPLAINT = 0.35, 0.35, 0.2, 0.35
W_REST, W_REST_STRONG = 0.35, 0.5  # the post minus its praise words reads negative
REST_STRONG = 0.15
REST_MARGIN = -0.05  # by this much (negative minus positive probability of the rest)


def sarcasm(
    text: str, *, sentiment: float | None, complaint_cues: Sequence[str] = (),
    negative: float | None = None,
) -> Labelled:  # fmt: skip
    """Is ``text`` sarcastic? ``sentiment`` (-1..1) and ``negative`` (0..1, the negative head)
    come from the reading's models; ``complaint_cues`` are the complaint words it found."""
    cues = _cues(text, sentiment=sentiment, complaint_cues=complaint_cues, negative=negative)
    doubt = 1.0
    for _, weight in cues:
        doubt *= 1.0 - weight
    confidence = round(1.0 - doubt, 3)
    value = "yes" if confidence >= operating.SARCASM else "no"
    return Labelled(value, confidence, tuple(dict.fromkeys(word for word, _ in cues)))


def in_the_words(text: str) -> bool:
    """A cue the words themselves carry (a set phrase, an eye-roll, scare quotes, praise
    beside a bad situation or hyped), not only the models' sense that the rest of the post
    reads negative, which sincere praise of a problem solved also shows ("complaints
    dropped to zero, really impressed")."""
    if _PHRASES.search(text) or _EMOJI.search(text):
        return True
    if any(len(m.group(1)) > 2 for m in _SCARE.finditer(text)):
        return True
    if _PRAISE.search(text) is None or _RESOLVED.search(text):
        return False
    return bool(_situation(text) or _HYPE.search(text) or _GRIEF_TAG.search(text))


def _cues(
    text: str, *, sentiment: float | None, complaint_cues: Sequence[str], negative: float | None
) -> list[tuple[str, float]]:
    found = [(m.group(0), W_PHRASE) for m in _PHRASES.finditer(text)]
    found += [(m.group(0), W_EMOJI) for m in _EMOJI.finditer(text)][:1]
    found += [(m.group(0), W_SCARE) for m in _SCARE.finditer(text) if len(m.group(1)) > 2][:1]
    praise = _PRAISE.search(text)
    if praise is None or _RESOLVED.search(text):
        return found
    # "my ridiculous half-decaf order": the writer mocking their own order, not us
    rest, complaint = _rest_negativity(_SELF_MOCK.sub("my", text))
    if rest is not None and rest >= REST_MARGIN:
        weight = W_REST_STRONG if rest >= REST_STRONG else W_REST
        found.append((f"{praise.group(0)} … (the rest reads negative)", weight))
    if (tag := _GRIEF_TAG.search(text)) is not None:
        found.append((f"{praise.group(0)} … {tag.group(0)}", W_PHRASE))
    bad = _situation(text)
    if bad is not None:
        found.append((f"{praise.group(0)} … {bad.group(0)}", W_CONTRAST))
    if complaint_cues or complaint >= operating.COMPLAINT:
        cue = complaint_cues[0] if complaint_cues else "a complaint"
        found.append((f"{praise.group(0)} … {cue}", W_COMPLAINT))
    if (negative is not None and negative >= 0.5) or (sentiment is not None and sentiment <= -0.2):
        found.append((praise.group(0), W_NEGATIVE))
    if (hype := _HYPE.search(text)) is not None:
        found.append((hype.group(0), W_HYPE))
    if (trail := _TRAILING.search(text)) is not None:  # "Tomorrow will be a great day..."
        found.append((trail.group(0).strip(), W_HYPE))
    return found


_SELF_MOCK = re.compile(
    r"\bmy (?:ridiculous|ridiculously \w+|silly|weird|crazy|complicated|fussy|insane|absurd"
    r"|overly \w+|ludicrous)\b",
    re.I,
)


def _rest_negativity(text: str) -> tuple[float | None, float]:
    """Negative minus positive probability of the post with its praise words taken out
    ("102 fever. That's fun" without "fun" is plainly bad news), and the complaint
    probability of the whole post; (None, 0) without an English model."""
    from monitor.reading.model import model
    from monitor.reading.model_features import tokens

    found = model("en")
    if found is None or "negative" not in found.heads or "positive" not in found.heads:
        return None, 0.0
    words = tokens(text)
    complaint = 0.0
    if "complaint" in found.heads:
        complaint = _sigmoid(found.logits(words)[found.heads.index("complaint")])
    rest = [w for w in words if w not in PRAISE_WORDS]
    if not rest or len(rest) == len(words):
        return None, complaint
    z = found.logits(rest)
    negative = _sigmoid(z[found.heads.index("negative")])
    return negative - _sigmoid(z[found.heads.index("positive")]), complaint


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
