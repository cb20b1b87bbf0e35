"""The Content-Security-Policy (issue 14): every page loads under it with zero violations, as the
<meta> tag in every page and as the header a web server sends (tools/csp.py makes both), and the
checkers still work under it (Pyodide needs only 'wasm-unsafe-eval')."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import wait_ready
from tools import csp
from tools.serve import Server, free_port

pytestmark = pytest.mark.browser

# Recorded before any script of the page runs.
RECORD = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
});
"""
MAIL = ("From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail Returned to Sender\n\n"
        "<taro@example.com>: host mx.example.com said: 550 5.1.1 User unknown\n")


def site_pages(directory) -> list[str]:
    """Every page of the built site, as a path below its root."""
    pages = []
    for path in sorted(directory.rglob("*.html")):
        rel = path.relative_to(directory).as_posix()
        pages.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return pages


class Violations:
    def __init__(self, page) -> None:
        self.console: list[str] = []
        page.add_init_script(RECORD)
        page.on("console", self.on_console)
        page.on("worker", lambda w: w.on("console", self.on_console) if hasattr(w, "on") else None)

    def on_console(self, message) -> None:
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            self.console.append(message.text)


def visit_every_page(page, origin: str, directory) -> list[str]:
    found = []
    for path in site_pages(directory):
        page.goto(origin + path)
        page.wait_for_load_state("load")
        found += [f"{path}: {v}" for v in page.evaluate("window.__csp")]
    return found


def use_checkers(page, origin: str) -> None:
    """The analyzer runs (worker, wasm, fetches) and instant navigation moves to another page."""
    page.goto(origin + "analyzer/")
    wait_ready(page, '[data-testid="bounce-analyzer"]')
    page.fill('[data-testid="bounce-input"]', MAIL)
    page.click('[data-testid="bounce-analyze"]')
    expect(page.locator('[data-testid="bounce-result"]')).to_have_count(1)
    page.locator('nav.md-nav--primary a.md-nav__link[href$="errors/"]').first.click()
    page.wait_for_url("**/errors/")
    page.goto(origin + "support/")
    wait_ready(page, '[data-testid="support-builder"]')


def test_every_page_carries_the_policy(site_server):
    policies = set()
    for path in site_pages(site_server.directory):
        text = (site_server.directory / (path + "index.html" if path.endswith("/") or not path else path)).read_text()
        metas = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', text)
        assert len(metas) == 1, path
        assert text.index("Content-Security-Policy") < text.index("<script"), path  # before any script
        policies.add(metas[0])
    assert len(policies) == 1
    policy = policies.pop()
    assert "script-src 'self' 'wasm-unsafe-eval' 'sha256-" in policy
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy.replace("'wasm-unsafe-eval'", "")
    for directive in ("default-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'",
                      "worker-src 'self'"):
        assert directive in policy


def test_zero_violations_under_the_meta_policy(page, guard, site_server, base_url):
    seen = Violations(page)
    found = visit_every_page(page, base_url, site_server.directory)
    use_checkers(page, base_url)
    found += page.evaluate("window.__csp")
    assert found == [] and seen.console == []


def test_zero_violations_under_the_header_policy(page, site_server):
    header = csp.policy(csp.site_hashes(site_server.directory), header=True)
    assert "frame-ancestors 'none'" in header
    strict = Server(site_server.directory, free_port(), headers={"Content-Security-Policy": header})
    try:
        seen = Violations(page)
        found = visit_every_page(page, strict.url, site_server.directory)
        use_checkers(page, strict.url)
        found += page.evaluate("window.__csp")
        assert found == [] and seen.console == []
    finally:
        strict.close()
