"""A sample of the lab corpus gives the same records inside Pyodide as in CPython."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pychecks import api
from tests.node.pyodide_runner import run_in_pyodide

pytestmark = pytest.mark.node

LAB = Path(__file__).resolve().parents[1] / "corpus" / "lab"
SAMPLE_EVERY = 12  # a handful of mails from every MTA, in one Node process


def test_lab_sample_same_records_in_pyodide(wheel_path):
    files = sorted(LAB.glob("*/*.eml"))[::SAMPLE_EVERY]
    texts = [f.read_bytes().decode("utf-8", "replace") for f in files]
    answers = run_in_pyodide(wheel_path, [{"fn": "bounce.analyze", "args": [t]} for t in texts])["answers"]
    expected = [json.loads(api.call_json("bounce.analyze", json.dumps([t]))) for t in texts]
    mismatched = [f.name for f, a, e in zip(files, answers, expected, strict=True) if a != e]
    assert mismatched == []
    assert len({f.parent.name for f in files}) >= 2
    assert all(e["result"]["records"] for e in expected)
