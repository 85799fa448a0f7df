"""App Store: undated JSON reviews, the Atom XML variant, and never the same review twice."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import responses

from connectors.appstore import AppStoreConnector, AppStoreOptions
from connectors.base import Page

ROOT = "https://itunes.apple.com/us/rss/customerreviews/page=1/id=1234567890/sortby=mostrecent"
FEED_UPDATED = "2026-11-23T01:00:00-07:00"


def _json_entry(review_id: str, stars: str, text: str) -> dict[str, Any]:
    """An entry as Apple's JSON gives it in real responses: no per-review date."""
    return {
        "author": {"uri": {"label": "https://itunes.apple.com/us/reviews/id1"},
                   "name": {"label": "annuli"}, "label": ""},
        "im:version": {"label": "4.2.0"}, "im:rating": {"label": stars},
        "id": {"label": review_id}, "title": {"label": "Title"},
        "content": {"label": text, "attributes": {"type": "text"}},
        "link": {"attributes": {"rel": "related", "href": "https://itunes.apple.com/us/review?id=1"}},
        "im:voteSum": {"label": "2"},
        "im:contentType": {"attributes": {"term": "Application", "label": "Application"}},
        "im:voteCount": {"label": "3"},
    }  # fmt: skip


def _json_feed(*entries: dict[str, Any]) -> dict[str, Any]:
    return {"feed": {"author": {"name": {"label": "iTunes Store"}}, "entry": list(entries),
                     "updated": {"label": FEED_UPDATED}, "id": {"label": ROOT + "/json"}}}  # fmt: skip


XML = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns:im="http://itunes.apple.com/rss" xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<id>{ROOT}/xml</id><title>iTunes Store: Customer Reviews</title>
<updated>{FEED_UPDATED}</updated>
<author><name>iTunes Store</name><uri>http://www.apple.com/us/itunes/</uri></author>
<entry>
<id>11003</id><title>Crashes</title><updated>2026-11-23T00:45:00-07:00</updated>
<link rel="related" href="https://itunes.apple.com/us/review?id=1234567890&amp;type=Purple%20Software"/>
<content type="text">The app crashes at checkout.</content>
<im:contentType term="Application" label="Application"/>
<im:voteSum>2</im:voteSum><im:voteCount>3</im:voteCount><im:rating>1</im:rating>
<im:version>4.2.0</im:version>
<author><name>annuli</name><uri>https://itunes.apple.com/us/reviews/id111</uri></author>
<content type="html">&lt;table&gt;&lt;tr&gt;&lt;td&gt;The app crashes at checkout.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</content>
</entry>
<entry>
<id>11002</id><title>Lovely</title><updated>2026-11-22T10:00:00-07:00</updated>
<content type="text">Best coffee app.</content>
<im:voteSum>0</im:voteSum><im:voteCount>0</im:voteCount><im:rating>5</im:rating>
<im:version>4.1.9</im:version><author><name>bo</name></author>
</entry>
</feed>"""


def _fetch(cursor: str | None = None, **options: Any) -> tuple[list[Page], list[str]]:
    connector = AppStoreConnector(AppStoreOptions(app_id=1234567890, **options), env={})
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        undated = _json_feed(_json_entry("11003", "1", "Crashes at checkout."),
                             _json_entry("11002", "5", "Best coffee app."))  # fmt: skip
        rsps.get(ROOT + "/json", json=undated)
        rsps.get(ROOT + "/xml", body=XML, content_type="application/atom+xml")
        pages = list(connector.fetch(None, cursor))
        urls = [c.request.url.rsplit("/", 1)[-1] for c in rsps.calls]
    return pages, urls


def test_fetch__undated_json_takes_the_feed_time_and_keeps_stars_version_votes() -> None:
    pages, urls = _fetch(format="json")
    found = [f for p in pages for f in p.mentions]
    assert urls == ["json"]
    assert [(f.external_id, f.rating) for f in found] == [
        ("1234567890:11003", 1.0), ("1234567890:11002", 5.0),
    ]  # fmt: skip
    assert found[0].created_at == datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    assert found[0].meta == {"version": "4.2.0", "vote_sum": 2, "vote_count": 3, "dated": False}


def test_fetch__the_same_undated_reviews_are_never_new_twice() -> None:
    pages, _ = _fetch(format="json")
    again, urls = _fetch(pages[-1].cursor, format="json")
    assert urls == ["json"]
    assert [f for p in again for f in p.mentions] == []
    assert json.loads(again[-1].cursor)["seen"][:2] == ["11003", "11002"]


def test_fetch__auto_switches_to_dated_xml_and_remembers_it() -> None:
    pages, urls = _fetch()
    found = [f for p in pages for f in p.mentions]
    assert urls == ["json", "xml"]
    assert found[0].created_at == datetime(2026, 11, 23, 7, 45, tzinfo=UTC)
    assert found[0].text == "The app crashes at checkout."  # the text twin, not the html one
    assert found[0].meta["dated"] is True
    assert found[1].meta["version"] == "4.1.9"
    _, urls = _fetch(pages[-1].cursor)
    assert urls == ["xml"]


def test_fetch__xml_format_reads_xml_only() -> None:
    pages, urls = _fetch(format="xml")
    assert urls == ["xml"]
    assert len([f for p in pages for f in p.mentions]) == 2
