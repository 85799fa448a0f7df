"""K-fold refits through the training code, for the figures on rows no model has seen.

Each fold's model is fitted by ``monitor.reading.model_fit`` on the other folds only (its
vocabulary too) and scores the held-out fold. The decision cut for a fold is chosen the way
training chooses it (best F1, or best macro-F1 for complaints) on the out-of-fold
predictions of the *other* folds, then applied to this fold: no row's own label ever picks
the threshold it is judged at. Feature keys are extracted once per text and reused.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from monitor.reading.model_features import is_word, keys
from monitor.reading.model_fit import Sparse, fit_logistic, nb_scale
from monitor.reading.model_train import best_cut, folds


@dataclass(frozen=True)
class CrossValidated:
    probability: np.ndarray  # out-of-fold probability per row
    decision: np.ndarray  # the decision at each fold's own cut
    cuts: tuple[float, ...]


def _design(rows: Sequence[list[str]], vocab: dict[str, int]) -> Sparse:
    r: list[int] = []
    c: list[int] = []
    v: list[float] = []
    for i, found in enumerate(rows):
        counts = Counter(vocab[k] for k in found if k in vocab)
        words = sum(1 for k in found if is_word(k))
        scale = 1.0 / np.sqrt(max(1, words))
        r.extend([i] * len(counts))
        c.extend(counts)
        v.extend(n * scale for n in counts.values())
    return Sparse(np.asarray(r, dtype=np.int64), np.asarray(c, dtype=np.int64),
                  np.asarray(v, dtype=float), (len(rows), len(vocab)))  # fmt: skip


def cross_validate(
    texts: Sequence[str], labels: Sequence[int], *, l2: float, macro: bool = False,
    extra: tuple[Sequence[str], Sequence[int], float] | None = None, k: int = 5,
    language: str = "", nb: float = 0.0,
) -> CrossValidated:  # fmt: skip
    """Out-of-fold probabilities; ``extra`` (texts, labels, row weight) joins every fold's
    training data but is never scored (XED en beside the tweets, as training does)."""
    found = [keys(t, language=language) for t in texts]
    more = [keys(t, language=language) for t in extra[0]] if extra else []
    gold = np.asarray(labels, float)
    prob = np.zeros(len(texts))
    parts = folds(len(texts), k=k)
    for held in parts:
        train = sorted(set(range(len(texts))) - set(held))
        seen: Counter[str] = Counter()
        for row in [found[i] for i in train] + more:
            seen.update(set(row))
        vocab = {key: j for j, key in enumerate(sorted(x for x, n in seen.items() if n >= 2))}
        rows = [found[i] for i in train] + more
        y = np.concatenate([gold[train], np.asarray(extra[1], float) if extra else []])
        w = np.concatenate([np.ones(len(train)), np.full(len(more), extra[2] if extra else 1.0)])
        x = _design(rows, vocab)
        scale = nb_scale(x, y, nb) if nb else None
        if scale is not None:  # as training fits it (model_train.fit_head)
            x = Sparse(x.rows, x.cols, x.vals * scale[x.cols], x.shape)
        weights, bias = fit_logistic(x, y, weights=w, l2=l2)
        if scale is not None:
            weights = weights * scale
        z = _design([found[i] for i in held], vocab).dot(weights) + bias
        prob[held] = 1.0 / (1.0 + np.exp(-z))
    decision = np.zeros(len(texts), dtype=bool)
    cuts = []
    for held in parts:
        others = np.asarray(sorted(set(range(len(texts))) - set(held)))
        cut = best_cut(prob[others], gold[others], macro=macro)
        decision[held] = prob[held] >= cut
        cuts.append(cut)
    return CrossValidated(prob, decision, tuple(cuts))
