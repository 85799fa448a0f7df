"""Suggested replies for ``repmon inbox show``: the digest's composer, for one mention, with
the author's history with the brand (a repeat complaint is answered as a repeat)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from monitor.timeutil import utcnow

if TYPE_CHECKING:
    from sqlmodel import Session

    from monitor.config import Brand
    from monitor.models import Mention
    from reports.case import History

ABUSIVE_ANGER = 0.8  # an earlier complaint this angry counts towards "serial abusive"


def author_history(session: Session, mention: Mention) -> History:
    """Earlier complaints by the same author about the same brand (one counting query)."""
    from sqlalchemy import func
    from sqlmodel import col, select

    from monitor.models import Mention
    from reports.case import History

    if not mention.author:
        return History()
    earlier = select(func.count(), func.sum(col(Mention.anger) >= ABUSIVE_ANGER)).where(
        Mention.brand == mention.brand, Mention.author == mention.author,
        col(Mention.is_complaint), Mention.created_at < mention.created_at,
    )  # fmt: skip
    count, abusive = session.exec(earlier).one()
    return History(complaints=int(count or 0), abusive=int(abusive or 0))


def suggested_replies(
    mention: Mention, brand: Brand | None, *, history: History | None = None
) -> dict[str, object] | None:
    """Public and offline reply, their self-check, what to check first, when to follow up."""
    from reports.case import Case
    from reports.replies import compose

    if brand is None:
        return None  # the mention's brand is no longer in the config: no voice to speak with
    today = utcnow().astimezone(brand.tz).date()
    replies = compose(Case.from_mention(mention, history=history), brand.voice, today=today)
    out: dict[str, object] = {"public": replies.public, "offline": replies.offline,
                              "answered_as": replies.answered_as}  # fmt: skip
    if replies.flags:
        out["check_first"] = list(replies.flags)
    checks = {k: c.as_dict() for k, c in (("public", replies.public_check),
                                          ("offline", replies.offline_check)) if c}  # fmt: skip
    if checks:
        out["self_check"] = checks
    if replies.check_notes:
        out["needs_human_edit"] = list(replies.check_notes)
    if replies.follow_up_on:
        out["follow_up_on"] = replies.follow_up_on.isoformat()
    return {k: v for k, v in out.items() if v}
