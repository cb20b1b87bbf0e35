"""The trimmed standard library holds everything pychecks imports (tools/stdlib_trim.py).

Every module an import statement in pychecks names, and every pychecks
module (the command line included), must import inside Pyodide with the zip
the site ships; modules only other platforms have are allowed to be absent
if CPython on this machine cannot import them either."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tools.stdlib_trim import imported_names

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def check(wheel: Path, names: list[str]) -> dict:
    node = shutil.which("node") or pytest.fail("node is not installed")
    proc = subprocess.run([node, str(HERE / "check_imports.mjs"), str(wheel)], input=json.dumps(names),
                          capture_output=True, text=True, timeout=300, cwd=ROOT,
                          env={**os.environ, "NODE_NO_WARNINGS": "1"})
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)


def importable_here(name: str) -> bool:
    try:
        importlib.import_module(name)
    except ImportError:
        return False
    return True


def test_every_import_of_pychecks_is_in_the_trimmed_zip(wheel_path):
    answer = check(wheel_path, imported_names())
    assert Path(answer["zip"]).name.startswith("stdlib-"), answer["zip"]
    missing = {name: why for name, why in answer["missing"].items() if importable_here(name)}
    assert missing == {}, f"missing from the trimmed standard library: {missing}"


def test_the_zip_is_really_trimmed(wheel_path):
    """A module nobody imports is absent: the tier runs on the trimmed zip, not the full one."""
    answer = check(wheel_path, ["unittest", "tkinter"])
    assert "unittest" in answer["missing"]
