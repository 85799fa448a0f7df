"""Errors in one plain line: what a person needs to read, not a library's exception chain.

``requests``/``urllib3`` describe an offline machine as two lines of
``HTTPSConnectionPool(...) Max retries exceeded ... NameResolutionError(...)``; this says
"cannot reach hn.algolia.com: its name does not resolve (offline, or DNS is down)". Every
line also goes through ``redact``, so a secret a server echoed never reaches the screen.
"""

from __future__ import annotations

import re

from monitor.redact import redact

_HOST = re.compile(r"host='([^']+)'")
_ERRNO = re.compile(r"\[Errno -?\d+\] [^()\]]+")
_GAVE_UP = re.compile(r"\s*\(gave up after (\d+) attempts\)")
_CAUSES = (
    (("NameResolutionError", "Failed to resolve", "Name or service not known",
      "Temporary failure in name resolution", "nodename nor servname"),
     "its name does not resolve (offline, or DNS is down)"),
    (("Connection refused",), "the connection was refused (nothing listens there)"),
    (("timed out", "ReadTimeout", "ConnectTimeout"), "no answer in time"),
    (("CERTIFICATE_VERIFY_FAILED", "SSLError"), "its TLS certificate was not accepted"),
    (("Network is unreachable",), "the network is unreachable (offline?)"),
)  # fmt: skip


def plain_error(message: str, *, limit: int = 300) -> str:
    """One line, secrets masked; a network failure said as what it means."""
    text = redact(" ".join(message.split()))
    host = _HOST.search(text)
    if host and "Max retries exceeded" in text:
        source = text.split(":", 1)[0] if ":" in text.split(" ", 1)[0] else ""
        why = _why(text) or "no connection"
        tries = _GAVE_UP.search(text)
        after = f" (tried {tries[1]} times)" if tries else ""
        text = f"{source + ': ' if source else ''}cannot reach {host[1]}: {why}{after}"
    else:
        text = _ERRNO.sub(lambda m: _why(m[0]) or m[0], text)  # "[Errno 111] Connection ..."
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _why(text: str) -> str | None:
    return next((why for keys, why in _CAUSES if any(k in text for k in keys)), None)
