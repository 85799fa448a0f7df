"""Every mention of the evaluation set gets a draft that passes the self-check or a flag that
sends it to a person, and no draft that would do harm if sent."""

from __future__ import annotations

from functools import cache

import pytest

from benchmarks.replies_eval import DEMO, Result, results
from monitor.config import load_settings


@cache
def composed(reader: str) -> tuple[Result, ...]:
    return tuple(results(load_settings(DEMO), reader=reader))


@pytest.mark.parametrize("reader", ["expected", "product"])
def test_every_draft_passes_its_check_or_goes_to_a_person(reader: str) -> None:
    found = composed(reader)
    assert len(found) >= 150
    unchecked = [r.row["id"] for r in found if r.replies.check_notes and not r.replies.flags]
    assert unchecked == []


@pytest.mark.parametrize("reader", ["expected", "product"])
def test_no_draft_does_harm(reader: str) -> None:
    """The composer never thanks a complaint, apologises to praise, replies to spam or admits a
    rumour: from the set's readings, and end to end from the product's own reader (harm is
    judged against the labelled reading, so a misread post shows here)."""
    harmful = {r.row["id"]: r.harms for r in composed(reader) if r.harms}
    assert harmful == {}


def test_spam_and_threats_get_no_reply_and_languages_get_their_own() -> None:
    for r in composed("expected"):
        e = r.row["expect"]
        if e["speaker"] == "spam" or "extortion" in e["flags"]:
            assert (r.replies.public, r.replies.offline) == (None, None), r.row["id"]
        if e["language"] in ("fi", "bn") and r.replies.public:
            assert r.replies.language == e["language"], r.row["id"]


def test_offline_replies_differ_between_different_cases() -> None:
    for lang in ("en", "fi", "bn"):
        offline = [r.replies.offline for r in composed("expected")
                   if r.replies.offline and r.row["expect"]["language"] == lang]  # fmt: skip
        assert len(set(offline)) == len(offline), lang
        closings = [o.split("\n\n")[-2] for o in offline]
        assert max(closings.count(c) for c in closings) <= len(offline) / 2, lang
