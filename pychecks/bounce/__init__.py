"""Bounce-mail analysis: raw mail in, one plain dict per recipient out.

``analyze(text_or_bytes) -> list[dict]`` with Sisimai's field names (see
:mod:`pychecks.bounce.record`).  Pure standard library; runs in CPython and
in Pyodide.
"""

from __future__ import annotations

from .engine import MAX_INPUT_BYTES, BounceInputError, analyze, check_size

__all__ = ["analyze", "check_size", "MAX_INPUT_BYTES", "BounceInputError"]
