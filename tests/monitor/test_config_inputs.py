"""Whatever a config or a database URL holds: a field-naming message or a working value,
never a traceback (property tests over generated keywords and URLs)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.config import parse_settings
from monitor.errors import ConfigError
from monitor.matching import Matcher, query_for
from monitor.storage import Database, check_url, database_url

TERM_CHARS = st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Z", "C"))
TERMS = st.lists(st.text(TERM_CHARS, max_size=12), min_size=1, max_size=4)


def _brand(keywords: list[str], **extra: object) -> dict[str, object]:
    return {"brands": [{"name": "Acme", "keywords": keywords, **extra}]}


@given(keywords=TERMS, handles=st.lists(st.text(TERM_CHARS, max_size=8), max_size=2))
@settings(max_examples=300, deadline=None)
def test_keywords__refused_with_the_field_or_usable_by_the_matcher(
    keywords: list[str], handles: list[str]
) -> None:
    try:
        parsed = parse_settings(_brand(keywords, handles=handles))
    except ConfigError as e:
        assert all(p.where.startswith("brands[0]") for p in e.problems), e
        return
    brand = parsed.brands[0]
    query_for(brand)  # what a connector searches for
    Matcher(parsed.brands).match(" ".join(keywords) + " some text")


def test_keywords__no_word_is_refused_by_name() -> None:
    with pytest.raises(ConfigError) as e:
        parse_settings(_brand(["acme", "!!!"]))
    assert str(e.value) == (
        "brands[0].keywords: term 1 ('!!!') has no letter or digit in it, so it can never match"
    )


URL_HEADS = st.sampled_from(
    ["sqlite://", "sqlite:///", "postgresql://", "postgresql+psycopg://", "mysql://", ""]
)
URL_TAILS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)


@given(head=URL_HEADS, tail=URL_TAILS)
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_database_url__refused_with_the_field_or_accepted_by_the_engine(
    head: str, tail: str
) -> None:
    try:
        url = check_url(head + tail)
    except ConfigError as e:
        [problem] = e.problems
        assert problem.where == "REPMON_DATABASE_URL"
        assert problem.message
        return
    try:
        Database(url).engine.dispose()  # builds the engine; no connection is made
    except ConfigError as e:  # the driver refused it: still a message naming the variable
        assert e.problems[0].where == "REPMON_DATABASE_URL"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("postgresql+psycopg://repmon@db:5432x/repmon", "use a number for the port"),
        ("postgresql+psycopg://repmon@[::1/repmon", "put an IPv6 host in brackets"),
        ("postgresql+psycopg://repmon@db:70000/repmon", "port 70000 is not between 1 and 65535"),
        ("sqlite://", "sqlite:// without a path is an in-memory database"),
        ("sqlite:///:memory:", "nothing would be kept"),
        ("mysql://x/y", "use sqlite:///PATH or postgresql+psycopg://"),
        ("sqlite://0/0", "a sqlite URL has no host"),
    ],
)
def test_database_url__bad_ones_say_what_to_write(url: str, message: str, tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as e:
        database_url(data_dir=tmp_path, override=url)
    assert message in str(e.value)
    assert str(e.value).startswith("--database-url: ")


def test_config_validate__generated_keywords_never_crash(tmp_path: Path) -> None:
    """The same property through the real command: exit 0 or 2 with a named field."""
    from tests.monitor.test_cli import repmon

    for i, keywords in enumerate([["!!!"], ["-acme"], ['"'], ["a\u0000b"], ["🙂"], ["#"]]):
        path = tmp_path / f"c{i}.toml"
        path.write_text(f'[[brands]]\nname = "A"\nkeywords = {json.dumps(keywords)}\n')
        result = repmon("config", "validate", str(path), cwd=tmp_path)
        assert result.returncode in (0, 2), result.stderr
        assert "Traceback" not in result.stderr
        if result.returncode == 2:
            assert "brands[0]" in result.stderr or "line " in result.stderr


def test_digest_recipient_with_a_line_break_is_refused_by_name() -> None:
    with pytest.raises(ConfigError) as e:
        parse_settings(_brand(["acme"], digest={"recipients": ["ops@x.example\r\nBcc: a@b.c"]}))
    assert str(e.value).startswith("brands[0].digest.recipients: not an email address")


def test_data_dir_that_is_a_file_is_refused_by_name(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("")
    with pytest.raises(ConfigError) as e:
        database_url(data_dir=blocker / "inner", use_env=False)
    assert (
        str(e.value) == f"storage.data_dir: cannot create {blocker / 'inner'}: a file is in the way"
    )
