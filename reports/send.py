"""Deliver rendered digests. ``FileOutbox`` writes ``.eml`` + ``.html`` + ``.txt`` files.

Messages are built with ``email.policy.SMTP``, which refuses CR/LF in headers and encodes
non-ASCII subjects and names, so text from a mention cannot inject a header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Protocol

from reports.render import Rendered


@dataclass(frozen=True)
class Envelope:
    sender: str
    recipients: tuple[str, ...]


def _one_line(value: str) -> str:
    return " ".join(value.split())


def build_message(rendered: Rendered, envelope: Envelope) -> EmailMessage:
    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = _one_line(rendered.subject)
    msg["From"] = envelope.sender
    msg["To"] = ", ".join(envelope.recipients) or envelope.sender
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain="repmon.local")
    msg.set_content(rendered.text)
    msg.add_alternative(rendered.html, subtype="html")
    return msg


class Sender(Protocol):
    def send(self, rendered: Rendered, envelope: Envelope, *, key: str) -> str:
        """Deliver one message; returns where it went. Raises ``DeliveryError``."""
        ...


def slug(text: str) -> str:
    return re.sub(r"[^\w.-]+", "-", text.strip().lower()).strip("-") or "brand"


class FileOutbox:
    """Writes each message as files named by its key: easy to read, ready to send."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def paths(self, key: str) -> dict[str, Path]:
        base = self.folder / slug(key)
        return {ext: base.with_suffix(f".{ext}") for ext in ("html", "txt", "eml")}

    def send(self, rendered: Rendered, envelope: Envelope, *, key: str) -> str:
        self.folder.mkdir(parents=True, exist_ok=True)
        paths = self.paths(key)
        paths["html"].write_text(rendered.html, encoding="utf-8")
        paths["txt"].write_text(rendered.text, encoding="utf-8")
        paths["eml"].write_bytes(build_message(rendered, envelope).as_bytes())
        return str(paths["html"].parent)
