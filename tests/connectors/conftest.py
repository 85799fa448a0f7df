from __future__ import annotations

import time

import pytest


@pytest.fixture(autouse=True)
def _no_network(socket_disabled: None) -> None:
    """Connector tests replay recorded HTTP; any real socket is an error."""


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Backoff sleeps are recorded instead of slept, so retries are visible and fast."""
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    return slept
