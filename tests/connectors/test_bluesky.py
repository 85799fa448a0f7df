"""Bluesky: sign-in with an app password, refresh on expiry, a clear error without secrets."""

from __future__ import annotations

import json

import pytest
import responses
from responses import matchers

from connectors.bluesky import BlueskyConnector, BlueskyOptions
from monitor.errors import AuthError
from tests.connectors.replay import QUERY, Cassette

ENV = {"BLUESKY_HANDLE": "acme.bsky.social", "BLUESKY_APP_PASSWORD": "app-pass"}
PDS = "https://morel.us-east.host.bsky.network"
SEARCH = f"{PDS}/xrpc/app.bsky.feed.searchPosts"
CREATE = "https://bsky.social/xrpc/com.atproto.server.createSession"
REFRESH = "https://bsky.social/xrpc/com.atproto.server.refreshSession"


def test_fetch__without_secrets_names_both_variables() -> None:
    connector = BlueskyConnector(BlueskyOptions(), env={})
    with pytest.raises(AuthError, match=r"BLUESKY_HANDLE.*BLUESKY_APP_PASSWORD"):
        list(connector.fetch(QUERY, None))


def test_fetch__wrong_app_password_is_an_AuthError() -> None:
    connector = BlueskyConnector(BlueskyOptions(), env=ENV)
    with responses.RequestsMock() as rsps:
        rsps.post(CREATE, status=401, json={"error": "AuthenticationRequired"})
        with pytest.raises(AuthError, match="app password"):
            list(connector.fetch(QUERY, None))


def test_fetch__expired_access_token_is_refreshed_once_and_the_call_repeated() -> None:
    cassette = Cassette.load("bluesky")
    session = cassette.data["prelude"][0]["json"]
    posts = cassette.data["window"][1]["json"]["posts"]
    connector = BlueskyConnector(BlueskyOptions(), env=ENV)
    refreshed = {**session, "accessJwt": "FRESH", "refreshJwt": "FRESH_REFRESH"}
    with responses.RequestsMock() as rsps:
        rsps.post(CREATE, json=session, match=[matchers.json_params_matcher(
            {"identifier": "acme.bsky.social", "password": "app-pass"})])  # fmt: skip
        rsps.get(SEARCH, status=400, json={"error": "ExpiredToken", "message": "Token has expired"},
                 match=[matchers.header_matcher({"Authorization": "Bearer SCRUBBED_ACCESS"})])  # fmt: skip
        rsps.post(REFRESH, json=refreshed,
                  match=[matchers.header_matcher({"Authorization": "Bearer SCRUBBED_REFRESH"})])  # fmt: skip
        rsps.get(SEARCH, json={"posts": posts},
                 match=[matchers.header_matcher({"Authorization": "Bearer FRESH"})])  # fmt: skip
        pages = list(connector.fetch(QUERY, None))
    assert [f.external_id for p in pages for f in p.mentions] == [p["uri"] for p in posts[:2]]
    assert "FRESH" not in json.dumps([p.cursor for p in pages])  # tokens never reach the cursor


def test_fetch__pages_with_the_cursor_the_api_returns() -> None:
    cassette = Cassette.load("bluesky")
    with cassette.mock("window") as rsps:
        list(cassette.connector().fetch(cassette.query, None))
        searches = [c.request.url for c in rsps.calls if "searchPosts" in c.request.url]
    assert "cursor=" not in searches[0]
    assert "cursor=25" in searches[1]
