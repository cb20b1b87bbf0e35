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
    refused(page, base_url, fields, field, text)


def refused(page, base_url, fields, field, text) -> None:
    """Submitting ``fields`` shows ``text`` next to ``field`` and no table."""
    open_page(page, base_url)
    fields = dict(fields)
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
    page.locator('[data-testid="settings-downloads-other"]').screenshot(path=f"{SHOTS}/downloads-{width}-{scheme}.png")


# --- issue 12: international domains, clear refusals, warnings, plans, the device's client -----------------------

def test_an_international_domain_is_shown_in_unicode_and_written_in_punycode(page, guard, base_url):
    open_page(page, base_url)
    show(page, email="taro@日本語.jp", client="ios", ssl="off")
    expect(page.locator('[data-testid="settings-email"]')).to_have_value("taro@日本語.jp")
    note = page.locator('[data-testid="settings-idn"]')
    expect(note).to_contain_text("taro@日本語.jp")
    expect(note).to_contain_text("taro@xn--wgv71a119e.jp")
    expect(cell(page, "ホスト名").first).to_have_text("mail.xn--wgv71a119e.jp")
    name, text = download(page, "mobileconfig")
    assert name.isascii()
    (mail,) = plistlib.loads(text.encode("utf-8"))["PayloadContent"]
    assert mail["EmailAddress"] == "taro@xn--wgv71a119e.jp"
    assert mail["IncomingMailServerHostName"] == mail["OutgoingMailServerHostName"] == "mail.xn--wgv71a119e.jp"


@pytest.mark.parametrize(
    ("fields", "field", "text"),
    [
        ({"email": "a" * 65 + "@example.jp"}, "email", "65文字)。RFC 5321"),
        ({"email": "taro@exampl\u0131.jp"}, "email", "英字とよく似た"),
        ({"email": "taro@ex\u0430mple.jp"}, "email", "キリル文字"),
        ({"incoming": "sv1.exampl\u0131.jp"}, "incoming", "英字とよく似た"),
    ],
)
def test_look_alikes_and_an_over_long_local_part_are_explained(page, guard, base_url, fields, field, text):
    refused(page, base_url, fields, field, text)


@pytest.mark.parametrize(("incoming", "words"), [("192.0.2.1", "証明書"), ("imap.gmail.com", "Google")])
def test_an_ip_address_or_another_providers_server_is_warned_about(page, guard, base_url, incoming, words):
    open_page(page, base_url)
    show(page, incoming=incoming)
    warning = page.locator('[data-testid="settings-warning"]')
    expect(warning).to_contain_text(incoming)
    expect(warning).to_contain_text(words)
    expect(cell(page, "ホスト名").first).to_have_text(incoming)  # a warning, not a refusal


def test_switching_plans_restores_the_ssl_choice_the_plan_allows(page, guard, base_url):
    open_page(page, base_url)
    ssl = page.locator('[data-testid="settings-ssl"]')
    page.select_option('[data-testid="settings-plan"]', "legacy")
    expect(ssl).to_have_value("off")
    page.select_option('[data-testid="settings-plan"]', "shared")
    expect(ssl).to_have_value("on")
    assert not page.locator('[data-testid="settings-ssl"] option[value="on"]').is_disabled()
    # the reader's own choice survives a detour through a plan without SSL
    ssl.select_option("off")
    page.select_option('[data-testid="settings-plan"]', "legacy")
    page.select_option('[data-testid="settings-plan"]', "vps-panel")
    expect(ssl).to_have_value("off")
    ssl.select_option("on")
    page.select_option('[data-testid="settings-plan"]', "")
    expect(ssl).to_have_value("on")


IPAD_DESKTOP_UA = ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.0 Safari/605.1.15")
MAC_UA = IPAD_DESKTOP_UA
WINDOWS_UA = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/131.0.0.0 Safari/537.36")


def device_context(browser, playwright, device: str):
    """A context that looks like ``device`` to the page: Playwright's descriptors, or a user agent."""
    if device in ("iPhone 13", "Pixel 7"):
        args = {k: v for k, v in playwright.devices[device].items() if k != "default_browser_type"}
    elif device == "iPad (desktop mode)":
        args = {"user_agent": IPAD_DESKTOP_UA, "has_touch": True, "viewport": {"width": 820, "height": 1180}}
    else:
        args = {"user_agent": MAC_UA if device == "Mac" else WINDOWS_UA}
    context = browser.new_context(service_workers="block", **args)
    if device == "iPad (desktop mode)":  # iPadOS 13+ reports a Mac; its touch screen tells it apart
        context.add_init_script("Object.defineProperty(Navigator.prototype, 'maxTouchPoints', {get: () => 5})")
    return context


@pytest.mark.parametrize(("device", "client", "name"), [
    ("iPhone 13", "ios", "iPhone"),
    ("iPad (desktop mode)", "ios", "iPhone / iPad"),
    ("Pixel 7", "android", "Gmail"),
    ("Mac", "apple-mail", "Apple Mail"),
    ("Windows", "outlook", "Outlook"),
])
def test_the_device_preselects_its_client_and_the_reader_can_change_it(browser, playwright, base_url, device, client,
                                                                       name):
    from tests.browser.conftest import Guard

    context = device_context(browser, playwright, device)
    guard = Guard(base_url)
    context.on("request", guard.on_request)
    page = context.new_page()
    page.on("pageerror", lambda exc: guard.page_errors.append(str(exc)))
    try:
        page.goto(base_url + "settings/")
        select = page.locator('[data-testid="settings-client"]')
        expect(select).to_have_value(client)  # before Python is ready: the build-time data decides
        expect(page.locator('[data-testid="settings-device-note"]')).to_contain_text(name)
        note_id = page.locator('[data-testid="settings-device-note"]').get_attribute("id")
        assert note_id in select.get_attribute("aria-describedby").split()
        expect(page.locator('[data-testid="settings-client-name"]')).to_contain_text(name)  # the example table
        wait_ready(page, ROOT)
        show(page, client=client)
        if client == "ios":  # the profile first, the administrator's files folded away
            own = page.locator('[data-testid="settings-downloads-own"] [data-testid^="settings-download-"]')
            expect(own).to_have_count(1)
            expect(own.first).to_have_attribute("data-testid", "settings-download-mobileconfig")
            expect(page.locator('[data-testid="settings-downloads-other"]')).not_to_have_attribute("open", "")
            expect(page.locator('[data-testid="settings-download-autoconfig"]')).to_be_hidden()
        page.select_option('[data-testid="settings-client"]', "thunderbird")
        expect(page.locator('[data-testid="settings-client-name"]')).to_contain_text("Thunderbird")
    finally:
        context.close()
    guard.check()


def test_a_desktop_without_a_known_device_keeps_thunderbird_and_no_note(page, guard, base_url):
    open_page(page, base_url)
    expect(page.locator('[data-testid="settings-client"]')).to_have_value("thunderbird")
    expect(page.locator('[data-testid="settings-device-note"]')).to_have_count(0)
