from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.matching import parse_term, split_query


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ('acme OR "acme coffee" -anvil', ["acme", '"acme coffee"', "-anvil"]),
        ("acme coffee", ["acme coffee"]),  # bare words form a phrase, as in a config item
        (
            'acme -"acme anvil" @AcmeHelp #acmecoffee',
            ["acme", '-"acme anvil"', "@AcmeHelp", "#acmecoffee"],
        ),
        ("onni* OR northwind club", ["onni*", "northwind club"]),
        ("acme or coffee", ["acme or coffee"]),  # only upper-case OR is an operator
    ],
)
def test_split_query__terms(query: str, terms: list[str]) -> None:
    assert split_query(query) == terms


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"acme coffee', "unbalanced quote"),
        ("OR acme", "'OR' needs a term on each side"),
        ("acme OR", "'OR' needs a term on each side"),
        ("acme OR OR beans", "'OR' needs a term on each side"),
        ("(acme OR beans)", "parentheses are not supported"),
        ("acme OR !!!", "has no word in it"),
    ],
)
def test_split_query__invalid_raises_ValueError(query: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        split_query(query)


_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöå", min_size=1, max_size=8)
_term = st.one_of(
    _word,
    _word.map(lambda w: f"@{w}"),
    _word.map(lambda w: f"#{w}"),
    _word.map(lambda w: f"-{w}"),
    st.lists(_word, min_size=2, max_size=3).map(lambda ws: '"' + " ".join(ws) + '"'),
    st.lists(_word, min_size=2, max_size=3).map(lambda ws: '-"' + " ".join(ws) + '"'),
)


@given(st.lists(_term, min_size=1, max_size=8))
def test_split_query__OR_joined_terms_come_back_one_by_one(terms: list[str]) -> None:
    parsed = split_query(" OR ".join(terms))
    assert parsed == terms
    assert all(parse_term(t).tokens for t in parsed)
