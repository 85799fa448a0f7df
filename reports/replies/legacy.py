"""A reading for a mention that has none stored (saved by an older release): the reader
reads it now. ``from_scores`` puts one together from what the older scorer stored (complaint
type, request, anger) for tests and tools that hold only those; a problem is only named where
the post's words say it.
"""

from __future__ import annotations

from typing import Any

import regex

from monitor.kinds import ComplaintType
from monitor.reading.read import read
from monitor.reading.types import (
    Ask,
    AskKind,
    Decisions,
    Facts,
    Flag,
    FlagKind,
    Labelled,
    Problem,
    ProblemKind,
    Reading,
)  # fmt: skip
from reports.case import Case
from reports.extract import specifics

T, K = ComplaintType, ProblemKind
_STANCE = {T.PRAISE: "praise", T.UNFOUNDED: "rumour", T.QUESTION: "question",
           T.FREEBIE: "request", T.NONE: "neutral"}  # fmt: skip
_SPEAKER = {"rss": "press", "hackernews": "community"}


def _p(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern, regex.I)


# first match per kind; kinds are listed from the most specific
_PROBLEMS: tuple[tuple[ProblemKind, regex.Pattern[str]], ...] = (
    (
        K.BILLING,
        _p(
            r"charged (me )?(twice|double|three times)|double[- ]charged|overcharg\w*|"
            r"hidden (fee|charge)s?|\bfee\b"
        ),
    ),
    (
        K.REFUND_PENDING,
        _p(
            r"(waiting|wait) (for|on) (my|a|the) refund|where'?s my refund|"
            r"refund (still )?(hasn'?t|has not|never)"
        ),
    ),
    (K.SUBSCRIPTION, _p(r"subscription|auto[- ]?renew\w*|membership")),
    (
        K.DELIVERY_MISSING,
        _p(
            r"lost (my|the|our) (order|package|parcel)|marked (as )?delivered|"
            r"says delivered|never (came|arrived|showed up)"
        ),
    ),
    (
        K.DELIVERY_LATE,
        _p(
            r"still (hasn'?t|not|haven'?t) (arrived|come|here|shipped)|"
            r"(weeks|days) late|still waiting|where('?s| is) my (order|parcel)|"
            r"not (here|arrived) yet|ei ole (vieläkään )?tullut|আসেনি|পৌঁছায়নি"
        ),
    ),
    (K.DAMAGED, _p(r"arrived (damaged|cracked|broken|smashed)|smashed|shattered")),
    (
        K.APP_BUG,
        _p(
            r"\bapp\b.{0,40}(crash\w*|won'?t (load|open)|error|freez\w*)|"
            r"(crash\w*|keeps crashing)"
        ),
    ),
    (
        K.DEFECT,
        _p(
            r"stopped working|not working|broke\b|broken|leak\w*|faulty|defective|"
            r"snapped|cracked|won'?t (turn on|charge|start)"
        ),
    ),
    (K.WRONG_ITEM, _p(r"wrong (item|size|part|colou?r)|missing (item|part|piece)")),
    (K.QUALITY, _p(r"\bstale\b|mou?ldy|tastes? (awful|terrible|bad)|\bburnt\b")),
    (
        K.NO_RESPONSE,
        _p(
            r"(no ?one|nobody) (answers|replies|responds|gets back)|no (reply|"
            r"response)|(never|didn'?t) (reply|replied|respond\w*|get back)|ignor\w* "
            r"(me|my)"
        ),
    ),
    (K.WAIT, _p(r"on hold|queue|waited \d+|hung up")),
    (K.STAFF, _p(r"\brude\b|attitude|laughed at|treated (me|us) like")),
)
_ASKS = {"refund": AskKind.REFUND, "exchange": AskKind.EXCHANGE, "manager": AskKind.ESCALATION,
         "cancel": AskKind.CANCEL, "free": AskKind.FREE}  # fmt: skip
_NOT_SWAP = _p(
    r"(don'?t|do not) want (a |an )?(swap|replacement|exchange)|not (a |an )?"
    r"(swap|replacement|exchange)"
)
_FLAGS = {
    FlagKind.HEALTH_SAFETY: _p(r"allerg\w*|food poisoning|\bsick\b|hospital|injur\w*|burn(ed|t) "
                               r"(me|my)|\bhair in\b"),
    FlagKind.LEGAL: _p(r"lawyer|lawsuit|\bsue\b|small claims|legal action"),
    FlagKind.REGULATOR: _p(r"chargeback|trading standards|ombudsman|regulator|consumer (board|"
                           r"authority)"),
    FlagKind.LABOUR_ETHICS: _p(r"child labou?r|sweatshop|slave"),
    FlagKind.EXTORTION: _p(r"or (else )?i('ll| will) (post|leak|publish)|pay me"),
}  # fmt: skip


def reading_for(case: Case) -> Reading:
    """The stored reading, else a fresh one from the reader (a mention stored before
    readings existed)."""
    if case.reading is not None:
        return case.reading
    fresh = read(case.text, source=case.source, language=case.language, brand=case.brand,
                 author=case.author)  # fmt: skip
    stored_complaint = case.complaint_type not in _STANCE  # the row was stored as a complaint
    unsure = fresh.stance.value == "neutral" and fresh.speaker.value in ("customer", "unknown")
    if unsure and stored_complaint:
        return from_scores(case)  # the stored judgement (perhaps a person's) is kept
    return fresh


def _problems(text: str, kind: ComplaintType) -> tuple[Problem, ...]:
    found = tuple(Problem(k, (m.group(0),)) for k, p in _PROBLEMS if (m := p.search(text)))
    if found or kind in _STANCE:
        return found[:3]
    return (Problem(K.OTHER, ()),)


def labelled_reading(
    stance: str, *problems: Problem | ProblemKind, speaker: str = "customer",
    language: str = "en", confidence: float = 0.5, angry: bool = False,
    needs_reply: bool = True, answer_now: bool = False, **fields: Any,
) -> Reading:  # fmt: skip
    """A reading put together from labels rather than read: an older release's stored
    judgement, an evaluation set's expectations, a test's case. The complaint decision
    follows the stance (a mixed post is a complaint too); ``fields`` are the rest."""
    complaint = stance in ("complaint", "mixed")
    return Reading(
        language=language, speaker=Labelled(speaker, confidence),
        stance=Labelled(stance, confidence),
        problems=tuple(p if isinstance(p, Problem) else Problem(p, ()) for p in problems),
        decisions=Decisions(complaint=complaint, angry=angry and complaint,
                            needs_reply=needs_reply, answer_now=answer_now),
        **fields,
    )  # fmt: skip


def from_scores(case: Case) -> Reading:
    kind, text = case.complaint_type, case.text
    spec = specifics(text, brand=case.brand)
    asks = [Ask(_ASKS[case.request], (case.request,)) for _ in (1,) if case.request in _ASKS]
    if _NOT_SWAP.search(text):
        asks = [Ask(AskKind.REFUND, ("refund",), refused=(AskKind.EXCHANGE,))]
    problems = _problems(text, kind)
    stance = _STANCE.get(kind, "complaint")
    flags = tuple(Flag(f, (m.group(0),)) for f, p in _FLAGS.items() if (m := p.search(text)))
    facts = Facts(
        items=(spec.product,) if spec.product else (),
        amounts=spec.amounts,
        references=spec.orders,
        durations=(spec.waited,) if spec.waited else (),
    )
    return labelled_reading(
        stance, *problems, speaker=_SPEAKER.get(case.source.lower(), "customer"),
        language=case.lang, angry=case.anger >= 0.6, needs_reply=kind is not T.NONE,
        scored=case.scored, asks=tuple(asks), facts=facts, flags=flags, anger=case.anger,
        complaint=1.0 if stance == "complaint" else 0.0,
    )  # fmt: skip
