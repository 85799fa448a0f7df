from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connectors import REGISTRY
from monitor.config import load_settings, parse_settings
from monitor.errors import ConfigError
from tests.conftest import ROOT

GOOD: dict[str, Any] = {
    "brands": [{"name": "Acme", "keywords": ["acme"], "timezone": "Europe/Helsinki"}],
    "sources": [{"kind": "jsonl", "options": {"path": "x.jsonl"}}],
}


def problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(ConfigError) as info:
        parse_settings(data, registry=REGISTRY)
    return [str(p) for p in info.value.problems]


def test_parse__good_config_loads() -> None:
    settings = parse_settings(GOOD, registry=REGISTRY)
    assert settings.brands[0].tz.key == "Europe/Helsinki"
    assert settings.sources[0].key == "jsonl"


def test_parse__unknown_timezone_names_the_field() -> None:
    data = {"brands": [{"name": "A", "keywords": ["a"], "timezone": "Europe/Helsinky"}]}
    assert problems(data) == ["brands[0].timezone: unknown timezone 'Europe/Helsinky'"]


def test_parse__every_problem_is_listed_with_its_path() -> None:
    data = {
        "brands": [{"name": "A", "keywords": ["a"], "timezone": "Mars/Olympus", "colour": "red"}],
        "sources": [
            {"kind": "jsonl", "options": {"path": "x"}},
            {"kind": "jsonl", "name": "second", "options": {}},
            {"kind": "carrier-pigeon"},
        ],
    }
    found = problems(data)
    assert "brands[0].timezone: unknown timezone 'Mars/Olympus'" in found
    assert "brands[0].colour: unknown field" in found
    assert "sources[1] (jsonl).options.path: Field required" in found
    assert any(p.startswith("sources[2].kind: unknown kind 'carrier-pigeon'") for p in found)


def test_parse__secret_in_file_is_refused_and_names_the_env_field() -> None:
    data = {**GOOD, "email": {"host": "smtp.example.com", "password": "hunter2"}}
    found = problems(data)
    assert found == [
        'email.password: secrets go in environment variables; use password_env = "VAR"'
    ]
    assert not any("hunter2" in p for p in found)


def test_parse__secret_env_name_is_accepted() -> None:
    data = {**GOOD, "email": {"password_env": "REPMON_SMTP_PASSWORD"}}
    assert parse_settings(data).email.password_env == "REPMON_SMTP_PASSWORD"


def test_parse__brand_without_terms_is_refused() -> None:
    found = problems({"brands": [{"name": "A", "keywords": ["-excluded"]}]})
    assert found == ["brands[0]: a brand needs at least one keyword or handle to watch"]


def test_parse__duplicate_names_are_refused() -> None:
    data = {"brands": [{"name": "A", "keywords": ["a"]}, {"name": "A", "keywords": ["b"]}]}
    assert problems(data) == ["brand names must be unique: A"]


def test_parse__source_for_unknown_brand() -> None:
    data = {**GOOD, "sources": [{"kind": "jsonl", "brands": ["Zed"], "options": {"path": "x"}}]}
    assert problems(data) == ["sources[0] (jsonl).brands: no brand named 'Zed'"]


def test_load__bad_toml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "repmon.toml"
    path.write_text("[[brands]]\nname = \n")
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    assert str(path) in str(info.value)
    assert "not valid TOML" in str(info.value)


def test_load__non_utf8_names_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "repmon.toml"
    path.write_bytes(b'[[brands]]\nname = "Caf\xe9"\n')
    with pytest.raises(ConfigError, match=r"line 2: not UTF-8 text \(byte 22\)"):
        load_settings(path)


def test_load__missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_settings(tmp_path / "nope.toml")


@pytest.mark.parametrize("name", ["repmon.example.toml", "demo.toml"])
def test_bundled_configs_are_valid(name: str) -> None:
    settings = load_settings(ROOT / "config" / name, registry=REGISTRY)
    assert settings.brands


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_load__any_text_gives_settings_or_config_error(tmp_path_factory: Any, text: str) -> None:
    path = tmp_path_factory.mktemp("cfg") / "repmon.toml"
    path.write_text(text, encoding="utf-8")
    try:
        load_settings(path, registry=REGISTRY)
    except ConfigError as e:
        assert e.problems
        assert str(path) in str(e)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=10,
)


@settings(max_examples=200)
@given(
    st.dictionaries(
        st.sampled_from(["name", "keywords", "handles", "timezone", "voice", "digest", "x"]),
        json_values,
    )
)
def test_parse__any_brand_shape_gives_settings_or_named_problems(brand: dict[str, Any]) -> None:
    try:
        parse_settings({"brands": [brand]}, registry=REGISTRY)
    except ConfigError as e:
        assert all(p.where.startswith("brands") for p in e.problems)


def test_example_config_has_no_secret_values() -> None:
    data = tomllib.loads((ROOT / "config" / "repmon.example.toml").read_text())
    parse_settings(data, registry=REGISTRY)  # the secret check would refuse a value


def test_parse__brand_about_is_kept_and_an_over_long_or_odd_one_is_named() -> None:
    brand = {**GOOD["brands"][0], "about": "coffee roaster: beans, cafés and an app"}
    settings = parse_settings({**GOOD, "brands": [brand]}, registry=REGISTRY)
    assert settings.brands[0].about == "coffee roaster: beans, cafés and an app"
    for bad in ("x" * 1001, ["beans"], 7):
        found = problems({**GOOD, "brands": [{**GOOD["brands"][0], "about": bad}]})
        assert any("about" in p for p in found), found
