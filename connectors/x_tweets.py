"""One X API v2 tweet as a ``Found``: time, edits, author and the metadata people use.

Kept apart from the connector so that the reading of a payload, which real responses keep
surprising, can be tested and replayed on its own.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from connectors.base import Found
from connectors.items import BadField, count, get, meta, opt, opt_text, text, when
from connectors.window import Batch, parse_items

TWITTER_EPOCH_MS = 1288834974657
FIRST_SNOWFLAKE = 2**32  # ids below this predate snowflakes (November 2010) and hold no time
TWEET_FIELDS = [
    "created_at", "lang", "author_id", "conversation_id", "in_reply_to_user_id",
    "referenced_tweets", "public_metrics", "entities", "edit_history_tweet_ids", "edit_controls",
]  # fmt: skip


def snowflake_time(tweet_id: str) -> datetime:
    """The time inside a snowflake id: ``(id >> 22) + 1288834974657`` ms since the epoch."""
    number = int(tweet_id)
    if number < FIRST_SNOWFLAKE:
        raise BadField(f"field 'created_at' is missing and id {tweet_id} holds no time")
    return datetime.fromtimestamp(((number >> 22) + TWITTER_EPOCH_MS) / 1000, UTC)


def _tweet_id(value: Any, name: str) -> str:
    out = text(value, name).strip()
    if not out.isdigit():
        raise BadField(f"field {name!r} is {out[:40]!r}, expected a numeric id")
    return out


def _history(tweet: Any, tweet_id: str) -> list[str]:
    value = opt(tweet, "edit_history_tweet_ids")
    if value is None:
        return [tweet_id]
    if not isinstance(value, list) or not value:
        raise BadField("field 'edit_history_tweet_ids' is not a list of ids")
    return [_tweet_id(v, "edit_history_tweet_ids") for v in value]


def _urls(tweet: Any) -> list[str]:
    urls = opt(tweet, "entities.urls")
    if not isinstance(urls, list):
        return []
    return [u["expanded_url"] for u in urls
            if isinstance(u, dict) and isinstance(u.get("expanded_url"), str)]  # fmt: skip


def _times(tweet: Any, tweet_id: str, first: str) -> tuple[datetime, datetime | None]:
    """When the post was first made, and when this version was made if it is an edit."""
    raw = opt(tweet, "created_at")
    this = when(raw, "created_at") if raw is not None else snowflake_time(tweet_id)
    if first == tweet_id:
        return this, None
    return snowflake_time(first), this


def parse_tweet(tweet: Any, users: dict[str, Any]) -> Found:
    tweet_id = _tweet_id(get(tweet, "id"), "id")
    history = _history(tweet, tweet_id)
    created_at, edited_at = _times(tweet, tweet_id, history[0])
    author_id = opt(tweet, "author_id")
    user = users.get(author_id) if isinstance(author_id, str) else None
    username = opt_text(opt(user, "username"), "author.username") if user else None
    lang = opt_text(opt(tweet, "lang"), "lang")
    return Found(
        source="x",
        external_id=history[0],
        text=text(get(tweet, "text"), "text"),
        created_at=created_at,
        url=f"https://x.com/{username or 'i/web'}/status/{history[0]}",
        author=username,
        author_reach=count(opt(user, "public_metrics.followers_count"), "followers_count"),
        language=lang if lang not in ("und", "zxx", "qme", "qht") else None,
        edited_at=edited_at,
        meta=meta(
            tweet_id=tweet_id,
            conversation_id=opt(tweet, "conversation_id"),
            in_reply_to_user_id=opt(tweet, "in_reply_to_user_id"),
            referenced_tweets=opt(tweet, "referenced_tweets"),
            public_metrics=opt(tweet, "public_metrics"),
            urls=_urls(tweet) or None,
            edit_history_tweet_ids=history if len(history) > 1 else None,
            edit_controls=opt(tweet, "edit_controls"),
        ),
    )


def _users(body: dict[str, Any]) -> dict[str, Any]:
    users = opt(body, "includes.users")
    if not isinstance(users, list):
        return {}
    return {u["id"]: u for u in users if isinstance(u, dict) and isinstance(u.get("id"), str)}


def parse_body(body: dict[str, Any]) -> Batch:
    """Every tweet of one response, each on its own."""
    users = _users(body)
    data = body.get("data")
    return parse_items(
        data if isinstance(data, list) else [],
        lambda t: parse_tweet(t, users), id_of=lambda t: t.get("id"),
    )  # fmt: skip
