"""The reading agrees with a support lead's labels on the evaluation set, and never harms.

The set (``tests/reading/eval/mentions.jsonl``, see its README) covers both demo brands and
every kind of mention. ``benchmarks/reading_eval.py`` prints the same figures with the misses.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from monitor.reading.agreement import FIELDS, Tally, evaluate

EVAL = Path(__file__).parent / "eval" / "mentions.jsonl"
ROWS = [json.loads(line) for line in EVAL.read_text("utf-8").splitlines() if line.strip()]
# the least share of mentions on which each field must agree with the labels
FLOOR = {name: 0.9 for name in FIELDS} | {"language": 0.97, "scored": 0.99, "speaker": 0.95}


@pytest.fixture(scope="module")
def tally() -> Tally:
    return evaluate(ROWS)


def test_eval_set__covers_every_kind_and_both_languages() -> None:
    langs = Counter(r["expect"]["language"] for r in ROWS)
    stances = {r["expect"]["stance"] for r in ROWS}
    speakers = {r["expect"]["speaker"] for r in ROWS}
    assert len(ROWS) >= 150
    assert langs["fi"] >= 12
    assert langs["bn"] >= 10
    assert stances == {"complaint", "praise", "question", "rumour", "request", "mixed", "neutral"}
    assert speakers == {"customer", "press", "community", "spam", "competitor"}
    assert any(r["expect"]["sarcasm"] for r in ROWS)
    assert {r.get("rating") for r in ROWS} >= {1, 5}
    assert len({r["id"] for r in ROWS}) == len(ROWS)


@pytest.mark.parametrize("name", FIELDS)
def test_eval_set__field_agrees_with_the_labels(tally: Tally, name: str) -> None:
    misses = "\n".join(tally.misses.get(name, [])[:15])
    assert tally.share(name) >= FLOOR[name], f"{name}: {tally.share(name):.1%}\n{misses}"


def test_eval_set__no_harmful_misreading(tally: Tally) -> None:
    """No complaint read as praise, no praise as a complaint, no spam as a customer."""
    assert tally.harmful == []
