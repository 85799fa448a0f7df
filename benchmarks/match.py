"""Matching cost against the number of watched terms: 1,000 terms vs 10, same texts.

``monitor.matching`` looks each token up in hash tables, so the cost should follow the
length of the texts, not the number of terms. A regex-per-term matcher is timed alongside
for contrast (on the same texts, 10 and 1,000 terms).

    python benchmarks/match.py [--size 20000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._synth import BRANDS, header, median_of, texts
from monitor.config import Brand
from monitor.matching import Matcher


def brands(total_terms: int) -> list[Brand]:
    """Three real brands plus filler brands, ``total_terms`` terms in all."""
    out = [Brand(name=b, keywords=[b.lower()], handles=[b.lower()]) for b in BRANDS]
    left, i = total_terms - 2 * len(BRANDS), 0
    while left > 0:
        words = [f"brand{i}word{k}" for k in range(min(8, left) - 2)] + [
            f"brand{i} phrase",
            f"brand{i}pre*",
        ]
        out.append(Brand(name=f"Filler{i}", keywords=words[: max(1, min(8, left))]))
        left -= len(out[-1].keywords)
        i += 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    header("repmon matching benchmark")
    corpus = list(texts(args.size))
    matchers = {n: Matcher(brands(n)) for n in (10, 1000)}
    runs: dict[int, list[float]] = {10: [], 1000: []}
    for _ in range(args.repeat):  # interleaved, so a busy moment on the machine hits both
        for n, matcher in matchers.items():
            runs[n].append(median_of(1, lambda m=matcher: [m.match(t) for t in corpus]))
    timings = {n: statistics.median(r) for n, r in runs.items()}
    for n, matcher in matchers.items():
        hits = sum(1 for t in corpus if any(m.matched for m in matcher.match(t)))
        print(f"{n:>5} terms: {timings[n]:.3f} s for {args.size:,} texts ({hits:,} matched)")
    ratio = timings[1000] / timings[10]
    print(
        f"1,000 terms / 10 terms = {ratio:.2f}x  (goal <= 2x: {'met' if ratio <= 2 else 'NOT met'})"
    )
    for n in (10, 1000):
        terms = [k for b in brands(n) for k in b.keywords]
        patterns = [re.compile(rf"\b{re.escape(k.rstrip('*'))}", re.I) for k in terms]
        sample = corpus[: max(1, args.size // 10)]
        t = median_of(
            max(1, args.repeat // 2),
            lambda p=patterns, s=sample: [[x.search(t) for x in p] for t in s],
        )
        print(
            f"  for contrast, one regex per term, {n:>5} terms: {t * 10:.3f} s (extrapolated from a 10% sample)"
        )


if __name__ == "__main__":
    main()
