"""Replies composed from the reading: the rules a support lead would hold them to."""

from __future__ import annotations

from datetime import date

import regex

from monitor.config import Voice
from monitor.reading.types import (
    Ask,
    AskKind,
    Facts,
    Flag,
    FlagKind,
    Labelled,
    ProblemKind,
    Reading,
)  # fmt: skip
from reports.case import Case, History
from reports.replies import Replies, compose
from reports.replies.legacy import labelled_reading

TODAY = date(2026, 11, 23)
FULL = Voice(
    signature="Aino, Northwind Coffee", support_email="help@northwind.example",
    dm_handle="@NorthwindHelp", can_refund=True, can_exchange=True,
    escalation_contact="our customer care lead, Mikko", follow_up_days=5,
    goodwill="a free bag of coffee", part_ways_with_abusive=True,
    facts=[
        {"text": "Northwind beans are tested by an independent lab every month",
         "translations": {"fi": "riippumaton laboratorio testaa pavut joka kuukausi"}},
        "every farm we buy beans from is audited for labour conditions, child labour included",
    ],
    faq=[{"question": "Where do you ship?", "answer": "We ship to Finland, Sweden and Norway"}],
)  # fmt: skip
STRICT = Voice(
    signature="Rafi from Parcelly Care", support_email="care@parcelly.example",
    dm_handle="@ParcellyCare", escalation_contact="our support team lead",
)  # fmt: skip
APOLOGY = regex.compile(r"\b(sorry|apologi[sz]e)\b|pahoillani|দুঃখিত", regex.I)
THANKS = regex.compile(r"\b(thank|thanks|lovely|glad|great)\b", regex.I)
ADMISSION = regex.compile(r"\b(sorry|our fault|ours to fix|we got it wrong|on us)\b", regex.I)


def reading(stance: str = "complaint", *problems: ProblemKind, **kw: object) -> Reading:
    return labelled_reading(stance, *problems, confidence=0.9, **kw)


def reply(text: str, r: Reading, voice: Voice = FULL, *, source: str = "x",
          history: History | None = None) -> Replies:  # fmt: skip
    case = Case(text=text, brand="Northwind Coffee", source=source, complaint_type="other",  # type: ignore[arg-type]
                language=r.language, author="mia_k", reading=r,
                history=history or History())  # fmt: skip
    return compose(case, voice, today=TODAY)


def both(r: Replies) -> str:
    return f"{r.public or ''}\n{r.offline or ''}"


def assert_passes(r: Replies) -> None:
    for check in (r.public_check, r.offline_check):
        assert check is None or check.ok, (check, both(r))


def test_sarcastic_complaint_is_never_thanked() -> None:
    text = "Great, another 3 weeks waiting for a parcel, love it"
    r = reply(text, reading("praise", ProblemKind.DELIVERY_LATE,
                            sarcasm=Labelled("yes", 0.8), facts=Facts(durations=("3 weeks",))))  # fmt: skip
    assert r.answered_as == "complaint"
    assert not THANKS.search(both(r)), both(r)
    assert APOLOGY.search(r.public or "")
    assert "3 weeks" in (r.public or "")
    assert_passes(r)


def test_five_star_praise_is_thanked_and_never_apologised_to() -> None:
    r = reply("Best coffee app ever, the Morning Blend is perfect",
              reading("praise", rating=5.0, facts=Facts(items=("Morning Blend",))),
              source="appstore")  # fmt: skip
    assert r.public is not None
    assert "Thank you for the five stars" in r.public
    assert "Morning Blend" in r.public
    assert not APOLOGY.search(r.public)
    assert r.offline is None
    assert_passes(r)


def _refund_not_swap() -> Reading:
    ask = Ask(AskKind.REFUND, ("I want a refund",), refused=(AskKind.EXCHANGE,))
    return reading("complaint", ProblemKind.DEFECT, asks=(ask,),
                   facts=Facts(items=("Aurora blender",), references=("#NW-31877",)))  # fmt: skip


def test_refund_not_swap_is_never_offered_a_swap() -> None:
    text = "Aurora blender jug cracked again. I don't want a swap, I want a refund. #NW-31877"
    r = reply(text, _refund_not_swap())
    assert not regex.search(r"(?<!not a )\b(replacement|swap|exchange)\b", both(r), regex.I)
    assert "I'll refund" in (r.offline or "")
    assert "order number" not in both(r)  # the post gave it
    assert_passes(r)


def test_refund_the_voice_cannot_give_is_refused_honestly() -> None:
    text = "Aurora blender jug cracked again. I don't want a swap, I want a refund."
    r = reply(text, _refund_not_swap(), STRICT)
    assert "I can't give refunds myself" in (r.offline or "")
    assert "our support team lead to review a refund" in (r.offline or "")
    assert "I'll refund" not in both(r)
    assert_passes(r)


def test_app_bug_asks_for_device_and_version_never_an_order_number() -> None:
    r = reply(
        "The app keeps crashing when I open my stamps", reading("complaint", ProblemKind.APP_BUG)
    )
    assert "phone model and app version" in (r.public or "")
    assert "order number" not in both(r)
    assert "the app keeps crashing" in (r.public or "")
    assert_passes(r)


def test_details_fit_the_problem() -> None:
    sub = reply(
        "My subscription renewed after I cancelled", reading("complaint", ProblemKind.SUBSCRIPTION)
    )
    assert "the email on your account" in (sub.public or "")
    cafe = reply(
        "The barista at your Kallio café was rude to me", reading("complaint", ProblemKind.STAFF)
    )
    assert "the date and which café it was" in (cafe.public or "")
    assert "our barista was rude to you" in (cafe.public or "")
    for r in (sub, cafe):
        assert "order number" not in both(r)
        assert_passes(r)


def test_rumour_with_a_fact_uses_it_and_never_admits() -> None:
    r = reply("I heard Northwind beans cause cancer, they add chemicals", reading("rumour"))
    assert "tested by an independent lab every month" in (r.public or "")
    assert not ADMISSION.search(both(r)), both(r)
    assert "isn't accurate" in (r.public or "")
    assert_passes(r)


def test_rumour_fact_is_matched_by_topic_not_by_shared_words() -> None:
    labour = reply("Apparently the beans are picked with child labour", reading("rumour"))
    assert "audited for labour conditions" in (labour.public or "")
    finnish = reply("Kuulin, että Northwindin kahvissa on syöpää aiheuttavia kemikaaleja",
                    reading("rumour", language="fi"))  # fmt: skip
    assert "riippumaton laboratorio testaa pavut" in (finnish.public or "")
    assert finnish.language == "fi"


def test_rumour_without_a_fact_is_for_a_person_and_never_admits() -> None:
    r = reply("Rumour is Northwind is going bankrupt next month", reading("rumour"))
    assert any("a person must answer this" in f for f in r.flags)
    assert not ADMISSION.search(both(r))
    assert "isn't accurate" not in (r.public or "")  # no denial without the facts


def test_spam_is_marked_for_reporting_with_no_reply() -> None:
    r = reply("Northwind giveaway! Claim your free grinder: northwind-prize.example",
              reading("neutral", speaker="spam"))  # fmt: skip
    assert r.public is None
    assert r.offline is None
    assert any("report it" in f for f in r.flags)


def test_press_gets_an_on_record_statement_not_thanks_for_bad_news() -> None:
    r = reply("Northwind pulls Aurora blender over overheating reports",
              reading("neutral", speaker="press"), source="rss")  # fmt: skip
    assert r.answered_as == "press"
    assert (r.public or "").startswith("Northwind Coffee has seen this report")
    assert not THANKS.search(r.public or "")
    assert not APOLOGY.search(r.public or "")
    assert any("press" in f for f in r.flags)


def test_calm_question_gets_the_faq_answer_or_a_person() -> None:
    known = reply("Do you ship to Norway?", reading("question"))
    assert "We ship to Finland, Sweden and Norway." in (known.public or "")
    assert not known.flags
    unknown = reply("Which beans work best in a moka pot?", reading("question"))
    assert any("a person must answer this" in f for f in unknown.flags)
    assert "[" not in (unknown.public or "")
    assert_passes(known)


def test_escalation_and_fee_back_are_honoured() -> None:
    asks = (Ask(AskKind.ESCALATION, ()), Ask(AskKind.FEE_BACK, ()))
    r = reply("I was charged a €5 fee for nothing and I want someone senior to call me",
              reading("complaint", ProblemKind.BILLING, asks=asks,
                      facts=Facts(amounts=("€5",))))  # fmt: skip
    assert "our customer care lead, Mikko, will call you" in (r.offline or "")
    assert "I'll refund the fee of €5" in (r.offline or "")
    assert "a number to call you on" in (r.offline or "")
    assert_passes(r)


def test_each_problem_of_a_multi_issue_post_is_answered() -> None:
    r = reply("Parcel arrived smashed and nobody answers my emails",
              reading("complaint", ProblemKind.DAMAGED, ProblemKind.NO_RESPONSE))  # fmt: skip
    assert "arrived smashed" in (r.offline or "")
    assert "Nobody got back to you" in (r.offline or "")
    assert "find your earlier messages" in (r.offline or "")
    assert_passes(r)


def test_goodwill_for_a_grievance_never_for_a_freebie() -> None:
    hurt = reply(
        "Mug arrived smashed, again",
        reading("complaint", ProblemKind.DAMAGED, facts=Facts(repeat=("again",))),
    )
    assert "a free bag of coffee" in (hurt.offline or "")
    free = reply(
        "Give me a free bag, I deserve it", reading("request", asks=(Ask(AskKind.FREE, ()),))
    )
    assert free.answered_as == "freebie"
    assert "a free bag of coffee" not in both(free)
    assert "can't send free products" in (free.public or "")


def test_repeat_complaint_is_answered_as_a_repeat() -> None:
    said = reply(
        "Second time my order is late",
        reading("complaint", ProblemKind.DELIVERY_LATE, facts=Facts(repeat=("second time",))),
    )
    assert "This is the second time, and that's on us." in (said.public or "")
    known = reply("My order is late", reading("complaint", ProblemKind.DELIVERY_LATE),
                  history=History(complaints=2))  # fmt: skip
    assert "It has happened before" in (known.public or "")


def test_serial_abusive_complainer_is_parted_with_politely() -> None:
    angry = reading("complaint", ProblemKind.QUALITY, angry=True)
    r = reply("Your coffee is garbage as always", angry, history=History(complaints=6, abusive=4))
    assert "I wish you all the best" in (r.offline or "")
    assert any("parting ways" in f for f in r.flags)
    assert_passes(r)


def test_sensitive_flags_need_a_human() -> None:
    flags = (Flag(FlagKind.HEALTH_SAFETY, ("allergic reaction",)),)
    r = reply(
        "My son had an allergic reaction",
        reading("complaint", ProblemKind.FOOD_SAFETY, flags=flags),
    )
    assert any("a human must review before sending" in f for f in r.flags)
    assert "a free bag" not in both(r)  # no voucher beside a health scare


def test_other_languages_get_english_flagged_for_translation() -> None:
    r = reply(
        "Commande #FR-12345 toujours pas arrivée",
        reading(
            "complaint",
            ProblemKind.DELIVERY_LATE,
            language="fr",
            facts=Facts(references=("#FR-12345",)),
        ),
    )
    assert r.language == "en"
    assert any("translate it" in f for f in r.flags)
    assert "#FR-12345" in (r.public or "")
