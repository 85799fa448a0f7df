"""``read`` never raises on any text and its result survives a JSON round trip."""

from __future__ import annotations

import json
from dataclasses import asdict

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.reading.read import read
from monitor.reading.types import Reading

TEXTS = st.one_of(
    st.text(max_size=300),
    st.text(alphabet="abc !?.€$#-0123456789ABCXYZ🙃ক্রথা", max_size=120),
    st.sampled_from(["", " ", "\x00", "great, love it 🙃", "NW-1234 €5 x3", "আবার ?"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=TEXTS,
    title=st.one_of(st.none(), st.text(max_size=40)),
    rating=st.one_of(st.none(), st.floats(allow_nan=True), st.integers(-3, 9)),
    language=st.one_of(st.none(), st.sampled_from(["en", "fi", "bn", "de", "", "und", "xx-YY"])),
    source=st.sampled_from(["", "x", "rss", "hackernews", "appstore", "googleplay"]),
)
def test_read__never_raises_and_round_trips_through_json(
    text: str, title: str | None, rating: float | None, language: str | None, source: str
) -> None:
    r = read(text, title=title, source=source, language=language, rating=rating, brand="Parcelly")
    assert r.to_json() == asdict(r)  # the written-out serialiser says what asdict would
    stored = json.loads(json.dumps(r.to_json()))
    assert Reading.from_json(stored) == r
    assert r.rating is None or 1 <= r.rating <= 5 or 0 < r.rating <= 5
    assert 0.0 <= r.anger <= 1.0
    assert 0.0 <= r.complaint <= 1.0
