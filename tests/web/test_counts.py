"""The inbox counts are exact at every request, whoever changed the database, on SQLite and
PostgreSQL: new mentions, status changes by another process, rescoring and deletions."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from monitor.inbox import mark
from monitor.models import Status
from monitor.schema import upgrade
from monitor.storage import Database
from monitor.web.app import Ctx
from monitor.web.counts import FACETS, CountsCache, Group, tally
from monitor.web.queries import Filters
from tests.conftest import BACKENDS, NOW, new_database
from tests.reports.fixtures import mention, store


def _reference(groups: list[Group], f: Filters) -> dict[str, Any]:
    """Each facet's counts the plain way: every group tested against every other filter."""

    def keeps(g: Group, f: Filters, skip: str) -> bool:
        if skip != "status" and g[0] != f.status:
            return False
        if g[0] == Status.NEW.value and not g[1] and not f.everything:
            return False
        for name, index in FACETS[1:]:
            value = getattr(f, name)
            if name != skip and value is not None and g[index] != value:
                return False
        return not (f.answer_now and skip != "answer_now" and not g[6])

    out: dict[str, Any] = {}
    for name, index in FACETS:
        counts: dict[str, int] = {}
        for g in groups:
            if keeps(g, f, name):
                counts[g[index]] = counts.get(g[index], 0) + g[7]
        out[name] = counts
    out["answer_now"] = sum(g[7] for g in groups if keeps(g, replace(f, answer_now=True), ""))
    return out


_GROUP = st.tuples(
    st.sampled_from(["new", "replied", "resolved"]), st.booleans(), st.sampled_from("AB"),
    st.sampled_from(["x", "reddit"]), st.sampled_from(["refund", "praise"]),
    st.sampled_from(["en", "fi"]), st.booleans(), st.integers(1, 9),
)  # fmt: skip
_FILTERS = st.builds(
    Filters, brand=st.sampled_from([None, "A", "B"]), source=st.sampled_from([None, "x"]),
    status=st.sampled_from(["new", "resolved"]), type=st.sampled_from([None, "refund"]),
    language=st.sampled_from([None, "fi"]), answer_now=st.booleans(), everything=st.booleans(),
)  # fmt: skip


@given(groups=st.lists(_GROUP, max_size=30), f=_FILTERS)
def test_tally__one_pass_gives_the_counts_of_each_filter_tested_apart(
    groups: list[Group], f: Filters
) -> None:
    assert tally(groups, f) == _reference(groups, f)


def _fresh(ctx: Ctx, f: Filters) -> dict[str, Any] | None:
    """What a process starting now would count."""
    return CountsCache().get(ctx.db, f, brands=ctx.settings.brands, wait=30)


def _both(ctx: Ctx, counts: CountsCache, f: Filters | None = None) -> dict[str, Any]:
    f = f or Filters()
    found = counts.get(ctx.db, f, brands=ctx.settings.brands, wait=30)
    assert found is not None
    assert found == _fresh(ctx, f)
    return found


def test_counts__follow_every_change_at_once(web_ctx: Ctx) -> None:
    counts = CountsCache()
    assert _both(web_ctx, counts)["status"]["new"] == 5
    [new_id] = store(web_ctx.db, [mention(40, "Where is my order", complaint_type="refund")])
    assert _both(web_ctx, counts)["status"]["new"] == 6
    # another process (``repmon mark``) changes a status: no call into this app at all
    other = Database(web_ctx.db.url)
    mark(other, new_id, Status.RESOLVED, brands=web_ctx.brands, by="cli", now=NOW)
    other.engine.dispose()
    assert _both(web_ctx, counts)["status"] == {"new": 5, "resolved": 1}
    with web_ctx.db.engine.begin() as conn:  # a rescore moves one into "answer now"
        conn.execute(text("UPDATE mention SET anger = 0.95 WHERE id = 3"))
    assert _both(web_ctx, counts, Filters(answer_now=True))["answer_now"] == 3
    with web_ctx.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM mention WHERE id = 1"))
    assert _both(web_ctx, counts)["status"]["new"] == 4


def test_counts__assigned_to_me_and_brand_thresholds(web_ctx: Ctx) -> None:
    counts = CountsCache()
    with web_ctx.db.engine.begin() as conn:
        conn.execute(text("INSERT INTO mention_assignment (mention_id, user_name, by, at) "
                          "VALUES (2, 'rita', 'rita', :at)"), {"at": NOW})  # fmt: skip
    mine = counts.get(web_ctx.db, Filters(assigned="rita"), brands=web_ctx.settings.brands)
    assert mine is not None
    assert mine["type"] == {"defect": 1}
    stricter = [b.model_copy(update={"alerts": b.alerts.model_copy(update={"anger_threshold": 0.75})})
                for b in web_ctx.settings.brands]  # fmt: skip
    assert _both(web_ctx, counts)["answer_now"] == 2
    again = counts.get(web_ctx.db, Filters(), brands=stricter, wait=30)
    assert again is not None
    assert again["answer_now"] == 1  # only the 0.8 complaint


def test_change_log__watched_columns_and_deletes_only(web_ctx: Ctx) -> None:
    def logged() -> list[int]:
        with web_ctx.db.engine.connect() as conn:
            return [r[0] for r in conn.execute(text("SELECT mention_id FROM mention_change"))]

    with web_ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE mention SET status_note = 'seen' WHERE id = 1"))
        conn.execute(text("UPDATE mention SET status = status WHERE id = 1"))
    assert logged() == []
    with web_ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE mention SET complaint_type = 'refund' WHERE id = 2"))
        conn.execute(text("DELETE FROM mention WHERE id = 3"))
    assert logged() == [2, 3]


def test_counts__further_behind_than_the_log_counts_everything_again(sqlite_db: Database) -> None:
    from tests.reports.fixtures import settings

    store(sqlite_db)
    ctx = Ctx(settings(), sqlite_db)
    counts = CountsCache()
    _both(ctx, counts)
    with sqlite_db.engine.begin() as conn:
        conn.execute(text("UPDATE mention SET status = 'ignored' WHERE id = 1"))
        conn.execute(text("UPDATE mention SET status = 'ignored' WHERE id = 2"))
        conn.execute(text("DELETE FROM mention_change WHERE seq = (SELECT min(seq) FROM "
                          "mention_change)"))  # as the triggers prune past KEEP entries  # fmt: skip
    assert _both(ctx, counts)["status"]["ignored"] == 2


@pytest.fixture(params=BACKENDS)
def migrated(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    db = new_database(request, tmp_path)
    upgrade(db)
    yield db
    db.engine.dispose()


def test_migration_0009__installs_the_log_and_downgrades_cleanly(migrated: Database) -> None:
    from alembic import command

    from monitor.schema import _config

    store(migrated)
    with migrated.engine.begin() as conn:
        conn.execute(text("UPDATE mention SET status = 'replied' WHERE id = 4"))
        logged = [r[0] for r in conn.execute(text("SELECT mention_id FROM mention_change"))]
    assert logged == [4]
    config = _config()
    with migrated.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0008")
    with migrated.engine.begin() as conn:  # no trigger left behind to write to a lost table
        conn.execute(text("UPDATE mention SET status = 'new' WHERE id = 4"))
    upgrade(migrated)
