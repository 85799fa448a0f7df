"""How well the scorer finds complaints, anger and negativity, on human-labelled data.

Reads the labelled sets from ``--data`` (default ``../shared/data``; see its README) and
prints, per set, our figures next to plain VADER at -0.05 and at -0.5, measured in the same
run. The complaint model's weights are fitted on one stratified half of the complaint set
(the tuning split) and every figure that matters is printed for the other half (held out),
with the seed, so anyone can repeat it. ``--fit`` prints the ``[weights]`` table that
``monitor/lexicons/en.toml`` ships.

    python benchmarks/accuracy.py [--data DIR] [--seed N] [--fit]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._metrics import (
    best_threshold,
    data_dir,
    fit_logistic,
    macro,
    prf,
    roc_auc,
    sigmoid,
    split,
)
from benchmarks._sentiment import language_coverage, sentiment_sets
from monitor.lexicons import load_lexicon
from monitor.scoring import DefaultScorer, vader
from monitor.signals import FEATURES, Signals, anger_level, collect

SEED = 20261123
ABLATION = (
    ("VADER alone (compound, fitted)", ("negative", "positive")),
    ("+ anger lexicon, threats, shouting", ("anger", "threat", "shouting", "exclaiming")),
    ("+ complaint-type patterns", tuple(f for f in FEATURES if f.startswith("complaint:"))),
    (
        "+ requests, questions, negation, time, why, thanks",
        ("request", "negation", "time", "why", "question", "praise", "thanks"),
    ),
)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def english_signals(texts: Sequence[str]) -> tuple[list[Signals], list[float]]:
    lexicon, analyzer = load_lexicon("en"), vader()
    compounds = [float(analyzer.polarity_scores(t)["compound"]) for t in texts]
    return [
        collect(t, lexicon.scan(t), c) for t, c in zip(texts, compounds, strict=True)
    ], compounds


def matrix(signals: Sequence[Signals], names: Sequence[str]) -> np.ndarray:
    return np.array([[s.values.get(n, 0.0) for n in names] for s in signals], dtype=float)


def complaints(root: Path, *, seed: int, fit: bool) -> None:
    rows = read_csv(root / "complaints_acl2019" / "complaints.csv")
    texts = [r["text"] for r in rows]
    gold = [r["label_id"] == "1" for r in rows]
    brand = [not r["domain"].startswith("random_") for r in rows]
    tune, held = split(len(rows), gold, seed=seed)
    signals, compounds = english_signals(texts)
    scorer = DefaultScorer()
    ours = [scorer.score(t) for t in texts]
    print(
        f"\n## Complaints (ACL 2019), {len(rows)} rows; seed {seed}: "
        f"tuning split {len(tune)}, held-out split {len(held)}"
    )
    print(f"language detected as English: {sum(s.language == 'en' for s in ours)}/{len(ours)}")
    systems = {
        "plain VADER <= -0.05": [c <= -0.05 for c in compounds],
        "plain VADER <= -0.5": [c <= -0.5 for c in compounds],
        "repmon scorer": [s.is_complaint for s in ours],
    }
    angriest = [g and c <= -0.5 for g, c in zip(gold, compounds, strict=True)]
    for name, idx in (("tuning", tune), ("held-out", held)):
        for subset, keep in (("all", idx), ("brand-addressed", [i for i in idx if brand[i]])):
            print(
                f"\n{name} split, {subset} ({len(keep)} rows, {sum(gold[i] for i in keep)} complaints)"
            )
            for system, predicted in systems.items():
                result = prf([predicted[i] for i in keep], [gold[i] for i in keep])
                worst = [i for i in keep if angriest[i]]
                caught = sum(predicted[i] for i in worst) / len(worst) if worst else 0.0
                print(f"  {system:<22} {result}   recall on angriest ({len(worst)}): {caught:.3f}")
    ablation(signals, gold, brand, tune, held, fit=fit)


def ablation(
    signals: list[Signals],
    gold: list[bool],
    brand: list[bool],
    tune: list[int],
    held: list[int],
    *,
    fit: bool,
) -> None:
    print("\n### Ablation: each row refits the model with more signals on the tuning split")
    print("| signals | held-out F1 (all) | held-out F1 (brand-addressed) |\n| --- | ---: | ---: |")
    names: list[str] = []
    for label, added in ABLATION:
        names += added
        x, y = matrix(signals, names), np.array(gold, dtype=float)
        w, b = fit_logistic(x[tune], y[tune])
        scores = [sigmoid(float(v)) for v in x @ w + b]
        cut = best_threshold([scores[i] for i in tune], [gold[i] for i in tune])
        held_all = prf([scores[i] >= cut for i in held], [gold[i] for i in held])
        keep = [i for i in held if brand[i]]
        held_brand = prf([scores[i] >= cut for i in keep], [gold[i] for i in keep])
        print(f"| {label} | {held_all.f1:.3f} | {held_brand.f1:.3f} |")
    if fit:
        print("\n[weights]  # fitted by benchmarks/accuracy.py --fit, seed", SEED)
        print(f"bias = {b:.3f}\nthreshold = {cut:.3f}")
        for n, v in zip(names, w, strict=True):
            print(f'"{n}" = {v:.3f}')


def anger(root: Path) -> None:
    train = read_csv(root / "tweeteval_emotion" / "train.csv")
    val = read_csv(root / "tweeteval_emotion" / "val.csv")

    def levels(rows: list[dict[str, str]]) -> tuple[list[float], list[bool], list[float]]:
        signals, compounds = english_signals([r["text"] for r in rows])
        values = [anger_level(s, c) for s, c in zip(signals, compounds, strict=True)]
        return values, [r["label"] == "anger" for r in rows], compounds

    train_levels, train_gold, _ = levels(train)
    cut = best_threshold(train_levels, train_gold)
    val_levels, val_gold, val_compounds = levels(val)
    print(
        f"\n## Anger detector (TweetEval emotion): threshold {cut:.3f} tuned on train ({len(train)})"
    )
    print(
        f"  val ({len(val)}, {sum(val_gold)} anger): {prf([v >= cut for v in val_levels], val_gold)}"
        f"   ROC-AUC {roc_auc(val_levels, val_gold):.3f}"
    )
    vader_auc = roc_auc([-c for c in val_compounds], val_gold)
    print(
        f"  plain VADER (-compound) ROC-AUC {vader_auc:.3f}; "
        f"VADER <= -0.05: {prf([c <= -0.05 for c in val_compounds], val_gold)}"
    )
    missed = sum(1 for c, g in zip(val_compounds, val_gold, strict=True) if g and c > -0.05)
    print(f"  anger tweets VADER calls neutral or positive: {missed}/{sum(val_gold)}")


def tweeteval_sentiment(root: Path) -> None:
    rows = read_csv(root / "tweeteval_sentiment" / "test.csv")
    gold = [r["label"] for r in rows]
    scorer, analyzer = DefaultScorer(), vader()

    def label(c: float | None) -> str:
        if c is None:
            return "unscored"
        return "negative" if c <= -0.05 else "positive" if c >= 0.05 else "neutral"

    plain = [label(analyzer.polarity_scores(r["text"])["compound"]) for r in rows]
    ours = [label(scorer.score(r["text"]).sentiment) for r in rows]
    print(f"\n## TweetEval sentiment test ({len(rows)} tweets): macro-recall / macro-F1")
    for name, predicted in (("plain VADER", plain), ("repmon scorer", ours)):
        recall, f1 = macro(predicted, gold)
        neg = prf([p == "negative" for p in predicted], [g == "negative" for g in gold])
        print(f"  {name:<14} macro-R {recall:.3f}  macro-F1 {f1:.3f}   negative: {neg}")
    print(f"  unscored by repmon (detected as another language): {ours.count('unscored')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", help="folder with the labelled sets")
    parser.add_argument("--seed", type=int, default=SEED, help="seed of the tuning/held-out split")
    parser.add_argument("--fit", action="store_true", help="print the fitted [weights] table")
    args = parser.parse_args()
    root = data_dir(args.data)
    print(f"# repmon accuracy benchmark (data: {root})")
    complaints(root, seed=args.seed, fit=args.fit)
    anger(root)
    sentiment_sets(root)
    tweeteval_sentiment(root)
    language_coverage()


if __name__ == "__main__":
    main()
