"""The memory snapshot ships as a delta against the wasm's data segments (wasmdata.js), and is
restored with only the part of the standard library it does not hold (tools/stdlib_trim.py rest()).

Restored the way the worker restores it, it must analyse a bounce and import every module left in
that zip; the delta must really turn the wasm's data ranges into zeros (else it costs a pass for
nothing), and the XOR must undo itself."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
RUNTIME = ROOT / "docs" / "assets" / "runtime"

BOUNCE = """From: MAILER-DAEMON@mx.example.net
To: sender@example.jp
Subject: Undelivered Mail Returned to Sender
Content-Type: text/plain

This is the mail system at host mx.example.net.

<nobody@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1
    <nobody@example.com>: Recipient address rejected: User unknown in local
    recipient table (in reply to RCPT TO command)
"""


@pytest.fixture(scope="module")
def restored(corpus_dir) -> dict:
    manifest = json.loads((RUNTIME / "manifest.json").read_text(encoding="utf-8"))
    if manifest.get("snapshotDelta") != "wasm-data-xor":
        pytest.fail("the manifest does not say the snapshot is a delta")
    node = shutil.which("node") or pytest.fail("node is not installed")
    proc = subprocess.run([node, str(HERE / "restore_snapshot.mjs"), str(RUNTIME), str(corpus_dir)], input=BOUNCE,
                          capture_output=True, text=True, timeout=300, cwd=ROOT,
                          env={**os.environ, "NODE_NO_WARNINGS": "1"})
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)


def test_the_restored_delta_snapshot_analyses_a_bounce(restored):
    records = restored["result"]["result"]["records"]
    assert [(r["recipient"], r["reason"]) for r in records] == [("nobody@example.com", "userunknown")]


def test_the_delta_zeroes_the_wasm_data_ranges(restored):
    assert restored["segmentBytes"] > 1_000_000
    assert restored["zeroShare"] > 0.95, restored["zeroShare"]


def test_the_xor_undoes_itself(restored):
    assert restored["xorRoundTrip"] is True


def test_the_snapshot_file_leaves_out_long_zero_runs(restored):
    """The browser caches and reads back the file, not the memory (sparse.js)."""
    assert restored["sparse"] is True
    assert restored["sparseRoundTrip"] is True
    assert restored["fileBytes"] < restored["memoryBytes"] / 2, (restored["fileBytes"], restored["memoryBytes"])
    # laid out and XOR-ed in one pass, as the worker does, it is the same memory as in two
    assert restored["fusedSame"] is True


def test_every_module_left_in_the_restore_zip_imports(restored, wheel_path):
    """As well after the restore as in a plain start with the whole trimmed zip (a stale zip
    directory in the snapshot would make them fail with ZipImportError or EOFError)."""
    from tests.node.test_stdlib_trim import check

    imports = restored["imports"]
    assert "encodings.cp1125" in imports["tried"]  # a codec the snapshot does not hold
    assert "email.parser" not in imports["tried"]  # one it holds: the zip is really smaller
    assert not [k for k in imports["failed"] if k.startswith("api:")], imports["failed"]
    plain = check(wheel_path, sorted(imports["failed"]))["missing"]
    assert {k: v for k, v in imports["failed"].items() if k not in plain} == {}


def test_the_pages_never_fetch_the_rest_of_the_standard_library(restored):
    """The snapshot is restored with a small zip; the rest (0.25 MB brotli) is fetched on the first
    import of a module only it holds.  Every public bounce and every checker's warm-up must run
    without one: a module they import lazily belongs in the snapshot or in the small zip."""
    assert restored["corpusMails"] > 400
    assert restored["fetchesBeforeImports"] == 0, restored["fetchedFor"]
    # and the first import of a module of the rest fetches it once, after which every module imports
    assert restored["laterFetches"] == 1


def test_the_restore_zip_is_small_and_the_rest_holds_the_remainder():
    import zipfile

    manifest = json.loads((RUNTIME / "manifest.json").read_text(encoding="utf-8"))
    start = zipfile.ZipFile(RUNTIME / manifest["snapshotStdlib"]).namelist()
    later = zipfile.ZipFile(RUNTIME / manifest["snapshotStdlibLater"]).namelist()
    assert set(start) < set(later)  # written over the small one at the same path: a superset
    assert "encodings/cp1125.py" in later and "encodings/cp1125.py" not in start
    assert (RUNTIME / manifest["snapshotStdlib"]).stat().st_size < 200_000
