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
    'softbank-553-49da4d': "engine: got reason='hostunknown'",
    'infosphere-ntt-pc-550-5-7-1-44ad7f': "engine: got reason='filtered'",
    'at-t-worldnet-553-5-3-0-22ee44': "engine: got reason='filtered'",
    # the text says only "policy"; the blacklist reading comes from one customer's page, not Proofpoint's
    'proofpoint-550-5-7-0-fbc96a': "engine: got reason='policyviolation'",
    'rfc-3463-5-2-1-d882e0': "engine: got reason='suspend'",
    # Sendmail's EX_PROTOCOL text is also written beside the remote's own reply (which says more), so it has no strong
    # row; alone, 5.5.0 reads as Postfix's RCPT TO answer (codes.STATUS_EXACT)
    'sendmail-554-5-5-0-ebc529': "engine: got reason='userunknown'",
}
DSN_WRONG: dict[str, str] = {
    'gmail-421-5-7-32-9bffb8': "engine: got reply=''",
    'exchange-server-550-4-4-7-f6e927': "engine: got reply=''",
    'softbank-553-49da4d': "engine: got reason='hostunknown'",
    'infosphere-ntt-pc-550-5-7-1-44ad7f': "engine: got reason='filtered'",
    'at-t-worldnet-553-5-3-0-22ee44': "engine: got reason='filtered'",
    # the text says only "policy"; the blacklist reading comes from one customer's page, not Proofpoint's
    'proofpoint-550-5-7-0-fbc96a': "engine: got reason='policyviolation'",
    'rfc-3463-5-2-1-d882e0': "engine: got reason='suspend'",
    # a whole session log folded into one Diagnostic-Code names no command the reply answered
    'ntt-docomo-550-3dfbf8': "engine: got reason='userunknown'",
    # Sendmail's EX_PROTOCOL text is also written beside the remote's own reply (which says more), so it has no strong
    # row; alone, 5.5.0 reads as Postfix's RCPT TO answer (codes.STATUS_EXACT)
    'sendmail-554-5-5-0-ebc529': "engine: got reason='userunknown'",
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
