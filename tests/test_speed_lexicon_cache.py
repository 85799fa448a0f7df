"""A lexicon's tables are worked out once and kept; a changed file is read afresh."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

import monitor.lexicons as lexicons
from monitor.errors import ConfigError
from monitor.lexicons import parse_lexicon, stored

RAW = '[anger]\nwords = ["furious", "fed up( with)?"]\n[request]\nrefund = ["refund"]\n'
TEXT = "Fed up with this, I want a refund, furious"


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(stored.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records every time a lexicon file is really read (not taken from the cache)."""
    calls: list[str] = []
    real = lexicons._parse

    def counted(raw: str, *, origin: str) -> tuple[dict[str, list[str]], dict[str, float]]:
        calls.append(origin)
        return real(raw, origin=origin)

    monkeypatch.setattr(lexicons, "_parse", counted)
    return calls


def test_cache__second_read_is_taken_from_the_cache_and_scans_the_same(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _parses(monkeypatch)
    first = parse_lexicon(RAW, language="xx", origin="xx.toml")
    second = parse_lexicon(RAW, language="xx", origin="xx.toml")
    assert calls == ["xx.toml"]
    assert len(list((cache / "lexicons").glob("xx-*.json"))) == 1
    assert second.scan(TEXT) == first.scan(TEXT)
    assert second.scan(TEXT) == {"anger.words": ["Fed up with", "furious"],
                                 "request.refund": ["refund"]}  # fmt: skip


def test_cache__a_changed_lexicon_file_is_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _parses(monkeypatch)
    parse_lexicon(RAW, language="xx", origin="xx.toml")
    changed = parse_lexicon(RAW.replace('"refund"', '"money back"'), language="xx",
                            origin="xx.toml")  # fmt: skip
    assert calls == ["xx.toml", "xx.toml"]
    assert changed.scan("I want my money back, not a refund") == {"request.refund": ["money back"]}


def test_cache__a_bad_pattern_is_refused_every_time_and_never_cached(cache: Path) -> None:
    for _ in range(2):
        with pytest.raises(ConfigError, match=r"xx.toml: anger.words\[1\]"):
            parse_lexicon('[anger]\nwords = ["ok", "(unclosed"]\n', language="xx",
                          origin="xx.toml")  # fmt: skip
    assert not list(cache.glob("**/*.json"))


def test_cache__a_damaged_entry_is_ignored_and_rewritten(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parse_lexicon(RAW, language="xx", origin="xx.toml")
    [entry] = (cache / "lexicons").glob("xx-*.json")
    entry.write_text('{"format": "lexicon-tables-1", "key": ', encoding="utf-8")
    calls = _parses(monkeypatch)
    again = parse_lexicon(RAW, language="xx", origin="xx.toml")
    assert calls == ["xx.toml"]
    assert again.scan(TEXT)["request.refund"] == ["refund"]
    assert entry.read_text(encoding="utf-8").startswith('{"format"')


def test_cache__an_unwritable_folder_costs_time_not_the_lexicon(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "file").write_text("in the way", encoding="utf-8")
    monkeypatch.setenv(stored.CACHE_ENV, str(tmp_path / "file"))
    assert parse_lexicon(RAW, language="xx", origin="xx.toml").scan("refund") == {
        "request.refund": ["refund"]
    }


def test_cache__shipped_lexicons_from_the_cache_equal_fresh_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = _parses(monkeypatch)
    texts = ["Is it true they sell your data? Fed up, want a refund!!",
             "Tilaus ei ole tullut, olen tosi vihainen", "আমার অর্ডার এখনো আসেনি, খুব রাগ হচ্ছে"]  # fmt: skip
    for code in ("en", "fi", "bn"):
        raw = resources.files("monitor.lexicons").joinpath(f"{code}.toml").read_text("utf-8")
        fresh = parse_lexicon(raw, language=code, origin=code)
        kept = parse_lexicon(raw, language=code, origin=code)
        assert kept.groups == fresh.groups
        assert kept.weights == fresh.weights
        assert [kept.scan(t) for t in texts] == [fresh.scan(t) for t in texts]
    assert calls == ["en", "fi", "bn"]


def test_language_model__unpacked_copy_classifies_as_the_packed_model(cache: Path) -> None:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    from monitor.language import _unpacked

    texts = ["Tilaus ei ole tullut, olen tosi vihainen", "hello there my friend", "ok"]
    packed = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    first = _unpacked(LanguageIdentifier, MODEL_DIR / MODEL_FILE)
    [copy] = (cache / "langid").glob("model-*.npz")
    made = copy.stat().st_mtime_ns
    again = _unpacked(LanguageIdentifier, MODEL_DIR / MODEL_FILE)  # from the kept copy
    assert [p.stat().st_mtime_ns for p in (cache / "langid").iterdir()] == [made]
    for text in texts:
        assert first.classify(text) == packed.classify(text) == again.classify(text)
