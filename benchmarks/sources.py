"""Concurrent scans: 8 sources on a local HTTP server that answers each after 200 ms.

Prints, from one run: the wall time of a scan of all 8 sources against the slowest source
scanned alone (goal <= 1.5), and the requests per source of a second scan with nothing new
(goal 1; Reddit adds its token request, Bluesky its sign-in), then of a scan inside a rate-limit window (goal 0).

    python benchmarks/sources.py
"""

from __future__ import annotations

import json
import statistics
import tempfile
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlparse

from connectors import REGISTRY
from monitor.config import parse_settings
from monitor.runner import Scan, partitions
from monitor.scoring import DefaultScorer
from monitor.storage import Database
from monitor.timeutil import utcnow

LATENCY = 0.2
CASSETTES = Path(__file__).resolve().parent.parent / "tests" / "cassettes"
ETAG = '"bench-1"'


def _cassette(kind: str) -> dict[str, Any]:
    return json.loads((CASSETTES / f"{kind}.json").read_text("utf-8"))


def _answers() -> dict[str, tuple[str, Any]]:
    """path prefix -> (source, body): each API's first page, without a next-page token."""
    x = _cassette("x")["window"][0]["json"]
    x = {**x, "meta": {k: v for k, v in x["meta"].items() if k != "next_token"}}
    hn = {**_cassette("hackernews")["window"][0]["json"], "nbPages": 1}
    bsky = {"posts": _cassette("bluesky")["window"][1]["json"]["posts"]}
    session = {k: v for k, v in _cassette("bluesky")["prelude"][0]["json"].items() if k != "didDoc"}
    reddit = _cassette("reddit")["again"][1]["json"]
    return {
        "/2/tweets/search/recent": ("x", x),
        "/api/v1/access_token": ("reddit", _cassette("reddit")["prelude"][0]["json"]),
        "/r/all/search": ("reddit", reddit),
        "/api/v1/search_by_date": ("hackernews", hn),
        "/feed.xml": ("rss", _cassette("rss")["window"][0]["body"]),
        "/us/rss/customerreviews": ("appstore", _cassette("appstore")["window"][0]["json"]),
        "/_/PlayStoreUi": ("googleplay", _cassette("googleplay")["window"][1]["body"]),
        "/api/v1/timelines/tag": ("mastodon", _cassette("mastodon")["window"][0]["json"]),
        "/xrpc/app.bsky.feed.searchPosts": ("bluesky", bsky),
        "/xrpc/com.atproto.server.createSession": ("bluesky", session),
    }


class Server(ThreadingHTTPServer):
    daemon_threads = True
    answers: ClassVar[dict[str, tuple[str, Any]]] = _answers()
    hits: Counter[str] = Counter()  # noqa: RUF012 - one server per run, reset between scans
    limited: ClassVar[set[str]] = set()


class Handler(BaseHTTPRequestHandler):
    server: Server

    def log_message(self, format: str, *args: Any) -> None:
        return None

    def do_GET(self) -> None:
        time.sleep(LATENCY)
        url = urlparse(self.path)
        source, body = next(
            (v for k, v in self.server.answers.items() if url.path.startswith(k)), ("?", None)
        )
        self.server.hits[source] += 1
        query = parse_qs(url.query)
        if source in self.server.limited:
            return self._send(429, "", headers={"Retry-After": "600"})
        if source == "rss" and self.headers.get("If-None-Match") == ETAG:
            return self._send(304, "")
        if "since_id" in query:  # X and Mastodon filter on the server
            body = {"meta": {"result_count": 0}} if source == "x" else []
        headers = {"ETag": ETAG} if source == "rss" else {}
        self._send(200 if body is not None else 404, body, headers=headers)

    do_POST = do_GET

    def _send(self, status: int, body: Any, *, headers: dict[str, str] | None = None) -> None:
        if "Content-Length" in self.headers:
            self.rfile.read(int(self.headers["Content-Length"]))
        data = (body if isinstance(body, str) else json.dumps(body)).encode()
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def _settings(base: str) -> Any:
    sources = [
        {"kind": "x", "options": {"base_url": base}},
        {"kind": "reddit", "options": {"base_url": base, "auth_url": base}},
        {"kind": "hackernews", "options": {"base_url": base + "/api/v1"}},
        {"kind": "rss", "options": {"url": base + "/feed.xml"}},
        {"kind": "appstore", "options": {"base_url": base, "app_id": 1234567890}},
        {"kind": "googleplay", "options": {"base_url": base, "app_id": "com.acme.coffee"}},
        {"kind": "mastodon", "options": {"base_url": base, "hashtags": ["acmecoffee"]}},
        {"kind": "bluesky", "options": {"base_url": base}},
    ]
    brand = {"name": "Acme Coffee", "keywords": ["acme", "acme coffee", "#acmecoffee"]}
    return parse_settings({"brands": [brand], "sources": sources}, registry=REGISTRY)


ENV = {"X_BEARER_TOKEN": "bench", "REDDIT_CLIENT_ID": "bench", "REDDIT_CLIENT_SECRET": "bench",
       "BLUESKY_HANDLE": "bench.bsky.social", "BLUESKY_APP_PASSWORD": "bench"}  # fmt: skip


def scan(settings: Any, db: Database, *, only: str | None = None) -> tuple[float, Any]:
    parts = [p for p in partitions(settings, REGISTRY) if only in (None, p.source.key)]
    runner = Scan(settings, db, registry=REGISTRY, scorer=DefaultScorer(), env=ENV,
                  now=utcnow(), base_dir=Path("."))  # fmt: skip
    start = time.perf_counter()
    report = runner.run(parts)
    return time.perf_counter() - start, report


def main() -> None:
    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings = _settings(f"http://127.0.0.1:{server.server_address[1]}")
    DefaultScorer().score("warm up the lexicon once")
    with tempfile.TemporaryDirectory() as tmp:

        def fresh(name: str) -> Database:
            db = Database(f"sqlite:///{tmp}/{name}.db")
            db.create_all()
            return db

        # medians of 3 first scans, each on a fresh database (one-off start-up costs such as
        # praw's first client would otherwise land on whichever source runs first)
        alone = {
            source.key: statistics.median(
                scan(settings, fresh(f"{source.key}-{i}"), only=source.key)[0] for i in range(3)
            )
            for source in settings.sources
        }
        walls = [scan(settings, fresh(f"all-{i}"))[0] for i in range(2)]
        db = fresh("all")
        last, first = scan(settings, db)
        wall = statistics.median([*walls, last])
        assert not first.failed, [r.error for r in first.failed]
        server.hits.clear()
        _, second = scan(settings, db)
        repeat = dict(server.hits)
        server.limited, server.hits = {"bluesky"}, Counter()
        scan(settings, db)
        server.limited, server.hits = set(), Counter()
        scan(settings, db)
        limited = dict(server.hits)
    slowest = max(alone, key=lambda k: alone[k])
    print(f"{len(settings.sources)} sources, {LATENCY * 1000:.0f} ms latency per request")
    for key, seconds in alone.items():
        print(f"  alone   {key:<11} {seconds:6.3f} s")
    print(
        f"concurrent scan of all: {wall:.3f} s; slowest alone ({slowest}): {alone[slowest]:.3f} s"
    )
    print(f"sum of the sources alone (a sequential scan): {sum(alone.values()):.3f} s")
    print(f"ratio concurrent / slowest: {wall / alone[slowest]:.2f}  (goal <= 1.5)")
    print(f"stored: first scan {first.stored}, second scan {second.stored}")
    print("requests of a second scan with nothing new, per source (goal 1):")
    for key in sorted(alone):
        print(f"  {key:<11} {repeat.get(key, 0)}")
    print(f"requests to bluesky inside its rate-limit window: {limited.get('bluesky', 0)} (goal 0)")
    server.shutdown()


if __name__ == "__main__":
    main()
