"""Phones and touch: nothing scrolls sideways at 320 px, touch screens are not
asked to drop files, and the mail-client tabs on /client-setup/ wrap instead of
scrolling past tabs the reader cannot see."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.a11y_states import STATES
from tests.browser.conftest import Guard

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 320, "height": 640}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}
WIDEST = """() => {
  const width = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll("body *")].filter(el => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.right > width + 1 && getComputedStyle(el).position !== "fixed";
  }).map(el => el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.split(" ")[0] : ""));
  return { scroll: document.documentElement.scrollWidth, width, wide: wide.slice(0, 6) };
}"""


@pytest.fixture
def phone(browser, base_url):
    """A 320 px touch phone; fails at teardown if a page left the origin or logged errors."""
    context = browser.new_context(**PHONE)
    page = context.new_page()
    guard = Guard(base_url)
    context.on("request", guard.on_request)
    page.on("console", guard.on_console)
    page.on("pageerror", lambda exc: guard.page_errors.append(str(exc)))
    yield page
    context.close()
    guard.check()


@pytest.mark.parametrize(("name", "path", "prepare"), STATES, ids=[s[0] for s in STATES])
def test_nothing_scrolls_sideways_at_320_px(phone, base_url, name, path, prepare):
    phone.goto(base_url + path)
    prepare(phone)
    box = phone.evaluate(WIDEST)
    assert box["scroll"] <= box["width"], f"{name}: {box}"


@pytest.mark.parametrize("path", ["analyzer/", "headers/"])
def test_touch_screens_are_not_told_to_drop_files(phone, browser, base_url, path):
    phone.goto(base_url + path)
    label = phone.locator('[class$="drop__label"]')
    expect(label).to_be_visible()
    assert "ドロップ" not in label.inner_text()
    assert "選んでください" in label.inner_text()
    desktop = browser.new_page()
    try:
        desktop.goto(base_url + path)
        assert "ドロップ" in desktop.locator('[class$="drop__label"]').inner_text()
    finally:
        desktop.close()


def test_client_tabs_wrap_on_a_phone(phone, base_url):
    phone.goto(base_url + "client-setup/")
    labels = phone.locator(".tabbed-set").filter(has_text="iPhone").first.locator("> .tabbed-labels")
    assert labels.evaluate("el => el.scrollWidth <= el.clientWidth + 1"), "the tab labels scroll sideways"
    width = phone.evaluate("document.documentElement.clientWidth")
    tabs = labels.locator("label")
    assert tabs.count() >= 5
    for i in range(tabs.count()):
        box = tabs.nth(i).bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= width + 1, f"tab {i} is off screen: {box}"
    last = tabs.nth(tabs.count() - 1)
    last.tap()
    chosen = last.evaluate("l => getComputedStyle(l).boxShadow")
    assert chosen != "none", "the chosen tab is marked only by colour"
