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


# Every end of the flow and the pages that explain it: each end step must link to all of them.
# A new end step fails test_every_path_ends_on_a_page_that_explains_it until it is listed here.
ENDS: dict[str, tuple[str, ...]] = {
    "settings": ("settings/", "client-setup/"),
    "send-all": ("first-checks/", "sending/#op25b"),
    "op25b": ("sending/#op25b",),
    "password": ("client-messages/#password-prompt",),
    "certificate": ("client-messages/#ios-certificate", "client-messages/#thunderbird-certificate"),
    "overseas": ("overseas-access/",),
    "client-error": ("client-messages/",),
    "bounce": ("analyzer/",),
    "backscatter": ("backscatter/",),
    "carrier": ("carriers/", "auth-records/"),
    "not-delivered": ("auth-records/",),
    "one-sender": ("receiving/#spam-folder", "receiving/#sender-auth"),
    "not-arrived": ("receiving/#mailbox-full", "receiving/#spam-folder"),
    "late": ("receiving/#late",),
    "domain-wide": ("first-checks/", "receiving/#mx"),
}


def flow_graph(page) -> dict[str, list[tuple[str, str]]]:
    """step id -> [(answer text, next step id)], read from the page itself."""
    return page.evaluate("""() => {
        const out = {};
        for (const section of document.querySelectorAll('[data-testid="guide"] .guide-step')) {
            const answers = section.querySelector(':scope > ul.guide-answers');
            out[section.dataset.step] = answers ? [...answers.querySelectorAll('a')].map(
                a => [a.textContent.trim(), decodeURIComponent(new URL(a.href).hash.slice(1))]) : [];
        }
        return out;
    }""")


def all_paths(graph: dict[str, list[tuple[str, str]]]) -> list[tuple[list[str], str]]:
    """Every sequence of answers from the first question to a step without answers."""
    paths = []

    def walk(step_id: str, answers: list[str], seen: frozenset[str]) -> None:
        assert step_id not in seen, f"the flow loops back to {step_id}"
        if not graph[step_id]:
            paths.append((answers, step_id))
            return
        for text, target in graph[step_id]:
            assert target in graph, f"{step_id}: {text!r} points to a missing step {target}"
            walk(target, [*answers, text], seen | {step_id})

    walk("start", [], frozenset())
    return paths


def test_every_path_ends_on_a_page_that_explains_it(page, guard, base_url):
    open_guide(page, base_url)
    graph = flow_graph(page)
    paths = all_paths(graph)
    ends = {end for _, end in paths}
    assert ends - {"support"} == set(ENDS), "every end step is declared in ENDS, and every declared one is reachable"
    assert len(paths) >= 30
    for answers, end in paths:
        if current(page) != "start":
            page.click('[data-testid="guide-restart"]')
        expect(step(page, "start")).to_be_visible()
        for text in answers:
            answer(page, text)
        expect(page.locator(FLOW), str(answers)).to_have_attribute("data-current", end)
        section = step(page, end)
        expect(section).to_be_visible()
        for destination in ENDS[end]:
            expect(section.locator(f'a[href$="/{destination}"]').first).to_be_visible()
        expect(section.locator('a[href$="#support"]')).to_be_visible()


def test_every_destination_exists_and_holds_its_section(page, guard, base_url):
    for destination in sorted({d for targets in ENDS.values() for d in targets}):
        path, _, anchor = destination.partition("#")
        response = page.request.get(base_url + path)
        assert response.status == 200, destination
        if anchor:
            assert f'id="{anchor}"' in response.text(), destination


def test_the_answers_change_the_outcome_where_they_should(page, guard, base_url):
    open_guide(page, base_url)
    graph = flow_graph(page)
    outcomes = {end for answers, end in all_paths(graph) if answers[:1] == ["メールを送信できない(受信はできる)"]}
    assert {"password", "overseas", "certificate", "op25b", "send-all"} <= outcomes
    scope = dict(graph["send-scope"])
    assert scope["そのドメインのすべてのアドレスで送れない"] != scope["一部のアドレスだけ送れない"]
    scope = dict(graph["receive-scope"])
    assert scope["そのドメインのすべてのアドレスに届かない"] != scope["一部のアドレスだけ届かない"]
    # Mail from one sender: the sender's side and the filters, never the reader's client settings.
    one_sender = {end for answers, end in all_paths(graph) if answers[:1] == ["特定の相手からのメールだけが届かない"]}
    assert one_sender == {"bounce", "one-sender"}


def test_every_start_page_symptom_has_a_path(page, guard, base_url):
    """Each card on the start page leads to the guide or to a page the guide also reaches."""
    pathnames = "els => els.map(a => new URL(a.href).pathname)"
    page.goto(base_url)
    cards = page.locator("article .grid.cards a.md-button").evaluate_all(pathnames)
    assert len(cards) >= 8
    open_guide(page, base_url)
    linked = set(page.locator(f"{FLOW} a[href]").evaluate_all(pathnames))
    for pathname in cards:
        assert pathname in linked or pathname.endswith("/guide/"), pathname


def test_back_button_returns_to_the_previous_question(page, guard, base_url):
    open_guide(page, base_url)
    answer(page, "メールを送信できない(受信はできる)")
    answer(page, "しばらく使えていたのに、ある日突然")
    expect(page.locator(FLOW)).to_have_attribute("data-current", "send-scope")
    page.go_back()
    expect(step(page, "send-when")).to_be_visible()
    expect(page.locator(FLOW)).to_have_attribute("data-current", "send-when")
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
                 "そのドメインのすべてのアドレスで送れない"]:
        answer(page, text)
    step(page, "send-all").locator('a[href$="#support"]').click()
    expect(page.locator(FLOW)).to_have_attribute("data-current", "support")
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
    answer(page, "はい、自分が送ったメールのエラー")
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
