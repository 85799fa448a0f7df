"""The contract, checked against responses recorded from the real APIs by other projects.

Each ``tests/cassettes/recorded/*.json`` holds one real answer (cited in ``SOURCES.md``).
Replayed offline, every item in it must come out as a mention or a reported error, with
tz-aware times, unique ids, JSON-safe metadata and a cursor on the last page only.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT

RECORDED = ROOT / "tests" / "cassettes" / "recorded"
PAYLOADS = sorted(RECORDED.glob("*.json"))


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "recorded", ROOT / "benchmarks" / "recorded_payloads.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["recorded"] = module  # dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


BENCH = _bench()


@pytest.mark.parametrize("path", PAYLOADS, ids=[p.stem for p in PAYLOADS])
def test_recorded__every_item_found_or_reported(path: Path) -> None:
    o = BENCH.replay(path)
    assert o.found + o.errors == o.items
    found = [f for p in o.pages for f in p.mentions]
    assert len({f.external_id for f in found}) == len(found)
    for f in found:
        assert f.created_at.utcoffset() is not None
        assert f.text.strip()
        json.dumps(dict(f.meta), allow_nan=False)
    assert all(p.cursor is None for p in o.pages[:-1])
    assert o.pages[-1].cursor is not None


def test_recorded__every_payload_is_cited_in_sources() -> None:
    sources = (RECORDED / "SOURCES.md").read_text("utf-8")
    for path in PAYLOADS:
        data = json.loads(path.read_text("utf-8"))
        assert path.name in sources
        assert data["source"]["commit"] in sources
        assert data["source"]["licence"] in sources


def test_recorded_x__tweets_without_created_at_take_the_time_in_their_ids() -> None:
    o = BENCH.replay(RECORDED / "x-tweepy-search-recent.json")
    first = o.pages[0].mentions[0]
    assert first.external_id == "1578516068309794817"
    assert first.created_at == datetime(2022, 10, 7, 22, 42, 12, 752000, tzinfo=UTC)
    assert o.found == 10


def test_recorded_reddit__keeps_subreddit_and_score_not_as_reach() -> None:
    o = BENCH.replay(RECORDED / "reddit-praw-subreddit-search.json")
    posts = [f for p in o.pages for f in p.mentions]
    assert all(f.author_reach is None for f in posts)
    assert all(isinstance(f.meta.get("subreddit"), str) for f in posts)
    assert all("score" in f.meta and "num_comments" in f.meta for f in posts)
