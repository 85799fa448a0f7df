"""Print the shell commands of the README's Quick start, so CI runs exactly what it says.

    python3 .ci/readme_commands.py install   # the first block: venv, install, demo scan
    python3 .ci/readme_commands.py test      # the block that runs the tests

Only the standard library: it runs before anything is installed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def quick_start_blocks(text: str) -> list[list[str]]:
    """The ``$ ...`` lines of each console block under ``## Quick start``."""
    section = text.split("\n## Quick start\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```console\n(.*?)```", section, flags=re.DOTALL)
    return [
        [
            line[2:].split("  #", 1)[0].strip()
            for line in block.splitlines()
            if line.startswith("$ ")
        ]
        for block in blocks
    ]


def main(which: str) -> None:
    blocks = quick_start_blocks(README.read_text(encoding="utf-8"))
    chosen = blocks[0] if which == "install" else blocks[-1]
    sys.stdout.write("\n".join(chosen) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "install")
