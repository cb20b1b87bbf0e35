"""Regression test over the public bounce corpus (skipped when the corpus is absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pychecks.advice import FAMILIES
from pychecks.bounce import analyze
from tools.corpus import pair_records

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "sisimai"

pytestmark = pytest.mark.skipif(not (CORPUS / "manifest.json").is_file(), reason="bounce corpus not present")

# a little below the figures measured when this test was written, so regressions fail
THRESHOLDS = {"reason": 0.945, "deliverystatus": 0.99, "replycode": 0.99, "recipient": 0.988}


@pytest.fixture(scope="module")
def results():
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    return [(entry, analyze((CORPUS / entry["file"]).read_bytes())) for entry in manifest]


def test_corpus_accuracy(results):
    hit = dict.fromkeys(THRESHOLDS, 0)
    total = dict.fromkeys(THRESHOLDS, 0)
    for entry, records in results:
        for e, r in zip(entry["expected"], pair_records(entry["expected"], records), strict=True):
            for field in THRESHOLDS:
                if e.get(field):
                    total[field] += 1
                    hit[field] += str(r.get(field) or "").lower() == str(e[field]).lower()
    scores = {f: hit[f] / total[f] for f in THRESHOLDS}
    low = {f: round(s, 3) for f, s in scores.items() if s < THRESHOLDS[f]}
    assert not low, f"accuracy fell below the thresholds: {low} (all: {scores})"


def test_corpus_records_keep_the_contract(results):
    faqs = set(FAMILIES)
    for _, records in results:
        for r in records:
            assert r["faq"] in faqs
            assert isinstance(r["hardbounce"], bool)
            if r["reason"] == "feedback":
                assert "feedbacktype" in r


def test_non_bounces_give_nothing():
    for path in sorted((CORPUS / "maildir" / "not").iterdir()):
        assert analyze(path.read_bytes()) == [], path.name
