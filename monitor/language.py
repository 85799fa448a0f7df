"""Which language a mention is in, offline, with the evidence for the answer.

Order of trust: the language the source gives (X and Reddit tag posts), then the script
(Bengali letters are Bengali), then English function words (a mention with several of
"the", "my", "you", ... is English, and checking this is ~50x cheaper than a model), then
py3langid (a naive Bayes model over byte n-grams, shipped inside the package: nothing is
downloaded at run time). Very short texts fool any model, so a low-confidence model answer
is only kept when the lexicon of that language has a hit, and "en" is only the fallback when
the text has an English word in it; otherwise the language is "und" and a human reads it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from monitor import rx

log = logging.getLogger(__name__)
UNDETERMINED = "und"
CONFIDENT = 0.8  # py3langid's normalised probability above which its answer stands alone
LIKELY = 0.5  # enough for a non-English answer to a text with accents and no English word

_WORDS = rx.compile(r"[\p{L}\p{M}']+")
_BENGALI = rx.compile(r"\p{Bengali}")
_LETTER = rx.compile(r"\p{L}")
# words that are common in English tweets and are not words in Finnish or other
# Latin-script languages we meet often (no "on", "me", "se", "a", "in", "die")
_ENGLISH = frozenset(
    """the and is are was were my your you i'm it's this that for with have has had not but
    of to be been what why when how can can't don't didn't won't just get got they them
    there their our from about would will should could it at yes if or all any please
    thanks thank does did still again out now an by up we us he she his her who which
    """.split()  # noqa: SIM905 - a word list reads better as text
)


@dataclass(frozen=True)
class Detection:
    language: str  # ISO 639-1 code, or "und"
    method: str  # given, script, function-words, model, model+lexicon, fallback, none
    confidence: float

    def __str__(self) -> str:
        return f"{self.language} ({self.method}, {self.confidence:.2f})"


@cache
def _identifier() -> Any:
    """py3langid's model, loaded once per process. Most of its ~1 s is unpacking the
    LZMA-compressed file, so the unpacked arrays are kept in the cache folder (beside the
    lexicon tables) under the file's content; py3langid's own loader when that fails."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    try:
        return _unpacked(LanguageIdentifier, MODEL_DIR / MODEL_FILE)
    except (OSError, ValueError, KeyError, TypeError, ImportError) as e:
        log.debug("language model not taken from the cache: %s", e)
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _unpacked(cls: Any, packed: Path) -> Any:
    """The identifier from the unpacked copy of ``packed``, made on first use."""
    import lzma

    import numpy as np
    from py3langid.modelio import _to_array

    from monitor.cache import cache_dir

    key = hashlib.sha256(packed.read_bytes()).hexdigest()[:32]
    path = cache_dir() / "langid" / f"model-{key}.npz"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        with (
            tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as tmp,
            lzma.open(packed) as src,
        ):
            shutil.copyfileobj(src, tmp, length=1 << 20)
        os.replace(tmp.name, path)
    with np.load(path, allow_pickle=False) as data:
        return cls(
            np.asarray(data["ptc"]), np.asarray(data["pc"]), data["classes"].tolist(),
            _to_array(data["nextmove"]), data["out_feat"].tolist(), norm_probs=True,
            tk_row=_to_array(data["nextmove_row"]),
        )  # fmt: skip


def normalise_code(code: str) -> str:
    """``en-GB`` -> ``en``, ``FI`` -> ``fi``; empty and ``und`` mean unknown."""
    return code.strip().lower().replace("_", "-").split("-")[0] or UNDETERMINED


def english_words(words: list[str]) -> int:
    return sum(1 for w in words if w in _ENGLISH)


def detect(
    text: str, *, given: str | None = None, known: frozenset[str] = frozenset()
) -> Detection:
    """The language of ``text``; ``known`` are languages with a lexicon (checked for evidence)."""
    if given and normalise_code(given) != UNDETERMINED:
        return Detection(normalise_code(given), "given", 1.0)
    letters = 0 if text.isascii() else len(_LETTER.findall(text))  # ASCII has no Bengali
    if letters and len(_BENGALI.findall(text)) / letters >= 0.5:
        return Detection("bn", "script", 1.0)
    words = [w.lower() for w in _WORDS.findall(text)]
    english = english_words(words)
    if text.isascii() and english >= 2 and english / max(1, len(words)) >= 0.1:
        return Detection("en", "function-words", 1.0)
    return _by_model(text, english=english, known=known)


def _by_model(text: str, *, english: int, known: frozenset[str]) -> Detection:
    language, probability = _identifier().classify(text)
    probability = float(probability)
    if probability >= CONFIDENT or language == "en":
        return Detection(language, "model", probability)
    if probability >= LIKELY and not english and not text.isascii():
        return Detection(language, "model", probability)
    if language in known and _lexicon_evidence(language, text):
        return Detection(language, "model+lexicon", probability)
    if english or _vader_words(text):
        return Detection("en", "fallback", probability)
    return Detection(UNDETERMINED, "none", probability)


def _vader_words(text: str) -> bool:
    """Whether a word of VADER's English lexicon ("sucks", "lol") is in the text."""
    from monitor.scoring import vader

    lexicon = vader().lexicon
    tokens = text.lower().split()
    return any(t in lexicon or t.strip(".,!?;:\"'()") in lexicon for t in tokens)


def _lexicon_evidence(language: str, text: str) -> bool:
    from monitor.lexicons import load_lexicon

    return bool(load_lexicon(language).scan(text))
