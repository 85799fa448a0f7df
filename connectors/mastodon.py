"""Mastodon posts from a configured instance's public hashtag timelines.

``/api/v1/timelines/tag/{tag}`` lists the newest first; ``since_id`` (saved per tag)
returns only what is new and ``max_id`` pages backwards through a busy window. Instances
that hide timelines from anonymous readers take a token (``token_env`` names the variable).
The external id is the status URI, which is the same on every instance.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any, ClassVar

from pydantic import BaseModel, Field

from connectors.base import Found, Page, Query
from connectors.html import html_to_text
from connectors.http import HttpConnector, HttpOptions
from connectors.items import BadField, count, get, meta, opt, opt_text, text, when
from connectors.window import Batch, Mark, newest_first, parse_items
from monitor.config import EnvVar
from monitor.safety import safe_url


class MastodonOptions(HttpOptions):
    base_url: str = "https://mastodon.social"
    hashtags: list[str] = Field(
        default=[], description="tags to follow, without #; default: the brand's tags and words"
    )
    token_env: EnvVar | None = Field(default=None, description="variable holding an access token")
    limit: int = Field(default=40, ge=1, le=40)
    max_pages: int = Field(default=5, ge=1, le=50)


def parse_status(status: Any) -> Found:
    uri = text(get(status, "uri"), "uri").strip()
    body = html_to_text(text(get(status, "content"), "content"))
    spoiler = opt_text(opt(status, "spoiler_text"), "spoiler_text")
    if spoiler:
        body = f"{spoiler}\n{body}".strip()
    if not body:
        raise BadField("field 'content' is empty")
    edited = opt(status, "edited_at")
    return Found(
        source="mastodon",
        external_id=uri,
        text=body,
        created_at=when(get(status, "created_at"), "created_at"),
        url=safe_url(opt(status, "url")) or safe_url(uri),
        author=text(get(status, "account.acct"), "account.acct"),
        author_reach=count(opt(status, "account.followers_count"), "account.followers_count"),
        language=opt_text(opt(status, "language"), "language"),
        edited_at=when(edited, "edited_at") if edited is not None else None,
        meta=meta(
            in_reply_to_id=opt(status, "in_reply_to_id"),
            replies=count(opt(status, "replies_count"), "replies_count"),
            reblogs=count(opt(status, "reblogs_count"), "reblogs_count"),
            favourites=count(opt(status, "favourites_count"), "favourites_count"),
            sensitive=_flag(opt(status, "sensitive")),
        ),
    )


def _flag(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _status_id(status: Any) -> int | None:
    value = status.get("id") if isinstance(status, dict) else None
    return int(value) if isinstance(value, str) and value.isdigit() else None


class MastodonConnector(HttpConnector[MastodonOptions]):
    name: ClassVar[str] = "mastodon"
    description: ClassVar[str] = "Mastodon posts on an instance's public hashtag timelines"
    default_interval: ClassVar[timedelta] = timedelta(minutes=15)
    Options: ClassVar[type[BaseModel]] = MastodonOptions

    def headers(self) -> dict[str, str]:
        if self.options.token_env:
            return {"Authorization": f"Bearer {self.secret(self.options.token_env)}"}
        return {}

    def check(self) -> None:
        self.http.get_json("/api/v1/instance")

    def tags(self, query: Query) -> list[str]:
        if self.options.hashtags:
            return [t.lstrip("#") for t in self.options.hashtags]
        words = [k for k in query.keywords if not k.endswith("*")]
        return list(dict.fromkeys([*query.hashtags, *words]))

    def fetch(self, query: Query | None, cursor: str | None) -> Iterator[Page]:
        if query is None:
            raise ValueError("mastodon follows a brand's hashtags and needs a query")
        mark = Mark.loads(cursor)
        since: dict[str, str] = dict(mark.extra.get("since", {}))
        batches = (b for tag in self.tags(query) for b in self._tag(tag, since))
        yield from newest_first(batches, Mark(), extra={"since": since})

    def _tag(self, tag: str, since: dict[str, str]) -> Iterator[Batch]:
        params: dict[str, Any] = {"limit": self.options.limit}
        if tag in since:
            params["since_id"] = since[tag]
        for _ in range(self.options.max_pages):
            statuses = self.http.get_json(f"/api/v1/timelines/tag/{tag}", params=params)
            statuses = statuses if isinstance(statuses, list) else []
            yield parse_items(statuses, parse_status, id_of=lambda s: s.get("uri") or s.get("id"))
            ids = [i for i in map(_status_id, statuses) if i is not None]
            if ids and (tag not in since or max(ids) > int(since[tag])) and "max_id" not in params:
                since[tag] = str(max(ids))
            if len(statuses) < self.options.limit or not ids:
                return
            params = {**params, "max_id": str(min(ids))}
