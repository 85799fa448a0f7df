"""The registry of sources: config ``kind`` -> connector class. Explicit, no scanning."""

from __future__ import annotations

from typing import Any

from connectors.appstore import AppStoreConnector
from connectors.base import Connector
from connectors.bluesky import BlueskyConnector
from connectors.googlebusiness import GoogleBusinessConnector
from connectors.googleplay import GooglePlayConnector
from connectors.hackernews import HackerNewsConnector
from connectors.jsonl import JsonlConnector
from connectors.mastodon import MastodonConnector
from connectors.reddit import RedditConnector
from connectors.rss import RssConnector
from connectors.x import XConnector
from connectors.youtube import YouTubeConnector

REGISTRY: dict[str, type[Connector[Any]]] = {
    cls.name: cls
    for cls in (
        JsonlConnector,
        XConnector,
        RedditConnector,
        HackerNewsConnector,
        RssConnector,
        AppStoreConnector,
        GooglePlayConnector,
        MastodonConnector,
        BlueskyConnector,
        YouTubeConnector,
        GoogleBusinessConnector,
    )
}

__all__ = ["REGISTRY", "Connector"]
