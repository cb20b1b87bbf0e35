"""Hostile and huge input (issue 14): each input that once hung, crashed or lost data.

The guards below are hang guards, not timing tests: each input took from seconds to hours before
its fix and takes milliseconds after it; the guard is generous enough for a loaded machine.
"""

from __future__ import annotations

import contextlib
import signal

import pytest

from pychecks import analyzer_view, bounce
from pychecks.bounce import message
from pychecks.bounce.formats import amazonses
from pychecks.support import bounce as support_bounce

GUARD_SECONDS = 30


class Hang(Exception):
    pass


@contextlib.contextmanager
def no_hang(seconds: int = GUARD_SECONDS):
    """Fail (instead of running for hours) when the block does not finish in ``seconds``."""
    def stop(signum, frame):
        raise Hang(f"still running after {seconds} s")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def dsn(diagnostic: str, charset: str = "us-ascii", notice: str = "x") -> str:
    return ("From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail Returned to Sender\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
            f"--b\nContent-Type: text/plain; charset={charset}\n\n{notice}\n"
            "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.com\n\n"
            "Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.1.1\n"
            f"Diagnostic-Code: smtp; {diagnostic}\n--b--\n")


# 1. the support summary's "as written" search -------------------------------------------------

def test_repeated_reply_codes_do_not_hang_the_support_summary():
    # 40 times took 19 s (over two minutes on the reporter's machine) and doubles with each "550 "
    mail = dsn("550 " * 60)
    with no_hang():
        result = support_bounce.from_bounce(mail)
    assert result["recipients"] == ["a@example.com"]


def test_repeated_codes_and_words_still_found_as_written():
    notice = "<a@example.com>: host mx said: 550\n    550 550 5.1.1 550 user unknown 550"
    mail = dsn("550 550 550 5.1.1 550 user unknown 550", notice=notice)
    with no_hang():
        form = support_bounce.from_bounce(mail)["form"]
    assert form["messages"][0]["error"] == "<a@example.com>: host mx said: 550\n    550 550 5.1.1 550 user unknown 550"


@pytest.mark.parametrize("haystack", [
    "Diagnostic-Code: smtp; 550-5.1.1 The account\n 550-5.1.1 does not exist",
    "Remote Server returned '550 5.1.1 The account does not exist'",
])
def test_folded_and_continued_replies_are_found(haystack):
    found = support_bounce._as_written("550 5.1.1 The account does not exist", haystack)
    assert "The account" in found and "does not exist" in found and "550" in found


# 2. address patterns ------------------------------------------------------------------------

def test_a_long_from_header_without_at_sign():
    with no_hang():
        assert support_bounce._address("a" * 300_000) == ""
        assert support_bounce._address("x" * 100_000 + " <taro@example.jp>") == "taro@example.jp"


def test_analyzer_address_spans_are_linear_and_unchanged():
    with no_hang():
        assert analyzer_view._address_spans("a." * 200_000) == []
    text = "user unknown a@b.com+x@d.com, (c.d@e.example.jp)"
    assert analyzer_view._address_spans(text) == [m.span() for m in analyzer_view._ADDRESS.finditer(text)]


def test_many_cards_on_a_mail_full_of_address_like_words():
    # 50 cards whose diagnostics hold a long "x.x.x…" run: 11 s before, half a second after
    recipients = "".join(f"Final-Recipient: rfc822; u{i}@example.com\nAction: failed\nStatus: 5.1.1\n"
                         "Diagnostic-Code: smtp; 550 5.1.1 " + "x." * 20000 + " user unknown\n\n" for i in range(50))
    mail = dsn("", notice="x").replace("Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.1.1\n"
                                       "Diagnostic-Code: smtp; \n", recipients)
    with no_hang():
        result = analyzer_view.run(mail)
    assert len(result["results"]) == 50


# 3. recursion: JSON nested deeper than the browser's stack allows -------------------------------

def ses(body: str) -> str:
    return "From: no-reply@sns.amazonaws.com\nSubject: AWS Notification Message\n\n" + body


def test_deep_json_is_not_decoded():
    deep = '{"notificationType":"Bounce","bounce":' + "[" * 10_000 + "]" * 10_000 + "}"
    assert amazonses.too_deep(deep)
    with no_hang():
        assert bounce.analyze(ses(deep)) == []


def test_json_depth_is_counted_outside_strings():
    brackets_in_a_string = '{"a": "' + "[" * 5000 + '", "b": [[1]]}'
    assert not amazonses.too_deep(brackets_in_a_string)
    assert not amazonses.too_deep('{"a": "\\"[[[[", "b": {}}', limit=2)
    assert amazonses.too_deep("{" + '"a":[' * 65 + "]" * 65 + "}")
    assert not amazonses.too_deep("{" + '"a":[' * 60 + "]" * 60 + "}")


@pytest.mark.parametrize("value", ['"x"', "[1, 2]", "3", "null", '{"bouncedRecipients": "a@b.c"}'])
def test_ses_bounce_that_is_not_an_object(value):
    mail = ses('{"notificationType":"Bounce","bounce":' + value + ',"mail":{"source":"a@example.jp"}}')
    assert amazonses.parse(message.parse(mail)) == []


def test_deep_mime_and_forwarded_bounces_are_bounded():
    depth = 5000
    nested = "From: MAILER-DAEMON@example.com\nSubject: Undelivered\n" + "Content-Type: message/rfc822\n\n" * depth
    forwards = "".join(f"Subject: Fwd: Returned mail {i}\nFrom: a@b.c\n\n" for i in range(depth))
    with no_hang():
        assert isinstance(bounce.analyze(nested), list)
        assert isinstance(bounce.analyze(forwards), list)
    part = message.parse(nested).root
    levels = 0
    while part.children:
        part, levels = part.children[0], levels + 1
    assert levels <= message.MAX_DEPTH


# 4. charsets that are not mail charsets ------------------------------------------------------

@pytest.mark.parametrize("charset", ["punycode", "idna", "unicode_escape", "raw-unicode-escape", "PUNYCODE"])
def test_non_mail_codecs_are_read_as_bytes(charset):
    data = b"a" * 200_000 + b"-" + b"b" * 200_000
    with no_hang():
        assert message.decode_bytes(data, charset) == message.guess_decode(data)
    assert message.decode_bytes("日本語\\u0041".encode(), charset) == "日本語\\u0041"


def test_a_bounce_in_punycode_is_analysed_in_bytes():
    mail = dsn("550 5.1.1 user unknown", charset="punycode", notice="xn--" + "a" * 200_000)
    with no_hang():
        records = bounce.analyze(mail)
    assert [r["recipient"] for r in records] == ["a@example.com"]


# Silent loss and wrong text ------------------------------------------------------------------

JP = "宛先のメールアドレスが見つかりません"


def japanese_bounces(codec: str, charset: str) -> list[bytes]:
    plain = ("From: MAILER-DAEMON@example.jp\nSubject: Undelivered Mail Returned to Sender\n"
             f"Content-Type: text/plain; charset={charset}\n\n以下の宛先に送れませんでした。\n\n"
             f"<a@example.com>: host mx.example.com said: 550 5.1.1 {JP}\n")
    with_dsn = dsn(f"550 5.1.1 {JP}", charset=charset, notice=f"<a@example.com>: 550 5.1.1 {JP}")
    return [plain.encode(codec), with_dsn.encode(codec)]


@pytest.mark.parametrize("codec,charset", [("cp932", "Shift_JIS"), ("euc_jp", "EUC-JP")])
def test_japanese_is_the_same_on_cards_and_in_the_support_summary(codec, charset):
    import base64

    for mail in japanese_bounces(codec, charset):
        b64 = base64.b64encode(mail).decode()
        cards = analyzer_view.run(data_b64=b64)["results"]
        assert JP in "".join(s["text"] for s in cards[0]["diagnostic"])
        assert JP in analyzer_view.support(data_b64=b64)["summary"]
        assert JP in support_bounce.from_bounce(mail)["summary"]


def test_support_cli_from_bounce_keeps_japanese(tmp_path):
    import json
    import subprocess
    import sys
    from pathlib import Path

    path = tmp_path / "sjis.eml"
    path.write_bytes(japanese_bounces("cp932", "Shift_JIS")[0])
    proc = subprocess.run([sys.executable, "-m", "pychecks", "support", "--json", "--from-bounce", str(path)],
                          capture_output=True, cwd=Path(__file__).resolve().parents[2], timeout=60)
    assert JP in json.loads(proc.stdout)["text"]


def _many_recipients(n: int) -> str:
    rcpts = "".join(f"Final-Recipient: rfc822; u{i}@example.com\nAction: failed\nStatus: 5.1.1\n\n" for i in range(n))
    return ("From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail Returned to Sender\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n--b\n\nx\n--b\n"
            "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx\n\n" + rcpts + "--b--\n")


def test_capped_records_say_truncated_in_json_and_on_the_page():
    records = bounce.analyze(_many_recipients(20_000))
    assert 0 < len(records) < 20_000 and all(r["truncated"] for r in records)
    answer = analyzer_view.view(records)
    assert answer["truncated"] and answer["hints"] == [analyzer_view.TRUNCATED_MESSAGE]
    whole = bounce.analyze(_many_recipients(30))
    assert len(whole) == 30 and not any("truncated" in r for r in whole)
    assert "truncated" not in analyzer_view.view(whole)


def test_a_header_block_past_the_limit_is_flagged():
    mail = ("From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail\n" + "X-A: b\n" * 3000
            + "\n<a@example.com>: 550 5.1.1 user unknown\n")
    assert message.parse(mail).truncated
    assert not message.parse("From: a@b.c\nSubject: x\n\nbody\n").truncated


def test_bounce_cli_says_truncated(tmp_path, capsys):
    from pychecks.bounce import cli

    (tmp_path / "big.eml").write_text(_many_recipients(20_000))
    assert cli.main([str(tmp_path / "big.eml")]) == 0
    assert "part of this mail was not read" in capsys.readouterr().out
    assert cli.main(["--json", str(tmp_path / "big.eml")]) == 0
    import json
    assert json.loads(capsys.readouterr().out)["truncated"] is True


def test_support_fields_over_their_limit_are_reported():
    from pychecks.support import render_request
    from pychecks.support.model import MAX_TEXT

    form = {"details": "a" * (MAX_TEXT + 1), "messages": [{"error": "e" * (MAX_TEXT + 5)}] * 12}
    result = render_request(form, now="2026-01-01T00:00")
    assert {"details", "messages.0.error", "messages"} <= set(result["truncated"])
    assert "details" in result["errors"] and "messages.0.error" in result["errors"]
    assert render_request({"details": "short"}, now="2026-01-01T00:00")["truncated"] == []


def test_lone_surrogates_are_measured_as_the_parser_sees_them():
    text = "\ud800" * (bounce.MAX_INPUT_BYTES // 3 + 10)  # 3 bytes each inside the parser
    assert message.size_of(text) > bounce.MAX_INPUT_BYTES
    with pytest.raises(bounce.BounceInputError):
        bounce.analyze(text)
    assert analyzer_view.run(text=text)["code"] == "too_large"


def test_no_line_break_reaches_a_mailto_header():
    from urllib.parse import unquote

    from pychecks.support import render_request

    form = {"domain": "example.jp\r\nBcc: someone@example.net", "kinds": ["bounce"],
            "messages": [{"sender": "a@example.jp\nBcc: x@example.net", "recipient": "b@example.jp\r", "error": "x"}]}
    result = render_request(form, provider={"support_email": "help@example.jp\r\nBcc: x@example.net"},
                            now="2026-01-01T00:00")
    head = unquote(result["mailto"].split("&body=", 1)[0])
    assert "\r" not in head and "\n" not in head
    assert "\n" not in result["form"]["domain"] and "\n" not in result["form"]["messages"][0]["sender"]
