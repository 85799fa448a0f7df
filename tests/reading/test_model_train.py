"""Training: a tiny generated set fits, a refit starts from the shipped model, ``repmon train``."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.errors import InputError
from monitor.reading import model
from monitor.reading.model_features import word_classes
from monitor.reading.model_fit import Sparse, design, fit_logistic, nb_scale, vocabulary
from monitor.reading.model_train import HeadData, fit_language, fold_classes, pack, refit, unpack

BAD = ["late", "broken", "refund", "never arrived", "waiting", "charged twice", "rude"]
GOOD = ["love", "thanks", "great", "arrived early", "works well", "lovely", "brilliant"]


def generated(n: int, *, seed: int = 7) -> tuple[list[str], list[int]]:
    """Short posts: complaints use BAD phrases, the rest GOOD ones, with shared filler."""
    rng = random.Random(seed)
    texts, labels = [], []
    for i in range(n):
        label = i % 2
        words = rng.sample(BAD if label else GOOD, 2) + rng.sample(
            ["my", "order", "the", "app", "today"], 2
        )
        rng.shuffle(words)
        texts.append(" ".join(words))
        labels.append(label)
    return texts, labels


@pytest.fixture(autouse=True)
def shipped_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(model, "user_weights", lambda: None)
    monkeypatch.delenv("REPMON_WEIGHTS", raising=False)
    model.reset()
    yield
    model.reset()


def test_fit_language__tiny_generated_set_separates_the_classes() -> None:
    texts, labels = generated(120)
    entry = fit_language(
        {"complaint": HeadData(texts, labels, tune=[True] * len(texts))}, min_count=1
    )
    fitted = model.Model(entry)
    bad = fitted.logits(["my", "order", "never", "arrived", "refund"])[0]
    good = fitted.logits(["thanks", "great", "order"])[0]
    assert bad > 0 > good
    assert 0.05 <= entry["cuts"]["complaint"] <= 0.95


def test_nb_scale__a_key_that_tells_the_classes_apart_outweighs_one_both_share() -> None:
    # column 0 only in positive rows, column 1 in every row, column 2 only in negative rows
    rows = np.asarray([0, 0, 1, 1, 2, 3, 2, 3])
    cols = np.asarray([0, 1, 0, 1, 1, 1, 2, 2])
    x = Sparse(rows, cols, np.ones(len(rows)), (4, 3))
    scale = nb_scale(x, np.asarray([1.0, 1.0, 0.0, 0.0]), 0.5)
    assert scale[0] > scale[1]
    assert scale[2] > scale[1]
    assert scale[1] == pytest.approx(0.0)
    assert nb_scale(x, np.asarray([1.0, 1.0, 0.0, 0.0]), 1.0)[0] > scale[0]


def test_fit_language__nb_scaling_still_separates_and_keeps_the_file_shape() -> None:
    texts, labels = generated(120)
    plain = fit_language({"complaint": HeadData(texts, labels, tune=[True] * 120)}, min_count=1)
    scaled = fit_language(
        {"complaint": HeadData(texts, labels, tune=[True] * 120, nb=0.5)}, min_count=1
    )
    assert scaled["heads"] == plain["heads"]
    assert scaled["words"]["weights"] != plain["words"]["weights"]
    fitted = model.Model(scaled)
    assert fitted.logits(["my", "order", "never", "arrived"])[0] > 0
    assert fitted.logits(["thanks", "lovely", "today"])[0] < 0


def test_fit_language__is_deterministic() -> None:
    texts, labels = generated(60)
    first = fit_language({"anger": HeadData(texts, labels)}, min_count=1)
    assert fit_language({"anger": HeadData(texts, labels)}, min_count=1) == first


def test_fit_language__word_classes_reach_words_never_seen_in_training() -> None:
    """English words carry their VADER valence class: an unseen negative word ("dreadful")
    reads as the trained negative words do, with no class key left in the saved file."""
    texts, labels = generated(120)
    heads = {"complaint": HeadData(texts, labels)}
    plain = model.Model(fit_language(heads, min_count=1))
    entry = fit_language(heads, min_count=1, language="en")
    classed = model.Model(entry)
    assert "dreadful" not in " ".join(texts)
    assert classed.logits(["dreadful"])[0] > plain.logits(["dreadful"])[0]
    assert classed.logits(["dreadful"])[0] > classed.logits(["splendid"])[0]
    saved = "\n".join(entry[kind]["keys"] for kind in ("words", "bigrams", "chars"))
    assert "\x02" not in saved


def test_fold_classes__the_saved_model_scores_as_the_fitted_one() -> None:
    texts, labels = generated(80)
    vocab = vocabulary(texts, min_count=1, language="en")
    x = design(texts, vocab, language="en")
    w, b = fit_logistic(x, np.asarray(labels, float), l2=1e-3)
    folded, table = fold_classes(vocab, w[:, None], word_classes("en"))
    saved = model.Model(pack(folded, table, ["complaint"], [b], {}))
    for text in texts[:10]:
        expected = x.take([texts.index(text)]).dot(w)[0] + b
        # within the rounding and pruning of tiny weights; each class weight is far larger
        assert saved.logits(model.tokens(text))[0] == pytest.approx(expected, abs=0.05)
    assert min(abs(w[i]) for k, i in vocab.items() if k[:1] == "\x02") > 0.1


def test_unpack__round_trips_the_weights() -> None:
    texts, labels = generated(60)
    entry = fit_language({"anger": HeadData(texts, labels)}, min_count=1)
    base = unpack(entry)
    assert base.bias == entry["bias"]
    assert base.table[base.keys.index("late"), 0] == pytest.approx(
        model.Model(entry).unigrams["late"][0]
    )
    assert len(base.keys) == len(base.table)


def test_refit__starts_from_the_base_and_keeps_unlabelled_heads() -> None:
    base = model.load(model.WEIGHTS / "en.json.gz")["languages"]["en"]
    text = "the grinder makes a squeaky noise"
    before = model.predict(text, "en").complaint
    examples = [{"text": text, "complaint": 1}] * 20 + [
        {"text": "the grinder is here", "complaint": 0}
    ] * 20
    entry, report = refit(examples, base=base)
    assert "complaint refit" in report
    assert set(entry["heads"]) == set(base["heads"])
    after = model.Model(entry)
    z = after.logits(model.tokens(text))[after.heads.index("complaint")]
    assert before is not None
    assert 1 / (1 + 2.718281828**-z) > before
    assert (
        entry["bias"][entry["heads"].index("anger")] == base["bias"][base["heads"].index("anger")]
    )


def test_refit__one_valued_labels_teach_nothing() -> None:
    with pytest.raises(ValueError, match="nothing to learn"):
        refit([{"text": "a", "complaint": 1}, {"text": "b", "complaint": 1}], base=None)


def labels_file(tmp_path: Path) -> Path:
    texts, labels = generated(80)
    path = tmp_path / "labels.csv"
    rows = ["text,language,complaint,needs_reply,sentiment,brand"]
    rows += [
        f"{t},en,{y},{y},{'negative' if y else 'positive'},Northwind"
        for t, y in zip(texts, labels, strict=True)
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_repmon_train__round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "team.json.gz"
    result = CliRunner().invoke(
        cli, ["train", str(labels_file(tmp_path)), "-o", str(out)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert "en: 80 examples" in result.output
    assert "REPMON_WEIGHTS" in result.output
    monkeypatch.setattr(model, "user_weights", lambda: out)
    model.reset()
    p = model.predict("my order never arrived, refund", "en")
    assert p.needs_reply is not None
    assert p.needs_reply > 0.5  # a head only the user's labels give
    assert p.anger is not None  # kept from the shipped model


def test_repmon_train__jsonl_and_bad_rows_are_named(tmp_path: Path) -> None:
    path = tmp_path / "labels.jsonl"
    lines = [{"text": "fine", "complaint": 0}, {"text": "", "complaint": 1}, {"text": "x", "complaint": "maybe"},
             {"text": "y", "sentiment": "angry"}, {"text": "z"}]  # fmt: skip
    path.write_text("\n".join(json.dumps(v) for v in lines) + "\nnot json\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        CliRunner().invoke(
            cli, ["train", str(path), "-o", str(tmp_path / "w.json.gz")], catch_exceptions=False
        )
    message = str(caught.value)
    assert "not valid JSON" in message
    assert ":6:" in message
    assert not (tmp_path / "w.json.gz").exists()


def test_read_labels__every_bad_row_is_reported(tmp_path: Path) -> None:
    from monitor.cli.train import read_labels

    path = tmp_path / "labels.csv"
    path.write_text(
        'text,language,complaint,sentiment\nok,en,1,\n,en,1,\n"a, b",en,maybe,\nc,en,,angry\nd,english,1,\ne,en,,\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        read_labels(path)
    message = str(caught.value)
    assert ":3: column 'text'" in message
    assert ":4: column 'complaint': expected 0 or 1, got 'maybe'" in message
    assert ":5: column 'sentiment'" in message
    assert ":6: column 'language'" in message
    assert ":7: no label" in message


def test_read_labels__csv_without_text_column(tmp_path: Path) -> None:
    from monitor.cli.train import read_labels

    path = tmp_path / "labels.csv"
    path.write_text("body,complaint\nhello,1\n", encoding="utf-8")
    with pytest.raises(InputError, match="no 'text' column"):
        read_labels(path)
