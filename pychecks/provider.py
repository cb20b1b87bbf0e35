"""The provider's own values (name, server names, support contact, plans).

The site reads them from ``extra.provider`` in mkdocs.yml and hands them to
the checkers; the CLI uses :data:`DEFAULTS` (neutral example.jp values) or a
JSON file given with ``--provider``.  Only the keys below are known.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DEFAULTS: dict[str, Any] = {
    "name": "Example ホスティング",
    "domain": "example.jp",
    # The per-customer server name as written in the "server settings" notice.
    "server_example": "sv1234.example.jp",
    "server_hint": "サーバ設定情報に記載のメールサーバ名(例: sv1234.example.jp)",
    "support_email": "support@example.jp",
    "support_url": "https://www.example.jp/support/",
    "support_hours": "平日 10:00〜18:00",
    "log_retention_days": 7,
    # Whether the submission port 587 also offers STARTTLS on SSL plans.
    "submission_starttls": True,
    "plans": [
        {"id": "shared", "name": "共用サーバプラン", "ssl": True},
        {"id": "vps-panel", "name": "専用サーバ・VPS(Plesk / DirectAdmin 導入)", "ssl": True},
        {"id": "legacy", "name": "旧プラン(SSL 非対応)", "ssl": False},
    ],
}


def merged(config: dict[str, Any] | None = None) -> dict[str, Any]:
    """DEFAULTS overlaid with ``config``; unknown keys are dropped."""
    result = dict(DEFAULTS)
    for key, value in (config or {}).items():
        if key in DEFAULTS and value is not None:
            result[key] = value
    return result


def load(path: str | None) -> dict[str, Any]:
    """Provider values from a JSON file (CLI ``--provider``), or the defaults."""
    if not path:
        return merged()
    return merged(json.loads(Path(path).read_text(encoding="utf-8")))
