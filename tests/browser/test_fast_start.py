"""Forms work before Python does, and reading pages load no runtime until used.

The runtime's responses are held back (every request under assets/runtime/
waits until the test lets it through), so "before ready" is certain rather
than a race with a fast machine."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import wait_ready

pytestmark = pytest.mark.browser

RUNTIME = "**/assets/runtime/**"
FORM_KEY = "mailtrouble.support.form"


class HeldRuntime:
    """Holds every runtime request until :meth:`release`."""

    def __init__(self, page) -> None:
        self.page = page
        self.held: list = []
        self.released = False
        page.route(RUNTIME, self.on_route)

    def on_route(self, route) -> None:
        if self.released:
            route.continue_()
        else:
            self.held.append(route)

    def release(self) -> None:
        self.released = True
        for route in self.held:
            route.continue_()
        self.held.clear()


def tid(name: str) -> str:
    return f'[data-testid="{name}"]'


def test_support_form_types_and_keeps_its_draft_before_python(page, guard, base_url):
    held = HeldRuntime(page)
    page.goto(base_url + "support/")
    root = page.locator(tid("support-builder"))
    expect(page.locator(tid("support-form"))).to_be_visible()
    expect(root).to_have_attribute("data-state", "loading")
    # The empty form's request text is there at once (build time).
    expect(page.locator(tid("support-output"))).to_contain_text("サポートご担当者様")
    page.fill(tid("support-domain"), "example.com")
    page.check(tid("support-kinds-late"))
    page.fill(tid("support-details"), "朝だけ遅れます。")
    expect(page.locator(tid("checker-pending"))).to_be_visible()
    stored = json.loads(page.evaluate(f"sessionStorage.getItem('{FORM_KEY}')"))
    assert stored["domain"] == "example.com" and stored["kinds"] == ["late"]
    # The draft survives a reload, still before Python.
    page.reload()
    expect(page.locator(tid("support-domain"))).to_have_value("example.com")
    expect(page.locator(tid("support-kinds-late"))).to_be_checked()
    expect(page.locator(tid("support-details"))).to_have_value("朝だけ遅れます。")
    expect(root).to_have_attribute("data-state", "loading")
    assert held.held, "the runtime was not requested at all"
    held.release()
    wait_ready(page, tid("support-builder"))
    expect(page.locator(tid("support-output"))).to_contain_text("example.com")
    expect(page.locator(tid("support-output"))).to_contain_text("朝だけ遅れます。")
    expect(page.locator(tid("checker-pending"))).to_be_hidden()


def test_settings_form_and_example_table_show_before_python(page, guard, base_url):
    held = HeldRuntime(page)
    page.goto(base_url + "settings/")
    expect(page.locator(tid("settings-form"))).to_be_visible()
    expect(page.locator(tid("settings-generator"))).to_have_attribute("data-state", "loading")
    expect(page.locator(tid("settings-example"))).to_be_visible()
    expect(page.locator(tid("settings-table"))).to_contain_text("taro@example.jp")
    page.fill(tid("settings-email"), "hanako@example.net")
    page.select_option(tid("settings-client"), "outlook")
    page.click(tid("settings-submit"))
    expect(page.locator(tid("checker-pending"))).to_be_visible()
    held.release()
    wait_ready(page, tid("settings-generator"))  # the start-up's length is the benchmark's business
    expect(page.locator(tid("settings-table"))).to_contain_text("hanako@example.net")
    expect(page.locator(tid("settings-example"))).to_have_count(0)
    expect(page.locator(tid("settings-client-name"))).to_contain_text("Outlook")


def test_analyzer_input_takes_text_before_python(page, guard, base_url):
    held = HeldRuntime(page)
    page.goto(base_url + "analyzer/")
    expect(page.locator(tid("bounce-analyzer"))).to_have_attribute("data-state", "loading")
    page.fill(tid("bounce-input"), "550 5.1.1 <nobody@example.com>: Recipient address rejected")
    expect(page.locator(tid("bounce-input"))).to_have_value("550 5.1.1 <nobody@example.com>: Recipient address rejected")
    held.release()
    wait_ready(page, tid("bounce-analyzer"))


def test_sending_page_requests_no_runtime_until_its_checker_is_used(page, guard, base_url):
    urls: list[str] = []
    page.on("request", lambda r: urls.append(r.url))
    page.goto(base_url + "sending/")
    page.wait_for_load_state("networkidle")
    expect(page.locator(tid("ports-domain"))).to_be_visible()
    assert not [u for u in urls if "/assets/runtime/" in u or u.endswith("/pyworker.js")]
    page.fill(tid("ports-domain"), "taro@example.com")
    page.click(tid("ports-submit"))
    # Python starts only now; how long that takes is the benchmark's business.
    expect(page.locator('[data-testid="ports-result"] td[data-field="ポート番号"]')).to_have_text("993", timeout=60_000)
    assert [u for u in urls if u.endswith(".wasm")]


CONNECTIONS = {
    "fast": ("{effectiveType: '4g', saveData: false}", True),
    "save-data": ("{effectiveType: '4g', saveData: true}", False),
    "slow": ("{effectiveType: '3g', saveData: false}", False),
    "cellular": ("{type: 'cellular', effectiveType: '4g', saveData: false}", False),
    "unknown": ("undefined", False),
}


@pytest.mark.parametrize("kind", list(CONNECTIONS))
def test_errors_page_prefetches_the_runtime_only_on_a_fast_unmetered_connection(page, guard, base_url, kind):
    connection, expected = CONNECTIONS[kind]
    page.add_init_script(f"Object.defineProperty(navigator, 'connection', {{value: {connection}, configurable: true}})")
    urls: list[str] = []
    page.on("request", lambda r: urls.append(r.url))
    page.goto(base_url + "errors/")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(1500)  # idle time has come and gone
    page.wait_for_load_state("networkidle")
    fetched = [u for u in urls if "/assets/runtime/" in u and not u.endswith("manifest.json")]
    assert bool(fetched) is expected, fetched
    if expected:
        assert any(u.endswith(".wasm") for u in fetched) and any("/snapshot-" in u for u in fetched)
