"""Google Business Profile reviews of the brand's own locations (OAuth, no scraping).

``GET accounts/{account}/locations/{location}/reviews`` (My Business API v4), ordered by
``updateTime desc`` and paged with ``nextPageToken``. The brand's Google account grants
access once (OAuth consent for the ``business.manage`` scope); the refresh token, client
id and client secret live in environment variables, and an access token is fetched from
``oauth2.googleapis.com/token`` per scan. A review that was changed (``updateTime`` after
``createTime``) is yielded again with ``edited_at``, so it updates the stored mention;
each location keeps its own mark, by update time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from functools import cached_property
from typing import Any, ClassVar

from pydantic import BaseModel, Field

from connectors.base import Found, ItemError, Page, Query
from connectors.http import HttpConnector, HttpOptions
from connectors.items import BadField, cursor_object, get, meta, opt, opt_text, text, when
from connectors.window import Batch, Mark, newest_first, parse_items
from monitor.errors import AuthError, SourceUnavailable

ID_ENV, SECRET_ENV = "GOOGLE_BUSINESS_CLIENT_ID", "GOOGLE_BUSINESS_CLIENT_SECRET"
REFRESH_ENV = "GOOGLE_BUSINESS_REFRESH_TOKEN"
STARS = {"ONE": 1.0, "TWO": 2.0, "THREE": 3.0, "FOUR": 4.0, "FIVE": 5.0}


class GoogleBusinessOptions(HttpOptions):
    base_url: str = "https://mybusiness.googleapis.com/v4"
    token_url: str = Field(default="https://oauth2.googleapis.com/token")
    account_id: str = Field(pattern=r"^\d+$", description="the number in accounts/{id}")
    location_ids: list[str] = Field(min_length=1, description="the numbers in locations/{id}")
    page_size: int = Field(default=50, ge=1, le=50)
    max_pages: int = Field(default=10, ge=1, le=100)


def _stars(value: Any) -> float | None:
    if value is None or value == "STAR_RATING_UNSPECIFIED":
        return None
    if not isinstance(value, str) or value not in STARS:
        raise BadField(f"field 'starRating' is {value!r:.40}, expected ONE..FIVE")
    return STARS[value]


def parse_review(review: Any) -> Found:
    name = text(get(review, "name"), "name").strip()
    rating = _stars(opt(review, "starRating"))
    comment = opt_text(opt(review, "comment"), "comment")
    created = when(get(review, "createTime"), "createTime")
    updated_raw = opt(review, "updateTime")
    updated = when(updated_raw, "updateTime") if updated_raw is not None else None
    if not (comment or "").strip() and rating is None:
        raise BadField("field 'comment' and field 'starRating' are both empty")
    return Found(
        source="googlebusiness",
        external_id=name,
        text=(comment or "").strip() or f"{rating:g}-star rating without a comment",
        created_at=created,
        url=_maps_url(review),
        author=opt_text(opt(review, "reviewer.displayName"), "reviewer.displayName"),
        rating=rating,
        edited_at=updated if updated and updated > created else None,
        meta=meta(
            location=name.split("/reviews/")[0],
            has_comment=bool((comment or "").strip()),
            reply=opt_text(opt(review, "reviewReply.comment"), "reviewReply.comment"),
            replied_at=opt(review, "reviewReply.updateTime"),
            anonymous=opt(review, "reviewer.isAnonymous") is True or None,
        ),
    )


def _maps_url(review: Any) -> str:
    """Reviews have no public link per review; the business's reviews page is the place."""
    review_id = opt(review, "reviewId")
    suffix = f"&review={review_id}" if isinstance(review_id, str) else ""
    return f"https://business.google.com/reviews?hl=en{suffix}"


def _by_update(found: Found) -> Found:
    return replace(found, created_at=found.edited_at or found.created_at)


class GoogleBusinessConnector(HttpConnector[GoogleBusinessOptions]):
    name: ClassVar[str] = "googlebusiness"
    description: ClassVar[str] = "Google Business Profile reviews of the brand's own locations"
    default_interval: ClassVar[timedelta] = timedelta(hours=1)
    Options: ClassVar[type[BaseModel]] = GoogleBusinessOptions
    secrets: ClassVar[tuple[str, ...]] = (ID_ENV, SECRET_ENV, REFRESH_ENV)
    needs_query: ClassVar[bool] = False

    @cached_property
    def token(self) -> str:
        """An access token from the refresh token; refused credentials name the variables."""
        form = {
            "grant_type": "refresh_token",
            "client_id": self.secret(ID_ENV),
            "client_secret": self.secret(SECRET_ENV),
            "refresh_token": self.secret(REFRESH_ENV),
        }
        response = self.http.request("POST", self.options.token_url, data=form, accept=(400,))
        try:
            body = response.json()
        except ValueError:
            body = {}
        body = body if isinstance(body, dict) else {}
        if response.status_code == 400 or not isinstance(body.get("access_token"), str):
            raise AuthError(
                f"googlebusiness: the token request was refused ({ID_ENV}, {SECRET_ENV}, "
                f"{REFRESH_ENV}): {body.get('error', 'no token')}"
            )
        return str(body["access_token"])

    def _get(self, path: str, params: dict[str, Any]) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {self.token}"}
        body = self.http.get_json(path, params=params, headers=headers)
        if not isinstance(body, dict):
            raise SourceUnavailable("googlebusiness: the reviews answer is not an object")
        return body

    def _path(self, location: str) -> str:
        return f"/accounts/{self.options.account_id}/locations/{location}/reviews"

    def check(self) -> None:
        self._get(self._path(self.options.location_ids[0]), {"pageSize": 1})

    def fetch(self, query: Query | None, cursor: str | None) -> Iterator[Page]:
        saved = _load(cursor)
        marks: dict[str, Any] = {}
        errors: list[ItemError] = []  # reported with the cursor, in its transaction
        for location in self.options.location_ids:
            mark = Mark.loads(json.dumps(saved[location])) if location in saved else Mark()
            for page in newest_first(self._batches(location), mark, stamp=_by_update):
                if page.cursor is not None:
                    marks[location] = json.loads(page.cursor)
                errors += page.errors
                yield Page(page.mentions, None)
        yield Page([], json.dumps(marks, sort_keys=True), errors)

    def _batches(self, location: str) -> Iterator[Batch]:
        params: dict[str, Any] = {"pageSize": self.options.page_size, "orderBy": "updateTime desc"}
        for _ in range(self.options.max_pages):
            body = self._get(self._path(location), params)
            reviews = body.get("reviews") if isinstance(body.get("reviews"), list) else []
            yield parse_items(reviews or [], parse_review, id_of=lambda r: r.get("name"))
            token = body.get("nextPageToken")
            if not isinstance(token, str) or not token:
                return
            params = {**params, "pageToken": token}


def _load(cursor: str | None) -> dict[str, Any]:
    return {k: v for k, v in cursor_object(cursor).items() if isinstance(v, dict)}
