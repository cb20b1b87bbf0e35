"""A sample of the bounce corpus gives the same records inside Pyodide as in CPython."""

from __future__ import annotations

import json

import pytest

from pychecks import api
from tests.node.pyodide_runner import run_in_pyodide

pytestmark = pytest.mark.node

SAMPLE_EVERY = 8  # about 50 mails of all formats, in one Node process


def test_corpus_sample_same_records_in_pyodide(wheel_path, corpus_dir):
    files = sorted((corpus_dir / "maildir").rglob("*.eml"))[::SAMPLE_EVERY]
    texts = [f.read_bytes().decode("utf-8", "replace") for f in files]
    requests = [{"fn": "bounce.analyze", "args": [t]} for t in texts]
    answers = run_in_pyodide(wheel_path, requests)["answers"]
    expected = [json.loads(api.call_json("bounce.analyze", json.dumps([t]))) for t in texts]
    mismatched = [f.name for f, a, e in zip(files, answers, expected, strict=True) if a != e]
    assert mismatched == []
    assert sum(len(e["result"]["records"]) for e in expected) >= len(files) // 2
