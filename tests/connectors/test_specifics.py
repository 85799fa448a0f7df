"""What each source does beyond the shared contract: fields, requests, sanitising."""

from __future__ import annotations

import html
import json
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any
from urllib.parse import parse_qs, unquote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from connectors.base import Found
from connectors.googleplay import request_body
from connectors.html import html_to_text
from connectors.http import retry_after
from monitor.errors import RateLimited
from tests.connectors.replay import Cassette


def found(kind: str) -> tuple[list[Found], list[Any]]:
    """The window's mentions, and the requests that fetched them."""
    cassette = Cassette.load(kind)
    with cassette.mock("window") as rsps:
        pages = list(cassette.connector().fetch(cassette.query, None))
        calls = [c.request for c in rsps.calls]
    return [f for p in pages for f in p.mentions], calls


def test_rss__summary_html_stripped_and_google_links_unwrapped() -> None:
    items, _ = found("rss")
    first = items[0]
    assert first.title == "Acme Coffee recall: customers furious"
    assert first.text == "Acme Coffee pulled a batch & customers want refunds"
    assert "alert" not in first.text
    assert first.url == "https://news.example.com/acme-recall"
    assert first.created_at == datetime(2026, 11, 23, 8, 45, tzinfo=UTC)


def test_x__author_reach_and_answerable_url() -> None:
    items, calls = found("x")
    assert (items[0].author, items[0].author_reach) == ("angryann", 1520)
    assert items[0].url == "https://x.com/angryann/status/1861000000000000003"
    request = calls[0]
    assert request.headers["Authorization"] == "Bearer SCRUBBED"
    assert "-is:retweet" in parse_qs(request.url.split("?", 1)[1])["query"][0]


def test_x__base_url_is_honoured() -> None:
    cassette = Cassette.load("x")
    data = json.loads(
        json.dumps(cassette.data).replace("https://api.twitter.com", "https://x.proxy.example/api")
    )
    data["options"] = {"base_url": "https://x.proxy.example/api"}
    moved = Cassette("x", data)
    with moved.mock("window"):
        assert len([f for p in moved.connector().fetch(moved.query, None) for f in p.mentions]) == 3


def test_x__rate_limit_reset_header_gives_retry_after() -> None:
    cassette = Cassette.load("x")
    reset = str(int(time.time()) + 300)
    limited = {
        "status": 429,
        "headers": {"x-rate-limit-reset": reset},
        "json": {"title": "Too Many"},
    }
    with cassette.failing(limited), pytest.raises(RateLimited) as info:
        list(cassette.connector().fetch(cassette.query, None))
    assert info.value.retry_after == pytest.approx(300, abs=3)


def test_reddit__fullnames_posts_and_comments() -> None:
    items, _ = found("reddit")
    assert [f.external_id for f in items] == ["t3_p3", "t3_p2", "t3_p1", "t1_c2"]
    assert items[0].url == "https://www.reddit.com/r/acme/comments/p3/slug/"
    assert items[0].title == "Acme Coffee charged me twice"


def test_hackernews__comment_html_decoded_and_item_url() -> None:
    items, _ = found("hackernews")
    assert items[0].text == "Acme Coffee's app ate my subscription again. refund?"
    assert items[0].url == "https://news.ycombinator.com/item?id=42000003"
    assert (items[1].author_reach, items[1].meta["points"]) == (None, 31)


def test_appstore__rating_title_and_app_scoped_id() -> None:
    items, _ = found("appstore")
    assert [(f.external_id, f.rating) for f in items] == [
        ("1234567890:11003", 1.0), ("1234567890:11002", 5.0), ("1234567890:11001", 3.0),
    ]  # fmt: skip
    assert items[0].created_at == datetime(2026, 11, 23, 8, 45, tzinfo=UTC)


def test_googleplay__request_body_asks_newest_first_with_token() -> None:
    form = unquote(request_body("com.acme.coffee", count=100, token="CsABC").removeprefix("f.req="))
    rpc, inner, _, _ = json.loads(form)[0][0]
    assert rpc == "oCPfdb"
    assert json.loads(inner)[1][:3] == [2, 2, [100, None, "CsABC"]]
    assert json.loads(inner)[2] == ["com.acme.coffee", 7]


def test_googleplay__rating_and_review_url() -> None:
    items, _ = found("googleplay")
    assert (items[0].rating, items[0].author, items[0].author_reach) == (1.0, "Ann A", None)
    assert items[0].meta["thumbs_up"] == 7
    assert items[0].url.endswith("id=com.acme.coffee&reviewId=gp:AOqpTOG3")  # type: ignore[union-attr]


def test_mastodon__token_sent_script_dropped_and_uri_as_id() -> None:
    items, calls = found("mastodon")
    assert calls[0].headers["Authorization"] == "Bearer SCRUBBED"
    assert items[0].text == "Still no refund from #AcmeCoffee. Done with them."
    assert items[1].external_id == "https://other.example/users/bo/statuses/77"
    assert items[1].author == "bo@other.example"


def test_bluesky__post_url_and_language() -> None:
    items, _ = found("bluesky")
    assert items[0].url == "https://bsky.app/profile/ann.bsky.social/post/3lb3"
    assert items[2].language == "fi"


def test_retry_after__seconds_http_date_and_epoch_reset() -> None:
    now = 1_800_000_000.0
    assert retry_after({"Retry-After": "42"}, now=now) == 42
    date = format_datetime(datetime.fromtimestamp(now + 90, UTC), usegmt=True)
    assert retry_after({"Retry-After": date}, now=now) == pytest.approx(90)
    assert retry_after({"x-rate-limit-reset": str(int(now) + 600)}, now=now) == 600
    assert retry_after({}, now=now) == 60


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zs", "Zl", "Zp"))))
def test_html_to_text__escaped_text_comes_back_unchanged(text: str) -> None:
    assert html_to_text(html.escape(text)) == text.strip()


def test_html_to_text__drops_scripts_and_markup() -> None:
    markup = (
        '<p onclick="x()">Hi <b>there</b></p><script>steal()</script><a href="javascript:x">ok</a>'
    )
    assert html_to_text(markup) == "Hi there\nok"
