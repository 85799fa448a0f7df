"""A price worked out from a rate card an FAQ states in words."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.config import Voice
from reports.replies.rates import card, price
from tests.reports.test_replies import STRICT
from tests.reports.test_replies_heard import product
from tests.reports.test_replies_neighbours import voice_with

CARD = ("Parcels up to 2 kg cost 90 tk inside a district and 150 tk across districts, plus 25 tk "
        "per additional kg up to 15 kg; pickup is free")  # fmt: skip


def test_the_card_is_read_from_the_answers_own_words() -> None:
    found = card(CARD)
    assert found is not None
    assert found.base_weight == 2
    assert found.zones == (("inside a district", 90), ("across districts", 150))
    assert found.step == 25
    assert found.cap == 15
    assert found.currency == "tk"
    assert not found.before


def test_a_route_between_two_places_gets_the_price_across_them() -> None:
    said = price("What would 5 kg from Rajshahi to Khulna cost?", CARD)
    assert said.startswith("A 5 kg parcel from Rajshahi to Khulna costs 225 tk"), said
    assert "25 tk for each of the 3 extra kg" in said


def test_without_a_route_every_zone_is_priced() -> None:
    said = price("rate for a 3 kg box?", CARD)
    assert "115 tk inside a district" in said, said
    assert "175 tk across districts" in said


def test_no_sum_where_the_weight_is_beyond_the_card_or_there_is_no_card() -> None:
    assert price("and for 20 kg from Rajshahi to Khulna?", CARD) == ""
    assert price("how much for 3 kg?", "Prices are on our website") == ""
    assert price("how much is it to ship?", CARD) == ""  # no weight asked


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value="0.1", max_value="15", places=1), st.booleans())
def test_the_price_is_the_base_plus_each_extra_kg_begun(weight: object, across: bool) -> None:
    w = float(str(weight))
    route = "from Rajshahi to Khulna" if across else "inside Rajshahi"
    said = price(f"how much for {w:g} kg {route}?", CARD)
    expected = (150 if across else 90) + 25 * max(0, math.ceil(w - 2 - 1e-9))
    assert said.startswith(f"A {w:g} kg parcel"), said
    assert f"costs {expected} tk" in said, said


def test_a_price_question_is_answered_with_the_sum_and_passes_the_self_check() -> None:
    voice: Voice = voice_with(STRICT, faq=[
        {"question": "What does delivery cost?", "answer": CARD, "topics": ["price"]},
    ])  # fmt: skip
    r = product("Hi Parcelly, how much for a 4 kg parcel from Rajshahi to Khulna? Sending books "
                "to my brother", voice, brand="Parcelly")  # fmt: skip
    assert "costs 200 tk" in (r.public or ""), r.public
    assert "inside a district" not in (r.public or "")  # the table is not pasted
    assert r.public_check is not None
    assert r.public_check.ok, r.public_check
