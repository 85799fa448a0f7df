from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.storage import Database
from tests.pg import PG_URL_ENV, cluster, fresh_database, postgres_binaries

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="session", autouse=True)
def _own_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """What ``repmon status`` caches (``monitor.config_view``) goes to a folder of this run,
    for subprocesses too, not to the user's own cache dir (``$REPMON_CACHE_DIR`` wins)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
        yield


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    import os

    if not os.environ.get(PG_URL_ENV) and postgres_binaries() is None:
        if os.environ.get("REPMON_REQUIRE_POSTGRES"):
            pytest.fail("REPMON_REQUIRE_POSTGRES is set but PostgreSQL is not installed")
        pytest.skip(
            "PostgreSQL is not installed here (no initdb on PATH or in /usr/lib/postgresql)"
        )
    with cluster() as url:
        yield url


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def new_database(request: pytest.FixtureRequest, tmp_path: Path) -> Database:
    """An empty database with no tables: a SQLite file, or one in the local PostgreSQL."""
    if request.param == "sqlite":
        return Database(f"sqlite:///{tmp_path / 'test.db'}")
    return Database(fresh_database(request.getfixturevalue("pg_server")))


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh database with the models' tables: SQLite, and the local PostgreSQL cluster."""
    database = new_database(request, tmp_path)
    database.create_all()
    yield database
    database.engine.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Database:
    database = Database(f"sqlite:///{tmp_path / 'test.db'}")
    database.create_all()
    return database
