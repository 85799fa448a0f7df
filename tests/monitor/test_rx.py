"""Stored pattern opcodes (``monitor.rx``): a pattern built from the store matches exactly
as one compiled afresh, a bad or foreign store is never trusted, and fixed patterns go
through the store."""

from __future__ import annotations

import ast
import json
import marshal
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor import rx
from monitor.lexicons import available, load_lexicon

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "tests" / "reading" / "eval"


def _texts() -> list[str]:
    out: list[str] = []
    for name in ("mentions.jsonl", "unseen.jsonl", "fresh.jsonl"):
        with (EVAL / name).open(encoding="utf-8") as f:
            out += [json.loads(line)["text"] for line in f if line.strip()]
    return out


def _lexicon_patterns() -> list[tuple[str, int]]:
    """Every pattern of every shipped lexicon, as the reading compiles them."""
    out = []
    for code in available():
        lexicon = load_lexicon(code)
        for patterns in lexicon.groups.values():
            for p in patterns:
                out.append((f"(?:{p})(?![\\p{{L}}\\p{{M}}\\p{{N}}_])", int(regex.I)))
    return out


def _store(tmp_path: Path) -> rx.PatternStore:
    return rx.PatternStore(lambda: tmp_path / "store.marshal")


def _no_compiling(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every pattern the store hands to ``regex.compile``."""
    compiled: list[str] = []
    real = regex.compile

    def spy(pattern: str, flags: int = 0) -> regex.Pattern[str]:
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(regex, "compile", spy)
    return compiled


def test_built_from_the_store_it_matches_like_a_fresh_compile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    patterns = _lexicon_patterns()[::7]
    first = _store(tmp_path)
    for p, flags in patterns:
        first.compile(p, flags)
    first.save()

    again = _store(tmp_path)
    compiled = _no_compiling(monkeypatch)
    built = [again.compile(p, flags) for p, flags in patterns]
    assert compiled == [], "a stored pattern was parsed again"
    monkeypatch.undo()

    texts = _texts()
    for (p, flags), made in zip(patterns, built, strict=True):
        fresh = regex.compile(p, flags)
        assert (made.pattern, made.flags, made.groupindex) == (
            fresh.pattern, fresh.flags, fresh.groupindex,
        )  # fmt: skip
        for text in texts:
            assert [m.span() for m in made.finditer(text)] == [
                m.span() for m in fresh.finditer(text)
            ], (p, text)


_PIECES = st.sampled_from(
    [r"\b", r"\w+", r"\d{1,3}", "a", "b", "é", "দ", "ä", "(?:ab|ba)", "[a-c]", r"\s", ".", "x?",
     "(?P<n>b+)", r"(?<!a)", r"(?!c)", r"\p{Lu}", "ß"]
)  # fmt: skip
_TEXT = st.text(alphabet="abcxéäßদ ABC12", max_size=30)


@settings(max_examples=150, deadline=None)
@given(
    pieces=st.lists(_PIECES, min_size=1, max_size=6),
    ignore_case=st.booleans(),
    texts=st.lists(_TEXT, min_size=1, max_size=5),
)
def test_any_pattern_round_trips_through_the_store(
    tmp_path_factory: pytest.TempPathFactory, pieces: list[str], ignore_case: bool,
    texts: list[str],
) -> None:  # fmt: skip
    folder = tmp_path_factory.mktemp("rx")
    pattern, flags = "".join(pieces), int(regex.I) if ignore_case else 0
    first = _store(folder)
    first.compile(pattern, flags)
    first.save()
    made = _store(folder).compile(pattern, flags)
    fresh = regex.compile(pattern, flags)
    for text in texts:
        assert [(m.span(), m.groups()) for m in made.finditer(text)] == [
            (m.span(), m.groups()) for m in fresh.finditer(text)
        ]


def test_a_damaged_store_is_ignored_and_written_anew(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.marshal"
    path.write_bytes(b"\x00not marshal at all")
    store = _store(tmp_path)
    assert store.compile(r"\bkettle\b", regex.I).search("A KETTLE") is not None
    store.save()
    compiled = _no_compiling(monkeypatch)
    assert _store(tmp_path).compile(r"\bkettle\b", regex.I).search("a kettle") is not None
    assert compiled == []


def test_an_entry_for_another_pattern_is_not_trusted(tmp_path: Path) -> None:
    """An entry whose opcodes build some other pattern is dropped and compiled afresh."""
    store = _store(tmp_path)
    store.compile("refund", 0)
    store.save()
    data = marshal.loads((tmp_path / "store.marshal").read_bytes())
    data["entries"][("replacement", 0)] = data["entries"][("refund", 0)]
    (tmp_path / "store.marshal").write_bytes(marshal.dumps(data))
    made = _store(tmp_path).compile("replacement", 0)
    assert made.pattern == "replacement"
    assert made.search("a replacement") is not None
    assert made.search("refund") is None


def test_garbage_opcodes_are_compiled_afresh(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.compile("late", 0)
    store.save()
    data = marshal.loads((tmp_path / "store.marshal").read_bytes())
    data["entries"][("late", 0)] = marshal.dumps(("late", 0, b"\x01\x02", {}, {}))
    (tmp_path / "store.marshal").write_bytes(marshal.dumps(data))
    assert _store(tmp_path).compile("late", 0).search("too late") is not None


def test_a_store_of_another_format_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _store(tmp_path)
    store.compile("parcel", 0)
    store.save()
    data = marshal.loads((tmp_path / "store.marshal").read_bytes())
    data["format"] = "regex-opcodes-0"
    (tmp_path / "store.marshal").write_bytes(marshal.dumps(data))
    compiled = _no_compiling(monkeypatch)
    _store(tmp_path).compile("parcel", 0)
    assert compiled == ["parcel"]


def test_an_unwritable_folder_only_costs_time(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    store = rx.PatternStore(lambda: blocked / "regex" / "store.marshal")
    assert store.compile(r"\d+", 0).findall("3 bags, 2 mugs") == ["3", "2"]
    store.save()  # no error
    assert not (blocked / "regex").exists()


def test_a_new_regex_build_is_a_new_store(monkeypatch: pytest.MonkeyPatch) -> None:
    before = rx.store_key()
    monkeypatch.setattr(regex, "__version__", "0.0.1")
    assert rx.store_key() != before


def test_the_store_stays_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the bound, a save keeps only what the saving process used."""
    monkeypatch.setattr(rx, "MAX_ENTRIES", 5)
    old = _store(tmp_path)
    for word in ("one", "two", "three", "four"):
        old.compile(word, 0)
    old.save()
    now = _store(tmp_path)
    now.compile("two", 0)
    for word in ("five", "six"):
        now.compile(word, 0)
    now.save()
    kept = marshal.loads((tmp_path / "store.marshal").read_bytes())["entries"]
    assert sorted(p for p, _ in kept) == ["five", "six", "two"]


def test_the_same_pattern_with_other_flags_is_another_entry(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.compile("refund", 0)
    store.compile("refund", int(regex.I))
    store.save()
    again = _store(tmp_path)
    assert again.compile("refund", 0).search("REFUND") is None
    assert again.compile("refund", int(regex.I)).search("REFUND") is not None


def _module_level_compiles(path: Path) -> list[int]:
    """Lines where a module's own body (not a function) calls ``regex.compile``."""
    found: list[int] = []

    def walk(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(
                child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
            )
            call = child if isinstance(child, ast.Call) else None
            if (
                call is not None
                and not in_function
                and isinstance(call.func, ast.Attribute)
                and isinstance(call.func.value, ast.Name)
                and (call.func.value.id, call.func.attr) == ("regex", "compile")
            ):
                found.append(call.lineno)
            walk(child, inside)

    walk(ast.parse(path.read_text(encoding="utf-8")), False)
    return found


def test_fixed_patterns_go_through_the_store() -> None:
    """A module constant compiled with ``regex.compile`` would be parsed by every process
    again; ``rx.compile`` builds it from the store."""
    offenders = {
        str(path.relative_to(ROOT)): lines
        for folder in ("monitor", "reports", "connectors")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path.name != "rx.py" and (lines := _module_level_compiles(path))
    }
    assert offenders == {}
