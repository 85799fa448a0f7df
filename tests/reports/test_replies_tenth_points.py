"""A post heard as written, class by class from blind rounds 268 onwards. Each worded
afresh, so that a fix fitting one sentence fails it; each fails on the code before this stop
(3ba77a7)."""

from __future__ import annotations

from monitor.reading.read import read
from tests.reports.test_replies_heard import product
from tests.reports.test_replies_neighbours import kinds
from tests.reports.test_replies_third_points import _demo_voice


def _northwind(text: str, source: str = "x", rating: float | None = None) -> object:
    return product(text, _demo_voice("Northwind Coffee"), brand="Northwind Coffee",
                   source=source, rating=rating)  # fmt: skip


def _parcelly(text: str, source: str = "x", rating: float | None = None) -> object:
    return product(text, _demo_voice("Parcelly"), brand="Parcelly", source=source, rating=rating)


def _both(r: object) -> str:
    return f"{r.public or ''}\n{r.offline or ''}"  # type: ignore[attr-defined]


def test_someone_else_in_their_account_is_a_break_in_with_the_password_changed_first() -> None:
    r = _northwind("A stranger got into my Northwind account last night and bought two "
                   "grinders with my saved card. I did not buy them!")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "account" in kinds(r), kinds(r)
    text = _both(r)
    assert "someone else got into your account" in text, text
    assert "change your password" in (r.public or ""), r.public
    assert "lock your account" in (r.offline or ""), r.offline
    assert "can't get into your account" not in text, text
    assert "get you back in" not in text, text
    # nothing said about a break-in: a plain lock-out stays one
    r = _northwind("I'm locked out of my Northwind account, the reset email never comes")
    assert "change your password" not in _both(r), _both(r)


def test_orders_or_pickups_they_never_made_are_read_as_someone_else_in_the_account() -> None:
    r = _parcelly("@ParcellyCare there are 3 bookings on my profile that I never made, and "
                  "৳450 went from my bKash for them")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "account" in kinds(r), kinds(r)
    assert "made bookings in your name" in (r.public or ""), r.public
    assert "change your password" in (r.public or ""), r.public
    # an order that never came is no break-in
    assert "account" not in kinds(_northwind("The order I placed on Monday never came"))


def test_a_member_of_staff_who_keeps_contacting_them_is_kept_away_and_nothing_is_bargained() -> (
    None
):
    r = _parcelly("The courier who brought my parcel on Sunday keeps texting me asking if I'm "
                  "single. It's creepy, I don't feel safe ordering anymore.")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    offline = r.offline or ""
    assert "no further contact with you" in (r.public or ""), r.public
    assert "screenshots of the messages" in offline, offline
    assert "What would make this right" not in offline, offline
    # someone else in their family contacted: said of them
    r = _northwind("One of your baristas at Northwind Kamppi has been messaging my daughter "
                   "on Instagram since she ordered there. She is 16.")  # fmt: skip
    assert "no further contact with your daughter" in _both(r), _both(r)


def test_food_that_made_them_ill_asks_what_finds_the_cause_and_whether_others_were_ill() -> None:
    r = _northwind("My husband vomited all evening after the tuna sandwich from Northwind "
                   "Töölö today.")  # fmt: skip
    text = _both(r)
    assert "your husband was sick after the tuna sandwich" in text, text
    offline = r.offline or ""
    assert "when the symptoms started" in offline, offline
    assert "anyone else" in offline, offline
    assert "when the symptoms started" not in (r.public or ""), r.public
    # someone else ill too, told after a comma: said once, not glued to what they ate
    r = _northwind("Got food poisoning from the quiche at Northwind Kallio on Saturday, my "
                   "flatmate as well.")  # fmt: skip
    text = _both(r)
    assert "flatmate as well" not in text, text
    assert ", your flatmate" not in text, text
    # an allergic reaction's cause is known: no such questions
    r = _northwind("My son had an allergic reaction to the cookie at Northwind Kamppi, it "
                   "had nuts in it though the label said nut-free")  # fmt: skip
    assert "when the symptoms started" not in (r.offline or ""), r.offline


def test_a_friend_passed_over_for_what_she_wears_is_a_first_hand_report_not_a_rumour() -> None:
    r = _northwind("The cashier at Northwind Töölö wouldn't serve my friend because she wears "
                   "a turban, then served the couple behind us straight away.")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "wouldn't serve your friend" in (r.public or ""), r.public
    r = _northwind("Staff at Northwind Kamppi ignored my sister in a wheelchair at the till for "
                   "15 minutes and served everyone who came after her.")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "no_response" not in kinds(r), kinds(r)
    assert "ignored your sister in a wheelchair" in (r.public or ""), r.public
    # unanswered messages are still no response
    assert "no_response" in kinds(_northwind("You ignored my emails about the broken grinder"))


def test_finnish_ordinal_weeks_of_waiting_are_a_late_order_said_with_the_week() -> None:
    r = _northwind("Kiitos vaan Northwind, neljäs viikko odotusta tilaukselle. Mahtavaa 👏")
    assert r.answered_as == "complaint", r.answered_as
    assert "delivery_late" in kinds(r), kinds(r)
    assert "olet odottanut jo neljättä viikkoa" in (r.public or ""), r.public
    assert "Kiitos!" not in (r.public or ""), r.public


def test_a_finnish_item_in_an_inflected_case_is_not_pasted_inside_our_sentence() -> None:
    r = _northwind("Toista viikkoa odotan Kenia-pusseja, eikä mitään kuulu. Tilasin ne "
                   "verkkokaupasta.")  # fmt: skip
    assert "(Kenia-pusseja)" not in _both(r), _both(r)
    assert "delivery_late" in kinds(r), kinds(r)
    assert read("kolmatta viikkoa odotan pakettia").facts.durations == ("kolmatta viikkoa",)
