"""Sentiment sets (VADER's human-rated ground truth) and the Finnish/Bengali examples."""

from __future__ import annotations

import csv
from pathlib import Path

from benchmarks._metrics import ROOT, pearson, prf
from monitor.scoring import DefaultScorer, vader

VADER_SETS = ("tweets", "amazonReviewSnippets", "movieReviewSnippets", "nytEditorialSnippets")
EXAMPLES = ROOT / "tests" / "monitor" / "data"


def read_groundtruth(path: Path) -> tuple[list[str], list[float]]:
    texts, means = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        _, mean, text = line.split("\t", 2)
        texts.append(text)
        means.append(float(mean))
    return texts, means


def sentiment_sets(root: Path) -> None:
    print("\n## VADER ground truth: Pearson r with the human mean; 'negative' = mean < -0.05")
    scorer, analyzer = DefaultScorer(), vader()
    for name in VADER_SETS:
        texts, means = read_groundtruth(root / "vader_groundtruth" / f"{name}_GroundTruth.txt")
        plain = [float(analyzer.polarity_scores(t)["compound"]) for t in texts]
        scores = [scorer.score(t) for t in texts]
        ours = [s.sentiment if s.sentiment is not None else 0.0 for s in scores]
        gold = [m < -0.05 for m in means]
        unscored = sum(1 for s in scores if not s.scored)
        print(f"{name} ({len(texts)}):")
        print(
            f"  plain VADER    r {pearson(plain, means):.4f}   negative: "
            f"{prf([c <= -0.05 for c in plain], gold)}"
        )
        print(f"  plain VADER -0.5            negative: {prf([c <= -0.5 for c in plain], gold)}")
        print(
            f"  repmon scorer  r {pearson(ours, means):.4f}   negative: "
            f"{prf([c <= -0.05 for c in ours], gold)}   unscored (other language): {unscored}"
        )


def read_examples(language: str) -> list[dict[str, str]]:
    with (EXAMPLES / f"{language}.tsv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def language_coverage() -> None:
    """Hand-written Finnish and Bengali mentions: detection, complaint and negative figures."""
    print("\n## Other languages: hand-written labelled examples (tests/monitor/data/*.tsv)")
    scorer, analyzer = DefaultScorer(), vader()
    for language in ("fi", "bn"):
        rows = read_examples(language)
        scores = [scorer.score(r["text"]) for r in rows]
        detected = sum(s.language == language for s in scores)
        complaint = prf([s.is_complaint for s in scores], [r["complaint"] == "1" for r in rows])
        gold_neg = [r["sentiment"] == "negative" for r in rows]
        ours_neg = prf([(s.sentiment or 0.0) <= -0.05 for s in scores], gold_neg)
        plain = prf(
            [analyzer.polarity_scores(r["text"])["compound"] <= -0.05 for r in rows], gold_neg
        )
        neutral = sum(1 for s in scores if s.sentiment == 0.0)
        print(f"{language} ({len(rows)}): detected {detected}/{len(rows)}; complaint {complaint}")
        print(
            f"  negative: repmon {ours_neg}   plain VADER {plain}   scored as exactly 0: {neutral}"
        )
