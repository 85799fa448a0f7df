"""Sarcasm: praise around a bad situation is flagged; sincere praise, even of a fix, is not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.reading import operating
from monitor.reading.model import predict
from monitor.reading.sarcasm import sarcasm
from monitor.reading.types import Labelled


def read(text: str, *, cues: tuple[str, ...] = ()) -> Labelled:
    p = predict(text, "en")
    return sarcasm(text, sentiment=p.sentiment, complaint_cues=cues, negative=p.negative)


@pytest.mark.parametrize(
    "text",
    [
        "great, another 3 weeks waiting for a parcel, love it",
        "Thanks for nothing @Northwind",
        "Oh great, the app crashed again 🙄",
        'Just what I needed, a "delivered" parcel that is not on my doorstep',
        "Love how my order is still not here after 2 weeks",
        "yeah right, 'next day delivery'",
        "I just love waiting 40 minutes on hold",
        "Great, another delayed train this morning",
        "You can always count on the app to crash at checkout",
    ],
)
def test_sarcasm__praise_around_a_bad_situation_is_flagged(text: str) -> None:
    found = read(text)
    assert found.value == "yes"
    assert found.confidence >= operating.SARCASM
    assert found.because  # the words behind it are shown


@pytest.mark.parametrize(
    "text",
    [
        "Great coffee and a lovely barista this morning",
        "Thanks for the quick refund, really helpful team",
        "Best customer service ever, they sorted my missing parcel in a day",
        "Thank you @Northwind for replacing my broken grinder so fast, great support",
        "My parcel is late and nobody answers my emails",
        "Great coffee, and another lovely visit to the Leeds shop",
        "I love listening to podcasts while the grinder does its thing",
    ],
)
def test_sarcasm__sincere_praise_and_plain_complaints_are_not(text: str) -> None:
    assert read(text).value == "no"


def test_sarcasm__a_complaint_cue_from_the_reading_adds_evidence() -> None:
    text = "Fantastic, charged twice for one coffee. Brilliant."
    assert read(text, cues=("charged twice",)).confidence > read(text).confidence


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200), st.one_of(st.none(), st.floats(-1, 1)))
def test_sarcasm__any_text_gives_yes_or_no_with_a_confidence(
    text: str, sentiment: float | None
) -> None:
    found = sarcasm(text, sentiment=sentiment)
    assert found.value in ("yes", "no")
    assert 0.0 <= found.confidence <= 1.0
    assert (found.value == "yes") == (found.confidence >= operating.SARCASM)


@pytest.mark.parametrize(
    "text",
    [
        "thank you so much @courier for throwing my box over the fence",
        "thanks Northwind for never answering my emails, stellar support",
    ],
)
def test_sarcasm__thanks_for_a_harm_done_is_flagged(text: str) -> None:
    assert read(text).value == "yes", read(text)


def test_sarcasm__thanks_for_a_kindness_is_not() -> None:
    assert read("thanks Northwind for leaving a note with my order, so kind").value == "no"
