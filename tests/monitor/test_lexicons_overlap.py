"""Where patterns of several groups start at the same word, every group still hits."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from monitor.lexicons import Lexicon, load_lexicon

LEXICONS = Path(__file__).resolve().parents[2] / "monitor" / "lexicons"


def test_scan__overlapping_groups_at_one_position_all_hit() -> None:
    lex = Lexicon.build(
        "en", {"question.starts": ["is it"], "complaint.unfounded": ["is it true( that)?"]}, {}
    )
    found = lex.scan("Is it true they sell your data?")
    assert found == {"question.starts": ["Is it"], "complaint.unfounded": ["Is it true"]}


def test_scan__rumour_phrased_as_a_question_is_found_in_the_english_lexicon() -> None:
    found = load_lexicon("en").scan("Is it true Parcelly sells your location data?")
    assert found.get("complaint.unfounded") == ["Is it true"]
    assert "question.starts" in found


@pytest.mark.parametrize("path", sorted(LEXICONS.glob("*.toml")), ids=lambda p: p.name)
def test_lexicon_patterns_do_not_end_in_a_space_before_an_optional_word(path: Path) -> None:
    """``"a (b)?"`` needs a non-letter after the space, so ``a`` alone never matches: write
    ``"a( b)?"``."""
    patterns = re.findall(r'"((?:[^"\\\n]|\\.)*)"', path.read_text("utf-8"))
    bad = [p for p in patterns if _space_before_optional_tail(p)]
    assert bad == []


def _space_before_optional_tail(pattern: str) -> bool:
    """The pattern ends in one or more optional groups with a space before them all."""
    rest, dropped = pattern, 0
    while rest.endswith(")?"):
        depth, i = 0, len(rest) - 2
        while i >= 0:  # back to the group's own opening parenthesis
            depth += {")": 1, "(": -1}.get(rest[i], 0)
            if depth == 0:
                break
            i -= 1
        rest, dropped = rest[:i], dropped + 1
    return dropped > 0 and rest.endswith(" ")
