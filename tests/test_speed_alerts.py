"""The alert step selects only the new alarming mentions, in SQL, whatever the scan's size."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.storage import Database
from reports import alerts
from reports.alerts import alarming_ids, alert_new_mentions, id_runs
from reports.outbox import FILE, Outbox
from reports.send import FileOutbox, Sender
from tests.reports.fixtures import NOW, mention, settings, store


@given(st.lists(st.integers(min_value=1, max_value=10_000), max_size=300))
def test_id_runs__cover_exactly_the_ids(ids: list[int]) -> None:
    runs = id_runs(ids)
    covered = [i for a, b in runs for i in range(a, b + 1)]
    assert covered == sorted(set(ids))
    assert all(b + 1 < c for (_, b), (c, _) in pairwise(runs))


def test_id_runs__a_contiguous_scan_is_one_run() -> None:
    assert id_runs(range(1, 1_000_001)) == [(1, 1_000_000)]


def test_alarming_ids__filters_brand_complaint_and_threshold_in_sql(db: Database) -> None:
    ids = store(db, [
        mention(1, "at the threshold", anger=0.6),
        mention(2, "just under", anger=0.599),
        mention(3, "angry but no complaint", anger=0.9, is_complaint=False),
        mention(4, "another brand", brand="Other"),
        mention(5, "angry", anger=0.95),
        mention(6, "angry, but not new in this scan", anger=0.95),
    ])  # fmt: skip
    brand = settings().brands[0]  # anger_threshold 0.6
    assert alarming_ids(db, brand, ids[:5]) == [ids[0], ids[4]]
    assert alarming_ids(db, brand, []) == []


def test_alarming_ids__many_scattered_ids_stay_under_the_parameter_limit(db: Database) -> None:
    ids = store(db, [mention(n, f"furious {n}", anger=0.7) for n in range(1, 1_201)])
    every_other = ids[::2]  # 600 runs of one id: more than one query's worth of ranges
    assert alarming_ids(db, settings().brands[0], every_other) == every_other


def test_alert__more_alarming_mentions_than_a_chunk_are_all_queued(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(alerts, "CHUNK", 2)
    ids = store(db, [mention(n, f"Order #NW-{n} lost, furious") for n in range(1, 6)])
    folder = FileOutbox(tmp_path)

    def sender_for(channel: str) -> Sender:
        return folder

    report = alert_new_mentions(db, settings(max_per_hour=5), ids, sender_for=sender_for, now=NOW)
    assert report.queued == 5
    [delivery] = report.deliveries
    assert sorted(delivery.keys) == sorted(f"alert:{i}:email" for i in ids)
    # written to the folder once each; the email itself stays pending (written is not sent)
    box = Outbox(db)
    assert all(FILE in box.deliveries(f"alert:{i}:email") for i in ids)
    assert len(box.unsent()) == 5
