"""Nothing the reader did is lost between the analyzer and the support builder: every message of an
mbox gives its cards, and the hand-off carries what support needs to find the mail in its logs."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from pychecks import analyzer_view, api
from pychecks.bounce import cli as bounce_cli
from pychecks.bounce import mbox
from pychecks.support import from_bounce, model, render_request
from pychecks.support.bounce import reply_lines

MAILS = Path(__file__).parent / "mails"
LAB = Path(__file__).parents[1] / "corpus" / "lab"
SEPARATOR = b"From MAILER-DAEMON Tue Mar  3 10:00:00 2026\n"
NOT_A_BOUNCE = b"From: taro@example.jp\nTo: hanako@example.com\nSubject: lunch\n\nsee you at noon\n"


def three_bounces() -> bytes:
    return b"".join(SEPARATOR + (MAILS / f"{n}.eml").read_bytes() + b"\n"
                    for n in ("gmail-failure", "yahoo-failure", "exim-unrouteable-remote"))


def test_an_mbox_of_three_bounces_gives_the_cards_of_all_three_as_the_cli_does(tmp_path, capsys):
    data = three_bounces()
    answer = analyzer_view.run(data_b64=base64.b64encode(data).decode())
    path = tmp_path / "three.mbox"
    path.write_bytes(data)
    assert bounce_cli.main(["--json", str(path)]) == 0
    cli = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(cli) == 1 and cli[0]["messages"] == 3
    assert [r["index"] for r in cli[0]["records"]] == [0, 1, 2]
    want = [r["recipient"] for line in cli for r in line["records"]]
    assert [c["recipient"] for c in answer["results"]] == want and len(want) == 3
    assert [c["message_index"] for c in answer["results"]] == [1, 2, 3]
    assert answer["message"].startswith("3 通のメール") and answer["unread"] == []


def test_pasted_mbox_text_is_split_too_and_a_message_without_records_is_said():
    text = (three_bounces() + SEPARATOR + NOT_A_BOUNCE).decode("utf-8")
    answer = analyzer_view.run(text)
    assert len(answer["results"]) == 3
    assert len(answer["unread"]) == 1 and answer["unread"][0].startswith("4 通目のメール(件名「lunch」)")
    assert "1 通からは" in answer["message"]


def test_one_mail_is_one_message_even_with_from_lines_in_its_body():
    mail = (MAILS / "gmail-failure.eml").read_bytes()
    assert mbox.messages(mail) == [mail]
    assert mbox.messages("From here to there\nFrom now on\n") == ["From here to there\nFrom now on\n"]


def test_the_support_hand_off_has_every_message_of_an_mbox():
    out = from_bounce(three_bounces())
    assert [m["recipient"] for m in out["form"]["messages"]] == [
        "hanako@example.co.jp", "hanako@example.net", "someone@nowhere.example"]


def test_log_facts_reach_the_request_as_the_card_shows_them():
    data = (LAB / "postfix" / "gmail-no-such-user.eml").read_bytes()
    card = analyzer_view.run(data_b64=base64.b64encode(data).decode())["results"][0]
    shown = {f["key"]: (f["label"], f["value"]) for f in card["facts"]}
    msg = analyzer_view.support(data_b64=base64.b64encode(data).decode())["form"]["messages"][0]
    assert msg["queue_id"] == "CFA7D5740ED"
    assert msg["message_id"] == "<gmail-no-such-user.1796178836@customer.example>"
    assert msg["remote_mta"] == "gmail-smtp-in.l.google.com"
    assert msg["bounced_at"] == "2026年12月2日 02:33:56(UTC+00:00)"
    text = render_request({"messages": [msg]})["text"]
    for key in model.LOG_KEYS:
        label, value = shown[key]
        assert (label, value) == (model.FIELDS[key][0], msg[key])
        assert f"{label}: {value}" in text


def test_queue_id_comes_from_the_returned_messages_received_field_without_a_postfix_dsn():
    for mta, queue in (("exim", "1xYaAL-00000A-13"), ("sendmail", "6B22XrTK000044"), ("opensmtpd", "92565a9d")):
        msg = from_bounce((LAB / mta / "gmail-no-such-user.eml").read_bytes())["form"]["messages"][0]
        assert msg["queue_id"] == queue, mta


def test_a_joined_multi_line_reply_gets_its_lines_back():
    msg = from_bounce((LAB / "sendmail" / "gmail-no-such-user.eml").read_bytes())["form"]["messages"][0]
    lines = msg["error"].splitlines()
    assert len(lines) == 4 and all(line.startswith("550") for line in lines)
    assert lines[-1].startswith("550 5.1.1 https://support.google.com/")
    assert reply_lines("550 5.1.1 User unknown") == "550 5.1.1 User unknown"


def test_the_whole_bounce_travels_only_when_asked():
    data = (MAILS / "gmail-failure.eml").read_bytes()
    assert all(m["bounce"] == "" for m in from_bounce(data)["form"]["messages"])
    msg = from_bounce(data, include_bounce=True)["form"]["messages"][0]
    assert msg["bounce"].startswith("Return-Path: <>") and "** Address not found **" in msg["bounce"]
    text = render_request({"messages": [msg]})["text"]
    assert "エラーメール全体:\n-----\nReturn-Path: <>" in text


def test_customer_fields_are_off_by_default_and_shown_when_the_provider_asks():
    assert model.customer_fields() == []
    assert api.call("support.options", {})["customer_fields"] == []
    form = {"customer": {"customer_name": "山田太郎", "contract_id": "C-1234"}}
    assert "山田太郎" not in render_request(form)["text"]
    provider = {"support_fields": ["customer_name", {"id": "contract_id", "label": "契約番号"}, {"id": "BAD id"}]}
    fields = model.customer_fields(provider)
    assert [(f["id"], f["label"]) for f in fields] == [("customer_name", "お名前(ご契約者名)"),
                                                       ("contract_id", "契約番号")]
    text = render_request(form, provider)["text"]
    assert "■ お名前(ご契約者名)\n山田太郎" in text and "■ 契約番号\nC-1234" in text
    assert text.index("山田太郎") < text.index("C-1234")
    assert model.normalize({"customer": {"x\ny": "1", "contract_id": "a\r\nb"}})["customer"] == {"contract_id": "a b"}


def test_an_oversized_mbox_is_refused_whole_not_split_into_allowed_parts():
    part = b"From a@b Tue Mar  3 10:00:00 2026\nSubject: x\n\n" + b"y" * (4 * 1024 * 1024) + b"\n"
    data = part * 3  # three 4 MB messages: 12 MB together, over the 10 MB limit
    for args in ({"text": data.decode()}, {"data_b64": base64.b64encode(data).decode()}):
        answer = analyzer_view.run(**args)
        assert answer["kind"] == "error" and answer["code"] == "too_large", list(args)
        assert "大きすぎます" in analyzer_view.support(**args)["error"]
