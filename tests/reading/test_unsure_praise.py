"""Praise that the irony cues doubt, with no failure found to make it a sarcastic complaint,
is read as unsure: neither thanked (it may be sarcasm) nor apologised to (it may be
sincere). The reply asks what happened, and a person reads it first."""

from __future__ import annotations

from monitor.reading.read import read
from monitor.reading.types import Labelled
from tests.reports.test_replies import APOLOGY, THANKS, both, reading, reply

DOUBTED = "Thanks @northwind, really helpful as always #not"
SINCERE = "Wow @northwind my order arrived a day early and the beans are lovely, thank you!"


def test_read__praise_with_irony_cues_is_unsure_and_needs_a_reply() -> None:
    r = read(DOUBTED, brand="Northwind Coffee")
    assert r.sarcasm.value == "maybe", r.sarcasm
    assert "#not" in r.sarcasm.because
    assert r.stance.value == "neutral"
    assert r.decisions.needs_reply
    assert not r.decisions.complaint


def test_read__sincere_praise_stays_praise() -> None:
    r = read(SINCERE, brand="Northwind Coffee")
    assert (r.stance.value, r.sarcasm.value) == ("praise", "no")


def test_read__stars_of_four_or_five_are_taken_at_their_word() -> None:
    r = read(DOUBTED, brand="Northwind Coffee", source="appstore", rating=5)
    assert r.sarcasm.value != "maybe"


def test_read__the_cues_are_english_only() -> None:
    r = read("Kiitos @northwind, tosi avuliasta taas kerran #not", brand="Northwind Coffee")
    assert r.sarcasm.value != "maybe"


def test_reply__unsure_praise_is_neither_thanked_nor_apologised_to() -> None:
    r = reply(DOUBTED, reading("neutral", sarcasm=Labelled("maybe", 0.6, ("#not",))))
    text = both(r)
    assert r.public, r
    assert not THANKS.search(text), text
    assert not APOLOGY.search(text), text
    assert "what happened" in text
    assert any("may be sarcastic ('#not')" in f for f in r.flags), r.flags
    assert r.public_check is not None
    assert r.public_check.ok, r.public_check


def test_reply__unsure_praise_in_finnish_asks_what_happened() -> None:
    r = reply(
        "Kiitos taas kerran",
        reading("neutral", sarcasm=Labelled("maybe", 0.6, ("taas kerran",)), language="fi"),
    )
    assert "kerro mitä tapahtui" in (r.public or ""), r.public


def test_read__sincere_praise_is_not_doubted_on_the_models_alone() -> None:
    # the models read "a rainy Sunday" as the rest of the post being negative; no cue in the
    # words says irony, so the praise stands
    r = read(
        "Northwind in Kallio is my favourite spot on a rainy Sunday. Lovely staff, the filter "
        "coffee is spot on.",
        brand="Northwind Coffee",
    )
    assert r.sarcasm.value == "no", r.sarcasm
    assert r.stance.value == "praise"
