"""Signal lexicons, one TOML data file per language (``en.toml``, ``fi.toml``, ``bn.toml``).

Each ``[section]`` holds lists of regular expressions; ``section.key`` becomes a group
(``anger.words``, ``complaint.delivery``, ...). Users extend a language by adding lines, or
add one by dropping in ``<code>.toml`` with the same groups. A ``[weights]`` table holds the
numbers the scorer combines the signals with.

Matching is done once per text, not once per group: patterns are bucketed by the first
(up to three) characters they can start with, and only word starts are tried, each against
the few small buckets its own first characters name. The cost of a text grows with its
words, not with the size of the lexicon.
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # type: ignore[import-not-found]  # first letters of a pattern
import tomllib
import unicodedata
from collections import defaultdict
from collections.abc import Callable, KeysView
from dataclasses import dataclass, field
from functools import cache, partial
from importlib import resources
from pathlib import Path
from typing import Any, Generic, TypeVar

import regex

from monitor import rx
from monitor.errors import ConfigError, Problem

_WORD = rx.compile(r"\w+")  # regex's \w includes combining marks (Bengali vowel signs)
_END = r"(?![\p{L}\p{M}\p{N}_])"
_PLANS = 200_000  # distinct word heads remembered per lexicon (a few MB at most)
_ANY = ""  # bucket of patterns whose first letter cannot be worked out


def _first_chars(pattern: str) -> set[str] | None:
    """Lower-case characters a pattern can start with, or None when unknown.

    ``\\p{L}``-style classes (regex-only syntax) are read as "any letter", so a pattern like
    ``lost (my|the) \\p{L}+`` still goes to the bucket of ``l``; a leading look-behind or an
    optional word (``(oh )?great``) is seen through. Only a pattern that can start anywhere
    is tried at every word.
    """
    try:
        parsed = sre_parse.parse(_P_CLASS.sub(r"\\w", pattern))
    except re.error:
        return None
    first, nullable = _seq(list(parsed))
    return None if first is None or nullable or not first else first


_P_CLASS = rx.compile(r"\\[pP]\{[^}]*\}")
_DIGITS = set("0123456789")


def _seq(items: list[Any]) -> tuple[set[str] | None, bool]:
    """(first characters, whether the sequence can match the empty string)."""
    out: set[str] = set()
    for op, arg in items:
        name = str(op)
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue
        first, nullable = _one(name, arg)
        if first is None:
            return None, False
        out |= first
        if not nullable:
            return out, False
    return out, True


def _one(name: str, arg: Any) -> tuple[set[str] | None, bool]:
    if name == "LITERAL":
        return {chr(arg).lower()}, False
    if name == "IN":
        return _charset(arg), False
    if name == "SUBPATTERN":
        return _seq(list(arg[-1]))
    if name == "BRANCH":
        out: set[str] = set()
        nullable = False
        for branch in arg[1]:
            sub, empty = _seq(list(branch))
            if sub is None:
                return None, False
            out |= sub
            nullable = nullable or empty
        return out, nullable
    if name in ("MAX_REPEAT", "MIN_REPEAT"):
        sub, empty = _seq(list(arg[2]))
        return sub, empty or arg[0] == 0
    return None, False


def _charset(items: Any) -> set[str] | None:
    out: set[str] = set()
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            out.add(chr(arg).lower())
        elif name == "RANGE" and arg[1] - arg[0] <= 64:
            out |= {chr(c).lower() for c in range(arg[0], arg[1] + 1)}
        elif name == "CATEGORY" and str(arg) == "CATEGORY_DIGIT":
            out |= _DIGITS
        else:
            return None
    return out


_KEY = 3  # patterns are bucketed by up to their first three characters
_CLOSED = "\0"  # marks a prefix that cannot be extended (what follows is open-ended)
_MAX_KEYS = 128


def _keys(pattern: str) -> set[str] | None:
    """The first (up to three, lower-case) characters every match of ``pattern`` starts with.

    A word start is tried only against the patterns whose key it begins with, so a lexicon
    of hundreds of patterns costs a few small matches per word. Falls back to the first
    character (``_first_chars``) where the prefixes cannot be worked out.
    """
    try:
        parsed = sre_parse.parse(_P_CLASS.sub(r"\\w", pattern))
    except re.error:
        return None
    found = _prefixes(list(parsed), {""})
    if found is None:
        return _first_chars(pattern)
    keys = {k.replace(_CLOSED, "")[:_KEY] for k in found}
    return None if "" in keys or len(keys) > _MAX_KEYS else keys


def _open(prefixes: set[str]) -> set[str]:
    return {p for p in prefixes if _CLOSED not in p and len(p) < _KEY}


def _prefixes(items: list[Any], acc: set[str]) -> set[str] | None:
    live, done = _open(acc), acc - _open(acc)
    for op, arg in items:
        if not live:
            break
        name = str(op)
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue
        grown = _grow(name, arg, live)
        if grown is None or len(grown) + len(done) > 4 * _MAX_KEYS:
            return None
        live, done = _open(grown), done | (grown - _open(grown))
    return done | live


def _grow(name: str, arg: Any, live: set[str]) -> set[str] | None:
    if name == "LITERAL":
        return {p + chr(arg).lower() for p in live}
    if name == "IN":
        chars = _charset(arg)
        if chars is None:
            return {p + _CLOSED for p in live}
        return {p + c for p in live for c in chars}
    if name == "SUBPATTERN":
        return _prefixes(list(arg[-1]), live)
    if name == "BRANCH":
        out: set[str] = set()
        for branch in arg[1]:
            sub = _prefixes(list(branch), live)
            if sub is None:
                return None
            out |= sub
        return out
    if name in ("MAX_REPEAT", "MIN_REPEAT"):
        lo, hi, body = arg
        once = _prefixes(list(body), live)
        if once is None:
            return None
        if hi != 1:  # repeated: what follows the first occurrence is not worked out
            once = {p if _CLOSED in p else p + _CLOSED for p in once}
        return once | live if lo == 0 else once
    return {p + _CLOSED for p in live}


T = TypeVar("T")


class _Lazy(Generic[T]):
    """Compiled on first use: a run meets a few hundred of a lexicon's bucket keys, and
    compiling all of them would cost seconds at every start."""

    def __init__(self, makers: dict[str, Callable[[], T]]) -> None:
        self._makers = makers
        self._made: dict[str, T] = {}

    def get(self, key: str) -> T | None:
        made = self._made.get(key)
        if made is None and key in self._makers:
            made = self._made[key] = self._makers[key]()
        return made

    def __getitem__(self, key: str) -> T:
        made = self.get(key)
        if made is None:
            raise KeyError(key)
        return made

    def __contains__(self, key: object) -> bool:
        return key in self._makers

    def __len__(self) -> int:
        return len(self._makers)

    def keys(self) -> KeysView[str]:
        return self._makers.keys()


def _singles(table: dict[str, list[str]]) -> dict[str, regex.Pattern[str]]:
    return {g: rx.compile(f"(?:{'|'.join(ps)}){_END}", regex.I) for g, ps in table.items()}


def _heads(head: str, *, anywhere: bool) -> tuple[str, ...]:
    """The bucket keys a word start can hit: its first three, two and one characters."""
    keys = (head, head[:2], head[:1])[: len(head)] if head else ()
    return (*keys, _ANY) if anywhere else keys


def _bucket(table: dict[str, list[str]], ids: dict[str, str]) -> regex.Pattern[str]:
    """One pattern for the groups that can start with one letter; named groups say which."""
    body = "|".join(f"(?P<{ids[g]}>{'|'.join(ps)})" for g, ps in table.items())
    return rx.compile(f"(?:{body}){_END}", regex.I)


@dataclass(frozen=True)
class Lexicon:
    language: str
    groups: dict[str, list[str]]
    weights: dict[str, float] = field(default_factory=dict)
    _buckets: _Lazy[regex.Pattern[str]] = field(default_factory=lambda: _Lazy({}), repr=False)
    _names: dict[str, str] = field(default_factory=dict, repr=False)
    _per_group: _Lazy[dict[str, regex.Pattern[str]]] = field(
        default_factory=lambda: _Lazy({}), repr=False
    )
    _plans: dict[str, tuple[tuple[str, regex.Pattern[str]], ...]] = field(
        default_factory=dict, repr=False, compare=False
    )

    @classmethod
    def build(
        cls, language: str, groups: dict[str, list[str]], weights: dict[str, float]
    ) -> Lexicon:
        return cls.from_tables(language, groups, weights, bucket_tables(groups))

    @classmethod
    def from_tables(
        cls, language: str, groups: dict[str, list[str]], weights: dict[str, float],
        by_first: dict[str, dict[str, list[str]]],
    ) -> Lexicon:  # fmt: skip
        """A lexicon from tables already worked out (``bucket_tables``, or the cache)."""
        names = {f"g{i}": g for i, g in enumerate(groups)}
        ids = {g: n for n, g in names.items()}
        buckets = _Lazy({c: partial(_bucket, table, ids) for c, table in by_first.items()})
        per_group = _Lazy({c: partial(_singles, table) for c, table in by_first.items()})
        return cls(language, groups, weights, buckets, names, per_group)

    def scan(self, text: str) -> dict[str, list[str]]:
        """Every group with a hit in ``text`` and the phrases that hit, in text order."""
        found: dict[str, list[str]] = {}
        if not text.isascii():  # one spelling of each letter, as the patterns are stored
            text = unicodedata.normalize("NFC", text)
        plans = self._plans
        for start in _WORD.finditer(text):
            pos = start.start()
            head = text[pos : pos + _KEY].lower()
            plan = plans.get(head)
            if plan is None:
                plan = self._plan(head)
            for key, bucket in plan:
                m = bucket.match(text, pos)
                if m is not None:
                    self._record(text, pos, key, m, found)
        return found

    def _plan(self, head: str) -> tuple[tuple[str, regex.Pattern[str]], ...]:
        """The buckets a word start with this head tries, worked out once per head (a
        bounded cache: a run meets a few thousand distinct heads)."""
        buckets = self._buckets
        plan = tuple(
            (key, bucket)
            for key in _heads(head, anywhere=_ANY in buckets)
            if (bucket := buckets.get(key)) is not None
        )
        if len(self._plans) < _PLANS:
            self._plans[head] = plan
        return plan

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


def bucket_tables(groups: dict[str, list[str]]) -> dict[str, dict[str, list[str]]]:
    """Each pattern under the keys a word start must begin with for it to match."""
    by_first: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for group, patterns in groups.items():
        for p in patterns:
            for c in sorted(_keys(p) or {_ANY}):
                by_first[c][group].append(p)
    return {c: dict(table) for c, table in by_first.items()}


def parse_lexicon(raw: str, *, language: str, origin: str) -> Lexicon:
    """Read a lexicon file; a bad pattern is a ``ConfigError`` naming the group and line.

    What reading costs (a compile of every pattern, the first letters of each) is kept in
    ``monitor.lexicons.stored`` under the file's content: only a new or changed file pays it.
    """
    from monitor.lexicons import stored

    key = stored.key_of(raw)
    kept = stored.load(language, key)
    if kept is not None:
        return Lexicon.from_tables(language, kept["groups"], kept["weights"], kept["buckets"])
    groups, weights = _parse(raw, origin=origin)
    by_first = bucket_tables(groups)
    stored.store(language, key, {"groups": groups, "weights": weights, "buckets": by_first})
    return Lexicon.from_tables(language, groups, weights, by_first)


def _parse(raw: str, *, origin: str) -> tuple[dict[str, list[str]], dict[str, float]]:
    """The groups and weights of a lexicon file, every pattern compiled once to check it."""
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
    return groups, weights


def available() -> frozenset[str]:
    """Language codes with a lexicon shipped in the package."""
    root = resources.files("monitor.lexicons")
    return frozenset(Path(p.name).stem for p in root.iterdir() if p.name.endswith(".toml"))


@cache
def load_lexicon(language: str) -> Lexicon:
    """The shipped ``monitor/lexicons/<language>.toml``."""
    raw = resources.files("monitor.lexicons").joinpath(f"{language}.toml").read_text("utf-8")
    return parse_lexicon(raw, language=language, origin=f"lexicons/{language}.toml")
