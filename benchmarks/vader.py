"""The exact fast VADER against stock vaderSentiment 3.3.2 on every labelled text.

For each data set in ``../shared/data`` (or ``--data`` / ``$REPMON_EVAL_DATA``): checks that
every score dict is identical, then times both analyzers on the set, interleaved A B A B
within this one process (same texts, same warm caches), and prints the speed ratio per set
and over all texts (median of the repeats, and the range).

    python benchmarks/vader.py [--repeat 3] [--data PATH]
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from benchmarks._synth import header
from monitor.reading.vader import FastVader

ROOT = Path(__file__).resolve().parent.parent


def data_sets(root: Path) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    for path in sorted(root.rglob("*")):
        name = f"{path.parent.name}/{path.name}"
        if path.suffix == ".csv":
            with path.open(encoding="utf-8", newline="") as f:
                sets[name] = [row["text"] for row in csv.DictReader(f)]
        elif "GroundTruth" in path.name:
            lines = path.read_text(encoding="utf-8").splitlines()
            sets[name] = [line.split("\t", 2)[-1] for line in lines]
    return sets


def seconds(score: Callable[[str], object], texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        score(text)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--data", type=Path)
    args = parser.parse_args()
    root = args.data or Path(os.environ.get("REPMON_EVAL_DATA") or ROOT.parent / "shared" / "data")
    if not (root / "vader_groundtruth").is_dir():
        raise SystemExit(f"no labelled data at {root}: give --data or $REPMON_EVAL_DATA")
    header("exact fast VADER vs stock vaderSentiment 3.3.2")
    stock, fast = SentimentIntensityAnalyzer(), FastVader()
    totals: dict[str, list[float]] = {"stock": [0.0] * args.repeat, "fast": [0.0] * args.repeat}
    checked = 0
    print(f"\n{'data set':<58} {'texts':>7} {'stock us':>9} {'fast us':>8} {'ratio':>14}")
    for name, texts in data_sets(root).items():
        differ = sum(stock.polarity_scores(t) != fast.polarity_scores(t) for t in texts)
        if differ:
            raise SystemExit(f"{name}: {differ} texts score differently")
        checked += len(texts)
        pairs = []
        for r in range(args.repeat):
            a, b = seconds(stock.polarity_scores, texts), seconds(fast.polarity_scores, texts)
            totals["stock"][r] += a
            totals["fast"][r] += b
            pairs.append((a, b))
        ratios = [a / b for a, b in pairs]
        us = [statistics.median(p[i] for p in pairs) / len(texts) * 1e6 for i in (0, 1)]
        print(f"{name:<58} {len(texts):>7,} {us[0]:>9.1f} {us[1]:>8.1f} "
              f"{statistics.median(ratios):>5.2f}x ({min(ratios):.2f}-{max(ratios):.2f})")  # fmt: skip
    overall = [a / b for a, b in zip(totals["stock"], totals["fast"], strict=True)]
    print(f"\nidentical score dicts on all {checked:,} texts")
    print(f"all texts: stock / fast = {statistics.median(overall):.2f}x "
          f"({min(overall):.2f}-{max(overall):.2f}) over {args.repeat} interleaved repeats")  # fmt: skip


if __name__ == "__main__":
    main()
