"""The settings generator answers the same inside Pyodide as in CPython."""

from __future__ import annotations

import json

import pytest

from pychecks import api
from tests.node.pyodide_runner import run_in_pyodide

pytestmark = pytest.mark.node

REQUESTS = [
    {"fn": "settings.options", "args": {"provider": {"name": "Example ホスティング"}}},
    {"fn": "settings.generate", "args": {"email": "taro@example.com", "client": "ios", "date": "2026-01-02"}},
    {"fn": "settings.generate", "args": {"email": "hanako@example.org", "ssl": False, "protocol": "pop3",
                                         "client": "outlook", "date": "2026-01-02"}},
    {"fn": "settings.generate", "args": {"email": "taro@example.com", "incoming": "mail.example.com"}},
    {"fn": "settings.generate", "args": {"email": "not an address"}},
    # issue 12: the idna codec (and stringprep, which nameprep needs) in Pyodide's trimmed standard library
    {"fn": "settings.generate", "args": {"email": "taro@日本語.jp", "incoming": "メール.日本語.jp", "client": "ios",
                                         "date": "2026-01-02"}},
    {"fn": "settings.generate", "args": {"email": "taro@exampl\u0131.jp"}},
    {"fn": "settings.generate", "args": {"email": "taro@example.jp", "incoming": "192.0.2.1", "date": "2026-01-02"}},
]


@pytest.fixture(scope="module")
def answers(wheel_path):
    return run_in_pyodide(wheel_path, REQUESTS)["answers"]


def test_same_json_as_cpython(answers):
    expected = [json.loads(api.call_json(r["fn"], json.dumps(r.get("args")))) for r in REQUESTS]
    assert answers == expected


def test_export_files_and_errors_survive_the_trip(answers):
    files = {f["kind"]: f for f in answers[1]["result"]["files"]}
    assert "com.apple.mail.managed" in files["mobileconfig"]["text"]
    assert "<socketType>plain</socketType>" in {f["kind"]: f for f in answers[2]["result"]["files"]}["autoconfig"]["text"]
    assert answers[3]["error"]["field"] == "incoming"
    assert answers[4]["error"]["field"] == "email"


def test_international_domains_and_warnings_inside_pyodide(answers):
    idn = answers[5]["result"]
    assert idn["incoming"]["username"] == "taro@xn--wgv71a119e.jp"
    assert idn["incoming"]["host"] == "xn--4dkua4c.xn--wgv71a119e.jp"
    assert idn["email_shown"] == "taro@日本語.jp"
    assert answers[6]["error"]["field"] == "email"
    assert answers[7]["result"]["warnings"]
