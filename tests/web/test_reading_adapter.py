"""The page shows the stored reading with its supporting words when there is one, and the
scorer's reasons otherwise; an inbox row's warnings come from the reading's flags alone."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

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


_FLAG = st.fixed_dictionaries(
    {"because": st.lists(st.text(max_size=5), max_size=2)},
    optional={"kind": st.sampled_from([*(k.value for k in FlagKind), "new_kind", 3]),
              "confidence": st.floats(0, 1)},
)  # fmt: skip


@given(flags=st.lists(st.one_of(_FLAG, st.just("x")), max_size=4), scored=st.booleans())
def test_row_warnings__what_the_whole_reading_gives(flags: list[Any], scored: bool) -> None:
    """An inbox row reads only the reading's flags: the same warnings as parsing all of it."""
    data = {**Reading().to_json(), "flags": flags}
    full = [] if scored else ["not scored: read it"]
    full += [f.kind.value.replace("_", " ") for f in Reading.from_json(data).flags]
    assert reading.row_warnings(scored=scored, flags=flags) == full
