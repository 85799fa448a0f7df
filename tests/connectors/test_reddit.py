"""Reddit: metadata kept, edits as edited_at, the score not passed off as the author's reach."""

from __future__ import annotations

from datetime import UTC, datetime

from connectors.reddit import parse_thing
from tests.connectors.replay import Cassette


def test_fetch__subreddit_comments_nsfw_and_score_in_meta() -> None:
    cassette = Cassette.load("reddit")
    with cassette.mock("window"):
        found = [f for p in cassette.connector().fetch(cassette.query, None) for f in p.mentions]
    post = found[0]
    assert post.author_reach is None
    assert post.meta["subreddit"] == "acme"
    assert post.meta["num_comments"] == 1
    assert post.meta["over_18"] is False
    assert post.meta["score"] == 14


def test_parse__edited_timestamp_and_link_post() -> None:
    child = {"kind": "t3", "data": {
        "name": "t3_x1", "title": "Acme recall", "selftext": "", "author": "ann",
        "created_utc": 1795423500.0, "permalink": "/r/news/comments/x1/acme_recall/",
        "subreddit": "news", "num_comments": 40, "over_18": True, "score": 900,
        "is_self": False, "url": "https://news.example/acme-recall", "edited": 1795427100.0,
    }}  # fmt: skip
    found = parse_thing(child)
    assert found.edited_at == datetime.fromtimestamp(1795427100, UTC)
    assert found.meta["link_url"] == "https://news.example/acme-recall"
    assert found.meta["over_18"] is True
    assert found.text == "Acme recall"


def test_parse__not_edited_is_false() -> None:
    child = {"kind": "t1", "data": {"name": "t1_c", "body": "acme again", "edited": False,
             "created_utc": 1795423500, "permalink": "/r/a/comments/x/y/c/"}}  # fmt: skip
    assert parse_thing(child).edited_at is None
