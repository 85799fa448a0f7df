"""Quoting a wrong detail back is worse than quoting none: shouting, places and error texts
are not products."""

from __future__ import annotations

import pytest

from monitor.reading.types import Problem, ProblemKind, Reading
from reports.extract import product, specifics
from reports.replies.en_restate import thing


@pytest.mark.parametrize(
    "text",
    [
        "THIS APP IS GARBAGE!!! lost my parcel",
        "PARCELLY IS A JOKE. Your JOKE of a service",
        "the parcel went to your Newark depot and vanished",
        "now they want me to report it to the BBB",
        "tracking page says 'Something went wrong' and \"Something went wrong again\"",
    ],
)
def test_product__not_taken_from_shouting_places_or_error_texts(text: str) -> None:
    assert product(text, brand="Parcelly") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My Aeropress Go grinder from Northwind stopped working", "Aeropress Go grinder"),
        ("the Forest Roast tasted stale", "Forest Roast"),
        ('I ordered "Midnight Espresso" twice', "Midnight Espresso"),
    ],
)
def test_product__named_products_are_kept(text: str, expected: str) -> None:
    assert product(text, brand="Northwind Coffee") == expected


def test_waited__shouted_duration_is_quoted_in_lower_case() -> None:
    assert specifics("ON HOLD FOR 45 MINUTES. FORTY FIVE.").waited == "45 minutes"


def test_thing__a_delivery_complaint_in_an_app_review_is_about_the_parcel() -> None:
    text = "Courier never came, parcel still missing"
    late = Problem(ProblemKind.DELIVERY_MISSING, ("never came",))
    assert thing(late, Reading(), text, single=True) == "your parcel"
    crash = Problem(ProblemKind.APP_BUG, ("crashes",))
    assert thing(crash, Reading(), "it crashes", single=True) == "the app"


def test_orders__courier_tracking_numbers_are_quoted_as_printed() -> None:
    spec = specifics("Tracking PCL-US-5520913 says delivered, order #PC-11223 never came")
    assert spec.orders == ("PCL-US-5520913", "#PC-11223")
    assert specifics("the wifi-router 1234567 and ABC-12 are not tracking numbers").orders == ()
