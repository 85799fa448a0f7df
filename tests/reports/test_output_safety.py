"""Untrusted text on the way out: html, text, eml and the suggested replies.

The rows here are stored raw, as an old database or a direct import could hold them, so
these tests check the output side on its own (ingest cleans them too)."""

from __future__ import annotations

from email import message_from_bytes
from email.policy import default
from pathlib import Path

from monitor.storage import Database
from reports.case import Case
from reports.digest import build_digest
from reports.render import Rendered, render
from reports.replies import compose
from reports.send import Envelope, FileOutbox, build_message
from tests.reports.fixtures import DAY, NOW, mention, settings, store

EVIL_AUTHOR = "@evil\r\nBcc: victim@example.com\r\n"
EVIL_URL = "javascript:alert(document.cookie)"


def _rendered(db: Database) -> Rendered:
    store(db, [
        mention(1, "Order #NW-48213 never came <script>alert(1)</script>, furious",
                author=EVIL_AUTHOR, url=EVIL_URL),
        mention(2, "My grinder broke after two days", url="https://x.example/status/2"),
    ])  # fmt: skip
    with db.session() as session:
        return render(build_digest(session, settings().brands[0], day=DAY, now=NOW))


def _no_injected_line(text: str) -> None:
    assert "\r" not in text
    assert not any(line.lstrip().startswith("Bcc:") for line in text.splitlines())


def test_html__javascript_url_is_text_not_a_link_and_script_is_escaped(
    sqlite_db: Database,
) -> None:
    html = _rendered(sqlite_db).html
    assert 'href="javascript:' not in html
    assert "href=" in html
    assert 'href="https://x.example/status/2"' in html
    assert "not http/https, not opened): javascript:alert(document.cookie)" in html
    assert "<script>" not in html
    _no_injected_line(html)


def test_text__author_with_cr_lf_stays_on_its_line(sqlite_db: Database) -> None:
    text = _rendered(sqlite_db).text
    _no_injected_line(text)
    assert "@evil Bcc: victim@example.com" in text  # shown, but on the author's own line
    assert "link (not http/https, not opened): javascript:" in text


def test_eml__headers_cannot_be_injected_and_body_has_no_raw_cr(
    sqlite_db: Database, tmp_path: Path
) -> None:
    rendered = _rendered(sqlite_db)
    evil = Rendered(f"[repmon] {EVIL_AUTHOR}", rendered.text, rendered.html)
    message = build_message(evil, Envelope("repmon@example.com", ("lead@example.com",)))
    assert message["Bcc"] is None
    assert "\n" not in str(message["Subject"])
    FileOutbox(tmp_path).send(rendered, Envelope("repmon@example.com", ()), key="digest:x:1")
    [eml] = tmp_path.glob("*.eml")
    parsed = message_from_bytes(eml.read_bytes(), policy=default)
    assert parsed["Bcc"] is None
    body = parsed.get_body(preferencelist=("plain",))
    assert body is not None
    _no_injected_line(body.get_content().replace("\r\n", "\n"))  # CRLF is MIME's line end
    [txt] = tmp_path.glob("*.txt")
    assert b"\r" not in txt.read_bytes()


def test_replies__author_name_with_cr_lf_cannot_add_a_line(sqlite_db: Database) -> None:
    [mention_id] = store(sqlite_db, [mention(1, "Order #NW-48213 lost, furious",
                                            author=EVIL_AUTHOR)])  # fmt: skip
    [m] = sqlite_db.mentions([mention_id])
    replies = compose(Case.from_mention(m), settings().brands[0].voice, today=DAY)
    assert replies.public
    assert replies.offline
    for reply in (replies.public, replies.offline):
        _no_injected_line(reply)
    assert "@evil Bcc: victim@example.com" in replies.public
