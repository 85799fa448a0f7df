"""The one place where untrusted text (mention text, author names, titles, URLs) is made safe.

Connectors and the runner call these at ingest, so what is stored is already clean; every
output (html and text digests, emails, replies, web pages) relies on that and on jinja2's
autoescape for html. Each function accepts any value a JSON payload can hold and never
raises: what cannot be made safe becomes ``None`` (or an empty string for a body).

- ``clean_line``: single-line fields (author, title, language tag): control characters,
  CR/LF, NUL and lone surrogates removed, whitespace collapsed, length capped.
- ``clean_text``: bodies: NUL, lone surrogates and control characters other than newline
  and tab removed, CR/LF and CR made LF, Unicode NFC.
- ``safe_url``: only absolute ``http``/``https`` URLs with a host; anything else (``javascript:``,
  ``data:``, a bare id, a list) is ``None``, so it is shown as text, never as a link.
"""

from __future__ import annotations

import math
import unicodedata
from typing import Any
from urllib.parse import urlsplit

from monitor import rx

# C0 and C1 controls, DEL, lone surrogates, and the bidi overrides/isolates that can make
# a name display as something else ("Trojan Source")
_CONTROL = rx.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\p{Cs}\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = rx.compile(r"[\r\n\t\x0b\x0c\x85\u2028\u2029]+")
_SPACES = rx.compile(r"[ \t]+")


def _as_text(value: Any) -> str | None:
    if value is None or isinstance(value, bool):
        return None if value is None else str(value).lower()
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return None if not math.isfinite(value) else format(value, "g")
    return None  # a list or an object is not a name or a body


def _strip_surrogates(text: str) -> str:
    # lone surrogates cannot be encoded as UTF-8: SQLite and PostgreSQL both refuse them
    return text.encode("utf-8", "replace").decode("utf-8") if _has_surrogate(text) else text


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def clean_line(value: Any, *, limit: int = 255) -> str | None:
    """A single-line field, or ``None`` when nothing printable is left."""
    text = _as_text(value)
    if text is None:
        return None
    text = _LINE_BREAKS.sub(" ", _strip_surrogates(text))
    text = _SPACES.sub(" ", _CONTROL.sub("", unicodedata.normalize("NFC", text))).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text or None


def clean_text(value: Any, *, limit: int = 100_000) -> str:
    """A body of text: line structure kept, everything unprintable removed."""
    text = _as_text(value) or ""
    text = _strip_surrogates(text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", unicodedata.normalize("NFC", text))
    return text[:limit]


def safe_url(value: Any) -> str | None:
    """``value`` when it is an absolute http(s) URL with a host, else ``None``."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    if not url or len(url) > 2048 or _CONTROL.search(url) or any(c.isspace() for c in url):
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    return url


__all__ = ["clean_line", "clean_text", "safe_url"]
