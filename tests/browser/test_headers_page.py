"""The header analyzer page as a reader uses it: paste or drop headers, read the timeline and
the authentication summary; markup in header values runs nothing, nothing leaves the origin,
the page works from the keyboard and prints its results."""

from __future__ import annotations

import time
from pathlib import Path
from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

from pychecks.headers import analyze
from pychecks.headers.verdict import AUTH_PAGE
from tests.browser.conftest import drop_file, wait_ready

pytestmark = pytest.mark.browser

SAMPLES = Path(__file__).resolve().parents[1] / "unit" / "headers_samples"
ROOT = '[data-testid="header-analyzer"]'
INPUT = '[data-testid="header-input"]'
ANALYZE = '[data-testid="header-analyze"]'
HOP = '[data-testid="header-hop"]'
AUTH = '[data-testid="header-auth"]'
PROVIDER = ["example.jp", "sv1234.example.jp"]
XSS = (
    "Received: from evil.example (<img src=x onerror=\"window.__xss=1\"> [192.0.2.66])\n"
    "\tby mx.<b onmouseover=\"window.__xss=2\">x</b>.example with ESMTP id <script>window.__xss=3</script>;\n"
    "\tTue, 3 Mar 2026 10:00:05 +0900\n"
    "Authentication-Results: <svg onload=\"window.__xss=4\">; spf=fail smtp.mailfrom=<script>x</script>@evil.example;"
    " dkim=fail header.d=\"<img src=https://evil.example/x.png>\"\n"
    "DKIM-Signature: v=1; d=evil.example; s=<script>window.__xss=5</script>; b=x\n"
    "X-Spam-Status: Yes, score=99 tests=<img src=https://evil.example/y.png onerror=window.__xss=6>\n"
    "From: \"<script>window.__xss=7</script>\" <a@evil.example>\n"
    "Subject: <img src=https://evil.example/z.png>\n"
    "Date: Tue, 3 Mar 2026 10:00:00 +0900\n"
)


def open_page(page, base_url) -> None:
    page.goto(base_url + "headers/")
    wait_ready(page, ROOT)


def analyze_text(page, text: str) -> None:
    page.fill(INPUT, text)
    page.click(ANALYZE)


def test_pasted_headers_give_one_row_per_hop_and_the_auth_summary(page, guard, base_url):
    open_page(page, base_url)
    for name in ("gmail.txt", "outlook.txt", "postfix_relay.txt", "forwarded_arc.txt"):
        text = (SAMPLES / name).read_text("utf-8")
        want = analyze(text, PROVIDER)
        analyze_text(page, text)
        rows = page.locator(HOP)
        expect(rows).to_have_count(len(want["hops"]))
        # each row is awaited: the previous sample's rows may still be on the page for a moment
        for i, hop in enumerate(want["hops"]):
            expect(rows.nth(i)).to_have_attribute("data-delay", "" if hop["delay_s"] is None else str(hop["delay_s"]))
        auth = page.locator(AUTH)
        for key in ("spf", "dkim", "dmarc"):
            expect(auth).to_have_attribute(f"data-{key}", want["auth"][key] or "unknown")
    expect(page.locator(ROOT)).to_have_attribute("data-state", "ready")


def test_the_slowest_hop_has_the_longest_bar_and_the_verdict_names_the_place(page, guard, base_url):
    open_page(page, base_url)
    analyze_text(page, (SAMPLES / "postfix_relay.txt").read_text("utf-8"))
    slow = page.locator(f"{HOP}.headers-hop--slowest")
    expect(slow).to_have_count(1)
    expect(slow).to_have_attribute("data-delay", "1966")
    widths = page.locator(f"{HOP} .headers-bar").evaluate_all("els => els.map(e => e.getBoundingClientRect().width)")
    tracks = page.locator(f"{HOP} .headers-hop__track").evaluate_all(
        "els => els.map(e => e.getBoundingClientRect().width)")
    assert max(tracks) - min(tracks) < 1  # one scale for every row
    track = tracks[0]
    assert max(widths) == widths[1] and abs(widths[1] - track) < 2
    assert all(w < track * 0.05 for i, w in enumerate(widths) if i != 1)
    verdict = page.locator('[data-testid="header-verdict"]')
    expect(verdict).to_contain_text("送信側のサーバ")
    expect(verdict).to_contain_text("32分46秒")


def test_failed_authentication_links_to_the_records_page(page, guard, base_url):
    open_page(page, base_url)
    analyze_text(page, (SAMPLES / "outlook.txt").read_text("utf-8"))
    expect(page.locator(AUTH)).to_have_attribute("data-dmarc", "fail")
    expect(page.locator('[data-testid="header-spam"]')).to_contain_text("X-MS-Exchange-Organization-SCL")
    expect(page.locator('[data-testid="header-output"]')).not_to_contain_text("null")  # no empty section leaks
    link = page.locator('[data-testid="header-auth-link"]')
    expect(link).to_have_count(1)
    link.click()
    expect(page).to_have_url(urljoin(base_url + "headers/", AUTH_PAGE))


def test_markup_in_header_values_is_shown_as_text(page, guard, base_url):
    open_page(page, base_url)
    analyze_text(page, XSS)
    expect(page.locator(HOP)).to_have_count(1)
    output = page.locator('[data-testid="header-output"]')
    expect(output).to_contain_text("<script>window.__xss=5</script>")
    expect(output).to_contain_text("<img src=https://evil.example/y.png onerror=window.__xss=6>")
    assert output.locator("script, img, svg, b, [onerror], [onload], [onmouseover]").count() == 0
    page.mouse.move(300, 500)
    page.wait_for_timeout(300)
    assert page.evaluate("window.__xss") is None


def test_no_other_origin_and_nothing_stored(page, guard, base_url):
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    open_page(page, base_url)
    analyze_text(page, XSS.replace("Subject:", "X-Marker: hdr-marker-51c2\nSubject:"))
    expect(page.locator(HOP)).to_have_count(1)
    page.wait_for_load_state("networkidle")
    assert requests and all(u.startswith(base_url) for u in requests), requests
    stored = page.evaluate("JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)])")
    assert "hdr-marker-51c2" not in stored
    assert page.evaluate("document.cookie") == ""


def test_a_dropped_file_is_analysed(page, guard, base_url):
    open_page(page, base_url)
    data = (SAMPLES / "carrier.txt").read_bytes()
    drop_file(page, '[data-testid="header-drop"]', "carrier.eml", "message/rfc822", data)
    expect(page.locator(HOP)).to_have_count(2)
    expect(page.locator(AUTH)).to_have_attribute("data-dmarc", "pass")
    expect(page.locator('[data-testid="header-file-name"]')).to_contain_text("carrier.eml")


def test_bad_input_shows_a_japanese_message(page, guard, base_url):
    open_page(page, base_url)
    page.click(ANALYZE)
    error = page.locator('[data-testid="header-error"]')
    expect(error).to_contain_text("貼り付けるか")
    analyze_text(page, "hello, these are no headers")
    expect(error).to_contain_text("ヘッダが見つかりませんでした")
    expect(page.locator(HOP)).to_have_count(0)
    expect(page.locator(ROOT)).to_have_attribute("data-state", "ready")


def test_keyboard_alone(page, guard, base_url):
    open_page(page, base_url)
    page.focus(INPUT)
    page.keyboard.insert_text((SAMPLES / "exim.txt").read_text("utf-8"))
    for _ in range(8):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.dataset.testid") == "header-analyze":
            break
    assert page.evaluate("document.activeElement.dataset.testid") == "header-analyze"
    page.keyboard.press("Enter")
    expect(page.locator(HOP)).to_have_count(2)
    assert page.evaluate("document.activeElement.dataset.testid") == "header-headline"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_timeline_is_readable_in_light_dark_and_print(page, guard, base_url, scheme):
    page.emulate_media(color_scheme=scheme)
    open_page(page, base_url)
    analyze_text(page, (SAMPLES / "gmail.txt").read_text("utf-8"))
    expect(page.locator(HOP)).to_have_count(3)
    colours = page.locator(".headers-hop--slowest .headers-bar").evaluate(
        "e => [getComputedStyle(e).backgroundColor, getComputedStyle(e.closest('.md-typeset') || document.body).backgroundColor]")
    assert colours[0] != colours[1]
    page.emulate_media(media="print")
    expect(page.locator(HOP).first).to_be_visible()
    expect(page.locator(INPUT)).to_be_hidden()
    expect(page.locator(".headers-guide")).to_be_hidden()


def test_page_is_ready_in_reasonable_time_and_links_from_receiving_and_guide(page, guard, base_url):
    start = time.monotonic()
    open_page(page, base_url)
    assert time.monotonic() - start < 60
    for path in ("receiving/", "guide/"):
        page.goto(base_url + path)
        assert page.locator('a[href$="headers/"]').count() >= 1, path


def test_an_oversized_file_is_refused_before_it_reaches_python(page, guard, base_url):
    open_page(page, base_url)
    big = b"Received: from a by b\n" * (12 * 1024 * 1024 // 22)
    page.set_input_files('[data-testid="header-file"]',
                         files=[{"name": "huge.eml", "mimeType": "message/rfc822", "buffer": big}])
    expect(page.locator('[data-testid="header-error"]')).to_contain_text("大きすぎます")
    expect(page.locator(HOP)).to_have_count(0)
    expect(page.locator(ROOT)).to_have_attribute("data-state", "ready")
