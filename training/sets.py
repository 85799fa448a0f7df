"""The labelled sets in ``../shared/data`` as (texts, labels, row weights), one per head.

Each loader returns a ``Labelled`` set for one head of one language. Which set feeds which
head, and why, is the table in ``HEADS`` of ``training/train.py``. The irony set is never
read here: its licence forbids shipping a model fitted on it (it is evaluation only, in
``benchmarks/accuracy.py``).
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEGATIVE_EMOTIONS = ("anger", "disgust", "fear", "sadness")
POSITIVE_EMOTIONS = ("joy", "trust")
VADER_SETS = ("tweets", "amazonReviewSnippets", "movieReviewSnippets", "nytEditorialSnippets")


@dataclass
class Labelled:
    texts: list[str] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)
    source: list[str] = field(default_factory=list)  # the set each row came from

    def add(
        self, texts: list[str], labels: list[int], *, source: str, total: float | None = None
    ) -> None:
        """Append rows; ``total`` gives the whole set that summed weight (to balance sets)."""
        w = 1.0 if total is None or not texts else total / len(texts)
        self.texts += texts
        self.labels += labels
        self.weights += [w] * len(texts)
        self.source += [source] * len(texts)


def data_dir(override: str | None = None) -> Path:
    """``--data``, else ``$REPMON_EVAL_DATA``, else ``../shared/data`` beside the repository."""
    path = Path(override or os.environ.get("REPMON_EVAL_DATA") or ROOT.parent / "shared" / "data")
    if not path.is_dir():
        raise SystemExit(f"labelled data not found at {path}: pass --data DIR")
    return path


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def read_groundtruth(path: Path) -> tuple[list[str], list[float]]:
    texts, means = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            _, mean, text = line.split("\t", 2)
            texts.append(text)
            means.append(float(mean))
    return texts, means


def emotions(root: Path, name: str) -> list[dict[str, str]]:
    return read_csv(root / name / "train.csv")


def xed(rows: list[dict[str, str]], wanted: tuple[str, ...]) -> list[int]:
    return [int(any(r[e] == "True" for e in wanted)) for r in rows]


def tweeteval_anger(root: Path, split: str = "train") -> tuple[list[str], list[int]]:
    rows = read_csv(root / "tweeteval_emotion" / f"{split}.csv")
    return [r["text"] for r in rows], [int(r["label"] == "anger") for r in rows]


def complaints(root: Path) -> tuple[list[str], list[int], list[bool]]:
    """Texts, gold (1 = complaint) and whether the tweet was addressed to a brand."""
    rows = read_csv(root / "complaints_acl2019" / "complaints.csv")
    brand = [not r["domain"].startswith("random_") for r in rows]
    return [r["text"] for r in rows], [int(r["label_id"] == "1") for r in rows], brand


def vader_polar(root: Path, *, negative: bool, margin: float = 0.5) -> tuple[list[str], list[int]]:
    """VADER's human-rated snippets: 1 when the mean rating is beyond -margin (or +margin)."""
    texts: list[str] = []
    labels: list[int] = []
    for name in VADER_SETS:
        t, means = read_groundtruth(root / "vader_groundtruth" / f"{name}_GroundTruth.txt")
        texts += t
        labels += [int(m <= -margin if negative else m >= margin) for m in means]
    return texts, labels


def bangla(root: Path, wanted: tuple[str, ...]) -> tuple[list[str], list[int]]:
    rows = read_csv(root / "bangla_emotion" / "train.csv")
    return [r["text"] for r in rows], [int(r["label"] in wanted) for r in rows]
