"""Markdown snippets rendered from pychecks' tables for the pages.

``snippets(provider)`` returns {file name: Markdown}; tools/prebuild.py
writes them to docs/_gen/ and pages include them with ``--8<-- "_gen/NAME"``.
Each area keeps its renderers in its own module (``tools/gen_*.py`` with a
``snippets(provider) -> dict``); this module only collects them.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from pychecks import provider as provider_mod


def provider_snippets(p: dict) -> dict[str, str]:
    return {
        "provider-contact.md": (
            f"- メール: [{p['support_email']}](mailto:{p['support_email']})\n"
            f"- お問い合わせページ: <{p['support_url']}>\n"
            f"- 受付時間: {p['support_hours']}\n"
        ),
    }


def snippets(provider: dict) -> dict[str, str]:
    p = provider_mod.merged(provider)
    result = provider_snippets(p)
    here = Path(__file__).parent
    for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda i: i.name):
        if info.name.startswith("gen_") and info.name != "gen_docs":
            module = importlib.import_module(f"tools.{info.name}")
            result.update(module.snippets(p))
    return result
