"""Suggested replies over the evaluation set (tests/reading/eval/mentions.jsonl).

Prints the share of drafts that pass the self-check with no human flag, the share that pass
the self-check, a count per failed rule and per flag, and the harmful drafts (thanks to a
complaint, an apology to praise, a reply to spam, an admission to a rumour), which must be 0.

    python benchmarks/replies_eval.py                 # from the set's expected readings
    python benchmarks/replies_eval.py --reader product # from the product's own reader
    python benchmarks/replies_eval.py --show 20       # print 20 drafts to review by hand

"expected" measures the composer alone (each mention read as labelled); "product" measures
the product end to end, the reading included.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from monitor.config import Settings, load_settings
from monitor.reading.types import (
    Ask,
    AskKind,
    Facts,
    Flag,
    FlagKind,
    Labelled,
    ProblemKind,
    Reading,
)  # fmt: skip
from reports.case import Case
from reports.extract import specifics
from reports.replies import Replies, compose
from reports.replies.check import harmful
from reports.replies.legacy import labelled_reading

ROOT = Path(__file__).resolve().parent.parent
EVAL_SET = ROOT / "tests" / "reading" / "eval" / "mentions.jsonl"
DEMO = ROOT / "config" / "demo.toml"
TODAY = date(2026, 11, 23)


def load_rows(path: Path = EVAL_SET) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def expected_reading(row: dict[str, Any]) -> Reading:
    """The reading the set labels, with amounts and waits taken from the text as a reader
    would (the set labels items and references only)."""
    e, text = row["expect"], row["text"]
    spec = specifics(text, brand=row["brand"])
    refused = tuple(AskKind(r) for r in e.get("refused", ()))
    asks = tuple(Ask(AskKind(a), (), refused=refused if a == "refund" else ())
                 for a in e.get("asks", ()))  # fmt: skip
    return labelled_reading(
        e["stance"], *(ProblemKind(p) for p in e.get("problems", ())), speaker=e["speaker"],
        language=e["language"], confidence=0.9, angry=e["answer_now"],
        needs_reply=e["needs_reply"], answer_now=e["answer_now"], scored=e["scored"],
        sarcasm=Labelled("yes" if e["sarcasm"] else "no", 0.9), asks=asks,
        facts=Facts(items=tuple(e.get("items", ())), references=tuple(e.get("references", ())),
                    amounts=spec.amounts, durations=(spec.waited,) if spec.waited else ()),
        flags=tuple(Flag(FlagKind(f), ()) for f in e.get("flags", ())),
        rating=row.get("rating"), anger=0.8 if e["answer_now"] else 0.2,
    )  # fmt: skip


def product_reading(row: dict[str, Any]) -> Reading:
    """The reading a scan stores for the row (the product's own reader)."""
    from monitor.reading.read import read

    return read(row["text"], title=row.get("title"), source=row["source"],
                language=row.get("language"), rating=row.get("rating"), brand=row["brand"],
                author="sam_k")  # fmt: skip


def case_for(row: dict[str, Any], reading: Reading | None) -> Case:
    text = f"{row['title']}: {row['text']}" if row.get("title") else row["text"]
    return Case(
        text=text, brand=row["brand"], source=row["source"], complaint_type=_legacy_type(row),
        language=row.get("language") or row["expect"]["language"], author="sam_k",
        reading=reading,
    )  # fmt: skip


@cache
def _scorer() -> Any:
    from monitor.scoring import DefaultScorer

    return DefaultScorer()


def _legacy_type(row: dict[str, Any]) -> Any:
    return _scorer().score(row["text"], language=row.get("language")).complaint_type


@dataclass(frozen=True)
class Result:
    row: dict[str, Any]
    replies: Replies
    harms: tuple[str, ...]

    @property
    def clean(self) -> bool:
        return not self.replies.needs_human


def results(
    settings: Settings, *, reader: str = "expected", path: Path = EVAL_SET
) -> Iterator[Result]:
    for row in load_rows(path):
        brand = settings.brand(row["brand"])
        reading = expected_reading(row) if reader == "expected" else product_reading(row)
        replies = compose(case_for(row, reading), brand.voice, today=TODAY)
        truth = expected_reading(row)  # harm is judged against the labelled reading
        drafts = [d for d in (replies.public, replies.offline) if d]
        harms = tuple(h for d in drafts for h in harmful(d, truth))
        if truth.speaker.value == "spam" and drafts:
            harms += ("a reply to spam",)
        yield Result(row, replace(replies), harms)


def report(found: list[Result]) -> None:
    n = len(found)
    drafted = [r for r in found if r.replies.public or r.replies.offline]
    clean = sum(r.clean for r in drafted)
    checked = sum(not r.replies.check_notes for r in drafted)
    print(f"mentions: {n}; with a draft: {len(drafted)}; no reply by design: {n - len(drafted)}")
    print(f"drafts passing the self-check with no human flag: {clean}/{len(drafted)} = "
          f"{clean / len(drafted):.1%}")  # fmt: skip
    print(f"drafts passing the self-check (flags aside):     {checked}/{len(drafted)} = "
          f"{checked / len(drafted):.1%}")  # fmt: skip
    print(f"harmful drafts: {sum(bool(r.harms) for r in found)}")
    rules = Counter(p.split(":")[0] for r in found for c in (r.replies.public_check,
                    r.replies.offline_check) if c for p in c.problems)  # fmt: skip
    flags = Counter(f.split(":")[0].split(" (")[0] for r in found for f in r.replies.flags)
    for title, counts in (("failed self-check rules", rules), ("human flags", flags)):
        print(f"\n{title}:")
        for name, count in counts.most_common():
            print(f"  {count:4d}  {name}")
    moves = Counter(r.replies.answered_as for r in found)
    print("\nanswered as: " + ", ".join(f"{k} {v}" for k, v in moves.most_common()))
    for r in found:
        if r.harms:
            print(f"\nHARM {r.row['id']}: {', '.join(r.harms)}")


def show(found: list[Result], count: int, seed: int) -> None:
    for r in random.Random(seed).sample(found, min(count, len(found))):
        print(f"\n=== {r.row['id']} [{r.row['source']}] {r.row['text']}")
        print(f"answered as {r.replies.answered_as}; flags: {list(r.replies.flags)}")
        print(f"checks: {list(r.replies.check_notes)}")
        print(f"--- public:\n{r.replies.public}\n--- offline:\n{r.replies.offline}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reader", choices=("expected", "product"), default="expected")
    parser.add_argument("--show", type=int, default=0, help="print N drafts to review")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--set", type=Path, default=EVAL_SET, help="a JSONL set of mentions")
    parser.add_argument("--ids", nargs="*", default=(), help="only these mention ids")
    args = parser.parse_args()
    found = list(results(load_settings(DEMO), reader=args.reader, path=args.set))
    if args.ids:
        found = [r for r in found if r.row["id"] in set(args.ids)]
    report(found)
    if args.show:
        show(found, args.show, args.seed)


if __name__ == "__main__":
    main()
