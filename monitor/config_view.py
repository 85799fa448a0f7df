"""What ``repmon status`` needs of the settings, kept beside the config it came from.

``repmon status`` is what a monitoring check runs every minute. Validating the config
means importing pydantic, building its models and importing every configured connector
(and its client library), which costs more than the whole command may. Status prints only
the brands, the partitions with their intervals and spend meters, and the data dir, so
once a config file has passed the full validation these few values are saved in the cache
dir (``monitor.cache``) under a key made of the file's exact bytes, its path, the home dir
and the code that validates it. The next run with the same file reads them back (plain
JSON, no pydantic, no connector). A changed or new file, a new version, or no cache at all
takes the full validation again, so a bad config still fails with the error that names
its field.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from connectors.spend import Metering
from monitor import __version__
from monitor.cache import cache_dir, write_json

if TYPE_CHECKING:
    from connectors.base import Connector
    from monitor.config import Settings

FORMAT = "repmon-overview/1"
_HERE = Path(__file__).resolve().parent
# the code whose change can change what a config validates to
_CODE = [_HERE / n for n in ("config.py", "config_text.py", "config_view.py", "matching.py",
                             "partitions.py", "redact.py", "timeutil.py")]  # fmt: skip
_CONNECTORS = _HERE.parent / "connectors"


@dataclass(frozen=True)
class BrandView:
    name: str
    timezone: str
    anger_threshold: float

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class PartView:
    """One partition a scan polls: a source (its key) for one brand, or ``*``."""

    source: str
    brand: str
    interval_seconds: float
    metering: Metering | None = None

    @property
    def interval(self) -> timedelta:
        return timedelta(seconds=self.interval_seconds)


@dataclass(frozen=True)
class Overview:
    brands: tuple[BrandView, ...]
    parts: tuple[PartView, ...]
    spike_min_count: int
    data_dir: str | None  # resolved against the config file's folder, as settings have it
    secret_envs: tuple[str, ...]  # variables whose values are masked in what status prints

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Overview:
        parts = tuple(
            PartView(p["source"], p["brand"], float(p["interval_seconds"]),
                     Metering(**p["metering"]) if p["metering"] else None)
            for p in data["parts"]
        )  # fmt: skip
        return cls(tuple(BrandView(**b) for b in data["brands"]), parts,
                   int(data["spike_min_count"]), data["data_dir"],
                   tuple(data["secret_envs"]))  # fmt: skip


def default_config_path() -> Path:
    """``REPMON_CONFIG``, else ``repmon.toml`` in the user config dir."""
    from platformdirs import user_config_path

    env = os.environ.get("REPMON_CONFIG")
    return Path(env) if env else user_config_path("repmon") / "repmon.toml"


def overview_of(
    settings: Settings, registry: Mapping[str, type[Connector[Any]]], *, secrets: bool = True
) -> Overview:
    """The values status shows, from validated settings (this imports the connectors).
    ``secrets=False`` leaves out the secret variables' names (a caller that has the
    settings has registered their values already)."""
    from monitor.partitions import partitions
    from monitor.redact import env_names

    parts = []
    for p in partitions(settings, registry):
        cls = registry[p.source.kind]
        every = p.source.interval_or(cls.default_interval).total_seconds()
        parts.append(PartView(p.source.key, p.brand, every, _metering(cls, p.source.options)))
    brands = tuple(BrandView(b.name, b.timezone, b.alerts.anger_threshold) for b in settings.brands)
    data_dir = settings.storage.data_dir
    return Overview(brands, tuple(parts), settings.run.spike_min_count,
                    str(data_dir) if data_dir else None,
                    tuple(sorted(env_names(settings, registry))) if secrets else ())  # fmt: skip


def _metering(cls: type[Connector[Any]], options: dict[str, Any]) -> Metering | None:
    try:
        return cls.metering(cls.Options.model_validate(options))
    except ValueError:
        return None  # invalid options are reported by `repmon config validate`


def cached_overview(path: Path, *, full: Callable[[], Overview]) -> Overview:
    """The overview of the config at ``path``: read back when this exact file was validated
    before, else ``full()`` (which validates it, raising ``ConfigError`` if it is bad)."""
    try:
        key, store = _key(path.read_bytes(), path), cache_file(path)
    except OSError:
        return full()  # it names the file and why it cannot be read
    try:
        saved = json.loads(store.read_text(encoding="utf-8"))
        if saved.get("key") == key:
            return Overview.from_json(saved["overview"])
    except (OSError, ValueError, KeyError, TypeError):
        pass  # no cache yet, or an unreadable one: validate afresh and rewrite it
    overview = full()
    write_json(store, {"key": key, "overview": overview.to_json()})
    return overview


def _key(raw: bytes, path: Path) -> str:
    digest = hashlib.sha256(raw)
    code = sorted(_CODE + [p for p in _CONNECTORS.glob("*.py")])
    stamps = [f"{p.name}:{s.st_size}:{s.st_mtime_ns}" for p in code if (s := _stat(p))]
    for part in (FORMAT, __version__, str(path.resolve()), os.path.expanduser("~"), *stamps):
        digest.update(b"\0" + part.encode())
    return digest.hexdigest()


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except OSError:
        return None


def cache_file(path: Path) -> Path:
    """Where the overview of the config at ``path`` is kept: one file per config file."""
    name = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:20]
    return cache_dir() / "config" / f"{name}.json"
