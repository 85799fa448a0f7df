"""The rules every HTTP connector keeps, checked against each one's recorded API answers."""

from __future__ import annotations

from datetime import UTC, timedelta
from typing import Any

import pytest
import requests

from connectors.base import Page
from monitor.errors import AuthError, RateLimited, SourceUnavailable
from tests.connectors.replay import KINDS, Cassette

pytestmark = pytest.mark.parametrize("kind", KINDS)


def read(cassette: Cassette, scenario: str, cursor: str | None = None) -> list[Page]:
    with cassette.mock(scenario):
        return list(cassette.connector().fetch(cassette.query, cursor))


def window(kind: str) -> tuple[Cassette, list[Page]]:
    cassette = Cassette.load(kind)
    return cassette, read(cassette, "window")


def test_fetch__first_window_is_tz_aware_utc_with_stable_ids(kind: str) -> None:
    _, pages = window(kind)
    found = [f for p in pages for f in p.mentions]
    assert len(found) >= 2
    for f in found:
        assert f.source == kind
        assert f.created_at.tzinfo == UTC
        assert f.created_at.utcoffset() == timedelta(0)
        assert f.external_id
        assert f.text.strip()
        assert f.url
        assert f.url.startswith("https://")
    assert len({f.external_id for f in found}) == len(found)
    _, again = window(kind)
    assert [f.external_id for p in again for f in p.mentions] == [f.external_id for f in found]


def test_fetch__resume_cursor_only_on_the_last_page(kind: str) -> None:
    _, pages = window(kind)
    assert all(p.cursor is None for p in pages[:-1])
    assert pages[-1].cursor is not None


def test_fetch__malformed_item_is_reported_by_id_and_the_rest_kept(kind: str) -> None:
    _, pages = window(kind)
    errors = [e for p in pages for e in p.errors]
    assert len(errors) == 1
    assert errors[0].item not in ("", "(no id)")
    assert errors[0].message
    assert sum(len(p.mentions) for p in pages) >= 2


def test_fetch__with_cursor_yields_nothing_already_seen_in_one_request(kind: str) -> None:
    cassette, pages = window(kind)
    seen = {f.external_id for p in pages for f in p.mentions}
    with cassette.mock("again") as rsps:
        again = list(cassette.connector().fetch(cassette.query, pages[-1].cursor))
        assert len(rsps.calls) == cassette.data["again_requests"]
    assert not seen & {f.external_id for p in again for f in p.mentions}
    assert again[-1].cursor is not None


def _fetch_all(cassette: Cassette) -> Any:
    return list(cassette.connector().fetch(cassette.query, None))


def test_fetch__rate_limited_raises_RateLimited_with_retry_after(kind: str) -> None:
    cassette = Cassette.load(kind)
    limited = {"status": 429, "headers": {"Retry-After": "120"}, "body": "slow down"}
    with cassette.failing(limited), pytest.raises(RateLimited) as info:
        _fetch_all(cassette)
    assert info.value.retry_after == pytest.approx(120, abs=2)


def test_fetch__5xx_is_retried_with_backoff_then_SourceUnavailable(
    kind: str, sleeps: list[float]
) -> None:
    cassette = Cassette.load(kind)
    with cassette.failing(*[{"status": 503, "body": "busy"}] * 3) as rsps:
        with pytest.raises(SourceUnavailable):
            _fetch_all(cassette)
        failures = [
            c for c in rsps.calls if c.response is not None and c.response.status_code == 503
        ]
    assert len(failures) == 3
    assert len(sleeps) >= 2
    assert all(s > 0 for s in sleeps)


def test_fetch__timeout_is_retried_then_SourceUnavailable(kind: str) -> None:
    cassette = Cassette.load(kind)
    timeout = {"body": requests.exceptions.ReadTimeout("read timed out")}
    with cassette.failing(timeout, timeout, timeout), pytest.raises(SourceUnavailable):
        _fetch_all(cassette)


def test_fetch__401_raises_AuthError(kind: str) -> None:
    cassette = Cassette.load(kind)
    refused = {"status": 401, "json": {"error": "unauthorized"}}
    with cassette.failing(refused, auth=True), pytest.raises(AuthError):
        _fetch_all(cassette)
