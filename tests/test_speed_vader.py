"""The fast VADER gives stock vaderSentiment 3.3.2's exact score dicts.

Checked on every labelled text in the shared data sets (VADER's ground truth, the TweetEval
sets, complaints, XED en/fi, Bangla) and on generated text built from the words and
characters that VADER's rules look at (negations, boosters, idioms, "but", "least", caps,
emojis, punctuation runs), so a rule that drifts by one float operation shows up.
"""

from __future__ import annotations

import csv
import math
import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    NEGATE,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
)

from monitor.reading.vader import FastVader
from monitor.scoring import vader

ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path | None:
    """``$REPMON_EVAL_DATA``, else ``shared/data`` beside the clone (or beside its parent)."""
    given_path = os.environ.get("REPMON_EVAL_DATA")
    candidates = [Path(given_path)] if given_path else []
    candidates += [ROOT.parent / "shared" / "data", ROOT.parent.parent / "shared" / "data"]
    return next((p for p in candidates if (p / "vader_groundtruth").is_dir()), None)


DATA = data_dir()


def data_files() -> list[Path]:
    if DATA is None:
        return []
    return sorted(p for p in DATA.rglob("*") if p.suffix == ".csv" or "GroundTruth" in p.name)


def texts(path: Path) -> Iterator[str]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as f:
            yield from (row["text"] for row in csv.DictReader(f))
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        yield line.split("\t", 2)[-1]


@cache
def stock() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


@cache
def fast() -> FastVader:
    return FastVader()


def same(text: str) -> None:
    expected, got = stock().polarity_scores(text), fast().polarity_scores(text)
    assert got == expected, text
    # the same sign of zero too, so not even -0.0 versus 0.0 differs
    assert [math.copysign(1, v) for v in got.values()] == [
        math.copysign(1, v) for v in expected.values()
    ], text


@pytest.mark.skipif(DATA is None, reason="no shared/data (set $REPMON_EVAL_DATA)")
@pytest.mark.parametrize("path", data_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fast_vader__equals_stock_on_every_labelled_text(path: Path) -> None:
    checked = 0
    for text in texts(path):
        same(text)
        checked += 1
    assert checked > 300


def test_the_data_sets_are_all_checked() -> None:
    if DATA is None:
        pytest.skip("no shared/data (set $REPMON_EVAL_DATA)")
    names = {p.parent.name for p in data_files()}
    assert {"vader_groundtruth", "tweeteval_sentiment", "complaints_acl2019"} <= names
    assert {"xed_en", "xed_fi", "bangla_emotion"} <= names


RULE_WORDS = sorted(
    {*NEGATE, *BOOSTER_DICT, *(w for k in SPECIAL_CASES for w in k.split())}
    | {"but", "BUT", "least", "at", "very", "never", "so", "this", "without", "doubt", "no"}
    | {"kind", "of", "or", "nor", "good", "GOOD", "bad", "BAD", "hate", "love", "not", ":)"}
    | {"isn't", "LOVE", "great", "horrible", "sux", "lol", "the", "death", "right", "yeah"}
)
EMOJIS = ["😁", "💘", "😡", "©", "👍", "🙂", "\x00"]
SEPARATORS = [" ", "  ", "\n", "\t", "! ", "? ", "!!! ", "?? ", "??? ", "???? ", ", ", ". "]
word = st.one_of(
    st.sampled_from(RULE_WORDS),
    st.sampled_from(RULE_WORDS).map(str.upper),
    st.sampled_from(EMOJIS),
    st.text(min_size=1, max_size=6),
)
phrase = st.lists(st.tuples(word, st.sampled_from(SEPARATORS)), max_size=25).map(
    lambda parts: "".join(w + s for w, s in parts)
)


@settings(max_examples=400, deadline=None)
@given(phrase)
def test_fast_vader__equals_stock_on_rule_phrases(text: str) -> None:
    same(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_fast_vader__equals_stock_on_any_text(text: str) -> None:
    same(text)


def test_fast_vader__emoji_spacing_matches_stock() -> None:
    for text in ["😁", "a😁b", "😁😁 x", " 😁", "x 😁😁", "\x00😁", "é😁 ©!"]:
        same(text)


def test_scoring_uses_the_fast_vader() -> None:
    assert isinstance(vader(), FastVader)
