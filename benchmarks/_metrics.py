"""Small, dependency-free metrics and a logistic-regression fit for the accuracy benchmark."""

from __future__ import annotations

import math
import os
import random
from collections.abc import Callable, Sequence
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


def split(n: int, labels: Sequence[bool], *, seed: int) -> tuple[list[int], list[int]]:
    """A stratified half/half split of row indexes: (tune, held_out)."""
    rng = random.Random(seed)
    tune: list[int] = []
    held: list[int] = []
    for label in (True, False):
        idx = [i for i in range(n) if labels[i] is label]
        rng.shuffle(idx)
        tune += idx[: len(idx) // 2]
        held += idx[len(idx) // 2 :]
    return sorted(tune), sorted(held)


def fit_logistic(
    x: np.ndarray, y: np.ndarray, *, l2: float = 1.0, steps: int = 3000, lr: float = 0.5
) -> tuple[np.ndarray, float]:
    """Weights and bias by gradient descent on the mean log-loss plus an L2 penalty."""
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        grad = p - y
        w -= lr * (x.T @ grad / len(y) + l2 * w / len(y))
        b -= lr * float(grad.mean())
    return w, b


def best_threshold(scores: Sequence[float], gold: Sequence[bool]) -> float:
    """The cut that maximises F1 (searched on tuning data only)."""
    grid = sorted({round(s, 3) for s in scores})
    pick: Callable[[float], float] = lambda t: prf([s >= t for s in scores], gold).f1  # noqa: E731
    return max(grid, key=pick) if grid else 0.5


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
