"""Replies to press and blog coverage: a news feed article is not a customer.

"Hi Helsinki Times, I'm sorry we charged you" is wrong twice: the outlet was not charged,
and its readers are the audience. Coverage gets a short on-record statement that owns the
problem in public and tells affected customers where to go, and an offline note to the
writer offering the facts. A human signs off on both: press statements are checked first.
"""

from __future__ import annotations

from datetime import date

from monitor.config import Voice
from monitor.models import ComplaintType
from reports.case import Case, fit, pick

PRESS_SOURCES = frozenset({"rss"})  # news, blogs and Google Alerts feeds
_NEGATIVE = frozenset(
    {ComplaintType.REFUND, ComplaintType.DEFECT, ComplaintType.DELIVERY, ComplaintType.SERVICE,
     ComplaintType.BILLING, ComplaintType.OTHER, ComplaintType.UNFOUNDED}
)  # fmt: skip
FLAG = "press coverage: check the facts and get the statement signed off before it goes out"


def is_coverage(case: Case) -> bool:
    """A critical article from a news or blog feed, as opposed to a customer's own post."""
    return case.source.lower() in PRESS_SOURCES and case.complaint_type in _NEGATIVE


def _where(voice: Voice) -> str:
    if voice.support_email and voice.support_phone:
        return f"{voice.support_email} or {voice.support_phone}"
    return voice.support_email or voice.dm_handle or voice.support_phone or "our support team"


def statement(case: Case, voice: Voice, *, fact: str | None) -> str:
    """The public, on-record answer: own it, point affected customers to help, give facts."""
    own = pick((
        f"Thank you for covering this. Where {case.brand} got it wrong, we're sorry, and we're "
        "putting it right for everyone affected.",
        f"We've read this article. Anyone let down by {case.brand} here deserves an apology and "
        "a fix, and they'll get both.",
    ), case, 7)  # fmt: skip
    parts = [own]
    if fact:
        parts.append(f"For the record: {fact}")
    parts.append(f"If you were affected, please contact {_where(voice)} and we'll sort it out.")
    if voice.signature:
        parts.append(f"– {voice.signature}")
    return fit(parts, limit=case.limit, optional=(1,))


def note_to_writer(case: Case, voice: Voice, *, fact: str | None, follow_up: date) -> str:
    """The offline note to the writer or editor: the facts, a named contact, a check-in."""
    who = case.author or "there"
    name = voice.signature or f"the {case.brand} team"
    paragraphs = [
        f"Hi {who},",
        f"I'm {name}. Thank you for writing about {case.brand}; I'd like to make sure your "
        "readers have the full picture.",
        f"Here is what we know: {fact}" if fact else
        "Here is what happened, what we have already done, and what we are changing: [add the "
        "verified facts before sending].",
        f"Readers who were affected can reach us at {_where(voice)}; every case gets a named "
        "person who sees it through.",
        "I'm happy to answer questions or give a statement for an update. "
        f"I'll check back with you on {follow_up:%A %-d %B} in case anything is still open.",
        name,
    ]  # fmt: skip
    return "\n\n".join(paragraphs)
