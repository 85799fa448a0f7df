"""Every reading and score of a fixed set of texts, written to a file outside the repository.

A speed change must not change a result: dump before the change, dump after, compare.

    python benchmarks/reading_dump.py /tmp/before.txt
    python benchmarks/reading_dump.py /tmp/after.txt --compare /tmp/before.txt

The texts: the reading's evaluation mentions, the demo exports and the first rows of the
labelled sets in ``../shared/data`` or ``$REPMON_EVAL_DATA`` (read from there, never copied into the repository).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = next(
    (p for p in (Path(os.environ.get("REPMON_EVAL_DATA", "/nonexistent")),
                 ROOT.parent / "shared" / "data", ROOT.parent.parent / "shared" / "data")
     if p.exists()),
    ROOT.parent / "shared" / "data",
)  # fmt: skip
SETS = (
    ("complaints_acl2019/complaints.csv", 1500), ("tweeteval_sentiment/val.csv", 1000),
    ("tweeteval_emotion/train.csv", 500), ("xed_fi/train.csv", 800),
    ("bangla_emotion/train.csv", 300), ("xed_en/train.csv", 400),
)  # fmt: skip


def _jsonl(path: Path, source: str | None, brand: str | None) -> list[dict[str, Any]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            out.append({
                "text": d.get("text") or d.get("body") or d.get("content") or "",
                "title": d.get("title"), "source": source or d.get("source", ""),
                "brand": brand or d.get("brand"), "rating": d.get("rating"),
            })  # fmt: skip
    return out


def corpus(data: Path = DATA) -> list[dict[str, Any]]:
    out = _jsonl(ROOT / "tests/reading/eval/mentions.jsonl", None, None)
    for f in sorted((ROOT / "config/demo").glob("*.jsonl")):
        out += _jsonl(f, f.stem, "Northwind Coffee")
    csv.field_size_limit(10**9)
    for name, n in SETS:
        if not (data / name).exists():
            continue
        with open(data / name, newline="", encoding="utf-8", errors="replace") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                if i >= n:
                    break
                out.append({
                    "text": row["text"], "title": None, "source": "x" if i % 3 else "",
                    "brand": "Acme" if i % 2 else None, "rating": None,
                })  # fmt: skip
    return out


def dump(texts: list[dict[str, Any]]) -> list[str]:
    from monitor.reading.read import read
    from monitor.scoring import score_of

    lines = []
    for c in texts:
        r = read(c["text"], title=c["title"], source=c["source"] or "", brand=c["brand"],
                 rating=c["rating"])  # fmt: skip
        s = score_of(r)
        lines.append(json.dumps(r.to_json(), sort_keys=True, ensure_ascii=False, default=str))
        lines.append(repr((s.sentiment, s.anger, s.is_complaint, s.complaint_type, s.request,
                           s.needs_reply, s.language, s.scored, s.reasons)))  # fmt: skip
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--compare", type=Path, help="a dump to compare with")
    args = parser.parse_args()
    texts = corpus()
    lines = dump(texts)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(texts):,} texts read into {args.out}")
    if args.compare:
        before = args.compare.read_text(encoding="utf-8").splitlines()
        changed = [i // 2 for i, (a, b) in enumerate(zip(before, lines, strict=False)) if a != b]
        if changed or len(before) != len(lines):
            print(f"DIFFERENT: {len(set(changed))} texts changed, first {texts[changed[0]]!r}"
                  if changed else "DIFFERENT: another number of texts")  # fmt: skip
            raise SystemExit(1)
        print("identical")


if __name__ == "__main__":
    main()
