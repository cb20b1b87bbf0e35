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
