"""Reddit posts (and optionally comments) through praw, as a read-only script app.

Search is sorted new, in the configured subreddits or all of Reddit; comments are the
newest comments of the configured subreddits. Each listing keeps its own mark (newest
``created_utc`` plus the fullnames seen at that second) and reading stops at the first
page that reaches it. prawcore retries 5xx and timeouts itself, with backoff; what it gives
up on becomes ``SourceUnavailable`` here, and its other exceptions are mapped likewise.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from itertools import islice
from typing import Any, ClassVar

import praw
import prawcore
from pydantic import BaseModel, Field

from connectors.base import Connector, Found, Page, Query
from connectors.http import USER_AGENT, HttpOptions, retry_after
from connectors.window import Batch, Mark, newest_first, parse_items
from monitor.errors import AuthError, RateLimited, SourceError, SourceUnavailable
from monitor.timeutil import parse_timestamp

ID_ENV, SECRET_ENV = "REDDIT_CLIENT_ID", "REDDIT_CLIENT_SECRET"
PAGE = 100


class RedditOptions(HttpOptions):
    base_url: str = "https://oauth.reddit.com"
    auth_url: str = Field(default="https://www.reddit.com", description="where tokens come from")
    subreddits: list[str] = Field(default=[], description="without r/; empty: all of Reddit")
    comments: bool = Field(default=False, description="also the newest comments of subreddits")
    max_items: int = Field(default=500, ge=1, le=1000, description="per listing and window")


@contextmanager
def translated() -> Iterator[None]:
    """praw/prawcore exceptions -> ours, at the boundary."""
    try:
        yield
    except prawcore.TooManyRequests as e:
        wait = retry_after(e.response.headers)
        raise RateLimited(f"reddit: rate limited for {wait:.0f}s", retry_after=wait) from None
    except (prawcore.OAuthException, prawcore.Forbidden, prawcore.InvalidToken) as e:
        raise AuthError(f"reddit: credentials refused ({ID_ENV}, {SECRET_ENV}): {e}") from None
    except prawcore.ServerError as e:
        raise SourceUnavailable(f"reddit: {e} (after prawcore's retries)") from None
    except prawcore.RequestException as e:
        raise SourceUnavailable(f"reddit: {type(e.original_exception).__name__}") from None
    except prawcore.ResponseException as e:
        status = e.response.status_code
        if status == 401:
            raise AuthError(f"reddit: 401: {ID_ENV}/{SECRET_ENV} refused") from None
        raise SourceError(f"reddit: {status} from {e.response.url.split('?')[0]}") from None


def _author(thing: Any) -> str | None:
    return thing.author.name if thing.author is not None else None


def parse_thing(thing: Any) -> Found:
    """A submission (t3) or a comment (t1)."""
    is_post = thing.name.startswith("t3_")
    text = (thing.selftext if is_post else thing.body) or ""
    title = thing.title if is_post else None
    if not text.strip() and not title:
        raise ValueError("neither title nor text")
    return Found(
        source="reddit",
        external_id=thing.name,
        text=text.strip() or str(title),
        title=title,
        created_at=parse_timestamp(thing.created_utc),
        url=f"https://www.reddit.com{thing.permalink}",
        author=_author(thing),
        author_reach=int(thing.score) if isinstance(thing.score, int) else None,
    )


class RedditConnector(Connector[RedditOptions]):
    name: ClassVar[str] = "reddit"
    description: ClassVar[str] = "Reddit posts (search, sorted new) and subreddit comments"
    default_interval: ClassVar[timedelta] = timedelta(minutes=15)
    Options: ClassVar[type[BaseModel]] = RedditOptions
    secrets: ClassVar[tuple[str, ...]] = (ID_ENV, SECRET_ENV)

    def reddit(self) -> praw.Reddit:
        o = self.options
        return praw.Reddit(
            client_id=self.secret(ID_ENV), client_secret=self.secret(SECRET_ENV),
            user_agent=USER_AGENT, oauth_url=o.base_url.rstrip("/"),
            reddit_url=o.auth_url.rstrip("/"), timeout=int(o.timeout_seconds),
            check_for_updates=False, check_for_async=False,
        )  # fmt: skip

    def check(self) -> None:
        with translated():
            next(iter(self.reddit().subreddit("all").new(limit=1)), None)

    def fetch(self, query: Query | None, cursor: str | None) -> Iterator[Page]:
        if query is None:
            raise ValueError("reddit searches per brand and needs a query")
        saved = json.loads(cursor) if cursor else {}
        marks: dict[str, str] = {}
        for key, listing in self._listings(query).items():
            mark = Mark.loads(json.dumps(saved[key])) if key in saved else Mark()
            for page in newest_first(self._batches(listing), mark):
                if page.cursor is not None:
                    marks[key] = page.cursor  # kept back until every listing is read
                yield Page(page.mentions, None, page.errors)
        yield Page([], json.dumps({k: json.loads(v) for k, v in marks.items()}, sort_keys=True))

    def _listings(self, query: Query) -> dict[str, Callable[[], Iterable[Any]]]:
        reddit, limit = self.reddit(), self.options.max_items
        subreddit = reddit.subreddit("+".join(self.options.subreddits) or "all")
        text = query.search_string()
        listings: dict[str, Callable[[], Iterable[Any]]] = {
            "posts": lambda: subreddit.search(text, sort="new", time_filter="all", limit=limit)
        }
        if self.options.comments and self.options.subreddits:
            listings["comments"] = lambda: subreddit.comments(limit=limit)
        return listings

    def _batches(self, listing: Callable[[], Iterable[Any]]) -> Iterator[Batch]:
        with translated():
            things: Iterable[Any] = listing()
            iterator = iter(things)
            while chunk := list(islice(iterator, PAGE)):
                yield parse_items(chunk, parse_thing, id_of=lambda t: getattr(t, "name", None))
