"""Smoke test of the bounce lab itself: one Postfix and one Exim scenario end to end.

It starts real MTAs in network namespaces, so it needs root and the unpacked
packages (`make lab` once), and takes about half a minute: it runs only when
BOUNCELAB_SMOKE=1 is set, and is skipped otherwise.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pychecks.bounce import analyze
from tools.bouncelab.lab import WORK, leftover_processes

ROOT = Path(__file__).resolve().parents[2]
NEEDED = [WORK / "roots" / m / ".unpacked" for m in ("postfix", "exim")]

pytestmark = [
    pytest.mark.skipif(os.environ.get("BOUNCELAB_SMOKE") != "1", reason="lab smoke test: set BOUNCELAB_SMOKE=1 to run"),
    pytest.mark.skipif(os.geteuid() != 0, reason="the bounce lab needs root (namespaces, port 25)"),
    pytest.mark.skipif(not all(p.exists() for p in NEEDED), reason="MTAs not unpacked: run `make lab` once"),
]


def test_postfix_and_exim_bounce_end_to_end(tmp_path):
    out = tmp_path / "lab"
    proc = subprocess.run(
        [sys.executable, "-m", "tools.bouncelab.lab", "--mta", "postfix", "--mta", "exim",
         "--only", "gmail-no-such-user", "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert sorted(e["file"] for e in manifest) == ["exim/gmail-no-such-user.eml", "postfix/gmail-no-such-user.eml"]
    for entry in manifest:
        raw = (out / entry["file"]).read_bytes()
        assert b"no.such.user@gmail.com" in raw and b"5.1.1" in raw
        assert any(r["recipient"] == "no.such.user@gmail.com" for r in analyze(raw))
    assert leftover_processes(WORK) == []
