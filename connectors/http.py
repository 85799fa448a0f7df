"""HTTP for connectors: one place that decides what a status code or a timeout means.

Every HTTP-based source shares the same rules, so a scan treats all of them alike:

- 5xx, timeouts and dropped connections are retried a bounded number of times with
  exponential backoff, then become ``SourceUnavailable``;
- 429 becomes ``RateLimited(retry_after)`` at once, from ``Retry-After`` (seconds or an HTTP
  date) or ``x-rate-limit-reset`` (epoch seconds): the runner records it and skips the source
  until then, so nothing sleeps through a rate limit inside a scan;
- 401 and 403 become ``AuthError``; any other 4xx is a ``SourceError`` naming the URL.

Libraries that do their own HTTP (tweepy, praw) reuse ``RetryPolicy`` and ``retry_after``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from functools import cached_property
from typing import Any, Generic, TypeVar

import requests
from pydantic import BaseModel, ConfigDict, Field

from connectors.base import Connector
from monitor import __version__
from monitor.errors import AuthError, RateLimited, SourceError, SourceUnavailable

T = TypeVar("T")
USER_AGENT = f"repmon/{__version__} (+https://github.com/reputation-monitor)"
DEFAULT_RETRY_AFTER = 60.0


class HttpOptions(BaseModel):
    """Options every HTTP-based source takes; ``base_url`` points at a proxy or own instance."""

    model_config = ConfigDict(extra="forbid")

    base_url: str = Field(description="the API root; a self-hosted instance or a proxy")
    timeout_seconds: float = Field(default=20.0, gt=0, le=300)


class Transient(Exception):
    """A failure worth one more try (5xx, timeout, dropped connection)."""


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 3
    backoff_seconds: float = 0.5  # doubles after each failed attempt

    def run(self, call: Callable[[], T], *, source: str) -> T:
        """Call until it succeeds or the attempts are spent; then ``SourceUnavailable``."""
        for attempt in range(1, self.attempts + 1):
            try:
                return call()
            except Transient as e:
                if attempt == self.attempts:
                    raise SourceUnavailable(
                        f"{source}: {e} (gave up after {self.attempts} attempts)"
                    ) from e
                time.sleep(self.backoff_seconds * 2 ** (attempt - 1))
        raise AssertionError("unreachable")  # pragma: no cover


def retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float:
    """Seconds to wait, from ``Retry-After`` or ``x-rate-limit-reset``; 60 when neither says."""
    now = time.time() if now is None else now
    value = headers.get("Retry-After") or headers.get("retry-after")
    if value:
        if value.strip().isdigit():
            return float(value)
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - now)
        except (TypeError, ValueError):
            return DEFAULT_RETRY_AFTER
    reset = headers.get("x-rate-limit-reset") or headers.get("x-ratelimit-reset")
    if reset and reset.strip().replace(".", "", 1).isdigit():
        seconds = float(reset)
        return max(0.0, seconds - now) if seconds > 1e9 else seconds  # epoch or a delay
    return DEFAULT_RETRY_AFTER


def raise_for_status(response: requests.Response, *, source: str) -> None:
    """Translate a refused response into our error tree (5xx as ``Transient``)."""
    status, where = response.status_code, response.url.split("?")[0]
    if status < 400 or status == 304:
        return
    if status == 429:
        wait = retry_after(response.headers)
        raise RateLimited(f"{source}: rate limited for {wait:.0f}s", retry_after=wait)
    if status in (401, 403):
        raise AuthError(f"{source}: {status} {response.reason}: credentials refused by {where}")
    if status >= 500 or status == 408:
        raise Transient(f"{status} {response.reason} from {where}")
    raise SourceError(f"{source}: {status} {response.reason} from {where}")


class HttpClient:
    """A session bound to one source's ``base_url``, timeout and retry policy."""

    def __init__(
        self, *, source: str, base_url: str, timeout: float,
        headers: Mapping[str, str] | None = None, retry: RetryPolicy | None = None,
    ) -> None:  # fmt: skip
        self.source, self.base_url, self.timeout = source, base_url.rstrip("/"), timeout
        self.retry = retry or RetryPolicy()
        self.session = requests.Session()
        self.session.headers.update({"User-Agent": USER_AGENT, **(headers or {})})

    def url(self, path: str) -> str:
        return path if path.startswith(("http://", "https://")) else f"{self.base_url}{path}"

    def request(
        self, method: str, path: str, *, accept: tuple[int, ...] = (), **kwargs: Any
    ) -> requests.Response:
        """One request, retried on transient failures; refusals raise our errors.

        A status in ``accept`` is returned instead, for a caller that reads the refusal
        (an expired session token to refresh).
        """
        return self.retry.run(
            lambda: self._once(method, self.url(path), accept, **kwargs), source=self.source
        )

    def get_json(self, path: str, **kwargs: Any) -> Any:
        response = self.request("GET", path, **kwargs)
        try:
            return response.json()
        except (ValueError, json.JSONDecodeError):
            raise SourceUnavailable(
                f"{self.source}: {response.url.split('?')[0]} did not answer with JSON"
            ) from None

    def _once(
        self, method: str, url: str, accept: tuple[int, ...] = (), **kwargs: Any
    ) -> requests.Response:
        try:
            response = self.session.request(method, url, timeout=self.timeout, **kwargs)
        except requests.Timeout as e:
            raise Transient(f"timed out after {self.timeout:g}s: {url.split('?')[0]}") from e
        except requests.ConnectionError as e:
            raise Transient(f"cannot connect to {url.split('?')[0]}: {e}") from e
        if response.status_code not in accept:
            raise_for_status(response, source=self.source)
        return response


HttpOptionsT = TypeVar("HttpOptionsT", bound=HttpOptions)


class HttpConnector(Connector[HttpOptionsT], Generic[HttpOptionsT]):
    """A connector that talks plain HTTP to ``options.base_url``."""

    def headers(self) -> dict[str, str]:
        """Extra headers for every request (a token, an Accept type)."""
        return {}

    @cached_property
    def http(self) -> HttpClient:
        o = self.options
        return HttpClient(
            source=self.name, base_url=o.base_url, timeout=o.timeout_seconds, headers=self.headers()
        )
