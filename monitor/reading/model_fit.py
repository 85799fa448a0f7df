"""Fits the linear heads the product ships (and ``repmon train`` refits), with numpy only.

Logistic regression over sparse n-gram counts, L2-regularised, minimised with L-BFGS: it
converges in a few dozen passes, so a refit on a user's few thousand labelled mentions
takes seconds and the same code refits every fold of the benchmark's cross-validation.
A sparse matrix is three flat arrays (row, column, value) and ``np.bincount`` does both
products, so no scipy is needed. Weights are deterministic for the same data (no random
initialisation; row order does not matter beyond float rounding).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from monitor.reading.model_features import is_word, keys

_Array = np.ndarray


@dataclass(frozen=True)
class Sparse:
    rows: _Array
    cols: _Array
    vals: _Array
    shape: tuple[int, int]

    def dot(self, w: _Array) -> _Array:
        return np.bincount(self.rows, weights=self.vals * w[self.cols], minlength=self.shape[0])

    def tdot(self, g: _Array) -> _Array:
        return np.bincount(self.cols, weights=self.vals * g[self.rows], minlength=self.shape[1])

    def take(self, index: Sequence[int]) -> Sparse:
        """The rows at ``index`` (in that order), for cross-validation folds."""
        order = np.argsort(self.rows, kind="stable")
        starts = np.searchsorted(self.rows[order], np.arange(self.shape[0] + 1))
        parts = [order[starts[i] : starts[i + 1]] for i in index]
        picked = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
        new_rows = np.repeat(np.arange(len(index)), [len(p) for p in parts])
        return Sparse(new_rows, self.cols[picked], self.vals[picked], (len(index), self.shape[1]))


def vocabulary(texts: Iterable[str], *, min_count: int = 2, language: str = "") -> dict[str, int]:
    """Feature keys seen in at least ``min_count`` texts, numbered in sorted order."""
    seen: Counter[str] = Counter()
    for text in texts:
        seen.update(set(keys(text, language=language)))
    return {k: i for i, k in enumerate(sorted(k for k, c in seen.items() if c >= min_count))}


def design(texts: Sequence[str], vocab: dict[str, int], *, language: str = "") -> Sparse:
    """Counts of each known key per text, scaled by 1/sqrt(words) so length does not decide."""
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for r, text in enumerate(texts):
        found = keys(text, language=language)
        counts = Counter(vocab[k] for k in found if k in vocab)
        scale = 1.0 / np.sqrt(max(1, sum(1 for k in found if is_word(k))))
        rows.extend([r] * len(counts))
        cols.extend(counts)
        vals.extend(c * scale for c in counts.values())
    return Sparse(
        np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64),
        np.asarray(vals, dtype=float), (len(texts), len(vocab)),
    )  # fmt: skip


def nb_scale(x: Sparse, y: _Array, power: float) -> _Array:
    """Per column |r|**power, r the log-count ratio of the key in positive and negative rows
    (Wang & Manning 2012, "NBSVM"): a key that tells the classes apart is fitted at full
    strength, a key common to both is damped before the penalty sees it. Counts are of the
    rows a key appears in, each smoothed by one; nothing here is random."""
    present = np.bincount(x.cols, minlength=x.shape[1]).astype(float)
    positive = np.bincount(x.cols, weights=(y[x.rows] > 0).astype(float), minlength=x.shape[1])
    n_pos = float((y > 0).sum())
    n_neg = float(len(y)) - n_pos
    r = np.log((positive + 1) / (n_pos + 1)) - np.log((present - positive + 1) / (n_neg + 1))
    scale: _Array = np.abs(r) ** power
    return scale


def fit_logistic(
    x: Sparse,
    y: _Array,
    *,
    weights: _Array | None = None,
    l2: float = 1e-3,
    steps: int = 150,
    centre: _Array | None = None,
    bias: float = 0.0,
) -> tuple[_Array, float]:
    """Weights and bias minimising the weighted mean log-loss + l2/2 |w - centre|^2.

    ``centre`` (default 0) is where the penalty pulls: a refit on a user's few hundred
    examples starts from, and stays near, the shipped weights instead of forgetting them.
    """
    sw = np.ones(len(y)) if weights is None else np.asarray(weights, float)
    sw = sw / sw.sum()
    c = np.zeros(x.shape[1]) if centre is None else centre

    def loss(theta: _Array) -> tuple[float, _Array]:
        w, b = theta[:-1], theta[-1]
        z = x.dot(w) + b
        d = w - c
        value = float(sw @ (np.logaddexp(0.0, z) - y * z)) + 0.5 * l2 * float(d @ d)
        g = sw * (1.0 / (1.0 + np.exp(-z)) - y)
        return value, np.append(x.tdot(g) + l2 * d, g.sum())

    theta = _lbfgs(loss, np.append(c, bias), steps=steps)
    return theta[:-1], float(theta[-1])


def _lbfgs(f: object, theta: _Array, *, steps: int, memory: int = 10) -> _Array:
    """Limited-memory BFGS with a backtracking (Armijo) line search."""
    func = f  # typed loosely: (theta) -> (value, gradient)
    value, grad = func(theta)  # type: ignore[operator]
    history: list[tuple[_Array, _Array, float]] = []
    for _ in range(steps):
        direction = -_two_loop(grad, history)
        slope = float(grad @ direction)
        if slope >= 0:
            direction, slope, history = -grad, -float(grad @ grad), []
        step = 1.0 if history else 1.0 / max(1e-12, float(np.sqrt(grad @ grad)))
        while True:
            new = theta + step * direction
            new_value, new_grad = func(new)  # type: ignore[operator]
            if new_value <= value + 1e-4 * step * slope or step < 1e-10:
                break
            step *= 0.5
        s, t = new - theta, new_grad - grad
        if float(s @ t) > 1e-12:
            history = [*history[-(memory - 1) :], (s, t, 1.0 / float(s @ t))]
        done = abs(value - new_value) < 1e-9 * max(1.0, abs(value))
        theta, value, grad = new, new_value, new_grad
        if done:
            break
    return theta


def _two_loop(grad: _Array, history: list[tuple[_Array, _Array, float]]) -> _Array:
    q = grad.copy()
    alphas = []
    for s, t, rho in reversed(history):
        a = rho * float(s @ q)
        alphas.append(a)
        q -= a * t
    if history:
        s, t, _ = history[-1]
        q *= float(s @ t) / float(t @ t)
    for (s, t, rho), a in zip(history, reversed(alphas), strict=True):
        q += s * (a - rho * float(t @ q))
    return q
