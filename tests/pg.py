"""A throwaway PostgreSQL cluster on loopback, for tests and benchmarks.

CI starts one cluster and exports ``REPMON_TEST_PG_URL``; a local run without it starts
its own here. Each caller gets a fresh database in that cluster.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

PG_URL_ENV = "REPMON_TEST_PG_URL"


def postgres_binaries() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``, or None where PostgreSQL is not installed."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").exists():
            return candidate
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def cluster() -> Iterator[str]:
    """Yield a server URL (``postgresql+psycopg://postgres@127.0.0.1:PORT``)."""
    if os.environ.get(PG_URL_ENV):
        yield os.environ[PG_URL_ENV].rstrip("/")
        return
    bindir = postgres_binaries()
    if bindir is None:
        raise RuntimeError("no PostgreSQL binaries (initdb) on this machine")
    tmp = Path(tempfile.mkdtemp(prefix="repmon-pg-"))
    port = _free_port()
    run = lambda *args: subprocess.run(args, check=True, capture_output=True)  # noqa: E731
    user = ["-U", "postgres"]
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root: use the nobody account
        shutil.chown(tmp, user="nobody")
        run = lambda *args: subprocess.run(  # noqa: E731
            ["runuser", "-u", "nobody", "--", *args], check=True, capture_output=True
        )
    try:
        run(str(bindir / "initdb"), "-D", str(tmp / "data"), *user, "--auth=trust")
        options = f"-k {tmp} -p {port} -c listen_addresses=127.0.0.1 -c fsync=off"
        run(str(bindir / "pg_ctl"), "-D", str(tmp / "data"), "-o", options, "-l",
            str(tmp / "log"), "-w", "start")  # fmt: skip
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(
            [str(bindir / "pg_ctl"), "-D", str(tmp / "data"), "-m", "immediate", "stop"],
            capture_output=True, check=False,
            user="nobody" if os.geteuid() == 0 else None,
        )  # fmt: skip
        shutil.rmtree(tmp, ignore_errors=True)


def fresh_database(server_url: str) -> str:
    """Create an empty database in the cluster and return its URL."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    plain = server_url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(f"{plain}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{server_url}/{name}"
