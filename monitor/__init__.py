"""reputation-monitor core: config, storage, matching, scoring and the scan runner."""

from __future__ import annotations

__version__ = "0.1.0"
