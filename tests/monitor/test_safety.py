from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from monitor.safety import clean_line, clean_text, safe_url

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)


def test_clean_line__removes_line_breaks_and_controls() -> None:
    assert clean_line("@evil\r\nBcc: victim@example.com") == "@evil Bcc: victim@example.com"
    assert clean_line("a\x00b\x1b[31mc\u202ed") == "ab[31mcd"
    assert clean_line("   \n\t ") is None
    assert clean_line({"name": "x"}) is None
    assert clean_line(12) == "12"


def test_clean_line__caps_length() -> None:
    assert len(clean_line("x" * 1000, limit=20) or "") == 20


def test_clean_text__keeps_lines_drops_nul_and_lone_surrogates() -> None:
    assert clean_text("one\r\ntwo\rthree\x00") == "one\ntwo\nthree"
    assert "\ud800" not in clean_text("bad \ud800 surrogate")
    clean_text("bad \ud800 surrogate").encode("utf-8")


def test_safe_url__only_http_and_https_with_a_host() -> None:
    assert safe_url("https://example.com/a?b=1") == "https://example.com/a?b=1"
    assert safe_url("javascript:alert(document.cookie)") is None
    assert safe_url("JAVASCRIPT:alert(1)") is None
    assert safe_url("data:text/html,<script>") is None
    assert safe_url("http://") is None
    assert safe_url("1234567890") is None
    assert safe_url(["https://example.com"]) is None
    assert safe_url("https://exa mple.com") is None
    assert safe_url("http://[::1") is None


@given(JSON)
def test_cleaners__never_raise_and_give_storable_text(value: Any) -> None:
    line = clean_line(value)
    assert line is None or ("\n" not in line and "\r" not in line and "\x00" not in line)
    if line is not None:
        line.encode("utf-8")
    body = clean_text(value)
    assert "\x00" not in body
    assert "\r" not in body
    body.encode("utf-8")
    url = safe_url(value)
    assert url is None or url.lower().startswith(("http://", "https://"))
