"""Signal lexicons, one TOML data file per language (``en.toml``, ``fi.toml``, ``bn.toml``).

Each ``[section]`` holds lists of regular expressions; ``section.key`` becomes a group
(``anger.words``, ``complaint.delivery``, ...). Users extend a language by adding lines, or
add one by dropping in ``<code>.toml`` with the same groups. A ``[weights]`` table holds the
numbers the scorer combines the signals with.

Matching is done once per text, not once per group: patterns are bucketed by the letters
they can start with, and only word starts are tried, each against the one bucket for its
first letter. The cost of a text grows with its words, not with the size of the lexicon.
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # type: ignore[import-not-found]  # first letters of a pattern
import tomllib
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from monitor.errors import ConfigError, Problem

_WORD = regex.compile(r"\w+")  # regex's \w includes combining marks (Bengali vowel signs)
_END = r"(?![\p{L}\p{M}\p{N}_])"
_ANY = ""  # bucket of patterns whose first letter cannot be worked out


def _first_chars(pattern: str) -> set[str] | None:
    """Lower-case letters a pattern can start with, or None when unknown."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:  # \p{..} and other regex-only syntax: tried at every word
        return None
    return _firsts(list(parsed))


def _firsts(items: list[Any]) -> set[str] | None:
    if not items:
        return None
    op, arg = items[0]
    name = str(op)
    if name == "LITERAL":
        return {chr(arg).lower()}
    if name == "SUBPATTERN":
        return _firsts(list(arg[-1]))
    if name == "BRANCH":
        out: set[str] = set()
        for branch in arg[1]:
            sub = _firsts(list(branch))
            if sub is None:
                return None
            out |= sub
        return out
    if name in ("MAX_REPEAT", "MIN_REPEAT") and arg[0] >= 1:
        return _firsts(list(arg[2]))
    return None


def _bucket(table: dict[str, list[str]], ids: dict[str, str]) -> regex.Pattern[str]:
    """One pattern for the groups that can start with one letter; named groups say which."""
    body = "|".join(f"(?P<{ids[g]}>{'|'.join(ps)})" for g, ps in table.items())
    return regex.compile(f"(?:{body}){_END}", regex.I)


@dataclass(frozen=True)
class Lexicon:
    language: str
    groups: dict[str, list[str]]
    weights: dict[str, float] = field(default_factory=dict)
    _buckets: dict[str, regex.Pattern[str]] = field(default_factory=dict, repr=False)
    _names: dict[str, str] = field(default_factory=dict, repr=False)
    _per_group: dict[str, dict[str, regex.Pattern[str]]] = field(default_factory=dict, repr=False)

    @classmethod
    def build(
        cls, language: str, groups: dict[str, list[str]], weights: dict[str, float]
    ) -> Lexicon:
        by_first: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for group, patterns in groups.items():
            for p in patterns:
                for c in _first_chars(p) or {_ANY}:
                    by_first[c][group].append(p)
        names = {f"g{i}": g for i, g in enumerate(groups)}
        ids = {g: n for n, g in names.items()}
        buckets = {c: _bucket(table, ids) for c, table in by_first.items()}
        per_group = {
            c: {g: regex.compile(f"(?:{'|'.join(ps)}){_END}", regex.I) for g, ps in table.items()}
            for c, table in by_first.items()
        }
        return cls(language, groups, weights, buckets, names, per_group)

    def scan(self, text: str) -> dict[str, list[str]]:
        """Every group with a hit in ``text`` and the phrases that hit, in text order."""
        found: dict[str, list[str]] = {}
        if not text.isascii():  # one spelling of each letter, as the patterns are stored
            text = unicodedata.normalize("NFC", text)
        for start in _WORD.finditer(text):
            pos = start.start()
            for key in (text[pos].lower(), _ANY):
                bucket = self._buckets.get(key)
                m = bucket.match(text, pos) if bucket is not None else None
                if m is not None:
                    self._record(text, pos, key, m, found)
        return found

    def _record(
        self, text: str, pos: int, key: str, m: regex.Match[str], found: dict[str, list[str]]
    ) -> None:
        """The bucket's first alternative won; other groups may match here too, differently
        ("refund" is a complaint and a request; "is it true" a question and a rumour)."""
        first = self._names[m.lastgroup or ""]
        found.setdefault(first, []).append(m.group(0))
        for group, pattern in self._per_group[key].items():
            if group != first and (other := pattern.match(text, pos)) is not None:
                found.setdefault(group, []).append(other.group(0))

    def hits(self, group: str, text: str) -> list[str]:
        return self.scan(text).get(group, [])


def parse_lexicon(raw: str, *, language: str, origin: str) -> Lexicon:
    """Read a lexicon file; a bad pattern is a ``ConfigError`` naming the group and line."""
    data = tomllib.loads(raw)
    weights = {k: float(v) for k, v in data.get("weights", {}).items()}
    groups: dict[str, list[str]] = {}
    for section, table in data.items():
        if not isinstance(table, dict) or section == "weights":
            continue
        for key, patterns in table.items():
            for i, p in enumerate(patterns):
                try:
                    regex.compile(p)
                except regex.error as e:
                    raise ConfigError([Problem(f"{origin}: {section}.{key}[{i}]", str(e))]) from e
            groups[f"{section}.{key}"] = [unicodedata.normalize("NFC", p) for p in patterns]
    return Lexicon.build(language, groups, weights)


def available() -> frozenset[str]:
    """Language codes with a lexicon shipped in the package."""
    root = resources.files("monitor.lexicons")
    return frozenset(Path(p.name).stem for p in root.iterdir() if p.name.endswith(".toml"))


@cache
def load_lexicon(language: str) -> Lexicon:
    """The shipped ``monitor/lexicons/<language>.toml``."""
    raw = resources.files("monitor.lexicons").joinpath(f"{language}.toml").read_text("utf-8")
    return parse_lexicon(raw, language=language, origin=f"lexicons/{language}.toml")
