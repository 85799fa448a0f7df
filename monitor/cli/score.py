"""``repmon score``: score texts from a file or stdin, one JSON object out per line."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any, TextIO

import click

from monitor.cli.output import echo_json
from monitor.reading.types import Ask, Reading
from monitor.scoring import Context, DefaultScorer, priority
from monitor.timeutil import parse_timestamp, utcnow


def _parse(line: str, number: int) -> tuple[str, dict[str, Any]]:
    """A JSON object with ``text`` (and optional lang, title, source, rating, brand,
    author_reach, created_at), or plain text."""
    stripped = line.strip()
    if not stripped.startswith("{"):
        return stripped, {}
    try:
        obj = json.loads(stripped)
    except json.JSONDecodeError as e:
        raise ValueError(f"line {number}: not valid JSON: {e.msg}") from None
    text = obj.get("text") if isinstance(obj, dict) else None
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"line {number}: field 'text' is missing or empty")
    return text, obj


def _language(extra: dict[str, Any]) -> str | None:
    value = extra.get("lang") or extra.get("language")
    return value if isinstance(value, str) else None


def _context(extra: dict[str, Any]) -> Context:
    rating = extra.get("rating")
    return Context(
        title=extra.get("title") if isinstance(extra.get("title"), str) else None,
        source=str(extra.get("source") or ""), brand=extra.get("brand"),
        rating=float(rating) if isinstance(rating, int | float) else None,
    )  # fmt: skip


def reading_fields(r: Reading) -> dict[str, Any]:
    """The reading beside the numbers: who speaks, what they do, what went wrong, what they
    ask, what must be seen first, and the decisions at the operating point."""
    return {
        "speaker": r.speaker.value, "stance": r.stance.value, "sarcasm": r.is_sarcastic,
        "problems": [{"kind": p.kind.value, "because": list(p.because)} for p in r.problems],
        "asks": [_ask(a) for a in r.asks],
        "flags": [{"kind": f.kind.value, "because": list(f.because)} for f in r.flags],
        "rating": r.rating,
        "facts": {k: list(v) for k, v in vars(r.facts).items() if v},
        "decisions": {
            "complaint": r.decisions.complaint, "angry": r.decisions.angry,
            "needs_reply": r.decisions.needs_reply, "answer_now": r.decisions.answer_now,
        },
    }  # fmt: skip


def _ask(a: Ask) -> dict[str, Any]:
    return {
        "kind": a.kind.value,
        "because": list(a.because),
        "refused": [k.value for k in a.refused],
    }


@click.command()
@click.argument("file", type=click.File("r", encoding="utf-8", errors="strict"), default="-")
@click.pass_context
def score(ctx: click.Context, file: TextIO) -> None:
    """Read and score texts, one per line (or JSON lines with a "text" field), as JSON lines.

    Each line has the numbers (sentiment, anger, complaint) beside the reading: speaker,
    stance, sarcasm, problems, asks (and what was refused), flags, rating, facts, and the
    decisions at the operating point (angry, answer_now, needs_reply, complaint). JSON input
    may carry "title", "source" (e.g. appstore), "rating" (stars), "lang" and "brand".

    \b
    Examples:
      echo "Still waiting for my refund, worst service ever!!" | repmon score
      echo '{"text": "Crashes on launch", "source": "appstore", "rating": 1}' | repmon score
      repmon score mentions.jsonl > scores.jsonl
    """
    scorer, now, failures = DefaultScorer(), utcnow(), 0
    for number, line in enumerate(file, start=1):
        if not line.strip():
            continue
        try:
            text, extra = _parse(line, number)
            created = parse_timestamp(extra["created_at"]) if extra.get("created_at") else now
        except ValueError as e:
            click.echo(f"error: {e}", err=True)
            failures += 1
            continue
        result = scorer.score(text, language=_language(extra), context=_context(extra))
        reach = extra.get("author_reach")
        age = max(timedelta(0), now - created)
        echo_json({
            "text": text, "sentiment": result.sentiment, "anger": result.anger,
            "complaint": result.reading.complaint, "is_complaint": result.is_complaint,
            "complaint_type": result.complaint_type.value, "request": result.request,
            "needs_reply": result.needs_reply,
            "priority": priority(result, reach=int(reach) if reach else None, age=age),
            "language": result.language, "scored": result.scored,
            **reading_fields(result.reading), "signals": result.signals(),
        })  # fmt: skip
    if failures:
        ctx.exit(1)
