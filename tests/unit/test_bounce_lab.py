"""The engine against the lab corpus: bounces real MTAs wrote for causes we set up.

Every expected record of tests/corpus/lab/manifest.json must come out of the engine
with the same reason, recipient, deliverystatus and replycode (empty expected values
are not checked). The rows the engine gets wrong today are listed, with what differs,
in tests/corpus/lab/expected_failures.json (written by
`python -m tools.bouncelab.score --write-xfail ...`); they are strict expected
failures, so a fix shows up as XPASS and the list must shrink with it.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from pychecks.bounce import analyze
from tools.bouncelab.score import compare, pair, row_id

LAB = Path(__file__).resolve().parents[1] / "corpus" / "lab"
MANIFEST = json.loads((LAB / "manifest.json").read_text(encoding="utf-8"))
XFAIL = json.loads((LAB / "expected_failures.json").read_text(encoding="utf-8"))


@functools.cache
def records(file: str) -> list[dict]:
    return analyze((LAB / file).read_bytes())


def _params():
    for entry in MANIFEST:
        for i, e in enumerate(entry["expected"]):
            rid = row_id(entry, e)
            marks = [pytest.mark.xfail(strict=True, reason=XFAIL[rid])] if rid in XFAIL else []
            yield pytest.param(entry, i, id=rid, marks=marks)


@pytest.mark.parametrize(("entry", "index"), list(_params()))
def test_lab_record_matches_the_cause(entry, index):
    expected = entry["expected"][index]
    got = pair(entry["expected"], records(entry["file"]))[index]
    wrong = {f: (expected[f], got.get(f, "")) for f, ok in compare(expected, got).items() if ok is False}
    assert not wrong, f"{entry['scenario']} ({entry['cause']}): expected vs engine {wrong}"


def test_lab_corpus_is_complete():
    """Every file on disk is in the manifest, every manifest row names its MTA and cause."""
    on_disk = {p.relative_to(LAB).as_posix() for p in LAB.glob("*/*.eml")}
    listed = {e["file"] for e in MANIFEST}
    assert on_disk == listed
    mtas = {e["mta"] for e in MANIFEST}
    assert {"postfix", "exim"} <= mtas
    for e in MANIFEST:
        assert e["mta_version"] and e["scenario"] and e["source"] and e["expected"], e["file"]


def test_expected_failures_name_existing_rows():
    ids = {row_id(entry, e) for entry in MANIFEST for e in entry["expected"]}
    assert set(XFAIL) <= ids, sorted(set(XFAIL) - ids)
