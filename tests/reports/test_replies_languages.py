"""Finnish and Bengali replies follow the same rules as English, in their own language."""

from __future__ import annotations

from datetime import date

from monitor.config import Voice
from monitor.reading.types import (
    Ask,
    AskKind,
    Facts,
    ProblemKind,
)  # fmt: skip
from reports.case import Case
from reports.replies import Replies, compose
from reports.replies.legacy import labelled_reading

VOICE = Voice(signature="Rafi from Parcelly Care", dm_handle="@ParcellyCare",
              support_email="care@parcelly.example", escalation_contact="our support team lead",
              translations={"bn": {"escalation_contact": "আমাদের সাপোর্ট টিম লিড"}},
              facts=[{"text": "Parcelly never sells customers' addresses or phone numbers",
                      "topics": ["privacy"],
                      "translations": {"bn": "পার্সেলি কখনও গ্রাহকদের ঠিকানা বা ফোন নম্বর বিক্রি করে না"}}])  # fmt: skip


def reply(text: str, lang: str, stance: str, *problems: ProblemKind, **kw: object) -> Replies:
    reading = labelled_reading(stance, *problems, language=lang, **kw)
    case = Case(text=text, brand="Parcelly", source="x", complaint_type="other",  # type: ignore[arg-type]
                language=lang, author="rina", reading=reading)  # fmt: skip
    return compose(case, VOICE, today=date(2026, 11, 23))


def test_finnish_complaint_is_answered_in_finnish_with_the_same_rules() -> None:
    r = reply("Sovellus kaatuu aina kun avaan seurannan", "fi", "complaint", ProblemKind.APP_BUG)
    assert r.language == "fi"
    assert "pahoillani" in (r.public or "")
    assert "puhelimesi malli ja sovelluksen versio" in (r.public or "")
    assert "tilausnumero" not in f"{r.public}{r.offline}"  # no order for an app bug
    assert r.public_check is not None
    assert r.public_check.ok
    assert r.offline_check is not None
    assert r.offline_check.ok


def test_bengali_refund_the_voice_cannot_give_is_refused_honestly() -> None:
    ask = Ask(AskKind.REFUND, (), refused=(AskKind.EXCHANGE,))
    r = reply("আমার পার্সেল ভাঙা অবস্থায় এসেছে, আমি টাকা ফেরত চাই, বদল নয়", "bn", "complaint",
              ProblemKind.DAMAGED, asks=(ask,))  # fmt: skip
    assert r.language == "bn"
    assert "দুঃখিত" in (r.public or "")
    assert "আমি নিজে রিফান্ড দিতে পারি না" in (r.offline or "")
    assert "টাকা ফেরত দেব" not in (r.offline or "")
    assert r.offline_check is not None
    assert r.offline_check.ok, r.offline_check


def test_bengali_rumour_gets_the_translated_fact() -> None:
    r = reply("শুনেছি পার্সেলি নাকি গ্রাহকদের ফোন নম্বর বিক্রি করে। এটা কি সত্যি?", "bn", "rumour")
    assert "পার্সেলি কখনও গ্রাহকদের ঠিকানা বা ফোন নম্বর বিক্রি করে না" in (r.public or "")
    assert "দুঃখিত" not in (r.public or "")  # never an admission


def test_different_cases_get_different_offline_replies_in_each_language() -> None:
    for lang in ("fi", "bn"):
        cases = [
            reply("x", lang, "complaint", ProblemKind.DELIVERY_LATE),
            reply("x", lang, "complaint", ProblemKind.BILLING),
            reply("x", lang, "complaint", ProblemKind.STAFF),
            reply("x", lang, "complaint", ProblemKind.DELIVERY_LATE,
                  facts=Facts(references=("PCL-1234-5678",))),
        ]  # fmt: skip
        offline = [r.offline for r in cases]
        assert len(set(offline)) == len(offline), lang


def test_praise_in_finnish_is_thanked_without_an_apology() -> None:
    r = reply("Kuljettaja oli tosi ystävällinen, kiitos!", "fi", "praise")
    assert (r.public or "").startswith("@rina Kiitos!")
    assert "pahoillani" not in (r.public or "")
    assert r.offline is None
