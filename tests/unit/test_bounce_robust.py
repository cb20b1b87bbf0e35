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
