"""The page shows the stored reading with its supporting words when there is one, and the
scorer's reasons otherwise; the self-check falls back to the checks every draft must pass."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from monitor.reading.types import Flag, FlagKind, Labelled, Problem, ProblemKind, Reading
from monitor.web import reading
from tests.reports.fixtures import mention


def test_why__the_stored_reading_with_its_words() -> None:
    stored = Reading(
        stance=Labelled("complaint", 0.9, ("still not here",)),
        problems=(Problem(ProblemKind.DELIVERY_LATE, ("3 weeks",)),),
        flags=(Flag(FlagKind.LEGAL, ("my lawyer",)),),
    )
    m: Any = SimpleNamespace(reading=stored.to_json(), reasons=["x"], matched_terms=[],
                             scored=True)  # fmt: skip
    why = reading.why(m)
    assert ("stance", "complaint", ("still not here",)) in why.lines
    assert ("problem", "delivery_late", ("3 weeks",)) in why.lines
    assert why.flags == [("legal", ("my lawyer",))]
    assert reading.warnings(m) == ["legal"]


def test_why__without_a_reading_the_reasons_and_matched_terms() -> None:
    m = mention(1, "Order late", reasons=["anger: 'late'"], matched_terms=["northwind"])
    lines = reading.why(m).lines
    assert ("reason", "anger: 'late'", ()) in lines
    assert ("matched", "northwind", ()) in lines


def test_basic_check__empty_long_and_placeholder() -> None:
    m = mention(1, "Order late")  # source x: 280 characters
    assert reading.basic_check("", mention=m, channel="public") == ["the reply is empty"]
    assert reading.basic_check("a" * 300, mention=m, channel="public") == [
        "300 characters: x allows 280"
    ]
    assert reading.basic_check("a" * 300, mention=m, channel="offline") == []
    assert reading.basic_check("Hi [NAME]", mention=m, channel="offline") == [
        "a placeholder is left in the text"
    ]
