"""The header analyzer on header sets as real servers write them (tests/unit/headers_samples/,
written for these tests after the formats of Gmail, Microsoft 365, Yahoo! JAPAN, Postfix,
Exim, a Japanese carrier and a forwarder with ARC), on broken and hostile input."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from pychecks import api
from pychecks.headers import MAX_HOPS, MAX_INPUT_BYTES, analyze, auth, received
from pychecks.headers.view import run

SAMPLES = Path(__file__).parent / "headers_samples"
PROVIDER = ("example.jp", "sv1234.example.jp")


def sample(name: str) -> dict:
    return analyze((SAMPLES / name).read_bytes(), PROVIDER)


def route(result: dict) -> list[tuple[str, str]]:
    return [(h["from"], h["by"]) for h in result["hops"]]


def test_gmail_hops_oldest_first_with_tls_auth_and_delays():
    r = sample("gmail.txt")
    assert route(r)[:2] == [("p1234-ipngn.tokyo.ocn.ne.jp", "sv1234.example.jp"), ("sv1234.example.jp", "mx.google.com")]
    first, second, last = r["hops"]
    assert (first["ip"], first["with"], first["tls"], first["auth"]) == ("198.51.100.7", "ESMTPSA", True, True)
    assert (second["ip"], second["with"], second["tls"], second["auth"]) == ("203.0.113.25", "ESMTPS", True, False)
    assert last["by"].startswith("2002:a05:")  # Gmail's internal hop names an address
    assert [h["delay_s"] for h in r["hops"]] == [3, 485, 1]  # JST and PST times compared in UTC
    assert r["total_delay_s"] == 489 and r["slowest_hop"] == 1
    assert [h["side"] for h in r["hops"]] == ["provider", "recipient", "recipient"]
    a = r["auth"]
    assert (a["spf"], a["dkim"], a["dmarc"], a["aligned"], a["from_domain"]) == ("pass", "pass", "pass", True,
                                                                               "example.co.jp")
    assert a["dkim_signatures"] == [{"domain": "example.co.jp", "selector": "default", "result": "pass"}]
    assert "8分5秒" in r["verdict"] and "当社のメールサーバ" in r["verdict"]
    assert "すべてで成功" in r["verdict"]


def test_microsoft_365_softfail_no_dkim_dmarc_fail_and_spam_verdicts():
    r = sample("outlook.txt")
    assert r["hops"][0]["from"] == "mail.news.example.com" and r["hops"][0]["ip"] == "192.0.2.77"
    assert r["hops"][0]["with"] == "Microsoft SMTP Server"
    assert r["hops"][1]["tls"] is True  # version=TLS1_2 in the with clause
    assert r["hops"][2]["with"] == "HTTPS"
    a = r["auth"]
    assert (a["spf"], a["dkim"], a["dmarc"], a["aligned"]) == ("softfail", "none", "fail", False)
    assert a["spf_domain"] == "news.example.com" and a["dmarc_policy"] == "quarantine"
    assert a["compauth"] == "fail"
    spam = {s["header"]: s["verdict"] for s in r["spam"]}
    assert spam == {"X-MS-Exchange-Organization-SCL": "spam", "X-Forefront-Antispam-Report": "spam",
                    "X-Microsoft-Antispam": "bulk"}
    ff = next(s for s in r["spam"] if s["header"] == "X-Forefront-Antispam-Report")
    assert "SFV:SPM" in ff["text"] and "192.0.2.77" in ff["text"]
    assert "v=spf1" in r["verdict"] and "_domainkey" in r["verdict"] and "迷惑メールと判定" in r["verdict"]
    assert r["slowest_hop"] == 0 and "Date ヘッダ" in r["verdict"]
    assert all(s["domain"] != "none" for s in a["dkim_signatures"])  # "header.d=none" names no domain
    assert any(i["topic"] == "link" and i["url"] for i in r["verdict_items"])


def test_yahoo_dmarc_fails_when_spf_and_dkim_pass_for_another_domain():
    r = sample("yahoo.txt")
    a = r["auth"]
    assert (a["spf"], a["dkim"], a["dmarc"], a["aligned"], a["from_domain"]) == ("pass", "pass", "fail", False,
                                                                               "example.org")
    assert a["alignment"] == {"spf": False, "dkim": False}
    assert a["authserv_id"] == "mta1001.mail.kks.yahoo.co.jp"
    assert r["hops"][1]["with"] == "SMTPS" and r["hops"][1]["tls"] is True
    assert "example.org の管理者" in r["verdict"] and "d=" in r["verdict"]


def test_postfix_relay_with_amavis_finds_the_half_hour_wait_at_the_sender():
    r = sample("postfix_relay.txt")
    assert len(r["hops"]) == 4
    assert r["slowest_hop"] == 1 and r["hops"][1]["delay_s"] == 1966
    assert r["hops"][1]["tls"] is True and r["hops"][0]["tls"] is False
    assert [h["side"] for h in r["hops"]] == ["sender", "provider", "provider", "provider"]
    assert "送信側のサーバ" in r["verdict"] and "グレイリスティング" in r["verdict"]
    a = r["auth"]
    assert (a["spf"], a["dkim"], a["aligned"]) == ("pass", "pass", True)  # Received-SPF + amavis AR
    assert {s["header"]: s["verdict"] for s in r["spam"]}["X-Spam-Status"] == "not_spam"
    assert "迷惑メールではない" in r["verdict"]


def test_exim_address_literal_helo_and_esmtpsa():
    r = sample("exim.txt")
    first = r["hops"][0]
    assert (first["ip"], first["with"], first["tls"], first["auth"]) == ("198.51.100.99", "ESMTPSA", True, True)
    assert r["hops"][1]["ip"] == "203.0.113.80"
    assert r["auth"]["spf"] is None and r["auth"]["aligned"] is None
    assert "結果がヘッダにありません" in r["verdict"]


def test_japanese_carrier_and_organisational_domain_under_ne_jp():
    r = sample("carrier.txt")
    assert r["auth"]["from_domain"] == "docomo.ne.jp" and r["auth"]["aligned"] is True
    assert r["hops"][-1]["delay_s"] == 1804 and r["hops"][-1]["side"] == "provider"
    assert r["hops"][0]["side"] == "sender" and "送信側" in r["verdict"]


def test_forwarded_mail_reports_arc_results_from_before_the_forward():
    r = sample("forwarded_arc.txt")
    a = r["auth"]
    assert (a["spf"], a["dkim"], a["dmarc"]) == ("fail", "fail", "fail")
    assert [x["instance"] for x in a["arc"]] == [1, 2]
    assert a["arc"][0] == {"instance": 1, "authserv_id": "sv1234.example.jp", "spf": "pass", "dkim": "pass",
                           "dmarc": "pass"}
    assert a["arc_seal"] == "pass"
    arc_items = [i for i in r["verdict_items"] if i.get("method") == "arc"]
    assert len(arc_items) == 1 and "転送" in arc_items[0]["text"]


def test_broken_dates_give_warnings_and_never_negative_delays():
    r = sample("broken_dates.txt")
    codes = [w["code"] for w in r["warnings"]]
    assert "bad_date" in codes and "clock_skew" in codes and "no_time" in codes
    assert r["hops"][0]["time"] is None and r["hops"][0]["delay_s"] is None
    assert r["hops"][2]["delay_s"] == 0 and r["hops"][2]["skew_s"] == -180
    assert all(h["delay_s"] is None or h["delay_s"] >= 0 for h in r["hops"])


def test_clock_skew_does_not_inflate_the_next_hop():
    text = ("Received: from b.example by c.example; Tue, 3 Mar 2026 10:00:10 +0000\n"
            "Received: from a.example by b.example; Tue, 3 Mar 2026 09:55:00 +0000\n"
            "Received: from x.example by a.example; Tue, 3 Mar 2026 10:00:05 +0000\n"
            "Date: Tue, 3 Mar 2026 10:00:00 +0000\nFrom: a@example.com\n")
    r = analyze(text)
    assert [h["delay_s"] for h in r["hops"]] == [5, 0, 5]
    assert r["total_delay_s"] == 10


def test_missing_headers():
    r = analyze("From: taro@example.com\nSubject: hi\n")
    assert r["error"] is None and r["hops"] == [] and r["total_delay_s"] is None
    assert [w["code"] for w in r["warnings"]] == ["no_received", "no_date"]
    assert r["auth"]["from_domain"] == "example.com"
    for bad, code in (("", "empty"), ("   \n\n", "empty"), ("just some words\nno headers", "no_headers")):
        out = analyze(bad)
        assert out["error"]["code"] == code and out["error"]["message"] and out["hops"] == []


def hop_chain(n: int) -> str:
    fields = [f"Received: from relay{i}.example.net (relay{i}.example.net [192.0.2.{i % 250 + 1}])\n"
              f"\tby relay{i + 1}.example.net (Postfix) with ESMTPS id Q{i}\n"
              f"\tfor <a@example.jp>; Tue, 3 Mar 2026 10:{i // 60 % 60:02d}:{i % 60:02d} +0900 (JST)\n"
              for i in range(n)]
    return "".join(reversed(fields)) + "From: a@example.com\nDate: Tue, 3 Mar 2026 10:00:00 +0900\n\nbody\n"


def test_200_received_headers():
    r = analyze(hop_chain(200))
    assert len(r["hops"]) == 200 and not r["hops_capped"]
    assert r["hops"][0]["by"] == "relay1.example.net" and r["hops"][-1]["by"] == "relay200.example.net"
    assert [h["delay_s"] for h in r["hops"]] == [0] + [1] * 199
    assert r["total_delay_s"] == 199


def test_too_many_received_headers_are_capped_with_a_warning():
    r = analyze(hop_chain(1500))
    assert len(r["hops"]) == MAX_HOPS and r["hops_capped"]
    assert "capped" in [w["code"] for w in r["warnings"]]


HOSTILE = {
    "binary": random.Random(7).randbytes(500_000),
    "nul": "\x00" * 5000,
    "open parens": "Received: from " + "(" * 200_000 + "\nFrom: a@b.example\n",
    "ip-like": "Received: from " + "1:" * 50_000 + " by x; Tue, 3 Mar 2026 10:00:00 +0000\n",
    "long date": "Received: by x; " + "1 Jan 2020 " * 20_000 + "\n",
    "many AR": "".join(f"Authentication-Results: x; dkim=pass header.d=a{i}.example\n" for i in range(5000)),
    "many DKIM results": ("Authentication-Results: x; " + "dkim=pass header.d=a.example; " * 160 + "\n") * 60,
    "AR statements": "Authentication-Results: x; " + "spf=pass; " * 50_000 + "\n",
    "bad year": "Received: by x; Tue, 3 Mar 99999 10:00:00 +0000\nDate: 31 Feb 2026 25:61:00 +9999\n",
    "quotes": 'Authentication-Results: x; dmarc=fail reason="' + "a" * 100_000 + "\n",
    "encoded words": "From: " + "=?utf-8?B?" + "A" * 50_000 + "?=" + "\nReceived: by x\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_never_raises(name):
    r = analyze(HOSTILE[name])
    json.dumps(r)  # plain JSON-able data
    assert set(r) >= {"hops", "total_delay_s", "slowest_hop", "auth", "verdict", "error"}
    assert r["error"] is None or r["error"]["message"]


def test_too_large_input_is_refused_in_japanese():
    r = analyze(b"a" * (MAX_INPUT_BYTES + 1))
    assert r["error"]["code"] == "too_large" and "大きすぎ" in r["error"]["message"]
    assert analyze("あ" * (MAX_INPUT_BYTES // 3 + 10))["error"]["code"] == "too_large"  # UTF-8 bytes counted


def test_random_mutations_of_real_headers_never_raise():
    rng = random.Random(15)
    texts = [p.read_bytes() for p in sorted(SAMPLES.glob("*.txt"))]
    for _ in range(300):
        data = bytearray(rng.choice(texts))
        for _ in range(rng.randint(1, 30)):
            i = rng.randrange(len(data))
            data[i:i + rng.randint(0, 20)] = rng.choice([b"(", b")", b";", b"\n", b" ", b"=", b"[", b"\xff", b"\n\t"])
        r = analyze(bytes(data))
        json.dumps(r)
        assert all(h["delay_s"] is None or h["delay_s"] >= 0 for h in r["hops"])


def test_the_original_message_inside_a_bounce_is_analysed():
    original = (SAMPLES / "postfix_relay.txt").read_text()
    bounce = ("From: MAILER-DAEMON@sv1234.example.jp (Mail Delivery System)\nTo: shiro@example.ne.jp\n"
              "Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
              "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n--B\n"
              "Content-Type: text/plain\n\nThis is the mail system.\n<goro@example.jp>: User unknown\n\n--B\n"
              "Content-Type: message/rfc822\n\n" + original + "\n--B--\n")
    r = analyze(bounce, PROVIDER)
    assert r["source"] == "returned" and len(r["hops"]) == 4
    assert "元のメール" in r["verdict"]


def test_received_field_variants():
    q = received.parse("(qmail 12345 invoked by uid 500); 3 Mar 2026 10:00:00 -0000")
    assert (q["from"], q["by"], q["time"]) == ("", "", "2026-03-03T10:00:00+00:00")
    v6 = received.parse("from [IPv6:2001:db8::25] (helo=mail.example.org) by mx.example.net with esmtp; "
                        "Tue, 3 Mar 2026 10:00:00 +0000")
    assert (v6["from"], v6["ip"], v6["with"], v6["tls"]) == ("mail.example.org", "2001:db8::25", "ESMTP", False)
    lmtp = received.parse("from mx.example.jp by mbox.example.jp (Dovecot) with LMTPS id x; bad date")
    assert (lmtp["with"], lmtp["tls"], lmtp["time"]) == ("LMTPS", True, None)
    unknown = received.parse("by mx.example.jp with UUCP; Tue, 3 Mar 2026 10:00:00 +0900")
    assert (unknown["with"], unknown["tls"], unknown["auth"]) == ("UUCP", None, None)


@pytest.mark.parametrize("domain,org", [
    ("mail.example.co.jp", "example.co.jp"), ("example.co.jp", "example.co.jp"), ("a.b.example.com", "example.com"),
    ("ezweb.ne.jp", "ezweb.ne.jp"), ("mx.shop.example.co.uk", "example.co.uk"), ("EXAMPLE.COM.", "example.com"),
    ("bad domain", ""),
])
def test_organisational_domain(domain, org):
    assert auth.org_domain(domain) == org


def test_api_and_page_view():
    text = (SAMPLES / "outlook.txt").read_text()
    direct = json.loads(api.call_json("headers.analyze", json.dumps([text])))["result"]
    assert direct["auth"]["dmarc"] == "fail"
    page = run(text=text, provider_domains=list(PROVIDER))
    assert page["kind"] == "headers" and len(page["hops"]) == 3
    assert max(h["scale"] for h in page["hops"]) == 1 and all(0 <= h["scale"] <= 1 for h in page["hops"])
    assert page["auth"]["spf"] == "softfail" and page["auth"]["dkim"] == "none"
    assert [r["method"] for r in page["auth"]["rows"]] == ["spf", "dkim", "dmarc"]
    assert run(text="")["kind"] == "error"
    assert run(data_b64="!!notbase64")["code"] == "bad_file"
    assert "headers.warm_up" in api.WARM_UP


def test_analyze_accepts_bytes_and_text_alike():
    raw = (SAMPLES / "carrier.txt").read_bytes()
    assert analyze(raw) == analyze(raw.decode("utf-8"))
    assert analyze(os.fsencode("From: a@example.com\r\nReceived: by x.example; Tue, 3 Mar 2026 10:00:00 +0000\r\n"))[
        "hops"][0]["by"] == "x.example"


def test_page_times_in_the_readers_zone():
    text = (SAMPLES / "gmail.txt").read_text()
    hops = run(text=text, tz_offset_minutes=540)["hops"]
    assert [h["time_text"] for h in hops] == ["2026年3月3日 17:52:01(UTC+09:00)", "2026年3月3日 18:00:06(UTC+09:00)",
                                             "2026年3月3日 18:00:07(UTC+09:00)"]
    assert run(text=text)["hops"][1]["time_text"] == "2026年3月3日 01:00:06(UTC-08:00)"  # as the server wrote it
    assert run(text=text, tz_offset_minutes=99999)["hops"][1]["time_text"].endswith("(UTC-08:00)")


def test_gmail_spam_flags_and_spamassassin_yes():
    from pychecks.bounce.message import split_headers
    headers, _ = split_headers("X-Gm-Spam: 1\nX-Gm-Phishy: 0\nX-Spam-Status: Yes, score=12.5 required=5.0 "
                               "tests=BAYES_99,URIBL_BLACK autolearn=spam\nX-Spam-Level: ************\n")
    from pychecks.headers import spam
    got = {v["header"]: (v["verdict"], v["text"]) for v in spam.verdicts(headers)}
    assert got["X-Gm-Spam"][0] == "spam" and got["X-Gm-Phishy"][0] == "not_spam"
    assert got["X-Spam-Status"][0] == "spam" and "12.5" in got["X-Spam-Status"][1] and "BAYES_99" in got["X-Spam-Status"][1]
    assert "12 個" in got["X-Spam-Level"][1]


def test_headers_behind_a_copied_page_are_found():
    page = ("元のメッセージ\nメッセージ ID\t<abc@example.co.jp>\n作成日:\t2026年3月3日 17:51\n"
            "SPF:\tPASS(IP: 203.0.113.25)\tDKIM:\t'PASS'(ドメイン: example.co.jp)\n\n"
            "クリップボードにコピー\n\n") + (SAMPLES / "gmail.txt").read_text()
    r = analyze(page, PROVIDER)
    assert r["error"] is None and len(r["hops"]) == 3 and r["auth"]["dmarc"] == "pass"
    assert analyze(page.encode("utf-8"), PROVIDER)["hops"] == r["hops"]
    behind_a_field = "SPF: PASS with IP 203.0.113.25\nDKIM: PASS\n\n" + (SAMPLES / "gmail.txt").read_text()
    assert len(analyze(behind_a_field, PROVIDER)["hops"]) == 3
    sent_copy = ("From: a@example.com\nTo: b@example.net\nSubject: quoted\nDate: Tue, 3 Mar 2026 10:00:00 +0900\n\n"
                 "Received: from x.example by y.example; Tue, 3 Mar 2026 10:00:00 +0900\n")
    assert analyze(sent_copy)["hops"] == []  # lines in a body are not the mail's own hops
