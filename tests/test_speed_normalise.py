"""An item normalised by its connector is not normalised again by the runner: that skip is
only safe because normalising is idempotent, which this checks on open-ended items."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings

from connectors.base import Found
from monitor import normalise as module
from monitor.normalise import Unstorable, normalise
from tests.monitor.test_runner_properties import FOUND


@settings(max_examples=300, deadline=None)
@given(found=FOUND)
def test_normalise__twice_equals_once_so_the_second_is_skipped(found: Found) -> None:
    try:
        clean = normalise(found)
    except Unstorable:
        return
    assert module._normalise(clean) == clean  # the work a second call would have done
    assert normalise(clean) is clean


def test_normalise__a_copy_of_a_normalised_item_is_normalised_again() -> None:
    clean = normalise(Found(source="x", external_id="1", text="ok", created_at="2026-11-22"))  # type: ignore[arg-type]
    copy = replace(clean, text="a\x00b")
    assert normalise(copy).text == "ab"
