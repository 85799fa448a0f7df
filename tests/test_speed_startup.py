"""The command line starts without loading what the command does not use.

``repmon --help`` lists every command, so every command module is imported: none of them
may import the database layer, the migrations, a connector or its client library at import
time. Connectors are imported when their kind is first looked up in the registry.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from connectors import REGISTRY, Registry
from tests.conftest import ROOT

HEAVY = (
    "sqlalchemy", "sqlmodel", "alembic", "pydantic", "pygments", "apprise", "feedparser",
    "tweepy", "praw", "requests", "jinja2", "regex", "py3langid", "numpy", "vaderSentiment",
    "connectors.x", "connectors.reddit", "monitor.storage", "monitor.scoring",
)  # fmt: skip


def loaded_after(code: str) -> list[str]:
    probe = f"import sys\n{code}\nprint(__import__('json').dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return [m for m in json.loads(out.splitlines()[-1]) if m in HEAVY]


def test_importing_the_cli__loads_no_heavy_module() -> None:
    assert loaded_after("import monitor.cli") == []


def test_help__loads_no_heavy_module() -> None:
    code = "from monitor.cli import cli\ncli.main(['--help'], standalone_mode=False)"
    assert loaded_after(code) == []


def test_registry__imports_a_connector_only_when_looked_up() -> None:
    code = "from connectors import REGISTRY\nassert 'x' in REGISTRY and len(REGISTRY) > 5"
    assert "tweepy" not in loaded_after(code)
    assert "tweepy" in loaded_after(code + "\nREGISTRY['x']")
    assert "praw" not in loaded_after(code + "\nREGISTRY['x']")


def _status_run(tmp_path: Path, config: str) -> str:
    """A config and an up-to-date database in ``tmp_path``; the code of a process that runs
    ``repmon status`` there and prints the modules it loaded."""
    from monitor.schema import upgrade
    from monitor.storage import Database

    (tmp_path / "repmon.toml").write_text(config)
    upgrade(Database(f"sqlite:///{tmp_path / 'repmon.db'}"))
    return (
        "import sys\nfrom monitor.cli import main\n"
        f"sys.argv = ['repmon', '--data-dir', {str(tmp_path)!r}, 'status']\n"
        "try:\n    main()\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
        "print(__import__('json').dumps(sorted(sys.modules)))"
    )


def test_status__loads_neither_the_orm_nor_the_migrations(tmp_path: Path) -> None:
    """``repmon status`` on a database at the latest revision reads it with the driver."""
    code = _status_run(tmp_path, '[[brands]]\nname = "Acme"\nkeywords = ["acme"]\n')
    env = {**os.environ, "REPMON_CONFIG": str(tmp_path / "repmon.toml")}
    env.pop("REPMON_DATABASE_URL", None)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                         text=True, check=True).stdout  # fmt: skip
    assert "All good." in out
    loaded = json.loads(out.splitlines()[-1])
    assert [m for m in loaded if m.split(".")[0] in ("sqlalchemy", "sqlmodel", "alembic")] == []
    assert "monitor.runner" not in loaded
    assert "reports.replies" not in loaded


STATUS_CONFIG = """\
[[brands]]
name = "Acme"
keywords = ["acme"]
timezone = "Europe/Helsinki"

[[sources]]
kind = "x"

[[sources]]
kind = "reddit"
options = { subreddits = ["acme"] }

[[sources]]
kind = "jsonl"
options = { path = "mentions.jsonl" }
"""
# what validating a config costs: the models, the connectors and their client libraries
VALIDATION = (
    "pydantic", "pydantic_core", "monitor.config", "monitor.matching", "connectors.base",
    "connectors.x", "connectors.reddit", "connectors.jsonl", "connectors.http", "tweepy",
    "praw", "requests", "regex",
)  # fmt: skip


def test_status__a_config_validated_before_is_read_without_pydantic_or_connectors(
    tmp_path: Path,
) -> None:
    """The first run validates the file in full; every later run with the same file reads
    what status shows from the cache, loading none of the validation's modules."""
    code = _status_run(tmp_path, STATUS_CONFIG)
    env = {**os.environ, "REPMON_CONFIG": str(tmp_path / "repmon.toml"),
           "REPMON_CACHE_DIR": str(tmp_path / "cache")}  # fmt: skip
    env.pop("REPMON_DATABASE_URL", None)
    runs = [subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                           text=True, check=True).stdout for _ in range(2)]  # fmt: skip
    first, again = ([m for m in json.loads(out.splitlines()[-1]) if m in VALIDATION]
                    for out in runs)  # fmt: skip
    assert "pydantic" in first  # the guard below can fail: the first run does load them
    assert again == []
    shown = [out.rsplit("\n", 2)[0] for out in runs]
    assert shown[0] == shown[1]
    assert "x                 Acme" in shown[1]


@pytest.mark.parametrize("kind", sorted(REGISTRY))
def test_registry__each_kind_names_its_class(kind: str) -> None:
    assert REGISTRY[kind].name == kind
    assert REGISTRY.get(kind) is REGISTRY[kind]


def test_registry__a_misnamed_class_is_refused() -> None:
    wrong = Registry({"jsonl": "connectors.x:XConnector"})
    with pytest.raises(LookupError, match="registered as 'jsonl'"):
        wrong["jsonl"]
    assert Registry({}).get("nope") is None
