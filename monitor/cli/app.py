"""What every command shares: the chosen config file, settings and database, built lazily."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from monitor.errors import ConfigError, Problem
from monitor.redact import remember_settings, remember_url

if TYPE_CHECKING:
    from monitor.config import Settings
    from monitor.config_view import Overview
    from monitor.storage import Database

NO_CONFIG = "no config yet: run `repmon init` (or try `repmon --demo ...`)"


class MissingConfig(ConfigError):
    """There is no config file at all: a first run, not a mistake in a file."""


DEMO_DATA_DIR = Path("repmon-demo")


def bundled_config_dir() -> Path:
    """``config/`` shipped with the package (wheel) or beside it (a source checkout)."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "_bundled" / "config", here.parent / "config"):
        if (candidate / "demo.toml").is_file():
            return candidate
    raise ConfigError([Problem("", "the bundled demo config is missing from this install")])


@dataclass
class App:
    config_path: str | None = None
    database_url: str | None = None
    data_dir: str | None = None
    demo: bool = False
    env: dict[str, str] = field(default_factory=lambda: dict(os.environ))

    def use_demo(self) -> None:
        self.demo = True

    @property
    def path(self) -> Path:
        from monitor.config_view import default_config_path

        if self.demo:
            return bundled_config_dir() / "demo.toml"
        return Path(self.config_path) if self.config_path else default_config_path()

    @cached_property
    def settings(self) -> Settings:
        from connectors import REGISTRY
        from monitor.config import load_settings

        if not self.demo and not self.path.exists():
            raise MissingConfig([Problem("", NO_CONFIG)], file=str(self.path))
        settings = load_settings(self.path, registry=REGISTRY)
        remember_settings(settings, self.env, REGISTRY)  # never echo their values anywhere
        return settings

    @cached_property
    def overview(self) -> Overview:
        """What ``repmon status`` shows of the settings: read back from the cache when this
        config file was validated before, else from the settings (see monitor.config_view)."""
        from connectors import REGISTRY  # the registry alone imports no connector
        from monitor.config_view import cached_overview, overview_of
        from monitor.redact import remember

        if "settings" in self.__dict__ or (not self.demo and not self.path.exists()):
            return overview_of(self.settings, REGISTRY)  # (no config: MissingConfig)
        overview = cached_overview(self.path, full=lambda: overview_of(self.settings, REGISTRY))
        remember(self.env.get(name) for name in overview.secret_envs)
        return overview

    def settings_or_starter(self, brand: str | None = None) -> Settings:
        """The config's settings, or, before there is a config, one brand with the default
        voice: commands that need no database (``repmon suggest``) work on a first run."""
        if self.demo or self.path.exists():
            return self.settings
        from monitor.config import parse_settings

        name = (brand or "").strip() or "your brand"
        return parse_settings({"brands": [{"name": name, "keywords": [name]}]})

    @property
    def resolved_data_dir(self) -> Path:
        if self.data_dir:
            return Path(self.data_dir)
        if self.demo:
            return DEMO_DATA_DIR
        if "overview" in self.__dict__ and "settings" not in self.__dict__:
            configured = self.overview.data_dir
            if configured:
                return Path(configured)
        elif self.settings.storage.data_dir:
            return self.settings.storage.data_dir
        from platformdirs import user_data_path

        return user_data_path("repmon")

    @cached_property
    def db(self) -> Database:
        from monitor.schema import ensure_current
        from monitor.storage import Database, database_url

        url = database_url(
            data_dir=self.resolved_data_dir, override=self.database_url, use_env=not self.demo
        )  # the demo never writes into the database a team set in the environment
        remember_url(url)
        db = Database(url)
        ensure_current(db)  # a new database starts at the latest schema revision
        return db

    @property
    def outbox_dir(self) -> Path:
        return self.resolved_data_dir / "outbox"
