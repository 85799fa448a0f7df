"""VADER sentiment with vaderSentiment 3.3.2's exact results, without its avoidable costs.

Every rule of ``vaderSentiment.SentimentIntensityAnalyzer.polarity_scores`` is kept, and
every float operation happens in the same order on the same values, so the score dicts
are identical (``tests/test_speed_vader.py`` checks all the labelled texts in
``../shared/data`` and arbitrary text). What is gone is work that changes nothing:
the per-character emoji loop on ASCII text (no emoji key is ASCII), the lower-cased word
list rebuilt inside the negation, idiom and "but" checks, phrase strings formatted for
look-ups (tuples of words instead), and lists copied per call. The lexicons are the ones
shipped with vaderSentiment, read the way it reads them, once per process.
"""

from __future__ import annotations

import math
import string
from importlib.resources import files

from vaderSentiment.vaderSentiment import (
    B_INCR,
    BOOSTER_DICT,
    C_INCR,
    N_SCALAR,
    NEGATE,
    SPECIAL_CASES,
)

__all__ = ["FastVader"]

_PUNCT = string.punctuation
_NEGATE = frozenset(NEGATE)
_SO_THIS = ("so", "this")
_OR_NOR = ("or", "nor")
_AT_VERY = ("at", "very")
_MARK = "\x00"  # stands for "a space unless one precedes"
# phrase tables keyed by word tuples: words never hold spaces, so a tuple matches exactly
# when the space-joined string would
_SPECIAL = {tuple(k.split(" ")): v for k, v in SPECIAL_CASES.items()}
_BOOSTER_PHRASES = {tuple(k.split(" ")): v for k, v in BOOSTER_DICT.items() if " " in k}
assert B_INCR > 0  # the shared constants are the stock module's own


def _read(name: str) -> str:
    # codecs.open in stock VADER does no newline translation: read bytes, then decode
    return (files("vaderSentiment") / name).read_bytes().decode("utf-8")


def _lexicon(text: str) -> dict[str, float]:
    lex: dict[str, float] = {}
    for line in text.rstrip("\n").split("\n"):
        if line:
            word, measure = line.strip().split("\t")[0:2]
            lex[word] = float(measure)
    return lex


def _emojis(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in text.rstrip("\n").split("\n"):
        emoji, description = line.strip().split("\t")[0:2]
        found[emoji] = description
    return found


def _negated(word: str) -> bool:
    return word in _NEGATE or "n't" in word


class FastVader:
    """A drop-in for ``SentimentIntensityAnalyzer().polarity_scores`` (same dicts, faster)."""

    def __init__(self) -> None:
        self.lexicon = _lexicon(_read("vader_lexicon.txt"))
        self.emojis = _emojis(_read("emoji_utf8_lexicon.txt"))
        # stock VADER looks up each character, so only one-character keys can ever match;
        # each becomes a marker + its description, and the markers become spaces where
        # stock VADER would put one (not at the start, not after a space)
        singles = {k: v for k, v in self.emojis.items() if len(k) == 1}
        self._emoji_chars = frozenset(singles)
        self._table = {ord(k): _MARK + v for k, v in singles.items()}
        assert all(v and v[-1] != " " and _MARK not in v for v in singles.values())

    def polarity_scores(self, text: str) -> dict[str, float]:
        if not text.isascii() and not self._emoji_chars.isdisjoint(text):
            text = self._describe_emojis(text)
        text = text.strip()
        words = [w if len(s := w.strip(_PUNCT)) <= 2 else s for w in text.split()]
        lower = [w.lower() for w in words]
        n = len(words)
        uppers = sum(1 for w in words if w.isupper())
        cap_diff = 0 < n - uppers < n
        lex, boost = self.lexicon, BOOSTER_DICT
        sentiments: list[float] = []
        for i, lw in enumerate(lower):
            kind_of = lw == "kind" and i < n - 1 and lower[i + 1] == "of"
            if lw not in lex or lw in boost or kind_of:
                sentiments.append(0)
            else:
                sentiments.append(self._valence(words, lower, i, cap_diff))
        if "but" in lower:
            _but_check(lower.index("but"), sentiments)
        return _score_valence(sentiments, text)

    def _describe_emojis(self, text: str) -> str:
        """Each emoji becomes its description, after a space unless one precedes it."""
        if _MARK in text:
            return self._describe_slowly(text)
        marked = text.translate(self._table)
        if marked.startswith(_MARK):
            marked = marked[1:]
        return marked.replace(" " + _MARK, " ").replace(_MARK, " ")

    def _describe_slowly(self, text: str) -> str:
        """Stock VADER's own loop, for the rare text that holds the marker character."""
        parts: list[str] = []
        prev_space = True
        for c in text:
            if c in self._emoji_chars:
                parts.append(self.emojis[c] if prev_space else " " + self.emojis[c])
                prev_space = False
            else:
                parts.append(c)
                prev_space = c == " "
        return "".join(parts)

    def _valence(self, words: list[str], lower: list[str], i: int, cap_diff: bool) -> float:
        """One lexicon word's valence: stock ``sentiment_valence``, step for step."""
        lex = self.lexicon
        lw = lower[i]
        valence = lex[lw]
        if lw == "no" and i != len(lower) - 1 and lower[i + 1] in lex:
            valence = 0.0
        if (
            (i > 0 and lower[i - 1] == "no")
            or (i > 1 and lower[i - 2] == "no")
            or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in _OR_NOR)
        ):
            valence = lex[lw] * N_SCALAR
        if cap_diff and words[i].isupper():
            valence = valence + C_INCR if valence > 0 else valence - C_INCR
        if i > 0 and lower[i - 1] not in lex:
            valence = valence + _scalar(words[i - 1], lower[i - 1], valence, cap_diff)
            if _negated(lower[i - 1]):
                valence = valence * N_SCALAR
        if i > 1 and lower[i - 2] not in lex:
            s = _scalar(words[i - 2], lower[i - 2], valence, cap_diff)
            if s != 0:
                s = s * 0.95
            valence = _negation_2(valence + s, lower, i)
        if i > 2 and lower[i - 3] not in lex:
            s = _scalar(words[i - 3], lower[i - 3], valence, cap_diff)
            if s != 0:
                s = s * 0.9
            valence = _idioms(_negation_3(valence + s, lower, i), lower, i)
        return self._least(valence, lower, i)

    def _least(self, valence: float, lower: list[str], i: int) -> float:
        lex = self.lexicon
        if i > 1 and lower[i - 1] not in lex and lower[i - 1] == "least":
            if lower[i - 2] not in _AT_VERY:
                valence = valence * N_SCALAR
        elif i > 0 and lower[i - 1] not in lex and lower[i - 1] == "least":
            valence = valence * N_SCALAR
        return valence


def _scalar(word: str, lw: str, valence: float, cap_diff: bool) -> float:
    """Stock ``scalar_inc_dec``: a booster or dampener before a sentiment word."""
    scalar = 0.0
    if lw in BOOSTER_DICT:
        scalar = BOOSTER_DICT[lw]
        if valence < 0:
            scalar *= -1
        if word.isupper() and cap_diff:
            scalar = scalar + C_INCR if valence > 0 else scalar - C_INCR
    return scalar


def _negation_2(valence: float, lower: list[str], i: int) -> float:
    two, one = lower[i - 2], lower[i - 1]
    if two == "never" and one in _SO_THIS:
        return valence * 1.25
    if two == "without" and one == "doubt":
        return valence
    return valence * N_SCALAR if _negated(two) else valence


def _negation_3(valence: float, lower: list[str], i: int) -> float:
    three, two, one = lower[i - 3], lower[i - 2], lower[i - 1]
    if (three == "never" and two in _SO_THIS) or one in _SO_THIS:
        return valence * 1.25
    if three == "without" and (two == "doubt" or one == "doubt"):
        return valence
    return valence * N_SCALAR if _negated(three) else valence


def _idioms(valence: float, lower: list[str], i: int) -> float:
    """Stock ``_special_idioms_check``: the first matching phrase wins, later ones override."""
    three, two, one, zero = lower[i - 3], lower[i - 2], lower[i - 1], lower[i]
    for seq in ((one, zero), (two, one, zero), (two, one), (three, two, one), (three, two)):
        if seq in _SPECIAL:
            valence = _SPECIAL[seq]
            break
    n = len(lower)
    if n - 1 > i and (zero, lower[i + 1]) in _SPECIAL:
        valence = _SPECIAL[(zero, lower[i + 1])]
    if n - 1 > i + 1 and (zero, lower[i + 1], lower[i + 2]) in _SPECIAL:
        valence = _SPECIAL[(zero, lower[i + 1], lower[i + 2])]
    for gram in ((three, two, one), (three, two), (two, one)):
        if gram in _BOOSTER_PHRASES:
            valence = valence + _BOOSTER_PHRASES[gram]
    return valence


def _but_check(bi: int, sentiments: list[float]) -> None:
    """Stock ``_but_check`` in place, including its look-up of each value's first equal."""
    for k in range(len(sentiments)):
        sentiment = sentiments[k]
        si = sentiments.index(sentiment)
        if si < bi:
            sentiments[si] = sentiment * 0.5
        elif si > bi:
            sentiments[si] = sentiment * 1.5


def _score_valence(sentiments: list[float], text: str) -> dict[str, float]:
    if not sentiments:
        return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
    sum_s = float(sum(sentiments))
    ep_count = min(text.count("!"), 4)
    qm_count = text.count("?")
    qm = 0 if qm_count <= 1 else (qm_count * 0.18 if qm_count <= 3 else 0.96)
    punct = ep_count * 0.292 + qm
    if sum_s > 0:
        sum_s += punct
    elif sum_s < 0:
        sum_s -= punct
    compound = max(-1.0, min(1.0, sum_s / math.sqrt((sum_s * sum_s) + 15)))
    pos_sum, neg_sum, neu_count = 0.0, 0.0, 0
    for s in sentiments:
        if s > 0:
            pos_sum += float(s) + 1
        if s < 0:
            neg_sum += float(s) - 1
        if s == 0:
            neu_count += 1
    if pos_sum > math.fabs(neg_sum):
        pos_sum += punct
    elif pos_sum < math.fabs(neg_sum):
        neg_sum -= punct
    total = pos_sum + math.fabs(neg_sum) + neu_count
    return {
        "neg": round(math.fabs(neg_sum / total), 3),
        "neu": round(math.fabs(neu_count / total), 3),
        "pos": round(math.fabs(pos_sum / total), 3),
        "compound": round(compound, 4),
    }
