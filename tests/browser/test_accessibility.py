"""axe-core on every page, light and dark, also with results shown (analyzer
cards, settings table, support output, header analysis, search results):
no violation of impact moderate, serious or critical, the theme's own elements
included (heading order under each checker, a name for every code block's
navigation landmark)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.a11y import blocking, counts, describe, violations
from tests.browser.a11y_states import BOUNCE_EN, MAILS, STATES, analyzer

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("name", "path", "prepare"), STATES, ids=[s[0] for s in STATES])
def test_no_moderate_serious_or_critical_violation_in_light_and_dark(page, guard, base_url, name, path, prepare):
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        page.goto(base_url + path)
        page.evaluate("localStorage.clear()")  # the theme keeps the last scheme: follow the emulated one
        page.reload()
        expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate" if scheme == "dark" else "default")
        prepare(page)
        found = violations(page)
        print(f"{scheme} {name}: {counts(found)}")
        assert not blocking(found), f"{scheme} {name}:\n{describe(blocking(found))}"


def test_the_quoted_reply_carries_its_language_and_only_the_headline_is_announced(page, guard, base_url):
    page.goto(base_url + "analyzer/")
    analyzer(BOUNCE_EN)(page)
    reply = page.locator('[data-testid="bounce-diagnostic"]').first
    expect(reply).to_have_attribute("lang", "en")
    announce = page.locator('[data-testid="bounce-announce"]')
    expect(announce).to_have_attribute("role", "status")
    expect(announce).to_have_text(page.locator(".analyzer-headline").inner_text())
    # The cards themselves are not a live region: a reader hears the summary, then reads on.
    assert page.locator('[data-testid="bounce-output"][aria-live]').count() == 0
    analyzer((MAILS / "japanese-mailboxfull-nocode.eml").read_text(encoding="utf-8", errors="replace"))(page)
    expect(page.locator('[data-testid="bounce-diagnostic"]').first).to_have_attribute("lang", "ja")


def test_links_in_text_are_underlined(page, guard, base_url):
    page.goto(base_url + "sending/")
    link = page.locator("article p a[href]:not(.headerlink)").first
    assert "underline" in link.evaluate("a => getComputedStyle(a).textDecorationLine")


def test_search_dialog_and_progress_bar_have_names(page, guard, base_url):
    page.goto(base_url)
    expect(page.locator('.md-search[role="dialog"]')).to_have_attribute("aria-label", "検索")
    assert page.locator('.md-progress[role="progressbar"]').get_attribute("aria-label")
