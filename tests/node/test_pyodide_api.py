"""The public API gives the same answers inside Pyodide as in CPython."""

from __future__ import annotations

import json

import pytest

from pychecks import api
from tests.node.pyodide_runner import run_in_pyodide

pytestmark = pytest.mark.node

REQUESTS = [
    {"fn": "version"},
    {"fn": "ports.recommend", "args": {"domain": "taro@example.com", "direction": "send"}},
    {"fn": "ports.recommend", "args": {"domain": "example.com", "protocol": "pop3", "ssl": False}},
    {"fn": "ports.recommend", "args": {"domain": "example.com", "ssl": True, "server": "mail.example.com"}},
    {"fn": "ports.recommend", "args": {"domain": "not a domain"}},
    {"fn": "ports.options"},
    {"fn": "no.such.function"},
]


@pytest.fixture(scope="module")
def pyodide_answers(wheel_path):
    return run_in_pyodide(wheel_path, REQUESTS)


def test_same_answers_as_cpython(pyodide_answers):
    expected = [json.loads(api.call_json(r["fn"], json.dumps(r.get("args")))) for r in REQUESTS]
    assert pyodide_answers["answers"] == expected


def test_errors_are_answers_not_crashes(pyodide_answers):
    bad_domain, unknown = pyodide_answers["answers"][4], pyodide_answers["answers"][6]
    assert bad_domain["error"]["field"] == "domain"
    assert "ドメイン" in bad_domain["error"]["message"]
    assert unknown["error"]["type"] == "ApiError"


def test_really_runs_inside_pyodide(wheel_path):
    answer = run_in_pyodide(wheel_path, [{"fn": "platform"}])
    assert answer["answers"][0] == {"result": "emscripten"}
