"""A local HTTP server speaking the Algolia Hacker News search shape, with faults on demand.

It holds ``total`` stories about the brand, newest first, paged by ``page`` and
``hitsPerPage`` and filtered by ``numericFilters=created_at_i>=T`` like the real API. A
fault plan maps a request number (1-based) to what that request gets instead: ``429``
(with ``Retry-After``), ``500``, ``timeout`` (no answer for a while), ``malformed`` (one
hit without its timestamp) or ``slow`` (answer after a pause). Tests, the fault suite and
``benchmarks/workers.py`` use it; it never leaves loopback.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

BASE = int(datetime(2026, 11, 23, 8, 0, tzinfo=UTC).timestamp())


@dataclass
class Feed:
    total: int = 120
    prefix: str = "s"  # ids are prefix + number: distinct prefixes are distinct stories
    plan: dict[int, str] = field(default_factory=dict)
    delay: float = 0.0  # every page waits this long (a slow API, for kill-mid-scan tests)
    hang: float = 2.0  # how long a ``timeout`` request stays silent
    requests: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def hit(self, i: int) -> dict[str, Any]:
        return {"objectID": f"{self.prefix}{i}", "title": f"Acme coffee story {i}",
                "story_text": f"Acme coffee machine broke AGAIN after two days ({i}). Worst "
                "company ever, I am furious and I want my money back now!!",
                "author": f"user{i % 7}", "points": i % 50, "created_at_i": BASE + i * 60}  # fmt: skip

    def answer(self, query: dict[str, list[str]]) -> tuple[int, dict[str, str], Any]:
        with self.lock:
            self.requests += 1
            fault = self.plan.get(self.requests)
        if fault == "429":
            return 429, {"Retry-After": "120"}, {"message": "rate limited"}
        if fault == "500":
            return 500, {}, {"message": "boom"}
        if fault == "timeout":
            time.sleep(self.hang)
        if fault == "slow" or self.delay:
            time.sleep(self.delay or 0.3)
        return 200, {}, self.page(query, malformed=fault == "malformed")

    def page(self, query: dict[str, list[str]], *, malformed: bool) -> dict[str, Any]:
        per = int(query.get("hitsPerPage", ["20"])[0])
        page = int(query.get("page", ["0"])[0])
        since = 0
        for f in query.get("numericFilters", []):
            since = int(f.split(">=")[1])
        hits = [self.hit(i) for i in range(self.total, 0, -1) if BASE + i * 60 >= since]
        chunk = hits[page * per : (page + 1) * per]
        if malformed and chunk:
            chunk[0] = {k: v for k, v in chunk[0].items() if k != "created_at_i"}
        return {"hits": chunk, "nbPages": max(1, -(-len(hits) // per)), "page": page}


def _handler(feed: Feed) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            url = urlparse(self.path)
            status, headers, body = feed.answer(parse_qs(url.query))
            data = json.dumps(body).encode()
            try:
                self.send_response(status)
                for k, v in {"Content-Type": "application/json", **headers}.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test): nothing to answer

        def log_message(self, *_args: Any) -> None:
            return None

    return Handler


@contextmanager
def hn_server(feed: Feed) -> Iterator[str]:
    """Serve ``feed`` on a free loopback port; yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(feed))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
