from __future__ import annotations

import pytest

from monitor.language import UNDETERMINED, detect, normalise_code

KNOWN = frozenset({"fi", "bn"})


@pytest.mark.parametrize(
    ("code", "expected"), [("en-GB", "en"), ("FI", "fi"), ("pt_BR", "pt"), ("", "und")]
)
def test_normalise_code(code: str, expected: str) -> None:
    assert normalise_code(code) == expected


def test_detect__source_tag_wins() -> None:
    assert detect("the text is English", given="fi").method == "given"


def test_detect__undetermined_tag_is_ignored() -> None:
    assert detect("Where is my order? It has been two weeks", given="und").language == "en"


def test_detect__bengali_script() -> None:
    found = detect("আমার অর্ডার এখনও আসেনি")
    assert (found.language, found.method) == ("bn", "script")


def test_detect__english_function_words_skip_the_model() -> None:
    found = detect("why is my package still not here, it has been a week")
    assert (found.language, found.method) == ("en", "function-words")


def test_detect__short_finnish_needs_lexicon_evidence() -> None:
    assert detect("Kiitos!", known=KNOWN).language == "fi"


def test_detect__finnish_sentence_by_model() -> None:
    assert (
        detect("Tilaus ei ole vieläkään tullut, olen todella pettynyt", known=KNOWN).language
        == "fi"
    )


@pytest.mark.parametrize("text", ["🙂🙂", "12345", "!!!"])
def test_detect__no_words_is_undetermined(text: str) -> None:
    assert detect(text, known=KNOWN).language == UNDETERMINED
