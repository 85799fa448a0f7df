"""A post heard as written, class by class from blind rounds 194 on: a merchant's payout that
was due on a day now past, a café out of what they came for, a charge taken after a
cancellation, a refund asked for in the imperative or by where the money should go, a thread
choosing between couriers, a three-letter verb ("pay" out) meeting the FAQ's "payouts", an
API someone hopes a brand will "open". Each worded afresh, so that a fix fitting one sentence
fails it."""

from __future__ import annotations

from tests.reports.test_replies import FULL, STRICT, THANKS, both
from tests.reports.test_replies_heard import product
from tests.reports.test_replies_neighbours import kinds, voice_with
from tests.reports.test_replies_third_points import _demo_voice


def test_a_payout_due_on_a_day_now_past_is_a_late_payout_not_a_question() -> None:
    r = product("@ParcellyCare the settlement for last week's 31 COD orders (৳42,800) was due on "
                "Sunday and it's Wednesday. How long do I wait??", STRICT, brand="Parcelly")  # fmt: skip
    assert kinds(r) == {"payout"}, kinds(r)
    assert r.answered_as == "complaint", r.answered_as
    assert "sorry" in (r.public or ""), r.public
    # a calm question about when a payout falls due is still a question
    calm = product("@ParcellyCare when is a COD payout due if the parcel was delivered on "
                   "Tuesday?", STRICT, brand="Parcelly")  # fmt: skip
    assert "payout" not in kinds(calm), kinds(calm)


def test_a_cafe_out_of_what_they_came_for_is_said_and_goes_to_the_cafe() -> None:
    r = product("@NorthwindHelp Töölö ran out of soy milk before noon again. Every single "
                "Saturday.", FULL)  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    public = r.public or ""
    assert "no soy milk" in public, public
    assert "order number" not in both(r), both(r)
    assert "manager of that" in (r.offline or ""), r.offline
    buns = product("Northwind Kamppi sold out of cardamom buns by 9. Third week running.", FULL)
    assert "there were no cardamom buns" in (buns.public or ""), buns.public
    # their own kitchen running out is no failing of ours
    home = product("I ran out of beans at home so I went to Northwind Kallio, lovely flat white",
                   FULL)  # fmt: skip
    assert "quality" not in kinds(home), kinds(home)


def test_a_finnish_cafe_without_oat_milk_again_is_said_as_a_repeat_failure() -> None:
    r = product("Kiitos vaan Northwind, Kampissa ei taaskaan kauramaitoa, toista kertaa tällä "
                "viikolla 🙄", FULL)  # fmt: skip
    public = r.public or ""
    assert "kauramaito" in public, public
    assert "ottamaan yhteyttä" not in both(r), both(r)  # a second failure, not a second message
    assert "toinen kerta" in public, public
    assert not THANKS.search(public), public


def test_a_charge_taken_after_an_easy_cancellation_is_said_with_its_amount() -> None:
    r = product("So great that Northwind Club cancels with one tap and then bills you €24.90 "
                "anyway a week later 🙃", FULL)  # fmt: skip
    assert "billing" in kinds(r), kinds(r)
    public = r.public or ""
    assert "after you cancelled" in public, public
    assert "€24.90" in public, public
    assert "comes back to you" in both(r), both(r)


def test_a_refund_asked_for_in_the_imperative_or_by_where_it_should_go_is_an_ask() -> None:
    for text in (
        "@NorthwindHelp the Club box turned up a week late and the beans were stale. Refund "
        "the box, please.",
        "@NorthwindHelp my kettle's switch broke after a month and I don't want a new kettle. "
        "Refund it to my card.",
    ):
        r = product(text, FULL)
        assert "refund" in {a.kind.value for a in r.reading.asks}, (text, r.reading.asks)
        assert "money back" in both(r) or "refund" in (r.public or ""), both(r)
    waiting = product("@NorthwindHelp the refund to my Visa still hasn't shown up, it's been "
                      "two weeks", FULL)  # fmt: skip
    assert kinds(waiting) == {"refund_pending"}, kinds(waiting)


def test_a_thread_choosing_between_couriers_gets_the_payout_answer_and_no_verdict() -> None:
    r = product("r/bangladesh: deciding between Parcelly and Steadfast for my clothing page. "
                "How quickly do they pay out the COD money? Anyone used both?",
                _demo_voice("Parcelly"), source="reddit", brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert "two working days" in public, public
    assert "not neutral" in public, public
    assert "a person must answer" not in " ".join(r.flags), r.flags


def test_an_api_someone_hopes_a_brand_will_open_is_not_the_cafes_opening_hours() -> None:
    voice = voice_with(FULL, faq=[
        {"question": "When are your cafés open?",
         "answer": "Our cafés are open 7-19 on weekdays and 9-17 at weekends"},
        {"question": "Do you have a public API?",
         "answer": "We don't have a public API yet; if we open one, we'll announce it on our blog"},
    ])  # fmt: skip
    r = product("Love the Northwind subscription but managing it by hand is a pain. Any chance "
                "they open one, or is there a public API already?", voice,
                source="hackernews")  # fmt: skip
    public = r.public or ""
    assert "7-19" not in public, public
    assert "public API" in public, public
    sunday = product("Is the Northwind café in Kallio open on Sundays?", voice)
    assert "9-17" in (sunday.public or ""), sunday.public
