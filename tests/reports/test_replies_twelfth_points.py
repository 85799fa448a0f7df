"""A post heard as written, class by class from blind rounds 286 onwards and from what the
last stop left alone. Each worded afresh, so that a fix fitting one sentence fails it; each
fails on the code before this stop (bb16ee4)."""

from __future__ import annotations

from tests.reports.test_replies_tenth_points import _both, _northwind


def test_an_allergy_mix_up_that_left_them_ill_is_said_with_what_they_asked_for() -> None:
    r = _northwind("Dairy allergy here. I requested almond milk in my flat white at Northwind "
                   "and was clearly given regular milk. Was ill the whole night.")  # fmt: skip
    text = _both(r)
    assert "worried" not in text, text
    assert "asked for almond milk" in text, text
    assert "ill the whole night" in text or "were ill" in text, text


def test_a_hot_chocolate_made_wrong_at_the_counter_asks_for_the_visit_not_an_order() -> None:
    r = _northwind("Ordered my daughter a soy hot chocolate at Northwind, she's allergic to "
                   "milk, and they made it with cow's milk. She came out in hives.")  # fmt: skip
    assert "order number" not in (r.public or ""), r.public
    assert "visit" in (r.public or "") or "which place" in (r.public or ""), r.public
