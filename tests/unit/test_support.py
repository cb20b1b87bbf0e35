"""The support request text, its checks and the mailto link (CPython)."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from pychecks import api
from pychecks.support import model, render_request, validate

NOW = "2026-11-29T12:00"

FULL = {
    "domain": "example.com",
    "direction": "send",
    "since": "2026-11-20",
    "trigger": "sudden",
    "kinds": ["cannot_send", "bounce"],
    "details": "Outlook で送信すると「サーバーに接続できません」と表示されます。",
    "scope": "some",
    "messages": [
        {"sent_at": "2026-11-28T09:05", "sender": "taro@example.com", "recipient": "hanako@example.net",
         "error": "550 5.1.1 <hanako@example.net>: User unknown\n    in virtual alias table"},
        {"sent_at": "2026-11-28T10:30", "sender": "taro@example.com", "recipient": "jiro@example.org, saburo@example.org",
         "error": ""},
    ],
}


def text_of(form, **kw):
    return render_request(form, now=NOW, **kw)["text"]


def test_every_field_appears_in_the_text():
    text = text_of(FULL)
    for expected in [
        "■ トラブルが起きているドメイン名\nexample.com",
        "■ 送信のトラブルか、受信のトラブルか\n送信のトラブル",
        "■ いつごろから起きているか\n2026年11月20日ごろ(突然(設定は変えていない))",
        "・送信できない\n・エラーメールが返ってくる",
        "詳しい状況:\nOutlook で送信すると「サーバーに接続できません」と表示されます。",
        "■ 起きているメールアドレス\n一部のメールアドレスだけ",
        "送信日時: 2026年11月28日 09:05",
        "差出人のメールアドレス: taro@example.com",
        "宛先のメールアドレス: hanako@example.net",
        "-----\n550 5.1.1 <hanako@example.net>: User unknown\n    in virtual alias table\n-----",
    ]:
        assert expected in text, expected


def test_several_messages_are_numbered_in_order():
    text = text_of(FULL)
    first, second = text.index("[1 通目]"), text.index("[2 通目]")
    assert first < text.index("hanako@example.net") < second < text.index("jiro@example.org, saburo@example.org")


def test_one_message_is_not_numbered():
    form = {**FULL, "messages": FULL["messages"][:1]}
    assert "通目" not in text_of(form)


def test_missing_optional_fields_are_left_out():
    text = text_of({"domain": "example.com"})
    assert "■ トラブルが起きているドメイン名" in text
    for absent in ["■ 送信のトラブルか", "■ いつごろ", "■ 何が起きているか", "■ 起きているメールアドレス",
                   "■ 実際にやり取りしたメール", "None", "未記入"]:
        assert absent not in text
    assert text.startswith("Example ホスティング サポートご担当者様\n")
    assert text.rstrip().endswith("よろしくお願いいたします。")


def test_empty_form_gives_a_polite_text_and_no_errors():
    result = render_request({}, now=NOW)
    assert "■" not in result["text"]
    assert result["errors"] == {}


def test_empty_messages_are_skipped():
    form = {"messages": [model.empty_message(), {"sender": "a@example.com"}]}
    text = text_of(form)
    assert "通目" not in text and "差出人のメールアドレス: a@example.com" in text


def test_japanese_and_ascii_content_are_kept_as_typed():
    form = {"details": "月曜の朝から、Gmail 宛てだけ戻ってきます。\nThunderbird 128 を使用。",
            "messages": [{"error": "Delivery has failed to these recipients\n宛先が見つかりません。"}]}
    text = text_of(form)
    assert "月曜の朝から、Gmail 宛てだけ戻ってきます。\nThunderbird 128 を使用。" in text
    assert "Delivery has failed to these recipients\n宛先が見つかりません。" in text


def test_free_text_since_is_kept():
    assert "■ いつごろから起きているか\n先週の月曜日から" in text_of({"since": "先週の月曜日から"})
    assert validate({"since": "先週の月曜日から"}, NOW) == {}


def test_trigger_alone_is_the_when():
    assert "■ いつごろから起きているか\n設定を変えた直後から" in text_of({"trigger": "settings"})


def test_unknown_choices_are_dropped():
    form = model.normalize({"direction": "sideways", "kinds": ["late", "nonsense"], "scope": 3, "extra": "x"})
    assert form["direction"] == "" and form["kinds"] == ["late"] and form["scope"] == "" and "extra" not in form


@pytest.mark.parametrize("value", ["example", "exa mple.com", "-bad.example.com", "例え.com", "a..b.com"])
def test_bad_domain_is_reported_on_the_domain_field(value):
    assert "ドメイン名" in validate({"domain": value}, NOW)["domain"]


def test_an_address_in_the_domain_field_is_accepted():
    assert validate({"domain": "taro@example.com"}, NOW) == {}


def test_addresses_are_checked_per_message():
    form = {"messages": [{"sender": "taro@example.com", "recipient": "ok@example.net"},
                         {"sender": "taro@", "recipient": "ok@example.net, broken"}]}
    errors = validate(form, NOW)
    assert set(errors) == {"messages.1.sender", "messages.1.recipient"}
    assert "broken" in errors["messages.1.recipient"]


def test_future_dates_are_refused_against_the_readers_clock():
    form = {"since": "2026-11-30", "messages": [{"sent_at": "2026-11-29T12:01"}, {"sent_at": "2026-11-29T12:00"}]}
    errors = validate(form, NOW)
    assert set(errors) == {"since", "messages.0.sent_at"}
    assert "未来" in errors["messages.0.sent_at"]
    assert validate(form, "2026-12-01T00:00") == {}


def test_impossible_date_is_reported():
    assert "日付の形" in validate({"messages": [{"sent_at": "2026-02-30T10:00"}]}, NOW)["messages.0.sent_at"]


def test_without_now_only_syntax_is_checked():
    assert validate({"messages": [{"sent_at": "2999-01-01T00:00"}]}) == {}


def test_mailto_is_percent_encoded_and_round_trips():
    result = render_request(FULL, now=NOW)
    parts = urlsplit(result["mailto"])
    assert parts.scheme == "mailto" and parts.path == "support@example.jp"
    assert " " not in result["mailto"] and "\n" not in result["mailto"] and "&body=" in result["mailto"]
    query = parse_qs(parts.query)
    assert query["subject"] == [result["subject"]]
    assert unquote(result["mailto"].split("&body=", 1)[1]) == result["text"].replace("\n", "\r\n")


def test_mailto_goes_to_the_configured_address():
    result = render_request(FULL, provider={"support_email": "help@hosting.example", "name": "テスト"}, now=NOW)
    assert result["mailto"].startswith("mailto:help@hosting.example?subject=")
    assert result["to"] == "help@hosting.example"
    assert result["text"].startswith("テスト サポートご担当者様")


def test_subject_names_the_domain_and_the_trouble():
    assert render_request(FULL)["subject"] == "メールのトラブルについてのお問い合わせ(example.com・送信できない)"
    assert render_request({})["subject"] == "メールのトラブルについてのお問い合わせ"


def test_long_requests_get_a_mailto_note():
    assert render_request({"domain": "example.com"})["mailto_note"] == ""
    long = {"messages": [{"error": "x" * 3000}]}
    assert "コピー" in render_request(long)["mailto_note"]


def test_retention_note_uses_the_configured_days():
    assert "約 3 日分" in render_request({}, provider={"log_retention_days": 3})["retention"]


def test_options_describe_every_choice():
    opts = api.call("support.options", {"provider": {"support_email": "x@example.jp"}})
    assert [k["value"] for k in opts["kinds"]] == list(model.KINDS)
    assert opts["support_email"] == "x@example.jp"
    assert set(opts["empty"]) == set(model.empty_form())


def test_render_through_the_api_takes_json_args():
    result = api.call("support.render", {"form": FULL, "provider": {}, "now": NOW})
    assert result["errors"] == {} and "example.com" in result["text"]


def test_garbage_forms_do_not_crash():
    for form in [None, [], "text", {"messages": "x"}, {"messages": [1, None, {"sender": 5}]}, {"kinds": "late"}]:
        assert "text" in render_request(form, now=NOW)


def test_prefill_fills_a_blank_form_entirely():
    merged = model.merge_prefill({}, {"direction": "send", "kinds": ["bounce"], "messages": [{"sender": "a@example.com"}]})
    assert merged["form"]["direction"] == "send" and merged["kept"] == []
    assert merged["form"]["messages"] == [{**model.empty_message(), "sender": "a@example.com"}]


def test_prefill_never_overwrites_what_the_reader_typed():
    current = {"domain": "mine.example", "details": "自分の説明", "kinds": ["late"],
               "messages": [{"sender": "me@mine.example"}, model.empty_message()]}
    prefill = {"domain": "other.example", "scope": "all", "kinds": ["bounce"],
               "messages": [{"sender": "a@other.example"}]}
    merged = model.merge_prefill(current, prefill)
    form = merged["form"]
    assert form["domain"] == "mine.example" and form["details"] == "自分の説明" and form["scope"] == "all"
    assert form["kinds"] == ["late", "bounce"]
    assert [m["sender"] for m in form["messages"]] == ["me@mine.example", "a@other.example"]
    assert merged["kept"] == ["トラブルが起きているドメイン名"]
    assert "そのままにしています" in merged["notice"]
    assert merged["replacement"]["domain"] == "other.example"


def test_the_same_prefill_twice_adds_its_messages_once():
    prefill = {"messages": [{"sender": "a@example.com"}], "domain": "example.com"}
    once = model.merge_prefill({}, prefill)["form"]
    twice = model.merge_prefill(once, prefill)
    assert twice["form"]["messages"] == once["messages"] and twice["kept"] == []
