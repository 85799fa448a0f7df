"""Compiled patterns kept on disk, so a process does not parse them again.

The ``regex`` module parses and optimises a pattern in Python before it builds the matcher
from the resulting opcodes: for the ~3,000 fixed patterns of the reading's lexicons and the
reply rules that is seconds of every process (``repmon suggest`` of one text, ``repmon
score``, each worker of a scan), where building a matcher from stored opcodes takes a few
microseconds. The opcodes are what ``regex`` itself pickles a pattern as (the reduction it
registers with ``copyreg``), and they depend only on the pattern, its flags and the
``regex`` build, so they are stored under a key made of the build: a new release or Python
is a new file and the old one is never read again.

Only fixed patterns belong here (module constants, lexicon tables): a pattern made from a
mention's own words would be stored for nothing. ``tests/monitor/test_rx.py`` holds that
rule for module constants. The store keeps at most ``MAX_ENTRIES``; past that, a save keeps
only what the saving process used. A store that cannot be read is ignored and one that
cannot be written only costs the time it would have saved.

The folder is ``$REPMON_CACHE_DIR``, else ``$XDG_CACHE_HOME/repmon``, else
``~/.cache/repmon``; ``regex/<key>.marshal`` inside it.
"""

from __future__ import annotations

import atexit
import copyreg
import hashlib
import logging
import marshal
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import regex

from monitor.cache import cache_dir

log = logging.getLogger(__name__)

FORMAT = "regex-opcodes-1"
MAX_ENTRIES = 12_000
SAVE_EVERY = 5.0  # seconds: a long process (a scan's worker) saves as it goes
Key = tuple[str, int]


Reduce = Callable[[Any], Any]


@cache
def _pickling() -> tuple[Reduce, Callable[..., Any]] | None:
    """How ``regex`` pickles a pattern and builds it back, or None when this build does not
    say (then every pattern is compiled as usual)."""
    made = regex.compile("x")
    reduce: Reduce | None = copyreg.dispatch_table.get(type(made))
    if reduce is None:
        return None
    try:
        build, args = reduce(made)
        if build(*args).pattern != "x":
            return None
    except Exception:  # noqa: BLE001 - an unexpected build: nothing is stored
        return None
    return reduce, build


def store_key() -> str:
    """The ``regex`` release, its compiled part and the Python that runs it."""
    from regex import _regex as engine

    digest = hashlib.sha256(FORMAT.encode())
    digest.update(f"{regex.__version__}|{sys.version}|{regex.DEFAULT_VERSION}".encode())
    try:
        stat = os.stat(engine.__file__)
        digest.update(f"{engine.__file__}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    except (OSError, AttributeError, TypeError):
        digest.update(b"unknown build")
    return digest.hexdigest()[:32]


class PatternStore:
    """Patterns by (text, flags), built from stored opcodes when there are some."""

    def __init__(self, where: Callable[[], Path | None]) -> None:
        self._where = where  # asked on first use: tests and callers may set the folder first
        self._path: Path | None = None
        self._located = False
        self._lock = threading.Lock()
        self._pickling = _pickling()
        self._stored: dict[Key, bytes] | None = None
        self._new: dict[Key, bytes] = {}
        self._used: set[Key] = set()
        self._saved_at = time.monotonic()

    def compile(self, pattern: str, flags: int = 0) -> regex.Pattern[str]:
        key = (pattern, int(flags))
        blob = self._entries().get(key)
        if blob is not None:
            made = self._rebuild(key, blob)
            if made is not None:
                return made
        made = regex.compile(pattern, flags)
        blob = self._opcodes(made)
        if blob is not None:
            with self._lock:
                self._new[key] = blob
                self._used.add(key)
            if time.monotonic() - self._saved_at > SAVE_EVERY:
                self.save()
        return made

    @property
    def path(self) -> Path | None:
        if not self._located:
            try:
                self._path = self._where()
            except (OSError, RuntimeError) as e:  # no home folder
                log.debug("no pattern store: %s", e)
            self._located = True
        return self._path

    def _entries(self) -> dict[Key, bytes]:
        if self._stored is None:
            with self._lock:
                if self._stored is None:
                    self._stored = self._read()
        return self._stored

    def _read(self) -> dict[Key, bytes]:
        if self.path is None or self._pickling is None:
            return {}
        try:
            data = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError) as e:
            if not isinstance(e, FileNotFoundError):
                log.debug("pattern store %s not read: %s", self.path, e)
            return {}
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return {}
        entries = data.get("entries")
        return entries if isinstance(entries, dict) else {}

    def _rebuild(self, key: Key, blob: bytes) -> regex.Pattern[str] | None:
        assert self._pickling is not None  # nothing is stored without it
        try:
            made = self._pickling[1](*marshal.loads(blob))
        except Exception as e:  # noqa: BLE001 - a bad entry is compiled again, not fatal
            log.debug("stored pattern %r not usable: %s", key[0][:60], e)
            made = None
        if made is None or made.pattern != key[0]:
            with self._lock:
                self._entries().pop(key, None)
            return None
        with self._lock:
            self._used.add(key)
        return made  # type: ignore[no-any-return]

    def _opcodes(self, made: regex.Pattern[str]) -> bytes | None:
        if self.path is None or self._pickling is None or made.flags & regex.LOCALE:
            return None
        try:
            _, args = self._pickling[0](made)
            plain = tuple(int(a) if isinstance(a, int) else a for a in args)
            return marshal.dumps(plain)
        except (ValueError, TypeError):
            return None

    def save(self) -> None:
        """Merge what this process compiled into the file; atomic, never fatal."""
        with self._lock:
            new, self._new = self._new, {}
            used = set(self._used)
            self._saved_at = time.monotonic()
        if not new or self.path is None:
            return
        entries = {**self._read(), **new}
        if len(entries) > MAX_ENTRIES:
            entries = {k: v for k, v in entries.items() if k in used}
        if not _write(self.path, marshal.dumps({"format": FORMAT, "entries": entries})):
            return
        with self._lock:
            if self._stored is not None:
                self._stored.update(new)

    def after_fork(self) -> None:
        self._lock = threading.Lock()


def _write(path: Path, data: bytes) -> bool:
    """Atomically: a reader sees the old file or the new one, never half of one."""
    tmp: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, suffix=".tmp", delete=False) as f:
            tmp = Path(f.name)
            f.write(data)
        os.replace(tmp, path)
    except OSError as e:
        log.debug("pattern store not written to %s: %s", path, e)
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        return False
    return True


def default_path() -> Path:
    return cache_dir() / "regex" / f"{store_key()}.marshal"


_store = PatternStore(default_path)
atexit.register(_store.save)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_store.after_fork)


def compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile`` for a fixed pattern, built from stored opcodes when it can be."""
    return _store.compile(pattern, flags)
