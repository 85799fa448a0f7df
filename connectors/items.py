"""Reading one item of a payload without letting it sink its page.

A platform's JSON can hold any value in any field: an object where a name was expected, a
list for a URL, 1e30 followers, a lone surrogate in a text. Each item is parsed on its own;
whatever goes wrong (an exception of any kind) becomes an ``ItemError`` that names the item
and the field and keeps the item as received, so the runner can quarantine it while the
rest of the page and its cursor are stored.

The typed accessors here name the field in their errors ("field 'author.name' is a list,
expected text"), which is what a person reading the quarantine needs.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from connectors.base import Found, ItemError
from monitor.safety import clean_text
from monitor.timeutil import parse_timestamp

MAX_COUNT = 2**53  # counts above this are not real (and overflow a BIGINT as floats)
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
MAX_DEPTH = 16


class BadField(ValueError):
    """A field of one item is missing or of the wrong kind; the message names the field."""


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", bool: "a boolean", type(None): "null"}.get(
        type(value), type(value).__name__
    )


def get(item: Any, path: str) -> Any:
    """``item["a"]["b"]`` for ``"a.b"``, or ``BadField`` naming where it broke."""
    value = item
    walked: list[str] = []
    for key in path.split("."):
        walked.append(key)
        if not isinstance(value, Mapping):
            raise BadField(f"field {'.'.join(walked[:-1]) or 'item'!r} is {_kind(value)}, "
                           "expected an object")  # fmt: skip
        if key not in value:
            raise BadField(f"field {'.'.join(walked)!r} is missing")
        value = value[key]
    return value


def opt(item: Any, path: str) -> Any:
    """Like ``get`` but ``None`` where the field (or an object above it) is absent."""
    try:
        return get(item, path)
    except BadField:
        return None


def text(value: Any, name: str) -> str:
    """A required text: strings as they are, numbers as text; anything else is an error."""
    out = opt_text(value, name)
    if out is None or not out.strip():
        raise BadField(f"field {name!r} is empty")
    return out


def opt_text(value: Any, name: str) -> str | None:
    """An optional text; ``None`` stays ``None``, an object or a list is an error."""
    if value is None:
        return None
    if isinstance(value, bool | dict | list):
        raise BadField(f"field {name!r} is {_kind(value)}, expected text")
    if isinstance(value, float) and not math.isfinite(value):
        raise BadField(f"field {name!r} is {value!r}, expected text")
    return clean_text(value)


def count(value: Any, name: str) -> int | None:
    """A non-negative count (followers, votes, points), clamped to a believable range."""
    if value is None:
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BadField(f"field {name!r} is {_kind(value)}, expected a count")
    if isinstance(value, float) and not math.isfinite(value):
        raise BadField(f"field {name!r} is {value!r}, expected a count")
    return int(min(max(value, 0), MAX_COUNT))


def stars(value: Any, name: str) -> float:
    """A 1-5 star rating, as text ("4") or a number."""
    if isinstance(value, str) and value.strip():
        try:
            value = float(value)
        except ValueError:
            raise BadField(f"field {name!r} is {value!r}, expected 1-5 stars") from None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 1 <= value <= 5:
        raise BadField(f"field {name!r} is {value!r:.40}, expected 1-5 stars")
    return float(value)


def when(value: Any, name: str) -> datetime:
    """A time the platform gives (ISO 8601 or epoch seconds), within a believable range."""
    try:
        at = parse_timestamp(value)
    except (ValueError, TypeError, OverflowError, OSError):
        raise BadField(f"field {name!r} is not a time: {value!r:.60}") from None
    if at < EARLIEST or at.year > 2100:
        raise BadField(f"field {name!r} is out of range: {at.isoformat()}")
    return at


def json_safe(value: Any, depth: int = 0) -> Any:
    """``value`` as strict JSON can hold it: clean strings, finite numbers, bounded depth."""
    if depth > MAX_DEPTH:
        return None
    if isinstance(value, Mapping):
        return {clean_text(str(k)): json_safe(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(v, depth + 1) for v in value]
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is None or isinstance(value, bool | int | float):
        return value
    return clean_text(str(value))


def meta(**fields: Any) -> dict[str, Any]:
    """Platform metadata for ``Found.meta``: JSON-safe, absent values left out."""
    return {k: json_safe(v) for k, v in fields.items() if v is not None}


def raw_json(item: Any) -> str:
    """The item as received, as ASCII JSON (NUL and lone surrogates escaped, never lost)."""
    try:
        return json.dumps(item, ensure_ascii=True, default=repr, sort_keys=True)[:100_000]
    except (TypeError, ValueError, RecursionError):
        return repr(item)[:100_000]


def cursor_object(cursor: str | None) -> dict[str, Any]:
    """A cursor saved as a JSON object; an empty, old-style or unreadable one starts afresh."""
    try:
        data = json.loads(cursor) if cursor else {}
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def describe(error: BaseException) -> str:
    """What is wrong, in words that name the field when the parser knew it."""
    if isinstance(error, BadField):
        return str(error)
    if isinstance(error, KeyError):
        return f"field {error.args[0]!r} is missing"
    return f"{type(error).__name__}: {error}"[:500]


def parse_each(
    items: Iterable[Any], parse: Callable[[Any], Found], *,
    id_of: Callable[[Any], object], raw_of: Callable[[Any], Any] = lambda item: item,
) -> tuple[list[Found], list[ItemError]]:  # fmt: skip
    """Parse every item on its own; any failure becomes an ``ItemError`` for that item."""
    found: list[Found] = []
    errors: list[ItemError] = []
    for position, item in enumerate(items):
        try:
            found.append(parse(item))
        except Exception as e:  # noqa: BLE001 - no failure of one item may sink the page
            where = item_id(item, id_of, position)
            errors.append(ItemError(where, describe(e), _raw(item, raw_of)))
    return found, errors


def item_id(item: Any, id_of: Callable[[Any], object], position: int) -> str:
    """The item's own id when it has a usable one, else its position in the page."""
    try:
        value = id_of(item)
    except Exception:  # noqa: BLE001 - a broken id is reported as a position instead
        value = None
    if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
        return clean_text(str(value))[:200] or f"#{position}"
    return f"#{position}"


def _raw(item: Any, raw_of: Callable[[Any], Any]) -> str:
    try:
        return raw_json(raw_of(item))
    except Exception:  # noqa: BLE001 - the raw copy is best effort, the error is kept anyway
        return repr(item)[:100_000]
