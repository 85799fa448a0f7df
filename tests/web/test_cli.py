"""``repmon users``, ``repmon tokens`` and ``repmon export --labels``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.cli.web import is_loopback


@pytest.fixture
def args(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.delenv("REPMON_DATABASE_URL", raising=False)
    config = tmp_path / "repmon.toml"
    config.write_text('[[brands]]\nname = "Acme"\nkeywords = ["acme"]\n', "utf-8")
    return ["--config", str(config), "--data-dir", str(tmp_path / "data")]


def _run(args: list[str], *more: str, stdin: str | None = None) -> str:
    result = CliRunner().invoke(cli, [*args, *more], input=stdin)
    assert result.exit_code == 0, result.output + str(result.exception)
    return result.stdout


def test_users__add_list_passwd_role_remove(args: list[str]) -> None:
    assert "Added maria (approver)" in _run(args, "users", "add", "maria", "--role", "approver",
                                             "--password-stdin", stdin="long enough pw\n")  # fmt: skip
    listed = json.loads(_run(args, "users", "list", "--json"))
    assert [(u["name"], u["role"]) for u in listed] == [("maria", "approver")]
    _run(args, "users", "passwd", "maria", "--password-stdin", stdin="another long pw\n")
    _run(args, "users", "role", "maria", "admin")
    assert "admin" in _run(args, "users", "list")
    _run(args, "users", "remove", "maria")
    assert "No users yet" in _run(args, "users", "list")


def test_users__short_password_and_duplicate_are_refused_by_name(args: list[str]) -> None:
    result = CliRunner().invoke(cli, [*args, "users", "add", "bo", "--role", "viewer",
                                      "--password-stdin"], input="short\n")  # fmt: skip
    assert result.exit_code != 0
    assert "user 'bo': the password needs at least 10" in str(result.exception)
    _run(
        args, "users", "add", "bo", "--role", "viewer", "--password-stdin", stdin="long enough pw\n"
    )
    result = CliRunner().invoke(cli, [*args, "users", "add", "bo", "--role", "viewer",
                                      "--password-stdin"], input="long enough pw\n")  # fmt: skip
    assert "user 'bo' exists already" in str(result.exception)


def test_tokens__create_list_revoke(args: list[str]) -> None:
    _run(
        args,
        "users",
        "add",
        "bot",
        "--role",
        "viewer",
        "--password-stdin",
        stdin="long enough pw\n",
    )
    result = CliRunner().invoke(cli, [*args, "tokens", "create", "--user", "bot", "--label", "ci"])
    secret = result.stdout.strip().splitlines()[0]
    assert secret.startswith("rmt_")
    assert len(secret) > 40
    listed = json.loads(_run(args, "tokens", "list", "--json").splitlines()[0])
    assert listed[0]["user"] == "bot"
    assert not listed[0]["revoked"]
    assert secret not in _run(args, "tokens", "list")
    _run(args, "tokens", "revoke", "1")
    assert json.loads(_run(args, "tokens", "list", "--json"))[0]["revoked"]


def test_export_labels__csv_header_in_the_train_format(args: list[str]) -> None:
    out = _run(args, "export", "--labels", "--format", "csv")
    assert out.splitlines()[0] == (
        "text,language,complaint,angry,needs_reply,sentiment,complaint_type,brand,source"
    )


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("localhost", True),
                                                ("::1", True), ("0.0.0.0", False),
                                                ("192.168.1.5", False)])  # fmt: skip
def test_web__warns_about_tls_unless_on_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback
