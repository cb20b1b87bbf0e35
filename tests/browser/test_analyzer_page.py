"""The error-mail analyzer as a reader uses it: paste or pick a bounce, read
the cards; markup in a mail runs nothing, nothing leaves the origin, a long
run can be cancelled, and a page without its runtime still helps."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from pychecks import bounce
from tests.browser.conftest import wait_ready

pytestmark = pytest.mark.browser

ROOT = '[data-testid="bounce-analyzer"]'
INPUT = '[data-testid="bounce-input"]'
ANALYZE = '[data-testid="bounce-analyze"]'
RESULT = '[data-testid="bounce-result"]'
PASTED = ["lhost-postfix-02.eml", "lhost-exim-01.eml", "lhost-office365-02.eml", "rhost-franceptt-01.eml",
          "lhost-gmx-03.eml", "rfc3464-08.eml"]
MARKER = "kijitora-marker-7f3a"
XSS_MAIL = (
    "From: MAILER-DAEMON@sv1234.example.jp (Mail Delivery System)\n"
    "To: hanako@example.jp\n"
    "Subject: Undelivered Mail Returned to Sender <script>window.__xss = 'subject'</script>\n\n"
    "This is the mail system at host sv1234.example.jp.\n\n"
    "<taro@example.com>: host mx.example.com[192.0.2.25] said: 550 5.1.1\n"
    "    <taro@example.com>: Recipient address rejected: User unknown <script>window.__xss = 1</script>\n"
    "    <img src=\"https://evil.example/x.png\" onerror=\"window.__xss = 2\">\n"
    "    <b onmouseover=\"window.__xss = 3\" style=\"display:block;width:2000px;height:2000px\">hover</b>\n"
    "    (in reply to RCPT TO command)\n"
)


def open_analyzer(page, base_url) -> None:
    page.goto(base_url + "analyzer/")
    wait_ready(page, ROOT)


def expected_rows(data) -> list[tuple[str, str, str, str]]:
    return [(r["recipient"], r["reason"], r["deliverystatus"], r["replycode"]) for r in bounce.analyze(data)]


def card_rows(page) -> list[tuple[str, str, str, str]]:
    return [tuple(c.get_attribute(a) or "" for a in ("data-recipient", "data-reason", "data-status", "data-replycode"))
            for c in page.locator(RESULT).all()]


def analyze_text(page, text: str) -> None:
    page.fill(INPUT, text)
    page.click(ANALYZE)


def test_pasted_bounces_give_one_card_per_recipient(page, guard, base_url, corpus_dir):
    open_analyzer(page, base_url)
    for name in PASTED:
        path = corpus_dir / "maildir" / "bsd" / name
        text = path.read_text("utf-8")
        rows = expected_rows(text)
        analyze_text(page, text)
        expect(page.locator(RESULT)).to_have_count(len(rows))
        expect(page.locator(RESULT).first).to_have_attribute("data-recipient", rows[0][0])
        assert card_rows(page) == rows, name
    card = page.locator(RESULT).first
    expect(card.locator("h3")).not_to_be_empty()
    expect(card.locator('[data-testid="bounce-faq"]')).to_have_attribute("href", re.compile(r"^\.\./errors/#[a-z-]+$"))
    expect(page.locator(ROOT)).to_have_attribute("data-state", "ready")


def test_the_decisive_phrase_is_highlighted(page, guard, base_url):
    open_analyzer(page, base_url)
    analyze_text(page, XSS_MAIL.replace("<script>", "").replace("</script>", ""))
    card = page.locator(RESULT)
    expect(card).to_have_attribute("data-reason", "userunknown")
    expect(card.locator('[data-testid="bounce-diagnostic"] mark')).to_have_text("User unknown")
    expect(card).to_contain_text("ハードバウンス")
    card.locator('[data-testid="bounce-faq"]').click()
    expect(page).to_have_url(re.compile(r"/errors/"))
    expect(page).to_have_url(re.compile(r"/errors/#user-unknown$"))
    expect(page.locator("#user-unknown")).to_be_in_viewport()


def test_file_picker_reads_an_iso_2022_jp_mail(page, guard, base_url, corpus_dir):
    path = corpus_dir / "maildir" / "bsd" / "lhost-mfilter-02.eml"
    open_analyzer(page, base_url)
    page.set_input_files('[data-testid="bounce-file"]', str(path))
    expect(page.locator(RESULT)).to_have_count(1)
    assert card_rows(page) == expected_rows(path.read_bytes())
    expect(page.locator(f"{RESULT} [data-testid=bounce-diagnostic]")).to_contain_text("送信に失敗しました")
    expect(page.locator('[data-testid="bounce-file-name"]')).to_contain_text("lhost-mfilter-02.eml")


def test_markup_in_a_bounce_runs_nothing(page, guard, base_url):
    open_analyzer(page, base_url)
    analyze_text(page, XSS_MAIL)
    card = page.locator(RESULT)
    expect(card).to_have_count(1)
    expect(card).to_contain_text("<script>window.__xss = 1</script>")
    output = page.locator('[data-testid="bounce-output"]')
    assert output.locator("script, img, [onerror], [onmouseover], b").count() == 0
    page.mouse.move(300, 600)
    page.wait_for_timeout(300)
    assert page.evaluate("window.__xss") is None


def test_no_other_origin_and_nothing_stored(page, guard, base_url, corpus_dir):
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    open_analyzer(page, base_url)
    text = (corpus_dir / "maildir" / "bsd" / "lhost-postfix-02.eml").read_text("utf-8")
    analyze_text(page, text.replace("Subject:", f"X-Marker: {MARKER}\nSubject:", 1))
    expect(page.locator(RESULT).first).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert requests and all(u.startswith(base_url) for u in requests), requests
    stored = page.evaluate("JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)])")
    assert MARKER not in stored and "kijitora" not in stored
    assert page.evaluate("document.cookie") == ""
    assert page.evaluate("location.search + location.hash") == ""


def test_a_mail_that_is_not_a_bounce_replaces_the_results(page, guard, base_url, corpus_dir):
    open_analyzer(page, base_url)
    analyze_text(page, (corpus_dir / "maildir" / "bsd" / "lhost-exim-01.eml").read_text("utf-8"))
    expect(page.locator(RESULT)).to_have_count(1)
    analyze_text(page, (corpus_dir / "maildir" / "not" / "is-not-bounce-01.eml").read_text("utf-8", "replace"))
    expect(page.locator('[data-testid="bounce-none"]')).to_have_count(1)
    expect(page.locator(RESULT)).to_have_count(0)
    expect(page.locator('[data-testid="bounce-none"]')).to_contain_text("エラーメール")


def test_bad_input_shows_a_japanese_message_and_keeps_the_text(page, guard, base_url):
    open_analyzer(page, base_url)
    page.click(ANALYZE)
    error = page.locator('[data-testid="bounce-error"]')
    expect(error).to_contain_text("貼り付けるか")
    page.evaluate("""(sel) => { const t = document.querySelector(sel);
        t.value = 'x'.repeat(11 * 1024 * 1024); t.dispatchEvent(new Event('input')); }""", INPUT)
    page.click(ANALYZE)
    expect(error).to_contain_text("大きすぎます")
    assert page.evaluate(f"document.querySelector('{INPUT}').value.length") == 11 * 1024 * 1024
    expect(page.locator(ROOT)).to_have_attribute("data-state", "ready")


def test_an_oversized_file_is_refused(page, guard, base_url):
    open_analyzer(page, base_url)
    big = b"Received: from a by b\n" * (12 * 1024 * 1024 // 22)
    page.set_input_files('[data-testid="bounce-file"]',
                         files=[{"name": "huge.eml", "mimeType": "message/rfc822", "buffer": big}])
    expect(page.locator('[data-testid="bounce-error"]')).to_contain_text("大きすぎます")
    expect(page.locator(RESULT)).to_have_count(0)


def test_a_long_run_can_be_cancelled(page, guard, base_url, corpus_dir):
    guard.allowed_console.append("中止")
    open_analyzer(page, base_url)
    text = (corpus_dir / "maildir" / "bsd" / "lhost-exim-01.eml").read_text("utf-8")
    page.fill(INPUT, text)
    # Keep the worker busy with big analyses first, so the reader's run waits long enough to cancel.
    page.evaluate("""async () => {
        const ui = await import(new URL('../assets/js/checkers/ui.js', location.href).href);
        const py = ui.getClient();
        const big = 'Diagnostic-Code: smtp; 550 5.1.1 user unknown\\n'.repeat(190000);
        for (let i = 0; i < 8; i++) py.call('analyzer.run', { text: big }).catch(() => {});
    }""")
    page.click(ANALYZE)
    expect(page.locator(ROOT)).to_have_attribute("data-state", "busy")
    cancel = page.locator('[data-testid="bounce-cancel"]')
    expect(cancel).to_be_visible()
    cancel.click()
    expect(page.locator('[data-testid="bounce-error"]')).to_contain_text("中止しました")
    wait_ready(page, ROOT)
    expect(cancel).to_be_hidden()
    assert page.input_value(INPUT) == text
    page.click(ANALYZE)
    expect(page.locator(RESULT)).to_have_count(1)


def test_keyboard_alone(page, guard, base_url, corpus_dir):
    open_analyzer(page, base_url)
    page.focus(INPUT)
    page.keyboard.insert_text((corpus_dir / "maildir" / "bsd" / "lhost-exim-01.eml").read_text("utf-8"))
    for _ in range(8):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.dataset.testid") == "bounce-analyze":
            break
    assert page.evaluate("document.activeElement.dataset.testid") == "bounce-analyze"
    page.keyboard.press("Enter")
    expect(page.locator(RESULT)).to_have_count(1)
    assert page.evaluate("document.activeElement.classList.contains('analyzer-headline')")


def test_the_file_button_opens_the_picker_from_the_keyboard(page, guard, base_url):
    """The hidden file input is out of the tab order: the labelled button must open it on Enter and Space.
    (Headless Chromium did not reliably raise a filechooser event for a keyboard-opened picker, so the test counts
    the input's click().)"""
    open_analyzer(page, base_url)
    page.evaluate("""() => { window.__picks = 0; const input = document.querySelector('[data-testid=bounce-file]');
        const open = input.click.bind(input); input.click = () => { window.__picks++; open(); }; }""")
    page.focus('[data-testid="bounce-file-button"]')
    page.keyboard.press("Enter")
    page.keyboard.press("Space")
    page.wait_for_function("window.__picks === 2")
    assert page.evaluate("document.activeElement.dataset.testid") == "bounce-file-button"


def test_copy_summary_and_hand_over_to_support(page, context, guard, base_url, corpus_dir):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_analyzer(page, base_url)
    analyze_text(page, (corpus_dir / "maildir" / "bsd" / "lhost-exim-01.eml").read_text("utf-8"))
    page.click('[data-testid="bounce-copy-summary"]')
    expect(page.locator('[data-testid="bounce-copy-status"]')).to_contain_text("コピーしました")
    clip = page.evaluate("navigator.clipboard.readText()")
    assert "kijitora@example.ed.jp" in clip and "Please use the smtp server" in clip
    assert page.evaluate("sessionStorage.getItem('mailtrouble.support.prefill')") is None
    # The support page takes the prefill out of storage once read: look at it before its scripts run.
    page.add_init_script("window.__prefill = sessionStorage.getItem('mailtrouble.support.prefill')")
    page.click('[data-testid="bounce-to-support"]')
    expect(page).to_have_url(re.compile(r"/support/$"))
    form = json.loads(page.evaluate("window.__prefill"))
    assert "kijitora@example.ed.jp" in json.dumps(form)


def test_phone_width_and_print_view(page, guard, base_url, corpus_dir):
    page.set_viewport_size({"width": 390, "height": 800})
    open_analyzer(page, base_url)
    analyze_text(page, (corpus_dir / "maildir" / "bsd" / "lhost-postfix-02.eml").read_text("utf-8"))
    expect(page.locator(RESULT)).to_have_count(2)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.emulate_media(media="print")
    expect(page.locator(INPUT)).to_be_hidden()
    expect(page.locator(ANALYZE)).to_be_hidden()
    expect(page.locator(".analyzer-guide")).to_be_hidden()
    expect(page.locator('[data-testid="bounce-copy-summary"]')).to_be_hidden()
    expect(page.locator(RESULT).first).to_be_visible()


def test_without_the_runtime_the_page_still_explains(page, base_url):
    page.route("**/assets/runtime/**", lambda route: route.abort())
    page.goto(base_url + "analyzer/")
    page.wait_for_selector(f'{ROOT}[data-state="error"]', timeout=30_000)
    fallback = page.locator('[data-testid="bounce-fallback"]')
    expect(fallback).to_be_visible()
    expect(fallback.locator('a[href="../errors/"]')).to_be_visible()
    expect(page.locator(f"{ROOT} .checker-status")).to_contain_text("読み込めませんでした")


def test_a_card_shows_its_evidence_and_both_readings(page, guard, base_url):
    open_analyzer(page, base_url)
    analyze_text(page, "421-4.7.27 Your email has been rate limited because SPF authentication didn't pass for this "
                       "message. Gmail requires all bulk email senders to authenticate with SPF.")
    card = page.locator(RESULT).first
    expect(card).to_have_attribute("data-reason", "authfailure")
    expect(card).to_have_attribute("data-confidence", "certain")
    evidence = card.locator('[data-testid="bounce-evidence"]')
    evidence.locator("summary").click()
    expect(evidence).to_contain_text("確実")
    expect(evidence.locator('a[href^="https://support.google.com/"]')).to_have_count(1)
    analyze_text(page, "550 Unknown user taro@docomo.ne.jp")
    card = page.locator(RESULT).first
    expect(card.locator('[data-testid="bounce-faq"]')).to_have_attribute("href", re.compile(r"#carriers$"))
    expect(card.locator('[data-testid="bounce-readings"] li')).to_have_count(3)


def test_a_rare_charset_brings_the_rest_of_the_standard_library_once(page, guard, base_url):
    """The runtime restored from the snapshot starts with a small part of the standard library
    (tools/stdlib_trim.py start()); a mail in a charset no page needs otherwise (KOI8-U) makes the
    worker fetch the rest, once, in the middle of the analysis, and decodes right."""
    import base64

    wanted = []
    page.on("request", lambda r: wanted.append(r.url.rsplit("/", 1)[1]) if "/stdlib-" in r.url else None)
    manifest = page.request.get(base_url + "assets/runtime/manifest.json").json()
    text = ("This is the mail system at host mx.example.ua.\n\n"
            "<taras@example.ua>: host mx.example.ua[192.0.2.7] said: 550 5.1.1 <taras@example.ua>:\n"
            "    Користувача не знайдено (in reply to RCPT TO command)\n")
    mail = ("From: MAILER-DAEMON@mx.example.ua\nTo: hanako@example.jp\nSubject: Undelivered Mail Returned to Sender\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=koi8-u\nContent-Transfer-Encoding: base64\n\n"
            + base64.encodebytes(text.encode("koi8_u")).decode("ascii"))
    open_analyzer(page, base_url)
    analyze_text(page, mail)
    expect(page.locator(RESULT)).to_have_count(1)
    assert card_rows(page) == [("taras@example.ua", "userunknown", "5.1.1", "550")]
    expect(page.locator(f"{RESULT} [data-testid=bounce-diagnostic]")).to_contain_text("Користувача не знайдено")
    assert wanted.count(manifest["snapshotStdlibLater"]) == 1, wanted
    assert manifest["stdlib"] not in wanted, wanted  # not the plain start's whole zip
