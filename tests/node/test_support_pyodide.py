"""The support request is the same text inside Pyodide as in CPython."""

from __future__ import annotations

import json

import pytest

from pychecks import api
from tests.node.pyodide_runner import run_in_pyodide

pytestmark = pytest.mark.node

NOW = "2026-11-29T12:00"
FORM = {
    "domain": "example.com", "direction": "send", "since": "2026-11-20", "trigger": "sudden",
    "kinds": ["cannot_send", "bounce"], "details": "突然送れなくなりました。\nOutlook を使っています。", "scope": "all",
    "messages": [
        {"sent_at": "2026-11-28T09:05", "sender": "taro@example.com", "recipient": "hanako@example.net",
         "error": "550 5.1.1 User unknown"},
        {"sent_at": "2099-01-01T00:00", "sender": "taro@", "recipient": "", "error": ""},
    ],
}
BOUNCE = "maildir/bsd/lhost-postfix-05.eml"


def requests(corpus_dir) -> list[dict]:
    bounce = (corpus_dir / BOUNCE).read_bytes().decode("latin-1")
    return [
        {"fn": "support.render", "args": {"form": FORM, "provider": {"support_email": "help@example.jp"}, "now": NOW}},
        {"fn": "support.render", "args": {"form": {}, "now": NOW}},
        {"fn": "support.options", "args": {"provider": {}}},
        {"fn": "support.merge", "args": {"current": {"domain": "mine.example"}, "prefill": {"domain": "x.example",
                                                                                          "kinds": ["bounce"]}}},
        {"fn": "support.from_bounce", "args": {"text": bounce}},
        {"fn": "support.from_bounce", "args": {"text": "not a mail at all"}},
    ]


@pytest.fixture(scope="module")
def answers(wheel_path, corpus_dir):
    return run_in_pyodide(wheel_path, requests(corpus_dir))["answers"]


def test_same_answers_as_cpython(answers, corpus_dir):
    expected = [json.loads(api.call_json(r["fn"], json.dumps(r.get("args")))) for r in requests(corpus_dir)]
    assert answers == expected


def test_the_text_and_its_checks_inside_pyodide(answers):
    result = answers[0]["result"]
    assert "■ トラブルが起きているドメイン名\nexample.com" in result["text"]
    assert result["mailto"].startswith("mailto:help@example.jp?subject=")
    assert set(result["errors"]) == {"messages.1.sent_at", "messages.1.sender"}


def test_from_bounce_inside_pyodide(answers):
    form = answers[4]["result"]["form"]
    assert form["messages"][0]["recipient"] == "kijitora@example.org"
    assert form["messages"][0]["sent_at"] == "2012-02-17T22:45"
    assert answers[5]["result"]["recipients"] == []
