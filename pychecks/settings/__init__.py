"""Mail-client settings generator: per-client tables, a printable sheet and
auto-configuration files, all from :mod:`pychecks.ports` and the provider
values.  The page calls :func:`generate`; the CLI is :mod:`.cli`."""

from __future__ import annotations

from pychecks.settings.page import export, generate, options

__all__ = ["export", "generate", "options"]
