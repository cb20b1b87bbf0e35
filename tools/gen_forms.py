"""Build-time data for the forms, so they draw at once without Python.

The support and settings pages include a hidden element whose
``data-prerender`` attribute holds JSON (not a ``<script>`` data block: the
theme's instant navigation re-creates scripts and would run it) with what
their first Python calls would answer: the field definitions, labels and
choices, and the answer for an empty form or the example account.  The
checkers draw from it while the runtime loads; Python answers everything
the reader types once it is ready.  Same functions, same tables, same output.
"""

from __future__ import annotations

import html
import json
from typing import Any

from pychecks import api

# The example account the settings page shows before the reader's own.
EXAMPLE_EMAIL = "taro@example.jp"
EXAMPLE_NOTE = (f"例として {EXAMPLE_EMAIL} の設定を表示しています。"
                "メールアドレスを入力して「設定を表示」を押すと、お客様の設定に置き換わります。")


def data_block(element_id: str, data: Any) -> str:
    """A hidden element carrying ``data`` as JSON in an escaped attribute."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return f'<div id="{element_id}" hidden data-prerender="{html.escape(text, quote=True)}"></div>\n'


def support_data(provider: dict[str, Any]) -> dict[str, Any]:
    return {
        "options": api.call("support.options", {"provider": provider}),
        "empty": api.call("support.render", {"form": None, "provider": provider}),
    }


EXAMPLE_KEYS = ("client_name", "notice", "legacy", "warning", "start", "rows", "finish", "explanations")


def settings_example(provider: dict[str, Any], client: str) -> dict[str, Any]:
    example = api.call("settings.generate", {"email": EXAMPLE_EMAIL, "client": client, "provider": provider})
    return {key: example[key] for key in EXAMPLE_KEYS}


def settings_data(provider: dict[str, Any]) -> dict[str, Any]:
    """The form, the example account's table for the default client and for each device's client
    (the page preselects the client from the device before Python is ready)."""
    opts = api.call("settings.options", {"provider": provider})
    return {
        "options": opts,
        "example": settings_example(provider, "thunderbird"),
        "examples": {client: settings_example(provider, client) for client in sorted(set(opts["devices"].values()))},
        "example_note": EXAMPLE_NOTE,
    }


def snippets(provider: dict[str, Any]) -> dict[str, str]:
    return {
        "support-form.md": data_block("prerender-support", support_data(provider)),
        "settings-form.md": data_block("prerender-settings", settings_data(provider)),
    }
