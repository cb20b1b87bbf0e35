"""Format parsers, one module per MTA or provider family.

Every module has ``NAME``, ``detect(msg) -> bool`` and ``parse(msg) -> list[Fact]``.
:data:`REGISTRY` is tried in order; the first module that detects the
message and returns facts decodes it.
"""

from __future__ import annotations

from importlib import import_module

# order matters: specific formats first, the generic text scanner last
MODULES = (
    "arf",
    "amazonses",
    "googlegroups",
    "mailinglists",
    "gateways",
    "sieve",
    "rfc3834",
    "exchange",
    "fml",
)

REGISTRY = [import_module(f"{__name__}.{name}") for name in MODULES]
