"""The general classification rules, each with a hand-written sample (not taken from any corpus)."""

from __future__ import annotations

import pytest

from pychecks.bounce import analyze, cli, phrases, rules

DSN = """\
From: Mail Delivery System <MAILER-DAEMON@relay.example.net>
To: alice@example.net
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

--B1
Content-Type: text/plain

{notice}

--B1
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.example.net

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: {status}
Diagnostic-Code: smtp; {diag}

--B1
Content-Type: text/rfc822-headers

From: alice@example.net
To: {rcpt}
Subject: hello

--B1--
"""


def dsn(diag: str, status: str, rcpt: str = "bob@example.org", notice: str = "Your mail was not delivered.") -> dict:
    records = analyze(DSN.format(diag=diag, status=status, rcpt=rcpt, notice=notice))
    assert len(records) == 1
    return records[0]


def plain(body: str, subject: str = "Mail delivery failed", to: str = "alice@example.net") -> list[dict]:
    head = (f"From: MAILER-DAEMON@gw.example.net\nTo: {to}\nSubject: {subject}\n"
            "Content-Type: text/plain\n\n")
    return analyze(head + body)


# -- "user unknown" refined by the command and the code's class --------------------------------------------
@pytest.mark.parametrize("status,command,want", [
    ("5.1.1", "", "userunknown"),
    ("5.2.1", "", "filtered"),    # a mailbox-status code with "no such user": the recipient's filter
    ("5.3.0", "", "filtered"),    # a system-status code likewise
    ("5.2.1", "RCPT", "userunknown"),  # refused at RCPT TO: the address itself
    ("5.7.1", "RCPT", "userunknown"),
    ("5.7.1", "", "filtered"),
    ("5.0.0", "DATA", "filtered"),
    ("5.1.1", "DATA", "userunknown"),
])
def test_user_unknown_by_command_and_code(status, command, want):
    assert rules.classify("550 no such user here", status, "550", command=command) == want


def test_qmail_does_not_like_recipient_is_rcpt():
    body = ("Hi. This is the qmail-send program at gw.example.net.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n\n"
            "<bob@example.org>:\n198.51.100.7 does not like recipient.\n"
            "Remote host said: 550 5.2.1 <bob@example.org>: no such user here\n")
    r = plain(body)[0]
    assert r["smtpcommand"] == "RCPT"
    assert r["reason"] == "userunknown"


def test_status_text_says_disabled():
    r = dsn("550 5.2.1 <bob@example.org>... no such user", "5.2.1 (mailbox disabled, not accepting messages)")
    assert r["reason"] == "suspend"


def test_one_recipient_notice_is_more_specific():
    r = dsn("550 5.1.1 <bob@example.org>... unknown user", "5.1.1",
            notice="Delivery to bob failed: not enough disk space on the server for this mailbox.")
    assert r["reason"] == "mailboxfull"
    r = dsn("550 unknown user (in reply to RCPT TO command)", "5.0.0",
            notice="We are sorry. The user's account is disabled.")
    assert r["reason"] == "suspend"


def test_notice_of_several_recipients_does_not_override():
    body = ("Unable to deliver message to the following address(es).\n\n"
            "<bob@example.org>:\nRemote said: 550 unknown user bob\n\n"
            "<carol@example.org>:\nThis mailbox is disabled and will not take mail [#102].\n")
    got = {r["recipient"]: r["reason"] for r in plain(body)}
    assert got["bob@example.org"] != "suspend"
    assert got["carol@example.org"] == "suspend"


# -- the SMTP command decides who was refused -----------------------------------------------------------------
def test_refused_at_mail_from_is_the_sender():
    # Yahoo's TSS04 deferral, answered to MAIL FROM: the sender is refused for now
    diag = ("421 4.7.0 [TSS04] Messages from 203.0.113.9 temporarily deferred due to unexpected volume "
            "or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes")
    assert rules.classify(diag, "4.7.0", "421", command="MAIL") == "rejected"
    assert rules.classify(diag, "4.7.0", "421") == "badreputation"
    # specific words win over the command
    diag = "451 4.7.650 The mail server [203.0.113.9] has been temporarily rate limited due to IP reputation."
    assert rules.classify(diag, "4.7.650", "451", command="MAIL") == "badreputation"


def test_vague_security_refusal_at_connection_is_blocked():
    assert rules.classify("550 Access denied - go away", "", "550", command="CONNECT") == "blocked"
    assert rules.classify("550 5.7.1 <bob@example.org>... Access denied", "5.7.1", "550") == "securityerror"


def test_generic_policy_word_at_rcpt_with_security_code():
    diag = "550 5.7.0 <bob@example.org>: Recipient address rejected: Policy violation"
    assert rules.classify(diag, "5.7.0", "550", command="RCPT") == "securityerror"
    assert rules.classify("554 5.7.0 Message refused for policy violation", "5.7.0", "554",
                          command="DATA") == "policyviolation"


# -- provider and MTA wordings -------------------------------------------------------------------------------
@pytest.mark.parametrize("diag,want", [
    ("550 5.1.0 <bulk@sender.example> sender rejected. See the error codes page. AUP#CDRBL", "blocked"),
    ("554 mx.example.net ESMTP not available AUP#I-1010", "blocked"),
    ("550 5.1.0 <bulk@sender.example> sender rejected. AUP#In-1310", "ratelimited"),
    ("421 Too many sessions AUP#1340", "ratelimited"),
    ("550 Adresse IP source bloquee. Client host blocked for spamming issues.", "blocked"),
    ("550-REJECTED - Blacklisted URL in message. (bad.example) in [black].", "spamdetected"),
    ("Sorry, you are sending from an address that has been blacklisted", "rejected"),
    ("The mail server could not deliver mail to bob@example.org. The account or domain may not exist, "
     "they may be blacklisted, or missing the proper dns entries.", "hostunknown"),
    ("This user doesn't have a example.org account (bob@example.org) [0]", "filtered"),
    ("550 5.1.1 The email account that you tried to reach does not exist. Please check the address.",
     "userunknown"),
    ("542 bob@example.org Rejected", "userunknown"),
    ("(reason: Insufficient permission) local agent: maildir over quota. 550 5.0.0 Insufficient permission",
     "systemerror"),
    # a sender's quota or rate is not a full mailbox, whatever "quota exceeded" says
    ("550 5.4.5 Daily sending quota exceeded.", "ratelimited"),
    ("454 Throttling failure: Daily message quota exceeded", "ratelimited"),
    ("552 5.2.2 Quota exceeded (mailbox for user is full)", "mailboxfull"),
    # a blocklisted sending host, and a blocklisted sender address
    ("550 5.7.1 Mail from 192.0.2.1 refused by blackhole list", "blocked"),
    ("550 MAIL FROM:<alice@example.net> refused", "rejected"),
    ("550 Sender address is blacklisted", "rejected"),
    ("550 5.1.2 User reject", "filtered"),
    ("このメールアドレスは存在しません", "userunknown"),
    # "not listed in" a directory is an unknown address, not a blocklist entry
    ("User hanako (hanako@example.co.jp) not listed in Domino Directory", "userunknown"),
    ("554 Service unavailable; Client host [192.0.2.1] listed in zen.spamhaus.org", "blocked"),
    ("受信者の設定により受信が拒否されました", "filtered"),
])
def test_provider_phrases(diag, want):
    status = next((w for w in diag.split() if w.count(".") == 2 and w[0] in "45" and w[2] == "."), "")
    assert rules.classify(diag, status, diag[:3] if diag[:3].isdigit() else "") == want


@pytest.mark.parametrize("diag,want", [
    ("554 5.1.2 <userunknown@example.org>: Recipient address rejected: reject", "hostunknown"),
    ("550 <spam-report@example.org>: Recipient address rejected: User unknown", "userunknown"),
])
def test_words_inside_an_address_are_its_name(diag, want):
    # "userunknown@", "spam-report@" name a mailbox; they say nothing about the cause
    assert rules.classify(diag, "5.1.2" if "5.1.2" in diag else "", diag[:3]) == want


def test_exim_display_text_before_angle_address():
    body = ("A message that you sent contained one or more recipient addresses that were\n"
            "incorrectly constructed:\n\n"
            "  bob@example.org <carol@example.org>: malformed address: <carol@example.org> "
            "may not follow bob@example.org\n\n"
            "This address has been ignored.\n")
    r = plain(body)[0]
    assert r["recipient"] == "carol@example.org"
    assert r["reason"] == "syntaxerror"


def test_bounce_own_to_is_not_the_recipient():
    body = ("To: alice@example.net\nSubject: Undeliverable Mail\n\n"
            "undeliverable to bob@example.org\n\n"
            "550 rejected: no such user bob\n")
    r = plain(body, to="alice@example.net")
    assert [x["recipient"] for x in r] == ["bob@example.org"]


def test_sendmail_transcript_local_agent_and_pipe():
    head = ("From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.edu>\nTo: alice@example.net\n"
            "Subject: Returned mail: see transcript for details\nContent-Type: text/plain\n\n")
    # the local delivery agent's line explains the generic reply
    body = ("   ----- The following addresses had permanent fatal errors -----\n<bob@example.edu>\n\n"
            "   ----- Transcript of session follows -----\nmail.local: unknown user: bob\n"
            "554 <bob@example.edu>... Service unavailable\n\n"
            "Reporting-MTA: dns; mx.example.edu\n\nFinal-Recipient: RFC822; bob@example.edu\n"
            "Action: failed\nStatus: 5.5.0\n")
    assert analyze(head + body)[0]["reason"] == "userunknown"
    # a program recipient: the reply's words, not the program's command line, give the reason
    body = ("   ----- The following addresses had permanent fatal errors -----\n"
            "\"|/usr/bin/procmail -f- || exit 75 #bob\"\n    (expanded from: <bob@example.edu>)\n\n"
            "   ----- Transcript of session follows -----\n"
            "554 \"|/usr/bin/procmail -f- || exit 75 #bob\"... Service unavailable\n\n"
            "Reporting-MTA: dns; mx.example.edu\n\nFinal-Recipient: RFC822; bob@example.edu\n"
            "Action: failed\nStatus: 5.5.0\n")
    r = analyze(head + body)[0]
    assert r["diagnosticcode"] == "554 Service unavailable"
    assert r["reason"] == "systemerror"


def test_fml_loop_alert():
    mail = ("From: list-admin@lists.example.jp\nTo: list-admin@lists.example.jp\n"
            "Subject: Loop Alert: Duplicated Message-ID (cats ML)\nX-MLServer: fml [fml 4.0.3]\n"
            "Content-Type: text/plain\n\n"
            "Duplicated Message-ID in <cats@lists.example.jp>.\n\nOriginal mail as follows:\n")
    r = analyze(mail)[0]
    assert (r["recipient"], r["reason"], r["decodedby"]) == ("cats@lists.example.jp", "systemerror", "FML")


# -- search machinery ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("pattern,key", [
    (r"user ?unknown", "user"),
    (r"\bspam\b", "spam"),
    (r"5\.7\.2[0-7]\b", "5.7.2"),
    (r"sender (?:address )?rejected", "sender "),
    (r"(?:account|mailbox) disabled", ""),
    (r"abc|def", ""),
    (r"mail(?:er)? daemon", "mail"),
    (r"rate-?limit", "rate"),
    (r"e+rror", "e"),
])
def test_required_literal(pattern, key):
    assert phrases.required_literal(pattern) == key


@pytest.mark.parametrize("pattern,keys", [
    (r"user ?unknown", ["user", "unknown"]),
    (r"unknown (?:user|local[- ]?part|mailbox)", ["unknown "]),
    (r"(?:does ?n[o']t|not) meet the rules", [" meet the rules"]),
    (r"exceed(?:ed|s)? (?:the )?quota", ["exceed", " ", "quota"]),
    (r"[a-z]{3} does not exist", [" does not exist"]),
    (r"rate limit(?:ed|ing)?\b(?! due to)", ["rate limit"]),
    (r"abc|def", []),
])
def test_required_literals(pattern, keys):
    assert phrases.required_literals(pattern) == keys


def test_every_table_phrase_keeps_its_required_literals():
    import re

    samples = ["550 5.1.1 user unknown", "mailbox is full", "unknown local-part", "quota exceeded for this user",
               "does not meet the required authentication level", "rate limited due to ip reputation",
               "blocked using zen.spamhaus.org", "account is disabled", "relay access denied", "host not found",
               "the account or domain may not exist", "aup#in-1310", "sender address rejected: domain not found"]
    for table in (rules.STRONG, rules.PHRASES):
        for _, pats in table:
            for p in pats:
                keys = phrases.required_literals(p)
                for text in samples:
                    if re.search(p, text):
                        assert all(k in text for k in keys), (p, keys, text)


@pytest.mark.parametrize("pattern,choices", [
    (r"no (?:dns )?(?:ptr|rdns)", [("ptr", "rdns")]),
    (r"(?:address|mailbox) (?:wasn't|was not) found", [("address", "mailbox"), ("wasn't", "was not")]),
    (r"rate limit(?:ed|ing)?\b(?! due to)", []),
    (r"abc|(?:d|e)", []),
])
def test_required_choices(pattern, choices):
    assert phrases.required_choices(pattern) == choices


def test_phrase_table_answers_like_searching_every_entry():
    import re

    texts = ["550 5.1.1 user unknown", "no ptr record", "address is invalid", "message size exceeds the limit",
             "宛先が不明です", "容量を超過しました", "account has been disabled", "the mailbox is full", "nothing",
             "delivery time period has expired", "", "x" * 50]
    texts += [p for _, pats in rules.STRONG + rules.PHRASES for p in pats if not phrases._META.intersection(p)]
    for table in (rules.STRONG, rules.PHRASES):
        alternations = [(reason, re.compile("|".join(pats))) for reason, pats in table]
        indexed = phrases.PhraseTable(table)
        for text in texts:
            expected = next((reason for reason, rx in alternations if rx.search(text)), "")
            assert indexed.first(text) == expected, text


def test_gated_search_answers_like_the_regular_expression():
    from pychecks.bounce.formats import generic
    from pychecks.bounce.record import _RHOST

    for gated in (_RHOST, generic._MIDLINE):
        for text in ("Remote-MTA: dns; mx.example.jp [192.0.2.1] (x)", "HOST mx.example.jp[192.0.2.1]:", "nothing",
                     "Delivery to the following recipient failed: <a@example.jp>", "SENT TO: a@example.jp", "",
                     "ﬁle sent to a@example.jp", "ſerver: mx.example.jp (x)", "recipient a@b.example"):
            got, want = gated.search(text), gated.rx.search(text)
            assert (got and got.group(0)) == (want and want.group(0)), text


def test_phrase_set_matches_like_one_alternation():
    import re

    pats = (r"user ?unknown", "no such user", r"(?:account|mailbox) disabled", r"\bspam\b", "rate-limit")
    ps = phrases.PhraseSet(pats)
    for text in ("userunknown", "550 user unknown", "no such user", "mailbox disabled", "spammy", "a spam b",
                 "rate-limit", "ratelimit", "nothing here"):
        assert ps.search(text) == bool(re.search("|".join(pats), text)), text


def test_cli_arguments(capsys):
    assert cli.main([]) == 2
    assert cli.main(["--bogus", "x"]) == 2
    assert cli.main(["--help"]) == 0
    assert "usage:" in capsys.readouterr().out
