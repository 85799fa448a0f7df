"""A real SMTP server on loopback (aiosmtpd) that records what it accepts."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from email.policy import default
from typing import Any

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Recorder:
    reply: str = "250 OK"  # what DATA answers: "451 ..." or "554 ..." to refuse
    received: list[tuple[list[str], Message]] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.reply.startswith("250"):
            message = message_from_bytes(envelope.original_content, policy=default)
            self.received.append((list(envelope.rcpt_tos), message))
        return self.reply


@contextmanager
def smtp_server(port: int, recorder: Recorder | None = None) -> Iterator[Recorder]:
    recorder = recorder or Recorder()
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield recorder
    finally:
        controller.stop()
