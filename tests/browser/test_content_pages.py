"""The content pages of issue 13: new pages, the start page, the per-page
feedback control (plain links, nothing sent or stored) and the 404 page."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from playwright.sync_api import expect

from pychecks import provider as provider_mod
from tools import prebuild

pytestmark = pytest.mark.browser

NEW_PAGES = {
    "first-checks/": ("Webメール", "サーバ設定情報"),
    "client-messages/": ("0x800CCC0E", "0x800CCC0F", "0x8004210B", "0x800CCC92", "サーバの識別情報を検証できません",
                       "ユーザ名またはパスワードが間違っています", "接続する上での危険性を理解しました"),
    "carriers/": ("docomo", "au", "SoftBank", "楽天モバイル", "なりすまし規制", "Unknown user", "SPF"),
    "auth-records/": ("SPF", "DKIM", "DMARC", "0.3%", "Yahoo! JAPAN", "5.7.515", "Plesk", "DirectAdmin"),
    "backscatter/": ("パスワードを変える", "転送"),
    "overseas-access/": ("新しい Outlook", "海外"),
}
PROVIDER = provider_mod.merged(prebuild.provider_config())


@pytest.mark.parametrize("path", sorted(NEW_PAGES))
def test_new_pages_render_and_say_what_they_promise(page, guard, base_url, path):
    response = page.goto(base_url + path)
    assert response.status == 200
    article = page.locator("article")
    expect(article.locator("h1").first).to_be_visible()
    for phrase in NEW_PAGES[path]:
        expect(article).to_contain_text(phrase)
    assert "あなた" not in article.inner_text()


def test_first_checks_show_the_configured_links(page, guard, base_url):
    page.goto(base_url + "first-checks/")
    for key in ("status_url", "webmail_url", "password_reset_url", "panel_url"):
        if PROVIDER[key]:
            expect(page.locator(f'article a[href="{PROVIDER[key]}"]')).to_have_count(1)


def test_auth_records_show_the_provider_values(page, guard, base_url):
    page.goto(base_url + "auth-records/")
    article = page.locator("article")
    expect(article).to_contain_text(provider_mod.spf_record(PROVIDER))
    expect(article).to_contain_text(provider_mod.dkim_host(PROVIDER, "example.com"))


@pytest.mark.parametrize("words", ["0x800CCC0E", "0x8004210B", "0x800CCC92", "識別情報"])
def test_client_messages_are_found_by_their_code(page, guard, base_url, words):
    page.goto(base_url)
    page.keyboard.press("/")
    query = page.locator("input.md-search__input")
    query.fill(words)
    query.press("End")
    results = page.locator(".md-search-result__item")
    expect(results.first).to_be_visible(timeout=15_000)
    expect(page.locator(".md-search-result a[href*='client-messages/']").first).to_be_attached()


def test_the_start_page_has_the_new_symptoms_and_the_contact(page, guard, base_url):
    page.goto(base_url)
    cards = page.locator("article .grid.cards")
    expect(cards).to_contain_text("送ったのに相手に届いていない(エラーも来ない)")
    expect(cards).to_contain_text("パスワードを何度も聞かれる")
    contact = page.locator("article")
    expect(contact.locator(f'a[href="mailto:{PROVIDER["support_email"]}"]')).to_be_visible()
    expect(contact).to_contain_text(PROVIDER["support_hours"])


@pytest.mark.parametrize("path", ["", "sending/", "carriers/", "auth-records/", "errors/"])
def test_feedback_is_a_prefilled_mail_naming_the_page(page, guard, base_url, path):
    page.goto(base_url + path)
    feedback = page.locator('[data-testid="page-feedback"]')
    expect(feedback).to_contain_text("このページは役に立ちましたか")
    # It closes the page's content.
    assert feedback.evaluate("el => el.parentElement.lastElementChild === el")
    # The page as the navigation names it.
    title = page.locator("nav.md-nav--primary .md-nav__link--active").first.inner_text().strip()
    assert title
    for index in (1, 2):
        href = feedback.locator(f'[data-testid="page-feedback-{index}"]').get_attribute("href")
        parts = urlsplit(href)
        assert parts.scheme == "mailto" and unquote(parts.path) == PROVIDER["feedback_email"]
        query = parse_qs(parts.query)
        assert query["subject"][0].endswith(": " + title)
        assert base_url + path in query["body"][0]
    expect(feedback.locator('[data-testid="page-feedback-support"]')).to_have_attribute("href", re.compile(r"support/$"))
    # Plain links only: no form, no script, nothing that could send by itself.
    assert feedback.locator("form, input, button, script, img, iframe").count() == 0
    assert feedback.evaluate("el => [...el.querySelectorAll('*')].some(n => [...n.attributes].some(a => a.name.startsWith('on')))") is False


def test_feedback_stores_nothing_and_requests_nothing(page, guard, base_url):
    requests: list[str] = []
    page.goto(base_url + "carriers/")
    page.wait_for_load_state("networkidle")
    page.on("request", lambda r: requests.append(r.url))
    page.locator('[data-testid="page-feedback"]').hover()
    page.locator('[data-testid="page-feedback-1"]').focus()
    page.keyboard.press("Tab")
    stored = page.evaluate("JSON.stringify([document.cookie, Object.keys(localStorage), Object.keys(sessionStorage)])")
    assert "feedback" not in stored
    assert requests == []


def test_feedback_is_hidden_in_print(page, guard, base_url):
    page.goto(base_url + "carriers/")
    page.emulate_media(media="print")
    expect(page.locator('[data-testid="page-feedback"]')).to_be_hidden()


def test_the_404_page_is_japanese_and_leads_back(page, guard, base_url):
    page.goto(base_url + "404.html")
    expect(page.locator("article h1")).to_have_text("ページが見つかりません")
    assert page.locator("html").get_attribute("lang") == "ja"
    home = page.locator('[data-testid="notfound-home"]')
    assert urlsplit(home.evaluate("a => a.href")).path == urlsplit(base_url).path
    expect(page.locator('article a[href$="guide/"]')).to_be_visible()
    page.click('[data-testid="notfound-search"]')
    expect(page.locator("#__search")).to_be_checked()
    assert page.locator('[data-testid="page-feedback"]').count() == 0


def test_the_support_page_does_not_send_readers_to_itself(page, guard, base_url):
    page.goto(base_url + "support/")
    feedback = page.locator('[data-testid="page-feedback"]')
    expect(feedback).to_contain_text("このページは役に立ちましたか")
    expect(feedback.locator('[data-testid="page-feedback-support"]')).to_have_count(0)
