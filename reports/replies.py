"""Suggested public and offline replies: pure functions of a ``Case`` and the brand's ``Voice``.

They follow the usual guidance for answering an angry customer in public: hear them out
(say their problem back with their details), apologise without "but" and without blaming
anyone, own it in public, move the details to the brand's own channel, then offline ask
what would make it right, name the next step and its owner, promise to confirm, and set a
date to ask for feedback. Nothing is promised that the ``Voice`` does not allow.
"""

from __future__ import annotations

from datetime import date, timedelta

import regex

from monitor.config import Voice
from monitor.models import ComplaintType
from reports import coverage, translated
from reports import english as en
from reports.case import Case, Replies, fit, pick
from reports.extract import Specifics, specifics
from reports.problems import restate

_WORDS = regex.compile(r"[\p{L}\p{N}]{4,}")
_COMPLAINTS = frozenset(
    {ComplaintType.REFUND, ComplaintType.DEFECT, ComplaintType.DELIVERY, ComplaintType.SERVICE,
     ComplaintType.BILLING, ComplaintType.OTHER}
)  # fmt: skip


def compose(case: Case, voice: Voice, *, today: date) -> Replies:
    """Both suggested replies for one mention; ``flags`` say what a human must check."""
    spec = specifics(case.text, brand=case.brand)
    follow_up = today + timedelta(days=voice.follow_up_days)
    flags = [] if case.scored else ["not scored automatically: read the text before sending"]
    if not (voice.dm_handle or voice.support_email or voice.support_phone):
        flags.append("no support channel in the brand's voice config: add one")
    if coverage.is_coverage(case):
        rumour = case.complaint_type is ComplaintType.UNFOUNDED
        fact = best_fact(case.text, voice.facts, brand=case.brand) if rumour else None
        return Replies(
            coverage.statement(case, voice, fact=fact),
            coverage.note_to_writer(case, voice, fact=fact, follow_up=follow_up),
            "en", follow_up, spec, (*flags, coverage.FLAG), "coverage",
        )  # fmt: skip
    if case.lang != "en":
        done = translated.compose(case, voice, spec=spec, follow_up=follow_up)
        if done is not None:
            public, offline = done
            return Replies(public, offline, case.lang, follow_up if offline else None, spec,
                           tuple(flags), _effective(case).value)  # fmt: skip
        flags.append(f"no {case.lang!r} template for this case: written in English, translate it")
    kind = answered_as(case, spec)
    public, offline, more = _english(kind, case, voice, spec, follow_up)
    asks_feedback = kind in _COMPLAINTS
    return Replies(public, offline, "en", follow_up if asks_feedback else None, spec,
                   tuple(flags + more), kind.value)  # fmt: skip


def answered_as(case: Case, spec: Specifics) -> ComplaintType:
    """How the mention is answered, which can differ from how it was scored: a "praise" that
    asks for a free coffee is a freebie request; a calm question naming a topic is a question."""
    kind = case.complaint_type
    if kind is ComplaintType.FREEBIE or (case.request == "free" and kind not in _COMPLAINTS):
        return ComplaintType.FREEBIE
    if kind in (ComplaintType.PRAISE, ComplaintType.UNFOUNDED, ComplaintType.QUESTION):
        return kind
    if _calm_question(case, spec):
        return ComplaintType.QUESTION
    return _effective(case)


def _english(
    kind: ComplaintType, case: Case, voice: Voice, spec: Specifics, follow_up: date
) -> tuple[str, str | None, list[str]]:
    if kind is ComplaintType.FREEBIE:
        return en.freebie(case, voice), en.freebie_offline(case, voice, follow_up), []
    if kind is ComplaintType.PRAISE:
        return en.praise(case, voice, spec), None, []
    if kind is ComplaintType.UNFOUNDED:
        fact = best_fact(case.text, voice.facts, brand=case.brand)
        flags = [] if fact else ["no matching fact in the brand's voice.facts: add the facts"]
        if weak_fact(case.text, fact, brand=case.brand):
            flags.append(WEAK_FACT)
        public = en.clarification(case, voice, fact)
        return public, en.clarification_offline(case, voice, fact, follow_up), flags
    if kind is ComplaintType.QUESTION:
        return en.question(case, voice), en.question_offline(case, voice), ["write the answer"]
    return _complaint(case, voice, spec, follow_up), _offline(case, voice, spec, follow_up), []


def _complaint(case: Case, voice: Voice, spec: Specifics, follow_up: date) -> str:
    problem = restate(case.text, spec, kind=_effective(case), source=case.source)
    parts = [
        en.greeting(case),
        en.apology(case, problem.phrase),
        en.ownership(case, voice, problem.family, problem.phrase),
        en.channel(case, voice, ask=en.ask(problem.family, spec, problem.thing)),
        en.sign_off(case, voice),
    ]
    return fit(parts, limit=case.limit, optional=(2, 4))


def _offline(case: Case, voice: Voice, spec: Specifics, follow_up: date) -> str:
    kind = _effective(case)
    problem = restate(case.text, spec, kind=kind, source=case.source)
    paragraphs = [
        en.offline_greeting(case),
        en.offline_heard(case, voice, problem.phrase),
        en.details_needed(problem.family, spec),
        en.resolution(case, voice, spec),
        en.next_step(case, voice, problem.family, problem.thing),
        en.confirm_and_follow_up(case, follow_up),
        en.signature_block(voice),
    ]
    return "\n\n".join(p for p in paragraphs if p)


def follow_up_message(case: Case, voice: Voice) -> str:
    """The feedback check-in sent on the follow-up date: a recovered customer can become an
    advocate, and one who is still unhappy gets a second chance to say so privately."""
    spec = specifics(case.text, brand=case.brand)
    problem = restate(case.text, spec, kind=_effective(case), source=case.source)
    return "\n\n".join(p for p in (
        en.offline_greeting(case),
        f"A few days ago we sorted out {problem.thing} with you. How is everything now?",
        "If anything still isn't right, reply to this message and I'll pick it up straight "
        "away. And if we got it right, we'd love to hear that too.",
        en.signature_block(voice),
    ) if p)  # fmt: skip


def _calm_question(case: Case, spec: Specifics) -> bool:
    """A calm question that only names a topic ("how does delivery work?") is answered as a
    question: apologising for a problem nobody described reads as canned."""
    if "?" not in case.text or case.anger > 0.0 or case.complaint_type not in _COMPLAINTS:
        return False
    problem = restate(case.text, spec, kind=case.complaint_type, source=case.source)
    return problem.matched is None


def _effective(case: Case) -> ComplaintType:
    """An unscored or untyped mention is answered as a general complaint."""
    kind = case.complaint_type
    return kind if kind in _COMPLAINTS else ComplaintType.OTHER


WEAK_FACT = "the fact quoted shares one word with the claim: check that it answers it"


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORDS.findall(text)}


def best_fact(text: str, facts: list[str], *, brand: str = "") -> str | None:
    """The configured fact sharing the most words with the claim, the brand's name aside
    (every fact names the brand; that says nothing about which claim it answers)."""
    claim = _words(text) - _words(brand)
    scored = [(len(claim & _words(f)), f) for f in facts]
    best = max(scored, default=(0, ""), key=lambda s: s[0])
    return best[1] if best[0] > 0 else None


def weak_fact(text: str, fact: str | None, *, brand: str) -> bool:
    """One shared word ("beans") may join a lab-test fact to a claim about labour."""
    return fact is not None and len((_words(text) - _words(brand)) & _words(fact)) < 2


__all__ = ["Case", "Replies", "best_fact", "compose", "follow_up_message", "pick", "weak_fact"]
