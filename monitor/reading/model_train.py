"""From labelled sets to one language's entry in a weights file (shipped or the user's own).

``fit_language`` fits every head of a language over one shared vocabulary, then moves each
decision head's bias so that the cut chosen on its own training rows (out-of-fold, by
k-fold refits) lands exactly on the product's threshold in ``monitor.reading.operating``.
So one constant (``operating.ANGER``) is the alert threshold in every language, while each
language's model keeps the cut that suits its data. The file keeps only weights that matter
(``PRUNE``), as integers (``UNIT`` per 1.0), and never any text.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from monitor.reading import operating
from monitor.reading.model_features import CHAR_PREFIX, CLASS_PREFIX, word_classes
from monitor.reading.model_fit import Sparse, design, fit_logistic, nb_scale, vocabulary

UNIT = 10_000
PRUNE = 50  # weights below 0.005 in every head are dropped (they move no decision)
FOLDS = 5
USER_L2 = 3e-3  # a user's refit: how strongly each weight stays near the shipped one
Rule = Callable[[np.ndarray, np.ndarray], float]  # (probabilities, gold) -> quality


@dataclass
class HeadData:
    """One head's rows; ``tune`` marks the rows its threshold is chosen on (None: none)."""

    texts: list[str]
    labels: list[int]
    weights: list[float] = field(default_factory=list)
    tune: list[bool] | None = None
    l2: float = 1e-3
    prior: tuple[np.ndarray, float] | None = None  # shrink towards these weights (by vocab id)
    nb: float = 0.0  # NB log-count-ratio scaling of the columns, as |r|**nb (0: none)


def f1(p: np.ndarray, gold: np.ndarray) -> float:
    tp = float(np.sum(p & gold))
    return 2 * tp / (float(p.sum()) + float(gold.sum())) if tp else 0.0


def best_cut(prob: np.ndarray, gold: np.ndarray, *, macro: bool = False) -> float:
    """The cut that maximises F1 of the positive class (or the two classes' mean F1)."""
    g = gold.astype(bool)

    def quality(t: float) -> float:
        hit = prob >= t
        return (f1(hit, g) + f1(~hit, ~g)) / 2 if macro else f1(hit, g)

    return max((round(float(t), 3) for t in np.arange(0.05, 0.951, 0.01)), key=quality)


def folds(n: int, *, k: int = FOLDS, seed: int = 20261129) -> list[list[int]]:
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return [sorted(order[i::k]) for i in range(k)]


def fit_head(x: Sparse, data: HeadData, vocab: dict[str, int]) -> tuple[np.ndarray, float]:
    y = np.asarray(data.labels, float)
    w = np.asarray(data.weights or [1.0] * len(y), float)
    if data.prior is None and data.nb:
        # fit on columns scaled by how well each key tells the classes apart, then fold the
        # scale into the weights: inference is unchanged, one weight per key
        scale = nb_scale(x, y, data.nb)
        scaled = Sparse(x.rows, x.cols, x.vals * scale[x.cols], x.shape)
        fitted, bias = fit_logistic(scaled, y, weights=w, l2=data.l2)
        return fitted * scale, bias
    if data.prior is None:
        return fit_logistic(x, y, weights=w, l2=data.l2)
    centre = data.prior[0].copy()
    # only weights of n-grams in these texts can move; the rest stay at the prior exactly,
    # so the fit runs over a few thousand columns instead of the whole vocabulary
    active = np.unique(x.cols)
    small = Sparse(x.rows, np.searchsorted(active, x.cols), x.vals, (x.shape[0], len(active)))
    fitted, b = fit_logistic(small, y, weights=w, l2=data.l2, centre=centre[active],
                             bias=data.prior[1])  # fmt: skip
    centre[active] = fitted
    return centre, b


def out_of_fold(x: Sparse, data: HeadData, vocab: dict[str, int]) -> np.ndarray:
    """Probabilities for the tuning rows, each from a model that never saw it."""
    assert data.tune is not None
    tuned = [i for i, t in enumerate(data.tune) if t]
    others = [i for i, t in enumerate(data.tune) if not t]
    prob = np.zeros(len(data.labels))
    for fold in folds(len(tuned)):
        held = [tuned[i] for i in fold]
        keep = sorted(set(tuned) - set(held)) + others
        part = HeadData([data.texts[i] for i in keep], [data.labels[i] for i in keep],
                        [data.weights[i] for i in keep] if data.weights else [],
                        l2=data.l2, prior=data.prior, nb=data.nb)  # fmt: skip
        w, b = fit_head(x.take(keep), part, vocab)
        prob[held] = 1.0 / (1.0 + np.exp(-(x.take(held).dot(w) + b)))
    return prob[tuned]


@dataclass(frozen=True)
class Base:
    """A saved language entry as arrays: the starting point of a user's refit."""

    keys: list[str]  # training keys (character n-grams carry CHAR_PREFIX)
    table: np.ndarray  # one row per key, one column per head
    heads: list[str]
    bias: list[float]

    def column(self, head: str, size: int) -> np.ndarray:
        out = np.zeros(size)
        out[: len(self.keys)] = self.table[:, self.heads.index(head)]
        return out


def fit_language(
    heads: dict[str, HeadData], *, min_count: int = 2, base: Base | None = None,
    language: str = "",
) -> dict[str, Any]:  # fmt: skip
    """Every head of one language, calibrated to the operating point, ready to save.

    With ``base``, labelled heads start from (and stay near) its weights and the heads
    without labels are kept as they are. ``language`` picks its word classes.
    """
    texts = sorted({t for d in heads.values() for t in d.texts})
    vocab = {k: i for i, k in enumerate(base.keys)} if base else {}
    for key in vocabulary(texts, min_count=min_count, language=language):
        vocab.setdefault(key, len(vocab))
    names = sorted({*heads, *(base.heads if base else ())})
    table = np.zeros((len(vocab), len(names)))
    bias, cuts = [], {}
    for j, name in enumerate(names):
        if name not in heads:
            assert base is not None
            table[:, j] = base.column(name, len(vocab))
            bias.append(base.bias[base.heads.index(name)])
            continue
        data = heads[name]
        if base is not None and name in base.heads:
            data.prior = (base.column(name, len(vocab)), base.bias[base.heads.index(name)])
        x = design(data.texts, vocab, language=language)
        w, b = fit_head(x, data, vocab)
        if data.tune is not None and _can_tune(data) and name in operating.CALIBRATED:
            gold = np.asarray([lab for lab, t in zip(data.labels, data.tune, strict=True) if t])
            prob = out_of_fold(x, data, vocab)
            cut = best_cut(prob, gold, macro=name == "complaint")
            b += _logit(operating.CALIBRATED[name]) - _logit(cut)
            cuts[name] = cut
            cuts[f"{name}_oof_f1"] = round(f1(prob >= cut, gold.astype(bool)), 4)
        table[:, j] = w
        bias.append(b)
    vocab, table = fold_classes(vocab, table, word_classes(language))
    return pack(vocab, table, names, bias, cuts)


def fold_classes(
    vocab: dict[str, int], table: np.ndarray, classes: dict[str, str]
) -> tuple[dict[str, int], np.ndarray]:
    """Each word-class weight added to its member words' unigram weights, the class keys
    dropped: the saved model scores exactly as the fitted one with no class look-up."""
    rows = {c: table[i].copy() for c, i in vocab.items() if c[:1] == CLASS_PREFIX}
    if not rows:
        return vocab, table
    vocab, extra = dict(vocab), list[np.ndarray]()
    table = table.copy()
    for word, c in classes.items():
        if (v := rows.get(c)) is None:
            continue
        if word in vocab:
            table[vocab[word]] += v
        else:
            vocab[word] = len(table) + len(extra)
            extra.append(v)
    for c in rows:
        table[vocab.pop(c)] = 0.0
    return vocab, np.vstack([table, *extra]) if extra else table


def pack(
    vocab: dict[str, int], table: np.ndarray, names: Sequence[str], bias: Sequence[float],
    cuts: dict[str, float],
) -> dict[str, Any]:  # fmt: skip
    """Keys newline-joined and weights as one flat integer list per kind: quick to parse."""
    ints = np.rint(table * UNIT).astype(np.int64)
    strong = np.abs(ints).max(axis=1) >= PRUNE if len(ints) else np.zeros(0, dtype=bool)
    kept: dict[str, list[str]] = {"words": [], "bigrams": [], "chars": []}
    rows: dict[str, list[int]] = {"words": [], "bigrams": [], "chars": []}
    for key, i in sorted(vocab.items()):
        if not strong[i]:
            continue
        kind = "chars" if key[:1] == CHAR_PREFIX else "bigrams" if " " in key else "words"
        kept[kind].append(key.removeprefix(CHAR_PREFIX))
        rows[kind].append(i)
    out: dict[str, Any] = {"heads": list(names), "bias": [round(b, 5) for b in bias],
                           "cuts": cuts, "unit": UNIT}  # fmt: skip
    for kind, keys in kept.items():
        flat = ints[rows[kind]].ravel() if rows[kind] else np.zeros(0, dtype=np.int64)
        out[kind] = {"keys": "\n".join(keys), "weights": flat.tolist()}
    return out


def refit(
    examples: Sequence[dict[str, Any]], *, base: dict[str, Any] | None, language: str = ""
) -> tuple[dict[str, Any], str]:
    """One language refitted from a user's labelled rows, starting from ``base`` if given.

    Each labelled head is pulled towards its base weights (``USER_L2``), so a few hundred
    examples adjust the model rather than replace it; heads without labels stay as they were.
    """
    start = unpack(base) if base else None
    heads: dict[str, HeadData] = {}
    notes = []
    for head, pairs in sorted(_by_head(examples).items()):
        labels = [label for _, label in pairs]
        if len(set(labels)) < 2:
            notes.append(f"{head} kept (every example is {labels[0]})")
            continue
        texts = [text for text, _ in pairs]
        heads[head] = HeadData(texts, labels, tune=[True] * len(texts), l2=USER_L2)
        notes.append(f"{head} refit ({sum(labels)} of {len(labels)} positive)")
    if not heads:
        raise ValueError("nothing to learn: every label has a single value; " + "; ".join(notes))
    return fit_language(heads, min_count=1, base=start, language=language), "; ".join(notes)


def _by_head(examples: Sequence[dict[str, Any]]) -> dict[str, list[tuple[str, int]]]:
    out: dict[str, list[tuple[str, int]]] = {}
    for row in examples:
        for head in ("anger", "complaint", "needs_reply"):
            if head in row:
                out.setdefault(head, []).append((row["text"], int(row[head])))
        if "sentiment" in row:
            for head in ("negative", "positive"):
                out.setdefault(head, []).append((row["text"], int(row["sentiment"] == head)))
    return out


def _can_tune(data: HeadData) -> bool:
    """Enough tuning rows of each class for a 5-fold cut to mean something."""
    if data.tune is None:
        return False
    tuned = [lab for lab, t in zip(data.labels, data.tune, strict=True) if t]
    return min(sum(tuned), len(tuned) - sum(tuned)) >= 2 * FOLDS


def unpack(entry: dict[str, Any]) -> Base:
    """A saved language entry back into arrays keyed like training's vocabulary."""
    heads, unit = list(entry["heads"]), float(entry["unit"])
    keys: list[str] = []
    parts = []
    for kind in ("words", "bigrams", "chars"):
        found = entry[kind]["keys"].split("\n") if entry[kind]["keys"] else []
        keys += [CHAR_PREFIX + k for k in found] if kind == "chars" else found
        flat = np.asarray(entry[kind]["weights"], dtype=float) / unit
        parts.append(flat.reshape(len(found), len(heads)))
    return Base(keys, np.vstack(parts), heads, [float(b) for b in entry["bias"]])


def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))
