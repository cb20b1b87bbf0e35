"""Robustness: analyze() never raises (except BounceInputError for oversize input) and never hangs."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pychecks.bounce import MAX_INPUT_BYTES, BounceInputError, analyze

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "sisimai" / "maildir" / "bsd"
SAMPLES = sorted(CORPUS.glob("*.eml"))[::7] if CORPUS.is_dir() else []

# a hang guard, not a timing test
GUARD = settings(deadline=5000, max_examples=60, suppress_health_check=[HealthCheck.too_slow],
                 derandomize=True)


def _ok(data) -> None:
    try:
        records = analyze(data)
    except BounceInputError:
        size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "replace"))
        assert size > MAX_INPUT_BYTES
        return
    assert isinstance(records, list)
    for r in records:
        assert isinstance(r, dict) and isinstance(r.get("reason"), str)


@GUARD
@given(st.binary(max_size=4000))
def test_random_bytes(data):
    _ok(data)


@GUARD
@given(st.text(max_size=3000))
def test_random_text(text):
    _ok(text)


_PIECES = st.sampled_from([
    "From: MAILER-DAEMON@example.com\n", "Subject: Undelivered Mail\n", "Content-Type: multipart/report; "
    "report-type=delivery-status; boundary=\"b\"\n", "\n", "--b\n", "--b--\n", "Content-Type: message/delivery-status\n",
    "Final-Recipient: rfc822; a@example.com\n", "Status: 5.1.1\n", "Action: failed\n",
    "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n", "Content-Transfer-Encoding: base64\n", "=?utf-8?B?44Gr?=",
    "<a@example.com>:\n", "550 ", "5.7.1 ", "=\n", "\r", "\x1b$B", ">>> DATA\n<<< 550 no\n", "@" * 50,
    "Content-Type: message/rfc822\n\n", " " * 100, "\t", "a" * 300, "=?iso-2022-jp?Q?=1B$B?=",
])


@GUARD
@given(st.lists(_PIECES, max_size=80))
def test_bounce_shaped_noise(pieces):
    _ok("".join(pieces))


@pytest.mark.skipif(not SAMPLES, reason="bounce corpus not present")
@GUARD
@given(st.sampled_from(SAMPLES or [Path(".")]), st.integers(0, 10**6), st.integers(0, 255), st.integers(1, 64))
def test_truncated_and_mutated_corpus(path, where, byte, count):
    data = path.read_bytes()
    cut = where % (len(data) + 1)
    _ok(data[:cut])
    mutated = bytearray(data)
    for k in range(count):
        mutated[(where + k * 7919) % len(mutated)] = (byte + k) % 256
    _ok(bytes(mutated))


def test_deeply_nested_mime():
    depth = 3000
    head = "".join(f"Content-Type: multipart/mixed; boundary=\"b{i}\"\n\n--b{i}\n" for i in range(depth))
    mail = "From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail\n" + head + "550 5.1.1 <a@example.com>\n"
    _ok(mail)
    nested = "From: MAILER-DAEMON@example.com\nSubject: x\n" + "Content-Type: message/rfc822\n\n" * depth
    _ok(nested)


def test_pathological_strings():
    _ok("Subject: " + "a" * 2_000_000 + "\n\nbody")  # giant header line
    _ok("From: MAILER-DAEMON@x\nSubject: failure\n\n" + "<" * 200_000 + "@" * 200_000)
    _ok("From: MAILER-DAEMON@x\nSubject: failure\n\n" + ("a@b.c " * 100_000))
    _ok("550 " + "5.1.1 " * 50_000)
    _ok("=?utf-8?B?" + "A" * 500_000 + "?=")
    _ok("From: a@b\nSubject: " + "=?utf-8?Q?=E3?= " * 20_000 + "\n\nx")
    _ok(b"\xff" * 1_000_000)
    _ok(("X-H: v\n" * 200_000) + "\n")
    _ok("From: MAILER-DAEMON@x\nSubject: failure\n\n" + ("-" * 30 + " original message " + "-" * 30 + "\n") * 5000)
    html = "From: MAILER-DAEMON@x\nSubject: failure\nContent-Type: text/html\n\n"
    _ok(html + "<style>" * 300_000)  # unclosed blocks
    _ok(html + "<style></style>" * 100_000)
    _ok(html + "<head></head><script>" * 100_000)
    _ok(html + "<a " * 500_000)
    _ok("From: MAILER-DAEMON@x\nSubject: failure\n\n" + "<a@example.com>: 550 5.1.1 user unknown\n" * 50_000)
    _ok("Subject: Fwd: Returned mail\nFrom: a@b.c\n\n" + "> From: MAILER-DAEMON@x\n" * 100_000)


# Issue 14: nesting depth, repeated tokens and charset names, also through the support summary.
def _ok_support(data: str) -> None:
    from pychecks.support import bounce as support_bounce

    _ok(data)
    result = support_bounce.from_bounce(data)
    assert isinstance(result["summary"], str)


_NEST = st.sampled_from(["[", "]", "{", "}", '"', "\\", ":", ",", '"a":', "1", " "])


@GUARD
@given(st.lists(_NEST, max_size=60), st.integers(1, 20_000))
def test_nested_json_in_an_ses_notice(pieces, depth):
    body = '{"notificationType":"Bounce","bounce":' + "[" * depth + "".join(pieces) + "]" * depth + "}"
    _ok("From: no-reply@sns.amazonaws.com\nSubject: AWS Notification Message\n\n" + body)


@GUARD
@given(st.sampled_from(["Content-Type: message/rfc822\n\n", "Subject: Fwd: Returned mail\nFrom: a@b.c\n\n> ",
                        "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\n"]), st.integers(1, 5000))
def test_nesting_depth(piece, depth):
    _ok("From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail\n" + piece * depth + "550 5.1.1 <a@b.c>\n")


_TOKENS = st.sampled_from(["550 ", "550-", "5.1.1 ", "4.4.7 ", "<a@example.com> ", "a.", "x@", "@", "user ",
                           "unknown ", "\n ", "\n550-5.1.1 ", "'", "#"])


@GUARD
@given(st.lists(_TOKENS, min_size=1, max_size=8), st.integers(1, 200), st.lists(_TOKENS, max_size=8))
def test_repeated_tokens_in_diagnostic_and_body(run, times, tail):
    diag = "".join(run) * times + "".join(tail)
    mail = ("From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail Returned to Sender\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
            f"--b\n\n{diag}\n--b\nContent-Type: message/delivery-status\n\n"
            "Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.1.1\n"
            f"Diagnostic-Code: smtp; {diag[::-1]} {diag}\n--b--\n")
    _ok_support(mail)


_CHARSETS = st.sampled_from(["punycode", "idna", "utf-7", "utf-16", "utf-32", "unicode_escape",
                             "raw_unicode_escape", "zlib", "base64", "rot13", "hex", "bz2", "uu", "quopri",
                             "iso-2022-jp", "shift_jis", "euc-jp", "x-unknown", "utf-8-sig", "cp65001", "mbcs",
                             "undefined", "\x00", "a" * 300])


@GUARD
@given(_CHARSETS, st.binary(min_size=0, max_size=3000), st.integers(1, 60))
def test_charset_names(charset, data, times):
    body = (data * times).decode("latin-1")
    for head in (f"Content-Type: text/plain; charset={charset}\n", ""):
        mail = ("From: MAILER-DAEMON@example.com\nSubject: =?" + charset + "?B?QUJD?= Undelivered Mail\n"
                + head + "\n" + body)
        _ok_support(mail)
