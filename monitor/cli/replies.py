"""Suggested replies for ``repmon inbox show``: the digest's composer, for one mention."""

from __future__ import annotations

from typing import TYPE_CHECKING

from monitor.timeutil import utcnow

if TYPE_CHECKING:
    from monitor.config import Brand
    from monitor.models import Mention


def suggested_replies(mention: Mention, brand: Brand | None) -> dict[str, object] | None:
    """Public and offline reply, what to check first, and when to ask for feedback."""
    from reports.case import Case
    from reports.replies import compose

    if brand is None:
        return None  # the mention's brand is no longer in the config: no voice to speak with
    today = utcnow().astimezone(brand.tz).date()
    replies = compose(Case.from_mention(mention), brand.voice, today=today)
    out: dict[str, object] = {"public": replies.public, "offline": replies.offline}
    if replies.flags:
        out["check_first"] = list(replies.flags)
    if replies.follow_up_on:
        out["follow_up_on"] = replies.follow_up_on.isoformat()
    return {k: v for k, v in out.items() if v}
