from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from connectors import REGISTRY
from monitor import editing
from monitor.config import load_settings
from monitor.errors import ConfigError
from tests.conftest import ROOT

EXAMPLE = ROOT / "config" / "repmon.example.toml"
_COMMENT = re.compile(r"(?:^|\s)# .*$")


@pytest.fixture
def example(tmp_path: Path) -> Path:
    path = tmp_path / "repmon.toml"
    shutil.copy(EXAMPLE, path)
    return path


def _open(path: Path) -> editing.ConfigFile:
    return editing.ConfigFile(path, registry=REGISTRY)


def test_edits__round_trip_keeps_every_comment_and_undoing_restores_the_file(example: Path) -> None:
    cfg = _open(example)
    editing.add_brand(cfg, name="Beta", terms=["beta", '"beta box"'], timezone="Asia/Dhaka")
    editing.add_terms(cfg, "acme coffee", ["-anvil", "@acmeshop"])
    editing.add_source(
        cfg, kind="jsonl", name="beta-export", brands=["beta"], interval="2h",
        options={"path": "beta.jsonl"},
    )  # fmt: skip
    cfg.save()
    edited = example.read_text()
    comments = [m[0] for line in EXAMPLE.read_text().splitlines() if (m := _COMMENT.search(line))]
    assert len(comments) > 20
    assert [c for c in comments if c not in edited] == []
    # the comment introducing [[sources]] still sits right above the first source
    assert (
        '# is polled; `options` are the connector\'s own (see the README\'s source table).\n[[sources]]\nkind = "jsonl"\nname = "import"'
        in edited
    )
    settings = load_settings(example, registry=REGISTRY)
    assert settings.brand("beta").timezone == "Asia/Dhaka"
    assert settings.source("beta-export").brands == ["Beta"]

    cfg = _open(example)
    editing.remove_source(cfg, "beta-export")
    editing.remove_brand(cfg, "Beta")
    editing.remove_terms(cfg, "Acme Coffee", ["-anvil", "@ACMESHOP"])
    cfg.save()
    assert example.read_bytes() == EXAMPLE.read_bytes()


def _edit_and_save(path: Path, edit: object) -> None:
    cfg = _open(path)
    edit(cfg)  # type: ignore[operator]
    cfg.save()


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda c: editing.remove_brand(c, "Acme Coffee"), "'Acme Coffee' is the only brand"),
        (lambda c: editing.add_brand(c, name="Beta", terms=["beta"], timezone="Mars/Olympus"), "brands[1].timezone: unknown timezone 'Mars/Olympus'"),
        (lambda c: editing.add_source(c, kind="jsonl", name="import", brands=[], interval=None, options={"path": "x"}), "source names must be unique"),
        (lambda c: editing.add_source(c, kind="nope", name=None, brands=[], interval=None, options={}), "sources[1].kind: unknown kind 'nope'"),
        (lambda c: editing.add_source(c, kind="jsonl", name="b", brands=[], interval="soon", options={"path": "x"}), "sources[1].interval"),
        (lambda c: editing.add_source(c, kind="jsonl", name="b", brands=[], interval=None, options={}), "sources[1] (jsonl).options.path: Field required"),
    ],
)  # fmt: skip
def test_save__invalid_edit_is_refused_and_the_file_is_byte_identical(
    example: Path, edit: object, message: str
) -> None:
    before = example.read_bytes()
    with pytest.raises(ConfigError) as caught:
        _edit_and_save(example, edit)
    assert message in str(caught.value)
    assert str(example) in str(caught.value)
    assert example.read_bytes() == before
    assert [p.name for p in example.parent.iterdir()] == [example.name]  # no temp file left


def test_remove_terms__the_last_term_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "r.toml"
    path.write_text('[[brands]]\nname = "Solo"\nkeywords = ["solo"]\n')
    cfg = _open(path)
    editing.remove_terms(cfg, "Solo", ["solo"])
    with pytest.raises(
        ConfigError, match=r"brands\[0\]: a brand needs at least one keyword or handle"
    ):
        cfg.save()


def test_remove_terms__matches_by_meaning_across_lists(example: Path) -> None:
    cfg = _open(example)
    removed = editing.remove_terms(
        cfg, "acme coffee", ['"ACME Coffee"', "@acmehelp", '-"wile e coyote"']
    )
    cfg.save()
    brand = load_settings(example, registry=REGISTRY).brand("Acme Coffee")
    assert removed == ['"ACME Coffee"', "@acmehelp", '-"wile e coyote"']
    assert "acme coffee" not in brand.keywords
    assert brand.handles == ["@acmecoffee"]
    assert brand.exclude == []


def test_remove_terms__unknown_term_names_brand_and_field(example: Path) -> None:
    with pytest.raises(
        ConfigError, match=r"brands\[0\].keywords: 'espresso' is not watched for 'Acme Coffee'"
    ):
        editing.remove_terms(_open(example), "Acme Coffee", ["espresso"])


def test_add_terms__reports_terms_already_watched(example: Path) -> None:
    added, present = editing.add_terms(_open(example), "Acme Coffee", ["ACMECOFFEE", "beans"])
    assert (added, present) == (["beans"], ["ACMECOFFEE"])


def test_add_source__secret_looking_option_is_refused_pointing_to_env(example: Path) -> None:
    before = example.read_bytes()
    cfg = _open(example)
    editing.add_source(cfg, kind="jsonl", name="b", brands=[], interval=None,
                       options={"path": "x", "api_key": "sk-live-123"})  # fmt: skip
    with pytest.raises(ConfigError) as caught:
        cfg.save()
    assert (
        'sources[1].options.api_key: secrets go in environment variables; use api_key_env = "VAR"'
        in str(caught.value)
    )
    assert "sk-live-123" not in str(caught.value)
    assert example.read_bytes() == before


def test_add_source__env_option_holding_a_value_is_refused(example: Path) -> None:
    with pytest.raises(
        ConfigError,
        match=r"sources\[1\] \(jsonl\).options.token_env: name the environment variable",
    ):
        editing.add_source(_open(example), kind="jsonl", name="b", brands=[], interval=None,
                           options={"token_env": "ghp_abc123"})  # fmt: skip


def test_save__file_changed_meanwhile_is_refused(example: Path) -> None:
    cfg = _open(example)
    editing.add_terms(cfg, "Acme Coffee", ["beans"])
    example.write_text(example.read_text() + "\n# edited by hand\n")
    with pytest.raises(ConfigError, match="the file changed while it was being edited"):
        cfg.save()
    assert example.read_text().endswith("# edited by hand\n")


def test_save__keeps_file_permissions(example: Path) -> None:
    example.chmod(0o600)
    cfg = _open(example)
    editing.add_terms(cfg, "Acme Coffee", ["beans"])
    cfg.save()
    assert example.stat().st_mode & 0o777 == 0o600


def test_open__not_toml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("[[brands]\n")
    with pytest.raises(ConfigError, match=r"bad.toml: not valid TOML"):
        _open(path)


def test_remove_brand__still_named_by_a_source_is_refused(example: Path) -> None:
    cfg = _open(example)
    editing.add_brand(cfg, name="Beta", terms=["beta"])
    editing.add_source(cfg, kind="jsonl", name="b", brands=["Beta"], interval=None,
                       options={"path": "b.jsonl"})  # fmt: skip
    cfg.save()
    before = example.read_bytes()
    cfg = _open(example)
    editing.remove_brand(cfg, "beta")
    with pytest.raises(ConfigError, match=r"sources\[1\] \(jsonl\).brands: no brand named 'Beta'"):
        cfg.save()
    assert example.read_bytes() == before


def test_add_source__first_source_starts_after_a_blank_line(tmp_path: Path) -> None:
    path = tmp_path / "r.toml"
    path.write_text('[[brands]]\nname = "Solo"\nkeywords = ["solo"]\n# the end\n')
    cfg = _open(path)
    editing.add_source(
        cfg, kind="jsonl", name=None, brands=[], interval=None, options={"path": "a"}
    )
    cfg.save()
    assert path.read_text().endswith(
        '# the end\n\n[[sources]]\nkind = "jsonl"\noptions = {path = "a"}\n'
    )
