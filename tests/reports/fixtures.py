"""A fixed set of stored mentions for digest, alert and CLI tests (scores set explicitly,
so the golden files change only when the digest changes)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from monitor.config import Settings, parse_settings
from monitor.models import Mention
from monitor.storage import Database

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
DAY = date(2026, 11, 23)

SETTINGS: dict[str, Any] = {
    "brands": [
        {
            "name": "Northwind Coffee", "keywords": ["northwind*"], "timezone": "Europe/Helsinki",
            "voice": {
                "signature": "Aino, Northwind Coffee", "support_email": "help@northwind.example",
                "dm_handle": "@NorthwindHelp", "can_refund": True, "can_exchange": True,
                "escalation_contact": "our customer care lead, Mikko",
                "facts": ["Northwind beans are tested by an independent lab every month"],
            },
            "digest": {"recipients": ["lead@northwind.example"]},
            "alerts": {"anger_threshold": 0.6, "max_per_hour": 2},
        },
    ],
}  # fmt: skip


def settings(**alerts: Any) -> Settings:
    data = {**SETTINGS, "brands": [{**SETTINGS["brands"][0]}]}
    data["brands"][0]["alerts"] = {**SETTINGS["brands"][0]["alerts"], **alerts}
    return parse_settings(data)


def mention(n: int, text: str, **fields: Any) -> Mention:
    base: dict[str, Any] = {
        "source": "x", "external_id": f"t{n}", "source_name": "x", "brand": "Northwind Coffee",
        "url": f"https://x.example/status/{n}", "author": f"@user{n}", "author_reach": 100 * n,
        "text": text, "language": "en", "created_at": NOW - timedelta(hours=n),
        "fetched_at": NOW, "text_hash": f"h{n}", "sentiment": -0.6, "anger": 0.7,
        "is_complaint": True, "complaint_type": "delivery", "needs_reply": True,
        "priority": 50.0 - n, "reasons": ["anger: 'ridiculous'"],
    }  # fmt: skip
    return Mention(**{**base, **fields})


def mentions() -> list[Mention]:
    return [
    mention(1, "Order #NW-48213 still not here after 3 weeks. Ridiculous, I want a refund!",
            request="refund"),
    mention(2, "My Aeropress Go grinder stopped working after two days <script>alert(1)</script>",
            complaint_type="defect", anger=0.8),
    mention(3, "I heard Northwind beans cause cancer", complaint_type="unfounded", anger=0.2,
            source="reddit", author="u/worried"),
    mention(4, "Give me a free coffee, I deserve a voucher", complaint_type="freebie",
            anger=0.1, is_complaint=False, request="free"),
    mention(5, "Love the Morning Blend, thank you!", complaint_type="praise", anger=0.0,
            sentiment=0.9, is_complaint=False, needs_reply=False, priority=0.0),
    mention(6, "Tilaus #NW-11223 ei ole vieläkään tullut", language="fi", scored=False,
            sentiment=None, anger=0.0, is_complaint=False, complaint_type="none", priority=3.0),
    ]  # fmt: skip


def store(db: Database, mentions_: list[Mention] | None = None) -> list[int]:
    with db.session() as session, session.begin():
        rows = mentions_ or mentions()
        session.add_all(rows)
        session.flush()
        return [m.id for m in rows if m.id is not None]
