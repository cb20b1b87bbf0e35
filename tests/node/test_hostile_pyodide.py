"""Inputs that recurse deeply do not kill Pyodide (issue 14, item 3).

CPython copes with JSON nested 10,000 deep (RecursionError); inside Pyodide the same input
overflowed the JavaScript stack ("Maximum call stack size exceeded") and the runtime was dead for
every later call.  Here the bounded parsers answer like CPython, and the runtime still answers after.
(Probed under Node: plain ``json.loads`` survives 4,000 levels and dies at 6,000; the SES decoder
refuses anything deeper than 64.)
"""

from __future__ import annotations

import json

import pytest

from pychecks import api
from tests.node.pyodide_runner import run_in_pyodide

pytestmark = pytest.mark.node

SES = "From: no-reply@sns.amazonaws.com\nSubject: AWS Notification Message\n\n"
DEPTH = 10_000


def _requests() -> list[dict]:
    deep_json = SES + '{"notificationType":"Bounce","bounce":' + "[" * DEPTH + "]" * DEPTH + "}"
    deep_message = SES + '{"Type":"Notification","Message":"{\\"a\\":' + "[" * DEPTH + "]" * DEPTH + '}"}'
    nested_mime = ("From: MAILER-DAEMON@example.com\nSubject: Undelivered\n"
                   + "Content-Type: message/rfc822\n\n" * DEPTH)
    multipart = "From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail\n" + "".join(
        f"Content-Type: multipart/mixed; boundary=\"b{i}\"\n\n--b{i}\n" for i in range(DEPTH // 3))
    forwards = "".join(f"Subject: Fwd: Returned mail {i}\nFrom: a@b.c\n\n> " for i in range(DEPTH // 3))
    plain = "From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail\n\n<a@example.com>: 550 5.1.1 user unknown\n"
    texts = [deep_json, deep_message, nested_mime, multipart, forwards, plain]
    return ([{"fn": "bounce.analyze", "args": [t]} for t in texts]
            + [{"fn": "analyzer.run", "args": {"text": deep_json}},
               {"fn": "analyzer.support", "args": {"text": deep_json, "tz_offset_minutes": 540}},
               {"fn": "bounce.analyze", "args": [plain]}])


def test_deep_nesting_answers_like_cpython_and_the_runtime_survives(wheel_path):
    requests = _requests()
    answers = run_in_pyodide(wheel_path, requests)["answers"]
    expected = [json.loads(api.call_json(r["fn"], json.dumps(r["args"]))) for r in requests]
    assert answers == expected
    assert answers[-1]["result"]["records"][0]["recipient"] == "a@example.com"
