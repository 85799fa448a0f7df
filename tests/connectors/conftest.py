from __future__ import annotations

import time
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _no_network(socket_disabled: None) -> Iterator[None]:
    """Connector tests replay recorded HTTP; any real socket is an error."""
    yield


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Backoff sleeps are recorded instead of slept, so retries are visible and fast."""
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    return slept
