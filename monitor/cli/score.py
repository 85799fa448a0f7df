"""``repmon score``: score texts from a file or stdin, one JSON object out per line."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any, TextIO

import click

from monitor.cli.output import echo_json
from monitor.timeutil import parse_timestamp, utcnow


def _parse(line: str, number: int) -> tuple[str, dict[str, Any]]:
    """A JSON object with ``text`` (and optional lang, author_reach, created_at), or plain text."""
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


@click.command()
@click.argument("file", type=click.File("r", encoding="utf-8", errors="strict"), default="-")
@click.pass_context
def score(ctx: click.Context, file: TextIO) -> None:
    """Score texts, one per line (or JSON lines with a "text" field), and print JSON lines.

    \b
    Examples:
      echo "Still waiting for my refund, worst service ever!!" | repmon score
      repmon score mentions.jsonl > scores.jsonl
    """
    from monitor.scoring import DefaultScorer, priority

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
        result = scorer.score(text, language=extra.get("lang"))
        reach = extra.get("author_reach")
        age = max(timedelta(0), now - created)
        echo_json({
            "text": text, "sentiment": result.sentiment, "anger": result.anger,
            "is_complaint": result.is_complaint, "complaint_type": result.complaint_type.value,
            "request": result.request, "needs_reply": result.needs_reply,
            "priority": priority(result, reach=int(reach) if reach else None, age=age),
            "language": result.language, "scored": result.scored, "signals": result.signals(),
        })  # fmt: skip
    if failures:
        ctx.exit(1)
