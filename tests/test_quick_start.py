"""The README's Quick start stays true: CI runs its commands as written (read from the
README by ``.ci/readme_commands.py``), and it stays one venv line plus two commands."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

from tests.conftest import ROOT

CI = ROOT / ".ci"


def _commands(which: str) -> list[str]:
    out = subprocess.run(
        [sys.executable, str(CI / "readme_commands.py"), which],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return out.stdout.splitlines()


def test_quick_start__a_venv_line_then_two_commands() -> None:
    assert _commands("install") == [
        "python3 -m venv .venv && . .venv/bin/activate",
        "python3 -m pip install -e .",
        "repmon scan --demo",
    ]
    assert _commands("test") == ['python3 -m pip install -e ".[test]" && python3 -m pytest']


def test_ci__runs_the_readme_commands_and_checks_the_digest() -> None:
    script = (CI / "run").read_text()
    install = script.index('eval "$(python3 .ci/readme_commands.py install)"')
    assert script.index("repmon-demo/outbox/digest-*.eml") > install
    assert 'eval "$(python3 .ci/readme_commands.py test)"' in script
    assert '"$rc" -eq 5' in script  # collecting no tests fails the build


def test_extractor__reads_only_the_quick_start_section() -> None:
    spec = importlib.util.spec_from_file_location("readme_commands", CI / "readme_commands.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = "# x\n## Quick start\n```console\n$ a  # why\n```\n## Next\n```console\n$ b\n```\n"
    assert module.quick_start_blocks(text) == [["a"]]
