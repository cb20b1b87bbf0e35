"""The service worker (tools/sw.js): the site offline after one visit, and a new
build's worker replacing the old cache."""

from __future__ import annotations

import json
import re
import shutil
import time

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import wait_ready
from tools.serve import Server, free_port

pytestmark = pytest.mark.browser

ANALYZER = '[data-testid="bounce-analyzer"]'
BOUNCE = ("From: MAILER-DAEMON@example.net\nTo: taro@example.com\nSubject: Undelivered Mail Returned to Sender\n\n"
          "<nobody@example.org>: host mx.example.org said: 550 5.1.1 <nobody@example.org>: "
          "Recipient address rejected: User unknown in local recipient table\n")

CACHES = "async () => { const out = {}; for (const k of await caches.keys()) " \
         "out[k] = (await (await caches.open(k)).keys()).map(r => r.url); return out; }"


def cached(page) -> dict[str, list[str]]:
    return page.evaluate(CACHES)


def poll(page, test, timeout: float = 120.0) -> dict[str, list[str]]:
    """Wait until ``test(caches)`` holds (wait_for_function does not await a promise)."""
    deadline = time.monotonic() + timeout
    while True:
        now = cached(page)
        if test(now):
            return now
        assert time.monotonic() < deadline, f"caches never got there: { {k: len(v) for k, v in now.items()} }"
        page.wait_for_timeout(300)


def wait_for_runtime_cached(page, manifest: dict) -> None:
    poll(page, lambda c: any(u.endswith(manifest["snapshot"]) for urls in c.values() for u in urls))


def manifest_of(server) -> dict:
    return json.loads((server.directory / "assets" / "runtime" / "manifest.json").read_text(encoding="utf-8"))


def test_the_site_works_offline_after_one_visit(browser, site_server, base_url):
    context = browser.new_context(service_workers="allow")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(base_url + "analyzer/")
    wait_ready(page, ANALYZER)
    wait_for_runtime_cached(page, manifest_of(site_server))
    context.set_offline(True)
    page.reload()
    wait_ready(page, ANALYZER)
    page.fill('[data-testid="bounce-input"]', BOUNCE)
    page.click('[data-testid="bounce-analyze"]')
    expect(page.locator('[data-testid="bounce-output"]')).to_contain_text("nobody@example.org", timeout=30_000)
    # Other pages too, never visited before.
    page.goto(base_url + "errors/")
    expect(page.locator("article h1").first).to_be_visible()
    page.goto(base_url + "support/")
    expect(page.locator('[data-testid="support-form"]')).to_be_visible()
    wait_ready(page, '[data-testid="support-builder"]')
    assert errors == []
    context.close()


def test_a_new_build_replaces_the_old_cache(browser, site_server, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(site_server.directory, site)
    server = Server(site, free_port())
    try:
        context = browser.new_context(service_workers="allow")
        page = context.new_page()
        page.goto(server.url)
        page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=60_000, polling=200)
        (old,) = poll(page, lambda c: len(c) == 1)
        assert any(u.endswith("/errors/") for u in cached(page)[old])
        # A new release: the worker's version changes with the files it caches.
        sw = site / "sw.js"
        text = sw.read_text(encoding="utf-8")
        version = re.search(r'"version": "([0-9a-f]+)"', text).group(1)
        sw.write_text(text.replace(version, "0" * len(version)), encoding="utf-8")
        for packed in (site / "sw.js.br", site / "sw.js.gz"):  # the old build's precompressed copies
            packed.unlink(missing_ok=True)
        page.evaluate("navigator.serviceWorker.getRegistration().then((r) => r.update())")
        now = poll(page, lambda c: list(c) == ["pychecks-000000000000"])
        assert any(u.endswith("/errors/") for u in now["pychecks-000000000000"])
        context.close()
    finally:
        server.close()
