"""The words a trained model sees: one tokenizer shared by training and inference.

Training (``monitor.reading.model_fit``) and inference (``monitor.reading.model``) must
cut text into exactly the same pieces, or the shipped weights mean nothing; so both call
``tokens`` and ``char_grams`` from here. Four kinds of feature: word unigrams, word
bigrams ("not good"), the words in a negation's scope ("¬ happy") and character n-grams of
each word ("<refu", "fund>"), which carry Finnish and Bengali inflection and English
misspellings. English words and emoji also carry their *valence class* from VADER's
lexicon ("furious" is strongly negative), so a word seldom or never seen in the labelled
rows still moves the heads the way its class does; training fits one weight per class and
saving folds it into each member word's weights, so inference pays nothing for it. Links,
user handles and digits are
folded ("http", "@user", "0") so the models learn words, not accounts or order numbers.

Plain ``re`` is used for speed; Bengali vowel signs are combining marks that ``\\w`` does
not match, so the Bengali block is added to the word class explicitly.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from itertools import pairwise

CHAR_SIZES = (3, 4, 5)
CHAR_PREFIX = "\x01"  # char n-gram keys in training, apart from words that look the same
CLASS_PREFIX = "\x02"  # word-class keys in training (folded into member words on saving)
LOUD = "<loud>"  # a text with a shouted word (3+ capitals) carries this extra token

NEGATION_SPAN = 4
NEGATIONS = frozenset(
    """not no never nothing nobody none nor cannot can't won't don't doesn't didn't isn't
    aren't wasn't weren't haven't hasn't hadn't couldn't shouldn't wouldn't dont cant wont
    didnt doesnt isnt wasnt aint ain't""".split()  # noqa: SIM905
)  # a word list reads better as text
_SCOPE_ENDS = frozenset({"but", "though", "although", "however"})

_URL = re.compile(r"https?://\S+|www\.\S+")
_HANDLE = re.compile(r"@\w+")
_DIGITS = re.compile(r"[0-9]+")
_LONG = re.compile(r"([a-z])\1\1+")  # "soooo" -> "soo"
_SHOUT = re.compile(r"\b[A-Z]{3,}\b", re.ASCII)
_TOKEN = re.compile(r"@?[\w\u0980-\u09ff']+|[!?]+|[^\w\s]")


def tokens(text: str) -> list[str]:
    """Lower-cased words, runs of ! and ?, and single symbols (emoji, punctuation).

    The cheap substring checks skip a regex pass on most mentions: this runs once per
    mention in every scan.
    """
    folded = text
    if "http" in folded or "www." in folded:
        folded = _URL.sub(" http ", folded)
    if "@" in folded:
        folded = _HANDLE.sub(" @user ", folded)
    low = _LONG.sub(r"\1\1", _DIGITS.sub("0", folded.lower().replace("’", "'")))
    found = _TOKEN.findall(low)
    if _SHOUT.search(text):
        found.append(LOUD)
    return found


def bigrams(words: list[str]) -> list[str]:
    """Word pairs, then "¬ word" for each word in the scope of a negation.

    "not happy with the refund" gives "¬ happy", "¬ with", "¬ the", "¬ refund": a
    negation turns around the words after it (up to ``NEGATION_SPAN`` of them, or to the
    next punctuation or "but"), which a pair alone ("not happy") sees for one word only.
    The scope keys hold a space, so they live in the pairs' table and do not count as words.
    """
    out = [f"{a} {b}" for a, b in pairwise(words)]
    left = 0
    for w in words:
        if w in NEGATIONS:
            left = NEGATION_SPAN
        elif left:
            if w in _SCOPE_ENDS or not w[0].isalnum():
                left = 0
            else:
                out.append("¬ " + w)
                left -= 1
    return out


def char_grams(word: str) -> list[str]:
    """Character n-grams of one word with its edges marked: "<ang", "angr", ..., "ry>"."""
    if len(word) < 2 or not word[0].isalnum():
        return []
    padded = f"<{word}>"
    size = len(padded)
    return [padded[i : i + n] for n in CHAR_SIZES for i in range(size - n + 1)]


def keys(text: str, *, language: str = "") -> list[str]:
    """Every feature key of one text (training side): words, bigrams, prefixed char grams
    and the language's word classes."""
    words = tokens(text)
    out = [*words, *bigrams(words)]
    for w in words:
        out.extend(CHAR_PREFIX + g for g in char_grams(w))
    if classes := word_classes(language):
        out.extend(c for w in words if (c := classes.get(w)) is not None)
    return out


def is_word(key: str) -> bool:
    """A unigram key (what the 1/sqrt(words) length scale counts)."""
    return " " not in key and key[:1] not in (CHAR_PREFIX, CLASS_PREFIX)


@cache
def word_classes(language: str) -> dict[str, str]:
    """Token -> class key: VADER's lexicon words and emoji in four valence bands (English).

    An emoji's valence is that of the words VADER describes it with. Only entries that are
    one token of ours are kept, so a class key fires exactly where its member word does.
    """
    if language != "en":
        return {}
    out: dict[str, str] = {}
    lexicon = _vader_table("vader_lexicon.txt")
    for word, value in lexicon.items():
        if tokens(word) == [word]:
            out[word] = _band(float(value))
    for emoji, words in _vader_table("emoji_utf8_lexicon.txt").items():
        valence = sum(float(lexicon.get(w, 0.0)) for w in words.lower().split())
        if valence and tokens(emoji) == [emoji]:
            out.setdefault(emoji, _band(valence))
    return out


def _band(valence: float) -> str:
    sign = "+" if valence > 0 else "-"
    return f"{CLASS_PREFIX}valence{sign}{sign if abs(valence) >= 2 else ''}"


def _vader_table(name: str) -> dict[str, str]:
    text = (files("vaderSentiment") / name).read_text(encoding="utf-8")
    rows = (line.strip().split("\t")[:2] for line in text.splitlines() if "\t" in line)
    return {k: v for k, v in rows}
