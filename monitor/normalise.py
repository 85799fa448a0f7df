"""Every ``Found`` made storable at the boundary, before matching, scoring and storing.

A connector types its fields, but a platform (or an export file) can put anything in them:
an object where a name belongs, a list for a URL, ``1e30`` followers, a lone surrogate or a
NUL that PostgreSQL refuses. ``normalise`` coerces each field into what its column holds
and records what it changed in ``meta["coerced"]``, so nothing is altered silently. What
cannot be coerced (no id, no source, no time) raises ``Unstorable`` naming the field; the
runner then quarantines the item with its raw payload instead of failing the page.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import weakref
from collections.abc import Mapping
from dataclasses import fields
from datetime import datetime
from typing import Any
from unicodedata import is_normalized

from connectors.base import Found
from monitor import rx
from monitor.safety import clean_line, clean_text, safe_url
from monitor.timeutil import parse_timestamp

INT_MAX = 2**31 - 1  # PostgreSQL ``integer``
META_BYTES = 16_000  # a post's metadata, as JSON
META_DEPTH = 6
TEXT_LIMIT = 100_000
_LANGUAGE = rx.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
_NAME_KEYS = ("username", "handle", "screen_name", "name", "login", "display_name")
# what ``clean_text`` would change: controls, CR, lone surrogates, bidi overrides (``re`` is
# several times faster than scanning characters in Python, and most texts are clean)
_UNCLEAN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def text_of(value: Any, *, limit: int = TEXT_LIMIT) -> str:
    """``clean_text``, skipped for a string it would leave as it is."""
    if isinstance(value, str) and not _UNCLEAN.search(value) and is_normalized("NFC", value):
        return value[:limit]
    return clean_text(value, limit=limit)


def line_of(value: Any, *, limit: int = 255) -> str | None:
    """``clean_line``, skipped for a string it would leave as it is."""
    if (
        isinstance(value, str)
        and value
        and len(value) <= limit
        and value.isprintable()
        and "  " not in value
        and value.strip() == value
        and is_normalized("NFC", value)
    ):
        return value  # fmt: skip
    return clean_line(value, limit=limit)


class Unstorable(ValueError):
    """An item that no coercion makes storable; ``str()`` names the field."""


# what ``normalise`` made: a connector that normalises its items (the import) hands the
# runner a ``Found`` that normalising again would leave as it is, so it is not redone
_MADE: weakref.WeakValueDictionary[int, Found] = weakref.WeakValueDictionary()


def normalise(found: Found) -> Found:
    """``found`` with every field coerced to what its column holds; ``Unstorable`` if not."""
    if _MADE.get(id(found)) is found:
        return found
    made = _normalise(found)
    _MADE[id(made)] = made
    return made


def _normalise(found: Found) -> Found:
    coerced: dict[str, str] = {}
    source = line_of(found.source, limit=32)
    if not source:
        raise Unstorable(f"field 'source' is not a platform name: {_show(found.source)}")
    values: dict[str, Any] = {
        "source": source,
        "external_id": _external_id(found.external_id),
        "text": text_of(found.text),
        "created_at": _created_at(found.created_at),
        "url": _url(found.url, coerced),
        "author": _author(found.author, coerced),
        "author_reach": _reach(found.author_reach, coerced),
        "title": _line("title", found.title, 1000, coerced),
        "language": _language(found.language, coerced),
        "rating": _rating(found.rating, coerced),
        "edited_at": _edited_at(found.edited_at, coerced),
    }
    if not isinstance(found.text, str):
        coerced["text"] = f"{type(found.text).__name__} read as text"
    meta = json_safe(found.meta if isinstance(found.meta, Mapping) else {"value": found.meta})
    if coerced:
        before = meta.get("coerced")
        meta = {**meta, "coerced": {**(before if isinstance(before, dict) else {}), **coerced}}
    return Found(**values, meta=cap_meta(meta))


def _show(value: Any) -> str:
    return clean_line(repr(value), limit=80) or type(value).__name__


def _external_id(value: Any) -> str:
    ident = line_of(value, limit=10_000)
    if not ident:
        raise Unstorable(f"field 'external_id' is missing or not an id: {_show(value)}")
    if len(ident) > 255:  # keep it unique rather than cut it: two long ids may share a head
        ident = ident[:200] + "#sha1:" + hashlib.sha1(ident.encode()).hexdigest()
    return ident


def _created_at(value: Any) -> datetime:
    try:
        when = parse_timestamp(value)
        when.timestamp()  # out-of-range years fail here rather than in the database
        return when
    except (ValueError, TypeError, OverflowError, OSError) as e:
        raise Unstorable(f"field 'created_at' is not a time: {_show(value)} ({e})") from None


def _edited_at(value: Any, coerced: dict[str, str]) -> datetime | None:
    if value is None:
        return None
    try:
        return _created_at(value)
    except Unstorable:
        coerced["edited_at"] = f"dropped {_show(value)}"
        return None


def _url(value: Any, coerced: dict[str, str]) -> str | None:
    url = safe_url(value)
    if url is None and value not in (None, ""):
        coerced["url"] = f"dropped {_show(value)}: not an http(s) URL"
    return url


def _line(name: str, value: Any, limit: int, coerced: dict[str, str]) -> str | None:
    text = line_of(value, limit=limit)
    if value is not None and not isinstance(value, str):
        coerced[name] = f"{_show(value)} read as {text!r}" if text else f"dropped {_show(value)}"
    return text


def _author(value: Any, coerced: dict[str, str]) -> str | None:
    if isinstance(value, Mapping):  # a user object: take its handle or name
        for key in _NAME_KEYS:
            if name := clean_line(value.get(key)):
                coerced["author"] = f"object read as its {key!r}"
                return name
    return _line("author", value, 255, coerced)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def _reach(value: Any, coerced: dict[str, str]) -> int | None:
    number = _number(value)
    if number is None:
        if value is not None:
            coerced["author_reach"] = f"dropped {_show(value)}: not a number"
        return None
    reach = min(max(int(number), 0), INT_MAX)
    if reach != number:
        coerced["author_reach"] = f"{_show(value)} clamped to {reach}"
    return reach


def _rating(value: Any, coerced: dict[str, str]) -> float | None:
    number = _number(value)
    if number is None or not 0 <= number <= 5:
        if value is not None:
            coerced["rating"] = f"dropped {_show(value)}: not a rating from 0 to 5"
        return None
    return number


def _language(value: Any, coerced: dict[str, str]) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, str) and len(value) <= 16 and _LANGUAGE.fullmatch(value.strip()):
        return value.strip().replace("_", "-").lower()
    coerced["language"] = f"dropped {_show(value)}: not a language tag"
    return None


def json_safe(value: Any, depth: int = 0) -> Any:
    """``value`` as plain JSON that both databases accept: no NaN, NUL or lone surrogate."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        return text_of(value, limit=4000)
    if isinstance(value, datetime):
        return value.isoformat()
    if depth >= META_DEPTH:
        return None
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for k, v in value.items():
            key = line_of(k, limit=100)
            if key is not None:
                out[key] = json_safe(v, depth + 1)
        return out
    if isinstance(value, list | tuple | set | frozenset):
        return [json_safe(v, depth + 1) for v in value]
    return clean_line(repr(value), limit=200)


def cap_meta(meta: Mapping[str, Any], *, limit: int = META_BYTES) -> dict[str, Any]:
    """Keep whole keys, in order, while the JSON fits ``limit``; name the ones left out."""
    if _size(meta) <= limit:
        return dict(meta)
    kept: dict[str, Any] = {}
    left: list[str] = []
    for key, value in meta.items():
        if _size({**kept, key: value}) <= limit - 1000:
            kept[key] = value
        else:
            left.append(key)
    kept["truncated"] = [clean_line(k, limit=40) for k in left[:20]]
    return kept


def _size(value: Any) -> int:
    return len(json.dumps(value, ensure_ascii=False, default=str).encode("utf-8", "replace"))


FOUND_FIELDS = tuple(f.name for f in fields(Found))
