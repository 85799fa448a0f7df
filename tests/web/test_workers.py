"""``repmon web --workers 2``: a real server with two worker processes on loopback. A session
made by one worker is good on the other, the login limit holds across them, and a brand
added through one is seen by the other."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2 as httpx
import pytest

from monitor.models import Role
from monitor.schema import upgrade
from monitor.storage import Database
from monitor.timeutil import utcnow
from monitor.web.users import add_user
from tests.conftest import ROOT

PASSWORD = "correct horse battery"
CONFIG = '[[brands]]\nname = "Acme"\nkeywords = ["acme"]\n'


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "repmon.toml").write_text(CONFIG, encoding="utf-8")
    db = Database(f"sqlite:///{tmp_path / 'repmon.db'}")
    upgrade(db)
    add_user(db, "adam", role=Role.ADMIN, password=PASSWORD, now=utcnow())
    db.engine.dispose()
    port = _port()
    env = {**os.environ, "REPMON_CONFIG": str(tmp_path / "repmon.toml")}
    env.pop("REPMON_DATABASE_URL", None)
    argv = [sys.executable, "-c", "from monitor.cli import main; main()", "--data-dir",
            str(tmp_path), "web", "--port", str(port), "--workers", "2"]  # fmt: skip
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                httpx.get(f"{base}/login", timeout=1.0)
                break
            except httpx.HTTPError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(20)


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found
    return found.group(1)


def _login(base: str, password: str) -> httpx.Response:
    with httpx.Client(base_url=base) as client:
        token = _csrf(client.get("/login").text)
        return client.post("/login", data={"name": "adam", "password": password, "csrf": token})


def test_workers__one_session_one_limit_one_config(server: str) -> None:
    ok = _login(server, PASSWORD)
    assert ok.status_code == 303
    cookies = dict(ok.cookies)
    for _ in range(12):  # a new connection each time: the kernel hands them to both workers
        with httpx.Client(base_url=server, cookies=cookies) as client:
            assert client.get("/inbox").status_code == 200
    codes = [_login(server, "wrong password!").status_code for _ in range(7)]
    assert codes[:5] == [401] * 5
    assert codes[5:] == [429, 429]  # five failures in all, whichever worker saw them
    with httpx.Client(base_url=server, cookies=cookies) as client:
        page = client.get("/brands").text
        data = {"csrf": _csrf(page), "name": "Globex", "terms": "globex"}
        assert client.post("/brands", data=data).status_code == 303
    for _ in range(6):
        with httpx.Client(base_url=server, cookies=cookies) as client:
            assert "Globex" in client.get("/brands").text
