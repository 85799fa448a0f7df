"""``repmon sources list`` and ``repmon sources check``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import responses
from click.testing import CliRunner

from monitor.cli import cli

CONFIG = """
[[brands]]
name = "Acme"
keywords = ["acme"]

[[sources]]
kind = "hackernews"

[[sources]]
kind = "x"

[[sources]]
kind = "appstore"
brands = ["Acme"]
options = { app_id = "not-a-number" }
"""


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.delenv("X_BEARER_TOKEN", raising=False)
    monkeypatch.delenv("REPMON_DATABASE_URL", raising=False)
    path = tmp_path / "repmon.toml"
    path.write_text(CONFIG.replace('"not-a-number"', "1234567890"), "utf-8")
    return ["--config", str(path), "--data-dir", str(tmp_path / "data")]


def test_sources_list__shows_each_partition_never_polled(config: list[str]) -> None:
    result = CliRunner().invoke(cli, [*config, "sources", "list", "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["name"], r["brand"], r["schedule"]) for r in rows] == [
        ("hackernews", "Acme", "30m"), ("x", "Acme", "15m"), ("appstore", "Acme", "2h"),
    ]  # fmt: skip
    assert all(r["last_success"] is None and r["cursor_age"] is None for r in rows)


def test_sources_check__names_missing_secret_and_reports_each(config: list[str]) -> None:
    with responses.RequestsMock() as rsps:
        rsps.get("https://hn.algolia.com/api/v1/search_by_date", json={"hits": [], "nbPages": 0})
        rsps.get(
            "https://itunes.apple.com/us/rss/customerreviews/page=1/id=1234567890/sortby=mostrecent/json",
            status=503,
        )  # fmt: skip
        result = CliRunner().invoke(cli, [*config, "sources", "check"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].split() == ["hackernews", "hackernews", "ok"]
    assert "FAILED: environment variable X_BEARER_TOKEN is not set" in lines[1]
    assert "FAILED: appstore: 503" in lines[2]


def test_sources_check__one_source_by_name(config: list[str]) -> None:
    result = CliRunner().invoke(cli, [*config, "sources", "check", "x"])
    assert result.exit_code == 1
    assert "X_BEARER_TOKEN" in result.output
