"""Agreement of the reading with the labelled evaluation set, per field.

python benchmarks/reading_eval.py [--set tests/reading/eval/mentions.jsonl] [--misses FIELD]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from monitor.reading.agreement import FIELDS, evaluate

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "reading" / "eval" / "mentions.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", type=Path, default=DEFAULT)
    parser.add_argument("--misses", action="append", default=[], help="print the misses of a field")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.set.read_text("utf-8").splitlines() if line.strip()]
    start = time.perf_counter()
    tally = evaluate(rows)
    took = time.perf_counter() - start
    print(f"# reading agreement on {len(rows)} labelled mentions ({args.set.name})")
    for name in FIELDS:
        if tally.seen.get(name):
            print(f"{name:12} {tally.share(name):6.1%}  ({tally.right[name]}/{tally.seen[name]})")
    print(f"harmful misreadings: {len(tally.harmful)}")
    for line in tally.harmful:
        print(f"  {line}")
    for name in args.misses:
        print(f"\n## misses: {name}")
        for line in tally.misses.get(name, []):
            print(f"  {line}")
    print(f"\n{took / len(rows) * 1e6:.0f} us per reading (incl. first-call warm-up)")


if __name__ == "__main__":
    main()
