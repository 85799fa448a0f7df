"""``repmon train``: refit the models from a team's own labelled mentions.

The labelled file is CSV with a header or JSON lines, one example per row: ``text``
(required), ``language`` (ISO 639-1; detected when absent) and any of ``complaint``,
``angry``, ``needs_reply`` (0/1), ``sentiment`` (negative|neutral|positive); other
columns (``complaint_type``, ``brand``, ``source``) are accepted and ignored. Every bad
row is reported by line and column and nothing is written until the whole file is valid.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from monitor.errors import InputError

FLAGS = {"complaint": "complaint", "angry": "anger", "needs_reply": "needs_reply"}
SENTIMENTS = ("negative", "neutral", "positive")
_TRUE = {"1", "true", "yes"}
_FALSE = {"0", "false", "no"}
MAX_SHOWN = 20


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Weights file to write (default: models.json.gz in the data dir).")  # fmt: skip
@click.option("--from-scratch", is_flag=True,
              help="Fit only on FILE instead of starting from the shipped models.")  # fmt: skip
@click.pass_obj
def train(obj: Any, file: Path, output: Path | None, from_scratch: bool) -> None:
    """Refit anger, complaint, needs-reply and sentiment from your own labelled mentions.

    FILE is CSV (with a header) or JSON lines with a "text" column and any of
    complaint/angry/needs_reply (0 or 1) and sentiment (negative|neutral|positive); an
    optional "language" (en, fi, bn, ...) is detected when missing. By default each model
    starts from the shipped one and moves only as far as your examples ask, so a few
    hundred corrections adapt it to your brand without forgetting the rest.

    The weights are written to models.json.gz in the data dir, where repmon finds them
    when the data dir is the default one; otherwise set REPMON_WEIGHTS=PATH. Delete the
    file to go back to the shipped models.

    \b
    Examples:
      repmon train labels.csv
      repmon export --labels > labels.jsonl && repmon train labels.jsonl
      repmon train labels.csv -o team-models.json.gz && export REPMON_WEIGHTS=team-models.json.gz
    """
    from monitor.reading import model
    from monitor.reading.model_train import refit

    rows = read_labels(file)
    path = output or obj.resolved_data_dir / model.USER_FILE
    existing = model.load(path)["languages"] if path.is_file() else {}
    by_language: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_language.setdefault(row["language"], []).append(row)
    for language, examples in sorted(by_language.items()):
        base = None if from_scratch else _base(language, existing)
        entry, report = refit(examples, base=base, language=language)
        existing[language] = entry
        click.echo(f"{language}: {len(examples)} examples; {report}")
    _write({"format": 1, "languages": existing}, path)
    model.reset()
    click.echo(f"wrote {path}")
    if path.resolve() != _default_user_file().resolve():
        click.echo(f"to use it: export REPMON_WEIGHTS={path}")


def _base(language: str, existing: dict[str, Any]) -> dict[str, Any] | None:
    from monitor.reading import model

    if language in existing:
        return dict(existing[language])
    if language in model.SHIPPED:
        entry: dict[str, Any] = model.load(model.WEIGHTS / f"{language}.json.gz")["languages"][
            language
        ]
        return entry
    return None


def _default_user_file() -> Path:
    from platformdirs import user_data_path

    from monitor.reading.model import USER_FILE

    return user_data_path("repmon") / USER_FILE


def _write(weights: dict[str, Any], path: Path) -> None:
    import gzip

    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    with gzip.open(partial, "wt", encoding="utf-8") as f:
        json.dump(weights, f, ensure_ascii=False, separators=(",", ":"))
    partial.replace(path)  # a reader never sees half a file


def read_labels(path: Path) -> list[dict[str, Any]]:
    """Every row, checked; one ``InputError`` lists each bad row's line and column."""
    rows, problems = [], []
    for line, raw in _records(path):
        try:
            rows.append(_row(raw))
        except ValueError as e:
            problems.append(f"{path}:{line}: {e}")
    if problems:
        more = f"\n... and {len(problems) - MAX_SHOWN} more" if len(problems) > MAX_SHOWN else ""
        raise InputError("\n".join(problems[:MAX_SHOWN]) + more)
    if not rows:
        raise InputError(f"{path}: no labelled examples")
    return rows


def _records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read it as UTF-8 text ({e})") from e
    if text.lstrip().startswith("{"):
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                yield number, _json_line(path, number, line)
        return
    reader = csv.DictReader(text.splitlines())
    if not reader.fieldnames or "text" not in reader.fieldnames:
        raise InputError(f"{path}:1: the header has no 'text' column (found {reader.fieldnames})")
    for record in reader:
        yield reader.line_num, dict(record)


def _json_line(path: Path, number: int, line: str) -> dict[str, Any]:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(f"{path}:{number}: not valid JSON ({e.msg})") from None
    if not isinstance(value, dict):
        raise InputError(f"{path}:{number}: expected a JSON object, got {type(value).__name__}")
    return value


def _row(raw: dict[str, Any]) -> dict[str, Any]:
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("column 'text': missing or empty")
    row: dict[str, Any] = {"text": text, "language": _language(raw.get("language"), text)}
    for column, head in FLAGS.items():
        value = _flag(column, raw.get(column))
        if value is not None:
            row[head] = value
    sentiment = raw.get("sentiment")
    if sentiment not in (None, ""):
        if str(sentiment).strip().lower() not in SENTIMENTS:
            raise ValueError(f"column 'sentiment': expected one of {SENTIMENTS}, got {sentiment!r}")
        row["sentiment"] = str(sentiment).strip().lower()
    if len(row) == 2:
        raise ValueError("no label: give at least one of complaint, angry, needs_reply, sentiment")
    return row


def _flag(column: str, value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return int(value)
    word = str(value).strip().lower()
    if word in _TRUE or word in _FALSE:
        return int(word in _TRUE)
    raise ValueError(f"column '{column}': expected 0 or 1, got {value!r}")


def _language(value: Any, text: str) -> str:
    from monitor.language import UNDETERMINED, detect, normalise_code  # regex: load on use

    if value is None or value == "":
        found = detect(text).language
        if found == UNDETERMINED:
            raise ValueError("column 'language': missing and the text's language is unclear")
        return found
    code = normalise_code(str(value))
    if code == UNDETERMINED or not code.isalpha() or len(code) not in (2, 3):
        raise ValueError(f"column 'language': expected an ISO 639-1 code like 'en', got {value!r}")
    return code
