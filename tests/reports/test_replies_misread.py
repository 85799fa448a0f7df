"""Posts whose main point sits one step from a stock case: money held back at the door until
paid, a tracking page that was wrong about a parcel that had come, a one-time code asked again
at every launch. Each worded afresh, so that a fix fitting one sentence fails it."""

from __future__ import annotations

from tests.reports.test_replies import STRICT, THANKS
from tests.reports.test_replies_heard import product
from tests.reports.test_replies_neighbours import kinds, voice_with

RIDER_RULE = voice_with(STRICT, facts=[
    {"text": "Riders may never ask for tips or extra cash: you pay only the price in the app",
     "topics": ["tips"],
     "translations": {"bn": "রাইডাররা কখনও বখশিশ বা বাড়তি টাকা চাইতে পারেন না"}},
])  # fmt: skip


def test_a_parcel_held_back_until_extra_cash_was_paid_is_a_complaint_that_gets_the_rule() -> None:
    r = product("The Parcelly guy kept my box at the door until I paid 150 tk extra, 'fuel "
                "cost' he said. App price was 90. Is that even allowed?", RIDER_RULE,
                brand="Parcelly")  # fmt: skip
    public = r.public or ""
    assert r.reading.stance.value == "complaint"
    assert not THANKS.search(public), public
    assert "Riders may never ask for tips or extra cash" in public, public
    assert "150 tk" in public, public


def test_a_bengali_is_this_right_after_extra_cash_gets_the_rule_in_public() -> None:
    r = product("পার্সেলি রাইডার বাসায় এসে ৪০ টাকা বেশি নিলো, বললো তেলের দাম বাড়ছে। অ্যাপে "
                "দেখাচ্ছিলো ৭০। এটা কি ঠিক?", RIDER_RULE, brand="Parcelly")  # fmt: skip
    assert "রাইডাররা কখনও বখশিশ" in (r.public or ""), r.public


def test_a_tracking_page_wrong_about_a_parcel_that_had_come_is_no_late_parcel() -> None:
    r = product("Got my parcel on Monday, fine, but the Parcelly tracking said my parcel was "
                "waiting at the Chattogram depot when it had already been delivered to me. "
                "Sort out your tracking", STRICT, brand="Parcelly")  # fmt: skip
    assert "delivery_late" not in kinds(r)
    assert "app_bug" in kinds(r)
    public = r.public or ""
    assert "hasn't reached you" not in public, public
    assert "trace" not in public, public
    assert "when it had already been delivered to you" in public, public


def test_a_code_asked_again_at_every_launch_is_the_logout_not_a_code_that_never_comes() -> None:
    r = product("App signs me out whenever I switch to it. OTP again, again. Pixel 7. Sort it",
                STRICT, source="googleplay", brand="Parcelly", rating=1)  # fmt: skip
    both_drafts = f"{r.public} {r.offline}"
    assert "never arrives" not in both_drafts, both_drafts
    assert "happened before" not in both_drafts, both_drafts
    assert "account" not in kinds(r)
    # a code said not to come is still heard as such
    missing = product("Parcelly OTP never comes to my number, can't log in", STRICT,
                      brand="Parcelly")  # fmt: skip
    assert "account" in kinds(missing)
    # "OTP not working" is the code, not a broken product
    code = product("OTP not working for 2 days @ParcellyCare", STRICT, brand="Parcelly")
    assert "defect" not in kinds(code)


def test_a_price_rise_given_as_the_riders_excuse_is_not_the_complaint() -> None:
    r = product("Parcelly rider took 30tk more at my gate, claimed prices went up this week. "
                "Is this allowed?", RIDER_RULE, brand="Parcelly")  # fmt: skip
    assert "price" not in kinds(r)
    assert "billing" in kinds(r)
    assert "took 30tk extra" in (r.public or ""), r.public
    # a rise that is the dispute stays the price
    rise = product("COD charge went from 40 to 70 tk this month, I want last month's extra "
                   "back @ParcellyCare", STRICT, brand="Parcelly")  # fmt: skip
    assert "price" in kinds(rise)
