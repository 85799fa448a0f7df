"""Posts on X through tweepy's ``Client.search_recent_tweets`` (API v2, last 7 days).

Newest first, paged with ``next_token``; the saved ``since_id`` (the newest id of the last
complete window) makes a scan with nothing new cost one request. Authors come from the
``author_id`` expansion, with their follower count as reach. tweepy's errors are mapped at
this boundary: ``TooManyRequests`` with ``x-rate-limit-reset`` -> ``RateLimited``, 401/403
-> ``AuthError``, 5xx and timeouts -> retried, then ``SourceUnavailable``.

Reading X is pay-per-use (about $0.005 a post read as of February 2026), so a busy keyword
could run up a bill: ``max_posts_per_day`` caps the posts read per day (UTC) and the count
travels in the cursor (see ``connectors.spend``). An edited post keeps the id of its first
version (``edit_history_tweet_ids[0]``) with ``edited_at`` set, so it updates the stored
mention instead of arriving as a new one. Tweets without ``created_at`` take the time in
their snowflake id.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from functools import partial
from typing import Any, ClassVar, TypeVar

import requests
import tweepy
from pydantic import BaseModel, Field

from connectors.base import Connector, Found, Page, Query
from connectors.http import HttpOptions, RetryPolicy, Transient, retry_after
from connectors.spend import Meter, Metering, local_day
from connectors.window import Batch, Mark, newest_first
from connectors.x_tweets import TWEET_FIELDS, parse_body
from monitor.errors import AuthError, RateLimited, SourceError
from monitor.timeutil import utcnow

T = TypeVar("T")
TWEEPY_HOST = "https://api.twitter.com"
TOKEN_ENV = "X_BEARER_TOKEN"
MIN_RESULTS = 10  # the API's smallest page
logging.getLogger("tweepy").setLevel(logging.INFO)  # its DEBUG log prints the bearer token
log = logging.getLogger(__name__)


class XOptions(HttpOptions):
    base_url: str = TWEEPY_HOST
    max_results: int = Field(default=100, ge=10, le=100)
    max_pages: int = Field(default=5, ge=1, le=50)
    exclude_retweets: bool = True
    max_posts_per_day: int = Field(
        default=2000, ge=MIN_RESULTS, le=1_000_000,
        description="spend guard: stop reading once this many posts were read today (UTC)",
    )  # fmt: skip
    cost_per_post: float = Field(
        default=0.005, ge=0, le=10, description="US dollars per post read, for the estimate"
    )


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

    def now(self) -> datetime:
        return utcnow()

    def _call(self, call: Callable[[], T]) -> T:
        return RetryPolicy().run(lambda: translate(call), source=self.name)

    def check(self) -> None:
        client = self.client()
        self._call(lambda: client.search_recent_tweets("from:XDevelopers", max_results=10))

    @classmethod
    def metering(cls, options: BaseModel) -> Metering:
        """Posts read per UTC day, kept under ``reads`` in the cursor (``Mark.extra``)."""
        assert isinstance(options, XOptions)
        return Metering("posts", options.max_posts_per_day, "reads",
                        cost_per_unit=options.cost_per_post, step=MIN_RESULTS)  # fmt: skip

    def fetch(self, query: Query | None, cursor: str | None) -> Iterator[Page]:
        if query is None:
            raise ValueError("x searches per brand and needs a query")
        mark = Mark.loads(cursor)
        extra: dict[str, Any] = {"since_id": mark.extra.get("since_id")}
        meter = Meter.loads(mark.extra.get("reads"))
        extra["reads"] = meter.days
        yield from newest_first(self._batches(query, extra, meter), Mark(), extra=extra)

    def _budget(self, meter: Meter) -> int:
        """Posts the next request may return; 0 once today's cap is (nearly) reached."""
        o = self.options
        left = o.max_posts_per_day - meter.used(local_day(self.now()))
        if left < MIN_RESULTS:
            log.warning(
                "x: the daily cap of %d posts is reached (%d read today, about $%.2f); "
                "no more requests until 00:00 UTC", o.max_posts_per_day,
                meter.used(local_day(self.now())),
                meter.used(local_day(self.now())) * o.cost_per_post,
            )  # fmt: skip
            return 0
        return min(o.max_results, left)

    def _batches(self, query: Query, extra: dict[str, Any], meter: Meter) -> Iterator[Batch]:
        client, token = self.client(), None
        text = query.search_string() + (" -is:retweet" if self.options.exclude_retweets else "")
        since_id, seen = extra["since_id"], set[str]()
        for _ in range(self.options.max_pages):
            budget = self._budget(meter)
            if not budget:
                return
            body = self._call(partial(
                client.search_recent_tweets, text, since_id=since_id, next_token=token,
                max_results=budget, expansions=["author_id"],
                user_fields=["username", "public_metrics"], tweet_fields=TWEET_FIELDS,
            ))  # fmt: skip
            body = body if isinstance(body, dict) else {}
            meta: dict[str, Any] = body["meta"] if isinstance(body.get("meta"), dict) else {}
            data: list[Any] = body["data"] if isinstance(body.get("data"), list) else []
            meter.add(local_day(self.now()), len(data))
            extra["reads"] = meter.dumps()
            if token is None and isinstance(meta.get("newest_id"), str):
                extra["since_id"] = meta["newest_id"]
            yield _first_seen(parse_body(body), seen)
            token = meta.get("next_token")
            if not token or not isinstance(token, str):
                return


def _first_seen(batch: Batch, seen: set[str]) -> Batch:
    """Keep only the newest version of each post in a window (newest come first)."""
    fresh: list[Found] = []
    for found in batch.found:
        if found.external_id not in seen:
            seen.add(found.external_id)
            fresh.append(found)
    return Batch(fresh, batch.errors)
