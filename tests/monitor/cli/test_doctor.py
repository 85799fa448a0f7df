"""``repmon doctor`` against real local servers: aiosmtpd, an HTTP source; no network."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.faults.hn_server import Feed, hn_server
from tests.monitor.cli.conftest import Run
from tests.reports.smtp_server import free_port, smtp_server


def _config(config_file: Path, *, hn: str, smtp_port: int, channels: str = "") -> None:
    text = config_file.read_text().replace(
        'timezone = "Pacific/Auckland"\n',
        'timezone = "Pacific/Auckland"\ndigest = { recipients = ["ops@acme.example"] }\n'
        f"alerts = {{ channels_env = [{channels}] }}\n",
    )
    text += f'\n[[sources]]\nkind = "hackernews"\noptions = {{ base_url = "{hn}" }}\n'
    text += f'\n[email]\nhost = "127.0.0.1"\nport = {smtp_port}\nsecurity = "none"\n'
    config_file.write_text(text, encoding="utf-8")
    (config_file.parent / "mentions.jsonl").write_text("")


def test_doctor__all_ok_exits_0(
    repmon: Run, config_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = free_port()
    monkeypatch.setenv("ACME_CHAT", "json://127.0.0.1:9/hook")
    with hn_server(Feed(total=3)) as hn, smtp_server(port) as smtp:
        _config(config_file, hn=hn, smtp_port=port, channels='"ACME_CHAT"')
        result = repmon("doctor")
    assert result.code == 0, result.out
    for name in ("config", "database", "source export", "source hackernews", "smtp",
                 "alerts Acme Coffee ACME_CHAT", "disk"):  # fmt: skip
        assert any(line.startswith("ok") and name in line for line in result.out.splitlines()), name
    assert "All checks ok." in result.out
    assert smtp.received == []  # a check never sends mail


def test_doctor__each_problem_says_how_to_fix_it(
    repmon: Run, config_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("X_BEARER_TOKEN", raising=False)
    monkeypatch.delenv("ACME_CHAT", raising=False)
    port = free_port()  # nothing listens: SMTP is down
    with hn_server(Feed(total=3, plan={1: "500", 2: "500", 3: "500"})) as hn:
        _config(config_file, hn=hn, smtp_port=port, channels='"ACME_CHAT"')
        config_file.write_text(config_file.read_text() + '\n[[sources]]\nkind = "x"\n')
        result = repmon("doctor", "--json")
    assert result.code == 1
    report = json.loads(result.out)
    assert report["ok"] is False
    by_name = {c["name"]: c for c in report["checks"]}
    assert by_name["config"]["ok"]
    assert by_name["source export"]["ok"]
    x, hn_check = by_name["source x"], by_name["source hackernews"]
    assert not x["ok"]
    assert "X_BEARER_TOKEN is not set" in x["detail"]
    assert "set the variable" in x["fix"]
    assert not hn_check["ok"]
    assert "500" in hn_check["detail"]
    assert not by_name["smtp"]["ok"]
    assert "connection was refused" in by_name["smtp"]["detail"]
    assert "[email]" in by_name["smtp"]["fix"]
    chat = by_name["alerts Acme Coffee ACME_CHAT"]
    assert not chat["ok"]
    assert chat["fix"] == "export ACME_CHAT=URL"


def test_doctor__no_config_is_a_problem_with_the_command_that_fixes_it(
    repmon: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REPMON_CONFIG", str(tmp_path / "missing.toml"))
    result = repmon("doctor")
    assert result.code == 1
    assert result.out.startswith("PROBLEM  config")
    assert "repmon init --brand NAME" in result.out
