"""Google Business Profile: stars as 1-5, rating-only reviews, edits, refused credentials."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.errors import AuthError
from tests.connectors.replay import Cassette


def _window() -> list:  # type: ignore[type-arg]
    cassette = Cassette.load("googlebusiness")
    with cassette.mock("window"):
        return [f for p in cassette.connector().fetch(None, None) for f in p.mentions]


def test_fetch__star_rating_words_become_numbers_and_reply_is_kept() -> None:
    found = {f.external_id.rsplit("/", 1)[-1]: f for f in _window()}
    assert found["AbFvOqm3"].rating == 1.0
    assert found["AbFvOqm1"].rating == 3.0
    assert found["AbFvOqm1"].meta["reply"] == "Thank you, Cy!"
    assert found["AbFvOqm3"].author == "Ann A"


def test_fetch__rating_only_review_is_kept_and_says_so() -> None:
    found = {f.external_id.rsplit("/", 1)[-1]: f for f in _window()}
    assert found["AbFvOqm2"].rating == 5.0
    assert found["AbFvOqm2"].text == "5-star rating without a comment"
    assert found["AbFvOqm2"].meta["has_comment"] is False


def test_fetch__updated_review_is_an_edit_of_the_same_mention() -> None:
    found = {f.external_id.rsplit("/", 1)[-1]: f for f in _window()}
    edited = found["AbFvOqm1"]
    assert edited.created_at == datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
    assert edited.edited_at == datetime(2026, 11, 23, 8, 10, tzinfo=UTC)
    assert found["AbFvOqm3"].edited_at is None


def test_fetch__refused_refresh_token_names_the_variables() -> None:
    cassette = Cassette.load("googlebusiness")
    refused = {"status": 400, "json": {"error": "invalid_grant"}}
    with cassette.failing(refused, auth=True), pytest.raises(AuthError) as info:
        list(cassette.connector().fetch(None, None))
    assert "GOOGLE_BUSINESS_REFRESH_TOKEN" in str(info.value)
    assert "invalid_grant" in str(info.value)
