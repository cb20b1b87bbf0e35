"""The guided troubleshooting flow: plain linked sections, enhanced into one question at a time."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

FLOW = '[data-testid="guide"]'
PREFILL_KEY = "mailtrouble.support.prefill"


def open_guide(page, base_url, hash_: str = ""):
    page.goto(base_url + "guide/" + hash_)
    page.wait_for_selector(f'{FLOW}[data-state="ready"]')


def step(page, name: str):
    return page.locator(f'[data-testid="guide-step-{name}"]')


def answer(page, text: str) -> None:
    page.locator(f'{FLOW} .guide-step:not([hidden]) a:text-is("{text}")').click()


def current(page) -> str:
    return page.locator(FLOW).get_attribute("data-current")


@pytest.mark.parametrize(("answers", "end", "destination"), [
    (["メールを送信できない(受信はできる)", "しばらく使えていたのに、ある日突然", "一部のアドレスだけ送れない",
      "いいえ、送信の時点でエラーになる・送信トレイに残る"], "op25b", "sending/#op25b"),
    (["メールを送信できない(受信はできる)", "メールソフトを設定した直後から・設定を変えてから"], "settings", "settings/"),
    (["送ったメールが相手に届いていない", "はい、エラーメールが返ってきた"], "bounce", "analyzer/"),
    (["メールが遅れて届く"], "late", "receiving/#late"),
    (["特定の相手からのメールが届かない", "しばらく使えていたのに、ある日突然", "一部のアドレスだけ届かない",
      "いいえ・分からない"], "not-arrived", "receiving/#sender-auth"),
    (["送信も受信もできない", "しばらく使えていたのに、ある日突然", "そのドメインのすべてのアドレスで送受信できない"],
     "domain-wide", "receiving/#mx"),
])
def test_paths_end_where_they_should(page, guard, base_url, answers, end, destination):
    open_guide(page, base_url)
    expect(step(page, "start")).to_be_visible()
    for text in answers:
        answer(page, text)
    assert current(page) == end
    expect(step(page, end)).to_be_visible()
    expect(step(page, "start")).to_be_hidden()
    expect(page).to_have_url(re.compile(f"/guide/#{end}$"))
    expect(step(page, end).locator(f'a[href$="/{destination}"]').first).to_be_visible()
    expect(step(page, end).locator('a[href$="#support"]')).to_be_visible()


def test_back_button_returns_to_the_previous_question(page, guard, base_url):
    open_guide(page, base_url)
    answer(page, "メールを送信できない(受信はできる)")
    answer(page, "しばらく使えていたのに、ある日突然")
    assert current(page) == "send-scope"
    page.go_back()
    expect(step(page, "send-when")).to_be_visible()
    assert current(page) == "send-when"
    page.go_back()
    expect(step(page, "start")).to_be_visible()
    page.go_forward()
    expect(step(page, "send-when")).to_be_visible()
    page.click('[data-testid="guide-back"]')
    expect(step(page, "start")).to_be_visible()


def test_reload_keeps_the_question_and_the_trail(page, guard, base_url):
    open_guide(page, base_url)
    answer(page, "メールを受信できない")
    answer(page, "しばらく使えていたのに、ある日突然")
    page.reload()
    page.wait_for_selector(f'{FLOW}[data-state="ready"]')
    expect(step(page, "receive-scope")).to_be_visible()
    expect(page.locator('[data-testid="guide-trail"]')).to_contain_text("メールを受信できない → しばらく使えていたのに")


def test_final_step_opens_the_builder_with_what_was_learned(page, guard, base_url):
    open_guide(page, base_url)
    for text in ["メールを送信できない(受信はできる)", "しばらく使えていたのに、ある日突然",
                 "そのドメインのすべてのアドレスで送れない", "いいえ、送信の時点でエラーになる・送信トレイに残る"]:
        answer(page, text)
    step(page, "op25b").locator('a[href$="#support"]').click()
    assert current(page) == "support"
    step(page, "support").locator("a[data-prefill]").click()
    page.wait_for_url(re.compile("/support/$"))
    builder = '[data-testid="support-builder"]'
    page.wait_for_selector(f'{builder}[data-state="ready"]', timeout=60_000)
    expect(page.locator('[data-testid="support-output"]')).to_contain_text("■ 送信のトラブルか、受信のトラブルか\n送信のトラブル")
    output = page.locator('[data-testid="support-output"]')
    expect(output).to_contain_text("突然(設定は変えていない)")
    expect(output).to_contain_text("そのドメインのすべてのメールアドレス")
    expect(output).to_contain_text("・送信できない")
    expect(page.locator('[data-testid="support-direction-send"]')).to_be_checked()
    assert page.evaluate("k => sessionStorage.getItem(k)", PREFILL_KEY) is None


def test_prefill_holds_only_the_answers(page, guard, base_url):
    open_guide(page, base_url)
    answer(page, "エラーメールが返ってきた")
    page.evaluate("""key => {
        const set = sessionStorage.setItem.bind(sessionStorage);
        sessionStorage.setItem = (k, v) => { if (k === key) window.__prefill = v; set(k, v); };
    }""", PREFILL_KEY)
    step(page, "bounce").locator('a[href$="#support"]').click()
    step(page, "support").locator("a[data-prefill]").click()
    page.wait_for_url(re.compile("/support/$"))
    stored = json.loads(page.evaluate("() => window.__prefill"))
    assert stored == {"kinds": ["bounce"], "direction": "send"}


def test_without_javascript_every_section_is_a_plain_link(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "guide/")
    for name in ["start", "send-when", "op25b", "bounce", "support"]:
        expect(page.locator(f"h2#{name}")).to_be_visible()
    page.click('article a[href="#send-when"] >> nth=0')
    expect(page).to_have_url(re.compile("#send-when$"))
    page.click('article a[data-prefill]')
    expect(page).to_have_url(re.compile("/support/$"))
    context.close()


def test_the_guide_does_not_load_python(page, guard, base_url):
    # Save-Data on: no idle-time prefetch of the runtime (checkers.js), so what is left is the guide's own.
    page.add_init_script("Object.defineProperty(navigator, 'connection', "
                         "{value: {effectiveType: '4g', saveData: true}, configurable: true})")
    urls: list[str] = []
    page.on("request", lambda r: urls.append(r.url))
    open_guide(page, base_url)
    page.wait_for_load_state("networkidle")
    assert not [u for u in urls if "/assets/runtime/" in u]
