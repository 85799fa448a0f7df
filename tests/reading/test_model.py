"""The shipped models: they load, answer in range, deterministically, with readable reasons."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.errors import InputError
from monitor.reading import model, operating
from monitor.reading.model_features import bigrams, tokens

ANGRY = "@NorthwindHelp This is DISGUSTING. Third time my order is late and nobody answers. I am furious!!"
CALM = "@NorthwindHelp thanks so much, the blender arrived early and it works beautifully :)"
HEADS = ("anger", "complaint", "negative")


@pytest.fixture(autouse=True)
def shipped_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No user weights file from this machine leaks into the tests."""
    monkeypatch.setattr(model, "user_weights", lambda: None)
    model.reset()
    yield
    model.reset()


@pytest.mark.parametrize("language", sorted(model.SHIPPED))
def test_shipped_weights__load_for_every_language(language: str) -> None:
    found = model.model(language)
    assert found is not None
    assert {"anger", "negative", "positive"} <= set(found.heads)
    assert (model.WEIGHTS / f"{language}.json.gz").stat().st_size < 3_000_000


def test_predict__english_gives_every_head_in_range() -> None:
    p = model.predict(ANGRY, "en")
    for head in HEADS:
        value = getattr(p, head)
        assert value is not None
        assert 0.0 <= value <= 1.0
    assert p.sentiment is not None
    assert -1.0 <= p.sentiment <= 1.0


def test_predict__angry_complaint_outranks_thanks() -> None:
    angry, calm = model.predict(ANGRY, "en"), model.predict(CALM, "en")
    assert operating.angry(angry.anger)
    assert not operating.angry(calm.anger)
    assert operating.complaint(angry.complaint)
    assert not operating.complaint(calm.complaint)
    assert angry.sentiment is not None
    assert calm.sentiment is not None
    assert angry.sentiment < 0 < calm.sentiment


@pytest.mark.parametrize(
    ("text", "language"),
    [("Olen todella vihainen, tämä on ihan paskaa palvelua!", "fi"),
     ("এটা খুবই বাজে সার্ভিস, আমি খুব রেগে আছি", "bn")],
)  # fmt: skip
def test_predict__finnish_and_bengali_have_anger_and_no_complaint_model(
    text: str, language: str
) -> None:
    p = model.predict(text, language)
    assert p.anger is not None
    assert 0.0 <= p.anger <= 1.0
    assert p.complaint is None  # no labelled complaints in these languages


def test_predict__language_without_a_model_gives_none() -> None:
    p = model.predict("Das ist eine Katastrophe", "de")
    assert (p.anger, p.complaint, p.negative, p.sentiment) == (None, None, None, None)
    assert p.because == {}


def test_predict__same_text_same_answer_and_cache_does_not_change_it() -> None:
    first = model.predict(ANGRY, "en")
    model.reset()
    assert model.predict(ANGRY, "en") == first
    assert model.predict(ANGRY, "en") == first


def test_because__names_words_from_the_text() -> None:
    p = model.predict(ANGRY, "en")
    words = set(tokens(ANGRY))
    assert p.because["anger"]
    for pushed in p.because.values():
        for ngram in pushed:
            assert set(ngram.split(" ")) <= words


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["en", "fi", "bn"]))
def test_predict__any_text_stays_in_range(text: str, language: str) -> None:
    p = model.predict(text, language)
    for value in (p.anger, p.negative, p.complaint):
        assert value is None or 0.0 <= value <= 1.0
    assert p.sentiment is None or -1.0 <= p.sentiment <= 1.0


def test_user_weights__replace_the_languages_they_hold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = {"heads": ["anger"], "bias": [3.0], "cuts": {}, "unit": 10000,
             "words": {"keys": "calm", "weights": [-100000]},
             "bigrams": {"keys": "", "weights": []}, "chars": {"keys": "", "weights": []}}  # fmt: skip
    path = tmp_path / "team.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        json.dump({"format": 1, "languages": {"en": entry}}, f)
    monkeypatch.setattr(model, "user_weights", lambda: path)
    model.reset()
    assert model.predict("so angry", "en").anger == pytest.approx(0.9526, abs=1e-3)
    assert model.predict("calm", "en").anger < 0.5  # type: ignore[operator]
    assert model.predict("calm", "en").complaint is None  # the user file replaced English
    assert model.predict("vihainen", "fi").anger is not None  # Finnish is still shipped


def test_user_weights__unreadable_file_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "broken.json.gz"
    path.write_text("not gzip")
    monkeypatch.setattr(model, "user_weights", lambda: path)
    model.reset()
    with pytest.raises(InputError, match=r"broken\.json\.gz"):
        model.predict("hello", "en")


def test_config_alert_threshold_default_is_the_operating_point() -> None:
    from monitor.config import AlertSettings

    assert AlertSettings().anger_threshold == operating.ANGER


def test_bigrams__negation_scope_ends_at_punctuation_and_but() -> None:
    """Words after a negation get a scope key, up to the next punctuation or "but"."""
    keys = bigrams(tokens("Not happy with the refund, but the staff were kind. Don't cancel"))
    scoped = [k for k in keys if k.startswith("¬ ")]
    assert scoped == ["¬ happy", "¬ with", "¬ the", "¬ refund", "¬ cancel"]
    assert "not happy" in keys  # the word pairs are still there


def test_predict__negated_praise_reads_less_positive_than_praise() -> None:
    plain = model.predict("The support team was helpful and the refund arrived", "en")
    negated = model.predict("The support team was not helpful and the refund never arrived", "en")
    assert plain.sentiment is not None
    assert negated.sentiment is not None
    assert negated.sentiment < plain.sentiment
    assert (negated.complaint or 0.0) > (plain.complaint or 0.0)
