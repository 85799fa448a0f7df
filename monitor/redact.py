"""Keep secrets out of every error that is stored, logged or printed.

A server may echo the ``Authorization`` header in its error body, a library may put a URL
with a password in its message. Every place that keeps or shows an error (``SourceState``,
the outbox, worker rows, the log, the CLI) passes it through ``redact``, which removes:

- the values of every configured secret: each ``*_env`` variable the config names, each
  connector's ``secrets``, the SMTP password, alert channel URLs and database passwords
  (``remember_settings`` and ``remember_url`` register them once per process);
- anything that looks like a credential: ``Authorization: ...``, ``Bearer ...``,
  ``token=...``, ``"api_key": "..."``, ``user:password@`` in URLs.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from connectors.base import Connector
    from monitor.config import Settings

MASK = "[redacted]"
MIN_SECRET = 4  # shorter values are not credentials; masking them would garble messages

_PATTERNS = [
    # Authorization: Bearer abc / Proxy-Authorization: Basic abc (header form, any scheme)
    re.compile(
        r"(?i)\b((?:proxy-)?authorization\s*[:=]\s*[\"']?)(?:(?:bearer|basic|token|"
        r"digest|oauth)\s+)?[^\s\"',;}]+"
    ),
    re.compile(r"(?i)\b(bearer\s+)[A-Za-z0-9\-._~+/=%]{6,}"),
    # token=... in a query string or form; "access_token": "..." in a JSON body
    re.compile(
        r"(?i)(\b[\w-]*(?:token|secret|api[_-]?key|apikey|password|passwd)[\w-]*=)"
        r"[^\s\"'&,;}]{3,}"
    ),
    re.compile(
        r"(?i)([\"'][\w-]*(?:token|secret|api[_-]?key|apikey|password|passwd)[\w-]*"
        r"[\"']\s*:\s*[\"'])[^\"']{3,}"
    ),
    # scheme://user:password@host
    re.compile(r"(\b[a-z][a-z0-9+.-]*://[^\s:/@]*:)[^\s@/]+(?=@)", re.IGNORECASE),
]

_secrets: set[str] = set()
_lock = threading.Lock()


def remember(values: Iterable[str | None]) -> None:
    """Register secret values to mask from now on in this process."""
    with _lock:
        _secrets.update(v.strip() for v in values if v and len(v.strip()) >= MIN_SECRET)


def forget_all() -> None:
    """Tests start from a clean slate."""
    with _lock:
        _secrets.clear()


def env_names(settings: Settings, registry: Mapping[str, type[Connector[Any]]]) -> set[str]:
    """Every environment variable the config or its connectors read a secret from."""
    names = {name for _, name in _env_fields(settings.model_dump(mode="json"))}
    for source in settings.sources:
        connector = registry.get(source.kind)
        names.update(connector.secrets if connector else ())
    return names


def _env_fields(data: Any, path: str = "") -> Iterable[tuple[str, str]]:
    if isinstance(data, Mapping):
        for key, value in data.items():
            here = f"{path}.{key}" if path else str(key)
            if str(key).endswith("_env"):
                values = value if isinstance(value, list) else [value]
                yield from ((here, v) for v in values if isinstance(v, str) and v)
            else:
                yield from _env_fields(value, here)
    elif isinstance(data, list):
        for i, item in enumerate(data):
            yield from _env_fields(item, f"{path}[{i}]")


def remember_settings(
    settings: Settings, env: Mapping[str, str], registry: Mapping[str, type[Connector[Any]]]
) -> None:
    """The values of every secret variable the config names (set or not, whatever we read)."""
    remember(env.get(name) for name in env_names(settings, registry))


def remember_url(url: str) -> None:
    """A database URL's password."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        password = make_url(url).password
    except (ArgumentError, ValueError):
        return
    remember([str(password)] if password else [])


def redact(text: str) -> str:
    """``text`` with every known secret value and credential-looking fragment masked."""
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)  # longest first: no partial leftovers
    for value in known:
        text = text.replace(value, MASK)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: f"{m.group(1)}{MASK}" if m.lastindex else MASK, text)
    return text


class RedactingFilter(logging.Filter):
    """Masks secrets in every log record that passes a handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def install_log_filter() -> None:
    """Attach the filter to every handler of the root logger."""
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())


__all__ = ["MASK", "install_log_filter", "redact", "remember", "remember_settings", "remember_url"]
