"""X: time from snowflake ids, edits as updates, kept metadata, and the daily spend guard."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs

import pytest
import responses
from click.testing import CliRunner

from connectors.base import Query
from connectors.x import XConnector, XOptions
from connectors.x_tweets import parse_body, snowflake_time
from monitor.cli import cli
from monitor.storage import Database

SEARCH = "https://api.twitter.com/2/tweets/search/recent"
QUERY = Query(brand="Acme", keywords=("acme",))
DAY = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def test_snowflake_time__tweepy_recorded_id() -> None:
    at = snowflake_time("1578516068309794817")
    assert at.isoformat(timespec="milliseconds").replace("+00:00", "Z") == (
        "2022-10-07T22:42:12.752Z"
    )


def test_parse__tweet_without_created_at_takes_the_time_in_its_id() -> None:
    body = {"data": [{"id": "1578516068309794817", "text": "hello tweepy",
                      "edit_history_tweet_ids": ["1578516068309794817"]}]}  # fmt: skip
    batch = parse_body(body)
    assert not batch.errors
    assert batch.found[0].created_at == snowflake_time("1578516068309794817")


def _edited() -> dict[str, Any]:
    first, second = "1861000000000000000", "1861000100000000000"
    return {
        "id": second, "text": "Acme refunded me after all (edited)", "author_id": "7",
        "created_at": "2026-11-23T09:00:00.000Z", "conversation_id": first,
        "in_reply_to_user_id": "99", "referenced_tweets": [{"type": "replied_to", "id": "5"}],
        "public_metrics": {"retweet_count": 1, "reply_count": 2, "like_count": 3,
                           "quote_count": 0, "impression_count": 400},
        "entities": {"urls": [{"url": "https://t.co/x", "expanded_url": "https://acme.example/r"}]},
        "edit_history_tweet_ids": [first, second],
        "edit_controls": {"edits_remaining": 4, "is_edit_eligible": True,
                          "editable_until": "2026-11-23T09:30:00.000Z"},
    }  # fmt: skip


def test_parse__edit_keeps_the_first_id_and_sets_edited_at_and_meta() -> None:
    users = [{"id": "7", "username": "ann", "public_metrics": {"followers_count": 12}}]
    found = parse_body({"data": [_edited()], "includes": {"users": users}}).found[0]
    assert found.external_id == "1861000000000000000"
    assert found.edited_at == datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    assert found.created_at == snowflake_time("1861000000000000000")
    assert found.url == "https://x.com/ann/status/1861000000000000000"
    assert found.meta["tweet_id"] == "1861000100000000000"
    assert found.meta["urls"] == ["https://acme.example/r"]
    assert found.meta["public_metrics"]["impression_count"] == 400
    assert found.meta["in_reply_to_user_id"] == "99"
    assert found.meta["edit_history_tweet_ids"] == ["1861000000000000000", "1861000100000000000"]
    json.dumps(found.meta, allow_nan=False)


def test_fetch__original_and_edit_in_one_window_yield_the_newest_version_once() -> None:
    edit = _edited()
    original = {**edit, "id": edit["conversation_id"], "text": "Acme never refunded me",
                "created_at": "2026-11-23T08:55:00.000Z"}  # fmt: skip
    body = {"data": [edit, original], "meta": {"newest_id": edit["id"], "result_count": 2}}
    found = [f for p in _fetch(body) for f in p.mentions]
    assert [(f.external_id, f.text) for f in found] == [
        ("1861000000000000000", "Acme refunded me after all (edited)")
    ]


def _tweets(n: int, start: int = 1861000000000000000) -> dict[str, Any]:
    data = [{"id": str(start + i), "text": f"acme {i}", "created_at": "2026-11-29T10:00:00Z"}
            for i in range(n)]  # fmt: skip
    return {"data": data, "meta": {"newest_id": data[0]["id"], "result_count": n,
                                   "next_token": "more"}}  # fmt: skip


def _fetch(*bodies: dict[str, Any], cursor: str | None = None, now: datetime = DAY,
           **options: Any) -> list[Any]:  # fmt: skip
    connector = XConnector(XOptions(**options), env={"X_BEARER_TOKEN": "t"})
    connector.now = lambda: now  # type: ignore[method-assign]
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        for body in bodies:
            rsps.get(SEARCH, json=body)
        pages = list(connector.fetch(QUERY, cursor))
        _fetch.calls = [parse_qs(c.request.url.split("?", 1)[1]) for c in rsps.calls]  # type: ignore[attr-defined]
    return pages


def test_spend_guard__stops_at_the_daily_cap_and_keeps_the_count_in_the_cursor(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING):
        pages = _fetch(_tweets(20), _tweets(20), max_posts_per_day=25)
    calls = _fetch.calls  # type: ignore[attr-defined]
    assert [c["max_results"] for c in calls] == [["25"]]  # never asks for more than is left
    assert sum(len(p.mentions) for p in pages) == 20
    cursor = pages[-1].cursor
    assert json.loads(cursor)["reads"] == {"2026-11-29": 20}
    assert "daily cap of 25 posts is reached" in caplog.text
    usage = XConnector.usage(XOptions(max_posts_per_day=25), cursor, now=DAY)
    assert usage is not None
    assert usage.capped
    assert usage.cost_today == pytest.approx(0.10)

    again = _fetch(_tweets(5), cursor=cursor, max_posts_per_day=25)
    assert _fetch.calls == []  # type: ignore[attr-defined]
    assert json.loads(again[-1].cursor)["reads"] == {"2026-11-29": 20}

    tomorrow = _fetch(_tweets(5), cursor=cursor, now=DAY + timedelta(days=1),
                      max_posts_per_day=25)  # fmt: skip
    sizes = [c["max_results"][0] for c in _fetch.calls]  # type: ignore[attr-defined]
    assert sizes == ["25", "20", "15", "10"]  # each page asks for no more than is left
    reads = json.loads(tomorrow[-1].cursor)["reads"]
    assert reads == {"2026-11-29": 20, "2026-11-30": 20}


def test_status__shows_posts_read_today_the_cap_and_the_estimated_cost(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("REPMON_DATABASE_URL", raising=False)
    (tmp_path / "repmon.toml").write_text(
        '[[brands]]\nname = "Acme"\nkeywords = ["acme"]\n\n[[sources]]\nkind = "x"\n'
        "options = { max_posts_per_day = 2000, cost_per_post = 0.005 }\n", "utf-8"
    )  # fmt: skip
    url = f"sqlite:///{tmp_path / 'repmon.db'}"
    db = Database(url)
    db.create_all()
    today = datetime.now(UTC).date()
    earlier = today.replace(day=1) if today.day > 1 else today
    reads = {today.isoformat(): 1240} | ({earlier.isoformat(): 800} if earlier != today else {})
    cursor = json.dumps({"at": None, "ids": [], "since_id": "1", "reads": reads})
    db.save_page(source="x", brand="Acme", rows=[], cursor=cursor, now=datetime.now(UTC))
    result = CliRunner().invoke(cli, ["--config", str(tmp_path / "repmon.toml"),
                                      "--database-url", url, "status"])  # fmt: skip
    month = sum(reads.values()) * 0.005
    assert (
        f"Spend x/Acme: 1,240 of 2,000 posts today, about $6.20 today and ${month:,.2f} "
        "this month (resets 00:00 UTC)" in result.output
    ), result.output
