from __future__ import annotations

import os
from pathlib import Path

import pytest

from monitor.storage import Database
from reports.digest import build_digest
from reports.render import render
from tests.reports.fixtures import DAY, NOW, settings, store

GOLDEN = Path(__file__).parent / "golden"


def rendered(db: Database):  # type: ignore[no-untyped-def]
    store(db)
    with db.session() as session:
        return render(build_digest(session, settings().brands[0], day=DAY, now=NOW))


@pytest.mark.parametrize("suffix", ["txt", "html"])
def test_render__matches_golden_file(sqlite_db: Database, suffix: str) -> None:
    out = rendered(sqlite_db)
    actual = out.text if suffix == "txt" else out.html
    path = GOLDEN / f"digest.{suffix}"
    if os.environ.get("REPMON_UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")


def test_render__script_in_a_mention_is_escaped(sqlite_db: Database) -> None:
    out = rendered(sqlite_db)
    assert "<script>" not in out.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out.html
    assert "<script>alert(1)</script>" in out.text  # plain text is not html


def test_build_digest__every_reply_item_carries_both_replies(db: Database) -> None:
    store(db)
    with db.session() as session:
        d = build_digest(session, settings().brands[0], day=DAY, now=NOW)
    assert [i.id for i in d.answer_now] == [1, 2]
    for item in (*d.answer_now, *d.needs_reply):
        assert item.public_reply, item
        assert item.reply_checks == (), item  # every draft passes its self-check
    assert all(i.offline_reply for i in d.answer_now)  # complaints get both replies
    assert d.praise[0].public_reply
    assert d.praise[0].offline_reply is None
    finnish = d.human_read[0]
    assert finnish.public_reply is not None
    assert "NW-11223" in finnish.public_reply
    assert "pahoillani" in finnish.public_reply  # read now, in Finnish, though stored unscored
