"""Replay recorded HTTP from ``tests/cassettes/<kind>.json`` with ``responses``.

A cassette holds the connector's options and (scrubbed) environment, the endpoint to fail,
and the interactions of two scenarios: ``window`` (a first fetch, two pages where the API
pages) and ``again`` (a second fetch with the cursor of the first, nothing new). The
registry is ordered: every request must be the next one recorded, so a connector that asks
for more, or in another order, fails the test.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
import responses
from responses import matchers
from responses.registries import OrderedRegistry

from connectors import REGISTRY
from connectors.base import Connector, Query

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes"
QUERY = Query(
    brand="Acme Coffee", keywords=("acme",), phrases=("acme coffee",), hashtags=("acmecoffee",)
)


def _body_contains(fragment: str) -> Any:
    def match(request: requests.PreparedRequest) -> tuple[bool, str]:
        body = request.body.decode() if isinstance(request.body, bytes) else str(request.body)
        return fragment in body, f"body does not contain {fragment!r}"

    return match


def add(rsps: responses.RequestsMock, it: dict[str, Any]) -> None:
    match = []
    if "query" in it:
        match.append(matchers.query_param_matcher(it["query"], strict_match=False))
    if "request_headers" in it:
        match.append(matchers.header_matcher(it["request_headers"]))
    if "body_contains" in it:
        match.append(_body_contains(it["body_contains"]))
    kwargs: dict[str, Any] = {"status": it.get("status", 200), "headers": it.get("headers", {})}
    if "json" in it:
        kwargs["json"] = it["json"]
    else:
        kwargs["body"] = it.get("body", "")
        kwargs["content_type"] = it.get("content_type", "text/plain")
    rsps.add(it["method"], it["url"], match=match, **kwargs)


@dataclass(frozen=True)
class Cassette:
    kind: str
    data: dict[str, Any]

    @classmethod
    def load(cls, kind: str) -> Cassette:
        return cls(kind, json.loads((CASSETTES / f"{kind}.json").read_text("utf-8")))

    def connector(self, env: dict[str, str] | None = None) -> Connector[Any]:
        cls = REGISTRY[self.kind]
        options = cls.Options.model_validate(self.data["options"])
        return cls(options, env=self.data["env"] if env is None else env)

    @property
    def query(self) -> Query | None:
        return QUERY if REGISTRY[self.kind].needs_query else None

    def mock(self, scenario: str) -> responses.RequestsMock:
        """A started-on-enter mock holding the scenario's interactions, in order."""
        rsps = responses.RequestsMock(registry=OrderedRegistry)
        for it in self.data[scenario]:
            add(rsps, it)
        return rsps

    def failing(self, *failures: dict[str, Any], auth: bool = False) -> responses.RequestsMock:
        """The prelude (e.g. a token request), then the endpoint answering ``failures``.

        ``auth`` fails the credentials endpoint instead, where a source has one (Reddit's
        token request: a 401 on the API itself only makes praw fetch a new token).
        """
        rsps = responses.RequestsMock(registry=OrderedRegistry, assert_all_requests_are_fired=False)
        endpoint = self.data["endpoint"]
        if auth and "auth_endpoint" in self.data:
            endpoint = self.data["auth_endpoint"]
        else:
            for it in self.data["prelude"]:
                add(rsps, it)
        for failure in failures:
            rsps.add(endpoint["method"], endpoint["url"], **failure)
        return rsps


KINDS = sorted(p.stem for p in CASSETTES.glob("*.json"))
