"""Load on ``repmon web``: concurrent clients against the inbox page and the API.

Builds a large SQLite database (default 1,000,000 mentions over three brands, ~4.5% of them
new and needing a reply, so the inbox holds about 45,000; each with a stored reading, as a
live database has), starts the app with uvicorn on
127.0.0.1 (a subprocess, so clients and server do not share a GIL), logs each client in
(the page clients with a session, the API clients with a bearer token), then runs the
clients in a closed loop for a fixed time. Each request picks one of a few filter sets,
and a third of them follow the page's next cursor. Reports p50/p95/p99 latency per target
and the errors (any status but 200, or a failed connection). The window starts once the
server's first counts scan is done (steady state). Then one request at a time per target,
for the latency of a request on its own. Prints the CPU each request cost the server and
the clients, and the load average (the machine may be shared: compare runs made together,
A B A B). Loopback only; bounded by ``--seconds``. Goal: p95 < 150 ms on SQLite, 0 errors.

    python benchmarks/web_load.py [--mentions 1000000] [--clients 20] [--seconds 30]
                                  [--workers 1] [--db PATH (reuse a generated database)]
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BRANDS = ("Northwind Coffee", "Acme Anvils", "Globex Mobile")
SOURCES = ("x", "reddit", "hackernews", "mastodon", "bluesky", "appstore")
TYPES = ("refund", "defect", "delivery", "service", "billing", "other", "question", "praise",
         "none")  # fmt: skip
LANGS = ("en", "en", "en", "fi", "de", "es")
CONFIG = "".join(
    f'[[brands]]\nname = "{b}"\nkeywords = ["{b.split()[0].lower()}"]\n\n' for b in BRANDS
)
PASSWORD = "load test password"
COOKIE = "repmon_session"  # the session cookie ``create_app`` names
FILTERS = ("", "brand=Northwind%20Coffee", "type=refund", "answer_now=1", "source=reddit",
           "status=resolved", "brand=Acme%20Anvils&type=delivery", "language=fi")  # fmt: skip


def generate(path: Path, n: int, *, seed: int = 7) -> None:
    """Schema through the migrations, rows through sqlite3 (the ORM would take minutes)."""
    from monitor.schema import ensure_current
    from monitor.storage import Database

    ensure_current(Database(f"sqlite:///{path}"))
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(tzinfo=None)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    cols = ("source, external_id, source_name, brand, url, author, author_reach, text, language, "
            "created_at, fetched_at, text_hash, sentiment, anger, is_complaint, complaint_type, "
            "needs_reply, scored, priority, reasons, matched_terms, status, meta, reading")  # fmt: skip
    sql = f"INSERT INTO mention ({cols}) VALUES ({', '.join('?' * 24)})"
    readings = sample_readings()
    batch = []
    for i in range(n):
        source, kind = rng.choice(SOURCES), rng.choice(TYPES)
        complaint = kind not in ("question", "praise", "none")
        status = "new" if rng.random() < 0.15 else rng.choice(("replied", "resolved", "ignored"))
        created = now - timedelta(minutes=rng.randrange(0, 60 * 24 * 90))
        stamp = created.strftime("%Y-%m-%d %H:%M:%S.%f")
        anger = round(rng.random() if complaint else rng.random() * 0.3, 3)
        batch.append((
            source, f"m{i}", source, rng.choice(BRANDS), f"https://example.com/{source}/{i}",
            f"@user{rng.randrange(50_000)}", rng.randrange(0, 100_000),
            f"Message {i}: my order is late again and nobody answers, this is the "
            f"{rng.randrange(2, 9)}th time. {kind} please, order #{rng.randrange(10**6)}",
            rng.choice(LANGS), stamp, stamp, f"{i:016x}", round(rng.uniform(-1, 1), 3), anger,
            complaint, kind, complaint and rng.random() < 0.45, True,
            round(rng.uniform(0, 100), 2), "[]", "[]", status, "{}", rng.choice(readings),
        ))  # fmt: skip
        if len(batch) == 20_000:
            conn.executemany(sql, batch)
            batch.clear()
    conn.executemany(sql, batch)
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()


def sample_readings() -> list[str]:
    """Real stored readings (about 800 bytes of JSON each, as in a live database), from a
    few texts of each kind: the inbox parses them for its row warnings."""
    from monitor.reading.read import read

    texts = [f"{kind}: my order is late again and nobody answers @northwind, {tail}"
             for kind in TYPES for tail in ("this is the 3rd time!!", "please help",
                                            "I want my money back or I call my lawyer")]  # fmt: skip
    return [json.dumps(read(t, source="x", brand="Northwind Coffee").to_json()) for t in texts]


def make_app() -> Any:
    """The app over the generated database (uvicorn imports this in each worker)."""
    from monitor.config import load_settings
    from monitor.storage import Database
    from monitor.web.app import Ctx, create_app

    db = Database(f"sqlite:///{os.environ['REPMON_BENCH_DB']}")
    settings = load_settings(Path(os.environ["REPMON_BENCH_CONFIG"]))
    return create_app(Ctx(settings, db), secret="load-test")


def serve(port: int, workers: int) -> None:
    import uvicorn

    if workers == 1:
        uvicorn.run("web_load:make_app", factory=True, host="127.0.0.1", port=port,
                    log_level="warning", app_dir=str(Path(__file__).parent))  # fmt: skip
        return
    from monitor.web.serve import run_workers

    run_workers("web_load:make_app", host="127.0.0.1", port=port, workers=workers,
                app_dir=str(Path(__file__).parent))  # fmt: skip


def prepare_users(path: Path) -> str:
    from monitor.models import Role
    from monitor.storage import Database
    from monitor.web.users import UserError, add_user, create_token

    db, now = Database(f"sqlite:///{path}"), datetime.now(UTC)
    with contextlib.suppress(UserError):
        add_user(db, "loadtest", role=Role.RESPONDER, password=PASSWORD, now=now)
    return create_token(db, "loadtest", label="load test", now=now)[1]


class Http:
    """One keep-alive HTTP/1.1 connection over loopback, as a browser tab or an API client
    keeps one: it sends each request whole, reads each answer whole and keeps the session
    cookie it is given. The standard library's ``http.client``: a general client's
    per-request work (URL objects, cookie jars, event hooks) cost as much CPU as a server
    request, and the clients share the machine's two cores with the server."""

    def __init__(self, base: str, *, timeout: float = 30.0) -> None:
        parts = urlsplit(base)
        self.host, self.port, self.timeout = parts.hostname or "127.0.0.1", parts.port, timeout
        self.headers: dict[str, str] = {}
        self.cookie: str | None = None
        self._conn: http.client.HTTPConnection | None = None

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, bytes]:  # fmt: skip
        """The status and body; a failed connection is closed and the error raised."""
        if self._conn is None:
            self._conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        sent = {**self.headers, **(headers or {})}
        if self.cookie:
            sent["Cookie"] = self.cookie
        try:
            self._conn.request(method, path, body=body, headers=sent)
            answer = self._conn.getresponse()
            data = answer.read()
        except (OSError, http.client.HTTPException):
            self.close()
            raise
        for value in answer.headers.get_all("set-cookie") or ():
            pair = value.split(";", 1)[0]
            if pair.startswith(f"{COOKIE}="):
                self.cookie = None if pair.endswith("=null") else pair
        if answer.will_close:
            self.close()
        return answer.status, data

    def get(self, path: str) -> tuple[int, bytes]:
        return self.request("GET", path)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class Client(threading.Thread):
    """One user in a closed loop: request, wait for the answer, request again."""

    def __init__(self, base: str, target: str, token: str, until: float, seed: int) -> None:
        super().__init__(daemon=True)
        self.target, self.until, self.rng = target, until, random.Random(seed)
        self.client = Http(base)
        self.latencies: list[float] = []
        self.errors: list[str] = []
        if target == "api":
            self.client.headers["Authorization"] = f"Bearer {token}"
        else:
            self._login()

    def _login(self) -> None:
        page = self.client.get("/login")[1].decode()
        csrf = re.search(r'name="csrf" value="([^"]+)"', page)
        assert csrf, "no login form"
        form = urlencode({"name": "loadtest", "password": PASSWORD, "csrf": csrf.group(1)})
        status, _ = self.client.request(
            "POST", "/login", form.encode(), {"Content-Type": "application/x-www-form-urlencoded"}
        )
        assert status == 303, f"login failed: {status}"

    def _url(self, cursor: str | None) -> str:
        query = self.rng.choice(FILTERS)
        if cursor and self.rng.random() < 0.33:
            query = f"{query}&cursor={cursor}" if query else f"cursor={cursor}"
        return f"/api/v1/mentions?limit=25&{query}" if self.target == "api" else f"/inbox?{query}"

    def run(self) -> None:
        cursor: str | None = None
        while time.monotonic() < self.until:
            url = self._url(cursor)
            started = time.perf_counter()
            try:
                status, body = self.client.get(url)
            except Exception as e:  # noqa: BLE001 - every failure counts as an error
                self.errors.append(f"{url}: {e}")
                continue
            self.latencies.append((time.perf_counter() - started) * 1000)
            if status != 200:
                self.errors.append(f"{url}: HTTP {status}")
            elif self.target == "api" and "cursor" not in url:
                cursor = json.loads(body).get("next_cursor")
        self.client.close()


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _cpu(pid: int) -> float:
    """CPU seconds of the server and its worker processes (Linux ``/proc``; 0 elsewhere)."""
    total = 0.0
    pids = [pid]
    with contextlib.suppress(OSError):
        pids += [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    for one in pids:
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{one}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[q - 1] if len(values) > 1 else values[0]


def _wait_up(base: str, proc: subprocess.Popen[bytes]) -> None:
    for _ in range(300):
        if proc.poll() is not None:
            raise SystemExit("the server exited at start")
        try:
            Http(base, timeout=1.0).get("/login")
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the server did not start in 30 s")


def _warm(base: str, token: str) -> None:
    """Steady state: wait until every worker's first counts scan is done (a running server
    has long finished it), so the window measures serving, not the start: twenty answers
    in a row with counts, each on a new connection (the kernel spreads them over workers)."""
    started = time.perf_counter()
    ready = 0
    while time.perf_counter() - started < 300:
        one = Http(base, timeout=60)
        one.headers["Authorization"] = f"Bearer {token}"
        body = one.get("/api/v1/mentions?limit=1")[1]
        one.close()
        ready = ready + 1 if json.loads(body).get("counts") is not None else 0
        if ready == 20:
            print(f"warm-up: counts ready after {time.perf_counter() - started:.0f} s")
            return
        time.sleep(0.05 if ready else 1)
    raise SystemExit("the counts scan did not finish in 300 s")


def report(clients: list[Client], seconds: float) -> int:
    errors = 0
    for target in ("page", "api"):
        mine = [c for c in clients if c.target == target]
        lat = sorted(x for c in mine for x in c.latencies)
        errs = [e for c in mine for e in c.errors]
        errors += len(errs)
        if not lat:
            print(f"{target}: no requests completed")
            continue
        print(f"{target:>4}: {len(lat)} requests ({len(lat) / seconds:.0f}/s)  "
              f"p50 {_pct(lat, 50):.0f} ms  p95 {_pct(lat, 95):.0f} ms  "
              f"p99 {_pct(lat, 99):.0f} ms  max {lat[-1]:.0f} ms  errors {len(errs)}")  # fmt: skip
        for e in errs[:5]:
            print(f"      {e}")
    every = sorted(x for c in clients for x in c.latencies)
    if every:
        print(f" all: p50 {_pct(every, 50):.0f} ms  p95 {_pct(every, 95):.0f} ms  "
              f"errors {errors}  (goal: p95 < 150 ms, 0 errors)")  # fmt: skip
    return errors


def single(base: str, token: str, seconds: float = 5.0) -> int:
    """One request at a time (one client per target, one after the other): the latency of a
    request on its own, which the load figures divide the machine's cores among."""
    errors = 0
    for target in ("page", "api"):
        client = Client(base, target, token, 0.0, seed=99)
        client.until = time.monotonic() + seconds
        client.run()
        lat = sorted(client.latencies)
        errors += len(client.errors)
        print(f"{target:>4} alone: {len(lat)} requests  p50 {_pct(lat, 50):.1f} ms  "
              f"p95 {_pct(lat, 95):.1f} ms  errors {len(client.errors)}")  # fmt: skip
    return errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mentions", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    parser.add_argument("--db", type=Path, help="reuse (or create) the database at this path")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="repmon-load-"))
    path = args.db or tmp / "load.db"
    if not path.exists():
        started = time.perf_counter()
        generate(path, args.mentions)
        print(f"generated {args.mentions:,} mentions in {time.perf_counter() - started:.0f} s "
              f"({path.stat().st_size / 1e6:.0f} MB)")  # fmt: skip
    (tmp / "repmon.toml").write_text(CONFIG, "utf-8")
    token = prepare_users(path)
    port = free_port()
    env = {
        **os.environ,
        "REPMON_BENCH_DB": str(path),
        "REPMON_BENCH_CONFIG": str(tmp / "repmon.toml"),
    }
    code = f"import web_load; web_load.serve({port}, {args.workers})"
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, cwd=Path(__file__).parent)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_up(base, proc)
        _warm(base, token)
        until = time.monotonic() + args.seconds
        clients = [Client(base, "page" if i % 2 == 0 else "api", token, until, seed=i)
                   for i in range(args.clients)]  # fmt: skip
        until = time.monotonic() + args.seconds
        cpu = _cpu(proc.pid), os.times()
        for c in clients:
            c.until = until
            c.start()
        for c in clients:
            c.join()
        server_cpu, own = _cpu(proc.pid) - cpu[0], os.times()
        client_cpu = own.user + own.system - cpu[1].user - cpu[1].system
        print(f"{args.clients} clients ({args.clients // 2 + args.clients % 2} inbox page, "
              f"{args.clients // 2} API) for {args.seconds:.0f} s, {args.workers} worker(s), "
              f"loopback, SQLite")  # fmt: skip
        errors = report(clients, args.seconds)
        errors += single(base, token)
        done = sum(len(c.latencies) for c in clients) or 1
        print(f"cpu per request: server {server_cpu / done * 1000:.1f} ms, clients "
              f"{client_cpu / done * 1000:.1f} ms; load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    finally:
        proc.terminate()
        proc.wait(10)
    raise SystemExit(1 if errors else 0)


if __name__ == "__main__":
    main()
