"""The settings generator's rules: every SSL × protocol × client combination,
and bad input answered per field in Japanese."""

from __future__ import annotations

import itertools
import json

import pytest

from pychecks import api, ports
from pychecks.settings import clients, generate, options

CLIENT_IDS = list(clients.CLIENTS)
COMBOS = list(itertools.product([True, False], ["imap", "pop3"], CLIENT_IDS))
SECURITY_WORDS = {"ssl", "starttls", "none"}


def values(result: dict) -> list[str]:
    return [row["value"] for row in result["rows"]]


@pytest.mark.parametrize(("ssl", "protocol", "client"), COMBOS)
def test_every_combination_follows_the_port_table(ssl, protocol, client):
    r = generate("taro@example.com", incoming="sv9.example.jp", ssl=ssl, protocol=protocol, client=client)
    inc, out = r["incoming"], r["outgoing"]
    assert (inc["port"], inc["security"]) == (ports.ENDPOINTS[(protocol, ssl)].port,
                                              ports.ENDPOINTS[(protocol, ssl)].security)
    assert (out["port"], out["security"]) == (ports.ENDPOINTS[("smtp", ssl)].port,
                                              ports.ENDPOINTS[("smtp", ssl)].security)
    assert (inc["port"], out["port"]) == ({("imap", True): 993, ("imap", False): 143,
                                          ("pop3", True): 995, ("pop3", False): 110}[(protocol, ssl)],
                                         465 if ssl else 587)
    assert inc["protocol"] == protocol and inc["security"] in SECURITY_WORDS
    assert inc["username"] == out["username"] == "taro@example.com"
    assert inc["auth"] == out["auth"] == "password-cleartext"
    assert inc["host"] == out["host"] == "sv9.example.jp"
    assert r["client"] == client
    # The client's table carries the same values in its own words.
    vals = values(r)
    assert "sv9.example.jp" in vals and "taro@example.com" in vals
    assert str(inc["port"]) in vals and str(out["port"]) in vals
    assert "25" not in vals
    assert all(row["label"] and row["value"] and row["section"] for row in r["rows"])
    assert "{P}" not in json.dumps(r["rows"], ensure_ascii=False)
    assert any("OP25B" in e["text"] for e in r["explanations"])


@pytest.mark.parametrize("client", CLIENT_IDS)
def test_security_is_shown_in_the_clients_words(client):
    c = clients.CLIENTS[client]
    on = generate("taro@example.com", client=client, ssl=True)
    off = generate("taro@example.com", client=client, ssl=False)
    assert values(on) != values(off)
    text_on, text_off = " ".join(values(on)), " ".join(values(off))
    assert c.security["ssl"] in text_on or "オン(チェックを入れる)" in text_on
    assert c.security["none"] in text_off or "オフ(チェックを外す)" in text_off


def row(result: dict, label: str) -> dict:
    return next(r for r in result["rows"] if r["label"] == label)


def test_manual_steps_the_seed_mentions_are_in_their_rows():
    tb = generate("taro@example.com", client="thunderbird")
    assert row(tb, "認証方式")["value"] == "通常のパスワード認証"
    assert "「暗号化されたパスワード認証」" in row(tb, "認証方式")["note"]
    assert "Thunderbird 128" in tb["notice"] and "アカウントハブ" in tb["notice"]
    apple = generate("taro@example.com", client="apple-mail")
    assert all(r["value"].startswith("オン") for r in apple["rows"] if r["label"] == "接続設定を自動的に管理")
    o2007 = generate("taro@example.com", client="outlook2007")
    assert row(o2007, "受信メール サーバーと同じ設定を使用する")["value"] == "選ぶ"
    assert row(o2007, "送信サーバー (SMTP) は認証が必要")["value"].startswith("オン")
    assert o2007["legacy"] and "サポート" in o2007["notice"]
    ios = generate("taro@example.com", client="ios")
    assert "オプション" in [r for r in ios["rows"] if r["section"] == "送信メールサーバ"][1]["note"]
    android = generate("taro@example.com", client="android")
    assert row(android, "ログインが必要")["value"].startswith("オン")


def test_outlook_pop_uses_the_checkbox_and_imap_the_dropdown():
    pop = generate("taro@example.com", client="outlook", protocol="pop3")
    imap = generate("taro@example.com", client="outlook", protocol="imap")
    assert row(pop, "このサーバーでは暗号化された接続 (SSL/TLS) が必要")["value"].startswith("オン")
    assert [r["value"] for r in imap["rows"] if r["label"] == "暗号化方法"] == ["SSL/TLS", "SSL/TLS"]
    assert pop["rows"][2]["section"].startswith("POP アカウントの設定")
    assert all("SPA" not in r["label"] or r["value"].startswith("オフ") for r in pop["rows"])


def test_new_outlook_explains_cloud_sync():
    r = generate("taro@example.com", client="new-outlook")
    assert "クラウド" in r["notice"] and "IP アドレス" in r["notice"] and "海外" in r["notice"]


def test_starttls_on_587_is_mentioned_where_offered():
    r = generate("taro@example.com", ssl=True)
    assert any("587" in e["text"] and "STARTTLS" in e["text"] for e in r["explanations"])
    r = generate("taro@example.com", ssl=True, provider={"submission_starttls": False})
    assert not any("STARTTLS" in e["text"] for e in r["explanations"])


def test_host_defaults_follow_the_seed():
    assert generate("taro@example.com", ssl=False)["incoming"]["host"] == "mail.example.com"
    ssl = generate("taro@example.com", ssl=True, provider={"server_example": "sv3.host.example"})
    assert ssl["incoming"]["host"] == ssl["outgoing"]["host"] == "sv3.host.example"
    assert ssl["warning"]  # an example name was filled in: say so
    typed = generate("taro@example.com", incoming="SV5.Example.JP.", outgoing="smtp.example.jp")
    assert (typed["incoming"]["host"], typed["outgoing"]["host"]) == ("sv5.example.jp", "smtp.example.jp")
    assert not typed["warning"]


def test_full_width_input_is_folded():
    r = generate("ｔａｒｏ＠ＥＸＡＭＰＬＥ．ｃｏｍ", incoming="ｓｖ１．ｅｘａｍｐｌｅ．ｊｐ")
    assert r["incoming"]["host"] == "sv1.example.jp"
    assert r["incoming"]["username"] == "taro@example.com"


@pytest.mark.parametrize(
    ("kwargs", "field", "words"),
    [
        ({"email": ""}, "email", "入力してください"),
        ({"email": "taro"}, "email", "「@」"),
        ({"email": "a@b@example.com"}, "email", "「@」"),
        ({"email": "ta ro@example.com"}, "email", "「@」より前"),
        ({"email": "taro..x@example.com"}, "email", "「@」より前"),
        ({"email": "taro@example"}, "email", "ドメイン名"),
        ({"incoming": "mail.example.com"}, "incoming", "証明書"),
        ({"outgoing": "mail.example.com"}, "outgoing", "証明書"),
        ({"incoming": "https://sv1.example.jp/"}, "incoming", "サーバ名だけ"),
        ({"outgoing": "sv1.example.jp:465"}, "outgoing", "サーバ名だけ"),
        ({"incoming": "-bad-.example.jp"}, "incoming", "形が正しくありません"),
        ({"protocol": "exchange"}, "protocol", "IMAP か POP3"),
        ({"client": "eudora"}, "client", "メールソフト"),
        ({"plan": "legacy", "ssl": True}, "ssl", "SSL に対応していません"),
        ({"plan": "nope"}, "plan", "プラン"),
    ],
)
def test_bad_input_gets_a_japanese_message_for_its_field(kwargs, field, words):
    args = {"email": "taro@example.com", **kwargs}
    answer = json.loads(api.call_json("settings.generate", json.dumps(args)))
    assert answer["error"]["field"] == field
    assert words in answer["error"]["message"]


def test_mail_dot_domain_is_allowed_without_ssl_and_on_legacy_plans():
    r = generate("taro@example.com", incoming="mail.example.com", ssl=False, plan="legacy")
    assert r["incoming"]["host"] == "mail.example.com"


def test_no_password_anywhere():
    r = generate("taro@example.com")
    assert "password" not in generate.__code__.co_varnames
    assert all(row["value"] == "メールアカウントのパスワード" for row in r["rows"] if row["kind"] == "password")
    assert r["sheet"]["password_label"] == "パスワード"


def test_options_offer_every_client_and_the_plans():
    o = options()
    assert [c["value"] for c in o["clients"]] == CLIENT_IDS
    assert any(p["value"] == "legacy" and p["ssl"] is False for p in o["plans"])
    assert "サポート終了" in next(c["label"] for c in o["clients"] if c["value"] == "outlook2007")


def test_sheet_carries_provider_date_and_support():
    r = generate("taro@example.com", date="2026-04-01", provider={"name": "テスト社", "support_email": "help@t.example"})
    s = r["sheet"]
    assert s["provider"] == "テスト社" and s["date"] == "2026年4月1日"
    assert any("help@t.example" in line for line in s["support"])
    assert s["rows"] == r["rows"]
