"""The analyzer's functions answer the same inside Pyodide as in CPython,
including a file sent as base64 and a Japanese (ISO-2022-JP) mail."""

from __future__ import annotations

import base64
import json

import pytest

from pychecks import api
from tests.node.pyodide_runner import run_in_pyodide

pytestmark = pytest.mark.node

FILES = ["lhost-postfix-02.eml", "lhost-mfilter-02.eml", "rhost-franceptt-01.eml", "lhost-exim-01.eml"]


@pytest.fixture(scope="module")
def requests(corpus_dir):
    found = [corpus_dir / "maildir" / "bsd" / name for name in FILES]
    reqs = [{"fn": "analyzer.run", "args": {"data_b64": base64.b64encode(p.read_bytes()).decode()}}
            for p in found if p.exists()]
    text = found[0].read_text("utf-8")
    reqs += [
        {"fn": "analyzer.warm_up"},
        {"fn": "analyzer.run", "args": {"text": text}},
        {"fn": "analyzer.run", "args": {"text": "From: a@example.jp\nSubject: hi\n\nhello\n"}},
        {"fn": "analyzer.run", "args": {"text": ""}},
        {"fn": "analyzer.too_large", "args": {"size": 12_000_000}},
        {"fn": "analyzer.support", "args": {"text": text, "tz_offset_minutes": 540}},
    ]
    return reqs


@pytest.fixture(scope="module")
def answers(wheel_path, requests):
    return run_in_pyodide(wheel_path, requests)["answers"]


def test_same_answers_as_cpython(requests, answers):
    expected = [json.loads(api.call_json(r["fn"], json.dumps(r.get("args")))) for r in requests]
    assert answers == expected


def test_pyodide_gives_cards_and_decodes_japanese(answers):
    results = [a["result"] for a in answers if "result" in a and isinstance(a["result"], dict)]
    cards = [c for r in results for c in r.get("results", [])]
    assert any(c["reason"] == "userunknown" for c in cards)
    assert any("送信に失敗しました" in "".join(s["text"] for s in c["diagnostic"]) for c in cards)
    kinds = [r.get("kind") for r in results]
    assert "none" in kinds and "error" in kinds
