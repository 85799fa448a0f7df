"""The watched brands and the sources, from a TOML file, validated into pydantic models.

Every problem is reported at once, each naming the path of its field
(``brands[0].timezone: unknown timezone 'Europe/Helsinky'``). Secrets never live here:
a field that would hold one names the environment variable instead (``password_env``).
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from monitor.config_text import plain_message, toml_problem
from monitor.config_view import default_config_path as default_config_path  # (no pydantic)
from monitor.errors import ConfigError, Problem
from monitor.timeutil import parse_duration

if TYPE_CHECKING:
    from connectors.base import Connector

_SECRET_KEY = re.compile(r"(password|passwd|secret|token|api_?key|bearer)", re.IGNORECASE)
_ENV_NAME = re.compile(r"^[A-Z_][A-Z0-9_]*$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


EnvVar = Annotated[str, Field(pattern=_ENV_NAME.pattern, description="an environment variable")]


class Fact(_Strict):
    """A verified statement that answers a claim; ``topics`` say which claims it answers
    (found from the text when empty), ``translations`` give it in other languages."""

    text: Annotated[str, Field(min_length=1)]
    topics: list[str] = []
    translations: dict[str, str] = Field(default={}, description="language code -> the text")


class FaqEntry(_Strict):
    """A question customers ask and the brand's answer, quoted in a reply to a calm question."""

    question: Annotated[str, Field(min_length=1)]
    answer: Annotated[str, Field(min_length=1)]
    topics: list[str] = []
    translations: dict[str, str] = Field(default={}, description="language code -> the answer")


class VoiceText(_Strict):
    """The voice's own sentences in one more language (``[brands.voice.translations.fi]``):
    a Finnish reply must not quote the goodwill gesture or the escalation contact in English."""

    goodwill: str | None = None
    escalation_contact: str | None = None


def _as_fact(item: Any) -> Any:
    """A plain string is the common case: ``facts = ["..."]``."""
    return {"text": item} if isinstance(item, str) else item


class Voice(_Strict):
    """How the brand answers: what suggested replies may name and promise."""

    signature: str = ""
    support_email: str | None = None
    support_phone: str | None = None
    dm_handle: str | None = None
    can_refund: bool = False
    can_exchange: bool = False
    escalation_contact: str | None = None
    follow_up_days: int = Field(default=7, ge=1, le=90)
    facts: list[Fact] = Field(
        default=[], description="verified statements used to answer an unfounded claim politely"
    )
    faq: list[FaqEntry] = Field(default=[], description="answers to the questions people ask")
    goodwill: str | None = Field(
        default=None, description="a gesture offered for a genuine grievance, e.g. a voucher"
    )
    courier: str | None = Field(
        default=None, description='the carrier your parcels go with, named in a trace ("Posti")'
    )
    delivers_itself: bool = Field(
        default=False, description="the brand carries its own parcels: a trace is its own"
    )
    part_ways_with_abusive: bool = Field(
        default=False, description="a serial abusive complainer may be refunded and parted with"
    )
    translations: dict[str, VoiceText] = Field(
        default={}, description="language code -> the goodwill and escalation contact in it"
    )

    @field_validator("facts", mode="before")
    @classmethod
    def _plain_facts(cls, value: Any) -> Any:
        return [_as_fact(v) for v in value] if isinstance(value, list) else value

    @property
    def channels(self) -> tuple[str, ...]:
        return tuple(c for c in (self.dm_handle, self.support_email, self.support_phone) if c)


_ADDRESS = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+$")


def _address(value: str) -> str:
    """An email address as an envelope and a header need it: no spaces, one @."""
    if not _ADDRESS.match(value):
        raise ValueError(f"not an email address: {value!r} (like ops@example.com)")
    return value


class DigestSettings(_Strict):
    recipients: list[str] = []
    time: dt.time = Field(default=dt.time(8, 0), description="local time to send it")
    weekdays_only: bool = False

    @field_validator("recipients")
    @classmethod
    def _addresses(cls, value: list[str]) -> list[str]:
        return [_address(v) for v in value]


class AlertSettings(_Strict):
    anger_threshold: float = Field(default=0.5, ge=0.0, le=1.0)  # = reading.operating.ANGER
    channels_env: list[EnvVar] = Field(
        default=[], description="env vars holding notification URLs (they carry tokens)"
    )
    max_per_hour: int = Field(default=6, ge=1)


class Brand(_Strict):
    name: Annotated[str, Field(min_length=1, max_length=128)]
    keywords: list[str] = []
    handles: list[str] = []
    exclude: list[str] = []
    languages: list[str] = Field(default=[], description="only keep these languages (ISO 639-1)")
    timezone: str = "UTC"
    about: Annotated[str, Field(max_length=1000)] = Field(
        default="",
        description="what the brand sells and does, in its customers' words; read only to "
        "tell whose post an unbranded review is (`repmon suggest`), never matched in a scan",
    )
    voice: Voice = Voice()
    digest: DigestSettings = DigestSettings()
    alerts: AlertSettings = AlertSettings()

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown timezone {value!r}") from None
        return value

    @field_validator("keywords", "handles", "exclude")
    @classmethod
    def _terms_can_match(cls, value: list[str], info: ValidationInfo) -> list[str]:
        """Parsed as the matcher will parse them, so a bad term fails here, not mid-scan."""
        from monitor.matching import parse_term

        for i, term in enumerate(value):
            if not term.strip(" \"'@#-*"):
                raise ValueError(f"term {i} is blank: {term!r}")
            handle = info.field_name == "handles" and not term.strip().startswith("@")
            try:
                parse_term(f"@{term.strip()}" if handle else term)
            except ValueError:
                raise ValueError(
                    f"term {i} ({term!r}) has no letter or digit in it, so it can never match"
                ) from None
        return value

    @model_validator(mode="after")
    def _has_a_term(self) -> Brand:
        if not any(not k.strip().startswith("-") for k in self.keywords) and not self.handles:
            raise ValueError("a brand needs at least one keyword or handle to watch")
        return self

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


class Source(_Strict):
    kind: str
    name: str = ""  # defaults to kind; must be unique
    brands: list[str] = Field(default=[], description="brands it serves; empty means all")
    interval: str | None = None  # overrides the connector's default, e.g. "30m"
    enabled: bool = True
    options: dict[str, Any] = {}

    @field_validator("interval")
    @classmethod
    def _valid_interval(cls, value: str | None) -> str | None:
        if value is not None:
            parse_duration(value)
        return value

    @property
    def key(self) -> str:
        return self.name or self.kind

    def interval_or(self, default: timedelta) -> timedelta:
        return parse_duration(self.interval) if self.interval else default


class EmailSettings(_Strict):
    host: str = "localhost"
    port: int = Field(default=587, ge=1, le=65535)
    security: Literal["starttls", "ssl", "none"] = "starttls"
    username: str | None = None
    password_env: EnvVar | None = None
    from_address: str = "repmon@localhost"
    timeout_seconds: float = Field(default=30.0, gt=0)

    @field_validator("from_address")
    @classmethod
    def _from(cls, value: str) -> str:
        return _address(value)


class StorageSettings(_Strict):
    data_dir: Path | None = Field(
        default=None, description="SQLite file and outbox folder; default: the user data dir"
    )


class RunSettings(_Strict):
    """``repmon run``: how workers share the work and how often the background jobs run."""

    lease: str = Field(default="10m", description="a dead worker's sources are taken over after")
    outbox_retry: str = Field(default="5m", description="how often unsent messages are retried")
    reminder_time: dt.time = Field(default=dt.time(9, 0), description="follow-up reminders")
    spike_min_count: int = Field(default=10, ge=1, description="mentions in an hour to alert on")

    @field_validator("lease", "outbox_retry")
    @classmethod
    def _valid_duration(cls, value: str) -> str:
        parse_duration(value)
        return value


class Settings(_Strict):
    brands: list[Brand]
    sources: list[Source] = []
    email: EmailSettings = EmailSettings()
    storage: StorageSettings = StorageSettings()
    run: RunSettings = RunSettings()

    @model_validator(mode="after")
    def _consistent(self) -> Settings:
        names = [b.name for b in self.brands]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"brand names must be unique: {', '.join(dupes)}")
        keys = [s.key for s in self.sources]
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        if dupes:
            raise ValueError(f"source names must be unique (set name = ...): {', '.join(dupes)}")
        return self

    def brand(self, name: str) -> Brand:
        for b in self.brands:
            if b.name.casefold() == name.casefold():
                return b
        raise ConfigError([Problem("brands", f"no brand named {name!r}")])

    def source(self, key: str) -> Source:
        for s in self.sources:
            if s.key == key:
                return s
        raise ConfigError([Problem("sources", f"no source named {key!r}")])


def _loc(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _problems(error: ValidationError, prefix: str = "") -> list[Problem]:
    problems = []
    for e in error.errors():
        where = _loc(tuple(p for p in e["loc"] if not str(p).startswith("function-")))
        message = plain_message(e["type"], e["msg"].removeprefix("Value error, "))
        problems.append(Problem(f"{prefix}{where}" if where else prefix.rstrip("."), message))
    return problems


def _secret_problems(data: Any, path: str = "") -> list[Problem]:
    """A key that looks like it holds a secret, holding a value, is refused."""
    found: list[Problem] = []
    if isinstance(data, Mapping):
        for key, value in data.items():
            here = f"{path}.{key}" if path else str(key)
            if _SECRET_KEY.search(str(key)) and not str(key).endswith("_env") and value:
                found.append(
                    Problem(here, f'secrets go in environment variables; use {key}_env = "VAR"')
                )
            found += _secret_problems(value, here)
    elif isinstance(data, list):
        for i, item in enumerate(data):
            found += _secret_problems(item, f"{path}[{i}]")
    return found


def _option_problems(
    data: Mapping[str, Any], registry: Mapping[str, type[Connector[Any]]]
) -> list[Problem]:
    """Check each source's kind, brands and options on the raw data, so these problems are
    reported together with any others in the file."""
    problems: list[Problem] = []
    raw_brands = data.get("brands")
    brand_names = {
        b["name"] for b in (raw_brands if isinstance(raw_brands, list) else [])
        if isinstance(b, Mapping) and isinstance(b.get("name"), str)
    }  # fmt: skip
    sources = data.get("sources")
    for i, src in enumerate(sources if isinstance(sources, list) else []):
        if not isinstance(src, Mapping) or not isinstance(src.get("kind"), str):
            continue  # the model reports the missing kind
        connector = registry.get(src["kind"])
        if connector is None:
            known = ", ".join(sorted(registry))
            problems.append(
                Problem(f"sources[{i}].kind", f"unknown kind {src['kind']!r} ({known})")
            )
            continue
        where = f"sources[{i}] ({src['kind']})"
        brands = src.get("brands")
        problems += [
            Problem(f"{where}.brands", f"no brand named {b!r}")
            for b in (brands if isinstance(brands, list) else [])
            if brand_names and b not in brand_names
        ]
        try:
            connector.Options.model_validate(src.get("options", {}))
        except ValidationError as e:
            problems += _problems(e, prefix=f"{where}.options.")
    return problems


def parse_settings(
    data: Mapping[str, Any],
    *,
    registry: Mapping[str, type[Connector[Any]]] | None = None,
    base_dir: Path | None = None,
) -> Settings:
    """Validate already-decoded TOML data; raises one ``ConfigError`` listing every problem."""
    problems = _secret_problems(data)
    if registry is not None:
        problems += _option_problems(data, registry)
    secret_paths = {p.where for p in problems}
    try:
        settings = Settings.model_validate(data)
    except ValidationError as e:
        problems += [p for p in _problems(e) if p.where not in secret_paths]
        raise ConfigError(problems) from None
    if problems:
        raise ConfigError(problems)
    if base_dir is not None and settings.storage.data_dir is not None:
        data_dir = (base_dir / settings.storage.data_dir.expanduser()).resolve()
        storage = settings.storage.model_copy(update={"data_dir": data_dir})
        settings = settings.model_copy(update={"storage": storage})
    return settings


def read_toml(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise ConfigError([Problem("", f"cannot read: {e.strerror}")], file=str(path)) from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        problem = Problem(f"line {line}", f"not UTF-8 text (byte {e.start})")
        raise ConfigError([problem], file=str(path)) from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError([toml_problem(str(e), raw.decode("utf-8"))], file=str(path)) from None


def load_settings(
    path: Path, *, registry: Mapping[str, type[Connector[Any]]] | None = None
) -> Settings:
    """Read, decode and validate a config file; relative paths are relative to the file."""
    data = read_toml(path)
    try:
        return parse_settings(data, registry=registry, base_dir=path.parent)
    except ConfigError as e:
        raise ConfigError(e.problems, file=str(path)) from None
