"""The team inbox in a real browser: log in, filter, open, edit with the live self-check,
submit, approve as another user, resolve, correct, see the chart; screenshots at desktop
and phone width, checked for what a person would notice (no sideways scrolling, the text
and the replies visible)."""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from monitor.web.app import Ctx, create_app
from tests.reports.fixtures import mention, store
from tests.web.browser import chromium, require_chromium, serve
from tests.web.conftest import PASSWORD

pytestmark = pytest.mark.browser

PHONE = (390, 844)
DESKTOP = (1280, 900)


@pytest.fixture
def site(sqlite_ctx: Ctx) -> Iterator[tuple[str, Any]]:
    require_chromium()
    store(sqlite_ctx.db, [mention(7, "Hostile <img src=x onerror=alert(1)> text",
                                  url="javascript:alert(1)", priority=1.0)])  # fmt: skip
    with serve(create_app(sqlite_ctx, secret="browser-test")) as url, chromium() as driver:
        yield url, driver


def _by(kind: str) -> Any:
    from selenium.webdriver.common.by import By

    return getattr(By, kind)


def _wait(driver: Any, condition: Any, timeout: float = 10) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def _login(driver: Any, url: str, name: str) -> None:
    driver.delete_all_cookies()
    driver.get(f"{url}/login")
    driver.find_element(_by("NAME"), "name").send_keys(name)
    driver.find_element(_by("NAME"), "password").send_keys(PASSWORD)
    driver.find_element(_by("CSS_SELECTOR"), "form.login button").click()
    _wait(driver, lambda d: "/inbox" in d.current_url)


def _shot(driver: Any, folder: Path, name: str, size: tuple[int, int]) -> Path:
    width, height = size
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})  # fmt: skip
    driver.refresh()
    _wait(driver, lambda d: d.execute_script("return document.readyState") == "complete")
    overflow = driver.execute_script(
        "return document.documentElement.scrollWidth - window.innerWidth"
    )
    assert overflow <= 0, f"{name}: the page scrolls sideways by {overflow}px at {width}px"
    path = folder / f"{name}.png"
    path.write_bytes(driver.get_screenshot_as_png())
    png = path.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24])[0] == width
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    return path


def test_browser__the_whole_flow_from_login_to_dashboard(
    site: tuple[str, Any], tmp_path: Path
) -> None:
    url, driver = site
    shots = Path(os.environ.get("REPMON_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    _login(driver, url, "rita")

    # filter the inbox: changing a select submits the form
    from selenium.webdriver.support.ui import Select

    assert len(driver.find_elements(_by("CSS_SELECTOR"), "li.row")) == 6
    Select(driver.find_element(_by("NAME"), "type")).select_by_value("defect")
    _wait(driver, lambda d: "type=defect" in d.current_url)
    rows = driver.find_elements(_by("CSS_SELECTOR"), "li.row")
    assert len(rows) == 1
    assert "grinder stopped working" in rows[0].text
    driver.get(f"{url}/inbox")
    for name, size in (("inbox-desktop", DESKTOP), ("inbox-phone", PHONE)):
        _shot(driver, shots, name, size)

    # the hostile mention stays text: no alert, no image, no javascript: link
    driver.get(f"{url}/mentions/7")
    assert (
        "<img src=x onerror=alert(1)>"
        in driver.find_element(_by("CSS_SELECTOR"), "blockquote").text
    )
    assert not driver.find_elements(_by("CSS_SELECTOR"), "blockquote img, a[href^=javascript]")

    # open a mention, edit the public reply, see the self-check react
    driver.get(f"{url}/inbox")
    driver.find_element(_by("CSS_SELECTOR"), "a[href='/mentions/1']").click()
    _wait(driver, lambda d: d.current_url.endswith("/mentions/1"))
    for name, size in (("mention-desktop", DESKTOP), ("mention-phone", PHONE)):
        _shot(driver, shots, name, size)
    box = driver.find_element(_by("ID"), "draft-public")
    check = driver.find_element(_by("ID"), "check-public")
    box.clear()
    box.send_keys("x")
    box.send_keys("\b")
    _wait(driver, lambda d: "the reply is empty" in check.text)
    edited = "Hi, so sorry about order #NW-48213: we have refunded you today. DM @NorthwindHelp with anything else. Aino"
    box.send_keys(edited)
    _wait(driver, lambda d: "the reply is empty" not in check.text)
    box.find_element(_by("XPATH"), "./ancestor::form//button[@type='submit']").click()
    _wait(driver, lambda d: "Submitted for approval" in d.page_source)

    # a responder sees no approve button; an approver approves
    assert not driver.find_elements(_by("CSS_SELECTOR"), "button[value=approve]")
    _login(driver, url, "anna")
    driver.get(f"{url}/approvals")
    assert edited in driver.find_element(_by("CSS_SELECTOR"), "pre.reply").text
    driver.find_element(_by("CSS_SELECTOR"), "button[value=approve]").click()
    _wait(driver, lambda d: "Ready to post (1)" in d.page_source)

    # mark resolved, correct the type
    driver.get(f"{url}/mentions/1")
    driver.find_element(_by("CSS_SELECTOR"), "button[value=resolved]").click()
    _wait(driver, lambda d: "Marked resolved" in d.page_source)
    assert driver.find_element(_by("ID"), "status").text == "resolved"
    Select(driver.find_element(_by("ID"), "correction-kind")).select_by_value("wrong_type")
    Select(driver.find_element(_by("NAME"), "value")).select_by_value("refund")
    driver.find_element(_by("XPATH"), "//button[text()='Save correction']").click()
    _wait(driver, lambda d: "Correction saved" in d.page_source)
    history = driver.find_element(_by("CSS_SELECTOR"), "ol.history").text
    assert "approved the public reply" in history
    assert "marked it resolved" in history
    assert "corrected: wrong type" in history

    # the dashboard chart renders with visible bars
    driver.get(f"{url}/dashboard")
    chart = driver.find_element(_by("CSS_SELECTOR"), "svg.chart")
    assert chart.size["width"] > 300
    bars = [b for b in driver.find_elements(_by("CSS_SELECTOR"), "svg.chart rect.vol")
            if float(b.get_attribute("height")) > 0]  # fmt: skip
    assert bars
    _shot(driver, shots, "dashboard-phone", PHONE)
