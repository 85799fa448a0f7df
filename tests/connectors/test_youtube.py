"""YouTube: comment fields, edits, quota counting and quotaExceeded until Pacific midnight."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
import responses

from connectors.youtube import PACIFIC, YouTubeConnector, YouTubeOptions, until_pacific_midnight
from monitor.errors import RateLimited
from tests.connectors.replay import QUERY, Cassette

THREADS = "https://www.googleapis.com/youtube/v3/commentThreads"
SEARCH = "https://www.googleapis.com/youtube/v3/search"


def _window() -> list:  # type: ignore[type-arg]
    cassette = Cassette.load("youtube")
    with cassette.mock("window"):
        return list(cassette.connector().fetch(cassette.query, None))


def test_fetch__comment_fields_link_and_edit() -> None:
    pages = _window()
    found = {f.external_id: f for p in pages for f in p.mentions}
    first = found["UgyAcme3AaABAg"]
    assert first.url == "https://www.youtube.com/watch?v=vOwn0000001&lc=UgyAcme3AaABAg"
    assert (first.author, first.meta["likes"], first.meta["replies"]) == ("@angryann", 4, 1)
    assert first.edited_at is None
    edited = found["UgzVid1AaABAg"]
    assert edited.edited_at == datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    assert found["UgyAcme1AaABAg"].url.startswith("https://www.youtube.com/channel/UC")


def test_fetch__counts_quota_units_per_pacific_day_in_the_cursor() -> None:
    pages = _window()
    units = json.loads(pages[-1].cursor)["units"]
    assert sum(units.values()) == 3 + 100  # three comment pages and one search
    usage = YouTubeConnector.usage(YouTubeOptions(), pages[-1].cursor, now=datetime.now(UTC))
    assert usage is not None
    assert (usage.today, usage.cap, usage.unit) == (103, 10_000, "quota units")


def test_fetch__stops_before_the_daily_quota_is_spent() -> None:
    connector = YouTubeConnector(YouTubeOptions(daily_quota=50), env={"YOUTUBE_API_KEY": "k"})
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        rsps.get(SEARCH, json={"items": []})
        pages = list(connector.fetch(QUERY, None))  # no channel: the search (100) is not affordable
    assert len(rsps.calls) == 0
    assert pages[-1].cursor is not None


def test_fetch__quotaExceeded_is_RateLimited_until_midnight_pacific() -> None:
    connector = YouTubeConnector(YouTubeOptions(), env={"YOUTUBE_API_KEY": "k"})
    error = {"error": {"code": 403, "message": "quota", "errors": [
        {"message": "quota", "domain": "youtube.quota", "reason": "quotaExceeded"}]}}  # fmt: skip
    with responses.RequestsMock() as rsps:
        rsps.get(SEARCH, status=403, json=error)
        with pytest.raises(RateLimited) as info:
            list(connector.fetch(QUERY, None))
    assert 60 <= info.value.retry_after <= 25 * 3600


def test_until_pacific_midnight__counts_to_the_next_local_midnight() -> None:
    now = datetime(2026, 7, 1, 23, 0, tzinfo=PACIFIC)
    assert until_pacific_midnight(now.astimezone(UTC)) == 3600


def test_fetch__video_with_comments_disabled_is_skipped() -> None:
    connector = YouTubeConnector(YouTubeOptions(), env={"YOUTUBE_API_KEY": "k"})
    disabled = {"error": {"code": 403, "errors": [{"reason": "commentsDisabled"}]}}
    with responses.RequestsMock() as rsps:
        rsps.get(SEARCH, json={"items": [{"id": {"kind": "youtube#video", "videoId": "v1"}}]})
        rsps.get(THREADS, status=403, json=disabled)
        pages = list(connector.fetch(QUERY, None))
    assert [f for p in pages for f in p.mentions] == []


def test_check__costs_one_unit_and_proves_the_key() -> None:
    connector = YouTubeConnector(YouTubeOptions(), env={"YOUTUBE_API_KEY": "k"})
    with responses.RequestsMock() as rsps:
        rsps.get("https://www.googleapis.com/youtube/v3/videos", json={"items": [{"id": "v"}]})
        connector.check()
        assert "key=k" in rsps.calls[0].request.url
    assert sum(connector.meter.days.values()) == 1
