"""The self-check: each rule catches the draft a support lead would send back."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.config import Voice
from monitor.reading.types import Ask, AskKind, Labelled, Problem, ProblemKind, Reading
from reports.replies.check import Check, self_check

VOICE = Voice(signature="Aino, Northwind Coffee", dm_handle="@NorthwindHelp",
              support_email="help@northwind.example", can_refund=False)  # fmt: skip
POST = "@northwindcoffee my Mill 2 grinder stopped working after three weeks"
COMPLAINT = Reading(stance=Labelled("complaint"), speaker=Labelled("customer"),
                    problems=(Problem(ProblemKind.DEFECT, ("stopped working",)),))  # fmt: skip
PRAISE = Reading(stance=Labelled("praise"), speaker=Labelled("customer"))
GOOD = "@mia I'm sorry your Mill 2 grinder stopped working. Please DM @NorthwindHelp. ^Aino"


def check(draft: str, reading: Reading = COMPLAINT, *, text: str = POST, source: str = "x",
          channel: str = "public") -> Check:  # fmt: skip
    return self_check(draft, reading=reading, text=text, voice=VOICE, brand="Northwind Coffee",
                      source=source, channel=channel, author="mia")  # fmt: skip


def test_a_good_draft_passes() -> None:
    assert check(GOOD) == Check(True, ())
    assert check(GOOD).label == "ok"


def test_an_invented_order_number_is_caught() -> None:
    result = check(GOOD.replace("working.", "working (order #NW-55555)."))
    assert not result.ok
    assert "not in the post or the config: #NW-55555" in result.label
    assert result.label.startswith("needs a human edit: ")


def test_an_invented_product_or_amount_is_caught() -> None:
    assert not check(GOOD.replace("Mill 2", "Aurora")).ok
    assert not check(GOOD.replace("working.", "working; €40 comes back to you.")).ok


def test_sorry_but_is_caught() -> None:
    draft = "@mia I'm sorry, but grinders need cleaning. Please DM @NorthwindHelp."
    assert 'says "sorry, but"' in check(draft).problems


def test_blame_is_caught() -> None:
    draft = "@mia I'm sorry it broke; you should have descaled it. Please DM @NorthwindHelp."
    assert "blames the customer or someone else" in check(draft).problems


def test_a_missing_channel_is_caught() -> None:
    assert (
        "no offline channel named" in check("@mia I'm sorry your grinder stopped working.").problems
    )


def test_over_the_platform_length_is_caught() -> None:
    long = GOOD + " We'll fix it." * 20
    assert any("over the 280 x allows" in p for p in check(long).problems)
    assert check(long, source="mastodon").ok is (len(long) <= 500)
    assert check(long, source="reddit").ok  # no platform limit to hold it to


def test_tone_rules() -> None:
    thanked = "@mia Thanks so much! I'm sorry it stopped working. Please DM @NorthwindHelp."
    assert "thanks or praise in a reply to a complaint" in check(thanked).problems
    assert "no apology to a complaint" in check("@mia Please DM @NorthwindHelp.").problems
    sorry = "@mia Sorry to hear that! Please DM @NorthwindHelp."
    assert "an apology in a reply to praise" in check(sorry, PRAISE, text="Love it").problems
    rumour = Reading(stance=Labelled("rumour"), speaker=Labelled("customer"))
    admits = "@mia We got it wrong and that's ours to fix. Please DM @NorthwindHelp."
    assert (
        check(admits, rumour, text="heard they add chemicals")
        .problems[0]
        .startswith("an apology or admission")
    )


def test_promises_the_voice_does_not_allow_are_caught() -> None:
    draft = GOOD.replace("^Aino", "I'll refund you in full. ^Aino")
    assert "promises a refund the brand's voice does not allow" in check(draft).problems
    refused = Reading(stance=Labelled("complaint"), speaker=Labelled("customer"), asks=(
        Ask(AskKind.REFUND, (), refused=(AskKind.EXCHANGE,)),))  # fmt: skip
    swap = "@mia I'm sorry. I can send a replacement. Please DM @NorthwindHelp."
    assert "offers an exchange the customer said they do not want" in check(swap, refused).problems


def test_an_order_number_is_not_asked_for_an_app_bug() -> None:
    app = Reading(stance=Labelled("complaint"), speaker=Labelled("customer"),
                  problems=(Problem(ProblemKind.APP_BUG, ()),))  # fmt: skip
    draft = "@mia I'm sorry the app crashes. Please DM @NorthwindHelp with your order number."
    result = check(draft, app, text="the app crashes")
    assert "asks for an order number where the problem has none" in result.problems


def test_spam_gets_no_draft_and_placeholders_are_caught() -> None:
    spam = Reading(speaker=Labelled("spam"))
    assert check("", spam).ok
    assert check("@mia hi", spam).problems == ("a reply to spam",)
    assert "a placeholder is left in the draft" in check(GOOD + " [write the answer here]").problems


def test_the_follow_up_date_from_the_voice_counts_as_known() -> None:
    draft = "I'll check in with you on Saturday 28 November."
    offline = self_check(draft + " I'm sorry.", reading=COMPLAINT, text=POST, voice=VOICE,
                         brand="Northwind Coffee", source="x", channel="offline",
                         today=date(2026, 11, 21))  # fmt: skip
    assert offline.ok, offline


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=600), st.sampled_from(["x", "bluesky", "mastodon", "reddit"]))
def test_check_never_raises_and_always_explains_a_failure(draft: str, source: str) -> None:
    result = check(draft, source=source)
    assert result.ok is (not result.problems)
    assert result.label == (
        "ok" if result.ok else f"needs a human edit: {'; '.join(result.problems)}"
    )
