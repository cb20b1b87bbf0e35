"""The header analyzer answers the same inside Pyodide as in CPython: every sample header set,
200 Received headers, a file sent as base64, hostile bytes and the page's view."""

from __future__ import annotations

import base64
import json
import random
from pathlib import Path

import pytest

from pychecks import api
from tests.node.pyodide_runner import run_in_pyodide
from tests.unit.test_headers import hop_chain

pytestmark = pytest.mark.node

SAMPLES = Path(__file__).resolve().parents[1] / "unit" / "headers_samples"
PROVIDER = ["example.jp", "sv1234.example.jp"]


@pytest.fixture(scope="module")
def requests():
    reqs = [{"fn": "headers.analyze", "args": [p.read_text("utf-8"), PROVIDER]} for p in sorted(SAMPLES.glob("*.txt"))]
    reqs += [
        {"fn": "headers.warm_up"},
        {"fn": "headers.analyze", "args": [hop_chain(200)]},
        {"fn": "headers.run", "args": {"data_b64": base64.b64encode((SAMPLES / "carrier.txt").read_bytes()).decode(),
                                       "provider_domains": PROVIDER}},
        {"fn": "headers.run", "args": {"data_b64": base64.b64encode(random.Random(3).randbytes(200_000)).decode()}},
        {"fn": "headers.run", "args": {"text": (SAMPLES / "outlook.txt").read_text("utf-8")}},
        {"fn": "headers.run", "args": {"text": ""}},
        {"fn": "headers.too_large", "args": {"size": 12_000_000}},
    ]
    return reqs


@pytest.fixture(scope="module")
def run(wheel_path, requests):
    return run_in_pyodide(wheel_path, requests)


def test_same_answers_as_cpython(requests, run):
    expected = [json.loads(api.call_json(r["fn"], json.dumps(r.get("args")))) for r in requests]
    assert run["answers"] == expected


def test_pyodide_reads_hops_auth_and_japanese(run):
    answers = [a["result"] for a in run["answers"]]
    chain = next(a for a in answers if isinstance(a, dict) and len(a.get("hops", [])) == 200)
    assert chain["total_delay_s"] == 199 and chain["error"] is None
    carrier = next(a for a in answers if isinstance(a, dict) and a.get("kind") == "headers"
                   and a["auth"]["from_domain"] == "docomo.ne.jp")
    assert carrier["auth"]["dmarc"] == "pass" and "30分4秒" in " ".join(i["text"] for i in carrier["verdict"])
    kinds = [a.get("kind") for a in answers if isinstance(a, dict)]
    assert kinds.count("error") >= 2
