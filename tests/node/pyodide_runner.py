"""Call pychecks.api inside Pyodide under Node (npm ``pyodide``), from pytest."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def run_in_pyodide(wheel: Path, requests: list[dict[str, Any]], timeout: float = 300) -> dict[str, Any]:
    """One Node process: start Pyodide, install the wheel, answer every request in order."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed")
    if not (ROOT / "node_modules" / "pyodide").exists():
        pytest.fail("node_modules/pyodide is missing: run `npm ci`")
    proc = subprocess.run(
        [node, str(HERE / "run_api.mjs"), str(wheel)],
        input=json.dumps(requests),
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env={**os.environ, "NODE_NO_WARNINGS": "1"},
    )
    if proc.returncode != 0:
        raise AssertionError(f"node exited {proc.returncode}:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout)
