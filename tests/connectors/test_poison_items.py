"""One poisoned item never sinks its page: any JSON value in any field of any one item.

For every connector with a JSON payload, a real-shaped window (the cassette) is replayed
with one field of one item replaced by an arbitrary JSON value: null, booleans, huge
integers, floats (1e30, NaN, infinity), nested lists and objects, strings with NUL and lone
surrogates. Every item must still come out, once, as a ``Found`` or an ``ItemError``; the
fetch must not raise; and the cursor may not claim anything that was not yielded.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
import responses
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from responses.registries import OrderedRegistry

from connectors.base import Page
from monitor.timeutil import parse_timestamp
from tests.connectors.replay import Cassette, add

ODD_SCALARS = st.sampled_from([
    1e30, -1e30, float("nan"), float("inf"), 2**63, 2**64 + 1, -(2**70), 0, -1, True, False,
    None, "", " ", "\x00", "a\x00b", "\ud800", "x\udfffy", "\u202eevil", "1e999", "null",
    "2026-13-45T99:99:99Z", "javascript:alert(1)", "9" * 400,
])  # fmt: skip
SCALARS = (ODD_SCALARS | st.none() | st.booleans() | st.integers() | st.floats()
           | st.text(max_size=30))  # fmt: skip
JSON = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _items(kind: str, it: dict[str, Any]) -> list[Any] | None:
    """The item list inside one recorded answer, or None when it holds no items."""
    body = it.get("json")
    try:
        if kind == "googleplay":
            return _play_rows(it)
        found = {
            "x": lambda: body["data"],
            "hackernews": lambda: body["hits"],
            "appstore": lambda: body["feed"]["entry"],
            "mastodon": lambda: body,
            "bluesky": lambda: body["posts"],
            "reddit": lambda: body["data"]["children"],
            "youtube": lambda: body["items"] if "/search" not in it["url"] else None,
            "googlebusiness": lambda: body["reviews"],
        }[kind]()
    except (KeyError, TypeError):
        return None
    return found if isinstance(found, list) and found else None


def _play_rows(it: dict[str, Any]) -> list[Any] | None:
    if "body" not in it or "wrb.fr" not in it["body"]:
        return None
    envelope = json.loads(it["body"].removeprefix(")]}'").lstrip())
    it["_envelope"], it["_payload"] = envelope, json.loads(envelope[0][2])
    return it["_payload"][0]  # type: ignore[no-any-return]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*prefix, index))


def _set(container: list[Any], index: int, path: tuple[Any, ...], value: Any) -> None:
    if not path:
        container[index] = value
        return
    target = container[index]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


def _kinds() -> list[str]:
    from tests.connectors.replay import KINDS

    return [k for k in KINDS if k != "rss"]  # rss is XML: feedparser normalises every entry


def _interactions(kind: str) -> list[dict[str, Any]]:
    """The window with query matchers dropped: a poisoned id may change the next page's query."""
    data = copy.deepcopy(Cassette.load(kind).data)
    return [{k: v for k, v in it.items() if k != "query"} for it in data["window"]]


def _replay(kind: str, interactions: list[dict[str, Any]]) -> list[Page]:
    cassette = Cassette.load(kind)
    rsps = responses.RequestsMock(registry=OrderedRegistry, assert_all_requests_are_fired=False)
    for it in interactions:
        if "_payload" in it:
            it["_envelope"][0][2] = json.dumps(it["_payload"])
            it = {**it, "body": ")]}'\n\n" + json.dumps(it["_envelope"])}
        add(rsps, it)
    with rsps:
        return list(cassette.connector().fetch(cassette.query, None))


def _outcome(pages: list[Page]) -> tuple[int, list[str]]:
    found = [f for p in pages for f in p.mentions]
    return len(found) + sum(len(p.errors) for p in pages), [f.external_id for f in found]


def _times_in(cursor: Any) -> Iterator[datetime]:
    if isinstance(cursor, dict):
        for key, value in cursor.items():
            if key == "at" and isinstance(value, str):
                yield parse_timestamp(value)
            else:
                yield from _times_in(value)
    elif isinstance(cursor, list):
        for value in cursor:
            yield from _times_in(value)


def _assert_cursor_rule(pages: list[Page]) -> None:
    """Only the last page resumes, with every error of the window (quarantined in the same
    transaction), and its cursor claims nothing that was not yielded."""
    assert all(p.cursor is None for p in pages[:-1])
    assert all(not p.errors for p in pages[:-1])
    assert pages[-1].cursor is not None
    state = json.loads(pages[-1].cursor)
    found = [f for p in pages for f in p.mentions]
    newest = max((f.edited_at or f.created_at for f in found), default=None)
    for at in _times_in(state):
        assert newest is not None
        assert at <= newest
    yielded = {f.external_id.rsplit(":", 1)[-1] for f in found}
    yielded |= {e.item for p in pages for e in p.errors}
    for seen in state.get("seen", []) if isinstance(state, dict) else []:
        assert seen in yielded


@pytest.mark.parametrize("kind", _kinds())
@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip
@given(data=st.data(), value=JSON)
def test_poisoned_field__every_item_found_or_reported_once(
    kind: str, data: st.DataObject, value: Any
) -> None:
    baseline, _ = _outcome(_replay(kind, _interactions(kind)))
    interactions = _interactions(kind)
    holders = [(it, items) for it in interactions if (items := _items(kind, it))]
    _answer, items = data.draw(st.sampled_from(holders), label="answer")
    index = data.draw(st.integers(0, len(items) - 1), label="item")
    path = data.draw(st.sampled_from(list(_paths(items[index]))), label="field")
    _set(items, index, path, value)

    pages = _replay(kind, interactions)

    total, ids = _outcome(pages)
    assert total == baseline
    assert len(ids) == len(set(ids))
    for page in pages:
        for error in page.errors:
            assert error.item
            assert error.message
            assert error.raw is not None
            error.raw.encode("utf-8")
        for found in page.mentions:
            json.dumps(dict(found.meta), allow_nan=False).encode("utf-8")
            assert found.created_at.tzinfo is not None
    _assert_cursor_rule(pages)
