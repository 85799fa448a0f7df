"""Apple's customer-reviews feed, JSON or Atom XML, as one list of entries of one shape.

The JSON variant gives no date per review in real responses (only the feed's own
``updated``); the Atom XML variant of the same feed has ``<updated>`` per entry. Both are
turned into the JSON shape (``{"im:rating": {"label": "4"}, ...}``) so one parser reads
either. XML is read with the standard library's ElementTree, which resolves no external
entities, and its expat bounds entity expansion.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

from monitor.errors import SourceUnavailable

ATOM = "{http://www.w3.org/2005/Atom}"
ITUNES = "{http://itunes.apple.com/rss}"


@dataclass(frozen=True)
class Feed:
    """The entries of one page (app info entry included) and the feed's own time."""

    entries: list[Any]
    updated: str | None


def from_json(body: Any) -> Feed:
    feed = body.get("feed") if isinstance(body, dict) else None
    if not isinstance(feed, dict):
        return Feed([], None)
    entries = feed.get("entry", [])
    entries = [entries] if isinstance(entries, dict) else entries  # one review: an object
    updated = feed.get("updated")
    label = updated.get("label") if isinstance(updated, dict) else None
    return Feed(entries if isinstance(entries, list) else [],
                label if isinstance(label, str) else None)  # fmt: skip


def _name(tag: str) -> str:
    if tag.startswith(ITUNES):
        return "im:" + tag[len(ITUNES) :]
    return tag.removeprefix(ATOM)


def _element(el: ET.Element) -> dict[str, Any]:
    children: dict[str, Any] = {_name(c.tag): _element(c) for c in el}
    out: dict[str, Any] = children or {"label": (el.text or "").strip()}
    if el.attrib:
        out["attributes"] = dict(el.attrib)
    return out


def _entry(el: ET.Element) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for child in el:
        key = _name(child.tag)
        if key == "content" and child.attrib.get("type") == "html":
            continue  # the same review as markup; the text twin is kept
        out.setdefault(key, _element(child))
    return out


def from_xml(content: bytes) -> Feed:
    try:
        root = ET.fromstring(content)
    except ET.ParseError as e:
        raise SourceUnavailable(f"appstore: the reviews feed is not valid XML: {e}") from None
    updated = root.find(f"{ATOM}updated")
    entries = [_entry(el) for el in root.findall(f"{ATOM}entry")]
    return Feed(entries, (updated.text or "").strip() or None if updated is not None else None)
