"""Working a mention in the pages: status, notes, approval, corrections, brands, dashboard."""

from __future__ import annotations

import io
import json
from pathlib import Path

from monitor.web import labels
from monitor.web.app import Ctx, create_app
from tests.web.conftest import Login, config_file


def test_status__marked_with_a_note_shows_in_the_history_and_leaves_the_inbox(
    login_any: Login,
) -> None:
    rita = login_any("rita")
    r = rita.post("/mentions/1/status", data={"status": "replied", "note": "answered in DM"})
    assert r.status_code == 303
    assert r.headers["location"].startswith("/mentions/1?notice=")
    page = rita.get("/mentions/1").text
    assert "marked it <strong>replied</strong>" in page
    assert "answered in DM" in page
    assert '/mentions/1"' not in rita.get("/inbox").text
    assert '/mentions/1"' in rita.get("/inbox?status=replied").text


def test_status__ignored_without_a_reason_is_refused_and_nothing_changes(login: Login) -> None:
    rita = login("rita")
    r = rita.post("/mentions/2/status", data={"status": "ignored"})
    assert r.status_code == 400
    assert "say why it is ignored" in r.text
    assert '<strong id="status">new</strong>' in rita.get("/mentions/2").text


def test_approval__submit_approve_by_another_then_ready_to_post(login_any: Login) -> None:
    rita, anna = login_any("rita"), login_any("anna")
    edited = "Hi, so sorry about order #NW-48213. We have sent a refund today; DM @NorthwindHelp if anything is still wrong. – Aino"
    assert rita.post("/mentions/1/submit",
                     data={"channel": "public", "text": edited}).status_code == 303  # fmt: skip
    pending = anna.get("/approvals").text
    assert "self-check passed" in pending
    assert "Waiting for approval (1)" in pending
    assert edited.replace("'", "&#39;") in pending
    assert anna.post("/approvals/1/decide", data={"decision": "approve"}).status_code == 303
    ready = anna.get("/approvals").text
    assert "Ready to post (1)" in ready
    assert "Waiting for approval (0)" in ready
    history = rita.get("/mentions/1").text
    assert "submitted the public reply for approval" in history
    assert "approved the public reply" in history


def test_approval__sent_back_needs_a_note_and_the_author_cannot_approve(login: Login) -> None:
    anna = login("anna")
    anna.post("/mentions/2/submit", data={"channel": "offline", "text": "Dear [NAME], ..."})
    assert "needs a human edit: a placeholder is left in the draft" in anna.get("/approvals").text
    r = anna.post("/approvals/1/decide", data={"decision": "approve"})
    assert r.status_code == 400
    assert "someone other than its author" in r.text
    adam = login("adam")
    r = adam.post("/approvals/1/decide", data={"decision": "return"})
    assert r.status_code == 400
    assert "say what to change" in r.text
    r = adam.post("/approvals/1/decide", data={"decision": "return", "note": "name the order"})
    assert r.status_code == 303
    assert "Sent back (1)" in adam.get("/approvals").text
    r = adam.post("/approvals/1/decide", data={"decision": "approve"})
    assert r.status_code == 400
    assert "returned already" in r.text


def test_check__the_self_check_reacts_to_the_edited_text(login: Login) -> None:
    rita = login("rita")
    ok = rita.post(
        "/mentions/1/check", json={"channel": "public", "text": "Sorry! DM us at @NorthwindHelp."}
    )
    empty = rita.post("/mentions/1/check", json={"channel": "public", "text": "  "})
    long = rita.post("/mentions/1/check", json={"channel": "public", "text": "word " * 80})
    assert "the reply is empty" in empty.json()["problems"]
    assert any("over the 280" in p for p in long.json()["problems"])
    assert not any("over the" in p or "empty" in p for p in ok.json()["problems"])


def test_corrections__exported_as_labels_in_the_train_format(login: Login, sqlite_ctx: Ctx) -> None:
    rita = login("rita")
    for data in ({"kind": "not_complaint"}, {"kind": "wrong_type", "value": "refund"},
                 {"kind": "not_angry"}):  # fmt: skip
        assert rita.post("/mentions/4/correct", data=data).status_code == 303
    assert rita.post("/mentions/3/correct",
                     data={"kind": "wrong_brand", "value": "Nowhere"}).status_code == 400  # fmt: skip
    rita.post("/mentions/5/correct", data={"kind": "not_complaint"})
    out = io.StringIO()
    with sqlite_ctx.db.session() as session:
        assert labels.write(session, out, fmt="jsonl") == 2
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert rows[0] == {"text": "Give me a free coffee, I deserve a voucher", "language": "en",
                       "complaint": 1, "angry": 0, "complaint_type": "refund",
                       "brand": "Northwind Coffee", "source": "x"}  # fmt: skip
    assert rows[1]["complaint"] == 0
    assert "angry" not in rows[1]
    assert "corrected: wrong type" in rita.get("/mentions/4").text


def test_brands__admin_adds_a_term_and_the_file_keeps_its_comments(
    sqlite_ctx: Ctx, tmp_path: Path
) -> None:
    from starlette.testclient import TestClient

    from tests.web.conftest import PASSWORD, csrf_of

    sqlite_ctx.config_path = config_file(tmp_path)
    client = TestClient(create_app(sqlite_ctx, secret="s"), base_url="http://127.0.0.1",
                        follow_redirects=False)  # fmt: skip
    token = csrf_of(client.get("/login").text)
    client.post("/login", data={"name": "adam", "password": PASSWORD, "csrf": token})
    token = csrf_of(client.get("/brands").text)
    url = "/brands/Northwind%20Coffee/terms"
    r = client.post(url, data={"terms": '"north wind" -storm', "action": "add", "csrf": token})
    assert r.status_code == 303
    text = sqlite_ctx.config_path.read_text("utf-8")
    assert "# the team config" in text
    assert "# ours" in text
    assert "north wind" in text
    assert "north wind" in " ".join(sqlite_ctx.settings.brands[0].keywords)
    r = client.post(url, data={"terms": '"unclosed', "action": "add", "csrf": token})
    assert r.status_code == 400
    assert "terms:" in r.text
    r = client.post("/brands/match", data={"text": "storm at northwind cafe", "csrf": token})
    assert "Northwind Coffee</strong>: dropped: excluded by" in r.text


def test_brands__admin_adds_and_removes_a_brand_and_a_bad_timezone_names_the_field(
    sqlite_ctx: Ctx, tmp_path: Path
) -> None:
    from starlette.testclient import TestClient

    from tests.web.conftest import PASSWORD, csrf_of

    sqlite_ctx.config_path = config_file(tmp_path)
    client = TestClient(create_app(sqlite_ctx, secret="s"), base_url="http://127.0.0.1",
                        follow_redirects=False)  # fmt: skip
    token = csrf_of(client.get("/login").text)
    client.post("/login", data={"name": "adam", "password": PASSWORD, "csrf": token})
    token = csrf_of(client.get("/brands").text)
    form = {"name": "Acme", "terms": "acme", "timezone": "Mars/Base", "csrf": token}
    r = client.post("/brands", data={**form, "action": "add"})
    assert r.status_code == 400
    assert "timezone" in r.text
    assert "Acme" not in sqlite_ctx.config_path.read_text("utf-8")
    r = client.post("/brands", data={**form, "timezone": "", "action": "add"})
    assert r.status_code == 303
    assert [b.name for b in sqlite_ctx.settings.brands] == ["Northwind Coffee", "Acme"]
    r = client.post("/brands", data={"name": "Acme", "action": "remove", "csrf": token})
    assert r.status_code == 303
    assert "Acme" not in sqlite_ctx.config_path.read_text("utf-8")
    assert "# ours" in sqlite_ctx.config_path.read_text("utf-8")


def test_dashboard__chart_and_table_render(login: Login) -> None:
    html = login("vera").get("/dashboard").text
    assert '<svg class="chart"' in html
    assert "Northwind Coffee" in html
    assert '<table class="days">' in html


def test_sources_and_outbox__render(login: Login) -> None:
    vera = login("vera")
    assert "Sources" in vera.get("/sources").text
    assert "Outbox empty" in vera.get("/outbox").text


def test_dashboard__median_first_reply_time_and_still_open(sqlite_ctx: Ctx) -> None:
    from datetime import timedelta

    from monitor.models import Status
    from monitor.web.dashboard import brand_stats
    from monitor.web.workflow import change_status
    from tests.conftest import NOW

    # mentions 1 and 2 were posted 1 h and 2 h before NOW; answered at NOW + 1 h
    for ident in (1, 2):
        change_status(sqlite_ctx.db, ident, Status.REPLIED, by="rita",
                      now=NOW + timedelta(hours=1), brands=sqlite_ctx.brands)  # fmt: skip
    with sqlite_ctx.db.session() as session:
        stats = brand_stats(session, sqlite_ctx.settings.brands[0], now=NOW + timedelta(hours=2))
    today = stats.days[-1]
    assert today.day == NOW.date()
    assert today.volume == 6
    assert today.median_reply_hours == 2.5
    assert today.open == 3  # 3, 4 and 6 still need an answer; 5 needs none
    assert today.angry == 2
