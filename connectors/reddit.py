"""Reddit posts (and optionally comments) through praw, as a read-only script app.

Search is sorted new, in the configured subreddits or all of Reddit; comments are the
newest comments of the configured subreddits. praw signs in, keeps the rate limit and
retries; the listings are read as Reddit's own JSON (``Reddit.request``), not as praw
objects, because praw turns a whole page into objects at once and one odd child (a
``subreddit`` of null) would sink the page. New API apps are approved case by case by
Reddit: register one before configuring this source. Each listing keeps its own mark (newest
``created_utc`` plus the fullnames seen at that second) and reading stops at the first
page that reaches it. prawcore retries 5xx and timeouts itself, with backoff; what it gives
up on becomes ``SourceUnavailable`` here, and its other exceptions are mapped likewise.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any, ClassVar

import praw
import prawcore
from pydantic import BaseModel, Field

from connectors.base import Connector, Found, ItemError, Page, Query
from connectors.http import USER_AGENT, HttpOptions, retry_after
from connectors.items import BadField, count, get, meta, opt, opt_text, text, when
from connectors.window import Batch, Mark, newest_first, parse_items
from monitor.errors import AuthError, RateLimited, SourceError, SourceUnavailable
from monitor.safety import safe_url

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


def _edited(value: Any) -> datetime | None:
    """Reddit's ``edited``: ``false``, or the epoch seconds of the last edit."""
    if value is None or value is False:
        return None
    return when(value, "edited")


def parse_thing(child: Any) -> Found:
    """A listing child: a submission (t3) or a comment (t1), as Reddit's JSON gives it."""
    data = get(child, "data")
    name = text(get(data, "name"), "name").strip()
    is_post = name.startswith("t3_")
    body = opt_text(opt(data, "selftext" if is_post else "body"), "selftext" if is_post else "body")
    title = opt_text(opt(data, "title"), "title") if is_post else None
    if not (body or "").strip() and not (title or "").strip():
        raise BadField("field 'selftext' and field 'title' are both empty")
    permalink = text(get(data, "permalink"), "permalink").strip()
    if not permalink.startswith("/"):
        raise BadField(f"field 'permalink' is not a path: {permalink[:60]!r}")
    link = opt(data, "url") if is_post and opt(data, "is_self") is False else None
    return Found(
        source="reddit",
        external_id=name,
        text=(body or "").strip() or str(title).strip(),
        title=title,
        created_at=when(get(data, "created_utc"), "created_utc"),
        url=f"https://www.reddit.com{permalink}",
        author=opt_text(opt(data, "author"), "author"),
        author_reach=None,  # a post's score is not its author's reach: it is in meta
        edited_at=_edited(opt(data, "edited")),
        meta=meta(
            subreddit=opt_text(opt(data, "subreddit"), "subreddit"),
            num_comments=count(opt(data, "num_comments"), "num_comments"),
            over_18=opt(data, "over_18") if isinstance(opt(data, "over_18"), bool) else None,
            link_url=safe_url(link),
            score=opt(data, "score") if isinstance(opt(data, "score"), int) else None,
        ),
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
        errors: list[ItemError] = []  # reported with the cursor, in its transaction
        for key, listing in self._listings(query).items():
            mark = Mark.loads(json.dumps(saved[key])) if key in saved else Mark()
            for page in newest_first(self._batches(listing), mark):
                if page.cursor is not None:
                    marks[key] = page.cursor  # kept back until every listing is read
                errors += page.errors
                yield Page(page.mentions, None)
        state = {k: json.loads(v) for k, v in marks.items()}
        yield Page([], json.dumps(state, sort_keys=True), errors)

    def _listings(self, query: Query) -> dict[str, Callable[[], Iterator[list[Any]]]]:
        reddit = self.reddit()
        subs = "+".join(self.options.subreddits) or "all"
        search = {"q": query.search_string(), "sort": "new", "t": "all", "restrict_sr": "True"}
        listings: dict[str, Callable[[], Iterator[list[Any]]]] = {
            "posts": lambda: self._pages(reddit, f"/r/{subs}/search/", search)
        }
        if self.options.comments and self.options.subreddits:
            listings["comments"] = lambda: self._pages(reddit, f"/r/{subs}/comments/", {})
        return listings

    def _pages(self, reddit: praw.Reddit, path: str, params: dict[str, Any]) -> Iterator[list[Any]]:
        """The raw children of a listing, page by page, up to ``max_items``."""
        read, after = 0, None
        while read < self.options.max_items:
            limit = min(PAGE, self.options.max_items - read)
            page = {**params, "limit": limit, "raw_json": 1, **({"after": after} if after else {})}
            body = reddit.request(method="GET", path=path, params=page)
            data = body.get("data") if isinstance(body, dict) else None
            children = data.get("children") if isinstance(data, dict) else None
            if not isinstance(children, list) or not children:
                return
            yield children
            read += len(children)
            after = data.get("after") if isinstance(data, dict) else None
            if not isinstance(after, str) or not after:
                return

    def _batches(self, listing: Callable[[], Iterator[list[Any]]]) -> Iterator[Batch]:
        with translated():
            for children in listing():
                yield parse_items(children, parse_thing, id_of=_fullname)


def _fullname(child: Any) -> object:
    return child["data"]["name"]
