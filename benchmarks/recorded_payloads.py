"""What each connector makes of responses recorded from the real APIs by other projects.

Replays every ``tests/cassettes/recorded/*.json`` (offline, through ``responses``) and
prints, per recorded payload: the items it holds, how many became mentions (``Found``) and
how many were reported as unreadable (``ItemError``), with the first error's reason.
``tests/cassettes/recorded/SOURCES.md`` says where each payload comes from.

    python benchmarks/recorded_payloads.py
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import responses
from responses.registries import OrderedRegistry

from connectors import REGISTRY
from connectors.base import Page, Query

RECORDED = Path(__file__).resolve().parent.parent / "tests" / "cassettes" / "recorded"
QUERY = Query(brand="Recorded", keywords=("tweepy", "praw", "hoot"))


@dataclass(frozen=True)
class Outcome:
    name: str
    kind: str
    items: int
    found: int
    errors: int
    first_error: str
    pages: list[Page]


def items_in(data: dict[str, Any]) -> int:
    """The number of items in the recorded answer, at the path the file names."""
    value: Any = data["window"][-1]["json"]
    for key in filter(None, data["items"].split(".")):
        value = value[key]
    return len(value)


def replay(path: Path) -> Outcome:
    data = json.loads(path.read_text("utf-8"))
    cls = REGISTRY[data["kind"]]
    connector = cls(cls.Options.model_validate(data["options"]), env=data["env"])
    with responses.RequestsMock(registry=OrderedRegistry) as rsps:
        for it in data["window"]:
            rsps.add(it["method"], it["url"], json=it["json"], status=it.get("status", 200))
        pages = list(connector.fetch(QUERY if cls.needs_query else None, None))
    errors = [e for p in pages for e in p.errors]
    return Outcome(
        path.stem, data["kind"], items_in(data), sum(len(p.mentions) for p in pages),
        len(errors), str(errors[0]) if errors else "", pages,
    )  # fmt: skip


def main() -> None:
    print(f"{'payload':46} {'kind':9} {'items':>5} {'found':>5} {'errors':>6}  first error")
    for path in sorted(RECORDED.glob("*.json")):
        o = replay(path)
        print(f"{o.name:46} {o.kind:9} {o.items:5} {o.found:5} {o.errors:6}  {o.first_error}")


if __name__ == "__main__":
    main()
