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
from connectors.window import Batch, Mark, newest_first, parse_items
from monitor.config import EnvVar
from monitor.timeutil import parse_timestamp


class MastodonOptions(HttpOptions):
    base_url: str = "https://mastodon.social"
    hashtags: list[str] = Field(
        default=[], description="tags to follow, without #; default: the brand's tags and words"
    )
    token_env: EnvVar | None = Field(default=None, description="variable holding an access token")
    limit: int = Field(default=40, ge=1, le=40)
    max_pages: int = Field(default=5, ge=1, le=50)


def parse_status(status: dict[str, Any]) -> Found:
    account = status["account"]
    text = html_to_text(status["content"])
    if status.get("spoiler_text"):
        text = f"{status['spoiler_text']}\n{text}".strip()
    if not text:
        raise ValueError("field 'content' is empty")
    return Found(
        source="mastodon",
        external_id=str(status["uri"]),
        text=text,
        created_at=parse_timestamp(status["created_at"]),
        url=status.get("url") or status["uri"],
        author=account["acct"],
        author_reach=account.get("followers_count"),
        language=status.get("language"),
    )


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
            yield parse_items(statuses, parse_status, id_of=lambda s: s.get("uri") or s.get("id"))
            ids = [int(s["id"]) for s in statuses if str(s.get("id", "")).isdigit()]
            if ids and (tag not in since or max(ids) > int(since[tag])) and "max_id" not in params:
                since[tag] = str(max(ids))
            if len(statuses) < self.options.limit or not ids:
                return
            params = {**params, "max_id": str(min(ids))}
