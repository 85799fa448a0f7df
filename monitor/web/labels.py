"""People's corrections as labelled examples, in the format ``repmon train`` reads.

One example per corrected mention: ``text`` plus only the labels a person stated. "not a
complaint" says ``complaint=0``; "wrong type: refund" says the type and that it is a
complaint; "not angry" says ``angry=0``; "wrong brand: X" says the brand. A label nobody
corrected is left empty rather than copied from the model, so training never learns the
model's own guesses back. When corrections disagree, the latest wins.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import Any, TextIO

from sqlmodel import Session, col, select

from monitor.models import ComplaintType, Correction, Mention

FIELDS = (
    "text",
    "language",
    "complaint",
    "angry",
    "needs_reply",
    "sentiment",
    "complaint_type",
    "brand",
    "source",
)
NOT_COMPLAINTS = frozenset({ComplaintType.QUESTION, ComplaintType.PRAISE, ComplaintType.NONE})


def _apply(label: dict[str, Any], c: Correction) -> None:
    if c.kind == "not_complaint":
        label["complaint"] = 0
        if label.get("complaint_type") not in (None, *NOT_COMPLAINTS):
            label.pop("complaint_type")
    elif c.kind == "not_angry":
        label["angry"] = 0
    elif c.kind == "wrong_type" and c.value:
        label["complaint_type"] = c.value
        label["complaint"] = 0 if ComplaintType(c.value) in NOT_COMPLAINTS else 1
    elif c.kind == "wrong_brand" and c.value:
        label["brand"] = c.value


def examples(session: Session) -> Iterator[dict[str, Any]]:
    """One dict per corrected mention, oldest correction first."""
    stmt = select(Correction, Mention).join(Mention, col(Mention.id) == Correction.mention_id)
    labels: dict[int, dict[str, Any]] = {}
    for c, m in session.exec(stmt.order_by(col(Correction.at), col(Correction.id))):
        if m.id not in labels:
            text = f"{m.title}: {m.text}" if m.title else m.text
            language = None if m.language in ("", "und") else m.language.split("-")[0]
            labels[m.id or 0] = {
                "text": text,
                "language": language,
                "source": m.source,
                "brand": m.brand,
            }
        _apply(labels[m.id or 0], c)
    yield from labels.values()


def write(session: Session, output: TextIO, *, fmt: str) -> int:
    """Write every example as CSV (with header) or JSONL; returns how many."""
    writer = csv.DictWriter(output, fieldnames=FIELDS) if fmt == "csv" else None
    if writer:
        writer.writeheader()
    count = 0
    for label in examples(session):
        row = {k: label.get(k) for k in FIELDS if label.get(k) is not None}
        if writer:
            writer.writerow(row)
        else:
            output.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count
