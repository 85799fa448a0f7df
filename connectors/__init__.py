"""The registry of sources: config ``kind`` -> connector class. Explicit, no scanning.

Each kind names the module and class that implement it; a connector's module (and its
client library: tweepy, praw, feedparser, requests) is imported the first time that kind
is looked up, so a command that never builds a source never pays for them. Importing this
package loads neither pydantic nor any connector (``repmon status`` relies on it).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from connectors.base import Connector

_PLACES = {
    "jsonl": "connectors.jsonl:JsonlConnector",
    "x": "connectors.x:XConnector",
    "reddit": "connectors.reddit:RedditConnector",
    "hackernews": "connectors.hackernews:HackerNewsConnector",
    "rss": "connectors.rss:RssConnector",
    "appstore": "connectors.appstore:AppStoreConnector",
    "googleplay": "connectors.googleplay:GooglePlayConnector",
    "mastodon": "connectors.mastodon:MastodonConnector",
    "bluesky": "connectors.bluesky:BlueskyConnector",
    "youtube": "connectors.youtube:YouTubeConnector",
    "googlebusiness": "connectors.googlebusiness:GoogleBusinessConnector",
}


class Registry(Mapping[str, "type[Connector[Any]]"]):
    """A read-only ``kind -> connector class`` mapping that imports each class on first use."""

    def __init__(self, places: Mapping[str, str]) -> None:
        self._places = dict(places)
        self._loaded: dict[str, type[Connector[Any]]] = {}

    def __getitem__(self, kind: str) -> type[Connector[Any]]:
        cls = self._loaded.get(kind)
        if cls is None:
            module, _, name = self._places[kind].partition(":")
            cls = getattr(import_module(module), name)
            if cls.name != kind:
                raise LookupError(f"{self._places[kind]} is registered as {kind!r}: {cls.name!r}")
            self._loaded[kind] = cls
        return cls

    def __iter__(self) -> Iterator[str]:
        return iter(self._places)

    def __len__(self) -> int:
        return len(self._places)

    def __contains__(self, kind: object) -> bool:
        return kind in self._places


REGISTRY: Mapping[str, type[Connector[Any]]] = Registry(_PLACES)


__all__ = ["REGISTRY", "Registry"]
