"""Suggested public and offline replies, composed from the reading of a mention.

``compose`` turns a ``Case`` (the post, its reading, who wrote it and where) and the brand's
``Voice`` into two drafts in the post's language (English, Finnish, Bengali; other languages
get an English draft flagged for translation), then runs the self-check (``check.py``) on
each. Pure: no database, no clock (``today`` is passed in).

How: ``plan.py`` decides what the reply must do from the reading; a language ``Book`` words
it; ``check.self_check`` guards the result. Nothing is promised that the voice does not allow.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from monitor.config import Voice
from monitor.reading.types import Labelled, ProblemKind, Reading
from reports.case import Case, History, Replies, pick
from reports.replies.bn import BN
from reports.replies.book import Book, Ctx, Drafts
from reports.replies.check import Check, self_check, untranslated
from reports.replies.en import English
from reports.replies.en_other import SECURITY
from reports.replies.enrich import enrich
from reports.replies.faq import best_answer
from reports.replies.fi import FI
from reports.replies.legacy import reading_for
from reports.replies.local import LocalBook
from reports.replies.plan import Move, Plan, make_plan
from reports.replies.topics import best_fact

BOOKS: dict[str, Book] = {"en": English(), "fi": LocalBook(FI), "bn": LocalBook(BN)}
_FOLLOWS_UP = frozenset({Move.COMPLAINT})
SPAM_FLAG = "spam or phishing under the brand's name: report it to the platform, do not reply"


def _flags(ctx: Ctx, book: Book, lang: str, drafts: str) -> list[str]:
    plan, voice, out = ctx.plan, ctx.voice, list(ctx.plan.flags)
    if book.language != lang:
        out.append(f"written in English for a {lang!r} post: translate it before sending")
    if ctx.generic:
        out.append("generic voice (no brand config yet): set the brand's voice before sending")
    elif not voice.channels and plan.move not in (Move.PRAISE, Move.SPAM, Move.NONE):
        out.append("no support channel in the brand's voice config: add one")
    if _unfounded(plan, ctx.case.text):
        out.append("a person must answer this: no configured fact answers the claim, and a "
                   "holding reply from the brand reads as a confirmation, so none is drafted "
                   "(add the fact to voice.facts)")  # fmt: skip
    asked = plan.stance == "question" or ("?" in ctx.case.text and not plan.problems)
    unanswered = plan.move is Move.COMMUNITY and asked
    partial = plan.answer is not None and plan.answer.partial
    if (plan.move is Move.QUESTION or unanswered) and plan.answer is None:
        out.append("a person must answer this: no FAQ entry matches the question "
                   "(add one to voice.faq)")  # fmt: skip
    elif (plan.move is Move.QUESTION or unanswered) and plan.answer is not None and partial:
        # (a thread's "... and how returns are handled" too: someone must answer it there)
        out.append("a person must answer part of this: the FAQ answers only part of the "
                   "question (add an entry to voice.faq)")  # fmt: skip
    if plan.move is Move.PRESS and not plan.critical and plan.stance != "request":
        out.append("press coverage with nothing to answer: no reply is needed; the thank-you "
                   "is optional")  # fmt: skip
    vague = plan.problems and all(p.kind is ProblemKind.OTHER for p in plan.problems)
    if plan.move is Move.COMPLAINT and vague:  # the self-check names it too
        out.append("what went wrong is not named: say it in their words before sending")
    out += untranslated(drafts, voice, plan.language)  # the self-check names it too
    for match in (plan.fact, plan.answer):
        if match is not None and not match.translated and book.language != "en":
            out.append("the configured text is quoted in English: translate it")
    return list(dict.fromkeys(out))


def _unfounded(plan: Plan, text: str) -> bool:
    """A claim about the brand that no configured fact answers. "Checking with the people who
    know" about a rumoured closure or sale reads as a yes: a person answers it with the facts,
    and nothing is drafted meanwhile."""
    claim = plan.move is Move.RUMOUR or (plan.move is Move.COMMUNITY and plan.stance == "rumour")
    # a security hole reported in a thread is thanked and passed on, fact or none
    reported = plan.move is Move.COMMUNITY and SECURITY.search(text) is not None
    return claim and plan.fact is None and not reported


def _draft(book: Book, ctx: Ctx) -> Drafts:
    move = ctx.plan.move
    if move in (Move.SPAM, Move.NONE, Move.HOLD) or _unfounded(ctx.plan, ctx.case.text):
        return None, None
    writers = {Move.COMPLAINT: book.complaint, Move.PRAISE: book.praise,
               Move.RUMOUR: book.rumour, Move.PRESS: book.press,
               Move.COMMUNITY: book.community, Move.QUESTION: book.question,
               Move.FREEBIE: book.freebie, Move.UNSURE: book.unsure,
               Move.WARNING: book.warning, Move.IDEA: book.idea}  # fmt: skip
    return writers[move](ctx)


def _as_answered(ctx: Ctx) -> Reading:
    """The reading the drafts answer: a vague "complaint" the FAQ answers is checked as the
    question it is answered as, and one the brand's facts answer as the claim it is (no
    apology that would admit it), with the reason kept beside the stance."""
    r = ctx.reading
    if ctx.plan.move is Move.QUESTION and r.stance.value != "question":
        why = ("answered as a question: the FAQ answers it", *r.stance.because)
        return replace(r, stance=Labelled("question", r.stance.confidence, why))
    if ctx.plan.move is Move.WARNING:  # a warning about a fake is thanked, not apologised for
        why = ("answered as a warning about a fake account", *r.stance.because)
        return replace(r, stance=Labelled("neutral", r.stance.confidence, why), problems=())
    if ctx.plan.move is Move.IDEA:  # thanked as praise is: no apology, nothing to take offline
        why = ("answered as an idea: thanked and passed on", *r.stance.because)
        return replace(
            r, stance=Labelled("praise", r.stance.confidence, why),
            sarcasm=Labelled("no", 0.6), problems=(),
        )  # fmt: skip
    if ctx.plan.move is Move.RUMOUR and r.stance.value != "rumour":
        why = ("answered as a claim: the brand's facts cover it", *r.stance.because)
        return replace(r, stance=Labelled("rumour", r.stance.confidence, why))
    return r


def _check(draft: str | None, ctx: Ctx, channel: str, today: date) -> Check | None:
    if draft is None:
        return None
    c = ctx.case
    return self_check(draft, reading=_as_answered(ctx), text=c.text, voice=ctx.voice, brand=c.brand,
                      source=c.source, channel=channel, author=c.author, today=today,
                      language=ctx.plan.language)  # fmt: skip


def compose(case: Case, voice: Voice, *, today: date, generic: bool = False) -> Replies:
    """Both drafts for one mention, their self-checks, and what a human must look at."""
    reading = enrich(reading_for(case), case.text, brand=case.brand)
    lang = case.lang if reading.language in ("", "und") else reading.language.split("-")[0]
    book = BOOKS.get(lang, BOOKS["en"])
    follow_up = today + timedelta(days=voice.follow_up_days)
    plan = make_plan(case, reading, voice, language=book.language)
    ctx = Ctx(case, reading, voice, plan, follow_up, generic=generic)
    public, offline = _draft(book, ctx)
    drafts = f"{public or ''}\n{offline or ''}"
    flags = _flags(ctx, book, lang, drafts) + ([SPAM_FLAG] if plan.move is Move.SPAM else [])
    return Replies(
        public=public, offline=offline, language=book.language,
        follow_up_on=follow_up if offline and plan.move in _FOLLOWS_UP else None,
        reading=reading, flags=tuple(flags), answered_as=plan.move.value,
        public_check=_check(public, ctx, "public", today),
        offline_check=_check(offline, ctx, "offline", today),
    )  # fmt: skip


def follow_up_message(case: Case, voice: Voice) -> str:
    """The feedback check-in sent on the follow-up date: a recovered customer can become an
    advocate, and one who is still unhappy gets a second chance to say so privately."""
    reading = reading_for(case)
    book = BOOKS.get(reading.language.split("-")[0], BOOKS["en"])
    plan = make_plan(case, reading, voice, language=book.language)
    return book.follow_up(Ctx(case, reading, voice, plan, date.min))


def with_history(case: Case, history: History) -> Case:
    return replace(case, history=history)


__all__ = [
    "Case", "Check", "History", "Plan", "Reading", "Replies", "best_answer", "best_fact",
    "compose", "follow_up_message", "pick", "self_check", "with_history",
]  # fmt: skip
