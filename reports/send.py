"""Deliver rendered messages: ``FileOutbox`` (``.eml`` + ``.html`` + ``.txt`` files),
``SmtpSender`` and ``ChatSender`` (Slack, Discord, Teams, ... through apprise).

Messages are built with ``email.policy.SMTP``, which refuses CR/LF in headers and encodes
non-ASCII subjects and names, so text from a mention cannot inject a header. The
Message-ID is derived from the outbox key: if a crash makes us send a message twice, the
copies share one Message-ID and mail clients show it once.
"""

from __future__ import annotations

import hashlib
import re
import smtplib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate
from pathlib import Path
from typing import Protocol

from monitor.config import EmailSettings
from monitor.errors import ConfigError, DeliveryError, Problem
from monitor.safety import clean_line
from reports.render import Rendered


@dataclass(frozen=True)
class Envelope:
    sender: str
    recipients: tuple[str, ...]


def _one_line(value: str) -> str:
    """A header value: no CR/LF or control character can start a header of its own."""
    return clean_line(value, limit=900) or ""


def message_id(key: str) -> str:
    return f"<{hashlib.sha256(key.encode()).hexdigest()[:32]}@repmon.local>"


def build_message(rendered: Rendered, envelope: Envelope, *, key: str = "") -> EmailMessage:
    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = _one_line(rendered.subject)
    msg["From"] = _one_line(envelope.sender)
    msg["To"] = ", ".join(_one_line(r) for r in envelope.recipients) or envelope.sender
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = message_id(key or rendered.subject)
    msg.set_content(rendered.text)
    if rendered.html:
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
        name = slug(key)
        if len(name) > 100:  # a batched alert's key lists every mention: keep names short
            name = f"{name[:80]}-{hashlib.sha256(key.encode()).hexdigest()[:12]}"
        base = self.folder / name
        return {ext: base.with_suffix(f".{ext}") for ext in ("html", "txt", "eml")}

    def send(self, rendered: Rendered, envelope: Envelope, *, key: str) -> str:
        self.folder.mkdir(parents=True, exist_ok=True)
        paths = self.paths(key)
        paths["html"].write_text(rendered.html, encoding="utf-8")
        paths["txt"].write_text(rendered.text, encoding="utf-8")
        paths["eml"].write_bytes(build_message(rendered, envelope, key=key).as_bytes())
        return str(paths["html"].parent)


class SmtpSender:
    """SMTP with STARTTLS, implicit TLS or plain (loopback relays); password from the env."""

    def __init__(self, settings: EmailSettings, *, env: Mapping[str, str]) -> None:
        self.settings = settings
        self.password: str | None = None
        if settings.password_env:
            self.password = env.get(settings.password_env)
            if not self.password:
                where = "email.password_env"
                raise ConfigError([Problem(where, f"{settings.password_env} is not set")])

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        if s.security == "ssl":
            context = ssl.create_default_context()
            return smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout_seconds, context=context)
        client = smtplib.SMTP(s.host, s.port, timeout=s.timeout_seconds)
        if s.security == "starttls":
            client.starttls(context=ssl.create_default_context())
        return client

    def send(self, rendered: Rendered, envelope: Envelope, *, key: str) -> str:
        message = build_message(rendered, envelope, key=key)
        where = f"{self.settings.host}:{self.settings.port}"
        try:
            with self._connect() as client:
                if self.settings.username and self.password:
                    client.login(self.settings.username, self.password)
                refused = client.send_message(message)
        except smtplib.SMTPResponseException as e:
            text = (
                e.smtp_error.decode(errors="replace")
                if isinstance(e.smtp_error, bytes)
                else e.smtp_error
            )
            raise DeliveryError(f"SMTP {where} replied {e.smtp_code}: {text}") from e
        except smtplib.SMTPRecipientsRefused as e:
            raise DeliveryError(
                f"SMTP {where} refused every recipient: {sorted(e.recipients)}"
            ) from e
        except (smtplib.SMTPException, OSError) as e:
            raise DeliveryError(f"SMTP {where} unreachable: {e}") from e
        partial = f" (refused: {', '.join(sorted(refused))})" if refused else ""
        return f"smtp://{where}{partial}"


class ChatSender:
    """A chat or push channel (Slack, Discord, Teams, ntfy, ...) through apprise.

    The URL carries a token, so it comes from an environment variable and never appears
    in an error message: errors name the variable instead.
    """

    def __init__(self, env_var: str, *, env: Mapping[str, str]) -> None:
        self.env_var = env_var
        self.url = env.get(env_var, "")

    def send(self, rendered: Rendered, envelope: Envelope, *, key: str) -> str:
        import apprise

        if not self.url:
            raise DeliveryError(f"alert channel {self.env_var} is not set in the environment")
        client = apprise.Apprise()
        if not client.add(self.url):
            raise DeliveryError(f"{self.env_var} does not hold a notification URL apprise knows")
        if not client.notify(title=rendered.subject, body=rendered.text):
            raise DeliveryError(f"the notification service behind {self.env_var} refused the alert")
        return f"chat:{self.env_var}"
