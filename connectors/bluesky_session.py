"""Signing in to Bluesky with an app password, and keeping the session fresh.

Public, unauthenticated ``searchPosts`` has been refused since 2025, so the connector signs
in (``com.atproto.server.createSession`` with a handle and an app password, both from the
environment) and sends the access JWT with each call, to the user's PDS, which passes
``app.bsky.*`` calls on to the AppView. An access token lives minutes; when a call answers
``ExpiredToken`` the session is refreshed once (``refreshSession`` with the refresh JWT)
and the call repeated. Tokens stay in memory: they are never written to the cursor.
"""

from __future__ import annotations

from typing import Any

import requests

from connectors.http import HttpClient, raise_for_status
from monitor.errors import AuthError, SourceUnavailable
from monitor.safety import safe_url

HANDLE_ENV, PASSWORD_ENV = "BLUESKY_HANDLE", "BLUESKY_APP_PASSWORD"
CREATE = "/xrpc/com.atproto.server.createSession"
REFRESH = "/xrpc/com.atproto.server.refreshSession"
EXPIRED = {"ExpiredToken", "InvalidToken"}


def _json(response: requests.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise SourceUnavailable(f"bluesky: {response.url.split('?')[0]} did not answer JSON")
    return body


def _pds(session: dict[str, Any]) -> str | None:
    """The user's PDS from the session's DID document, where the session says it."""
    services = (session.get("didDoc") or {}).get("service") or []
    for service in services if isinstance(services, list) else []:
        if isinstance(service, dict) and service.get("id") == "#atproto_pds":
            url = safe_url(service.get("serviceEndpoint"))
            return url if url and url.startswith("https://") else None
    return None


class Session:
    """One signed-in session: the access and refresh tokens and where to send calls."""

    def __init__(
        self, http: HttpClient, *, handle: str, password: str, pinned: str | None = None
    ) -> None:
        self.http, self.handle, self.password = http, handle, password
        self.access = self.refresh_token = ""
        self.pinned = pinned  # a PDS or proxy chosen in the options wins over the DID document
        self.base: str | None = pinned

    def sign_in(self) -> None:
        response = self.http.request(
            "POST",
            CREATE,
            accept=(400, 401),
            json={"identifier": self.handle, "password": self.password},
        )
        if response.status_code in (400, 401):
            raise AuthError(
                f"bluesky: sign-in refused for {self.handle} ({HANDLE_ENV}, {PASSWORD_ENV}): "
                "use an app password, not the account password"
            )
        self._keep(_json(response))

    def _keep(self, body: dict[str, Any]) -> None:
        access, refresh = body.get("accessJwt"), body.get("refreshJwt")
        if not isinstance(access, str) or not isinstance(refresh, str):
            raise SourceUnavailable("bluesky: the session answer has no tokens")
        self.access, self.refresh_token = access, refresh
        self.base = self.pinned or _pds(body) or self.base

    def _refresh(self) -> None:
        response = self.http.request(
            "POST",
            REFRESH,
            accept=(400, 401),
            headers={"Authorization": f"Bearer {self.refresh_token}"},
        )
        if response.status_code in (400, 401):
            self.sign_in()  # the refresh token expired too: sign in again
        else:
            self._keep(_json(response))

    def get(self, path: str, params: dict[str, Any]) -> dict[str, Any]:
        """A signed GET; an expired access token is refreshed once and the call repeated."""
        if not self.access:
            self.sign_in()
        for attempt in (1, 2):
            url = f"{self.base.rstrip('/')}{path}" if self.base else path
            response = self.http.request(
                "GET",
                url,
                params=params,
                accept=(400, 401),
                headers={"Authorization": f"Bearer {self.access}"},
            )
            if response.status_code in (400, 401) and attempt == 1 and _expired(response):
                self._refresh()
                continue
            raise_for_status(response, source="bluesky")
            return _json(response)
        raise AssertionError("unreachable")  # pragma: no cover


def _expired(response: requests.Response) -> bool:
    try:
        body = response.json()
    except ValueError:
        return False
    return isinstance(body, dict) and body.get("error") in EXPIRED
