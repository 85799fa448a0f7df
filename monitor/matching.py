"""Which brands a text mentions.

Terms are compiled into hash tables keyed by token, so the cost of matching a text grows
with its length, not with the number of watched terms (no regex per term). Tokens are
Unicode words (letters, combining marks, digits), NFKC-normalised and casefolded, so
Finnish and Bengali words keep their vowel signs and word boundaries.

Term syntax, one term per list item: ``acme`` (a word, also matches ``@acme`` and
``#acme``), ``acme*`` (a prefix, for inflected languages: ``onni*`` matches ``Onnin``),
``"acme coffee"`` or ``acme coffee`` (a phrase), ``@acmesupport`` (only that handle),
``#acmecoffee`` (only that tag), and ``-term`` / ``-"some phrase"`` (an exclusion that drops
the text for that brand).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import pairwise

from connectors.base import Query
from monitor import rx
from monitor.config import Brand

_TOKEN = rx.compile(r"[@#]?[\p{L}\p{M}\p{N}_]+")


class TermKind(StrEnum):
    WORD = "word"
    PREFIX = "prefix"
    PHRASE = "phrase"
    HANDLE = "handle"
    TAG = "tag"


@dataclass(frozen=True)
class Term:
    raw: str
    kind: TermKind
    tokens: tuple[str, ...]
    negative: bool = False


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def tokenize(text: str) -> list[str]:
    tokens: list[str] = _TOKEN.findall(normalise(text))
    return tokens


def parse_term(raw: str, *, negative: bool = False) -> Term:
    """Parse one watched term; raises ``ValueError`` for a term with no word in it."""
    text = raw.strip()
    if text.startswith("-"):
        negative, text = True, text[1:].strip()
    text = text.strip("\"'").strip()
    prefix = text.endswith("*")
    tokens = tuple(tokenize(text.rstrip("*")))
    if not tokens:
        raise ValueError(f"term {raw!r} has no word in it")
    if len(tokens) > 1:
        kind = TermKind.PHRASE
    elif tokens[0].startswith("@"):
        kind = TermKind.HANDLE
    elif tokens[0].startswith("#"):
        kind = TermKind.TAG
    else:
        kind = TermKind.PREFIX if prefix else TermKind.WORD
    return Term(raw=raw.strip(), kind=kind, tokens=tokens, negative=negative)


def brand_terms(brand: Brand) -> list[Term]:
    terms = [parse_term(k) for k in brand.keywords]
    terms += [
        parse_term(h if h.strip().startswith("@") else f"@{h.strip()}") for h in brand.handles
    ]
    terms += [parse_term(x, negative=True) for x in brand.exclude]
    return terms


def query_for(brand: Brand) -> Query:
    """The search a connector runs for a brand."""
    terms = brand_terms(brand)

    def pick(kind: TermKind, *, negative: bool = False) -> tuple[str, ...]:
        return tuple(
            " ".join(t.tokens).lstrip("@#") + ("*" if kind is TermKind.PREFIX else "")
            for t in terms
            if t.kind is kind and t.negative is negative
        )

    excluded = tuple(" ".join(t.tokens) for t in terms if t.negative)
    return Query(
        brand=brand.name,
        keywords=pick(TermKind.WORD) + pick(TermKind.PREFIX),
        phrases=pick(TermKind.PHRASE),
        handles=pick(TermKind.HANDLE),
        hashtags=pick(TermKind.TAG),
        exclude=excluded,
    )


@dataclass
class MatchResult:
    brand: str
    terms: list[str] = field(default_factory=list)
    excluded_by: list[str] = field(default_factory=list)

    @property
    def matched(self) -> bool:
        return bool(self.terms) and not self.excluded_by


_Entry = tuple[int, Term]


class Matcher:
    """Compiled terms of many brands; ``match`` tokenizes a text once."""

    def __init__(self, brands: Sequence[Brand]) -> None:
        self.brands = [b.name for b in brands]
        self._exact: dict[str, list[_Entry]] = defaultdict(list)
        self._prefix: dict[str, list[_Entry]] = defaultdict(list)
        self._phrase: dict[str, list[_Entry]] = defaultdict(list)
        for i, brand in enumerate(brands):
            for term in brand_terms(brand):
                self._add(i, term)
        self._prefix_lengths = sorted({len(p) for p in self._prefix})

    def _add(self, i: int, term: Term) -> None:
        if term.kind is TermKind.PHRASE:
            self._phrase[term.tokens[0]].append((i, term))
        elif term.kind is TermKind.PREFIX:
            self._prefix[term.tokens[0]].append((i, term))
        else:
            self._exact[term.tokens[0]].append((i, term))

    def _hits(self, tokens: list[str]) -> Iterable[_Entry]:
        for pos, token in enumerate(tokens):
            bare = token.lstrip("@#")
            yield from self._exact.get(token, ())
            if bare != token:
                yield from (e for e in self._exact.get(bare, ()) if e[1].kind is TermKind.WORD)
            for n in self._prefix_lengths:
                if n > len(bare):
                    break
                yield from self._prefix.get(bare[:n], ())
            for entry in self._phrase.get(token, ()):
                words = entry[1].tokens
                if tuple(tokens[pos : pos + len(words)]) == words:
                    yield entry

    def match(self, text: str, *, among: Iterable[str] | None = None) -> list[MatchResult]:
        """Every brand with a hit, in config order; ``.matched`` says if it counts."""
        return self.match_tokens(tokenize(text), among=among)

    def match_tokens(
        self, tokens: list[str], *, among: Iterable[str] | None = None
    ) -> list[MatchResult]:
        """``match`` for a text already tokenized (the scan hashes the same tokens)."""
        allowed = None if among is None else set(among)
        results: dict[int, MatchResult] = {}
        for i, term in self._hits(tokens):
            name = self.brands[i]
            if allowed is not None and name not in allowed:
                continue
            result = results.setdefault(i, MatchResult(brand=name))
            bucket = result.excluded_by if term.negative else result.terms
            if term.raw not in bucket:
                bucket.append(term.raw)
        return [results[i] for i in sorted(results)]


_QUERY_TOKEN = rx.compile(r'-?"[^"]*"|\S+')


def split_query(query: str) -> list[str]:
    """Split a query such as ``acme OR "acme coffee" -anvil`` into watched terms.

    A brand's terms are already OR-ed (any one of them is a match), so ``OR`` only
    separates terms. Bare words next to each other form one phrase, as they do in a config
    list item; ``"a phrase"``, ``@handle``, ``#tag``, ``-word`` and ``-"a phrase"`` (an
    exclusion) each stand alone. Raises ``ValueError`` naming
    the problem: an unbalanced quote, a dangling ``OR``, parentheses, a term with no word.
    """
    if query.count('"') % 2:
        raise ValueError(f"unbalanced quote in {query!r}")
    tokens = _QUERY_TOKEN.findall(query)
    if (tokens and "OR" in (tokens[0], tokens[-1])) or any(
        a == b == "OR" for a, b in pairwise(tokens)
    ):
        raise ValueError(f"'OR' needs a term on each side in {query!r}")
    terms: list[str] = []
    words: list[str] = []
    for token in [*tokens, "OR"]:
        if not token.startswith(('"', '-"')) and ("(" in token or ")" in token):
            raise ValueError(f"parentheses are not supported in {query!r}: terms are OR-ed")
        if token == "OR" or token.startswith(('"', "-", "@", "#")):
            if words:
                terms.append(" ".join(words))
                words = []
            if token != "OR":
                terms.append(token)
        else:
            words.append(token)
    for term in terms:
        parse_term(term)  # raises for a term with no word in it
    return terms
