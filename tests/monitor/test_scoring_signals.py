from __future__ import annotations

from datetime import timedelta

import pytest

from monitor.models import ComplaintType
from monitor.scoring import DefaultScorer, Score, priority, vader


@pytest.fixture(scope="module")
def scorer() -> DefaultScorer:
    return DefaultScorer()


def signals(score: Score) -> set[str]:
    return {r.signal for r in score.reasons}


def test_vader_is_built_once() -> None:
    assert vader() is vader()
    assert DefaultScorer().analyzer is DefaultScorer().analyzer


def test_shouting_raises_anger(scorer: DefaultScorer) -> None:
    calm = scorer.score("where is my order, it was due monday", language="en")
    loud = scorer.score("WHERE IS MY ORDER, it was due monday", language="en")
    assert "shouting" in signals(loud)
    assert "shouting" not in signals(calm)
    assert loud.anger > calm.anger


def test_acronyms_are_not_shouting(scorer: DefaultScorer) -> None:
    assert "shouting" not in signals(scorer.score("UPS and DHL both deliver here", language="en"))


def test_repeated_exclamation_raises_anger(scorer: DefaultScorer) -> None:
    plain = scorer.score("my order is late.", language="en")
    bang = scorer.score("my order is late!!!", language="en")
    assert "exclaiming" in signals(bang)
    assert bang.anger > plain.anger


def test_anger_lexicon(scorer: DefaultScorer) -> None:
    result = scorer.score("You are useless clowns", language="en")
    assert {r.evidence.lower() for r in result.reasons if r.signal == "anger"} >= {
        "useless",
        "clowns",
    }
    assert result.is_complaint
    assert result.reading.decisions.answer_now  # insults put a complaint at the top


def test_threat_to_leave(scorer: DefaultScorer) -> None:
    result = scorer.score(
        "I'm cancelling my subscription and switching to another roaster", language="en"
    )
    assert "threat" in signals(result)
    assert result.request == "cancel"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Still waiting for order #4411, it's been three weeks", ComplaintType.DELIVERY),
        ("You charged me twice for the same order", ComplaintType.BILLING),
        ("The grinder stopped working after two days", ComplaintType.DEFECT),
        ("I want a refund for this, it's not what I ordered", ComplaintType.REFUND),
        ("The barista was rude and nobody answers the support chat", ComplaintType.SERVICE),
        (
            "Apparently they put sawdust in the beans, I heard it from a friend. Disgusting",
            ComplaintType.UNFOUNDED,
        ),
        ("I'm unhappy, I deserve a free month for this", ComplaintType.FREEBIE),
    ],
)
def test_complaint_types(scorer: DefaultScorer, text: str, kind: ComplaintType) -> None:
    result = scorer.score(text, language="en")
    if kind not in (ComplaintType.UNFOUNDED, ComplaintType.FREEBIE):  # may come without a grievance
        assert result.is_complaint, result
    assert result.complaint_type is kind
    assert result.needs_reply
    assert any(r.signal == f"complaint:{kind.value}" for r in result.reasons)


def test_manager_request(scorer: DefaultScorer) -> None:
    result = scorer.score("This is the third time. I want to speak to a manager.", language="en")
    assert result.request == "manager"


def test_question_needs_reply_but_is_not_a_complaint(scorer: DefaultScorer) -> None:
    result = scorer.score("Do you ship to Estonia?", language="en")
    assert not result.is_complaint
    assert result.complaint_type is ComplaintType.QUESTION
    assert result.needs_reply


def test_praise(scorer: DefaultScorer) -> None:
    result = scorer.score("Thank you for the lovely coffee, the barista was amazing", language="en")
    assert not result.is_complaint
    assert result.complaint_type is ComplaintType.PRAISE
    assert result.needs_reply  # praise is thanked


def test_happy_refund_is_not_a_complaint(scorer: DefaultScorer) -> None:
    result = scorer.score("Got my refund within a day, great service, thank you!", language="en")
    assert not result.is_complaint


def test_neutral_news(scorer: DefaultScorer) -> None:
    result = scorer.score("The company opens a new roastery in Tampere next spring.", language="en")
    assert not result.needs_reply
    assert result.complaint_type is ComplaintType.NONE


def test_language_without_lexicon_is_not_reported_neutral(scorer: DefaultScorer) -> None:
    result = scorer.score("Das ist eine Katastrophe, meine Bestellung fehlt", language="de")
    assert not result.scored
    assert result.sentiment is None
    assert result.needs_reply  # a human has to read it
    assert "unscored" in signals(result)


def test_every_flag_has_a_reason(scorer: DefaultScorer) -> None:
    result = scorer.score("WORST service EVER, still waiting for my refund!!!", language="en")
    assert result.is_complaint
    assert {"anger", "shouting", "exclaiming", "complaint:refund", "request:refund"} <= signals(
        result
    )


def test_priority__reach_and_freshness(scorer: DefaultScorer) -> None:
    angry = scorer.score("You are useless, still waiting for my refund!!!", language="en")
    small_fresh = priority(angry, reach=10, age=timedelta(hours=1))
    big_fresh = priority(angry, reach=100_000, age=timedelta(hours=1))
    big_old = priority(angry, reach=100_000, age=timedelta(days=4))
    assert big_fresh > small_fresh
    assert big_fresh > big_old > 0
    assert 0 <= big_fresh <= 100


def test_priority__no_reply_needed_is_zero(scorer: DefaultScorer) -> None:
    passing = scorer.score("Grabbing a coffee before the train.", language="en")
    assert not passing.needs_reply
    assert priority(passing, reach=1_000_000, age=timedelta(0)) == 0


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Is it true Parcelly sells your location data to advertisers?", ComplaintType.UNFOUNDED),
        (
            "Apparently Northwind beans are full of pesticides, everyone knows that",
            ComplaintType.UNFOUNDED,
        ),
        ("Send me a free bag and I'll post about you to my 50k followers", ComplaintType.FREEBIE),
    ],
)
def test_rumours_and_freebie_demands_need_a_reply_without_being_complaints(
    scorer: DefaultScorer, text: str, kind: ComplaintType
) -> None:
    result = scorer.score(text, language="en")
    assert result.complaint_type is kind
    assert result.needs_reply


@pytest.mark.parametrize(
    "text",
    [
        "Northwind's Forest Roast is the best coffee in town, we loved it",
        "The new app is it, finally tracking that works. Thank you!",
    ],
)
def test_question_words_mid_sentence_do_not_make_praise_a_question(
    scorer: DefaultScorer, text: str
) -> None:
    assert scorer.score(text, language="en").complaint_type is ComplaintType.PRAISE


@pytest.mark.parametrize(
    "text", ["@parcellyapp how do I change my address", "Thanks. Is it open on Sundays"]
)
def test_question_at_a_sentence_start_without_question_mark(
    scorer: DefaultScorer, text: str
) -> None:
    assert scorer.score(text, language="en").complaint_type is ComplaintType.QUESTION


def test_hearsay_makes_a_rumour(scorer: DefaultScorer) -> None:
    text = "I heard Northwind Coffee uses child labour beans. Disgusting if true."
    result = scorer.score(text, language="en")
    assert result.complaint_type is ComplaintType.UNFOUNDED
    assert result.needs_reply


@pytest.mark.parametrize(
    "text",
    [
        "follow for follow 🔁 coffee lovers unite #northwindcoffee #f4f #followback",
        "🚀 FREE 500 USDT GIVEAWAY 🚀 Northwind x CoinLabs!! Connect your wallet to claim",
        "Earn money online easy 5000$ per week no experience needed!! link in my profile",
    ],
)
def test_spam_needs_no_reply_and_is_not_praise(scorer: DefaultScorer, text: str) -> None:
    result = scorer.score(text, language="en")
    assert result.complaint_type is ComplaintType.SPAM  # listed to report, never answered
    assert not result.needs_reply
    assert "speaker:spam" in signals(result)


def test_a_complaint_about_a_giveaway_is_still_a_complaint(scorer: DefaultScorer) -> None:
    text = "I won your giveaway a month ago and the prize never arrived. Still waiting, useless!!"
    result = scorer.score(text, language="en")
    assert result.is_complaint
    assert "spam" not in signals(result)
