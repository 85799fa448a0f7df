"""Replies say back what the post says, in its own terms: how many fees, the app or the
website only when the post names one, the part that broke, the wait rather than the promise,
the voice's own text in the reply's language, and no guess where nothing was named."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from monitor.config import Voice
from monitor.reading.types import Ask, AskKind, Facts, Labelled, Problem, ProblemKind
from reports.replies.book import key_sentence
from reports.replies.en_restate import ref_label
from reports.replies.said import channel_of, fees_named, part_named, wait_of
from tests.reports.test_replies import APOLOGY, FULL, STRICT, assert_passes, both, reading, reply

K = ProblemKind


def test_counted_fees_are_said_back_with_their_count() -> None:
    text = "You charged me two redelivery fees this month. I was home both times. Want both back"
    ask = Ask(AskKind.FEE_BACK, ("want both back",))
    r = reply(text, reading("complaint", K.BILLING, asks=(ask,)), STRICT)
    assert "two redelivery fees" in (r.public or ""), r.public
    assert "two redelivery fees" in (r.offline or "")
    assert "a fee" not in both(r)
    assert_passes(r)


def test_a_website_fault_is_not_called_the_app_and_asks_for_the_browser() -> None:
    text = "Checkout on your website spins forever and then says payment failed."
    r = reply(text, reading("complaint", K.APP_BUG))
    assert "the website" in both(r)
    assert "app" not in both(r).replace("@", " ")
    assert "browser" in both(r)
    assert_passes(r)


def test_a_fault_with_no_channel_named_guesses_none() -> None:
    r = reply("Your checkout keeps rejecting my card.", reading("complaint", K.APP_BUG))
    assert "the app or the website" in (r.public or "")  # asked, not assumed
    assert "the app" not in both(r).replace("the app or the website", "")


def test_an_app_store_review_is_about_the_app() -> None:
    r = reply("Crashes every time I open it.", reading("complaint", K.APP_BUG), source="appstore")
    assert "the app keeps crashing" in (r.public or "")
    assert "phone model and app version" in both(r)


def test_the_part_that_broke_is_said_back_not_the_whole_product() -> None:
    text = "The lid on my Harbour travel mug cracked at the hinge. The mug itself is fine."
    r = reply(text, reading("complaint", K.DEFECT, facts=Facts(items=("Harbour travel mug",))))
    assert "the lid of your Harbour travel mug cracked" in (r.public or ""), r.public
    assert "your Harbour travel mug cracked" not in both(r).replace("lid of your", "")


def test_the_wait_is_quoted_not_the_promise_it_broke() -> None:
    text = (
        "Returned it on 2 October, told the refund would be back within 5 days. It's been 4 weeks."
    )
    r = reply(text, reading("complaint", K.REFUND_PENDING,
                            facts=Facts(durations=("5 days", "4 weeks"))))  # fmt: skip
    assert "4 weeks" in (r.public or "")
    assert "5 days" not in both(r)


def test_only_a_promise_means_no_wait_is_quoted() -> None:
    assert wait_of(("5 days",), "They promised the refund within 5 days.") is None
    assert wait_of(("3 weeks",), "I've been waiting 3 weeks") == "3 weeks"
    assert wait_of(("25 minutes",), "it takes 25 minutes to make one flat white") == "25 minutes"


def _finnish_repeat(voice: Voice) -> str:
    from tests.reports.test_replies import reply as en_reply

    r = en_reply("Tilaus tuli taas myöhässä, toinen kerta.", reading(
        "complaint", K.DELIVERY_LATE, K.DAMAGED, language="fi",
        facts=Facts(repeat=("toinen kerta",))), voice)  # fmt: skip
    notes = " ".join(r.check_notes)
    return f"{both(r)}\n{notes}"


def test_voice_text_is_quoted_in_the_replys_language() -> None:
    voice = FULL.model_copy(update={"translations": {"fi": {"goodwill": "ilmainen kahvipussi",
                                                             "escalation_contact": "Mikko"}}})  # fmt: skip
    voice = Voice.model_validate(voice.model_dump())
    out = _finnish_repeat(voice)
    assert "ilmainen kahvipussi" in out
    assert FULL.goodwill not in out  # type: ignore[operator]
    assert "voice.translations" not in out


def test_english_voice_text_in_a_finnish_draft_fails_the_self_check() -> None:
    out = _finnish_repeat(FULL)
    assert "a free bag of coffee" in out  # the fallback: the configured text, as it is
    assert "quoted in English in a 'fi' draft: add it under voice.translations.fi" in out


def test_a_place_named_in_the_post_is_not_asked_for_again() -> None:
    r = reply("The barista at Kallio was rude to me",
              reading("complaint", K.STAFF, facts=Facts(places=("Kallio",))))  # fmt: skip
    assert "the date of your visit" in (r.public or "")
    assert "which café" not in both(r)


def test_a_question_with_nothing_named_wrong_is_not_apologised_for() -> None:
    text = "heard you're going bust in december?? should i cancel my club now"
    r = reply(text, reading("complaint", K.OTHER))
    assert r.answered_as == "question"
    assert not APOLOGY.search(both(r)), both(r)
    assert any("a person must answer" in f for f in r.flags)


def test_a_late_order_that_came_broken_is_fixed_not_traced() -> None:
    text = "My beans arrived 9 days late and the bag was split open."
    r = reply(text, reading("complaint", K.DELIVERY_LATE, K.DAMAGED))
    assert "came late" in (r.public or "")
    assert "trace" not in both(r)


def test_a_subscription_that_would_not_cancel_is_not_said_to_have_charged() -> None:
    r = reply("There's no way to cancel the club in your app, the button just spins.",
              reading("complaint", K.SUBSCRIPTION))  # fmt: skip
    assert "couldn't cancel" in both(r)
    assert "charging" not in both(r)


def test_sarcasm_and_lone_insults_are_not_quoted_back() -> None:
    text = "love paying €5.40 for a lukewarm latte. truly premium 🙃"
    r = reply(text, reading("complaint", K.QUALITY, sarcasm=Labelled("yes", 0.8)))
    assert "“" not in (r.offline or ""), r.offline
    said = key_sentence("Horrible. Courier never came and the app says delivered. Useless.")
    assert said == "Courier never came and the app says delivered"
    assert key_sentence("Paid €5.40 for it. Cold.") == "Paid €5.40 for it"


def test_the_same_ask_read_twice_is_answered_once() -> None:
    fee = Ask(AskKind.FEE_BACK, ("ফি ফেরত",))
    refund = Ask(AskKind.REFUND, ("ফেরত চাই",))
    r = reply("পার্সেলি তিনবার রিডেলিভারি ফি কেটেছে। ফি ফেরত চাই।",
              reading("complaint", K.BILLING, language="bn", asks=(fee, refund)), STRICT)  # fmt: skip
    assert "রিফান্ড দিতে পারি না" not in (r.offline or ""), r.offline


def test_said_helpers_on_their_own() -> None:
    assert channel_of("the website checkout fails") == "website"
    assert channel_of("the app crashes") == "app"
    assert channel_of("checkout fails") is None
    assert channel_of("crashes", "googleplay") == "app"
    assert part_named("the jug cracked within a week") == "jug"
    assert part_named("my grinder stopped working") is None
    assert fees_named("I paid three redelivery fees") == "three redelivery fees"
    assert fees_named("a late fee") is None


@given(st.lists(st.sampled_from(["2 days", "3 weeks", "5 working days", "a month"]),
                max_size=3, unique=True), st.text(max_size=60))  # fmt: skip
def test_wait_of_only_ever_returns_a_duration_it_was_given(
    durations: list[str], noise: str
) -> None:
    text = f"{noise} " + " and ".join(f"within {d}" if i % 2 else f"for {d}"
                                      for i, d in enumerate(durations))  # fmt: skip
    found = wait_of(tuple(durations), text)
    assert found is None or found in durations


def test_a_leak_claim_is_not_answered_with_a_fact_about_selling_data() -> None:
    from reports.replies.topics import best_fact

    facts = Voice.model_validate(
        {
            "facts": [
                {"text": "Parcelly never sells customers' phone numbers", "topics": ["privacy"]}
            ]
        }
    ).facts
    assert best_fact("Is it true Parcelly sells our phone numbers?", facts) is not None
    assert best_fact("I heard all Parcelly customer data leaked. True?", facts) is None


def test_a_reaction_the_customer_had_is_said_back_not_doubted() -> None:
    text = "Told the barista I'm allergic to dairy, got cow's milk. Spent the night with hives."
    r = reply(text, reading("complaint", K.FOOD_SAFETY))
    assert "you had a reaction after" in (r.offline or "")
    assert "worried" not in both(r)


def test_a_finnish_public_reply_keeps_the_explicit_ask_when_space_runs_out() -> None:
    text = "Veloititte minulta kahdesti ja kolmeen sähköpostiin ei ole vastattu. Haluan esimiehen."
    ask = Ask(AskKind.ESCALATION, ("Haluan esimiehen",))
    r = reply(text, reading("complaint", K.BILLING, language="fi", asks=(ask,)))
    assert "soittaa sinulle" in (r.public or ""), r.public
    assert len(r.public or "") <= 280


def test_an_app_fault_is_said_in_the_customers_own_words() -> None:
    fault = Problem(K.APP_BUG, ("forgets my",))
    r = reply("The app forgets my card every single time, and I retype it.",
              reading("complaint", fault))  # fmt: skip
    assert "the app forgets your card every single time" in (r.public or ""), r.public


def test_a_subscription_that_took_no_money_promises_no_money_back() -> None:
    r = reply("I can't cancel my club subscription, the button does nothing.",
              reading("complaint", K.SUBSCRIPTION))  # fmt: skip
    assert "money is back" not in both(r)


def test_press_reporting_an_event_is_not_contradicted_with_a_fact() -> None:
    voice = Voice.model_validate({**FULL.model_dump(), "facts": [
        {"text": "the Tampere café passed its latest health inspection", "topics": ["hygiene"]}]})  # fmt: skip
    event = "The food safety authority closed the café kitchen after an inspection found hygiene failings."
    claim = "Former staff claim the café kitchen failed a hygiene inspection last year."
    closed = reply(event, reading("neutral", K.FOOD_SAFETY, speaker="press"), voice, source="rss")
    alleged = reply(claim, reading("neutral", K.FOOD_SAFETY, speaker="press"), voice, source="rss")
    assert "passed its latest health inspection" not in both(closed)
    assert "passed its latest health inspection" in (alleged.offline or "")


def test_every_time_a_fault_shows_is_not_a_repeat_complaint() -> None:
    text = "Tried three times tonight. Every time checkout spins and says payment failed."
    r = reply(text, reading("complaint", K.APP_BUG, facts=Facts(repeat=("Every time",))))
    assert "happened before" not in both(r)
    again = reply("My order is late again.",
                  reading("complaint", K.DELIVERY_LATE, facts=Facts(repeat=("again",))))  # fmt: skip
    assert "It has happened before" in (again.public or "")


_LABELS = ("ticket", "case", "reference", "ref", "order", "merchant", "seller", "account", "shop")


@given(
    label=st.sampled_from(_LABELS),
    joint=st.sampled_from([" ", " #", ": ", " no. ", " number ", " id #", "-"]),
    ref=st.from_regex(r"[A-Za-z]{0,3}-?[0-9]{2,8}", fullmatch=True),
    before=st.text(st.characters(exclude_categories=("Cs", "Nd")), max_size=30),
    after=st.text(st.characters(exclude_categories=("Cs", "Nd")), max_size=30),
)
def test_a_reference_is_told_by_the_word_written_before_it(
    label: str, joint: str, ref: str, before: str, after: str
) -> None:
    text = f"{before} {label.upper()}{joint}{ref} {after}"
    found = ref_label(text, ref)
    assert found is not None
    assert found[1] == ("#" if joint.endswith("#") else "")
    assert found[0] == label


def test_a_reference_with_no_word_before_it_has_no_label() -> None:
    assert ref_label("still waiting on 55012, twelve days now", "55012") is None
    assert ref_label("my order 55012 and case 77 are the same", "77") == ("case", "")
    assert ref_label("মার্চেন্ট আইডি M-31877 এর টাকা", "M-31877") == ("আইডি", "")
