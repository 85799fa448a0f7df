"""``repmon score`` prints the reading and the decisions beside the numbers."""

from __future__ import annotations

import json

from click.testing import CliRunner

from monitor.cli.score import score


def run(lines: list[str]) -> list[dict[str, object]]:
    result = CliRunner().invoke(score, input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def test_score__prints_the_reading_and_the_decisions() -> None:
    [out] = run(["Parcelly lost my parcel again, useless!!! I want a refund, not a voucher."])
    for key in ("speaker", "stance", "sarcasm", "problems", "asks", "flags", "rating", "facts"):
        assert key in out
    decisions = out["decisions"]
    assert isinstance(decisions, dict)
    assert decisions["complaint"] is decisions["needs_reply"] is decisions["answer_now"] is True
    assert isinstance(decisions["angry"], bool)  # the alert decision: the anger model's
    assert out["asks"][0]["kind"] == "refund"
    assert isinstance(out["anger"], float)
    assert isinstance(out["complaint"], float)


def test_score__star_rating_and_source_from_json_lines_change_the_reading() -> None:
    one, five = run([
        json.dumps({"text": "Updated today.", "source": "appstore", "rating": 1}),
        json.dumps({"text": "Updated today.", "source": "appstore", "rating": 5}),
    ])  # fmt: skip
    assert (one["rating"], one["stance"]) == (1.0, "complaint")
    assert (five["rating"], five["stance"]) == (5.0, "praise")


def test_score__other_language_is_marked_for_a_human_read() -> None:
    [out] = run([json.dumps({"text": "Mi paquete no ha llegado", "lang": "es"})])
    assert out["scored"] is False
    assert out["sentiment"] is None
    assert out["decisions"]["needs_reply"] is True
