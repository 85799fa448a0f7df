from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.errors import ConfigError
from monitor.lexicons import parse_lexicon
from monitor.models import ComplaintType
from monitor.scoring import DefaultScorer


@pytest.fixture(scope="module")
def scorer() -> DefaultScorer:
    return DefaultScorer()


def test_score__angry_delivery_complaint_is_flagged_with_its_reasons(scorer: DefaultScorer) -> None:
    s = scorer.score(
        "@acme my order still hasn't arrived after 3 weeks. Worst service EVER, I want a REFUND"
    )
    assert s.is_complaint
    assert s.scored
    assert s.language == "en"
    assert s.sentiment is not None
    assert s.sentiment < 0
    assert s.request == "refund"
    signals = s.signals()
    assert "complaint" in signals
    assert "complaint:delivery" in signals
    assert "anger" in signals
    assert s.needs_reply


def test_score__praise_is_not_a_complaint(scorer: DefaultScorer) -> None:
    s = scorer.score(
        "Thank you @acme, the new app is amazing and support was brilliant!", language="en"
    )
    assert not s.is_complaint
    assert s.complaint_type is ComplaintType.PRAISE
    assert s.needs_reply  # praise is thanked: it lands in the digest's praise section


def test_score__question_needs_a_reply_but_is_not_a_complaint(scorer: DefaultScorer) -> None:
    s = scorer.score("@acme do you ship to Canada?", language="en")
    assert not s.is_complaint
    assert s.complaint_type is ComplaintType.QUESTION
    assert s.needs_reply


def test_score__given_language_without_lexicon_is_unscored_not_neutral(
    scorer: DefaultScorer,
) -> None:
    s = scorer.score("Meine Bestellung ist nie angekommen, unverschämt!", language="de-DE")
    assert (s.scored, s.sentiment, s.language) == (False, None, "de")
    assert s.needs_reply
    assert s.signals()["unscored"]


def test_score__detected_other_language_is_unscored(scorer: DefaultScorer) -> None:
    s = scorer.score("Mi pedido todavía no ha llegado, es una vergüenza. ¿Dónde está mi paquete?")
    assert not s.scored
    assert s.sentiment is None
    assert s.language == "es"


def test_score__phrase_in_two_groups_counts_for_both(scorer: DefaultScorer) -> None:
    s = scorer.score("please cancel my subscription", language="en")
    signals = s.signals()
    assert s.request == "cancel"
    assert "threat" in signals


def test_lexicon__bad_pattern_raises_ConfigError_naming_the_entry() -> None:
    with pytest.raises(ConfigError, match=r"anger\.words\[1\]"):
        parse_lexicon('[anger]\nwords = ["ok", "(unclosed"]\n', language="xx", origin="xx.toml")


def test_lexicon__user_file_extends_groups() -> None:
    lexicon = parse_lexicon('[anger]\nwords = ["grr+"]\n', language="xx", origin="xx.toml")
    assert lexicon.scan("well GRRRR that is it") == {"anger.words": ["GRRRR"]}


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200), st.sampled_from([None, "en", "fi", "bn", "de", "und"]))
def test_score__any_text_gives_a_consistent_score(text: str, language: str | None) -> None:
    s = DefaultScorer().score(text, language=language)
    assert 0.0 <= s.anger <= 1.0
    assert (s.sentiment is None) == (not s.scored)
    if s.sentiment is not None:
        assert -1.0 <= s.sentiment <= 1.0
    if s.is_complaint:
        assert "complaint" in s.signals()
    if not s.scored:
        assert "unscored" in s.signals()
