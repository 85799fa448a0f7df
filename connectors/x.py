"""Posts on X through tweepy's ``Client.search_recent_tweets`` (API v2, last 7 days).

Newest first, paged with ``next_token``; the saved ``since_id`` (the newest id of the last
complete window) makes a scan with nothing new cost one request. Authors come from the
``author_id`` expansion, with their follower count as reach. tweepy's errors are mapped at
this boundary: ``TooManyRequests`` with ``x-rate-limit-reset`` -> ``RateLimited``, 401/403
-> ``AuthError``, 5xx and timeouts -> retried, then ``SourceUnavailable``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import timedelta
from functools import partial
from typing import Any, ClassVar, TypeVar

import requests
import tweepy
from pydantic import BaseModel, Field

from connectors.base import Connector, Found, Page, Query
from connectors.http import HttpOptions, RetryPolicy, Transient, retry_after
from connectors.window import Batch, Mark, newest_first, parse_items
from monitor.errors import AuthError, RateLimited, SourceError
from monitor.timeutil import parse_timestamp

T = TypeVar("T")
TWEEPY_HOST = "https://api.twitter.com"
TOKEN_ENV = "X_BEARER_TOKEN"
logging.getLogger("tweepy").setLevel(logging.INFO)  # its DEBUG log prints the bearer token


class XOptions(HttpOptions):
    base_url: str = TWEEPY_HOST
    max_results: int = Field(default=100, ge=10, le=100)
    max_pages: int = Field(default=5, ge=1, le=50)
    exclude_retweets: bool = True


class _RebasedSession(requests.Session):
    """tweepy has a fixed host; this session sends its requests to ``base_url`` instead."""

    def __init__(self, base_url: str, timeout: float) -> None:
        super().__init__()
        self.base_url, self.timeout = base_url.rstrip("/"), timeout

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> Any:
        if isinstance(url, str) and url.startswith(TWEEPY_HOST):
            url = self.base_url + url[len(TWEEPY_HOST) :]
        kwargs.setdefault("timeout", self.timeout)
        return super().request(method, url, *args, **kwargs)


def translate(call: Callable[[], T]) -> T:
    """Run one tweepy call, turning its exceptions into ours (5xx as ``Transient``)."""
    try:
        return call()
    except tweepy.TooManyRequests as e:
        wait = retry_after(e.response.headers)
        raise RateLimited(f"x: rate limited for {wait:.0f}s", retry_after=wait) from None
    except (tweepy.Unauthorized, tweepy.Forbidden) as e:
        raise AuthError(f"x: {e.response.status_code}: {TOKEN_ENV} was refused") from None
    except tweepy.TwitterServerError as e:
        raise Transient(f"{e.response.status_code} from the X API") from None
    except (requests.Timeout, requests.ConnectionError) as e:
        raise Transient(f"X API unreachable: {type(e).__name__}") from None
    except tweepy.HTTPException as e:
        raise SourceError(f"x: {e.response.status_code}: {'; '.join(e.api_messages)}") from None


class XConnector(Connector[XOptions]):
    name: ClassVar[str] = "x"
    description: ClassVar[str] = "posts on X from the last 7 days (API v2 recent search)"
    default_interval: ClassVar[timedelta] = timedelta(minutes=15)
    Options: ClassVar[type[BaseModel]] = XOptions
    secrets: ClassVar[tuple[str, ...]] = (TOKEN_ENV,)

    def client(self) -> tweepy.Client:
        client = tweepy.Client(bearer_token=self.secret(TOKEN_ENV), return_type=dict)
        client.session = _RebasedSession(self.options.base_url, self.options.timeout_seconds)
        return client

    def _call(self, call: Callable[[], T]) -> T:
        return RetryPolicy().run(lambda: translate(call), source=self.name)

    def check(self) -> None:
        client = self.client()
        self._call(lambda: client.search_recent_tweets("from:XDevelopers", max_results=10))

    def fetch(self, query: Query | None, cursor: str | None) -> Iterator[Page]:
        if query is None:
            raise ValueError("x searches per brand and needs a query")
        mark = Mark.loads(cursor)
        extra: dict[str, Any] = {"since_id": mark.extra.get("since_id")}
        yield from newest_first(self._batches(query, extra), Mark(), extra=extra)

    def _batches(self, query: Query, extra: dict[str, Any]) -> Iterator[Batch]:
        client, token = self.client(), None
        text = query.search_string() + (" -is:retweet" if self.options.exclude_retweets else "")
        since_id = extra["since_id"]
        for _ in range(self.options.max_pages):
            body = self._call(partial(
                client.search_recent_tweets, text, since_id=since_id, next_token=token,
                max_results=self.options.max_results, expansions=["author_id"],
                user_fields=["username", "public_metrics"],
                tweet_fields=["created_at", "lang", "author_id"],
            ))  # fmt: skip
            meta = body.get("meta", {})
            if token is None and meta.get("newest_id"):
                extra["since_id"] = meta["newest_id"]
            yield self._parse(body)
            token = meta.get("next_token")
            if not token:
                return

    def _parse(self, body: Any) -> Batch:
        users = {u.get("id"): u for u in body.get("includes", {}).get("users", [])}

        def parse(tweet: dict[str, Any]) -> Found:
            user = users.get(tweet.get("author_id"), {})
            username = user.get("username")
            return Found(
                source="x",
                external_id=str(tweet["id"]),
                text=str(tweet["text"]),
                created_at=parse_timestamp(tweet["created_at"]),
                url=f"https://x.com/{username or 'i/web'}/status/{tweet['id']}",
                author=username,
                author_reach=user.get("public_metrics", {}).get("followers_count"),
                language=tweet.get("lang") if tweet.get("lang") not in ("und", "zxx") else None,
            )

        return parse_items(body.get("data", []), parse, id_of=lambda t: t.get("id"))
