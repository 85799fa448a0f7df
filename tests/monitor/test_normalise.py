"""``normalise``: any value in any field of ``Found`` becomes a storable mention or a clear
``Unstorable`` naming the field; a normalised item is left as it is."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from connectors.base import Found
from monitor.normalise import INT_MAX, META_BYTES, Unstorable, line_of, normalise, text_of
from monitor.safety import clean_line, clean_text
from tests.monitor.test_runner_properties import FOUND

T = datetime(2026, 11, 22, tzinfo=UTC)
TRICKY = st.sampled_from(["a", " ", "  ", "\t", "\n", "\r", "\x00", "\ud800", "\u202e", "e\u0301",
                          "\u00a0", "\u2028", "\x85", "\x7f", "é"])  # fmt: skip


def _storable(f: Found) -> None:
    for name in ("source", "external_id", "text"):
        assert isinstance(getattr(f, name), str)
    assert "\x00" not in f.text
    for value in (f.text, f.author or "", f.title or "", f.source, f.external_id):
        assert "\x00" not in value
        value.encode("utf-8")  # raises on a lone surrogate left behind
    assert f.created_at.tzinfo is not None
    assert f.created_at.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
    assert f.author_reach is None or 0 <= f.author_reach <= INT_MAX
    assert f.rating is None or 0 <= f.rating <= 5
    assert f.url is None or f.url.startswith(("http://", "https://"))
    assert f.language is None or len(f.language) <= 16
    meta = json.dumps(f.meta, allow_nan=False, ensure_ascii=False)
    assert "\\u0000" not in meta  # json.dumps writes a NUL as an escape
    assert len(meta.encode("utf-8")) <= META_BYTES


@settings(max_examples=300, deadline=None)
@given(found=FOUND)
def test_normalise__any_found_is_storable_or_unstorable_and_stable(found: Found) -> None:
    try:
        clean = normalise(found)
    except Unstorable as e:
        assert str(e).startswith("field '")
        return
    _storable(clean)
    assert normalise(clean) == clean


def test_normalise__poison_values_are_coerced_and_noted() -> None:
    odd = Found("x", "1", "a\x00b\ud800c", T, url=["https://a.example"],  # type: ignore[arg-type]
                author={"username": "ann"}, author_reach=1e30, title=7,  # type: ignore[arg-type]
                language={"code": "en"}, rating=9, meta={"n": float("nan")})  # type: ignore[arg-type]  # fmt: skip
    clean = normalise(odd)
    assert (clean.text, clean.url, clean.author, clean.title) == ("ab?c", None, "ann", "7")
    assert (clean.author_reach, clean.language, clean.rating) == (INT_MAX, None, None)
    assert clean.meta["n"] is None
    assert set(clean.meta["coerced"]) == {"url", "author", "author_reach", "title", "language",
                                          "rating"}  # fmt: skip


def test_normalise__no_id_or_no_time_is_unstorable_naming_the_field() -> None:
    for bad, field in ((Found("x", "", "t", T), "external_id"),
                       (Found("x", "1", "t", "soon"), "created_at")):  # type: ignore[arg-type]  # fmt: skip
        try:
            normalise(bad)
        except Unstorable as e:
            assert str(e).startswith(f"field '{field}'")
        else:
            raise AssertionError(f"{field}: not refused")


def test_normalise__a_long_id_stays_unique() -> None:
    a, b = (
        normalise(Found("x", "a" * 300 + "1", "t", T)),
        normalise(Found("x", "a" * 300 + "2", "t", T)),
    )
    assert len(a.external_id) <= 255
    assert a.external_id != b.external_id


def test_normalise__large_meta_keeps_whole_keys_and_names_the_rest() -> None:
    meta = {f"k{i}": "x" * 3000 for i in range(10)}
    clean = normalise(Found("x", "1", "t", T, meta=meta))
    assert len(json.dumps(clean.meta).encode()) <= META_BYTES
    assert "k0" in clean.meta
    assert "k9" in clean.meta["truncated"]


@settings(max_examples=500, deadline=None)
@given(
    value=st.text(alphabet=st.characters(exclude_categories=()))
    | st.lists(TRICKY, max_size=12).map("".join)
)
def test_fast_paths__equal_the_safety_functions(value: str) -> None:
    assert text_of(value) == clean_text(value)
    assert line_of(value) == clean_line(value)
