"""The cue phrases of one text, found in one pass over its language's lexicon.

The reading's groups (``problem.*``, ``ask.*``, ``refuse.*``, ``flag.*``, ``speaker.*``,
``stance.*``, ``sarcasm.*``) live in the same lexicon files as the scorer's signals, so a
mention is scanned once for everything (the lexicon matches all groups at each word start in
one pass). Extending a language is adding lines to ``monitor/lexicons/<code>.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex


@dataclass(frozen=True)
class Cues:
    hits: dict[str, list[str]]

    def of(self, section: str) -> dict[str, list[str]]:
        """``{"delivery_late": [...], ...}`` for ``section="problem"``."""
        prefix = f"{section}."
        return {g[len(prefix) :]: v for g, v in self.hits.items() if g.startswith(prefix)}

    def get(self, group: str) -> list[str]:
        return self.hits.get(group, [])

    def has(self, group: str) -> bool:
        return bool(self.hits.get(group))

    def beyond_topics(self, words: list[str]) -> list[str]:
        """The words that are more than a bare topic noun (``topic.nouns``): "tracking" or
        "the courier" says what a post is about, not that anything went wrong."""
        topics = {w.casefold() for w in self.get("topic.nouns")}
        return [w for w in words if w.casefold() not in topics]


def unique(phrases: list[str], *, limit: int = 3) -> tuple[str, ...]:
    """The first few distinct phrases, as written, for ``because``."""
    kept: list[str] = []
    for p in sorted({p.strip() for p in phrases if p.strip()}, key=lambda p: (-len(p), p)):
        if not any(p.casefold() in k.casefold() for k in kept):
            kept.append(p)
    order = {p.strip(): i for i, p in reversed(list(enumerate(phrases)))}
    return tuple(sorted(kept, key=lambda p: order.get(p, 0))[:limit])


def confidence(evidence: list[str], *, base: float = 0.55) -> float:
    """More independent phrases for one judgement, more confidence; never certainty."""
    return round(min(0.95, base + 0.15 * (len({e.casefold() for e in evidence}) - 1)), 2)


def clause_of(text: str, words: str, ends: regex.Pattern[str]) -> str:
    """The stretch of ``text`` between two ``ends`` (sentence ends, commas, "and") that holds
    ``words``; the whole text when they are not in it."""
    at = text.casefold().find(words.casefold()) if words else -1
    if at < 0:
        return text
    start = max((m.end() for m in ends.finditer(text, 0, at)), default=0)
    end = next((m.start() for m in ends.finditer(text, at + len(words))), len(text))
    return text[start:end]
