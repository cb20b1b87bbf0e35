"""Unit tests of the bounce analyser, layer by layer."""

from __future__ import annotations

import base64
import json

import pytest

from pychecks.advice import FAMILIES
from pychecks.bounce import MAX_INPUT_BYTES, BounceInputError, analyze, cli, message, rules
from pychecks.bounce.api import analyze_for_page

REASONS = {
    "authfailure", "badreputation", "blocked", "contenterror", "delivered", "emailtoolarge", "expired",
    "failedstarttls", "feedback", "filtered", "hasmoved", "hostunknown", "mailboxfull", "mailererror",
    "networkerror", "norelaying", "notaccept", "notcompliantrfc", "onhold", "policyviolation", "ratelimited",
    "rejected", "requireptr", "securityerror", "spamdetected", "suppressed", "suspend", "syntaxerror",
    "systemerror", "systemfull", "undefined", "userunknown", "vacation", "virusdetected",
}
FIELDS = {"recipient", "reason", "deliverystatus", "replycode", "diagnosticcode", "action", "hardbounce",
          "smtpcommand", "rhost", "lhost", "addresser", "subject", "messageid", "timestamp", "decodedby", "faq"}

POSTFIX_DSN = """\
From MAILER-DAEMON Thu Apr 29 23:45:32 2021
Return-Path: <>
Date: Thu, 29 Apr 2021 23:45:32 +0900 (JST)
From: MAILER-DAEMON@mx.example.jp (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: sender@example.jp
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="BOUNDARY.1"

This is a MIME-encapsulated message.

--BOUNDARY.1
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

<nobody@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1
    <nobody@example.org>: Recipient address rejected: User unknown (in reply to
    RCPT TO command)

--BOUNDARY.1
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.jp
Arrival-Date: Thu, 29 Apr 2021 23:45:30 +0900 (JST)

Final-Recipient: rfc822; nobody@example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.org
Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.org>: Recipient address
    rejected: User unknown

--BOUNDARY.1
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: sender@example.jp
To: nobody@example.org
Subject: =?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=
Message-ID: <abc@example.jp>

--BOUNDARY.1--
"""


def check_contract(records: list[dict]) -> None:
    for r in records:
        assert FIELDS <= set(r)
        assert r["reason"] in REASONS
        assert r["faq"] in set(FAMILIES)
        assert isinstance(r["hardbounce"], bool)
        assert isinstance(r["replycode"], str) and isinstance(r["deliverystatus"], str)
        json.dumps(r)


# -- message layer -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("charset,text", [
    ("iso-2022-jp", "宛先が見つかりません"),
    ("shift_jis", "メールボックスがいっぱいです"),
    ("euc-jp", "ユーザが存在しません"),
    ("utf-7", "Grüße ünd 日本"),
    ("windows-1252", "Zustellung fehlgeschlagen – “quota”"),
    ("windows-1251", "Пользователь не найден"),
])
def test_decode_charsets(charset, text):
    codec = {"shift_jis": "cp932", "euc-jp": "euc_jp"}.get(charset, charset)
    assert message.decode_bytes(text.encode(codec), charset) == text


def test_decode_unknown_charset_guesses():
    jp = "こんにちは"
    assert message.decode_bytes(jp.encode("iso2022_jp"), "x-unknown") == jp
    assert message.decode_bytes(jp.encode("utf-8"), "bogus-charset") == jp
    assert message.decode_bytes(jp.encode("cp932"), "") == jp
    assert message.decode_bytes(b"\xff\xfe\x00abc", "nonsense")  # never raises


def test_rfc2047_header():
    assert message.decode_header("=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=") == "テスト"
    assert message.decode_header("=?utf-8?Q?caf=C3=A9?= =?utf-8?Q?_ok?=") == "café ok"
    # a multibyte character split across two encoded words
    b = "日本".encode()
    w1 = base64.b64encode(b[:2]).decode()
    w2 = base64.b64encode(b[2:]).decode()
    assert message.decode_header(f"=?utf-8?B?{w1}?= =?utf-8?B?{w2}?=") == "日本"


def test_mime_walk_and_original_headers():
    msg = message.parse(POSTFIX_DSN.encode())
    assert msg.dsn and "Final-Recipient" in msg.dsn[0]
    assert msg.original.get("subject") == "テスト"
    assert "host mx.example.org" in msg.text


# -- whole pipeline ------------------------------------------------------------------------------------------
def test_postfix_dsn_record():
    records = analyze(POSTFIX_DSN)
    check_contract(records)
    assert len(records) == 1
    r = records[0]
    assert r["recipient"] == "nobody@example.org"
    assert r["reason"] == "userunknown"
    assert r["deliverystatus"] == "5.1.1"
    assert r["replycode"] == "550"
    assert r["smtpcommand"] == "RCPT"
    assert r["subject"] == "テスト"
    assert r["messageid"] == "abc@example.jp"
    assert r["addresser"] == "sender@example.jp"
    assert r["hardbounce"] is True
    assert r["faq"] == "user-unknown"
    assert r["timestamp"].startswith("2021-04-29T23:45")
    assert "Recipient address rejected: User unknown" in r["diagnosticcode"]


@pytest.mark.parametrize("eol", ["\r\n", "\r"])
def test_line_endings(eol):
    assert analyze(POSTFIX_DSN.replace("\n", eol).encode()) == analyze(POSTFIX_DSN)


def test_bytes_and_text_agree():
    assert analyze(POSTFIX_DSN.encode("utf-8")) == analyze(POSTFIX_DSN)


def test_iso2022jp_bounce_body():
    body = ("以下のアドレスに配信できませんでした。\n\n<taro@example.ne.jp>:\n"
            "550 5.2.2 <taro@example.ne.jp>... Mailbox full\n")
    mail = (b"From: MAILER-DAEMON@example.jp\nTo: a@example.jp\nSubject: Returned mail\n"
            b"MIME-Version: 1.0\nContent-Type: text/plain; charset=ISO-2022-JP\n\n") + body.encode(
                "iso2022_jp")
    records = analyze(mail)
    check_contract(records)
    assert [(r["recipient"], r["reason"], r["deliverystatus"]) for r in records] == [
        ("taro@example.ne.jp", "mailboxfull", "5.2.2")]


def test_qmail_plain_text():
    mail = """From: MAILER-DAEMON@mx.example.net
To: sender@example.net
Subject: failure notice

Hi. This is the qmail-send program at mx.example.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<gone@example.com>:
192.0.2.9 does not like recipient.
Remote host said: 550 5.1.1 <gone@example.com>... User Unknown
Giving up on 192.0.2.9.

--- Below this line is a copy of the message.

From: sender@example.net
To: gone@example.com
Subject: hello
"""
    records = analyze(mail)
    check_contract(records)
    assert records[0]["recipient"] == "gone@example.com"
    assert records[0]["reason"] == "userunknown"
    assert records[0]["subject"] == "hello"


@pytest.mark.parametrize("line,reason", [
    ("550 5.1.1 <a@example.com>: User unknown", "userunknown"),
    ("Quota exceeded", "mailboxfull"),
    ("521 5.5.2 mx.example.com Error: bare <LF> received after DATA", "notcompliantrfc"),
    ("550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy",
     "authfailure"),
    ("552 5.3.4 Message size exceeds fixed limit", "emailtoolarge"),
    ("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", "blocked"),
    ("451 4.4.7 Message expired", "expired"),
    ("550 5.7.1 Relaying denied", "norelaying"),
])
def test_fragments(line, reason):
    records = analyze(line)
    check_contract(records)
    assert len(records) == 1
    assert records[0]["reason"] == reason
    assert records[0]["decodedby"] == "fragment"


def test_fragment_fields():
    (r,) = analyze("550 5.1.1 <a@example.com>: User unknown")
    assert (r["recipient"], r["deliverystatus"], r["replycode"]) == ("a@example.com", "5.1.1", "550")
    (r,) = analyze("Quota exceeded")
    assert (r["recipient"], r["deliverystatus"], r["replycode"]) == ("", "", "")


@pytest.mark.parametrize("text", [
    "", "   ", "\x00\x01\x02", "hello world",
    "From: a@example.com\nTo: b@example.com\nSubject: lunch?\n\nShall we meet at noon?\n",
    "From: a@example.com\nSubject: =?utf-8?B?44Gr44KD44KT?=\n\n" + "にゃーん\n" * 20,
])
def test_not_a_bounce(text):
    assert analyze(text) == []


def test_too_large():
    with pytest.raises(BounceInputError) as err:
        analyze(b"x" * (MAX_INPUT_BYTES + 1))
    assert err.value.message_ja and "MB" in err.value.message_ja
    page = analyze_for_page("x" * (MAX_INPUT_BYTES + 1))
    assert page["records"] == [] and page["error"]["code"] == "too_large"


def test_page_api():
    page = analyze_for_page(POSTFIX_DSN)
    assert page["error"] is None and page["records"][0]["reason"] == "userunknown"
    assert analyze_for_page("") == {"records": [], "error": None}


def test_arf_feedback():
    mail = """From: abuse@example.net
To: reports@example.com
Subject: Abuse report
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="B"

--B
Content-Type: text/plain

This is an email abuse report.

--B
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: SomeGenerator/1.0
Version: 1
Original-Rcpt-To: <victim@example.net>
Arrival-Date: Thu, 8 Mar 2005 14:00:00 EDT

--B
Content-Type: message/rfc822

From: sender@example.com
To: victim@example.net
Subject: buy now

spam
--B--
"""
    (r,) = analyze(mail)
    assert r["reason"] == "feedback" and r["feedbacktype"] == "abuse"
    assert r["recipient"] == "victim@example.net" and r["faq"] == "feedback"


def test_auto_reply():
    mail = """From: Taro <taro@example.jp>
To: sender@example.com
Subject: Out of Office: hello
Auto-Submitted: auto-replied

I am away until Monday.
"""
    (r,) = analyze(mail)
    assert r["reason"] == "vacation" and r["recipient"] == "taro@example.jp"


def test_rules_tables_are_known_reasons():
    assert {r for r, _ in rules.PHRASES} <= REASONS
    assert {r for r, _ in rules.STRONG} <= REASONS
    assert set(rules.STATUS.values()) <= REASONS
    assert set(rules.STATUS_EXACT.values()) <= REASONS
    assert set(rules.REPLY.values()) <= REASONS


# -- CLI -------------------------------------------------------------------------------------------------------
def test_cli_json_folder_and_mbox(tmp_path, capsys):
    (tmp_path / "a.eml").write_text(POSTFIX_DSN)
    (tmp_path / "b.eml").write_text("From: x@example.com\nSubject: hi\n\nhello\n")
    second = POSTFIX_DSN.replace("nobody@", "other@")
    (tmp_path / "box.mbox").write_text(POSTFIX_DSN + "\n" + second)
    assert cli.main(["--json", str(tmp_path)]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    # one object per file, as the corpus scorer reads them: an mbox's records together, each with its message
    assert [x["file"].rsplit("/", 1)[-1] for x in lines] == ["a.eml", "b.eml", "box.mbox"]
    assert lines[1]["records"] == []
    box = lines[2]
    assert box["messages"] == 2
    assert [(r["recipient"], r["index"]) for r in box["records"]] == [("nobody@example.org", 0), ("other@example.org", 1)]


def test_cli_table_and_missing(tmp_path, capsys):
    (tmp_path / "a.eml").write_bytes(POSTFIX_DSN.encode())
    assert cli.main([str(tmp_path / "a.eml")]) == 0
    assert "userunknown" in capsys.readouterr().out
    assert cli.main([str(tmp_path / "missing.eml")]) == 2
    assert "missing.eml" in capsys.readouterr().err


def test_pasted_bounce_body_without_headers():
    text = """This is the mail system at host mail.example.jp.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<taro@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1
    <taro@example.com>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
"""
    (r,) = analyze(text)
    assert (r["recipient"], r["reason"], r["deliverystatus"], r["replycode"], r["smtpcommand"]) == (
        "taro@example.com", "userunknown", "5.1.1", "550", "RCPT")
    assert r["decodedby"] == "fragment"


@pytest.mark.parametrize("line,reason", [
    ("メールボックスの容量を超過しています", "mailboxfull"),
    ("宛先のユーザーが存在しません", "userunknown"),
    ("550-5.1.1 The email account that you tried to reach does not exist.", "userunknown"),
    ("550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service "
     "provider since part of their network is on our block list (S3150).", "blocked"),
    ("550 5.7.9 This mail has been blocked because the sender is unauthenticated.", "authfailure"),
])
def test_more_fragments(line, reason):
    (r,) = analyze(line)
    assert r["reason"] == reason


def test_status_after_multiline_reply_code():
    (r,) = analyze("421-4.7.28 Our system has detected an unusual rate of mail originating from your IP address.")
    assert (r["deliverystatus"], r["replycode"]) == ("4.7.28", "421")
    assert r["hardbounce"] is False


def test_forwarded_bounce_attachment():
    inner = POSTFIX_DSN.split("\n", 1)[1]  # without the mbox From line
    mail = ("From: user@example.jp\nTo: helpdesk@example.jp\nSubject: Fwd: Undelivered Mail\nMIME-Version: 1.0\n"
            "Content-Type: multipart/mixed; boundary=\"OUT\"\n\n--OUT\nContent-Type: text/plain\n\nsee below\n\n"
            "--OUT\nContent-Type: message/rfc822\n\n" + inner + "\n--OUT--\n")
    (r,) = analyze(mail)
    assert (r["recipient"], r["reason"]) == ("nobody@example.org", "userunknown")


def test_forwarded_quoted_bounce():
    quoted = "\n".join("> " + line for line in """From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.jp>
Subject: Returned mail: see transcript for details
To: <user@example.jp>

   ----- The following addresses had permanent fatal errors -----
<hanako@example.com>
    (reason: 550 5.1.1 <hanako@example.com>... User unknown)
""".splitlines())
    mail = ("From: User <user@example.jp>\nTo: help@example.jp\nSubject: Fwd: Returned mail: see transcript "
            "for details\n\nPlease look at this.\n\nBegin forwarded message:\n\n" + quoted + "\n")
    (r,) = analyze(mail)
    assert (r["recipient"], r["reason"], r["deliverystatus"]) == ("hanako@example.com", "userunknown", "5.1.1")


def test_plain_forward_is_not_a_bounce():
    mail = ("From: a@example.jp\nTo: b@example.jp\nSubject: Fwd: lunch\n\n> From: c@example.jp\n"
            "> Subject: lunch\n>\n> noon?\n")
    assert analyze(mail) == []
