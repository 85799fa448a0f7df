"""Config-editing commands through the real entry point, against a temporary config file."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from connectors import REGISTRY
from monitor.cli.init import starter_config
from monitor.config import load_settings, parse_settings
from tests.monitor.cli.conftest import CONFIG, Run


def _comments(text: str) -> list[str]:
    return [line.split("# ", 1)[1] for line in text.splitlines() if "# " in line]


def test_brands_add_list_show_remove__round_trip_keeps_comments(
    repmon: Run, config_file: Path
) -> None:
    added = repmon("brands", "add", "Parcelly", 'parcelly OR "parcelly plus" -parcellyx',
                   "--timezone", "Asia/Dhaka", "--language", "en", "--language", "bn")  # fmt: skip
    assert added.code == 0, added.err
    assert _comments(config_file.read_text()) == _comments(CONFIG)
    brand = load_settings(config_file, registry=REGISTRY).brand("parcelly")
    assert brand.keywords == ["parcelly", '"parcelly plus"', "-parcellyx"]
    assert brand.languages == ["en", "bn"]

    listed = repmon("brands", "list")
    assert "Parcelly" in listed.out
    assert "Asia/Dhaka" in listed.out
    assert "en,bn" in listed.out
    shown = repmon("brands", "show", "parcelly", "--json")
    assert '"timezone": "Asia/Dhaka"' in shown.out

    assert repmon("brands", "remove", "Parcelly").code == 0
    assert config_file.read_text() == CONFIG


def test_keywords_add_remove__query_string_and_exclusions(repmon: Run, config_file: Path) -> None:
    result = repmon(
        "keywords", "add", "--brand", "acme coffee", 'beans OR "acme beans"', "-anvil", "@AcmeHelp"
    )
    assert result.code == 0, result.err
    assert 'Now watching for acme coffee: beans, "acme beans", -anvil, @AcmeHelp' in result.out
    assert "# words and phrases" in config_file.read_text()
    matched = repmon("match", "--brand", "Acme Coffee", "the acme anvil broke")
    assert matched.out.strip() == "Acme Coffee: dropped: excluded by -anvil"
    matched = repmon("match", "thanks @acmehelp")
    assert matched.out.strip() == "Acme Coffee: match: @AcmeHelp"

    assert (
        repmon(
            "keywords",
            "remove",
            "--brand",
            "Acme Coffee",
            "-anvil",
            "@acmehelp",
            "BEANS",
            '"Acme Beans"',
        ).code
        == 0
    )
    assert config_file.read_text() == CONFIG


def test_keywords_remove__last_term_is_refused_and_file_unchanged(
    repmon: Run, config_file: Path
) -> None:
    result = repmon("keywords", "remove", "--brand", "Acme Coffee", "acme", '"acme coffee"')
    assert result.code == 2
    assert "brands[0]: a brand needs at least one keyword or handle to watch" in result.err
    assert config_file.read_bytes() == CONFIG.encode()


def test_keywords_add__bad_query_names_it(repmon: Run, config_file: Path) -> None:
    result = repmon("keywords", "add", "--brand", "Acme Coffee", '"acme beans')
    assert result.code == 2
    assert "unbalanced quote" in result.err
    assert config_file.read_bytes() == CONFIG.encode()


def test_brands_add__invalid_timezone_is_refused_and_file_byte_identical(
    repmon: Run, config_file: Path
) -> None:
    result = repmon("brands", "add", "Beta", "--timezone", "Europe/Helsinky")
    assert result.code == 2
    assert "brands[1].timezone: unknown timezone 'Europe/Helsinky'" in result.err
    assert config_file.read_bytes() == CONFIG.encode()


def test_sources_add_remove__round_trip(repmon: Run, config_file: Path) -> None:
    result = repmon("sources", "add", "jsonl", "--name", "reviews", "--brand", "acme coffee",
                    "--interval", "30m", "--option", "path=reviews.csv", "--option", "page_size=100")  # fmt: skip
    assert result.code == 0, result.err
    source = load_settings(config_file, registry=REGISTRY).source("reviews")
    assert source.options == {"path": "reviews.csv", "page_size": 100}
    assert source.brands == ["Acme Coffee"]
    assert repmon("sources", "remove", "reviews").code == 0
    assert config_file.read_text() == CONFIG


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("password=hunter2-secret", 'sources[1].options.password: secrets go in environment variables; use password_env = "VAR"'),
        ("api_token=hunter2-secret", "use api_token_env"),
        ("token_env=hunter2-secret", "sources[1] (jsonl).options.token_env: name the environment variable"),
    ],
)  # fmt: skip
def test_sources_add__secret_never_reaches_the_file(
    repmon: Run, config_file: Path, option: str, message: str
) -> None:
    result = repmon(
        "sources", "add", "jsonl", "--name", "b", "--option", "path=b.jsonl", "--option", option
    )
    assert result.code == 2
    assert message in result.err
    assert "hunter2" not in result.err + result.out
    assert config_file.read_bytes() == CONFIG.encode()


def test_sources_remove__unknown_names_it(repmon: Run) -> None:
    result = repmon("sources", "remove", "nope")
    assert result.code == 2
    assert "sources: no source named 'nope'" in result.err


def test_dry_run__shows_the_diff_and_writes_nothing(repmon: Run, config_file: Path) -> None:
    result = repmon("keywords", "add", "--brand", "Acme Coffee", "beans", "--dry-run")
    assert result.code == 0
    assert '+keywords = ["acme", "\\"acme coffee\\"", "beans"]   # words and phrases' in result.out
    assert config_file.read_bytes() == CONFIG.encode()


def test_config_path__names_the_file_and_where_it_came_from(
    repmon: Run, config_file: Path, tmp_path: Path
) -> None:
    from_env = repmon("config", "path")
    assert from_env.out.strip() == str(config_file)
    assert "(from $REPMON_CONFIG)" in from_env.err
    other = tmp_path / "other.toml"
    from_flag = repmon("--config", str(other), "config", "path", "--json")
    assert f'"path": "{other}", "from": "--config", "exists": false' in from_flag.out


def test_init__writes_a_valid_starter_and_says_what_next(repmon: Run, tmp_path: Path) -> None:
    target = tmp_path / "new" / "repmon.toml"
    result = repmon(
        "--config", str(target), "init", "--brand", "Acme Coffee", "--timezone", "Europe/Helsinki"
    )
    assert result.code == 0, result.err
    assert f"repmon --config {target} scan" in result.out
    assert "repmon --config" in result.out
    assert "keywords add --brand 'Acme Coffee'" in result.out
    settings = load_settings(target, registry=REGISTRY)
    assert settings.brands[0].keywords == ["Acme Coffee"]
    text = target.read_text()
    assert 'kind = "hackernews"' in text
    assert 'kind = "rss"' in text
    again = repmon("--config", str(target), "init", "--brand", "Other")
    assert again.code == 1
    assert "already exists; use --force" in again.err
    assert target.read_text() == text


def test_init__bad_timezone_writes_nothing(repmon: Run, tmp_path: Path) -> None:
    target = tmp_path / "repmon2.toml"
    result = repmon("--config", str(target), "init", "--brand", "Acme", "--timezone", "Mars/Base")
    assert result.code == 2
    assert "brands[0].timezone: unknown timezone 'Mars/Base'" in result.err
    assert list(tmp_path.glob("*repmon2*")) == []


def test_starter_config__with_both_connectors_has_active_sources() -> None:
    text = starter_config(name='Acme "Best" Coffee', keyword="acme*", timezone="UTC",
                          kinds={"rss", "hackernews"})  # fmt: skip
    data = tomllib.loads(text)
    assert [s["kind"] for s in data["sources"]] == ["hackernews", "rss"]
    assert parse_settings(data).brands[0].name == 'Acme "Best" Coffee'


@pytest.mark.skipif(
    not {"rss", "hackernews"} <= REGISTRY.keys(),
    reason="validates the starter's rss and hackernews options once those connectors are registered",
)
def test_starter_config__validates_against_the_real_rss_and_hackernews_connectors() -> None:
    text = starter_config(name="Acme", keyword="acme", timezone="UTC", kinds=REGISTRY)
    settings = parse_settings(tomllib.loads(text), registry=REGISTRY)
    assert {s.kind for s in settings.sources} == {"jsonl", "rss", "hackernews"}
