"""Which ``Sender`` a command uses: the file outbox for the demo and dry runs, SMTP and
chat webhooks otherwise. Only the CLI chooses; ``reports`` takes whatever it is given."""

from __future__ import annotations

from collections.abc import Callable

from monitor.cli.app import App
from reports.alerts import EMAIL
from reports.send import ChatSender, FileOutbox, Sender, SmtpSender


def mail_sender(app: App, *, to_files: bool) -> Sender:
    if to_files or app.demo:
        return FileOutbox(app.outbox_dir)
    return SmtpSender(app.settings.email, env=app.env)


def alert_senders(app: App) -> Callable[[str], Sender]:
    """``email`` goes where digests go; any other channel is an env var holding a URL."""
    mail: list[Sender] = []

    def sender_for(channel: str) -> Sender:
        if channel != EMAIL:
            return ChatSender(channel, env=app.env)
        if not mail:
            mail.append(mail_sender(app, to_files=False))
        return mail[0]

    return sender_for
