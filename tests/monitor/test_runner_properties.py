"""Property: whatever a source puts in a page, the page commits and every item is accounted for.

Arbitrary JSON values (and datetimes, naive or not) in every field of ``Found`` and arbitrary
``ItemError``s go through the real runner into SQLite and PostgreSQL. After the scan: no
source failed, the cursor is the last page's, each item is stored, quarantined or (when it
names no brand) deliberately left out, and nothing is stored twice, even when scanned again.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete
from sqlmodel import select

from connectors.base import Connector, Found, ItemError, Page, Query
from monitor.config import parse_settings
from monitor.models import Mention, QuarantineItem, SourceState
from monitor.normalise import Unstorable, normalise
from monitor.quarantine import held_error, held_found
from monitor.runner import Scan, partitions
from monitor.scoring import DefaultScorer
from monitor.storage import Database
from tests.conftest import NOW

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)
ANY = JSON | st.datetimes() | st.datetimes(timezones=st.just(UTC))
TEXTS = st.one_of(st.text(), st.text().map("Parcelly {}".format), st.just("Northwind and Parcelly"))
FOUND = st.builds(
    Found,
    source=st.sampled_from(["x", "reddit"]) | ANY,
    external_id=st.sampled_from(["1", "2", "3"]) | ANY,
    text=TEXTS | ANY,
    created_at=st.datetimes(timezones=st.just(UTC)) | ANY,
    url=st.just("https://example.com/p") | ANY,
    author=ANY,
    author_reach=ANY,
    title=st.none() | ANY,
    language=st.sampled_from([None, "en", "fi"]) | ANY,
    rating=ANY,
    meta=st.dictionaries(st.text(max_size=6), JSON, max_size=4) | ANY,
    edited_at=st.none() | ANY,
)
ERROR = st.builds(ItemError, item=st.text(max_size=20), message=st.text(max_size=40),
                  raw=st.none() | st.text(max_size=40))  # fmt: skip
PAGES = st.lists(
    st.tuples(st.lists(FOUND, max_size=5), st.lists(ERROR, max_size=2)), min_size=1, max_size=3
)


class PropertyConnector(Connector[Any]):
    name: ClassVar[str] = "prop"
    description: ClassVar[str] = "pages from the property test"
    needs_query: ClassVar[bool] = False
    pages: ClassVar[list[Page]] = []

    def check(self) -> None:
        return None

    def fetch(self, query: Query | None, cursor: str | None) -> Iterator[Page]:
        yield from self.pages


REGISTRY: dict[str, type[Connector[Any]]] = {"prop": PropertyConnector}
SETTINGS = parse_settings(
    {"brands": [{"name": "Parcelly", "keywords": ["parcelly"]},
                {"name": "Northwind", "keywords": ["northwind"]}],
     "sources": [{"kind": "prop", "name": "prop"}]},
    registry=REGISTRY,
)  # fmt: skip


def _empty(db: Database) -> None:
    with db.session() as session, session.begin():
        for table in (Mention, QuarantineItem, SourceState):
            session.execute(delete(table))


def _scan(db: Database, tmp_path: Path) -> Any:
    runner = Scan(SETTINGS, db, registry=REGISTRY, scorer=DefaultScorer(), env={}, now=NOW,
                  base_dir=tmp_path, workers=1)  # fmt: skip
    [result] = runner.run(partitions(SETTINGS, REGISTRY)).results
    return runner, result


def _accounted(runner: Scan, found: Found, stored: set[tuple[str, str]], held: set[str]) -> bool:
    try:
        clean = normalise(found)
    except Unstorable:
        return held_found(found, "").item in held
    if (clean.source, clean.external_id) in stored or held_found(found, "").item in held:
        return True
    [part] = partitions(SETTINGS, REGISTRY)
    return runner.rows_for(part, found) == []  # for no watched brand: left out on purpose


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(pages=PAGES)  # fmt: skip
def test_scan__any_page_commits_and_every_item_is_accounted_for(
    db: Database, tmp_path: Path, pages: list[tuple[list[Found], list[ItemError]]]
) -> None:
    _empty(db)
    PropertyConnector.pages = [Page(f, f"c{n}", e) for n, (f, e) in enumerate(pages)]
    runner, result = _scan(db, tmp_path)
    assert result.error is None
    state = db.state("prop", "*")
    assert state is not None
    assert state.cursor == f"c{len(pages) - 1}"
    with db.session() as session:
        rows = session.exec(select(Mention.source, Mention.external_id, Mention.brand)).all()
        held = {q.item for q in session.exec(select(QuarantineItem))}
    assert len(rows) == len(set(rows)) == result.stored
    stored = {(s, e) for s, e, _ in rows}
    assert all(held_error(e).item in held for _, errors in pages for e in errors)
    assert all(_accounted(runner, f, stored, held) for found, _ in pages for f in found)
    _, again = _scan(db, tmp_path)
    assert again.error is None
    assert again.stored == 0
    with db.session() as session:
        assert len(session.exec(select(QuarantineItem.id)).all()) == len(held)


def test_scan__a_page_of_only_bad_items_still_moves_the_cursor(
    db: Database, tmp_path: Path
) -> None:
    bad = Found("x", "", "Parcelly", datetime(2026, 1, 1, tzinfo=UTC))
    PropertyConnector.pages = [Page([bad], "c0", [ItemError("9", "unreadable", "{")])]
    _, result = _scan(db, tmp_path)
    assert (result.stored, result.quarantined) == (0, 2)
    state = db.state("prop", "*")
    assert state is not None
    assert state.cursor == "c0"
