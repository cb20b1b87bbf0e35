"""Mail header analysis: where a mail was delayed, and whether it passed SPF, DKIM and DMARC.

``analyze(text_or_bytes) -> dict`` (see :func:`pychecks.headers.engine.analyze`).
Pure standard library; runs in CPython and in Pyodide.
"""

from __future__ import annotations

from .engine import MAX_HOPS, MAX_INPUT_BYTES, analyze

__all__ = ["analyze", "MAX_INPUT_BYTES", "MAX_HOPS"]
