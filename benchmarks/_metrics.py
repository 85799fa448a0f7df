"""Small metrics for the accuracy benchmark (kept free of any ML framework)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent


def data_dir(override: str | None) -> Path:
    """The labelled data: ``--data``, else ``$REPMON_EVAL_DATA``, else ``../shared/data``."""
    path = Path(override or os.environ.get("REPMON_EVAL_DATA") or ROOT.parent / "shared" / "data")
    if not path.is_dir():
        raise SystemExit(f"labelled data not found at {path}: pass --data DIR")
    return path


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float
    n: int

    def __str__(self) -> str:
        return f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}"


def prf(predicted: Sequence[bool], gold: Sequence[bool]) -> PRF:
    tp = sum(1 for p, g in zip(predicted, gold, strict=True) if p and g)
    fp = sum(1 for p, g in zip(predicted, gold, strict=True) if p and not g)
    fn = sum(1 for p, g in zip(predicted, gold, strict=True) if g and not p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1, len(gold))


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    return float(np.corrcoef(np.asarray(xs, float), np.asarray(ys, float))[0, 1])


def roc_auc(scores: Sequence[float], gold: Sequence[bool]) -> float:
    """Probability that a random positive outranks a random negative (ties count half)."""
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    pos = [r for r, g in zip(ranks, gold, strict=True) if g]
    n_pos, n_neg = len(pos), len(gold) - len(pos)
    return (sum(pos) - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def macro(predicted: Sequence[str], gold: Sequence[str]) -> tuple[float, float]:
    """Macro-averaged recall (the SemEval metric) and macro F1 over the gold labels."""
    labels = sorted(set(gold))
    scores = [prf([p == lab for p in predicted], [g == lab for g in gold]) for lab in labels]
    return sum(s.recall for s in scores) / len(labels), sum(s.f1 for s in scores) / len(labels)
