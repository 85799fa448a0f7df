"""Fill the details a reading left empty from the post's own words, conservatively.

A reply that asks for the phone model the customer already gave, or misses that this is
the "third time", reads as unheard. The reader is the main source of these facts; where it
is silent, the same patterns the older scorer used find what is plainly written. Nothing is
inferred: only words in the post are added, and only where the reading has none.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from monitor.reading.facts import threshold_digits
from monitor.reading.types import Facts, Reading
from reports import extract


def enrich(reading: Reading, text: str, *, brand: str) -> Reading:
    f = reading.facts
    spec = extract.specifics(text, brand=brand)
    filled = Facts(
        items=f.items, places=f.places, dates=f.dates,
        amounts=f.amounts or tuple(
            a for a in spec.amounts if regex.sub(r"\D", "", a) not in threshold_digits(text)
        ),
        references=f.references or spec.orders,
        durations=f.durations or extract.waits(text),
        channels_tried=f.channels_tried or extract.channels_tried(text),
        repeat=f.repeat or extract.repeats(text),
        device=f.device or extract.devices(text),
    )  # fmt: skip
    return reading if filled == f else replace(reading, facts=filled)
