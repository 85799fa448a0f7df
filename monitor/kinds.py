"""What a mention is about and where it stands: plain enums, importable without the database.

``monitor.models`` stores them and re-exports them; the CLI builds its choices from them
without loading SQLModel, so ``repmon --help`` stays fast.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["ComplaintType", "Role", "Status"]


class ComplaintType(StrEnum):
    """What a mention is about, which decides how it is answered."""

    REFUND = "refund"  # refund or exchange request
    DEFECT = "defect"
    DELIVERY = "delivery"  # delivery delay, lost order
    SERVICE = "service"  # rudeness, nobody answers, bad support
    BILLING = "billing"
    UNFOUNDED = "unfounded"  # misinformation, a claim contradicted by facts
    FREEBIE = "freebie"  # wants something free
    OTHER = "other"  # a complaint of no specific type
    QUESTION = "question"  # not a complaint: a question to the brand
    PRAISE = "praise"  # not a complaint: thank them
    SPAM = "spam"  # spam or phishing under the brand's name: report it, never answer it
    NONE = "none"  # neutral, news, spam


class Status(StrEnum):
    NEW = "new"
    REPLIED = "replied"
    RESOLVED = "resolved"
    IGNORED = "ignored"


class Role(StrEnum):
    """Each role can do what the ones before it can."""

    VIEWER = "viewer"
    RESPONDER = "responder"  # changes status, assigns, notes, corrects, submits replies
    APPROVER = "approver"  # approves or returns submitted replies
    ADMIN = "admin"  # edits brands and keywords
