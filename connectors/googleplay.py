"""Google Play reviews of one app, newest first, through the Play Store's own web endpoint.

There is no public reviews API for other people's apps. The maintained package for this,
google-play-scraper, speaks the ``batchexecute`` protocol used here, but it cannot be used
as it is: importing it turns off TLS certificate checks for the whole process, it turns
every HTTP error into an empty result, sleeps inside calls, has a fixed host, and gives
naive local-time datetimes. This module sends the same request (RPC ``oCPfdb``, sort 2 =
newest) through our HTTP client, so errors, retries, ``base_url`` and replay work as for
every other source. Paging uses Google's continuation token; reading stops at the first
page that reaches the saved mark, so a scan with nothing new costs one request.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from typing import Any, ClassVar
from urllib.parse import quote

from pydantic import BaseModel, Field

from connectors.base import Found, Page, Query
from connectors.http import DEFAULT_RETRY_AFTER, HttpConnector, HttpOptions
from connectors.items import BadField, count, meta, opt_text, stars, text, when
from connectors.window import Batch, Mark, newest_first, parse_items
from monitor.errors import RateLimited, SourceUnavailable

RPC = "oCPfdb"
SORT_NEWEST = 2
PREFIX = ")]}'"


class GooglePlayOptions(HttpOptions):
    base_url: str = "https://play.google.com"
    app_id: str = Field(
        pattern=r"^[A-Za-z][\w]*(\.[\w]+)+$", description="package, com.example.app"
    )
    lang: str = Field(default="en", description="review language")
    country: str = Field(default="us", pattern=r"^[a-z]{2}$")
    count: int = Field(default=100, ge=1, le=200, description="reviews per request")
    max_pages: int = Field(default=10, ge=1, le=50)


def request_body(app_id: str, *, count: int, token: str | None) -> str:
    """The form body of one reviews request (``f.req``), as the Play Store web app sends it."""
    paging: list[Any] = [count, None, token] if token else [count]
    filters = [None, None, None, None, None, None, None, None, None]  # score, device: any
    inner = [None, [2, SORT_NEWEST, paging, None, filters], [app_id, 7]]
    outer = [[[RPC, json.dumps(inner, separators=(",", ":")), None, "generic"]]]
    return "f.req=" + quote(json.dumps(outer, separators=(",", ":")))


def parse_response(text: str) -> tuple[list[Any], str | None]:
    """The review rows and the continuation token (None on the last page)."""
    if "PlayGatewayError" in text:
        raise RateLimited("googleplay: the Play Store refused more requests for now",
                          retry_after=DEFAULT_RETRY_AFTER)  # fmt: skip
    try:
        envelope = json.loads(text.removeprefix(PREFIX).lstrip())
        payload = next(row[2] for row in envelope if row[:2] == ["wrb.fr", RPC])
    except (ValueError, StopIteration, TypeError, IndexError):
        raise SourceUnavailable("googleplay: the reviews answer has an unknown shape") from None
    if payload is None:
        return [], None
    results = json.loads(payload)
    rows = results[0] if results and isinstance(results[0], list) else []
    paging = results[1] if len(results) > 1 else None  # [null, "token"] while more pages
    if isinstance(paging, list) and paging and isinstance(paging[-1], str):
        return rows, paging[-1]
    return rows, None


def _at(row: list[Any], *path: int) -> Any:
    """``row[a][b]`` or None where the row is shorter or not nested as documented."""
    value: Any = row
    for index in path:
        if not isinstance(value, list) or index >= len(value):
            return None
        value = value[index]
    return value


class GooglePlayConnector(HttpConnector[GooglePlayOptions]):
    name: ClassVar[str] = "googleplay"
    description: ClassVar[str] = "Google Play reviews of one app, newest first"
    default_interval: ClassVar[timedelta] = timedelta(hours=2)
    Options: ClassVar[type[BaseModel]] = GooglePlayOptions
    needs_query: ClassVar[bool] = False

    def headers(self) -> dict[str, str]:
        return {"Content-Type": "application/x-www-form-urlencoded;charset=UTF-8"}

    def _page(self, token: str | None, *, count: int) -> tuple[list[Any], str | None]:
        o = self.options
        response = self.http.request(
            "POST", "/_/PlayStoreUi/data/batchexecute", params={"hl": o.lang, "gl": o.country},
            data=request_body(o.app_id, count=count, token=token),
        )  # fmt: skip
        return parse_response(response.text)

    def check(self) -> None:
        self._page(None, count=1)

    def fetch(self, query: Query | None, cursor: str | None) -> Iterator[Page]:
        mark = Mark.loads(cursor)
        yield from newest_first(self._batches(), mark)

    def parse_row(self, row: Any) -> Found:
        """One review row: [id, [name, ...], stars, _, text, [epoch, ns], thumbs, reply, ...]."""
        if not isinstance(row, list) or len(row) < 7:
            raise BadField("the review row is not a list of at least 7 fields")
        review_id, o = text(row[0], "reviewId").strip(), self.options
        return Found(
            source="googleplay",
            external_id=review_id,
            text=text(row[4], "content").strip(),
            created_at=when(_at(row, 5, 0), "at"),
            url=f"https://play.google.com/store/apps/details?id={o.app_id}&reviewId={review_id}",
            author=opt_text(_at(row, 1, 0), "userName"),
            author_reach=None,  # the thumbs-up count is the review's, not its author's
            language=o.lang,
            rating=stars(row[2], "score"),
            meta=meta(
                thumbs_up=count(row[6], "thumbsUpCount"),
                app_version=opt_text(_at(row, 10), "appVersion"),
                reply=opt_text(_at(row, 7, 1), "replyContent"),
            ),
        )

    def _batches(self) -> Iterator[Batch]:
        token: str | None = None
        for _ in range(self.options.max_pages):
            rows, token = self._page(token, count=self.options.count)
            ids = lambda r: r[0] if isinstance(r, list) and r else None  # noqa: E731
            yield parse_items(rows, self.parse_row, id_of=ids)
            if token is None:
                return
