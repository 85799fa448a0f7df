"""The overview ``repmon status`` reads: the same values as the validated settings, read
back only for the very file (and code) that passed the full validation."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from connectors import REGISTRY
from connectors.x import XConnector, XOptions
from monitor.cache import CACHE_ENV
from monitor.config import load_settings
from monitor.config_view import Overview, cache_file, cached_overview, overview_of
from monitor.errors import ConfigError
from tests.conftest import ROOT

CONFIG = """\
[storage]
data_dir = "data"

[[brands]]
name = "Acme"
keywords = ["acme"]
timezone = "Europe/Helsinki"
alerts = { anger_threshold = 0.7, channels_env = ["ACME_ALERT_URL"] }

[[sources]]
kind = "x"
interval = "5m"
options = { max_posts_per_day = 500, cost_per_post = 0.01 }

[[sources]]
kind = "jsonl"
name = "export"
enabled = false
options = { path = "mentions.jsonl" }
"""


def counted(path: Path) -> tuple[list[int], Overview]:
    calls: list[int] = []

    def full() -> Overview:
        calls.append(1)
        return overview_of(load_settings(path, registry=REGISTRY), REGISTRY)

    return calls, cached_overview(path, full=full)


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "repmon.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ["demo.toml", "repmon.example.toml"])
def test_overview__survives_its_json_form(name: str) -> None:
    settings = load_settings(ROOT / "config" / name, registry=REGISTRY)
    overview = overview_of(settings, REGISTRY)
    assert Overview.from_json(json.loads(json.dumps(overview.to_json()))) == overview
    assert [b.name for b in overview.brands] == [b.name for b in settings.brands]


def test_overview__holds_what_status_shows(config: Path) -> None:
    overview = overview_of(load_settings(config, registry=REGISTRY), REGISTRY)
    [brand] = overview.brands
    assert (brand.name, str(brand.tz), brand.anger_threshold) == ("Acme", "Europe/Helsinki", 0.7)
    [part] = overview.parts  # the disabled source is not polled
    assert (part.source, part.brand, part.interval_seconds) == ("x", "Acme", 300.0)
    assert overview.data_dir == str(config.parent / "data")
    assert {"ACME_ALERT_URL", "X_BEARER_TOKEN"} <= set(overview.secret_envs)
    cursor = json.dumps({"reads": {"2026-11-29": 120}})
    now = datetime(2026, 11, 29, 12, tzinfo=UTC)
    assert part.metering is not None
    assert part.metering.usage(cursor, now=now) == XConnector.usage(
        XOptions(max_posts_per_day=500, cost_per_post=0.01), cursor, now=now
    )


def test_cached_overview__validates_once_per_version_of_the_file(config: Path) -> None:
    first_calls, first = counted(config)
    again_calls, again = counted(config)
    assert (first_calls, again_calls, again) == ([1], [], first)
    config.write_text(CONFIG.replace('"5m"', '"10m"'), encoding="utf-8")
    edited_calls, edited = counted(config)
    assert edited_calls == [1]
    assert edited.parts[0].interval_seconds == 600.0


def test_cached_overview__a_copy_elsewhere_is_validated_for_its_own_place(
    config: Path, tmp_path: Path
) -> None:
    counted(config)
    other = tmp_path / "elsewhere" / "repmon.toml"
    other.parent.mkdir()
    other.write_bytes(config.read_bytes())
    calls, overview = counted(other)
    assert calls == [1]
    assert overview.data_dir == str(other.parent / "data")  # relative to its own folder


def test_cached_overview__a_bad_file_is_never_remembered(config: Path) -> None:
    config.write_text(CONFIG.replace("Europe/Helsinki", "Europe/Helsinky"), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ConfigError, match=r"brands\[0\]\.timezone: unknown timezone"):
            counted(config)


def test_cached_overview__a_damaged_or_unwritable_cache_only_costs_a_validation(
    config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted(config)
    cache_file(config).write_text("{not json", encoding="utf-8")
    calls, overview = counted(config)
    assert calls == [1]
    assert overview.parts[0].source == "x"
    assert counted(config)[0] == []  # rewritten whole
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocked))  # the cache dir cannot be made
    assert [counted(config)[0] for _ in range(2)] == [[1], [1]]
    assert not list(tmp_path.glob("**/.overview-*"))  # no half-written file left behind
