"""The trained heads (anger, complaint, negative/positive) in pure Python, fast enough for a scan.

``predict(text, language)`` returns a probability per head, or None where no model exists
for that language. The weights are linear over word unigrams, bigrams and character n-grams
(``monitor.reading.model_features``; an English word's VADER valence band is already added
into its unigram weight by training, so it needs no look-up here); they load lazily on
first use and stay cached for the process, one language at a time. Which weights:
``$REPMON_WEIGHTS`` if set, else ``models.json.gz`` in repmon's default data folder if
``repmon train`` wrote one there; a user file replaces the shipped model
(``weights/<language>.json.gz``) for each language it holds.

Speed: every distinct word's weights (its unigram plus all its character n-grams) are summed
once and cached, so a mention costs one dict lookup per word and per bigram, whatever the
number of heads: about 20-30 microseconds for a 150-character English mention.
"""

from __future__ import annotations

import gzip
import json
import math
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from monitor.errors import InputError
from monitor.reading.model_features import bigrams, char_grams, tokens

WEIGHTS = Path(__file__).resolve().parent / "weights"
SHIPPED = frozenset({"en", "fi", "bn"})
USER_FILE = "models.json.gz"
_CACHE_LIMIT = 200_000  # distinct words kept per language before the cache starts afresh
_HIDDEN = frozenset({"@user", "http", "0", "<loud>"})  # folded tokens explain nothing to a reader
Vector = tuple[float, ...]


@dataclass(frozen=True)
class Prediction:
    """Probabilities in 0..1 (``sentiment`` in -1..1); None: no model for this language."""

    anger: float | None = None
    complaint: float | None = None
    negative: float | None = None
    sentiment: float | None = None
    needs_reply: float | None = None  # only from a user's own labels (``repmon train``)
    language: str = "und"
    words: tuple[str, ...] = field(default=(), repr=False, compare=False)

    @property
    def because(self) -> dict[str, tuple[str, ...]]:
        """Per head, the n-grams of this text that pushed it up most (computed on demand)."""
        found = model(self.language)
        return found.because(list(self.words)) if found else {}


class Model:
    """One language's heads over one shared vocabulary."""

    def __init__(self, entry: dict[str, Any]) -> None:
        unit = float(entry["unit"])
        self.heads: tuple[str, ...] = tuple(entry["heads"])
        self.bias: Vector = tuple(float(b) for b in entry["bias"])
        self.cuts: dict[str, float] = dict(entry.get("cuts", {}))
        self.unigrams, self.bigrams, self.chars = (
            _table(entry[kind], unit, len(self.heads)) for kind in ("words", "bigrams", "chars")
        )
        self._words: dict[str, Vector | None] = {}

    def word(self, w: str) -> Vector | None:
        """The summed weights of a word's unigram and character n-grams, cached."""
        if w in self._words:
            return self._words[w]
        parts = [v for g in char_grams(w) if (v := self.chars.get(g)) is not None]
        if (v := self.unigrams.get(w)) is not None:
            parts.append(v)
        total = tuple(map(sum, zip(*parts, strict=True))) if parts else None
        if len(self._words) >= _CACHE_LIMIT:
            self._words.clear()
        self._words[w] = total
        return total

    def logits(self, words: list[str]) -> Vector:
        known, word = self._words, self.word
        vectors = []
        for w in words:
            v = known[w] if w in known else word(w)
            if v:
                vectors.append(v)
        get = self.bigrams.get
        vectors += [v for b in bigrams(words) if (v := get(b)) is not None]
        if not vectors:
            return self.bias
        scale = 1.0 / math.sqrt(len(words))
        sums = map(sum, zip(*vectors, strict=True))
        return tuple(b + s * scale for b, s in zip(self.bias, sums, strict=True))

    def because(self, words: list[str], *, top: int = 3) -> dict[str, tuple[str, ...]]:
        pieces = [(w, self.word(w)) for w in words if w not in _HIDDEN]
        pieces += [(b, self.bigrams.get(b)) for b in bigrams(words)]
        out = {}
        for j, head in enumerate(self.heads):
            ups = {(v[j], k) for k, v in pieces if v is not None and v[j] > 0}
            pushes = sorted(ups, reverse=True)
            out[head] = tuple(k for _, k in pushes[:top])
        return out


def predict(text: str, language: str) -> Prediction:
    found = model(language)
    if found is None:
        return Prediction(language=language)
    words = tokens(text)
    p = dict(zip(found.heads, map(_sigmoid, found.logits(words)), strict=True))
    negative, positive = p.get("negative"), p.get("positive")
    sentiment = None if negative is None or positive is None else round(positive - negative, 4)
    return Prediction(
        anger=p.get("anger"), complaint=p.get("complaint"), negative=negative,
        sentiment=sentiment, needs_reply=p.get("needs_reply"), language=language,
        words=tuple(words),
    )  # fmt: skip


def languages() -> frozenset[str]:
    """Languages with a trained model (shipped or the user's own)."""
    return SHIPPED | frozenset(_user_entries())


@cache
def model(language: str) -> Model | None:
    """One language's model, loaded on first use: a scan in English never reads Finnish."""
    user = _user_entries()
    if language in user:
        return Model(user[language])
    if language not in SHIPPED:
        return None
    return Model(load(WEIGHTS / f"{language}.json.gz")["languages"][language])


@cache
def _user_entries() -> dict[str, Any]:
    path = user_weights()
    if path is None:
        return {}
    try:
        entries: dict[str, Any] = load(path)["languages"]
    except (OSError, ValueError, KeyError) as e:
        raise InputError(f"model weights {path}: not a repmon weights file ({e})") from e
    return entries


def user_weights() -> Path | None:
    """``$REPMON_WEIGHTS``, else ``models.json.gz`` in the default data folder if present."""
    if env := os.environ.get("REPMON_WEIGHTS"):
        return Path(env)
    from platformdirs import user_data_path

    path = user_data_path("repmon") / USER_FILE
    return path if path.is_file() else None


def load(path: Path) -> dict[str, Any]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def reset() -> None:
    """Forget loaded weights (after ``repmon train`` wrote a new file, and in tests)."""
    model.cache_clear()
    _user_entries.cache_clear()


def _table(part: dict[str, Any], unit: float, width: int) -> dict[str, Vector]:
    keys = part["keys"].split("\n") if part["keys"] else []
    values = iter([v / unit for v in part["weights"]])
    return dict(zip(keys, zip(*[values] * width, strict=True), strict=True))


def _sigmoid(z: float) -> float:
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 4)
