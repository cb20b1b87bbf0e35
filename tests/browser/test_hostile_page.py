"""Hostile input and hostile browsers in the page (issue 14): a dead runtime is replaced, a run whose
page went away is cancelled, refused WebAssembly is said at once, a huge paste never reaches the
text area, and a big mail that hits a limit says so."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import wait_ready
from tools.serve import Server, free_port

pytestmark = pytest.mark.browser

ROOT = '[data-testid="bounce-analyzer"]'
INPUT = '[data-testid="bounce-input"]'
ANALYZE = '[data-testid="bounce-analyze"]'
RESULT = '[data-testid="bounce-result"]'
ERROR = '[data-testid="bounce-error"]'
MAIL = ("From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail Returned to Sender\n\n"
        "<taro@example.com>: host mx.example.com said: 550 5.1.1 User unknown\n")
UI = "new URL('../assets/js/checkers/ui.js', location.href).href"


def open_analyzer(page, base_url) -> None:
    page.goto(base_url + "analyzer/")
    wait_ready(page, ROOT)


def test_a_dead_runtime_is_replaced_and_said_in_japanese(page, guard, base_url):
    """The worker answers {type: "RuntimeDead"} once Pyodide has had a fatal error (pyworker.js); the
    page must not show the raw English text, and the next run must go to a fresh worker.  (The engine
    no longer has an input that kills the runtime, see tests/node/test_hostile_pyodide.py, so the
    worker's answer is given here as ui.js receives it.)"""
    open_analyzer(page, base_url)
    page.evaluate(f"""async () => {{
        const py = (await import({UI})).getClient();
        window.__firstWorker = py.worker;
        const realCall = py.call.bind(py);
        py.call = (fn, args, owner) => {{
            const answer = realCall(fn, args, owner);
            if (fn === 'analyzer.run') {{
                const id = py.nextId - 1;
                py.receive({{ id, error: {{ type: 'RuntimeDead', message: 'RangeError: Maximum call stack size exceeded' }} }});
                py.call = realCall;
            }}
            return answer;
        }};
    }}""")
    page.fill(INPUT, MAIL)
    page.click(ANALYZE)
    expect(page.locator(ERROR)).to_contain_text("解析環境が停止しました")
    expect(page.locator(ERROR)).not_to_contain_text("RangeError")
    wait_ready(page, ROOT)
    assert page.evaluate(f"async () => (await import({UI})).getClient().worker !== window.__firstWorker")
    page.click(ANALYZE)
    expect(page.locator(RESULT)).to_have_count(1)


def test_leaving_the_page_cancels_its_run(page, guard, base_url):
    open_analyzer(page, base_url)
    page.fill(INPUT, MAIL)
    # Keep the worker busy first, so the reader's run is still waiting when the reader leaves.
    page.evaluate(f"""async () => {{
        const py = (await import({UI})).getClient();
        window.__firstWorker = py.worker;
        const big = 'Diagnostic-Code: smtp; 550 5.1.1 user unknown\\n'.repeat(190000);
        for (let i = 0; i < 8; i++) py.call('analyzer.run', {{ text: big }}).catch(() => {{}});
    }}""")
    page.click(ANALYZE)
    expect(page.locator(ROOT)).to_have_attribute("data-state", "busy")
    page.locator('nav.md-nav--primary a.md-nav__link[href$="errors/"]').first.click()  # instant navigation
    page.wait_for_url("**/errors/")
    assert page.evaluate("window.__firstWorker !== undefined")  # still the same document
    page.wait_for_function(f"""async () => {{
        const py = (await import({UI})).getClient();
        return py.worker !== window.__firstWorker && py.pending.size === 0;
    }}""")
    page.go_back()
    page.wait_for_url("**/analyzer/")
    wait_ready(page, ROOT)
    page.fill(INPUT, MAIL)
    page.click(ANALYZE)
    expect(page.locator(RESULT)).to_have_count(1)


def test_a_huge_paste_never_reaches_the_text_area(page, guard, base_url):
    open_analyzer(page, base_url)
    page.evaluate("""() => {
        const data = new DataTransfer();
        data.setData('text/plain', 'x'.repeat(12 * 1024 * 1024));
        const input = document.querySelector('[data-testid="bounce-input"]');
        input.focus();
        window.__pasteAccepted = input.dispatchEvent(
            new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }""")
    expect(page.locator(ERROR)).to_contain_text("大きすぎます")
    assert page.evaluate("window.__pasteAccepted") is False
    assert page.input_value(INPUT) == ""


def test_a_limit_is_said_on_the_page(page, guard, base_url):
    open_analyzer(page, base_url)
    # 3,000 header lines: past the 2,000 that are read (one card, so the page stays quick)
    mail = MAIL.replace("\n\n", "\n" + "X-Relay: hop\n" * 3000 + "\n", 1)
    page.evaluate("([sel, text]) => { document.querySelector(sel).value = text; }", [INPUT, mail])
    page.click(ANALYZE)
    expect(page.locator('[data-testid="bounce-truncated"]')).to_contain_text("読み取っていません", timeout=30_000)


def test_refused_webassembly_is_said_at_once(page, site_server):
    """A policy without 'wasm-unsafe-eval' (a locked-down browser behaves the same): the Japanese
    explanation and the static help at once, not "loading" for minutes."""
    strict = Server(site_server.directory, free_port(), headers={
        "Content-Security-Policy": "default-src 'self'; script-src 'self' 'unsafe-inline'"})
    try:
        page.goto(strict.url + "analyzer/")
        page.wait_for_selector(f'{ROOT}[data-state="error"]', timeout=15_000)
        expect(page.locator(f"{ROOT} .checker-status")).to_contain_text("WebAssembly が使えない")
        expect(page.locator('[data-testid="bounce-fallback"]')).to_be_visible()
    finally:
        strict.close()


def test_a_full_session_storage_is_said_on_the_support_page(page, guard, base_url):
    # the theme keeps its own small values in storage: only the support form's key is refused
    page.add_init_script("""(() => {
        const real = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
            if (String(key).startsWith('mailtrouble.support.')) throw new DOMException('full', 'QuotaExceededError');
            return real.call(this, key, value);
        };
    })()""")
    page.goto(base_url + "support/")
    wait_ready(page, '[data-testid="support-builder"]')
    page.fill('[data-testid="support-domain"]', "example.com")
    expect(page.locator('[data-testid="support-storage-full"]')).to_contain_text("保存できませんでした")
    expect(page.locator('[data-testid="support-output"]')).to_contain_text("example.com")
