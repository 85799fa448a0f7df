"""Edit the config file in place: the TOML file stays the reviewable source of truth.

Edits go through tomlkit, so comments, order and formatting survive. Every edit is checked
with the same validation as ``repmon config validate`` *before* anything is written, and an
edit that would make the file invalid is refused with the same field-naming ``ConfigError``.
The file is replaced atomically (temp file in the same folder, then ``os.replace``), so a
crash leaves the old file or the new one, never half of each.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import tomlkit
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import Table
from tomlkit.toml_document import TOMLDocument

from monitor.config import Settings, parse_settings
from monitor.errors import ConfigError, Problem
from monitor.matching import Term, parse_term
from monitor.toml_edit import append_table, inline, remove_table, table_array

if TYPE_CHECKING:
    from connectors.base import Connector

Registry = Mapping[str, "type[Connector[Any]]"]
TERM_LISTS = ("keywords", "handles", "exclude")
_ENV_NAME = re.compile(r"[A-Z_][A-Z0-9_]*")


class ConfigFile:
    """A config file opened for editing. ``save`` validates, then replaces the file."""

    def __init__(self, path: Path, *, registry: Registry) -> None:
        self.path, self.registry = path, registry
        try:
            self.original = path.read_bytes()
        except OSError as e:
            raise ConfigError([Problem("", f"cannot read: {e.strerror}")], file=str(path)) from None
        try:
            self.doc: TOMLDocument = tomlkit.parse(self.original.decode("utf-8"))
        except (UnicodeDecodeError, TOMLKitError) as e:
            raise ConfigError([Problem("", f"not valid TOML: {e}")], file=str(path)) from None

    def validate(self) -> Settings:
        try:
            return parse_settings(
                self.doc.unwrap(), registry=self.registry, base_dir=self.path.parent
            )
        except ConfigError as e:
            raise ConfigError(e.problems, file=str(self.path)) from None

    def save(self) -> Settings:
        """Validate the edited document and write it; an invalid edit writes nothing."""
        settings = self.validate()
        if self.path.read_bytes() != self.original:
            problem = Problem(
                "", "the file changed while it was being edited; run the command again"
            )
            raise ConfigError([problem], file=str(self.path))
        write_atomically(self.path, self.render().encode("utf-8"))
        return settings

    def render(self) -> str:
        """The edited text, ending with as many newlines as the original did."""
        original = self.original.decode("utf-8")
        ending = len(original) - len(original.rstrip("\n"))
        return tomlkit.dumps(self.doc).rstrip("\n") + "\n" * ending

    def error(self, where: str, message: str) -> ConfigError:
        return ConfigError([Problem(where, message)], file=str(self.path))


def write_atomically(path: Path, data: bytes) -> None:
    """Write beside the target, fsync, then rename over it; keeps the file's permissions."""
    mode = path.stat().st_mode & 0o7777 if path.exists() else 0o644
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# Brands -----------------------------------------------------------------------------------


def find_brand(cfg: ConfigFile, name: str) -> tuple[int, Any]:
    brands = cfg.doc.get("brands", [])
    for i, brand in enumerate(brands):
        if str(brand.get("name", "")).casefold() == name.casefold():
            return i, brand
    raise cfg.error("brands", f"no brand named {name!r}")


def add_brand(
    cfg: ConfigFile, *, name: str, terms: Sequence[str], timezone: str | None = None,
    languages: Sequence[str] = (), follow_up_days: int | None = None,
) -> None:  # fmt: skip
    if any(str(b.get("name", "")).casefold() == name.casefold() for b in cfg.doc.get("brands", [])):
        raise cfg.error("brands", f"a brand named {name!r} already exists")
    table = tomlkit.table()
    table["name"] = name
    table["keywords"] = _checked_terms(cfg, f"brands[{len(cfg.doc.get('brands', []))}]", terms)
    if languages:
        table["languages"] = list(languages)
    if timezone:
        table["timezone"] = timezone
    if follow_up_days is not None:
        table.append("voice", tomlkit.table())
        table["voice"]["follow_up_days"] = follow_up_days
    append_table(table_array(cfg.doc, "brands"), table)


def remove_brand(cfg: ConfigFile, name: str) -> None:
    index, _ = find_brand(cfg, name)
    if len(cfg.doc["brands"]) == 1:
        raise cfg.error("brands", f"{name!r} is the only brand; add another before removing it")
    remove_table(table_array(cfg.doc, "brands"), index)


# Terms ------------------------------------------------------------------------------------


def _key(term: Term) -> tuple[str, tuple[str, ...], bool]:
    return term.kind.value, term.tokens, term.negative


def _checked_terms(cfg: ConfigFile, where: str, terms: Sequence[str]) -> list[str]:
    out = []
    for term in terms:
        try:
            parse_term(term)
        except ValueError as e:
            raise cfg.error(f"{where}.keywords", str(e)) from None
        out.append(term.strip())
    return out


def _watched(brand: Any) -> dict[tuple[str, tuple[str, ...], bool], tuple[str, int]]:
    """Every term the brand watches, by meaning, with the list and position it is in."""
    found: dict[tuple[str, tuple[str, ...], bool], tuple[str, int]] = {}
    for field in TERM_LISTS:
        for j, raw in enumerate(brand.get(field, [])):
            text = str(raw)
            if field == "handles" and not text.strip().startswith("@"):
                text = f"@{text.strip()}"
            try:
                term = parse_term(text, negative=field == "exclude")
            except ValueError:
                continue  # validation reports it
            found.setdefault(_key(term), (field, j))
    return found


def add_terms(
    cfg: ConfigFile, brand_name: str, terms: Sequence[str]
) -> tuple[list[str], list[str]]:
    """Add terms to a brand's ``keywords``; returns (added, already watched)."""
    index, brand = find_brand(cfg, brand_name)
    checked = _checked_terms(cfg, f"brands[{index}]", terms)
    watched = _watched(brand)
    if "keywords" not in brand:
        brand["keywords"] = tomlkit.array()
    added, present = [], []
    for term in checked:
        key = _key(parse_term(term))
        if key in watched:
            present.append(term)
            continue
        brand["keywords"].append(term)
        watched[key] = ("keywords", -1)
        added.append(term)
    return added, present


def remove_terms(cfg: ConfigFile, brand_name: str, terms: Sequence[str]) -> list[str]:
    """Remove terms by meaning (``"Acme Coffee"`` removes ``acme coffee``) from any list."""
    index, brand = find_brand(cfg, brand_name)
    checked = _checked_terms(cfg, f"brands[{index}]", terms)
    watched = _watched(brand)
    doomed: dict[str, list[int]] = {}
    for term in checked:
        hit = watched.get(_key(parse_term(term)))
        if hit is None:
            raise cfg.error(
                f"brands[{index}].keywords", f"{term!r} is not watched for {brand['name']!r}"
            )
        doomed.setdefault(hit[0], []).append(hit[1])
    for field, positions in doomed.items():
        for j in sorted(set(positions), reverse=True):
            del brand[field][j]
    return checked


# Sources ----------------------------------------------------------------------------------


def env_option_problems(options: Mapping[str, Any], *, where: str) -> list[Problem]:
    """A ``*_env`` option must name a variable: a pasted token would end up in the file.

    (An option that *looks* like a secret, ``token = ...``, is refused by validation.)
    """
    return [
        Problem(
            f"{where}.options.{key}", "name the environment variable (e.g. X_TOKEN), not its value"
        )
        for key, value in options.items()
        if key.endswith("_env") and not (isinstance(value, str) and _ENV_NAME.fullmatch(value))
    ]


def add_source(
    cfg: ConfigFile, *, kind: str, name: str | None, brands: Sequence[str],
    interval: str | None, options: Mapping[str, Any], enabled: bool = True,
) -> None:  # fmt: skip
    where = f"sources[{len(cfg.doc.get('sources', []))}] ({kind})"
    problems = env_option_problems(options, where=where)
    if problems:
        raise ConfigError(problems, file=str(cfg.path))
    table: Table = tomlkit.table()
    table["kind"] = kind
    if name:
        table["name"] = name
    if brands:
        table["brands"] = [find_brand(cfg, b)[1]["name"] for b in brands]
    if interval:
        table["interval"] = interval
    if not enabled:
        table["enabled"] = False
    table["options"] = inline(dict(options))
    append_table(table_array(cfg.doc, "sources"), table)


def remove_source(cfg: ConfigFile, key: str) -> None:
    for i, source in enumerate(cfg.doc.get("sources", [])):
        if str(source.get("name") or source.get("kind")) == key:
            remove_table(table_array(cfg.doc, "sources"), i)
            return
    raise cfg.error("sources", f"no source named {key!r}")
