"""Provider values on the content pages: first checks, server settings notice,
authentication records, and the per-page feedback control's configuration."""

from __future__ import annotations

import re

from pychecks import provider as provider_mod
from tests.conftest import ROOT
from tools import gen_content, gen_docs, gen_ports

FIRST_CHECK_KEYS = ("status_url", "webmail_url", "password_reset_url", "panel_url")


def test_every_configured_first_check_is_linked():
    p = provider_mod.merged({key: f"https://{key}.example.net/" for key in FIRST_CHECK_KEYS})
    text = gen_content.first_checks(p)
    for key in FIRST_CHECK_KEYS:
        assert f"(https://{key}.example.net/)" in text, key


def test_an_empty_key_hides_only_its_line():
    p = provider_mod.merged({"status_url": "", "webmail_url": "https://mail.example.net/"})
    text = gen_content.first_checks(p)
    assert "障害・メンテナンス" not in text
    assert "(https://mail.example.net/)" in text
    # The generic check stays, so the page is never empty.
    assert "別の端末や回線" in text


def test_nothing_configured_still_renders_a_list():
    p = provider_mod.merged({key: "" for key in (*FIRST_CHECK_KEYS, "server_info_hint")})
    text = gen_content.first_checks(p)
    assert text.startswith("1. ") and "](" not in text
    assert gen_content.server_info(p) == ""


def test_server_info_hint_is_shown_when_set():
    p = provider_mod.merged({"server_info_hint": "コントロールパネルの「契約情報」に載っています。"})
    assert "「契約情報」" in gen_content.server_info(p)
    assert "「契約情報」" in gen_content.first_checks(p)


def test_spf_record_from_include_and_addresses():
    p = provider_mod.merged({"spf_include": "_spf.host.example", "spf_ip": ["192.0.2.10", "2001:db8::25"]})
    assert provider_mod.spf_record(p) == "v=spf1 include:_spf.host.example ip4:192.0.2.10 ip6:2001:db8::25 ~all"
    assert provider_mod.spf_record(provider_mod.merged({"spf_include": "", "spf_ip": []})) == ""


def test_auth_values_use_the_provider_selector_and_dmarc():
    p = provider_mod.merged({"dkim_selector": "mx2024", "dmarc_record": "v=DMARC1; p=none; rua=mailto:r@{domain}"})
    text = gen_content.auth_values(p, "shop.example")
    assert "`mx2024._domainkey.shop.example`" in text
    assert "    v=DMARC1; p=none; rua=mailto:r@shop.example\n" in text
    assert "`_dmarc.shop.example`" in text


def test_auth_values_without_provider_spf_point_to_support():
    text = gen_content.auth_values(provider_mod.merged({"spf_include": "", "spf_ip": []}))
    assert "サポートにお問い合わせください" in text
    assert "v=spf1" not in text


def test_snippets_are_collected_for_the_pages():
    snippets = gen_docs.snippets({})
    for name in ("first-checks.md", "server-info.md", "auth-values.md"):
        assert name in snippets
    for page in ("first-checks.md", "auth-records.md"):
        text = (ROOT / "docs" / page).read_text(encoding="utf-8")
        for included in re.findall(r'--8<-- "_gen/([^"]+)"', text):
            assert included in snippets, (page, included)


def test_port_465_row_follows_the_provider():
    with_465 = gen_ports.table(provider_mod.merged({"smtps_465": True}))
    without = gen_ports.table(provider_mod.merged({"smtps_465": False}))
    assert "| 465 |" in with_465
    assert "| 465 |" not in without
    assert "| 587 |" in without


def test_feedback_template_uses_the_configured_address_and_no_script():
    template = (ROOT / "overrides" / "partials" / "page-feedback.html").read_text(encoding="utf-8")
    assert "config.extra.provider.feedback_email" in template
    assert "mailto:" in template
    assert "<script" not in template and not re.search(r"\son[a-z]+=", template)
    assert "このページは役に立ちましたか" in template


def test_without_465_every_tool_sends_on_587_with_starttls():
    from pychecks import ports
    from pychecks.settings import rules

    p = {"smtps_465": False}
    answer = ports.recommend("taro@example.com", "send", ssl=True, provider=p)
    assert (answer["port"], answer["security"]) == (587, "starttls")
    assert any("STARTTLS" in note for note in answer["notes"])
    account = rules.build("taro@example.com", ssl=True, provider=p)
    assert (account.outgoing.port, account.outgoing.security) == (587, "starttls")
    assert account.alternative_outgoing is None
    # The default still offers 465, and 587 with STARTTLS next to it.
    account = rules.build("taro@example.com", ssl=True)
    assert (account.outgoing.port, account.alternative_outgoing.port) == (465, 587)
    assert ports.recommend("taro@example.com", "send", ssl=False, provider=p)["port"] == 587


def test_without_465_no_page_tells_the_reader_to_send_on_it():
    """The prose lines that name the submission ports come from the provider's
    setting, and every page that names them includes the generated line."""
    without = gen_ports.snippets(provider_mod.merged({"smtps_465": False}))
    with_465 = gen_ports.snippets(provider_mod.merged({"smtps_465": True}))
    for name, text in without.items():
        if name.startswith("submission-"):
            assert "465番に対応していない" not in text and "**465番**" not in text, name
            assert "587" in text, name
            assert "465" in with_465[name], name
    included = set()
    for page in (ROOT / "docs").glob("*.md"):
        body = page.read_text(encoding="utf-8")
        included |= set(re.findall(r'--8<-- "_gen/(submission-[^"]+)"', body))
        # what remains of 465 in hand-written prose describes a mistake, never advice
        for line in body.splitlines():
            if "465" in line and "--8<--" not in line:
                assert "STARTTLS、587番に SSL/TLS" in line, (page.name, line)
    assert included == {n for n in without if n.startswith("submission-")}
