"""A post heard as written, class by class from blind rounds 258 onwards. Each worded
afresh, so that a fix fitting one sentence fails it; each fails on the code before this stop
(78dcfc3)."""

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


def test_an_order_that_came_days_later_than_it_should_is_late_and_said_with_its_span() -> None:
    # praise for the goods does not hide the delivery that came late
    r = _northwind("Placed an order with Northwind last Thursday, the box showed up this "
                   "morning, 8 days later. Lovely roast though.")  # fmt: skip
    assert r.answered_as == "complaint", r.answered_as
    assert "delivery_late" in kinds(r), kinds(r)
    assert "taking 8 days to reach you" in (r.public or ""), r.public
    r = _parcelly("@Parcelly my cousin's parcel got here two weeks later than promised, "
                  "the rider was friendly at least")  # fmt: skip
    assert "delivery_late" in kinds(r), kinds(r)
    assert "two weeks later than promised" in (r.public or ""), r.public
    # a sequel, not a delay
    assert "delivery_late" not in kinds(
        _northwind(
            "Bought the Aurora beans from Northwind, and two days later I ordered a second bag."
        )
    )


def test_a_delivery_that_took_days_is_one_problem_not_also_a_wait_at_the_counter() -> None:
    r = _northwind("My Northwind order took 11 days to get here. The beans are nice, the "
                   "delivery is not.")  # fmt: skip
    assert kinds(r) == {"delivery_late"}, kinds(r)
    assert "11 days" in (r.public or ""), r.public
    # a drink that took 20 minutes is still a wait
    assert "wait" in {
        p.kind.value
        for p in read(
            "My oat latte took 25 minutes at the Northwind café, and the queue was short"
        ).problems
    }


def test_a_renewal_after_cancelling_is_a_subscription_charge_and_money_not_credit_is_heard() -> (
    None
):
    r = _northwind("@NorthwindCoffee the Club plan renewed again even though I'd cancelled it "
                   "in August. I'd like the €19 back please, not store credit.")  # fmt: skip
    assert "subscription" in kinds(r), kinds(r)
    offline = r.offline or ""
    assert "not as store credit" in offline, offline
    # a voucher turned down is not a swap turned down, and it is said back as a voucher
    r = _northwind("My Northwind kettle's handle cracked on day two. Refund please, no "
                   "voucher thanks.")  # fmt: skip
    offline = r.offline or ""
    assert "not a swap" not in offline, offline
    assert "not as a voucher" in offline, offline
