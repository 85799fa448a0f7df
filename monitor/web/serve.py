"""The worker processes of ``repmon web --workers N``: each builds the app itself.

Uvicorn starts each worker as a fresh process that imports the app factory, so the parent
hands over what it resolved (config file, database URL, cookie flags) in one environment
variable, and the session key in ``REPMON_WEB_SECRET``: every worker signs and checks the
same cookies. Nothing else is shared in memory: sessions live in signed cookies, failed
logins in the database, and each worker keeps its own exact inbox counts.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

SPEC_ENV = "REPMON_WEB_SERVE"


def spec(*, config: Path | None, database_url: str, https: bool) -> str:
    return json.dumps({"config": str(config) if config else None, "url": database_url,
                       "https": https})  # fmt: skip


def app_from_env() -> Any:
    """The app of one worker (uvicorn's ``factory``)."""
    from connectors import REGISTRY
    from monitor.config import load_settings
    from monitor.storage import Database
    from monitor.web.app import SECRET_ENV, Ctx, create_app

    found = json.loads(os.environ[SPEC_ENV])
    config = Path(found["config"]) if found["config"] else None
    if config is None:  # the demo: the bundled config
        from monitor.cli.app import bundled_config_dir

        settings = load_settings(bundled_config_dir() / "demo.toml", registry=REGISTRY)
    else:
        settings = load_settings(config, registry=REGISTRY)
    ctx = Ctx(settings, Database(found["url"]), config_path=config)
    return create_app(ctx, secret=os.environ[SECRET_ENV], https=found["https"])


def run_workers(
    target: str, *, host: str, port: int, workers: int, https: bool = False,
    app_dir: str | None = None,
) -> None:  # fmt: skip
    """Serve ``target`` (an app factory, ``module:function``) from ``workers`` processes.

    Uvicorn's own ``workers=`` binds a socket that does not name its protocol, and asyncio
    then leaves Nagle's algorithm on for every connection: each response waits ~40 ms for
    the client's delayed acknowledgement. The socket made here names TCP, so asyncio sets
    ``TCP_NODELAY`` on each accepted connection, as it does for a single process."""
    import socket

    import uvicorn
    from uvicorn.supervisors import Multiprocess

    if app_dir is not None:
        sys.path.insert(0, app_dir)  # as uvicorn.run does: the workers import ``target``
    config = uvicorn.Config(target, factory=True, host=host, port=port, workers=workers,
                            log_level="warning", proxy_headers=https)  # fmt: skip
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    Multiprocess(config, sockets=[sock]).run()
