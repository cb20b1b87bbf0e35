"""Settings form (issue 12): internationalised domains, the local part's length, warnings for
addresses and other providers' servers, plans and SSL, the client for each device."""

from __future__ import annotations

import plistlib
import xml.etree.ElementTree as ET

import pytest

from pychecks import ports, syntax
from pychecks.settings import generate, options, page, rules

IDN = "taro@日本語.jp"
IDN_ASCII = "taro@xn--wgv71a119e.jp"


@pytest.mark.parametrize(("typed", "ascii_form", "shown"), [
    ("日本語.jp", "xn--wgv71a119e.jp", "日本語.jp"),
    ("ドメイン.テスト", "xn--eckwd4c7c.xn--zckzah", "ドメイン.テスト"),
    ("xn--eckwd4c7c.xn--zckzah", "xn--eckwd4c7c.xn--zckzah", "ドメイン.テスト"),
    ("例え。jp", "xn--r8jz45g.jp", "例え.jp"),  # the IME's full stop separates labels (RFC 3490 §3.1)
    ("東京ｔｏｋｙｏ.JP", "xn--tokyo-w91hq39l.jp", "東京tokyo.jp"),  # Latin joins Japanese scripts
    ("Müller.de", "xn--mller-kva.de", "müller.de"),
    ("пример.рф", "xn--e1afmkfd.xn--p1ai", "пример.рф"),
    ("example.jp", "example.jp", "example.jp"),
])
def test_real_idns_are_accepted_and_shown_in_unicode(typed, ascii_form, shown):
    assert syntax.idna_domain(typed) == (ascii_form, shown)


@pytest.mark.parametrize(("bad", "code"), [
    ("exampl\u0131.jp", "lookalike"),  # dotless ı passes for an i
    ("ex\u0430mple.jp", "mixed"),  # Cyrillic а among Latin letters
    ("example.j\u0440", "mixed"),
    ("e\u0307xample.jp", "mark"),  # a combining dot typed on its own
    ("\u0430\u0440\u0435.com", "lookalike"),  # all Cyrillic, every letter a Latin look-alike
    ("straße.de", "mapped"),  # IDNA 2003 would make it strasse.de, another domain
    ("😀.jp", "symbol"),
    ("a" * 60 + "日本.jp", "encode"),  # over 63 octets once encoded
    ("192.0.2.1", "shape"),
])
def test_lookalikes_and_what_idna_2003_cannot_encode_are_refused(bad, code):
    with pytest.raises(syntax.IdnError) as info:
        syntax.idna_domain(bad)
    assert info.value.code == code


def test_a_punycode_lookalike_is_not_shown_in_unicode():
    lookalike = "exampl\u0131.jp".encode("idna").decode("ascii")
    assert syntax.idna_domain(lookalike) == (lookalike, lookalike)


def test_the_shared_domain_check_stays_ascii_only():
    # the port checker and the support builder keep their ASCII rule
    assert not syntax.is_domain("日本語.jp")
    with pytest.raises(ports.InputError):
        ports.domain_of("日本語.jp")


def test_an_idn_is_punycode_in_every_file_and_host_and_unicode_on_the_page():
    r = generate(IDN, ssl=False, client="ios")
    assert r["incoming"]["username"] == IDN_ASCII
    assert r["incoming"]["host"] == r["outgoing"]["host"] == "mail.xn--wgv71a119e.jp"
    assert r["email_shown"] == IDN and IDN in r["idn_note"] and IDN_ASCII in r["idn_note"]
    assert IDN in r["sheet"]["account"][0]["value"]
    files = {f["kind"]: f["text"] for f in r["files"]}
    profile = plistlib.loads(files["mobileconfig"].encode())["PayloadContent"][0]
    assert profile["EmailAddress"] == IDN_ASCII
    assert profile["IncomingMailServerHostName"] == "mail.xn--wgv71a119e.jp"
    assert profile["EmailAccountDescription"] == IDN  # what the device shows the reader
    auto = ET.fromstring(files["autoconfig"])
    assert auto.find("emailProvider").get("id") == auto.findtext("emailProvider/domain") == "xn--wgv71a119e.jp"
    assert {h.text for h in auto.iter("hostname")} == {"mail.xn--wgv71a119e.jp"}
    disc = ET.fromstring(files["autodiscover"])
    assert {el.text for el in disc.iter() if el.tag.endswith("}Server")} == {"mail.xn--wgv71a119e.jp"}
    assert all(f["filename"].isascii() for f in r["files"])


def test_an_idn_server_name_is_punycode():
    r = generate("taro@example.jp", incoming="メール.日本語.jp")
    assert r["incoming"]["host"] == r["outgoing"]["host"] == "xn--4dkua4c.xn--wgv71a119e.jp"


def test_an_ascii_address_has_no_idn_note():
    assert generate("taro@example.jp")["idn_note"] == ""


@pytest.mark.parametrize(("bad", "words"), [
    ("taro@exampl\u0131.jp", "英字とよく似た"),
    ("taro@ex\u0430mple.jp", "キリル文字"),
    ("taro@straße.de", "xn--"),
])
def test_refusals_say_why(bad, words):
    with pytest.raises(ports.InputError) as info:
        generate(bad)
    assert info.value.field == "email" and words in str(info.value)


def test_an_over_long_local_part_says_what_is_wrong_with_the_count():
    with pytest.raises(ports.InputError) as info:
        generate("a" * 65 + "@example.jp")
    message = str(info.value)
    assert info.value.field == "email"
    assert "「@」より前" in message and "65文字" in message and "64" in message and "RFC 5321" in message
    assert generate("a" * 64 + "@example.jp")["incoming"]["username"].startswith("a" * 64)


@pytest.mark.parametrize("ip", ["192.0.2.1", "[2001:db8::1]"])
def test_a_bare_ip_address_is_warned_about_not_refused(ip):
    with_ssl = generate("taro@example.jp", incoming=ip)
    assert with_ssl["incoming"]["host"] == ip.strip("[]")
    assert len(with_ssl["warnings"]) == 1 and "証明書" in with_ssl["warnings"][0]
    without = generate("taro@example.jp", incoming=ip, ssl=False)
    assert without["warnings"] and "証明書" not in without["warnings"][0]


@pytest.mark.parametrize("host", ["imap.gmail.com", "outlook.office365.com", "smtp.mail.yahoo.co.jp",
                                  "imap.mail.me.com"])
def test_another_providers_server_is_warned_about(host):
    r = generate("taro@example.jp", incoming=host)
    assert len(r["warnings"]) == 1 and host in r["warnings"][0] and "送受信できません" in r["warnings"][0]


def test_the_providers_own_servers_get_no_warning():
    assert generate("taro@example.jp", incoming="sv1234.example.jp")["warnings"] == []
    # a provider whose own domain is on the list: its own hosts are not "another provider's"
    r = generate("taro@example.jp", incoming="imap.mail.yahoo.co.jp", provider={"domain": "yahoo.co.jp"})
    assert r["warnings"] == []


def test_the_outgoing_server_is_checked_on_its_own():
    r = generate("taro@example.jp", incoming="sv1.example.jp", outgoing="smtp.gmail.com")
    assert len(r["warnings"]) == 1 and r["warnings"][0].startswith("送信サーバ名")


def test_each_plan_names_the_ssl_choices_it_allows():
    plans = {p["value"]: p for p in options()["plans"]}
    assert plans["legacy"]["ssl_choices"] == ["off"] and plans["legacy"]["ssl_default"] == "off"
    assert plans["shared"]["ssl_choices"] == ["on", "off"] and plans["shared"]["ssl_default"] == "on"
    for plan in plans.values():  # every plan's default is one of its choices, and the one generate accepts
        assert plan["ssl_default"] in plan["ssl_choices"]
        generate("taro@example.jp", ssl=plan["ssl_default"] == "on", plan=plan["value"])


def test_each_device_preselects_an_existing_client_with_a_note():
    opts = options()
    clients = {c["value"] for c in opts["clients"]}
    assert opts["devices"] == {"ios": "ios", "android": "android", "mac": "apple-mail", "windows": "outlook"}
    assert set(opts["devices"].values()) <= clients
    assert set(opts["device_notes"]) == set(opts["devices"])


@pytest.mark.parametrize("client", ["ios", "apple-mail"])
def test_apple_devices_are_offered_the_profile_first_and_the_rest_as_admin_files(client):
    r = generate("taro@example.jp", client=client)
    assert [(f["kind"], f["own"], f["admin"]) for f in r["files"]] == [
        ("mobileconfig", True, False), ("autoconfig", False, True), ("autodiscover", False, True)]
    assert "管理者" in r["other_files_title"]


def test_other_clients_have_no_file_of_their_own():
    r = generate("taro@example.jp", client="thunderbird")
    assert [(f["kind"], f["own"], f["admin"]) for f in r["files"]] == [
        ("autoconfig", False, True), ("mobileconfig", False, False), ("autodiscover", False, True)]
    assert r["other_files_title"] == "自動設定ファイル"


def test_normalize_server_takes_a_name_or_an_address():
    assert rules.normalize_server("incoming", "SV1.Example.JP.") == "sv1.example.jp"
    assert rules.normalize_server("incoming", "192.0.2.1") == "192.0.2.1"
    with pytest.raises(ports.InputError):
        rules.normalize_server("incoming", "192.0.2.1:993")
    assert page.order_files([], "ios") == []


def test_the_cli_table_carries_the_warnings_and_the_idn_note(capsys):
    from pychecks.settings import cli

    assert cli.main(["--email", IDN, "--incoming", "imap.gmail.com", "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "確認: 受信サーバ名の「imap.gmail.com」は Google" in out and IDN_ASCII in out
