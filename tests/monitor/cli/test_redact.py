"""Secrets never come back out: a server that echoes the token into its error body."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from monitor.redact import MASK, redact, remember
from tests.monitor.cli.conftest import Run

TOKEN = "AAAAAAAAAAAAAAAAAAAAAFakeBearer0123456789xyz"
BARE = "sk-live-7f3a9c0d2e"  # a secret value with no "Bearer" or "token=" in front of it


@contextmanager
def echoing_server() -> Iterator[str]:
    """Answers every request 400 with the Authorization header repeated in its body, the
    way a careless API or proxy does."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            auth = self.headers.get("Authorization", "")
            body = json.dumps({
                "title": "Invalid Request",
                "errors": [{"message": f"bad header Authorization: {auth}"},
                           {"message": f"token {auth.removeprefix('Bearer ')} is not valid"}],
            }).encode()  # fmt: skip
            self.send_response(400)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: Any) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_redact__header_bearer_query_json_and_url_passwords() -> None:
    text = (
        "Authorization: Bearer abc.def-123 | bearer qwertyuiop | /x?access_token=abc123&a=1 | "
        '{"client_secret": "s3cr3t!"} | postgresql+psycopg://bob:hunter22@db/x'
    )
    out = redact(text)
    for secret in ("abc.def-123", "qwertyuiop", "abc123", "s3cr3t!", "hunter22"):
        assert secret not in out
    assert out.count(MASK) == 5
    assert "a=1" in out  # the rest of the message stays readable


def test_redact__remembered_values_anywhere_in_a_message() -> None:
    remember([BARE, "abc"])  # too short to be a credential: not masked
    assert redact(f"the server said {BARE}!") == f"the server said {MASK}!"
    assert redact("abc") == "abc"


def test_scan__token_echoed_by_the_server_is_stored_and_shown_redacted(
    repmon: Run, config_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with echoing_server() as base:
        config_file.write_text(
            config_file.read_text()
            + f'\n[[sources]]\nkind = "x"\noptions = {{ base_url = "{base}" }}\n',
            encoding="utf-8",
        )
        monkeypatch.setenv("X_BEARER_TOKEN", TOKEN)
        (tmp_path / "mentions.jsonl").write_text("")
        scan = repmon("scan")
    assert scan.code == 1
    assert "x: 400" in scan.out + scan.err
    with sqlite3.connect(tmp_path / "data" / "repmon.db") as conn:
        [(stored,)] = conn.execute("SELECT last_error FROM source_state WHERE source = 'x'")
    status = repmon("status")
    as_json = repmon("status", "--json")
    for shown in (stored, scan.out + scan.err, status.out + status.err, as_json.out):
        assert TOKEN not in shown
        assert TOKEN[:20] not in shown
    assert MASK in stored, stored
    assert json.loads(as_json.out)["sources"][1]["last_error"] == stored
    assert status.code == as_json.code == 1


def test_log_filter__masks_secrets_in_messages_and_tracebacks(
    caplog: pytest.LogCaptureFixture,
) -> None:
    import logging

    from monitor.redact import RedactingFilter

    remember([BARE])
    log = logging.getLogger("repmon.test")
    caplog.handler.addFilter(RedactingFilter())
    try:
        raise ValueError(f"server said {BARE}")
    except ValueError:
        log.exception("call failed with Authorization: Bearer %s", TOKEN)
    assert TOKEN not in caplog.text
    assert BARE not in caplog.text
    assert MASK in caplog.text


def test_status_json__database_down_still_answers_json(repmon: Run) -> None:
    result = repmon(
        "--database-url", "postgresql+psycopg://repmon:hunter22@127.0.0.1:9/repmon",
        "status", "--json",
    )  # fmt: skip
    assert result.code == 1
    answer = json.loads(result.out)
    assert answer["ok"] is False
    assert "cannot open database" in answer["error"]
    assert "hunter22" not in result.out + result.err
