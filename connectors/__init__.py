"""The registry of sources: config ``kind`` -> connector class. Explicit, no scanning."""

from __future__ import annotations

from typing import Any

from connectors.base import Connector
from connectors.jsonl import JsonlConnector

REGISTRY: dict[str, type[Connector[Any]]] = {
    JsonlConnector.name: JsonlConnector,
}

__all__ = ["REGISTRY", "Connector"]
