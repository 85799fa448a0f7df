"""Bluesky posts through ``app.bsky.feed.searchPosts``, signed in with an app password.

Results come newest first (``sort=latest``) and page with the opaque ``cursor`` the API
returns; ``since`` starts at the saved mark, so a scan with nothing new costs one request
(plus the sign-in). The session is in ``connectors.bluesky_session``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from functools import cached_property
from typing import Any, ClassVar

from pydantic import BaseModel, Field

from connectors.base import Found, Page, Query
from connectors.bluesky_session import HANDLE_ENV, PASSWORD_ENV, Session
from connectors.http import HttpConnector, HttpOptions
from connectors.items import BadField, count, get, meta, opt, opt_text, text, when
from connectors.window import Batch, Mark, newest_first, parse_items
from monitor.errors import AuthError

SEARCH = "/xrpc/app.bsky.feed.searchPosts"
ENTRYWAY = "https://bsky.social"


class BlueskyOptions(HttpOptions):
    base_url: str = Field(default=ENTRYWAY, description="where to sign in (your PDS)")
    lang: str | None = Field(default=None, description="only posts in this language")
    limit: int = Field(default=100, ge=1, le=100)
    max_pages: int = Field(default=10, ge=1, le=50)


def post_url(uri: str, handle: str) -> str:
    """``at://did/app.bsky.feed.post/rkey`` -> the bsky.app page a person can answer on."""
    rkey = uri.rstrip("/").rsplit("/", 1)[-1]
    if not uri.startswith("at://") or not rkey:
        raise BadField(f"field 'uri' is not a post URI: {uri[:80]!r}")
    return f"https://bsky.app/profile/{handle}/post/{rkey}"


def parse_post(post: Any) -> Found:
    uri = text(get(post, "uri"), "uri").strip()
    handle = text(get(post, "author.handle"), "author.handle").strip()
    langs = opt(post, "record.langs")
    reply = opt(post, "record.reply.parent.uri")
    return Found(
        source="bluesky",
        external_id=uri,
        text=text(get(post, "record.text"), "record.text").strip(),
        created_at=when(get(post, "record.createdAt"), "record.createdAt"),
        url=post_url(uri, handle),
        author=handle,
        author_reach=None,  # searchPosts gives no follower count
        language=opt_text(langs[0], "record.langs") if isinstance(langs, list) and langs else None,
        meta=meta(
            reply_to=reply if isinstance(reply, str) else None,
            replies=count(opt(post, "replyCount"), "replyCount"),
            reposts=count(opt(post, "repostCount"), "repostCount"),
            likes=count(opt(post, "likeCount"), "likeCount"),
            quotes=count(opt(post, "quoteCount"), "quoteCount"),
        ),
    )


class BlueskyConnector(HttpConnector[BlueskyOptions]):
    name: ClassVar[str] = "bluesky"
    description: ClassVar[str] = "Bluesky posts (searchPosts, signed in with an app password)"
    default_interval: ClassVar[timedelta] = timedelta(minutes=15)
    Options: ClassVar[type[BaseModel]] = BlueskyOptions
    secrets: ClassVar[tuple[str, ...]] = (HANDLE_ENV, PASSWORD_ENV)

    @cached_property
    def session(self) -> Session:
        handle, password = (self.env.get(v, "").strip() for v in (HANDLE_ENV, PASSWORD_ENV))
        if not handle or not password:
            raise AuthError(f"bluesky: set {HANDLE_ENV} (e.g. acme.bsky.social) and "
                            f"{PASSWORD_ENV} (Settings > Privacy and security > App passwords); "
                            "search needs a signed-in account since 2025")  # fmt: skip
        chosen = self.options.base_url.rstrip("/")
        pinned = chosen if chosen != ENTRYWAY else None  # a chosen PDS or proxy stays in use
        return Session(self.http, handle=handle, password=password, pinned=pinned)

    def check(self) -> None:
        self.session.get(SEARCH, {"q": "bluesky", "limit": 1})

    def fetch(self, query: Query | None, cursor: str | None) -> Iterator[Page]:
        if query is None:
            raise ValueError("bluesky searches per brand and needs a query")
        mark = Mark.loads(cursor)
        yield from newest_first(self._batches(query, mark), mark)

    def _batches(self, query: Query, mark: Mark) -> Iterator[Batch]:
        params: dict[str, Any] = {"q": query.search_string(), "sort": "latest"}
        params["limit"] = self.options.limit
        start = mark.at or query.since
        if start is not None:
            params["since"] = start.isoformat().replace("+00:00", "Z")
        if self.options.lang:
            params["lang"] = self.options.lang
        for _ in range(self.options.max_pages):
            body = self.session.get(SEARCH, params)
            posts = body.get("posts") if isinstance(body.get("posts"), list) else []
            yield parse_items(posts or [], parse_post, id_of=lambda p: p.get("uri"))
            if not isinstance(body.get("cursor"), str) or not posts:
                return
            params = {**params, "cursor": body["cursor"]}
