"""The built site as a reader meets it: pages, the port checker, search,
instant navigation, privacy and print."""

from __future__ import annotations

import os
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import wait_ready

pytestmark = pytest.mark.browser

PAGES = ["", "guide/", "sending/", "receiving/", "client-setup/", "settings/", "errors/", "analyzer/",
         "before-support/", "support/", "mail-path/"]
CHECKER = '[data-testid="ports-checker"]'
CHECKER_PAGE = "sending/"


def use_checker(page) -> None:
    """The port checker loads Python on first use (a reading page): type, then wait for it."""
    page.fill('[data-testid="ports-domain"]', "example.com")
    wait_ready(page, CHECKER)


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_without_errors(page, guard, base_url, path):
    response = page.goto(base_url + path)
    assert response.status == 200
    expect(page.locator("article h1").first).to_be_visible()
    assert page.locator("html").get_attribute("lang") == "ja"
    page.wait_for_load_state("networkidle")


def test_plain_page_loads_no_python(page, guard, base_url):
    """A reading page that is not on the way to the analyzer (errors/ prefetches: test_fast_start.py)."""
    urls: list[str] = []
    page.on("request", lambda r: urls.append(r.url))
    page.goto(base_url + "mail-path/")
    page.wait_for_load_state("networkidle")
    assert not [u for u in urls if "/assets/runtime/" in u or "/checkers/" in u]


def test_port_checker_answers(page, guard, base_url):
    page.goto(base_url + CHECKER_PAGE)
    use_checker(page)
    page.fill('[data-testid="ports-domain"]', "taro@example.com")
    page.check(f'{CHECKER} input[name="direction"][value="send"]')
    page.click('[data-testid="ports-submit"]')
    result = page.locator('[data-testid="ports-result"]')
    expect(result.locator('td[data-field="ポート番号"]')).to_have_text("465")
    expect(result).to_contain_text("SMTP 認証")
    # Changing a choice re-runs it: without SSL the submission port is 587.
    page.check(f'{CHECKER} input[name="ssl"][value="off"]')
    expect(result.locator('td[data-field="ポート番号"]')).to_have_text("587")
    expect(result.locator('td[data-field="サーバ名"]')).to_have_text("mail.example.com")


def test_port_checker_explains_bad_input_next_to_the_field(page, guard, base_url):
    page.goto(base_url + CHECKER_PAGE)
    use_checker(page)
    page.fill('[data-testid="ports-domain"]', "example.com")
    page.fill('[data-testid="ports-server"]', "mail.example.com")
    page.press('[data-testid="ports-server"]', "Enter")
    error = page.locator('[data-testid="ports-error-server"]')
    expect(error).to_be_visible()
    expect(error).to_contain_text("証明書")
    page.fill('[data-testid="ports-domain"]', "")
    page.click('[data-testid="ports-submit"]')
    expect(page.locator('[data-testid="ports-error-domain"]')).to_contain_text("入力してください")


def test_checker_reports_a_runtime_that_cannot_load(page, base_url):
    page.route("**/assets/runtime/**", lambda route: route.abort())
    page.goto(base_url + CHECKER_PAGE)
    page.fill('[data-testid="ports-domain"]', "example.com")
    page.wait_for_selector(f'{CHECKER}[data-state="error"]', timeout=30_000)
    expect(page.locator(f"{CHECKER} .checker-status")).to_contain_text("読み込めませんでした")
    expect(page.locator(f"{CHECKER} .checker-status__retry")).to_be_visible()
    page.unroute("**/assets/runtime/**")
    page.click(f"{CHECKER} .checker-status__retry")
    wait_ready(page, CHECKER)


def test_instant_navigation_keeps_the_worker(page, guard, base_url):
    wasm: list[str] = []
    page.on("request", lambda r: wasm.append(r.url) if r.url.endswith(".wasm") else None)
    page.goto(base_url + CHECKER_PAGE)
    use_checker(page)
    page.evaluate("window.__samePage = true")
    page.locator('nav.md-nav--primary a.md-nav__link[href$="errors/"]').first.click()
    expect(page).to_have_url(re.compile(r"/errors/$"))
    page.locator(f'nav.md-nav--primary a.md-nav__link[href$="{CHECKER_PAGE}"]').first.click()
    expect(page).to_have_url(re.compile(CHECKER_PAGE + "$"))
    wait_ready(page, CHECKER)
    assert page.evaluate("window.__samePage === true"), "navigation reloaded the page"
    assert len(wasm) == 1, f"the runtime was loaded {len(wasm)} times"
    page.fill('[data-testid="ports-domain"]', "example.com")
    page.click('[data-testid="ports-submit"]')
    expect(page.locator('[data-testid="ports-result"] td[data-field="ポート番号"]')).to_have_text("993")


@pytest.mark.skipif(os.environ.get("SITE_BUILDER") == "zensical",
                    reason="Zensical's search is English-only today (README, Zensical)")
def test_japanese_search_finds_a_word_inside_a_sentence(page, guard, base_url):
    page.goto(base_url)
    page.keyboard.press("/")
    query = page.locator("input.md-search__input")
    query.fill("サブミッションポート")
    query.press("End")
    results = page.locator(".md-search-result__item")
    expect(results.first).to_be_visible(timeout=15_000)
    expect(page.locator(".md-search-result")).to_contain_text("サブミッション")


def test_print_view_has_no_navigation_chrome(page, guard, base_url):
    page.goto(base_url + "errors/")
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary", ".md-footer", ".md-search"):
        expect(page.locator(selector).first).to_be_hidden()
    expect(page.locator("article h1").first).to_be_visible()


def test_the_site_says_input_stays_in_the_browser_and_stores_none(page, guard, base_url):
    page.goto(base_url)
    expect(page.locator(".md-copyright").first).to_contain_text("ブラウザの中だけ")
    page.goto(base_url + CHECKER_PAGE)
    use_checker(page)
    page.fill('[data-testid="ports-domain"]', "secret-reader.example")
    page.click('[data-testid="ports-submit"]')
    expect(page.locator('[data-testid="ports-result"]')).to_contain_text("secret-reader.example")
    stored = page.evaluate(
        "JSON.stringify([document.cookie, Object.entries(localStorage), Object.entries(sessionStorage)])"
    )
    assert "secret-reader" not in stored
    assert "secret-reader" not in page.url


def test_checker_starts_plainly_when_the_snapshot_is_missing(page, base_url):
    page.route("**/assets/runtime/snapshot-*", lambda route: route.fulfill(status=404, body="gone"))
    page.goto(base_url + CHECKER_PAGE)
    use_checker(page)
    page.fill('[data-testid="ports-domain"]', "example.com")
    page.click('[data-testid="ports-submit"]')
    expect(page.locator('[data-testid="ports-result"] td[data-field="ポート番号"]')).to_have_text("993")


def test_every_api_function_imports_in_the_browser(page, guard, base_url):
    """The snapshot holds every module the pages call (the worker has no wheel files then)."""
    from pychecks.api import FUNCTIONS

    page.goto(base_url + CHECKER_PAGE)
    use_checker(page)
    errors = page.evaluate(
        """async (names) => {
            const ui = await import(new URL("assets/js/checkers/ui.js", location.origin + "/").href);
            const py = ui.getClient();
            const out = {};
            for (const name of names) {
                try { await py.call(name, {__probe__: true}); } catch (err) { out[name] = err.type; }
            }
            return out;
        }""",
        list(FUNCTIONS),
    )
    assert not {k: v for k, v in errors.items() if v in ("ModuleNotFoundError", "ImportError", "ApiError")}


def test_the_head_starts_the_one_worker_and_the_checker_adopts_it(page, guard, base_url):
    workers: list[str] = []
    said: list[str] = []
    wasm: list[str] = []
    page.on("request", lambda r: workers.append(r.url) if r.url.endswith("/pyworker.js") else None)
    page.on("request", lambda r: wasm.append(r.url) if r.url.endswith("/pyodide.asm.wasm") else None)
    page.on("console", lambda m: said.append(m.text))  # the worker's too
    page.goto(base_url + "analyzer/")
    wait_ready(page, '[data-testid="bounce-analyzer"]')
    assert page.evaluate("window.__pychecksEarly") is None, "ui.js did not adopt the early worker"
    assert len(workers) == 1, f"{len(workers)} workers started"
    # before the stylesheets: a script after them waits until they have loaded
    order = page.evaluate("""() => [...document.head.querySelectorAll('script[src], link[rel=stylesheet]')]
        .map((el) => el.tagName === 'SCRIPT' ? (el.src.endsWith('/early.js') ? 'early' : 'script') : 'css')""")
    assert "early" in order and order.index("early") < order.index("css"), order
    # the memory snapshot restored (a snapshot larger than the module's memory falls back, seconds slower)
    assert not [t for t in said if "snapshot start failed" in t], said
    # the worker fetches the wasm once, for compiling and as the base of the snapshot's delta
    assert len(wasm) == 1, wasm
