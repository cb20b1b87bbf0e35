"""Shared test set-up: where the repository, the built wheel and the corpus are."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUNTIME = ROOT / "docs" / "assets" / "runtime"
CORPUS = ROOT.parent / "shared" / "corpus" / "sisimai"


def built_wheel() -> Path:
    """The wheel tools/prebuild.py published; the node and browser tiers need it."""
    wheels = sorted(RUNTIME.glob("pychecks-*-py3-none-any.whl"))
    if not wheels:
        pytest.fail("no built wheel: run `make prebuild` (or `make test`) first")
    return wheels[-1]


@pytest.fixture(scope="session")
def wheel_path() -> Path:
    return built_wheel()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not (CORPUS / "manifest.json").exists():
        pytest.skip(f"bounce corpus not found at {CORPUS}")
    return CORPUS
