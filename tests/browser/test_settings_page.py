"""The settings generator page as a reader uses it: the form, switching
clients, downloads made in the browser, the printed A4 sheet, bad input."""

from __future__ import annotations

import os
import plistlib
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import wait_ready

pytestmark = pytest.mark.browser

ROOT = '[data-testid="settings-generator"]'
TABLE = '[data-testid="settings-table"]'
SHOTS = os.environ.get("SETTINGS_SHOTS")  # a directory: also save screenshots for a human look


def open_page(page, base_url) -> None:
    page.goto(base_url + "settings/")
    wait_ready(page, ROOT)
    expect(page.locator('[data-testid="settings-email"]')).to_be_visible()


def show(page, email="taro@example.com", client="thunderbird", **fields) -> None:
    page.fill('[data-testid="settings-email"]', email)
    for name, value in fields.items():
        locator = page.locator(f'[data-testid="settings-{name}"]')
        if locator.evaluate("el => el.tagName") == "SELECT":
            locator.select_option(value)
        else:
            locator.fill(value)
    page.select_option('[data-testid="settings-client"]', client)
    page.click('[data-testid="settings-submit"]')
    expect(page.locator(TABLE)).to_be_visible()


def cell(page, label: str):
    """The value cell of the first row whose label is ``label``."""
    return page.locator(f"{TABLE} tbody tr").filter(has=page.locator("th", has_text=re.compile(f"^{label}$"))) \
        .first.locator("td.settings-value")


def test_the_table_follows_the_form_and_switching_clients_keeps_inputs(page, guard, base_url):
    open_page(page, base_url)
    show(page, incoming="sv77.example.jp")
    expect(cell(page, "ホスト名")).to_have_text("sv77.example.jp")
    expect(cell(page, "ポート番号")).to_have_text("993")
    expect(cell(page, "認証方式")).to_have_text("通常のパスワード認証")
    expect(page.locator(ROOT)).to_contain_text("OP25B")
    # Another client: same inputs, that client's own words.
    page.select_option('[data-testid="settings-client"]', "outlook")
    expect(page.locator('[data-testid="settings-client-name"]')).to_contain_text("Outlook")
    expect(cell(page, "暗号化方法").first).to_have_text("SSL/TLS")
    expect(page.locator('[data-testid="settings-email"]')).to_have_value("taro@example.com")
    expect(page.locator('[data-testid="settings-incoming"]')).to_have_value("sv77.example.jp")
    expect(cell(page, "サーバー")).to_have_text("sv77.example.jp")
    # Changing SSL and protocol re-runs it.
    page.select_option('[data-testid="settings-ssl"]', "off")
    page.select_option('[data-testid="settings-protocol"]', "pop3")
    expect(cell(page, "ポート")).to_have_text("110")
    expect(cell(page, "このサーバーでは暗号化された接続 \\(SSL/TLS\\) が必要")).to_contain_text("オフ")
    page.select_option('[data-testid="settings-client"]', "new-outlook")
    expect(page.locator(ROOT)).to_contain_text("Microsoft のクラウド")
    page.select_option('[data-testid="settings-client"]', "outlook2007")
    expect(page.locator(ROOT)).to_contain_text("サポートが終了")


def test_a_plan_without_ssl_offers_only_ssl_off(page, guard, base_url):
    open_page(page, base_url)
    page.select_option('[data-testid="settings-plan"]', "legacy")
    expect(page.locator('[data-testid="settings-ssl"]')).to_have_value("off")
    assert page.locator('[data-testid="settings-ssl"] option[value="on"]').is_disabled()
    show(page)
    expect(cell(page, "ホスト名").first).to_have_text("mail.example.com")
    expect(cell(page, "接続の保護").first).to_have_text("なし")


@pytest.mark.parametrize(
    ("fields", "field", "text"),
    [
        ({"email": ""}, "email", "入力してください"),
        ({"email": "taro.example.com"}, "email", "「@」"),
        ({"email": "taro@exa mple"}, "email", "ドメイン名"),
        ({"incoming": "mail.example.com"}, "incoming", "証明書"),
        ({"outgoing": "https://sv1.example.jp/"}, "outgoing", "サーバ名だけ"),
    ],
)
def test_bad_input_is_explained_next_to_its_field(page, guard, base_url, fields, field, text):
    open_page(page, base_url)
    email = fields.pop("email", "taro@example.com")
    page.fill('[data-testid="settings-email"]', email)
    for name, value in fields.items():
        page.fill(f'[data-testid="settings-{name}"]', value)
    page.click('[data-testid="settings-submit"]')
    error = page.locator(f'[data-testid="settings-error-{field}"]')
    expect(error).to_be_visible()
    expect(error).to_contain_text(text)
    expect(page.locator(f'[data-testid="settings-{field}"]')).to_have_attribute("aria-invalid", "true")
    expect(page.locator(TABLE)).to_have_count(0)


def download(page, kind: str) -> tuple[str, str]:
    with page.expect_download() as info:
        page.click(f'[data-testid="settings-download-{kind}"]')
    d = info.value
    return d.suggested_filename, Path(d.path()).read_text(encoding="utf-8")


def test_downloads_are_made_in_the_browser_and_hold_the_settings(page, guard, base_url):
    open_page(page, base_url)
    show(page, email="hanako@example.org", incoming="sv5.example.jp", protocol="pop3")

    name, text = download(page, "autoconfig")
    assert name == "config-v1.1.xml"
    root = ET.fromstring(text)
    incoming = root.find("emailProvider/incomingServer")
    assert incoming.get("type") == "pop3"
    assert incoming.findtext("hostname") == "sv5.example.jp"
    assert incoming.findtext("port") == "995"
    assert incoming.findtext("socketType") == "SSL"
    assert incoming.findtext("authentication") == "password-cleartext"
    assert incoming.findtext("username") == "%EMAILADDRESS%"

    name, text = download(page, "mobileconfig")
    assert name.endswith(".mobileconfig")
    profile = plistlib.loads(text.encode("utf-8"))
    assert profile["PayloadType"] == "Configuration"
    (mail,) = profile["PayloadContent"]
    assert mail["PayloadType"] == "com.apple.mail.managed"
    assert mail["EmailAddress"] == "hanako@example.org"
    assert mail["EmailAccountType"] == "EmailTypePOP"
    assert "Password" not in " ".join(k for k in mail if k != "OutgoingPasswordSameAsIncomingPassword")

    name, text = download(page, "autodiscover")
    assert name == "autodiscover.xml"
    ns = {"a": "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"}
    protocols = ET.fromstring(text).findall(".//a:Protocol", ns)
    assert [p.findtext("a:Type", namespaces=ns) for p in protocols] == ["POP3", "SMTP"]
    assert [p.findtext("a:Encryption", namespaces=ns) for p in protocols] == ["SSL", "SSL"]
    expect(page.locator(ROOT)).to_contain_text("署名されていません")


@pytest.mark.parametrize("client", ["apple-mail", "outlook2007", "ios"])
def test_the_printed_sheet_is_one_a4_page_with_a_blank_password_line(page, guard, base_url, client, tmp_path):
    open_page(page, base_url)
    show(page, email="ichiro.suzuki-longname@subdomain.example-company.co.jp", client=client,
         incoming="sv12345.example-hosting.jp", outgoing="smtp-sv12345.example-hosting.jp", protocol="pop3")
    page.emulate_media(media="print")
    sheet = page.locator('[data-testid="settings-sheet"]')
    expect(sheet).to_be_visible()
    expect(sheet).to_contain_text("Example ホスティング")
    expect(sheet).to_contain_text("support@example.jp")
    expect(sheet).to_contain_text("作成日")
    expect(page.locator('[data-testid="settings-email"]')).to_be_hidden()
    expect(page.locator("article h1").first).to_be_hidden()
    expect(sheet.locator(".settings-sheet__blank").first).to_be_visible()
    pdf = page.pdf(format="A4", print_background=True)
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
    assert pages == 1, f"{client}: the sheet took {pages} pages"
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        (Path(SHOTS) / f"sheet-{client}.pdf").write_bytes(pdf)


def test_the_print_button_is_keyboard_reachable(page, guard, base_url):
    open_page(page, base_url)
    show(page)
    button = page.locator('[data-testid="settings-print"]')
    button.focus()
    expect(button).to_be_focused()
    assert button.evaluate("el => el.tagName") == "BUTTON"
    assert page.evaluate("document.cookie") == ""


@pytest.mark.skipif(not SHOTS, reason="set SETTINGS_SHOTS=DIR to save screenshots for review")
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
def test_screenshots(page, guard, base_url, scheme, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.emulate_media(color_scheme=scheme)
    open_page(page, base_url)
    show(page, client="outlook")
    box = page.locator(ROOT).bounding_box()
    for i, top in enumerate(range(int(box["y"]), int(box["y"] + box["height"]), 1400)):
        clip = {"x": 0, "y": top, "width": width, "height": min(1400, box["y"] + box["height"] - top)}
        page.screenshot(path=f"{SHOTS}/page-{width}-{scheme}-{i}.png", clip=clip, full_page=True)
    page.locator(".settings-downloads").screenshot(path=f"{SHOTS}/downloads-{width}-{scheme}.png")
