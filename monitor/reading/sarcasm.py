"""Sarcasm: praise words wrapped around a bad situation ("great, another 3 weeks waiting").

A sarcastic complaint read at face value gets thanked, the worst reply there is. The cues
are general and written by hand (no model is fitted on the irony set, whose licence
forbids shipping one): set phrases ("thanks for nothing", "yeah right", "just what I
needed"), eye-roll emoji, scare quotes around one or two words, and above all
*incongruity*: praise or delight in the same post as a complaint cue, a bad situation
(waiting, broken, stuck, Monday morning) or a model that finds it negative too. Each cue
adds evidence; the confidence is 1 - prod(1 - w) over the cues found, and "yes" starts at
``operating.SARCASM``. Tuned on the irony set's train split, reported on its val split
(``benchmarks/accuracy.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from monitor.reading import operating
from monitor.reading.types import Labelled

_PHRASES = re.compile(
    r"\b(?:yeah,? right|thanks? (?:a lot )?for nothing|just what i (?:need|needed|wanted)"
    r"|said no (?:one|body) ever|oh,? (?:great|joy|goody|wonderful|perfect|lovely|good)"
    r"|what a (?:surprise|shock|treat)|big surprise|shocker|who (?:knew|would have thought)"
    r"|how convenient|(?:gotta|got to|you have to|you've got to) love|i love (?:how|when|it when)"
    r"|love it when|nothing (?:beats|like) a|my fav(?:ou?rite)? (?:thing|part)"
    r"|what could (?:possibly )?go wrong|makes (?:perfect|total) sense|so (?:much )?fun"
    r"|thanks? (?:so much )?for (?:the|making|ruining|wasting|nothing)|cheers for that"
    r"|because that(?:'s| is)? (?:makes sense|helps|a great idea)|well done|way to go"
    r"|can'?t wait (?:to|for)|couldn'?t be happier|just (?:great|perfect|brilliant|wonderful)"
    r"|(?:great|brilliant|fantastic|lovely|perfect) start to|(?:happy|fun) monday"
    r"|thanks? (?:again )?for (?:nothing|the help)|#not\b|#sarcasm|#irony|/s\b)",
    re.IGNORECASE,
)
# eye roll, unamused, upside-down face, expressionless; "-_-"
_EMOJI = re.compile("[\U0001f644\U0001f612\U0001f643\U0001f611]|-_-")
_SCARE = re.compile(r"[\"“]([A-Za-z]+(?: [A-Za-z]+)?)[\"”]")
_PRAISE = re.compile(
    r"\b(?:love|loving|loved|great|awesome|amazing|fantastic|perfect|wonderful|brilliant|fun"
    r"|thanks?|thank you|yay|excellent|best|lovely|nice|blessed|fabulous|glad|happy|superb"
    r"|delighted|helpful|impressed|impressive|favou?rite|classy|genius|stellar)\b",
    re.IGNORECASE,
)
_SITUATION = re.compile(
    r"\b(?:wait(?:ing|ed)?|stuck|late|delay(?:ed|s)?|cancel(?:l?ed)?|broke|broken|again|another"
    r"|sick|ill|hangover|mondays?|homework|exams?|traffic|rain(?:ing)?|hours?|weeks?|no sleep"
    r"|lost|fail(?:ed|s)?|nobody|nothing|never|still|queue|crash(?:ed|es)?|missing|refund"
    r"|charged|overcharged|ignored|on hold|power cut|outage|dead|spam|ads|tax(?:es)?|bills?"
    r"|work(?:ing)? (?:on|at|till|until)|(?:[0-9]|1[0-2]) ?am|early|alarm|flu|cold|pain)\b",
    re.IGNORECASE,
)
_HYPE = re.compile(r"\b(?:LOVE|GREAT|AWESOME|AMAZING|FANTASTIC|PERFECT|WONDERFUL|BEST)\b|!{3,}")

W_PHRASE, W_EMOJI, W_SCARE = 0.6, 0.5, 0.3
W_CONTRAST, W_NEGATIVE, W_HYPE, W_COMPLAINT = 0.5, 0.35, 0.2, 0.35


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


def _cues(
    text: str, *, sentiment: float | None, complaint_cues: Sequence[str], negative: float | None
) -> list[tuple[str, float]]:
    found = [(m.group(0), W_PHRASE) for m in _PHRASES.finditer(text)]
    found += [(m.group(0), W_EMOJI) for m in _EMOJI.finditer(text)][:1]
    found += [(m.group(0), W_SCARE) for m in _SCARE.finditer(text) if len(m.group(1)) > 2][:1]
    praise = _PRAISE.search(text)
    if praise is None:
        return found
    bad = _SITUATION.search(text)
    if bad is not None:
        found.append((f"{praise.group(0)} … {bad.group(0)}", W_CONTRAST))
    if complaint_cues:
        found.append((f"{praise.group(0)} … {complaint_cues[0]}", W_COMPLAINT))
    if (negative is not None and negative >= 0.5) or (sentiment is not None and sentiment <= -0.2):
        found.append((praise.group(0), W_NEGATIVE))
    if (hype := _HYPE.search(text)) is not None:
        found.append((hype.group(0), W_HYPE))
    return found
