from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.config import Brand
from monitor.matching import Matcher, parse_term, query_for, tokenize


def brand(
    name: str, *keywords: str, handles: tuple[str, ...] = (), exclude: tuple[str, ...] = ()
) -> Brand:
    return Brand(name=name, keywords=list(keywords), handles=list(handles), exclude=list(exclude))


def matched(m: Matcher, text: str) -> list[str]:
    return [r.brand for r in m.match(text) if r.matched]


def test_match__word_boundaries_and_case() -> None:
    m = Matcher([brand("Acme", "acme")])
    assert matched(m, "ACME lost my order") == ["Acme"]
    assert matched(m, "acme's coffee") == ["Acme"]
    assert matched(m, "acmecorp and pacme are other companies") == []


def test_match__phrase_needs_the_words_in_order() -> None:
    m = Matcher([brand("Acme", '"acme coffee"')])
    assert matched(m, "I love Acme  Coffee!") == ["Acme"]
    assert matched(m, "acme-coffee is great") == ["Acme"]
    assert matched(m, "coffee by acme") == []


def test_match__handles_and_tags() -> None:
    m = Matcher([brand("Acme", "#acmecoffee", handles=("AcmeHelp",))])
    assert matched(m, "hey @acmehelp where is it") == ["Acme"]
    assert matched(m, "#AcmeCoffee rocks") == ["Acme"]
    assert matched(m, "acmehelp without at sign") == []
    assert matched(m, "acmecoffee without hash") == []


def test_match__plain_word_also_matches_handle_and_tag() -> None:
    m = Matcher([brand("Acme", "acme")])
    assert matched(m, "@acme fix this") == ["Acme"]
    assert matched(m, "#acme") == ["Acme"]


def test_match__exclusions_drop_the_brand() -> None:
    m = Matcher([brand("Apple", "apple", '-"apple pie"', exclude=("crumble",))])
    results = m.match("Grandma's apple pie is the best")
    assert [r.excluded_by for r in results] == [['-"apple pie"']]
    assert matched(m, "apple crumble recipe") == []
    assert matched(m, "my Apple laptop died") == ["Apple"]


def test_match__prefix_matches_finnish_inflections() -> None:
    m = Matcher([brand("Northwind", "northwind*")])
    assert matched(m, "Tilasin Northwindiltä kahvia") == ["Northwind"]
    assert matched(m, "Northwindin kahvi on hyvää") == ["Northwind"]
    assert matched(m, "north wind blows") == []


def test_match__finnish_word_boundaries_with_diacritics() -> None:
    m = Matcher([brand("Kahvila Onni", "onni")])
    assert matched(m, "Kävin Onnissa") == []  # no prefix term: an inflected form is another word
    assert matched(m, "Onni, kiitos!") == ["Kahvila Onni"]
    assert matched(m, "Onnistuin") == []


def test_match__bengali_keeps_vowel_signs_in_words() -> None:
    m = Matcher([brand("Dak", "ডাক")])
    assert tokenize("ডাকঘর") == ["ডাকঘর"]  # vowel signs and conjuncts stay inside one word
    assert matched(m, "আমার ডাক কোথায়?") == ["Dak"]
    assert matched(m, "ডাকঘর বন্ধ") == []


def test_match__latin_brand_inside_bengali_text() -> None:
    m = Matcher([brand("Parcelly", "parcelly")])
    assert matched(m, "Parcelly অ্যাপটা আবার ক্র্যাশ করছে") == ["Parcelly"]


def test_match__several_brands_in_config_order() -> None:
    m = Matcher([brand("A", "alpha"), brand("B", "beta")])
    assert matched(m, "beta and alpha") == ["A", "B"]
    assert matched(m, "beta") == ["B"]
    assert [r.brand for r in m.match("beta and alpha", among=["B"])] == ["B"]


def test_match__nfkc_normalises_fullwidth_letters() -> None:
    m = Matcher([brand("Acme", "acme")])
    assert matched(m, "ＡＣＭＥ is down") == ["Acme"]


def test_parse_term__rejects_blank() -> None:
    with pytest.raises(ValueError, match="no word"):
        parse_term('-""')


def test_query_for__splits_terms_by_kind() -> None:
    q = query_for(
        brand(
            "Acme",
            "acme",
            "acme coffee",
            "acm*",
            "#acmecoffee",
            handles=("@AcmeHelp",),
            exclude=("acme anvil",),
        )
    )
    assert q.keywords == ("acme", "acm*")
    assert q.phrases == ("acme coffee",)
    assert q.handles == ("acmehelp",)
    assert q.hashtags == ("acmecoffee",)
    assert q.exclude == ("acme anvil",)
    assert (
        q.search_string()
        == '(acme OR acm OR "acme coffee" OR @acmehelp OR #acmecoffee) -"acme anvil"'
    )


words = st.text(alphabet=st.characters(categories=["L", "M", "N"]), min_size=1, max_size=12)


@given(st.lists(words, max_size=8), words, st.lists(words, max_size=8))
def test_match__a_term_between_spaces_always_matches(
    before: list[str], term: str, after: list[str]
) -> None:
    tokens = tokenize(term)
    if len(tokens) != 1:
        return  # the term itself splits (e.g. a lone combining mark): nothing to watch
    m = Matcher([brand("B", term)])
    text = " ".join([*before, term, *after])
    assert matched(m, text) == ["B"]
