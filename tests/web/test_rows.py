"""The inbox's rows and choices formatted once, page rows as tuples, and quick reads served on
the event loop: the same pages and records as the slower paths they replaced."""

from __future__ import annotations

from collections import namedtuple
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import select

from monitor.inbox import EXPORT_FIELDS, as_record, as_records
from monitor.models import Mention
from monitor.web.app import Ctx
from monitor.web.queries import RECORD, Filters, page
from monitor.web.rows import inbox_row, options
from tests.conftest import NOW
from tests.web.conftest import Login


def _listed(**fields: Any) -> SimpleNamespace:
    base: dict[str, Any] = {
        "id": 7, "source": "x", "author": "@ann", "author_reach": 12345,
        "created_at": NOW - timedelta(hours=5), "status": "new", "status_at": None,
        "text": "late again", "complaint_type": "delivery", "anger": 0.853,
        "is_complaint": True, "brand": "Northwind Coffee", "scored": True, "flags": None,
    }  # fmt: skip
    return SimpleNamespace(**{**base, **fields})


def test_inbox_row__formats_what_the_row_shows() -> None:
    row = inbox_row(_listed(), "rita", NOW)
    assert (row.id, row.reach, row.anger, row.angry) == (7, "12,345", "0.85", True)
    assert row.posted == (NOW - timedelta(hours=5)).strftime("%Y-%m-%d %H:%M")
    assert (row.age, row.waited, row.assignee) == ("5h", "waiting 5h", "rita")


def test_inbox_row__answered_unknown_author_no_reach_and_a_long_text() -> None:
    words = " ".join(f"w{i}" for i in range(30))
    m = _listed(status="replied", status_at=NOW - timedelta(hours=2), author=None,
                author_reach=0, text=words, is_complaint=False, scored=False)  # fmt: skip
    row = inbox_row(m, None, NOW)
    assert (row.author, row.reach, row.angry) == ("someone", None, False)
    assert row.waited == "answered after 3h"
    assert row.text == " ".join(f"w{i}" for i in range(24)) + "…"
    assert row.warnings == ["not scored: read it"]


def test_options__counts_in_the_label_only_once_counted() -> None:
    assert options(["new", "replied"], "new", {"new": 4}) == [
        ("new", "new (4)", True),
        ("replied", "replied (0)", False),
    ]
    assert options(["new"], None, None) == [("new", "new", False)]


def test_page__the_size_is_a_bound_value_not_part_of_the_statement(web_ctx: Ctx) -> None:
    brands = web_ctx.settings.brands
    with web_ctx.db.engine.connect() as conn:
        sizes = [len(page(conn, Filters(), brands=brands, size=n).rows) for n in (1, 3, 2, 25)]
    assert sizes == [1, 3, 2, 5]


def test_as_records__page_rows_give_the_records_the_orm_gives(web_ctx: Ctx) -> None:
    brands = web_ctx.settings.brands
    with web_ctx.db.engine.connect() as conn:
        rows = page(conn, Filters(everything=True), brands=brands, columns=RECORD).rows
    with web_ctx.db.session() as session:
        orm = {m.id: as_record(m) for m in session.exec(select(Mention))}
    assert as_records(rows) == [orm[r.id] for r in rows]
    assert as_records([]) == []


@given(st.permutations(EXPORT_FIELDS), st.lists(st.integers(1, 6), max_size=4))
def test_as_records__reads_tuples_by_name_whatever_the_column_order(
    order: list[str], ids: list[int]
) -> None:
    row_type = namedtuple("Row", order)  # type: ignore[misc]
    rows = [row_type(**_values(n)) for n in ids]
    expected = [
        {k: v.isoformat() if isinstance(v, datetime) else v for k, v in _values(n).items()}
        for n in ids
    ]
    assert as_records(rows) == expected


def _values(n: int) -> dict[str, Any]:
    values: dict[str, Any] = dict.fromkeys(EXPORT_FIELDS)
    values.update(id=n, created_at=NOW - timedelta(minutes=n), text=f"text {n}", anger=n / 10)
    return values


def test_reads_inline__on_sqlite_once_the_counts_are_ready(sqlite_ctx: Ctx) -> None:
    brands = sqlite_ctx.settings.brands
    assert not sqlite_ctx.reads_inline()  # the first scan has not run: a thread waits for it
    assert sqlite_ctx.counts.get(sqlite_ctx.db, Filters(), brands=brands, wait=30) is not None
    assert sqlite_ctx.reads_inline()


def test_inbox_and_api__served_inline_give_the_same_answers(login: Login) -> None:
    client = login("rita")
    first = client.get("/inbox").text  # in a thread if the first count is not done yet
    ctx: Ctx = client.app.state.ctx  # type: ignore[attr-defined]
    ctx.counts.get(ctx.db, Filters(), brands=ctx.settings.brands, wait=30)
    assert ctx.reads_inline()
    again = client.get("/inbox").text
    assert again.count('<li class="row') == first.count('<li class="row') == 5
    items = client.get("/api/v1/mentions").json()["items"]
    assert [i["id"] for i in items] == [1, 2, 3, 4, 6]
    assert client.get("/api/v1/me").json() == {"name": "rita", "role": "responder"}
