"""The inbox: filters, counts per filter and keyset pages, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.storage import Database
from monitor.web.app import Ctx
from monitor.web.queries import FilterError, Filters, page
from tests.conftest import NOW
from tests.reports.fixtures import mention, store
from tests.reports.fixtures import settings as brand_settings
from tests.web.conftest import Login


def _ids(ctx: Ctx, f: Filters, size: int = 25) -> list[int]:
    out: list[int] = []
    cursor = None
    with ctx.db.session() as session:
        while True:
            found = page(session, f, brands=ctx.settings.brands, cursor=cursor, size=size)
            out += [m.id for m in found.rows if m.id is not None]
            if found.next_cursor is None:
                return out
            cursor = found.next_cursor


def test_page__highest_priority_first_and_only_what_needs_a_reply(web_ctx: Ctx) -> None:
    # fixtures: 1-4 need a reply (priority 49..46), 5 praise needs none, 6 unscored Finnish
    assert _ids(web_ctx, Filters()) == [1, 2, 3, 4, 6]
    assert 5 in _ids(web_ctx, Filters(everything=True))


def test_page__keyset_pages_of_two_give_the_same_order_as_one_page(web_ctx: Ctx) -> None:
    assert _ids(web_ctx, Filters(), size=2) == _ids(web_ctx, Filters(), size=100)


def test_filters__each_narrows_the_inbox(web_ctx: Ctx) -> None:
    assert _ids(web_ctx, Filters(source="reddit")) == [3]
    assert _ids(web_ctx, Filters(type="defect")) == [2]
    assert _ids(web_ctx, Filters(language="fi")) == [6]
    assert _ids(web_ctx, Filters(answer_now=True)) == [1, 2]  # complaints at anger >= 0.6
    assert _ids(web_ctx, Filters(brand="Other")) == []


def test_filters__bad_values_name_the_filter() -> None:
    with pytest.raises(FilterError, match="status: 'open'"):
        Filters.parse({"status": "open"}, me="rita")
    with pytest.raises(FilterError, match="type: 'rant'"):
        Filters.parse({"type": "rant"}, me="rita")
    with pytest.raises(FilterError, match="cursor"):
        _ids_cursor("not-a-cursor")
    assert Filters.parse({"assigned": "me"}, me="rita").assigned == "rita"


def _ids_cursor(cursor: str) -> None:
    from monitor.web.queries import decode_cursor

    decode_cursor(cursor)


def test_inbox_page__counts_per_filter_and_bad_filter_is_a_400(login: Login) -> None:
    rita = login("rita")
    html = rita.get("/inbox").text
    assert "new (5)" in html
    assert "defect (1)" in html
    assert "Answer now (2)" in html
    assert "reddit (1)" in html
    r = rita.get("/inbox?status=open")
    assert r.status_code == 400
    assert "status: &#39;open&#39;" in r.text


def test_inbox_page__assigned_to_me(login: Login) -> None:
    rita = login("rita")
    assert rita.post("/mentions/3/assign", data={"user": "rita"}).status_code == 303
    html = rita.get("/inbox?assigned=me").text
    assert "/mentions/3" in html
    assert "/mentions/1" not in html
    assert "→ rita" in html


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(priorities=st.lists(st.sampled_from([0.0, 1.5, 7.0]), min_size=1, max_size=30),
       size=st.integers(1, 7))  # fmt: skip
def test_page__keyset_never_skips_nor_repeats_with_ties(
    sqlite_db: Database, priorities: list[float], size: int
) -> None:
    from sqlmodel import delete

    from monitor.models import Mention

    with sqlite_db.session() as session, session.begin():
        session.execute(delete(Mention))
    rows = [mention(100 + i, f"text {i}", priority=p,
                    created_at=NOW - timedelta(minutes=i % 3)) for i, p in enumerate(priorities)]  # fmt: skip
    ids = store(sqlite_db, rows)
    ctx = Ctx(brand_settings(), sqlite_db)
    got = _ids(ctx, Filters(), size=size)
    assert sorted(got) == sorted(ids)
    key = {m.id: (m.priority, m.created_at, m.id) for m in rows}
    assert got == sorted(got, key=lambda i: key[i], reverse=True)


def test_counts__follow_a_status_change_at_once_on_a_small_database(login: Login) -> None:
    rita = login("rita")
    assert "new (5)" in rita.get("/inbox").text
    rita.post("/mentions/1/status", data={"status": "replied", "note": "done"})
    html = rita.get("/inbox").text
    assert "new (4)" in html
    assert "replied (1)" in html


def test_counts__each_filter_keeps_the_others() -> None:
    from monitor.web.counts import tally

    groups = [
        ("new", True, "A", "x", "refund", "en", True, 3),
        ("new", True, "B", "x", "refund", "en", False, 2),
        ("new", False, "A", "x", "praise", "en", False, 7),  # needs no reply: not in the inbox
        ("resolved", False, "A", "reddit", "defect", "fi", False, 4),
    ]
    counts = tally(groups, Filters(brand="A"))
    assert counts["status"] == {"new": 3, "resolved": 4}
    assert counts["brand"] == {"A": 3, "B": 2}
    assert counts["type"] == {"refund": 3}
    assert counts["answer_now"] == 3
    assert tally(groups, Filters(brand="A", everything=True))["type"] == {"refund": 3, "praise": 7}
