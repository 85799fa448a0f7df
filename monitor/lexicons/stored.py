"""A lexicon's checked, bucketed tables, kept on disk so a process does not redo them.

Reading a lexicon means compiling each of its ~1,500 patterns once to check it and working
out the first letters each can start with: about half a second per language, paid by
every process (``repmon score`` of one text, each worker of a scan). The outcome depends
only on the file's bytes and on this code, so it is stored under a key made of both: a
changed lexicon file (or a new release that buckets differently) is a new key, and the old
entry is never read again. A cache that cannot be written (a read-only home) only costs the
time it would have saved.

The folder is ``$REPMON_CACHE_DIR``, else ``$XDG_CACHE_HOME/repmon``, else
``~/.cache/repmon``; ``lexicons/<language>-<key>.json`` inside it.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any

from monitor.cache import CACHE_ENV as CACHE_ENV  # re-exported: tests and callers name it
from monitor.cache import cache_dir as cache_dir
from monitor.cache import write_json

log = logging.getLogger(__name__)
# bump when what is stored (or how patterns are bucketed) changes
FORMAT = "lexicon-tables-1"

Tables = dict[str, Any]


def key_of(raw: str) -> str:
    """The file's bytes and the code that reads them: either changing is a new entry."""
    from monitor.lexicons import __file__ as code_file

    digest = hashlib.sha256(FORMAT.encode())
    digest.update(Path(code_file).read_bytes())
    digest.update(raw.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


def _path(language: str, key: str) -> Path:
    safe = "".join(c for c in language if c.isalnum() or c in "-_")[:16] or "xx"
    return cache_dir() / "lexicons" / f"{safe}-{key}.json"


def load(language: str, key: str) -> Tables | None:
    """The stored tables, or None when there are none (or they cannot be read)."""
    try:
        data = json.loads(_path(language, key).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("key") != key:
        return None
    return data


def store(language: str, key: str, tables: Tables) -> None:
    """Write atomically (a reader never sees half a file); a failure only costs time."""
    write_json(_path(language, key), {"format": FORMAT, "key": key, **tables})
