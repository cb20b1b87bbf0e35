"""Error lines readers paste, worded as today's large providers word them.

Written for this project (not taken from the corpus): each must get the
reason whose advice helps the reader, and the codes as the line gives them.
"""

from __future__ import annotations

import pytest

from pychecks.bounce import analyze

CASES = [
    # (pasted text, reason, deliverystatus, replycode)
    ("550-5.7.26 This mail is unauthenticated, which poses a security risk to the\n"
     "550-5.7.26 sender and Gmail users, and has been blocked. The sender must\n"
     "550 5.7.26 authenticate with at least one of SPF or DKIM.", "authfailure", "5.7.26", "550"),
    ("550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.",
     "authfailure", "5.7.26", "550"),
    ("550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification",
     "authfailure", "5.7.509", "550"),
    ("521 5.5.2 mx.example.jp Error: bare <LF> received after DATA (2048 bytes) from unknown[192.0.2.7]",
     "notcompliantrfc", "5.5.2", "521"),
    ("550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds", "notcompliantrfc", "5.6.11", "550"),
    ("550 5.1.1 The email account that you tried to reach does not exist.", "userunknown", "5.1.1", "550"),
    ("552 5.2.2 <hanako@example.ne.jp>: Mailbox full", "mailboxfull", "5.2.2", "552"),
    ("554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org", "blocked", "5.7.1", "554"),
    ("550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.", "blocked", "5.7.708", "550"),
    ("554 5.7.1 <someone@example.org>: Relay access denied", "norelaying", "5.7.1", "554"),
    ("535 5.7.8 Error: authentication failed: authentication failure", "securityerror", "5.7.8", "535"),
    ("552 5.3.4 Message size exceeds fixed maximum message size", "emailtoolarge", "5.3.4", "552"),
    ("421 4.7.28 Our system has detected an unusual rate of unsolicited mail from your IP address.",
     "ratelimited", "4.7.28", "421"),
    ("450 4.2.0 <taro@example.com>: Recipient address rejected: Greylisted, try again in 300 seconds",
     "ratelimited", "4.2.0", "450"),
    ("550 5.7.25 The IP address sending this message does not have a PTR record setup", "requireptr", "5.7.25", "550"),
    ("TLS is required, but was not offered by host mx.example.com", "failedstarttls", "", ""),
    ("530 5.7.0 Must issue a STARTTLS command first", "failedstarttls", "5.7.0", "530"),
    ("554 5.7.1 The message was rejected because it contains a virus", "virusdetected", "5.7.1", "554"),
    ("次の受信者への配信に失敗しました: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found",
     "userunknown", "5.1.10", "550"),
    ("宛先のメールボックスの容量がいっぱいのため配信できませんでした。", "mailboxfull", "", ""),
]


@pytest.mark.parametrize(("text", "reason", "status", "reply"), CASES)
def test_pasted_error_lines(text, reason, status, reply):
    (record,) = analyze(text)
    assert (record["reason"], record["deliverystatus"], record["replycode"]) == (reason, status, reply)


def _printed_examples():
    from pychecks import advice

    for fam in advice.families():
        if fam["hard"] is None:
            continue  # reports and auto-replies: their examples are header lines, not replies
        for example in fam["examples"]:
            yield pytest.param(example, fam["id"], id=f"{fam['id']}:{example[:30]}")


@pytest.mark.parametrize(("text", "section"), list(_printed_examples()))
def test_every_example_on_the_errors_page_lands_in_its_own_section(text, section):
    """A reader who pastes a line printed on /errors/ is sent to the section that shows it."""
    (record,) = analyze(text)
    assert record["faq"] == section, (record["reason"], record["evidence"])


def test_a_carrier_unknown_user_is_explained_with_both_readings():
    from pychecks.analyzer_view import card

    (record,) = analyze("550 Unknown user taro@docomo.ne.jp")
    shown = card(record)
    assert record["reason"] == "userunknown" and shown["faq"] == "carriers"
    assert len(shown["readings"]) >= 2 and "受信" in " ".join(shown["readings"])
    assert "迷惑メール" not in shown["headline"]  # not "your content looked like spam"


def test_evidence_names_the_words_and_the_source():
    (record,) = analyze("421-4.7.27 Your email has been rate limited because SPF authentication didn't pass "
                        "for this message.")
    assert record["reason"] == "authfailure" and record["confidence"] == "certain"
    (piece,) = [p for p in record["evidence"] if p["source"] == "reply"]
    assert "support.google.com" in piece["rule"] and piece["text"]


def test_yahoo_disabled_or_discontinued_gives_both_readings():
    from pychecks.analyzer_view import card

    (record,) = analyze("554 delivery error: dd This account has been disabled or discontinued [#102]. - mta1.mail.example")
    shown = card(record)
    assert record["reason"] == "suspend"
    assert len(shown["readings"]) == 3 and "廃止" in shown["readings"][1]
