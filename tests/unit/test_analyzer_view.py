"""The analyzer page's Python side: cards from the engine's records, the
decisive phrase, refusals and the support summary."""

from __future__ import annotations

import base64
import json

import pytest

from pychecks import advice, analyzer_view, api, bounce
from pychecks.analyzer_view import decisive_spans, run, segments

POSTFIX = (
    "From: MAILER-DAEMON@sv1234.example.jp (Mail Delivery System)\n"
    "To: hanako@example.jp\n"
    "Subject: Undelivered Mail Returned to Sender\n"
    "Date: Mon, 3 Mar 2025 10:00:00 +0900\n\n"
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients.\n\n"
    "<taro@example.com>: host mx.example.com[192.0.2.25] said: 550 5.1.1\n"
    "    <taro@example.com>: Recipient address rejected: User unknown (in reply to\n"
    "    RCPT TO command)\n"
)
XSS = POSTFIX.replace("User unknown", 'User unknown <script>alert(1)</script><img src=x onerror="alert(2)">')


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def corpus_file(corpus_dir, name: str) -> bytes:
    path = corpus_dir / "maildir" / "bsd" / name
    if not path.exists():
        pytest.skip(f"{name} is not in the corpus")
    return path.read_bytes()


def test_cards_follow_the_engine_in_order(corpus_dir):
    raw = corpus_file(corpus_dir, "lhost-postfix-02.eml")
    records = bounce.analyze(raw)
    answer = run(data_b64=b64(raw))
    assert answer["kind"] == "bounce"
    got = [(c["recipient"], c["reason"], c["deliverystatus"], c["replycode"]) for c in answer["results"]]
    assert got == [(r["recipient"], r["reason"], r["deliverystatus"], r["replycode"]) for r in records]
    assert len(got) == 2


def test_a_card_carries_the_advice_for_its_reason():
    card = run(POSTFIX)["results"][0]
    info = advice.explain("userunknown")
    assert card["reason"] == "userunknown"
    assert card["headline"] == info["title"] and card["actions"] == info["actions"]
    assert card["faq"] == "user-unknown" and card["faq_url"] == "../errors/#user-unknown"
    assert card["bounce_kind"] == "hard" and "ハードバウンス" in card["bounce_label"]
    assert card["contact_label"] and card["support"] == info["support"]
    facts = {f["key"]: f["value"] for f in card["facts"]}
    assert facts["recipient"] == "taro@example.com"
    assert facts["deliverystatus"] == "5.1.1" and facts["replycode"] == "550"


def test_the_decisive_phrase_is_marked_and_the_text_kept():
    card = run(POSTFIX)["results"][0]
    marked = [s["text"] for s in card["diagnostic"] if s["mark"]]
    assert marked == ["User unknown"]
    assert "".join(s["text"] for s in card["diagnostic"]) == " ".join(card_diag(POSTFIX).split())


def card_diag(text: str) -> str:
    return bounce.analyze(text)[0]["diagnosticcode"]


def test_codes_are_marked_when_no_phrase_decided():
    text = "554 5.0.0 <taro@example.com>: we say nothing more"
    spans = decisive_spans(text, [{"source": "reply", "text": "nothing in particular", "rule": ""}], "5.0.0", "554")
    assert [text[a:b] for a, b in spans] == ["554", "5.0.0"]


def test_segments_cover_the_whole_text():
    text = "abc DEF ghi"
    segs = segments(text, [(4, 7)])
    assert segs == [{"text": "abc ", "mark": False}, {"text": "DEF", "mark": True}, {"text": " ghi", "mark": False}]
    assert segments("plain", []) == [{"text": "plain", "mark": False}]


def test_soft_temporary_bounce_is_labelled_so():
    text = POSTFIX.replace("550 5.1.1", "452 4.2.2").replace("User unknown", "Mailbox full")
    card = run(text)["results"][0]
    assert card["bounce_kind"] == "soft_temporary"
    assert "一時的" in card["bounce_label"]


def test_markup_in_the_mail_comes_back_as_plain_text():
    card = run(XSS)["results"][0]
    text = "".join(s["text"] for s in card["diagnostic"])
    assert "<script>alert(1)</script>" in text and 'onerror="alert(2)"' in text


def test_a_mail_that_is_not_a_bounce_says_so():
    answer = run("From: taro@example.jp\nTo: hanako@example.com\nSubject: hello\n\nSee you tomorrow.\n")
    assert answer["kind"] == "none" and answer["results"] == []
    assert "エラーメール" in answer["message"] and len(answer["hints"]) >= 2


def test_empty_input_is_an_error_in_japanese():
    answer = run("   \n")
    assert answer["kind"] == "error" and answer["code"] == "empty"
    assert "貼り付け" in answer["message"]


def test_oversized_input_is_refused():
    answer = run("a" * (bounce.MAX_INPUT_BYTES + 1))
    assert answer["kind"] == "error" and answer["code"] == "too_large"
    assert "大きすぎます" in answer["message"]


def test_oversized_file_is_refused_before_decoding():
    answer = run(data_b64="A" * (bounce.MAX_INPUT_BYTES // 3 * 4 + 400))
    assert answer["code"] == "too_large"


def test_broken_base64_is_a_file_error():
    assert run(data_b64="not base64!")["code"] == "bad_file"


def test_too_large_message_names_the_size_and_limit():
    message = api.call("analyzer.too_large", {"size": 52_428_800})["message"]
    assert "52,428,800" in message and "10 MB" in message


def test_limits_and_warm_up_give_the_engine_limit():
    assert api.call("analyzer.limits") == {"max_bytes": bounce.MAX_INPUT_BYTES}
    assert api.call("analyzer.warm_up") == {"max_bytes": bounce.MAX_INPUT_BYTES}


def test_iso_2022_jp_file_is_decoded(corpus_dir):
    raw = corpus_file(corpus_dir, "lhost-mfilter-02.eml")
    card = run(data_b64=b64(raw))["results"][0]
    assert card["reason"] == "userunknown"
    assert "送信に失敗しました" in "".join(s["text"] for s in card["diagnostic"])


def test_every_reason_has_a_card_with_japanese_texts():
    for reason in [*advice.REASON_FAQ, "no-such-reason"]:
        card = analyzer_view.card({"recipient": "a@example.com", "reason": reason, "deliverystatus": "5.0.0",
                                   "replycode": "550", "diagnosticcode": "550 5.0.0 x", "hardbounce": False})
        assert card["headline"] and card["bounce_label"] and card["faq_url"].startswith("../errors/#")
        json.dumps(card)


def test_support_summary_uses_the_builder_when_registered():
    out = api.call("analyzer.support", {"text": POSTFIX, "tz_offset_minutes": 540})
    assert out["error"] is None
    assert "taro@example.com" in out["summary"]
    assert out["form"]


def test_support_summary_of_a_non_bounce_is_an_error():
    assert analyzer_view.support(text="hello")["error"]


def test_the_returned_originals_authentication_is_shown_under_the_cards():
    mail = POSTFIX + (
        "\n--- original message follows ---\n\n"
        "Received: from pc.example.jp (pc.example.jp [192.0.2.9]) by sv1234.example.jp (Postfix) with ESMTPSA id 4A;"
        " Mon, 3 Mar 2025 09:59:58 +0900 (JST)\n"
        "Authentication-Results: sv1234.example.jp; spf=fail smtp.mailfrom=hanako@example.jp\n"
        "From: hanako@example.jp\nTo: taro@example.com\nSubject: hi\nDate: Mon, 3 Mar 2025 09:59:50 +0900\n\nhi\n")
    original = run(mail)["original"]
    assert original and original["hops"] == 1
    assert {r["method"]: r["result"] for r in original["auth"]}["spf"] == "fail"


def test_no_original_panel_without_the_originals_headers():
    assert run("550 5.1.1 User unknown")["original"] is None
