"""The first ten minutes: no config yet, no terminal, no network."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from connectors import REGISTRY
from monitor.cli.plain import plain_error
from monitor.config import load_settings
from tests.monitor.cli.conftest import Run

# what requests says on a machine without network (recorded on one)
OFFLINE = (
    "hackernews: cannot connect to https://hn.algolia.com/api/v1/search: HTTPSConnectionPool("
    "host='hn.algolia.com', port=443): Max retries exceeded with url: /api/v1/search (Caused by "
    'NameResolutionError("<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to '
    "resolve 'hn.algolia.com' ([Errno -2] Name or service not known)\")) (gave up after 3 "
    "attempts)"
)


@pytest.mark.parametrize(
    "command", [["scan"], ["status"], ["inbox"], ["digest"], ["sources", "list"]]
)
def test_no_config__every_command_says_run_init(
    repmon: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    monkeypatch.setenv("REPMON_CONFIG", str(tmp_path / "none" / "repmon.toml"))
    result = repmon(*command)
    assert result.code == 2
    assert "no config yet: run `repmon init` (or try `repmon --demo ...`)" in result.err
    assert "example.toml" not in result.err
    assert "Traceback" not in result.err


def test_no_config__suggest_still_answers(
    repmon: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REPMON_CONFIG", str(tmp_path / "none" / "repmon.toml"))
    result = repmon("suggest", "Still waiting for order #NW-48213, I want my money back")
    assert result.code == 0, result.err
    assert "NW-48213" in result.out
    assert "Offline reply" in result.out


def test_init__without_a_terminal_or_brand_exits_2_naming_the_flag(
    repmon: Run, tmp_path: Path
) -> None:
    target = tmp_path / "fresh" / "repmon.toml"
    result = repmon("--config", str(target), "init")
    assert result.code == 2
    assert "--brand NAME" in result.err
    assert not target.exists()


def test_init__starter_has_a_local_import_source_and_commented_network_ones(
    repmon: Run, tmp_path: Path
) -> None:
    target = tmp_path / "fresh" / "repmon.toml"
    assert repmon("--config", str(target), "init", "--brand", "Acme").code == 0
    text = target.read_text()
    kinds = [s["kind"] for s in tomllib.loads(text)["sources"]]
    assert kinds[0] == "jsonl"
    assert text.count("needs the network") == 2
    assert (target.parent / "mentions.jsonl").is_file()
    settings = load_settings(target, registry=REGISTRY)
    assert settings.source("import").options == {"path": "mentions.jsonl"}


def test_scan__unreachable_sources_are_one_plain_line_each(
    repmon: Run, config_file: Path, tmp_path: Path
) -> None:
    (tmp_path / "mentions.jsonl").write_text("")
    config_file.write_text(
        config_file.read_text()
        + '\n[[sources]]\nkind = "hackernews"\noptions = { base_url = "http://127.0.0.1:9" }\n',
        encoding="utf-8",
    )
    result = repmon("scan")
    assert result.code == 1
    assert "1 of 2 source(s) failed; the others were stored:" in result.err
    [line] = [x for x in result.err.splitlines() if x.startswith("  hackernews")]
    assert "cannot reach 127.0.0.1: the connection was refused" in line
    assert "HTTPConnectionPool" not in result.out + result.err


def test_plain_error__offline_name_resolution_in_one_line() -> None:
    assert plain_error(OFFLINE) == (
        "hackernews: cannot reach hn.algolia.com: its name does not resolve "
        "(offline, or DNS is down) (tried 3 times)"
    )
