"""Which ``Sender`` a command uses: the file outbox for the demo and dry runs, SMTP and
chat webhooks otherwise. Only the CLI chooses; ``reports`` takes whatever it is given."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from monitor.cli.app import App

if TYPE_CHECKING:
    from reports.send import Sender


def mail_sender(app: App, *, to_files: bool) -> Sender:
    from reports.send import FileOutbox, SmtpSender

    if to_files or app.demo:
        return FileOutbox(app.outbox_dir)
    return SmtpSender(app.settings.email, env=app.env)


def alert_senders(app: App) -> Callable[[str], Sender]:
    """``email`` goes where digests go; any other channel is an env var holding a URL."""
    from reports.alerts import EMAIL
    from reports.send import ChatSender

    mail: list[Sender] = []

    def sender_for(channel: str) -> Sender:
        if channel != EMAIL:
            return ChatSender(channel, env=app.env)
        if not mail:
            mail.append(mail_sender(app, to_files=False))
        return mail[0]

    return sender_for
