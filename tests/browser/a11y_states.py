"""Every page, and the checker pages with results shown, as the accessibility
tests see them: (name, path, prepare(page)).  Each prepare waits until the
state is on screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import yaml
from playwright.sync_api import Page, expect

ROOT = Path(__file__).resolve().parents[2]
MAILS = ROOT / "tests" / "unit" / "mails"
BOUNCE_EN = (
    "From: MAILER-DAEMON@sv1234.example.jp (Mail Delivery System)\n"
    "To: hanako@example.jp\n"
    "Subject: Undelivered Mail Returned to Sender\n\n"
    "This is the mail system at host sv1234.example.jp.\n\n"
    "<taro@example.com>: host mx.example.com[192.0.2.25] said: 550 5.1.1\n"
    "    <taro@example.com>: Recipient address rejected: User unknown\n"
    "    (in reply to RCPT TO command)\n"
)
HEADERS = (
    "Received: from mx.example.net (mx.example.net [192.0.2.10])\n"
    "\tby sv1234.example.jp with ESMTPS id 4AbCdE; Tue, 3 Mar 2026 10:00:40 +0900\n"
    "Received: from pc.example.net (pc.example.net [192.0.2.20])\n"
    "\tby mx.example.net with ESMTPSA id 1XyZ; Tue, 3 Mar 2026 10:00:05 +0900\n"
    "Authentication-Results: sv1234.example.jp; spf=pass smtp.mailfrom=a@example.net; dkim=fail header.d=example.net\n"
    "From: a@example.net\nTo: taro@example.jp\nSubject: test\nDate: Tue, 3 Mar 2026 10:00:00 +0900\n"
)


def nav_paths() -> list[str]:
    """Every page in the navigation, as a path under the site root."""
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)

    def walk(items):
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            if isinstance(value, list):
                yield from walk(value)
            elif isinstance(value, str) and value.endswith(".md"):
                yield "" if value == "index.md" else value[: -len("index.md" if value.endswith("/index.md") else ".md")] + "/"

    return list(walk(config["nav"]))


def ready(page: Page, selector: str) -> None:
    page.wait_for_selector(f'{selector}[data-state="ready"]', timeout=60_000)


def loaded(page: Page) -> None:
    page.wait_for_load_state("networkidle")


def analyzer(text: str) -> Callable[[Page], None]:
    def prepare(page: Page) -> None:
        ready(page, '[data-testid="bounce-analyzer"]')
        page.fill('[data-testid="bounce-input"]', text)
        page.click('[data-testid="bounce-analyze"]')
        expect(page.locator('[data-testid="bounce-result"]').first).to_be_visible(timeout=30_000)
    return prepare


def settings(page: Page) -> None:
    ready(page, '[data-testid="settings-generator"]')
    page.fill('[data-testid="settings-email"]', "taro@example.com")
    page.click('[data-testid="settings-submit"]')
    expect(page.locator('[data-testid="settings-table"]')).to_be_visible(timeout=30_000)


def support(page: Page) -> None:
    ready(page, '[data-testid="support-builder"]')
    page.fill('[data-testid="support-domain"]', "example.com")
    page.fill('[data-testid="support-details"]', "朝だけ遅れて届きます。")
    expect(page.locator('[data-testid="support-output"]')).to_contain_text("example.com", timeout=30_000)


def headers(page: Page) -> None:
    ready(page, '[data-testid="header-analyzer"]')
    page.fill('[data-testid="header-input"]', HEADERS)
    page.click('[data-testid="header-analyze"]')
    expect(page.locator('[data-testid="header-hop"]').first).to_be_visible(timeout=30_000)


def search(page: Page) -> None:
    page.keyboard.press("/")
    box = page.locator("input.md-search__input")
    box.fill("送信できない")
    box.press("End")
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=15_000)


STATES: list[tuple[str, str, Callable[[Page], None]]] = [
    *((path or "/", path, loaded) for path in nav_paths()),
    ("404", "404.html", loaded),
    ("search results", "", search),
    ("analyzer cards (en reply)", "analyzer/", analyzer(BOUNCE_EN)),
    ("analyzer cards (ja reply)", "analyzer/", analyzer((MAILS / "japanese-mailboxfull-nocode.eml").read_text(encoding="utf-8", errors="replace"))),
    ("settings table", "settings/", settings),
    ("support output", "support/", support),
    ("headers result", "headers/", headers),
]
