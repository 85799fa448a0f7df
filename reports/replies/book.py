"""What every language module is given and must write: one plan, worded.

The rules live in ``plan.py`` and ``check.py``; a ``Book`` (``en``, ``fi``, ``bn``) only
words them, so a Finnish reply honours the same asks and asks for the same details as an
English one. ``Ctx`` carries everything a sentence may draw on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

import regex

from monitor import rx
from monitor.config import Voice
from monitor.reading.types import Reading
from reports.case import SHORT_LIMITS, Case, first_name
from reports.replies.plan import Plan
from reports.replies.said import (
    SENTENCE,
    dmed_in_vain,
    no_dm,
    no_email,
    phoned_in_vain,
    voice_text,
)

Drafts = tuple[str | None, str | None]  # (public, offline)


@dataclass(frozen=True)
class Ctx:
    case: Case
    reading: Reading
    voice: Voice
    plan: Plan
    follow_up: date
    generic: bool = False  # no config yet: a neutral voice that says so

    @property
    def short(self) -> bool:
        """A short-post platform (X, Bluesky, Mastodon); a store review is not one, however few
        characters its reply takes."""
        return self.case.source.lower() in SHORT_LIMITS

    @property
    def dm_here(self) -> bool:
        """The voice's DM handle is an X account: a DM reaches it from a post on X, not from
        Mastodon, Bluesky or a store review, where the email or phone is the way in."""
        return self.case.source.lower() in ("x", "twitter")

    @property
    def owner(self) -> str | None:
        """Who owns the next step, by first name; None when the voice has no signature."""
        return first_name(self.voice.signature) if self.voice.signature else None

    @property
    def author(self) -> str:
        return (self.case.author or "").lstrip("@")

    @property
    def lead(self) -> str | None:
        return voice_text(self.voice, "escalation_contact", self.plan.language)


class Book(Protocol):
    language: str

    def complaint(self, ctx: Ctx) -> Drafts: ...
    def praise(self, ctx: Ctx) -> Drafts: ...
    def rumour(self, ctx: Ctx) -> Drafts: ...
    def press(self, ctx: Ctx) -> Drafts: ...
    def community(self, ctx: Ctx) -> Drafts: ...
    def question(self, ctx: Ctx) -> Drafts: ...
    def unsure(self, ctx: Ctx) -> Drafts: ...
    def freebie(self, ctx: Ctx) -> Drafts: ...
    def warning(self, ctx: Ctx) -> Drafts: ...
    def idea(self, ctx: Ctx) -> Drafts: ...
    def follow_up(self, ctx: Ctx) -> str: ...


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def listing(items: list[str], *, conj: str = "and") -> str:
    """ "a, b and c" (Finnish "ja", Bengali "এবং" passed as ``conj``)."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conj} {items[-1]}"


def first_clause(text: str) -> str:
    """A configured text up to its first colon or semicolon, without the stop: "Riders may
    never ask for tips or extra cash" of the fuller rule."""
    return regex.split(r"[:;]\s", text, maxsplit=1)[0].rstrip(".।")


def heads(answers: str, stop: str = ".", *, figures: bool = True, asked: str = "") -> str:
    """Several answers, each cut to its first clause ("Our cafés serve oat, soy and lactose-free
    milk at no extra charge. Our cafés are open 7-19 on weekdays and 9-17 at weekends."): both
    questions answered in a short post, the rest left to the DM."""
    each = regex.split(r"(?<=[.।])\s+", answers.strip())
    cut = []
    for answer in each:
        # ("... ground to order: choose the grind on the product page": what comes after a
        # colon is how, the head is the answer)
        head, *rest = regex.split(r"[;:]\s|,\s(?:and|ja|আর)\s", answer.rstrip(".। "), maxsplit=1)
        # a rest with a figure in it ("within two working days, for a 1% fee") is what was
        # asked as often as not: such an answer is kept whole
        # (figures=False: each first clause only, where no figure was asked for)
        kept = figures and rest and _FIGURE.search(rest[0])
        if rest and not kept and _named_only_in(rest[0], head, asked):
            # "käykö Edenred?": the clause that names what was asked, not the first one
            cut.append(rest[0][:1].upper() + rest[0][1:])
            continue
        cut.append(answer.rstrip(".। ") if kept else head)
    return " ".join(sentence(c, stop) for c in cut if c)


def _named_only_in(clause: str, head: str, asked: str) -> bool:
    """A name of five letters or more ("Edenred") that the question and ``clause`` share
    and the head clause does not."""
    if not asked:
        return False
    words = {w.casefold() for w in _NAME_WORD.findall(asked)}
    there = {w.casefold() for w in _NAME_WORD.findall(clause)} & words
    return bool(there - {w.casefold() for w in _NAME_WORD.findall(head)})


_NAME_WORD = rx.compile(r"\p{Lu}[\p{L}]{4,}")
_FIGURE = rx.compile(r"\d|[৳€$£%]|\b(?:one|two|three|four|five|six|seven|ten)\b", regex.I)


def sentence(text: str, stop: str = ".") -> str:
    """Config text quoted as a sentence of its own: trimmed and ending in a full stop (the
    language's own: "।" in Bengali)."""
    text = text.strip()
    return text if text[-1:] in ".!?।" else f"{text}{stop}"


def route(ctx: Ctx) -> str:
    """The way in that fits the post, in every language: "dm" (where a DM is the way here,
    the voice has no email, or their email went unanswered, unless they refuse a DM),
    "phone" (their email went unanswered and no DM will do), else "email" or "" (none)."""
    v, text = ctx.voice, ctx.case.text
    mailed = no_email(text)
    phone = bool(v.support_phone) and not phoned_in_vain(text)
    # their emails and their DMs both went unanswered and there is no phone to offer: the DM
    # they sent is where we answer them, not another email to the address that ignored them
    stuck = mailed and not phone and dmed_in_vain(text)
    if (
        v.dm_handle
        and (ctx.dm_here or not v.support_email or mailed)
        and (not no_dm(text) or stuck)
    ):
        return "dm"
    if mailed and phone:
        return "phone"
    return "email" if v.support_email else ""


def after_colon(said: str) -> str:
    """ "We ship to ..." quoted after "In case it helps:": "we ship to ..."."""
    first = said.split(" ", 1)[0]
    lowered = ("We", "Our", "You", "Your", "Cash", "Every", "Each", "All", "A", "An", "The",
               "Merchants", "Riders", "Parcels", "Deliveries", "Delivery", "Payouts")  # fmt: skip
    return said[0].lower() + said[1:] if first in lowered else said


_EDGE_HANDLES = rx.compile(
    r"^\s*(?:[@#][\p{L}\p{N}_]+[\s,:]*)+|(?:\s*[@#][\p{L}\p{N}_]+)+[\s.!?]*$"
)


def key_sentence(
    text: str, *, about: frozenset[str] = frozenset(), words: int = 14,
    naming: tuple[str, ...] = (),
) -> str:  # fmt: skip
    """The post's own sentence to quote back: the first naming one of ``about`` (topics) or
    of the words ``naming`` (what raised the problem), else the first of three words or more
    (a lone "Horrible." quoted back reads as mockery); handles dropped, cut to ``words``."""
    from reports.replies.topics import topics

    # handles that open or close a sentence are addressing, dropped; one inside it is part of
    # what they said ("Rider from @parcelly demanded ..."), kept
    sentences = [_EDGE_HANDLES.sub("", s).strip(" :-–") for s in SENTENCE.findall(text)]
    sentences = [s for s in sentences if s] or [text.strip()]
    said = [n.casefold() for n in naming if n.strip()]
    chosen = next(
        (s for s in sentences if about & topics(s) or any(n in s.casefold() for n in said)),
        next((s for s in sentences if len(s.split()) >= 3), sentences[0]),
    )
    cut = chosen.split()
    if len(cut) <= words:
        return " ".join(cut).rstrip(".,;:!?।")
    # too long: up to a comma where one closes a clause of six words or more, else the whole
    # sentence where it is only just over the length, else cut (never mid-phrase)
    clause = next((i for i in range(min(len(cut), words + 4) - 1, 5, -1)
                   if cut[i].endswith((",", ";", ":"))), None)  # fmt: skip
    if clause is not None:
        return " ".join(cut[: clause + 1]).rstrip(".,;:!?।") + "…"
    if len(cut) <= words + 4:
        return " ".join(cut).rstrip(".,;:!?।")
    head = cut[:words]
    # a phrase begun near the end and cut off ("... all night after oat…") is left out whole
    opener = next((i for i in range(len(head) - 1, max(5, len(head) - 5), -1)
                   if head[i].casefold() in _OPENS_PHRASE), None)  # fmt: skip
    if opener is not None:
        head = head[:opener]
    # never stop on a word that leads into what was cut ("... quietly switching to…")
    while len(head) > words // 2 and head[-1].casefold() in _LEADS_ON:
        head.pop()
    return " ".join(head).rstrip(".,;:!?।") + "…"


_OPENS_PHRASE = frozenset({
    "after", "before", "because", "when", "while", "since", "until", "with", "from", "for",
    "at", "in", "on", "and", "but", "so", "which", "who", "that", "to",
})  # fmt: skip
_LEADS_ON = frozenset({
    "a", "an", "the", "to", "of", "on", "in", "at", "by", "for", "from", "with", "into", "onto",
    "and", "or", "but", "that", "which", "who", "when", "while", "as", "than", "every", "each",
    "my", "your", "our", "their", "his", "her", "its", "this", "these", "those", "is", "are",
    "was", "were", "be", "very", "so", "just", "also",
})  # fmt: skip
