"""Critical press coverage gets a statement and a note to the writer, not a customer apology."""

from __future__ import annotations

import regex

from tests.reports.test_replies import BLAME, FULL, STRICT, suggest

ARTICLE = (
    "Charged after cancelling a subscription? Several readers told us they were billed for the "
    "Northwind Club coffee subscription after cancelling it. Under consumer law you can demand "
    "a refund."
)


def test_coverage__statement_speaks_to_readers_not_to_the_outlet() -> None:
    r = suggest(ARTICLE, source="rss")
    assert r.answered_as == "coverage"
    assert r.public
    assert not regex.search(r"\b(charged you|your order|DM us)\b", r.public, regex.I)
    assert "help@northwind.example" in r.public  # affected customers are told where to go
    assert regex.search(r"\bsorry|apolog", r.public, regex.I)
    assert not regex.search(r"sorry,? but", r.public, regex.I)
    assert not BLAME.search(r.public)


def test_coverage__offline_note_to_the_writer_offers_facts_and_a_check_in() -> None:
    r = suggest(ARTICLE, source="rss")
    assert r.offline
    assert r.offline.startswith("Hi mia_k,")
    assert "add the verified facts before sending" in r.offline
    assert r.follow_up_on is not None
    assert any("press coverage" in f for f in r.flags)


def test_coverage__a_configured_fact_goes_on_the_record() -> None:
    claim = "Blog: Northwind beans apparently contain additives, rumours say"
    r = suggest(claim, source="rss")
    assert r.public
    assert "For the record: Northwind beans are tested by an independent lab" in r.public


def test_coverage__the_same_text_from_a_customer_is_answered_as_a_complaint() -> None:
    r = suggest("I was billed for my subscription after cancelling it, I want a refund", STRICT)
    assert r.answered_as != "coverage"
    assert not any("press coverage" in f for f in r.flags)


def test_coverage__praise_in_the_press_is_not_treated_as_coverage() -> None:
    r = suggest(
        "Northwind's Forest Roast is the best coffee in town, we loved it", FULL, source="rss"
    )
    assert r.answered_as == "praise"
