"""The support-request builder page: validation, prefill, persistence, copy and mailto."""

from __future__ import annotations

import json
import re
from urllib.parse import unquote

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import wait_ready

pytestmark = pytest.mark.browser

BUILDER = '[data-testid="support-builder"]'
OUTPUT = '[data-testid="support-output"]'
FORM_KEY = "mailtrouble.support.form"
PREFILL_KEY = "mailtrouble.support.prefill"
BOUNCE = "maildir/bsd/lhost-postfix-05.eml"


def open_builder(page, base_url):
    page.goto(base_url + "support/")
    wait_ready(page, BUILDER)
    expect(page.locator(OUTPUT)).to_contain_text("サポートご担当者様")


def tid(name: str) -> str:
    return f'[data-testid="{name}"]'


def test_typing_builds_the_request(page, guard, base_url):
    open_builder(page, base_url)
    page.fill(tid("support-domain"), "example.com")
    page.check(tid("support-direction-receive"))
    page.check(tid("support-kinds-late"))
    page.check(tid("support-scope-some"))
    page.fill(tid("support-details"), "朝だけ1時間ほど遅れます。")
    page.fill(tid("support-messages-0-sender"), "hanako@example.net")
    page.fill(tid("support-messages-0-recipient"), "taro@example.com")
    page.fill(tid("support-messages-0-sent_at"), "2024-05-01T09:30")
    out = page.locator(OUTPUT)
    expect(out).to_contain_text("■ トラブルが起きているドメイン名\nexample.com")
    expect(out).to_contain_text("受信のトラブル")
    expect(out).to_contain_text("・遅れて届く")
    expect(out).to_contain_text("朝だけ1時間ほど遅れます。")
    expect(out).to_contain_text("一部のメールアドレスだけ")
    expect(out).to_contain_text("送信日時: 2024年5月1日 09:30")
    expect(out).to_contain_text("差出人のメールアドレス: hanako@example.net")
    expect(page.locator(tid("support-retention"))).to_contain_text("日分")


def test_validation_messages_sit_next_to_their_fields(page, guard, base_url):
    open_builder(page, base_url)
    page.fill(tid("support-domain"), "exa mple")
    page.fill(tid("support-messages-0-sender"), "taro@")
    page.fill(tid("support-messages-0-recipient"), "ok@example.net, broken")
    page.fill(tid("support-messages-0-sent_at"), "2099-01-01T10:00")
    expect(page.locator(tid("support-error-domain"))).to_contain_text("ドメイン名の形")
    expect(page.locator(tid("support-error-messages-0-sender"))).to_contain_text("メールアドレスの形")
    expect(page.locator(tid("support-error-messages-0-recipient"))).to_contain_text("broken")
    expect(page.locator(tid("support-error-messages-0-sent_at"))).to_contain_text("未来")
    expect(page.locator(tid("support-domain"))).to_have_attribute("aria-invalid", "true")
    expect(page.locator(tid("support-error-summary"))).to_contain_text("4 か所")
    page.fill(tid("support-domain"), "example.com")
    page.fill(tid("support-messages-0-sender"), "taro@example.com")
    page.fill(tid("support-messages-0-recipient"), "ok@example.net")
    page.fill(tid("support-messages-0-sent_at"), "2024-01-01T10:00")
    for name in ["domain", "messages-0-sender", "messages-0-recipient", "messages-0-sent_at"]:
        expect(page.locator(tid(f"support-error-{name}"))).to_be_hidden()
    expect(page.locator(tid("support-error-summary"))).to_be_hidden()


def test_nothing_is_required(page, guard, base_url):
    open_builder(page, base_url)
    page.fill(tid("support-details"), "よく分かりません")
    expect(page.locator(OUTPUT)).to_contain_text("よく分かりません")
    expect(page.locator(f"{BUILDER} .checker-field__error:visible")).to_have_count(0)


def test_several_messages(page, guard, base_url):
    open_builder(page, base_url)
    page.fill(tid("support-messages-0-recipient"), "a@example.net")
    page.click(tid("support-add-message"))
    page.fill(tid("support-messages-1-recipient"), "b@example.net")
    out = page.locator(OUTPUT)
    expect(out).to_contain_text("[2 通目]")
    expect(out).to_contain_text("宛先のメールアドレス: b@example.net")
    page.click(tid("support-remove-0"))
    expect(page.locator(tid("support-messages-0-recipient"))).to_have_value("b@example.net")
    expect(out).not_to_contain_text("a@example.net")
    expect(out).not_to_contain_text("通目")


def test_input_survives_a_reload_and_navigation_and_clear_removes_it(page, guard, base_url):
    open_builder(page, base_url)
    page.fill(tid("support-domain"), "example.com")
    page.fill(tid("support-details"), "送信できません。Outlook を使っています。")
    page.check(tid("support-kinds-cannot_send"))
    expect(page.locator(OUTPUT)).to_contain_text("Outlook を使っています。")
    page.reload()
    wait_ready(page, BUILDER)
    expect(page.locator(tid("support-domain"))).to_have_value("example.com")
    expect(page.locator(tid("support-details"))).to_have_value("送信できません。Outlook を使っています。")
    expect(page.locator(tid("support-kinds-cannot_send"))).to_be_checked()
    expect(page.locator(OUTPUT)).to_contain_text("Outlook を使っています。")
    # Away to another page of the site and back (instant navigation).
    page.click('.md-nav a[href$="/errors/"] >> nth=0')
    page.wait_for_url(re.compile("/errors/$"))
    page.go_back()
    wait_ready(page, BUILDER)
    expect(page.locator(tid("support-domain"))).to_have_value("example.com")
    page.once("dialog", lambda d: d.accept())
    page.click(tid("support-clear"))
    expect(page.locator(tid("support-domain"))).to_have_value("")
    expect(page.locator(OUTPUT)).not_to_contain_text("Outlook")
    page.reload()
    wait_ready(page, BUILDER)
    expect(page.locator(tid("support-details"))).to_have_value("")


def test_clear_asks_first(page, guard, base_url):
    open_builder(page, base_url)
    page.fill(tid("support-domain"), "example.com")
    page.once("dialog", lambda d: d.dismiss())
    page.click(tid("support-clear"))
    expect(page.locator(tid("support-domain"))).to_have_value("example.com")


def test_storage_is_this_tab_only(page, guard, base_url):
    open_builder(page, base_url)
    page.fill(tid("support-domain"), "example.com")
    expect(page.locator(OUTPUT)).to_contain_text("example.com")
    assert json.loads(page.evaluate("k => sessionStorage.getItem(k)", FORM_KEY))["domain"] == "example.com"
    assert "example.com" not in page.evaluate("() => JSON.stringify(Object.assign({}, localStorage))")


def test_copy_puts_the_text_on_the_clipboard(page, guard, base_url):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_builder(page, base_url)
    page.fill(tid("support-domain"), "example.com")
    page.fill(tid("support-details"), "日本語と ASCII の両方")
    expect(page.locator(OUTPUT)).to_contain_text("日本語と ASCII の両方")
    page.click(tid("support-copy"))
    expect(page.locator(tid("support-copy-status"))).to_contain_text("コピーしました")
    assert page.evaluate("() => navigator.clipboard.readText()") == page.locator(OUTPUT).text_content()


def test_mailto_holds_the_request_for_the_configured_address(page, guard, base_url):
    open_builder(page, base_url)
    page.fill(tid("support-domain"), "example.com")
    page.fill(tid("support-details"), "送れません & 困っています?")
    expect(page.locator(OUTPUT)).to_contain_text("困っています?")
    href = page.locator(tid("support-mailto")).get_attribute("href")
    assert href.startswith("mailto:support@example.jp?subject=")
    subject, body = href.split("?subject=", 1)[1].split("&body=", 1)
    assert "メールのトラブル" in unquote(subject) and "example.com" in unquote(subject)
    assert unquote(body) == page.locator(OUTPUT).text_content().replace("\n", "\r\n")
    # Following the link hands it to the mail program: no request to any server.
    page.evaluate("() => { window.__clicked = null; document.addEventListener('click', e => {"
                  " const a = e.target.closest('a'); if (a && a.href.startsWith('mailto:')) { window.__clicked = a.href;"
                  " e.preventDefault(); } }, true); }")
    page.click(tid("support-mailto"))
    assert page.evaluate("() => window.__clicked") == href


def _prefill_from_corpus(page, text: str) -> dict:
    """Ask the page's own worker for support.from_bounce, as the analyzer does."""
    return page.evaluate("""async text => {
        const ui = await import(new URL("assets/js/checkers/ui.js", document.baseURI + "../").href);
        return ui.getClient().call("support.from_bounce", { text });
    }""", text)


def _arrive_with_prefill(page, corpus_dir):
    """What the analyzer's hand-off does: leave the builder's prefill for the corpus bounce, then open it."""
    result = _prefill_from_corpus(page, (corpus_dir / BOUNCE).read_bytes().decode("latin-1"))
    page.evaluate("([k, v]) => sessionStorage.setItem(k, JSON.stringify(v))", [PREFILL_KEY, result["form"]])
    page.reload()
    wait_ready(page, BUILDER)


def test_prefill_from_a_corpus_bounce(page, guard, base_url, corpus_dir):
    open_builder(page, base_url)
    _arrive_with_prefill(page, corpus_dir)
    expect(page.locator(tid("support-notice"))).to_contain_text("反映しました")
    expect(page.locator(tid("support-messages-0-sender"))).to_have_value("shironeko@example.co.jp")
    expect(page.locator(tid("support-messages-0-recipient"))).to_have_value("kijitora@example.org")
    expect(page.locator(tid("support-messages-0-sent_at"))).to_have_value("2012-02-17T22:45")
    expect(page.locator(tid("support-kinds-bounce"))).to_be_checked()
    out = page.locator(OUTPUT)
    expect(out).to_contain_text("Recipient address rejected: User unknown in\n    virtual alias table")
    expect(out).to_contain_text("■ トラブルが起きているドメイン名\nexample.co.jp")
    assert page.evaluate("k => sessionStorage.getItem(k)", PREFILL_KEY) is None
    page.reload()  # the prefill is used once, then the form is the reader's own
    wait_ready(page, BUILDER)
    expect(page.locator(tid("support-notice"))).to_be_hidden()
    expect(page.locator(tid("support-messages-0-sender"))).to_have_value("shironeko@example.co.jp")


def test_prefill_keeps_what_the_reader_typed(page, guard, base_url, corpus_dir):
    open_builder(page, base_url)
    page.fill(tid("support-domain"), "mydomain.example")
    page.fill(tid("support-details"), "自分で書いた説明")
    expect(page.locator(OUTPUT)).to_contain_text("自分で書いた説明")
    _arrive_with_prefill(page, corpus_dir)
    expect(page.locator(tid("support-notice"))).to_contain_text("トラブルが起きているドメイン名")
    expect(page.locator(tid("support-domain"))).to_have_value("mydomain.example")
    expect(page.locator(tid("support-details"))).to_have_value("自分で書いた説明")
    expect(page.locator(tid("support-messages-0-recipient"))).to_have_value("kijitora@example.org")
    page.click(tid("support-replace"))
    expect(page.locator(tid("support-domain"))).to_have_value("example.co.jp")
    expect(page.locator(tid("support-details"))).to_have_value("")


def test_phone_width_has_no_sideways_scroll(page, guard, base_url):
    page.set_viewport_size({"width": 390, "height": 844})
    open_builder(page, base_url)
    page.fill(tid("support-messages-0-error"), "x" * 400)
    expect(page.locator(OUTPUT)).to_contain_text("xxxx")
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_print_shows_the_request_only(page, guard, base_url):
    open_builder(page, base_url)
    page.fill(tid("support-domain"), "example.com")
    expect(page.locator(OUTPUT)).to_contain_text("example.com")
    page.emulate_media(media="print")
    expect(page.locator(OUTPUT)).to_be_visible()
    expect(page.locator(tid("support-form"))).to_be_hidden()
    expect(page.locator(tid("support-copy"))).to_be_hidden()
    expect(page.locator("article h1")).to_be_hidden()


def test_prefill_through_the_analyzer_button(page, guard, base_url, corpus_dir):
    page.goto(base_url + "analyzer/")
    page.wait_for_selector('[data-checker][data-state="ready"]', timeout=60_000)
    checker = page.locator('[data-testid="bounce-input"]')
    checker.fill((corpus_dir / BOUNCE).read_bytes().decode("latin-1"))
    page.click('[data-testid="bounce-analyze"]')
    button = page.locator('[data-testid="bounce-to-support"]')
    expect(button).to_be_visible(timeout=60_000)
    button.click()
    page.wait_for_url(re.compile("/support/$"))
    wait_ready(page, BUILDER)
    expect(page.locator(tid("support-messages-0-recipient"))).to_have_value("kijitora@example.org")
    expect(page.locator(tid("support-messages-0-sender"))).to_have_value("shironeko@example.co.jp")
    expect(page.locator(OUTPUT)).to_contain_text("Recipient address rejected")
    expect(page.locator(tid("support-kinds-bounce"))).to_be_checked()
