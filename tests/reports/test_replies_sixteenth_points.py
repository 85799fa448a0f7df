"""A post heard as written, class by class from blind rounds 330 onwards. Each worded afresh,
so that a fix fitting one sentence fails it; each fails on the code before this stop
(3803a00), but the guards named as such (they keep a neighbouring reading from moving)."""

from __future__ import annotations

from tests.reports.test_replies_neighbours import kinds
from tests.reports.test_replies_tenth_points import _both, _northwind


def test_glass_that_broke_in_their_hand_is_no_parcel_that_arrived_broken() -> None:
    r = _northwind("My Northwind double-wall glass mug cracked in my hand when I was filling it "
                   "with tea last night. Cut my thumb on it. Had it two months.")  # fmt: skip
    assert "defect" in kinds(r), kinds(r)
    assert "damaged" not in kinds(r), kinds(r)
    text = _both(r)
    assert "arrived" not in text, text
    assert "cracked in your hand" in text, text
    assert "cut your thumb" in text, text


def test_a_part_that_came_off_in_use_and_the_burn_it_caused_are_said_as_told() -> None:
    r = _northwind("Scalded my fingers today because the lid came off our Northwind steel "
                   "coffee pot mid-pour. Really not ok for something this expensive.")  # fmt: skip
    assert kinds(r) == {"defect"}, kinds(r)
    text = _both(r)
    assert "arrived" not in text, text
    assert "the lid came off your steel coffee pot" in text, text
    assert "your fingers" in text, text


def test_something_that_arrived_broken_and_cut_them_unpacking_stays_a_parcel_fault() -> None:
    """A guard: arrival damage with a cut while unpacking stays damage in the post."""
    r = _northwind("Unpacking my Northwind order tonight: the glass carafe was smashed inside "
                   "the box and I cut my finger on a shard.")  # fmt: skip
    assert "damaged" in kinds(r), kinds(r)


def test_paying_a_second_time_is_no_failure_that_came_back() -> None:
    r = _northwind("The Northwind app charged me €4.90 for a mobile-order cappuccino and it "
                   "never got to the barista, so I ended up paying again at the till.")  # fmt: skip
    text = _both(r)
    assert "happened before" not in text, text
    assert not r.reading.facts.repeat, r.reading.facts  # type: ignore[attr-defined]
    assert "never reached the barista" in text, text
    assert "paid again" in text, text


def test_an_order_still_processing_with_no_tracking_is_not_traced_as_lost() -> None:
    r = _northwind("Order NW-77120 still shows 'preparing' a fortnight after I placed it and "
                   "I never received any tracking. Hello??")  # fmt: skip
    assert "delivery_missing" not in kinds(r), kinds(r)
    text = _both(r)
    assert "never reached you" not in text, text
    assert "“preparing”" in text, text
    assert "hasn't been sent" in text, text


def test_an_intolerance_and_feeling_awful_is_someone_made_ill() -> None:
    r = _northwind("Asked for a soy cortado at Northwind Töölö and they made it with normal "
                   "milk. Dairy intolerant, so I spent the evening feeling terrible.")  # fmt: skip
    assert "health_safety" in {f.kind.value for f in r.reading.flags}, r.reading.flags
    text = _both(r)
    assert "feeling terrible" in text, text
    assert "all right" in text, text


def test_the_writer_and_friends_made_ill_are_all_heard() -> None:
    r = _northwind("Me and three colleagues got food poisoning after the tuna wraps from "
                   "Northwind Pasila on Thursday.")  # fmt: skip
    text = _both(r)
    assert "you and three colleagues" in text, text
    assert "everyone" in text, text
