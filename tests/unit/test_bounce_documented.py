"""Documented bounce wordings (``documented_wordings.py``) must get the reason they mean.

Each wording is analysed twice: pasted alone as a fragment, and as the Diagnostic-Code of a minimal
RFC 3464 delivery-status notification.  Rows the engine gets wrong today are marked
``xfail(strict=True)`` from the tables ``FRAGMENT_WRONG`` / ``DSN_WRONG`` below, so a fix turns them into
XPASS failures and the mark must then be removed.  Regenerate the tables with
``python -m tests.unit.test_bounce_documented``.
"""

from __future__ import annotations

import hashlib
import re
import textwrap

import pytest

from pychecks.advice import REASON_FAQ
from pychecks.bounce import analyze

from .documented_wordings import REASONS, WORDINGS, Wording

RECIPIENT = "bob@example.org"
_STATUS = re.compile(r"(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.])")
_REPLY = re.compile(r"^\s*([245]\d\d)[ \-;]")

DSN_TEMPLATE = """\
From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: alice@example.net
Subject: {subject}
Date: Tue, 1 Dec 2026 10:00:00 +0900
Message-ID: <dsn.{key}@mx.example.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="DSN-BOUNDARY"

--DSN-BOUNDARY
Content-Type: text/plain; charset=utf-8

{notice}

--DSN-BOUNDARY
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; {rcpt}
Action: {action}
Status: {status}
Diagnostic-Code: smtp; {diag}

--DSN-BOUNDARY
Content-Type: text/rfc822-headers

From: alice@example.net
To: {rcpt}
Subject: hello
Message-ID: <orig.{key}@example.net>

--DSN-BOUNDARY--
"""


def row_id(w: Wording) -> str:
    """A stable id: provider and code plus a digest of the text (rows can be added without renaming)."""
    slug = re.sub(r"[^a-z0-9]+", "-", f"{w.provider} {w.code}".lower()).strip("-")
    return f"{slug}-{hashlib.sha1(w.text.encode()).hexdigest()[:6]}"


def dsn_fields(w: Wording) -> tuple[str, str]:
    """Status and Action for the DSN wrapper: the row's status, else one in its text or code column (the
    source's Status: field, e.g. a Postfix log's dsn=), else the class its reply code gives."""
    found = _STATUS.search(w.text) or _STATUS.search(w.code)
    status = w.deliverystatus or (found.group(0) if found else "")
    reply = w.replycode or ((_REPLY.match(w.text) or [None, ""])[1])
    klass = status[:1] or reply[:1] or "5"
    if not status:
        status = f"{klass}.0.0"
    temporary = klass == "4" and not reply.startswith("5") and w.reason != "expired"
    return status, "delayed" if temporary else "failed"


def as_dsn(w: Wording) -> str:
    status, action = dsn_fields(w)
    diag = "\n    ".join(textwrap.wrap(w.text, 70, break_long_words=False, break_on_hyphens=False)) or w.text
    notice = ("Delivery to the following recipient has been delayed." if action == "delayed"
              else "Your message could not be delivered to one or more recipients.")
    subject = "Delivery delayed" if action == "delayed" else "Undelivered Mail Returned to Sender"
    return DSN_TEMPLATE.format(subject=subject, key=row_id(w), notice=notice, rcpt=RECIPIENT, action=action,
                               status=status, diag=diag)


def fragment_result(w: Wording) -> tuple[str, str, str]:
    records = analyze(w.text)
    if len(records) != 1:
        return (f"{len(records)} records", "", "")
    r = records[0]
    return r["reason"], r["deliverystatus"], r["replycode"]


def dsn_result(w: Wording) -> tuple[str, str, str]:
    records = analyze(as_dsn(w))
    if len(records) != 1:
        return (f"{len(records)} records", "", "")
    r = records[0]
    return r["reason"], r["deliverystatus"], r["replycode"]


def expected(w: Wording) -> tuple[str, str | None, str | None]:
    """Reason, status and reply code as documented; None where the row documents none (not checked).

    The DSN wrapper's own X.0.0 class code, used when the text has no status, is not checked either."""
    return w.reason, w.deliverystatus, w.replycode


def mismatch(got: tuple[str, str, str], want: tuple[str, str | None, str | None]) -> str:
    """'' when the result is right; otherwise what the engine gave, for the xfail reason."""
    wrong = [name for name, g, e in zip(("reason", "status", "reply"), got, want, strict=True) if e is not None and g != e]
    if not wrong:
        return ""
    return "engine: got " + ", ".join(f"{name}={got[('reason', 'status', 'reply').index(name)]!r}" for name in wrong)


# Rows the engine gets wrong today (row id -> what it gave); regenerate with
# `python -m tests.unit.test_bounce_documented`.
FRAGMENT_WRONG: dict[str, str] = {
    'gmail-450-4-2-1-022100': "engine: got reason='suspend'",
    'gmail-450-4-2-1-9c2e2f': "engine: got reason='suspend'",
    'gmail-450-4-2-1-740eb7': "engine: got reason='suspend'",
    'gmail-451-4-4-2-f1a689': "engine: got reason='expired'",
    'gmail-421-4-4-5-c99818': "engine: got reason='systemfull'",
    'gmail-451-4-5-0-bd5938': "engine: got reason='policyviolation'",
    'gmail-421-4-7-0-963942': "engine: got reason='spamdetected'",
    'gmail-451-4-7-24-2f526a': "engine: got reason='spamdetected'",
    'gmail-421-4-7-27-9052aa': "engine: got reason='ratelimited'",
    'gmail-421-4-7-28-c04dfd': "engine: got reason='spamdetected'",
    'gmail-421-4-7-29-e53fb9': "engine: got reason='ratelimited'",
    'gmail-421-4-7-30-9b945a': "engine: got reason='ratelimited'",
    'gmail-421-4-7-32-a286ef': "engine: got reason='notcompliantrfc'",
    'gmail-421-5-7-32-9bffb8': "engine: got reason='notcompliantrfc'",
    'gmail-550-5-2-1-fec9e2': "engine: got reason='suspend'",
    'gmail-550-5-4-5-795b43': "engine: got reason='networkerror'",
    'gmail-550-5-4-5-eb863b': "engine: got reason='networkerror'",
    'gmail-554-5-4-6-5413f1': "engine: got reason='networkerror'",
    'gmail-501-5-5-4-9cc084': "engine: got reason='syntaxerror'",
    'gmail-501-5-5-4-488a9e': "engine: got reason='syntaxerror'",
    'gmail-550-5-7-1-6b8423': "engine: got reason='spamdetected'",
    'gmail-550-5-7-1-739627': "engine: got reason='notcompliantrfc'",
    'gmail-550-5-7-1-6af30b': "engine: got reason='policyviolation'",
    'gmail-550-5-7-1-46656e': "engine: got reason='securityerror'",
    'gmail-550-5-7-1-355a24': "engine: got reason='spamdetected'",
    'gmail-550-5-7-28-9a9d6d': "engine: got reason='ratelimited'",
    'gmail-550-5-7-29-dd47fb': "engine: got reason='authfailure'",
    'gmail-550-5-7-30-e17535': "engine: got reason='securityerror'",
    'gmail-550-5-7-1-db288c': "engine: got reason='spamdetected'",
    'gmail-421-4-7-0-c5f29c': "engine: got reason='spamdetected'",
    'gmail-421-4-7-29-b36065': "engine: got reason='ratelimited'",
    'microsoft-365-432-4-3-2-973cf2': "engine: got reason='notaccept'",
    'microsoft-365-4-4-316-f0639a': "engine: got reason='blocked'",
    'microsoft-365-4-7-850-c43be0': "engine: got reason='securityerror'",
    'microsoft-365-5-2-2-a8632e': "engine: got reason='mailboxfull'",
    'microsoft-365-5-2-121-0f0eb8': "engine: got reason='onhold'",
    'microsoft-365-5-2-122-c97412': "engine: got reason='onhold'",
    'microsoft-365-5-4-14-fa3b0d': "engine: got reason='networkerror'",
    'microsoft-365-5-4-6-60a221': "engine: got reason='networkerror'",
    'microsoft-365-5-6-11-4bb2bd': "engine: got reason='onhold'",
    'microsoft-365-5-7-1-3738b2': "engine: got reason='securityerror'",
    'microsoft-365-5-7-12-0e3c0f': "engine: got reason='securityerror'",
    'microsoft-365-5-7-124-efd87a': "engine: got reason='onhold'",
    'microsoft-365-5-7-133-b8afea': "engine: got reason='onhold'",
    'microsoft-365-5-7-134-d5fddb': "engine: got reason='onhold'",
    'microsoft-365-5-7-135-d37256': "engine: got reason='onhold'",
    'microsoft-365-5-7-136-dd1636': "engine: got reason='onhold'",
    'microsoft-365-5-7-57-797cd7': "engine: got reason='onhold'",
    'microsoft-365-5-7-501-d650bd': "engine: got reason='spamdetected'",
    'microsoft-365-5-7-502-bb6c83': "engine: got reason='blocked'",
    'microsoft-365-5-7-504-3ba1e8': "engine: got reason='filtered'",
    'microsoft-365-5-7-505-57050b': "engine: got reason='blocked'",
    'microsoft-365-5-7-507-fa60b1': "engine: got reason='securityerror'",
    'microsoft-365-5-7-508-cadedf': "engine: got reason='securityerror'",
    'yahoo-554-b31a7f': "engine: got reason='filtered'",
    'yahoo-554-522623': "engine: got reason='filtered'",
    'yahoo-553-9539e6': "engine: got reason='expired'",
    'yahoo-451-fb7595': "engine: got reason='userunknown'",
    'yahoo-421-4-7-1-ts03-88a162': "engine: got reason='expired'",
    'yahoo-421-72b0a9': "engine: got reason='expired'",
    'yahoo-450-45ef0c': "engine: got reason='mailboxfull'",
    'yahoo-554-5-7-9-313109': "engine: got reason='policyviolation'",
    'yahoo-421-c737e1': "engine: got reason='systemerror'",
    'yahoo-553-927b75': "engine: got reason='userunknown'",
    'comcast-554-5f1d60': "engine: got reason='onhold'",
    'aol-521-5-2-1-45b8f8': "engine: got reason='suspend'",
    'aol-554-rtr-bb-615c47': "engine: got reason='onhold'",
    'aol-554-rtr-rd-2c911c': "engine: got reason='requireptr'",
    'icloud-421-4-7-1-28e875': "engine: got reason='expired'",
    'icloud-550-5-7-1-f3e314': "engine: got reason='blocked'",
    'wp-pl-550-5d4efb': "engine: got reason='userunknown'",
    'zoho-541-5-4-1-a745f2': "engine: got reason='userunknown'",
    'zoho-452-78fd2c': "engine: got reason='policyviolation'",
    'zoho-553-7112bd': "engine: got reason='policyviolation'",
    'softbank-553-49da4d': "engine: got reason='hostunknown'",
    'infosphere-ntt-pc-550-5-7-1-44ad7f': "engine: got reason='rejected'",
    'japanese-isp-help-554-1d7b8e': "engine: got reason='onhold'",
    'japanese-isp-help-bbiq-5afbe9': "engine: got reason='emailtoolarge'",
    'japanese-isp-help-omakase-8d38d8': "engine: got reason='0 records'",
    'postfix-450-f3ba74': "engine: got reason='blocked'",
    'postfix-4-4-3-35a5e8': "engine: got reason='hostunknown'",
    'postfix-4-4-1-2e6816': "engine: got reason='expired'",
    'postfix-4-4-1-970771': "engine: got reason='blocked'",
    'postfix-454-4-7-0-c2265b': "engine: got reason='blocked'",
    'qmail-5-4-4-686c88': "engine: got reason='notaccept'",
    'qmail-4-4-1-bde5e2': "engine: got reason='expired'",
    'qmail-4-4-2-ee89f4': "engine: got reason='expired'",
    'qmail-068431': "engine: got reason='0 records'",
    'at-t-worldnet-553-5-3-0-22ee44': "engine: got reason='filtered'",
    'rfc-3463-5-2-1-d882e0': "engine: got reason='suspend'",
    'rfc-3463-5-4-1-ceb030': "engine: got reason='userunknown'",
}
DSN_WRONG: dict[str, str] = {
    'gmail-450-4-2-1-022100': "engine: got reason='suspend'",
    'gmail-450-4-2-1-9c2e2f': "engine: got reason='suspend'",
    'gmail-450-4-2-1-740eb7': "engine: got reason='suspend'",
    'gmail-451-4-4-2-f1a689': "engine: got reason='expired'",
    'gmail-421-4-4-5-c99818': "engine: got reason='systemfull'",
    'gmail-451-4-5-0-bd5938': "engine: got reason='policyviolation'",
    'gmail-421-4-7-0-963942': "engine: got reason='spamdetected'",
    'gmail-451-4-7-24-2f526a': "engine: got reason='spamdetected'",
    'gmail-421-4-7-27-9052aa': "engine: got reason='ratelimited'",
    'gmail-421-4-7-28-c04dfd': "engine: got reason='spamdetected'",
    'gmail-421-4-7-29-e53fb9': "engine: got reason='ratelimited'",
    'gmail-421-4-7-30-9b945a': "engine: got reason='ratelimited'",
    'gmail-421-4-7-32-a286ef': "engine: got reason='notcompliantrfc'",
    'gmail-421-5-7-32-9bffb8': "engine: got reason='notcompliantrfc', reply=''",
    'gmail-550-5-2-1-fec9e2': "engine: got reason='suspend'",
    'gmail-550-5-4-5-795b43': "engine: got reason='networkerror'",
    'gmail-550-5-4-5-eb863b': "engine: got reason='networkerror'",
    'gmail-554-5-4-6-5413f1': "engine: got reason='networkerror'",
    'gmail-501-5-5-4-9cc084': "engine: got reason='syntaxerror'",
    'gmail-501-5-5-4-488a9e': "engine: got reason='syntaxerror'",
    'gmail-550-5-7-1-6b8423': "engine: got reason='spamdetected'",
    'gmail-550-5-7-1-739627': "engine: got reason='notcompliantrfc'",
    'gmail-550-5-7-1-6af30b': "engine: got reason='policyviolation'",
    'gmail-550-5-7-1-46656e': "engine: got reason='securityerror'",
    'gmail-550-5-7-1-355a24': "engine: got reason='spamdetected'",
    'gmail-550-5-7-28-9a9d6d': "engine: got reason='ratelimited'",
    'gmail-550-5-7-29-dd47fb': "engine: got reason='authfailure'",
    'gmail-550-5-7-30-e17535': "engine: got reason='securityerror'",
    'gmail-550-5-7-1-db288c': "engine: got reason='spamdetected'",
    'gmail-421-4-7-0-c5f29c': "engine: got reason='spamdetected'",
    'gmail-421-4-7-29-b36065': "engine: got reason='ratelimited'",
    'microsoft-365-432-4-3-2-973cf2': "engine: got reason='notaccept'",
    'microsoft-365-4-4-316-f0639a': "engine: got reason='blocked'",
    'microsoft-365-4-7-850-c43be0': "engine: got reason='securityerror'",
    'microsoft-365-5-2-2-a8632e': "engine: got reason='mailboxfull'",
    'microsoft-365-5-2-121-0f0eb8': "engine: got reason='onhold'",
    'microsoft-365-5-2-122-c97412': "engine: got reason='onhold'",
    'microsoft-365-5-4-14-fa3b0d': "engine: got reason='networkerror'",
    'microsoft-365-5-4-6-60a221': "engine: got reason='networkerror'",
    'microsoft-365-5-6-11-4bb2bd': "engine: got reason='onhold'",
    'microsoft-365-5-7-1-3738b2': "engine: got reason='securityerror'",
    'microsoft-365-5-7-12-0e3c0f': "engine: got reason='securityerror'",
    'microsoft-365-5-7-124-efd87a': "engine: got reason='onhold'",
    'microsoft-365-5-7-133-b8afea': "engine: got reason='onhold'",
    'microsoft-365-5-7-134-d5fddb': "engine: got reason='onhold'",
    'microsoft-365-5-7-135-d37256': "engine: got reason='onhold'",
    'microsoft-365-5-7-136-dd1636': "engine: got reason='onhold'",
    'microsoft-365-5-7-57-797cd7': "engine: got reason='onhold'",
    'microsoft-365-5-7-501-d650bd': "engine: got reason='spamdetected'",
    'microsoft-365-5-7-502-bb6c83': "engine: got reason='blocked'",
    'microsoft-365-5-7-504-3ba1e8': "engine: got reason='filtered'",
    'microsoft-365-5-7-505-57050b': "engine: got reason='blocked'",
    'microsoft-365-5-7-507-fa60b1': "engine: got reason='securityerror'",
    'microsoft-365-5-7-508-cadedf': "engine: got reason='securityerror'",
    'exchange-server-550-4-4-7-f6e927': "engine: got reply=''",
    'yahoo-554-b31a7f': "engine: got reason='filtered'",
    'yahoo-554-522623': "engine: got reason='filtered'",
    'yahoo-553-9539e6': "engine: got reason='expired'",
    'yahoo-451-fb7595': "engine: got reason='userunknown'",
    'yahoo-421-4-7-1-ts03-88a162': "engine: got reason='expired'",
    'yahoo-421-72b0a9': "engine: got reason='expired'",
    'yahoo-450-45ef0c': "engine: got reason='expired'",
    'yahoo-554-5-7-9-313109': "engine: got reason='policyviolation'",
    'yahoo-421-c737e1': "engine: got reason='expired'",
    'yahoo-553-927b75': "engine: got reason='userunknown'",
    'comcast-554-5f1d60': "engine: got reason='onhold'",
    'aol-521-5-2-1-45b8f8': "engine: got reason='suspend'",
    'aol-554-rtr-bb-615c47': "engine: got reason='onhold'",
    'aol-554-rtr-rd-2c911c': "engine: got reason='requireptr'",
    'icloud-421-4-7-1-28e875': "engine: got reason='expired'",
    'icloud-550-5-7-1-f3e314': "engine: got reason='blocked'",
    'wp-pl-550-5d4efb': "engine: got reason='userunknown'",
    'zoho-541-5-4-1-a745f2': "engine: got reason='userunknown'",
    'zoho-452-78fd2c': "engine: got reason='policyviolation'",
    'zoho-553-7112bd': "engine: got reason='policyviolation'",
    'softbank-553-49da4d': "engine: got reason='hostunknown'",
    'infosphere-ntt-pc-550-5-7-1-44ad7f': "engine: got reason='rejected'",
    'japanese-isp-help-554-1d7b8e': "engine: got reason='onhold'",
    'japanese-isp-help-bbiq-5afbe9': "engine: got reason='emailtoolarge'",
    'japanese-isp-help-omakase-8d38d8': "engine: got reason='onhold'",
    'postfix-450-f3ba74': "engine: got reason='blocked'",
    'postfix-4-4-2-6bf1b6': "engine: got reason='expired'",
    'postfix-4-4-1-2e6816': "engine: got reason='expired'",
    'postfix-4-4-1-970771': "engine: got reason='expired'",
    'postfix-454-4-7-0-c2265b': "engine: got reason='blocked'",
    'qmail-5-4-4-686c88': "engine: got reason='notaccept'",
    'qmail-4-4-1-bde5e2': "engine: got reason='expired'",
    'qmail-4-4-2-ee89f4': "engine: got reason='expired'",
    'qmail-068431': "engine: got reason='blocked'",
    'at-t-worldnet-553-5-3-0-22ee44': "engine: got reason='filtered'",
    'rfc-3463-5-2-1-d882e0': "engine: got reason='suspend'",
    'rfc-3463-5-4-1-ceb030': "engine: got reason='userunknown'",
}


def _params(wrong: dict[str, str]) -> list:
    out = []
    for w in WORDINGS:
        rid = row_id(w)
        marks = [pytest.mark.xfail(strict=True, reason=wrong[rid])] if rid in wrong else []
        out.append(pytest.param(w, id=rid, marks=marks))
    return out


@pytest.mark.parametrize("w", _params(FRAGMENT_WRONG))
def test_documented_wording_as_fragment(w: Wording):
    got = fragment_result(w)
    assert not mismatch(got, expected(w)), (w.text, got)


@pytest.mark.parametrize("w", _params(DSN_WRONG))
def test_documented_wording_in_dsn(w: Wording):
    got = dsn_result(w)
    assert not mismatch(got, expected(w)), (w.text, got)


def test_table_is_sourced_and_uses_known_reasons():
    assert len(WORDINGS) >= 200
    for w in WORDINGS:
        assert re.match(r"https?://\S+$", w.source_url), w
        assert w.reason in REASONS, w
        assert w.text.strip() and w.provider.strip(), w
    assert set(REASONS) <= set(REASON_FAQ), set(REASONS) - set(REASON_FAQ)
    for reason, (meaning, page) in REASONS.items():
        assert meaning and page.startswith("Sisimai::Reason::"), reason


def test_no_duplicate_rows():
    rows = [(w.provider, w.code, w.text) for w in WORDINGS]
    assert len(rows) == len(set(rows))
    ids = [row_id(w) for w in WORDINGS]
    assert len(ids) == len(set(ids))
    texts = [w.text for w in WORDINGS]
    assert len(texts) == len(set(texts)), [t for t in texts if texts.count(t) > 1]


def test_xfail_tables_name_existing_rows():
    ids = {row_id(w) for w in WORDINGS}
    assert set(FRAGMENT_WRONG) <= ids and set(DSN_WRONG) <= ids


def _observed() -> tuple[dict[str, str], dict[str, str]]:
    frag, dsn = {}, {}
    for w in WORDINGS:
        if m := mismatch(fragment_result(w), expected(w)):
            frag[row_id(w)] = m
        if m := mismatch(dsn_result(w), expected(w)):
            dsn[row_id(w)] = m
    return frag, dsn


if __name__ == "__main__":  # print the two tables for pasting after an engine change
    frag, dsn = _observed()
    for name, table in (("FRAGMENT_WRONG", frag), ("DSN_WRONG", dsn)):
        print(f"{name}: dict[str, str] = {{")
        for key, value in table.items():
            print(f"    {key!r}: {value!r},")
        print("}")
    print(f"# {len(WORDINGS)} rows: fragment {len(WORDINGS) - len(frag)} pass, dsn {len(WORDINGS) - len(dsn)} pass")
