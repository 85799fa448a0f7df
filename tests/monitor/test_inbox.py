from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from monitor.config import Brand, Voice
from monitor.errors import StatusError
from monitor.inbox import follow_up_date, mark
from monitor.models import Status
from monitor.storage import Database
from tests.monitor.cli.conftest import add_mention

AUCKLAND = Brand(
    name="Acme Coffee",
    keywords=["acme"],
    timezone="Pacific/Auckland",
    voice=Voice(follow_up_days=7),
)
LATE_UTC = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)  # already 24 Nov, 01:00 in Auckland


def test_follow_up_date__counts_from_the_brand_local_day() -> None:
    assert follow_up_date(AUCKLAND, now=LATE_UTC) == date(2026, 12, 1)  # UTC would say 30 Nov


def test_mark__resolved_sets_local_follow_up_and_reopen_clears_it(db: Database) -> None:
    mid = add_mention(db, text="acme refund", created_at=LATE_UTC)
    brands = {AUCKLAND.name: AUCKLAND}
    change = mark(db, mid, Status.RESOLVED, brands=brands, by="maria", now=LATE_UTC, note="done")
    assert (change.old, change.new, change.follow_up_on) == (
        Status.NEW,
        Status.RESOLVED,
        date(2026, 12, 1),
    )
    mark(db, mid, Status.NEW, brands=brands, by="maria", now=LATE_UTC)
    (m,) = db.mentions([mid])
    assert (m.status, m.follow_up_on, m.status_at) == ("new", None, LATE_UTC)


def test_mark__resolving_a_brand_no_longer_configured_names_it(db: Database) -> None:
    mid = add_mention(db, text="acme refund", created_at=LATE_UTC, brand="Gone")
    with pytest.raises(StatusError, match=rf"mention {mid}: its brand 'Gone' is not in the config"):
        mark(db, mid, Status.RESOLVED, brands={}, by="maria", now=LATE_UTC)
    (m,) = db.mentions([mid])
    assert m.status == "new"
