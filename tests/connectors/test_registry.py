"""Every registered connector is tested, documented in the README and in the example config."""

from __future__ import annotations

import re

import pytest

from connectors import REGISTRY
from monitor.config import parse_settings
from tests.conftest import ROOT
from tests.connectors.replay import KINDS

TESTS = ROOT / "tests" / "connectors"


@pytest.mark.parametrize("kind", sorted(REGISTRY))
def test_registry__connector_is_tested(kind: str) -> None:
    assert kind in KINDS or (TESTS / f"test_{kind}.py").exists()


@pytest.mark.parametrize("kind", sorted(REGISTRY))
def test_registry__connector_is_in_the_readme_sources_table(kind: str) -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    table = readme.split("## Sources", 1)[1].split("\n## ", 1)[0]
    row = next((line for line in table.splitlines() if line.startswith(f"| `{kind}` |")), None)
    assert row is not None, f"README Sources table has no row for {kind}"
    cls = REGISTRY[kind]
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[1] == cls.description
    assert all(var in cells[2] for var in cls.secrets)
    minutes = int(cls.default_interval.total_seconds() // 60)
    assert cells[3] == (f"{minutes // 60}h" if minutes % 60 == 0 else f"{minutes}m")


def _example_with_sources_enabled() -> str:
    text = (ROOT / "config" / "repmon.example.toml").read_text("utf-8")
    keys = r"(\[\[sources\]\]$|(kind|name|brands|interval|options) = )"
    return re.sub(rf"(?m)^# {keys}", lambda m: m.group(1), text)


@pytest.mark.parametrize("kind", sorted(REGISTRY))
def test_registry__connector_is_in_the_example_config(kind: str) -> None:
    assert re.search(rf'(?m)^(# )?kind = "{kind}"$', _example_with_sources_enabled())


def test_registry__example_config_examples_are_valid() -> None:
    import tomllib

    data = tomllib.loads(_example_with_sources_enabled())
    settings = parse_settings(data, registry=REGISTRY)
    assert {s.kind for s in settings.sources} == set(REGISTRY)
