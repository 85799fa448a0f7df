"""How far a reading agrees with a person's labels: per field, plus the harmful misreadings.

Used by ``tests/reading/test_eval_set.py`` and ``benchmarks/reading_eval.py`` on the labelled
set in ``tests/reading/eval/mentions.jsonl`` (its README gives the label format), and usable
on a team's own labelled mentions. A harmful misreading is one a reply would make worse: a
complaint read as praise, praise read as a complaint, spam read as a customer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from monitor.reading.read import read
from monitor.reading.types import Reading

FIELDS = (
    "language", "scored", "speaker", "stance", "sarcasm", "problems", "asks", "refused", "flags",
    "answer_now", "needs_reply", "items", "references",
)  # fmt: skip
_UNSCORED_FIELDS = frozenset({"language", "scored", "needs_reply"})


@dataclass
class Tally:
    right: dict[str, int] = field(default_factory=dict)
    seen: dict[str, int] = field(default_factory=dict)
    misses: dict[str, list[str]] = field(default_factory=dict)
    harmful: list[str] = field(default_factory=list)

    def add(self, name: str, ok: bool, row_id: str, detail: str) -> None:
        self.seen[name] = self.seen.get(name, 0) + 1
        self.right[name] = self.right.get(name, 0) + int(ok)
        if not ok:
            self.misses.setdefault(name, []).append(f"{row_id}: {detail}")

    def share(self, name: str) -> float:
        return self.right.get(name, 0) / self.seen[name] if self.seen.get(name) else 1.0


def reading_of(row: Mapping[str, Any]) -> Reading:
    return read(
        row["text"], title=row.get("title"), source=row.get("source", ""),
        language=row.get("language"), rating=row.get("rating"), brand=row.get("brand"),
    )  # fmt: skip


def observed(r: Reading) -> dict[str, Any]:
    """The reading in the label format."""
    return {
        "language": r.language, "scored": r.scored, "speaker": r.speaker.value,
        "stance": r.stance.value, "sarcasm": r.is_sarcastic,
        "problems": sorted({p.kind.value for p in r.problems}),
        "asks": sorted({a.kind.value for a in r.asks}),
        "refused": sorted({k.value for a in r.asks for k in a.refused}),
        "flags": sorted({f.kind.value for f in r.flags}),
        "answer_now": r.decisions.answer_now, "needs_reply": r.decisions.needs_reply,
        "items": list(r.facts.items), "references": list(r.facts.references),
    }  # fmt: skip


def agree(name: str, expected: Any, got: Any) -> bool:
    if name == "items":  # each named item found whole; nothing unrelated invented beside it
        exp = [e.casefold() for e in expected]
        low = [g.casefold() for g in got]
        found = all(any(e in g for g in low) for e in exp)
        return found and all(any(e in g or g in e for e in exp) for g in low)
    if name == "references":
        return {e.lstrip("#").upper() for e in expected} <= {g.upper() for g in got}
    if isinstance(expected, list):
        return sorted(set(expected)) == sorted(set(got))
    return bool(expected == got)


def harmful(expected: Mapping[str, Any], got: Mapping[str, Any]) -> str | None:
    e, g = expected["stance"], got["stance"]
    if e in ("complaint", "mixed") and g == "praise":
        return "complaint read as praise"
    if e == "praise" and g in ("complaint",) and expected["speaker"] != "press":
        return "praise read as a complaint"
    if expected["speaker"] == "spam" and got["speaker"] != "spam":
        return "spam read as a real post"
    if expected["speaker"] != "spam" and got["speaker"] == "spam":
        return "a real post read as spam"
    return None


def evaluate(rows: Iterable[Mapping[str, Any]]) -> Tally:
    tally = Tally()
    for row in rows:
        exp, got = row["expect"], observed(reading_of(row))
        scored = exp.get("scored", True)
        for name in FIELDS:
            if name not in exp or (not scored and name not in _UNSCORED_FIELDS):
                continue
            if name == "items" and not exp[name]:
                continue  # item precision is only judged where the post names an item
            tally.add(
                name,
                agree(name, exp[name], got[name]),
                row["id"],
                f"want {exp[name]!r}, got {got[name]!r}",
            )
        bad = harmful(exp, got) if scored else None
        if bad:
            tally.harmful.append(f"{row['id']}: {bad}")
    return tally
