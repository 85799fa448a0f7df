"""A post heard as written, class by class from blind rounds 226 onwards: a fix asked first
with the money only as its fallback ("ship it this week or refund me"), an order "due last
Tuesday" that has not come. Each worded afresh, so that a fix fitting one sentence fails it;
each fails on the code before this stop (13675f6)."""

from __future__ import annotations

from monitor.reading.read import read
from monitor.reading.types import AskKind
from tests.reports.test_replies_heard import product
from tests.reports.test_replies_neighbours import kinds
from tests.reports.test_replies_third_points import _demo_voice


def _northwind(text: str, source: str = "x") -> object:
    return product(text, _demo_voice("Northwind Coffee"), brand="Northwind Coffee", source=source)


def _parcelly(text: str, source: str = "x") -> object:
    return product(text, _demo_voice("Parcelly"), brand="Parcelly", source=source)


def test_money_asked_only_as_the_fallback_of_a_fix_is_promised_only_if_the_fix_fails() -> None:
    for text in (
        "@NorthwindCoffee the kettle spout leaks. Fix it or just refund me.",
        "@NorthwindCoffee get my beans to me by Friday, otherwise I want my money back",
        "Northwind, laite vuotaa. Korjatkaa se tai muuten haluan rahani takaisin.",
    ):
        r = _northwind(text)
        public = r.public or ""
        assert "You'll get your money back." not in public, public
        assert any(w in public for w in ("if I can't", "if it isn't", "jos ei")), public
    # a refund asked outright is still promised outright
    plain = _northwind("@NorthwindCoffee the kettle spout leaks. Just refund me.")
    assert "You'll get your money back." in (plain.public or ""), plain.public
    # a remedy chosen between two is no fallback
    chosen = _northwind("@NorthwindCoffee the grinder burr snapped. Replace it or refund me.")
    assert "if I can't" not in (chosen.public or ""), chosen.public


def test_a_cancellation_as_the_fallback_of_a_delivery_delivers_first() -> None:
    r = _northwind("@NorthwindCoffee my Club box still hasn't come. Deliver it by Monday or "
                   "cancel my subscription.")  # fmt: skip
    public = r.public or ""
    assert "if I can't, I'll cancel" in public, public
    # the Bengali fallback word written as one ("নাহলে") hangs the money on the delivery too
    bn = read("পার্সেল এখনো আসেনি। আজকে ডেলিভারি দেন নাহলে আমার ১২০ টাকা ফেরত দেন", source="x")
    assert [a.condition for a in bn.asks if a.kind is AskKind.REFUND] == ["আজকে ডেলিভারি দেন"]


def test_an_order_due_on_a_day_gone_past_is_late() -> None:
    for text in (
        "@NorthwindCoffee order 51207 was due last Thursday. Where is it?!",
        "@NorthwindCoffee my beans were due on the 4th and still no sign of them",
        "@parcelly the parcel was due 3 days ago, this is ridiculous",
    ):
        r = _northwind(text) if "Northwind" in text else _parcelly(text)
        assert "delivery_late" in kinds(r), (text, kinds(r))
    came = _northwind("Northwind box was due Friday and it came on time as promised, lovely")
    assert "delivery_late" not in kinds(came), kinds(came)
