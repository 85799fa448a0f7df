from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest

from monitor.errors import DeliveryError
from reports.render import Rendered
from reports.send import ChatSender, Envelope

ALERT = Rendered("[repmon] Northwind: 1 angry complaint", "Order #NW-1 never arrived", "")
ENVELOPE = Envelope("repmon@localhost", ())


@contextmanager
def webhook(status: int) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """A loopback HTTP endpoint standing in for a chat service's incoming webhook."""
    received: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers["Content-Length"])
            received.append(json.loads(self.rfile.read(length)))
            self.send_response(status)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], received
    finally:
        server.shutdown()


def test_chat_sender__posts_the_alert_through_apprise() -> None:
    with webhook(200) as (port, received):
        sender = ChatSender("NW_ALERTS", env={"NW_ALERTS": f"json://127.0.0.1:{port}/hook"})
        assert sender.send(ALERT, ENVELOPE, key="alert:1:NW_ALERTS") == "chat:NW_ALERTS"
    [payload] = received
    assert payload["title"] == ALERT.subject
    assert payload["message"] == ALERT.text


def test_chat_sender__service_error_raises_without_leaking_the_url() -> None:
    with webhook(500) as (port, _):
        url = f"json://user:s3cr3t-token@127.0.0.1:{port}/hook"
        sender = ChatSender("NW_ALERTS", env={"NW_ALERTS": url})
        with pytest.raises(DeliveryError) as info:
            sender.send(ALERT, ENVELOPE, key="k")
    assert "NW_ALERTS" in str(info.value)
    assert "s3cr3t" not in str(info.value)


def test_chat_sender__unset_variable_names_it() -> None:
    with pytest.raises(DeliveryError, match="NW_ALERTS is not set"):
        ChatSender("NW_ALERTS", env={}).send(ALERT, ENVELOPE, key="k")
