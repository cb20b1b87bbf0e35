"""The analyzer's "use for a support request": a form from a bounce mail."""

from __future__ import annotations

import pytest

from pychecks import api, bounce
from pychecks.support import from_bounce, model, render_request

POSTFIX = "maildir/bsd/lhost-postfix-05.eml"


def read(corpus_dir, name: str) -> str:
    return (corpus_dir / name).read_bytes().decode("latin-1")


def test_bounce_fills_the_form(corpus_dir):
    result = from_bounce(read(corpus_dir, POSTFIX))
    form = result["form"]
    assert form["kinds"] == ["bounce"] and form["direction"] == "send"
    assert form["domain"] == "example.co.jp"
    assert form["messages"] == [{
        **model.empty_message(),
        "bounced_at": form["messages"][0]["bounced_at"], "queue_id": form["messages"][0]["queue_id"],
        "remote_mta": form["messages"][0]["remote_mta"], "message_id": form["messages"][0]["message_id"],
        "sent_at": "2012-02-17T22:45",
        "sender": "shironeko@example.co.jp",
        "recipient": "kijitora@example.org",
        "error": "<kijitora@example.org>: host mx.example.org[192.0.2.4] said: 450\n"
                 "    4.1.1 <kijitora@example.org>: Recipient address rejected: User unknown in\n"
                 "    virtual alias table (in reply to RCPT TO command)",
    }]
    assert result["recipients"] == ["kijitora@example.org"]


def test_summary_is_short_plain_japanese(corpus_dir):
    summary = from_bounce(read(corpus_dir, POSTFIX))["summary"]
    assert summary.splitlines()[:4] == [
        "エラーメールが返ってくる(宛先 1 件)",
        "送信日時: 2012年2月17日 22:45",
        "差出人のメールアドレス: shironeko@example.co.jp",
        "宛先のメールアドレス: kijitora@example.org",
    ]
    assert "User unknown" in summary


def test_time_follows_the_readers_zone(corpus_dir):
    utc = from_bounce(read(corpus_dir, POSTFIX), tz_offset_minutes=0)["form"]["messages"][0]["sent_at"]
    assert utc == "2012-02-17T13:45"


def test_one_example_per_failed_recipient(corpus_dir):
    for path in sorted((corpus_dir / "maildir/bsd").glob("*.eml")):
        text = path.read_bytes().decode("latin-1")
        failed = [r for r in bounce.analyze(text) if r["action"] not in ("delivered", "expanded", "relayed")]
        if len(failed) > 1:
            form = from_bounce(text)["form"]
            assert [m["recipient"] for m in form["messages"]] == [r["recipient"] for r in failed]
            return
    pytest.skip("no bounce with several failed recipients in the corpus")


def test_the_prefilled_form_is_valid_and_renders(corpus_dir):
    names = sorted((corpus_dir / "maildir/bsd").glob("lhost-*.eml"))[:60]
    for path in names:
        result = from_bounce(path.read_bytes().decode("latin-1"))
        rendered = render_request(result["form"], now="2026-11-29T12:00")
        assert "text" in rendered, path.name
        bad = {k: v for k, v in rendered["errors"].items() if not k.endswith(("sender", "recipient"))}
        assert bad == {}, (path.name, bad)


def test_a_mail_that_is_not_a_bounce_still_gives_a_result():
    mail = ("From: Taro <taro@example.com>\nTo: hanako@example.net\nDate: Fri, 27 Nov 2026 10:00:00 +0900\n"
            "Subject: hello\n\nこんにちは\n")
    result = from_bounce(mail)
    assert result["recipients"] == []
    assert result["form"]["kinds"] == []
    assert result["form"]["messages"] == [{**model.empty_message(), "sent_at": "2026-11-27T10:00",
                                           "sender": "taro@example.com", "recipient": "hanako@example.net"}]
    assert result["summary"].startswith("エラーメールとして読み取れる内容は見つかりませんでした。")


def test_empty_text_gives_an_empty_form():
    result = from_bounce("")
    assert result["form"]["messages"] == [] and result["recipients"] == []


def test_too_large_input_is_a_field_error_in_japanese():
    answer = api.call_json("support.from_bounce", '{"text": "' + "a" * (bounce.MAX_INPUT_BYTES + 1) + '"}')
    assert '"field": "text"' in answer and "大きすぎます" in answer
