"""Finnish and Bengali: hand-written labelled mentions in tests/monitor/data/*.tsv."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from monitor.scoring import DefaultScorer

DATA = Path(__file__).parent / "data"


def examples(language: str) -> list[dict[str, str]]:
    with (DATA / f"{language}.tsv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


@pytest.fixture(scope="module")
def scorer() -> DefaultScorer:
    return DefaultScorer()


@pytest.mark.parametrize("language", ["fi", "bn"])
def test_examples__are_detected_and_scored_with_their_lexicon(
    scorer: DefaultScorer, language: str
) -> None:
    rows = examples(language)
    assert len(rows) >= 30
    scores = [scorer.score(r["text"]) for r in rows]
    assert all(s.language == language and s.scored for s in scores)


@pytest.mark.parametrize("language", ["fi", "bn"])
def test_examples__negative_mentions_are_never_neutral(
    scorer: DefaultScorer, language: str
) -> None:
    for row in examples(language):
        s = scorer.score(row["text"])
        if row["sentiment"] == "negative":
            assert s.sentiment is not None, row["text"]
            assert s.sentiment < 0, row["text"]
        if row["sentiment"] == "positive" and row["complaint"] == "0":
            assert s.sentiment is not None, row["text"]
            assert s.sentiment >= 0, row["text"]


@pytest.mark.parametrize("language", ["fi", "bn"])
def test_examples__complaints_found_with_few_false_alarms(
    scorer: DefaultScorer, language: str
) -> None:
    rows = examples(language)
    predicted = [scorer.score(r["text"]).is_complaint for r in rows]
    gold = [r["complaint"] == "1" for r in rows]
    hits = sum(p and g for p, g in zip(predicted, gold, strict=True))
    assert hits / sum(gold) >= 0.9  # recall
    assert hits / max(1, sum(predicted)) >= 0.8  # precision


def test_score__given_tag_overrides_detection(scorer: DefaultScorer) -> None:
    s = scorer.score("Paketti ei ole vieläkään tullut ja olen vihainen", language="fi-FI")
    assert s.language == "fi"
    assert s.is_complaint
    assert s.sentiment is not None
    assert s.sentiment < 0
    assert "anger" in s.signals()
    assert "language" not in s.signals()
