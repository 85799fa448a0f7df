"""The reading of one mention, scenario by scenario: who speaks, what went wrong, what they
ask, what they refuse, the facts in their own words, the flags, and the decisions."""

from __future__ import annotations

import pytest

from monitor.reading.read import read
from monitor.reading.types import AskKind, FlagKind, ProblemKind, Reading

NW, PC = "Northwind Coffee", "Parcelly"


def kinds(r: Reading) -> set[ProblemKind]:
    return {p.kind for p in r.problems}


@pytest.mark.parametrize(
    ("text", "kind", "not_kind"),
    [
        ("My Mill 2 grinder stopped grinding after a month, the motor just hums.", ProblemKind.DEFECT, ProblemKind.DELIVERY_MISSING),
        ("The ceramic cups arrived smashed, two of them in pieces.", ProblemKind.DAMAGED, ProblemKind.DELIVERY_LATE),
        ("Cancelled my subscription in May and you still billed me for June. Refund it please.", ProblemKind.SUBSCRIPTION, ProblemKind.DELIVERY_LATE),
        ("The barista rolled her eyes at me and was rude the whole time.", ProblemKind.STAFF, ProblemKind.OTHER),
        ("There was a hair in my cinnamon roll this morning.", ProblemKind.FOOD_SAFETY, ProblemKind.QUALITY),
        ("You charged me three times for one order!", ProblemKind.BILLING, ProblemKind.DELIVERY_LATE),
    ],
)  # fmt: skip
def test_read__names_the_problem_the_post_describes(
    text: str, kind: ProblemKind, not_kind: ProblemKind
) -> None:
    r = read(text, source="x", brand=NW)
    assert kind in kinds(r), r.problems
    assert not_kind not in kinds(r)
    assert r.decisions.complaint


def test_read__several_problems_in_one_post_are_all_kept() -> None:
    r = read(
        "Three things: the beans arrived a week late, the bag was torn open, and I was "
        "charged twice for shipping.", source="x", brand=NW,
    )  # fmt: skip
    assert kinds(r) >= {ProblemKind.DELIVERY_LATE, ProblemKind.DAMAGED, ProblemKind.BILLING}


def test_read__refund_not_a_swap_is_a_refund_with_the_exchange_refused() -> None:
    r = read("I don't want a swap, I want a refund for this kettle.", source="x", brand=NW)
    [ask] = r.asks
    assert ask.kind is AskKind.REFUND
    assert ask.refused == (AskKind.EXCHANGE,)
    assert "want a refund" in ask.because


def test_read__someone_senior_to_call_is_an_escalation() -> None:
    r = read("Nobody answers my emails. I want someone senior to call me today.", brand=PC)
    assert r.asked(AskKind.ESCALATION)
    assert not r.asked(AskKind.CALLBACK)


def test_read__a_fee_back_is_not_a_whole_refund() -> None:
    r = read("You added a €5 late fee I never agreed to. Please refund the fee.", brand=PC)
    assert r.asked(AskKind.FEE_BACK)
    assert not r.asked(AskKind.REFUND)


def test_read__replacement_part_rather_than_a_new_item() -> None:
    r = read("The hinge on my mug lid snapped. Can you send a replacement lid?", brand=NW)
    assert r.asked(AskKind.REPLACEMENT_PART)
    assert not r.asked(AskKind.EXCHANGE)


def test_read__facts_keep_names_whole_and_the_phone_is_a_device() -> None:
    r = read(
        "My Aurora blender (order NW-55810, €89.90) died after 3 weeks. Emailed twice, "
        "four calls, nothing. Writing from my iPhone 15.", source="x", brand=NW,
    )  # fmt: skip
    assert "Aurora blender" in r.facts.items
    assert not any(i.casefold() == "blend" or "iphone" in i.casefold() for i in r.facts.items)
    assert "iPhone 15" in r.facts.device
    assert "NW-55810" in r.facts.references
    assert "€89.90" in r.facts.amounts
    assert "3 weeks" in r.facts.durations
    assert "four calls" in r.facts.channels_tried


def test_read__repeat_words_are_kept() -> None:
    r = read("Second time this month my parcel is late. Again!", brand=PC)
    assert r.facts.repeat


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("My daughter had an allergic reaction to your hazelnut syrup.", FlagKind.HEALTH_SAFETY),
        ("My lawyer will be in touch about this.", FlagKind.LEGAL),
        ("No refund by Monday and I'm filing a chargeback.", FlagKind.REGULATOR),
        ("They refused to serve us because we're Muslim. That is discrimination.", FlagKind.DISCRIMINATION),
        ("Is it true your farms use child labour?", FlagKind.LABOUR_ETHICS),
        ("Pay me €300 or I post the video of your kitchen.", FlagKind.EXTORTION),
    ],
)  # fmt: skip
def test_read__sensitive_flags_go_to_answer_now(text: str, flag: FlagKind) -> None:
    r = read(text, source="x", brand=NW)
    assert r.flagged(flag), r.flags
    assert r.decisions.answer_now


def test_read__sarcasm_is_a_complaint_not_praise() -> None:
    r = read("great, another 3 weeks waiting for a parcel from Parcelly, love it", brand=PC)
    assert r.is_sarcastic
    assert r.stance.value == "complaint"
    assert r.sentiment is not None
    assert r.sentiment < 0


def test_read__praise_with_a_but_is_mixed_not_sarcasm() -> None:
    r = read("Love the beans, but the new bags don't reseal at all.", brand=NW)
    assert not r.is_sarcastic
    assert r.stance.value == "mixed"


@pytest.mark.parametrize(("stars", "stance"), [(1, "complaint"), (2, "complaint"), (5, "praise")])
def test_read__app_store_stars_are_a_signal(stars: int, stance: str) -> None:
    r = read("Updated yesterday.", source="appstore", rating=stars, brand=PC)
    assert r.rating == stars
    assert r.stance.value == stance


def test_read__one_star_horrible_review_is_answer_now() -> None:
    r = read("Horrible. Says delivered, nothing came.", source="googleplay", rating=1, brand=PC)
    assert r.decisions.answer_now


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        ("Parcelly has raised $12M in a Series A round led by Frontier Ventures.", "rss", "press"),
        ("Are your webhook retries idempotent? We saw duplicates.", "hackernews", "community"),
        ("Your Parcelly parcel is on hold. Pay the customs fee now at parcelly-pay.example", "x", "spam"),
        ("Tired of Parcelly's delays? Switch to us and get a month free.", "x", "competitor"),
    ],
)  # fmt: skip
def test_read__who_is_speaking(text: str, source: str, speaker: str) -> None:
    assert read(text, source=source, brand=PC).speaker.value == speaker


def test_read__spam_needs_no_reply_and_raises_no_flag() -> None:
    r = read("Congratulations! Verify your card details at parcelly-prize.example", brand=PC)
    assert r.speaker.value == "spam"
    assert not r.decisions.needs_reply
    assert r.flags == ()


def test_read__rumour_and_question_need_a_reply_but_are_not_complaints() -> None:
    rumour = read("Apparently Parcelly sells customer addresses. Anyone know?", brand=PC)
    question = read("Do you deliver to Sylhet on Fridays?", brand=PC)
    assert rumour.stance.value == "rumour"
    assert question.stance.value == "question"
    for r in (rumour, question):
        assert r.decisions.needs_reply
        assert not r.decisions.complaint


def test_read__finnish_gets_the_same_reading() -> None:
    r = read("En halua vaihtoa, haluan rahani takaisin. Mylly hajosi viikossa.", language="fi")
    assert r.scored
    assert r.asked(AskKind.REFUND)
    assert r.asks[0].refused == (AskKind.EXCHANGE,)
    assert ProblemKind.DEFECT in kinds(r)


def test_read__bengali_gets_the_same_reading() -> None:
    r = read("আমার থেকে দুইবার টাকা কেটে নিয়েছে। টাকা ফেরত চাই।", brand=PC)
    assert r.language == "bn"
    assert ProblemKind.BILLING in kinds(r)
    assert r.asked(AskKind.REFUND)


def test_read__other_languages_need_a_human_read_not_neutral() -> None:
    r = read("Mein Paket ist seit zwei Wochen verschwunden und niemand antwortet.", brand=PC)
    assert not r.scored
    assert r.sentiment is None
    assert r.decisions.needs_reply
    assert "human read" in " ".join(r.stance.because)


def test_read__every_element_keeps_its_words_and_a_confidence() -> None:
    r = read("Parcelly LOST my laptop and nobody answers. Disgrace. Chargeback next.", brand=PC)
    for element in (*r.problems, *r.flags):
        assert element.because
        assert 0 < element.confidence <= 1
    assert r.signals["anger"]


def test_read__an_injury_is_not_a_broken_product() -> None:
    hurt = read("Tripped over a loose cable at your Helsinki café and broke my ankle.", source="x")
    assert hurt.flagged(FlagKind.HEALTH_SAFETY)
    assert [p.kind for p in hurt.problems] == [ProblemKind.OTHER]
    broken = read("My new grinder broke after two days.", source="x")
    assert [p.kind for p in broken.problems] == [ProblemKind.DEFECT]
