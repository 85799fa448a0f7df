"""Topics of a text: the one-pass-per-kind matcher answers as trying every stem in turn."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reports.replies.topics import TOPICS, _tokens, topics


def _by_stem(text: str) -> frozenset[str]:
    """The plain definition: a topic is named when any one of its stems hits."""
    low = f" {text.casefold()} "
    tokens = _tokens(text)

    def hit(stem: str) -> bool:
        if stem.endswith("="):
            return stem[:-1] in tokens
        if " " in stem or (not stem.isascii() and not any(c in "äöå" for c in stem)):
            return stem.strip() in low
        return any(t.startswith(stem) for t in tokens)

    return frozenset(t for t, stems in TOPICS.items() if any(hit(s) for s in stems))


_STEMS = sorted({s.rstrip("=").strip() for stems in TOPICS.values() for s in stems})
_PIECES = st.sampled_from([*_STEMS, "app", "apps", "the", "my", " ", ", ", "?", "xyz", "-"])


@given(st.lists(_PIECES, max_size=8).map(" ".join), st.text(max_size=20))
def test_topics__same_as_trying_every_stem(words: str, noise: str) -> None:
    for text in (words, noise + words, words.upper()):
        assert topics(text) == _by_stem(text)


def test_topics__names_the_topic_of_a_plain_question() -> None:
    assert "payment" in topics("Can I pay by card or cash on delivery?")
    assert topics("lovely weather today") == frozenset()
