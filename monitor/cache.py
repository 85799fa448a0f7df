"""Where repmon keeps what it can rebuild: checked lexicon tables, the unpacked language
model, the config overview ``repmon status`` reads. Any of it may be deleted at any time.

The folder is ``$REPMON_CACHE_DIR``, else ``$XDG_CACHE_HOME/repmon``, else
``~/.cache/repmon``. Imports nothing heavy: ``repmon status`` reads from it.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
CACHE_ENV = "REPMON_CACHE_DIR"


def cache_dir() -> Path:
    given = os.environ.get(CACHE_ENV, "").strip()
    if given:
        return Path(given).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(xdg) if xdg else Path.home() / ".cache") / "repmon"


def write_json(path: Path, data: Any) -> None:
    """Write atomically (a reader sees the old file or the new one, never half of one); a
    cache that cannot be written only costs the time it would have saved."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, suffix=".tmp", delete=False
        ) as tmp:
            json.dump(data, tmp, ensure_ascii=False)
    except OSError as e:
        log.debug("cache not written to %s: %s", path, e)
        return
    try:
        os.replace(tmp.name, path)
    except OSError as e:
        log.debug("cache not written to %s: %s", path, e)
        Path(tmp.name).unlink(missing_ok=True)
