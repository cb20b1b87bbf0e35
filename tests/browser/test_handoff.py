"""Nothing the reader did is lost (issue 12): the analyzer's input and cards survive a trip to /errors/
and back, in memory only; an mbox gives the cards of every message; the hand-off to the support
builder carries what support needs to find the mail in its logs; the builder asks for the customer's
name and contract ID only when the provider's configuration does; the file control is the page's own
labelled button."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from pychecks.support import model
from tests.browser.conftest import drop_file, wait_ready

pytestmark = pytest.mark.browser

ROOT = '[data-testid="bounce-analyzer"]'
INPUT = '[data-testid="bounce-input"]'
ANALYZE = '[data-testid="bounce-analyze"]'
RESULT = '[data-testid="bounce-result"]'
HEADERS_ROOT = '[data-testid="header-analyzer"]'
MAILS = Path(__file__).resolve().parents[1] / "unit" / "mails"
LAB = Path(__file__).resolve().parents[1] / "corpus" / "lab"
SAMPLES = Path(__file__).resolve().parents[1] / "unit" / "headers_samples"
MARKER = "handoff-marker-93be"
SEPARATOR = b"From MAILER-DAEMON Tue Mar  3 10:00:00 2026\n"
STORED = """async () => {
    const dbs = indexedDB.databases ? await indexedDB.databases() : [];
    return JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage), dbs,
                           await caches.keys().catch(() => [])]);
}"""


def open_analyzer(page, base_url) -> None:
    page.goto(base_url + "analyzer/")
    wait_ready(page, ROOT)


def mbox(*names: str, extra: bytes = b"") -> bytes:
    return b"".join(SEPARATOR + (MAILS / f"{n}.eml").read_bytes() + b"\n" for n in names) + extra


def test_input_and_cards_survive_a_cards_link_and_coming_back(page, guard, base_url):
    open_analyzer(page, base_url)
    text = (MAILS / "gmail-failure.eml").read_text("utf-8").replace("Subject:", f"X-Marker: {MARKER}\nSubject:", 1)
    page.fill(INPUT, text)
    page.click(ANALYZE)
    expect(page.locator(RESULT)).to_have_count(1)
    page.evaluate("window.__sameDocument = true")  # gone after a full reload: proves instant navigation
    page.locator(f'{RESULT} [data-testid="bounce-faq"]').click()
    expect(page).to_have_url(re.compile(r"/errors/#user-unknown$"))
    assert MARKER not in page.evaluate(STORED)
    page.go_back()
    expect(page).to_have_url(re.compile(r"/analyzer/$"))
    expect(page.locator(RESULT)).to_have_count(1)
    expect(page.locator(RESULT)).to_have_attribute("data-recipient", "hanako@example.co.jp")
    assert page.input_value(INPUT) == text
    # and by a link back (the navigation), not only by Back
    page.locator(f'{RESULT} [data-testid="bounce-faq"]').click()
    expect(page).to_have_url(re.compile(r"/errors/"))
    page.locator('.md-nav a[href$="analyzer/"]').first.click()
    expect(page).to_have_url(re.compile(r"/analyzer/$"))
    expect(page.locator(RESULT)).to_have_count(1)
    assert page.input_value(INPUT) == text
    assert page.evaluate("window.__sameDocument") is True
    assert MARKER not in page.evaluate(STORED)
    # 「入力を消去」 forgets it: the next visit starts empty
    page.click('[data-testid="bounce-clear"]')
    page.locator('.md-nav a[href$="errors/"]').first.click()
    expect(page).to_have_url(re.compile(r"/errors/"))
    page.go_back()
    wait_ready(page, ROOT)
    expect(page.locator(RESULT)).to_have_count(0)
    assert page.input_value(INPUT) == ""


def test_a_reload_forgets_the_input(page, guard, base_url):
    open_analyzer(page, base_url)
    page.fill(INPUT, (MAILS / "gmail-failure.eml").read_text("utf-8"))
    page.click(ANALYZE)
    expect(page.locator(RESULT)).to_have_count(1)
    page.reload()
    wait_ready(page, ROOT)
    assert page.input_value(INPUT) == ""
    expect(page.locator(RESULT)).to_have_count(0)


def test_header_analyzer_keeps_its_input_across_instant_navigation(page, guard, base_url):
    page.goto(base_url + "headers/")
    wait_ready(page, HEADERS_ROOT)
    text = (SAMPLES / "exim.txt").read_text("utf-8") + f"X-Marker: {MARKER}\n"
    page.fill('[data-testid="header-input"]', text)
    page.click('[data-testid="header-analyze"]')
    expect(page.locator('[data-testid="header-hop"]')).to_have_count(2)
    page.locator('.md-nav a[href$="errors/"]').first.click()
    expect(page).to_have_url(re.compile(r"/errors/"))
    page.go_back()
    expect(page.locator('[data-testid="header-hop"]')).to_have_count(2)
    assert page.input_value('[data-testid="header-input"]') == text
    assert MARKER not in page.evaluate(STORED)


def test_an_mbox_file_gives_the_cards_of_every_message_and_says_which_gave_none(page, guard, base_url):
    open_analyzer(page, base_url)
    data = mbox("gmail-failure", "yahoo-failure", "exim-unrouteable-remote")
    page.set_input_files('[data-testid="bounce-file"]',
                         files=[{"name": "three.mbox", "mimeType": "application/mbox", "buffer": data}])
    expect(page.locator(RESULT)).to_have_count(3)
    assert [c.get_attribute("data-recipient") for c in page.locator(RESULT).all()] == [
        "hanako@example.co.jp", "hanako@example.net", "someone@nowhere.example"]
    expect(page.locator('[data-testid="bounce-message-label"]').nth(2)).to_have_text("3 通目のエラーメール")
    expect(page.locator('[data-testid="bounce-unread"]')).to_have_count(0)
    # pasted, with a fourth message that is no bounce: said, not dropped silently
    extra = SEPARATOR + b"From: taro@example.jp\nTo: hanako@example.com\nSubject: lunch\n\nsee you\n"
    page.fill(INPUT, mbox("gmail-failure", "yahoo-failure", "exim-unrouteable-remote", extra=extra).decode())
    page.click(ANALYZE)
    expect(page.locator('[data-testid="bounce-unread"]')).to_have_count(1)
    expect(page.locator(RESULT)).to_have_count(3)
    expect(page.locator('[data-testid="bounce-unread"]')).to_contain_text("4 通目のメール(件名「lunch」)")
    expect(page.locator(".analyzer-headline")).to_contain_text("4 通のメールを解析しました")


def test_a_dropped_mbox_gives_three_cards(page, guard, base_url):
    open_analyzer(page, base_url)
    data = mbox("gmail-failure", "yahoo-failure", "exim-unrouteable-remote")
    drop_file(page, '[data-testid="bounce-drop"]', "three.mbox", "application/mbox", data)
    expect(page.locator(RESULT)).to_have_count(3)


def fact(card, key: str) -> str:
    return card.locator(f'dd[data-field="{key}"]').inner_text()


def test_the_hand_off_carries_what_support_needs_to_find_the_mail(page, guard, base_url):
    open_analyzer(page, base_url)
    path = LAB / "sendmail" / "gmail-no-such-user.eml"
    page.set_input_files('[data-testid="bounce-file"]', str(path))
    card = page.locator(RESULT)
    expect(card).to_have_count(1)
    shown = {k: fact(card, k) for k in ("bounced_at", "remote_mta", "queue_id", "message_id")}
    assert shown == {"bounced_at": "2026年12月2日 02:33:53(UTC+00:00)", "remote_mta": "gmail-smtp-in.l.google.com",
                     "queue_id": "6B22XrTK000044", "message_id": "<gmail-no-such-user.1796178833@customer.example>"}
    include = page.locator('[data-testid="bounce-include-whole"]')
    expect(include).not_to_be_checked()
    expect(page.locator('[data-testid="bounce-handoff"]')).to_contain_text("キューID")
    page.click('[data-testid="bounce-to-support"]')
    expect(page).to_have_url(re.compile(r"/support/$"))
    wait_ready(page, '[data-testid="support-builder"]')
    for key, value in shown.items():
        expect(page.locator(f'[data-testid="support-messages-0-{key}"]')).to_have_value(value)
    error = page.locator('[data-testid="support-messages-0-error"]').input_value()
    assert len(error.splitlines()) == 4 and error.splitlines()[-1].startswith("550 5.1.1 https://support.google.com/")
    expect(page.locator('[data-testid="support-messages-0-bounce"]')).to_have_count(0)
    out = page.locator('[data-testid="support-output"]')
    expect(out).to_contain_text("キューID(Queue-ID): 6B22XrTK000044")
    expect(out).to_contain_text("エラーの日時(タイムゾーン付き): 2026年12月2日 02:33:53(UTC+00:00)")
    expect(out).to_contain_text("550-5.1.1 double-checking the recipient's email address")
    assert "エラーメール全体" not in out.inner_text()
    assert "Received-From-MTA" not in page.evaluate(STORED)


def test_the_whole_bounce_goes_only_when_ticked(page, guard, base_url):
    open_analyzer(page, base_url)
    page.set_input_files('[data-testid="bounce-file"]', str(MAILS / "gmail-failure.eml"))
    expect(page.locator(RESULT)).to_have_count(1)
    page.check('[data-testid="bounce-include-whole"]')
    page.click('[data-testid="bounce-to-support"]')
    expect(page).to_have_url(re.compile(r"/support/$"))
    wait_ready(page, '[data-testid="support-builder"]')
    whole = page.locator('[data-testid="support-messages-0-bounce"]')
    expect(whole).to_have_value(re.compile(r"^Return-Path: <>"))
    expect(page.locator('[data-testid="support-output"]')).to_contain_text("エラーメール全体:\n-----\nReturn-Path: <>")
    page.once("dialog", lambda d: d.accept())
    page.click('[data-testid="support-clear"]')
    assert "Address not found" not in page.evaluate(STORED)


def with_provider_fields(route, fields) -> None:
    """The support page as built for a provider whose configuration asks for the extra fields."""
    response = route.fetch()
    body = response.text()
    m = re.search(r'data-prerender="([^"]*)"', body)
    data = json.loads(html.unescape(m.group(1)))
    data["options"]["customer_fields"] = fields
    body = body.replace(m.group(0), f'data-prerender="{html.escape(json.dumps(data, ensure_ascii=False), quote=True)}"')
    cfg = re.search(r'(<script type="application/json" id="provider-config">)(.*?)(</script>)', body, re.S)
    provider = {**json.loads(cfg.group(2)), "support_fields": [f["id"] for f in fields]}
    body = body.replace(cfg.group(0), cfg.group(1) + json.dumps(provider, ensure_ascii=False) + cfg.group(3))
    route.fulfill(response=response, body=body)


def test_customer_fields_only_when_the_provider_asks(page, guard, base_url):
    page.goto(base_url + "support/")
    wait_ready(page, '[data-testid="support-builder"]')
    expect(page.locator('[data-testid^="support-customer-"]')).to_have_count(0)
    fields = model.customer_fields({"support_fields": ["customer_name", "contract_id"]})
    page.route(re.compile(r".*/support/$"), lambda route: with_provider_fields(route, fields))
    page.goto(base_url + "support/")
    # drawn from the build-time data, so usable before Python is ready
    expect(page.locator('[data-testid="support-customer-customer_name"]')).to_be_visible()
    expect(page.get_by_label("ご契約ID")).to_be_visible()
    wait_ready(page, '[data-testid="support-builder"]')
    page.fill('[data-testid="support-customer-customer_name"]', "山田太郎")
    page.fill('[data-testid="support-customer-contract_id"]', "C-1234")
    out = page.locator('[data-testid="support-output"]')
    expect(out).to_contain_text("■ お名前(ご契約者名)\n山田太郎")
    expect(out).to_contain_text("■ ご契約ID\nC-1234")
    page.reload()
    expect(page.locator('[data-testid="support-customer-contract_id"]')).to_have_value("C-1234")


@pytest.mark.parametrize(("path", "prefix", "root"), [("analyzer/", "bounce", ROOT), ("headers/", "header", HEADERS_ROOT)])
def test_the_file_control_is_the_pages_own_labelled_button(page, guard, base_url, path, prefix, root):
    page.goto(base_url + path)
    wait_ready(page, root)
    button = page.get_by_role("button", name="ファイルを選ぶ")
    expect(button).to_be_visible()
    expect(button).to_have_attribute("data-testid", f"{prefix}-file-button")
    expect(page.locator(f'[data-testid="{prefix}-file"]')).to_be_hidden()
    assert "Choose File" not in page.locator(root).inner_text()
    page.focus(f'[data-testid="{prefix}-input"]')
    page.keyboard.press("Tab")  # the next stop after the text area: in the keyboard order
    assert page.evaluate("document.activeElement.dataset.testid") == f"{prefix}-file-button"
    with page.expect_file_chooser() as chooser:
        button.click()
    sample = MAILS / "gmail-failure.eml" if prefix == "bounce" else SAMPLES / "exim.txt"
    chooser.value.set_files(str(sample))
    expect(page.locator(f'[data-testid="{prefix}-file-name"]')).to_contain_text(sample.name)
    expect(page.locator(f'[data-testid="{prefix}-output"]')).not_to_be_empty()
