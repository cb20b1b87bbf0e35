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
    # Not stated in the provider's FAQ: each must be confirmed by the provider.
    "log_retention_days": 7,
    # Whether the submission port 587 also offers STARTTLS on SSL plans.
    "submission_starttls": True,
    # Whether port 465 (implicit TLS, RFC 8314) is offered on SSL plans.
    "smtps_465": True,
    # First checks: each is shown only when set (an empty string hides it).
    "status_url": "https://status.example.jp/",
    "webmail_url": "https://webmail.example.jp/",
    "panel_url": "https://panel.example.jp/",
    "password_reset_url": "https://panel.example.jp/password-reset/",
    "server_info_hint": (
        "サーバ設定情報は、ご契約時に当社からお送りしたメール(件名の例:「サーバ設定完了のお知らせ」)に"
        "記載されています。コントロールパネルにログインして確かめることもできます。"
    ),
    # Where the per-page feedback control sends its prefilled mail ("" hides the mail link).
    "feedback_email": "feedback@example.jp",
    # The domain authentication records the provider recommends to its customers.
    "spf_include": "_spf.example.jp",
    "spf_ip": [],
    "dkim_selector": "default",
    "dmarc_record": "v=DMARC1; p=none; rua=mailto:dmarc-reports@{domain}",
    # Extra fields of the support request (customer name, contract ID…); none unless the provider asks.
    "support_fields": [],
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


def spf_record(p: dict[str, Any]) -> str:
    """The SPF TXT value the provider recommends, or "" when it names no sender.

    ``~all`` (soft fail) is the safe start: a forgotten sender lands in a spam
    folder instead of being refused while the customer completes the record.
    """
    terms = [f"include:{p['spf_include']}"] if p.get("spf_include") else []
    for ip in p.get("spf_ip") or []:
        terms.append(("ip6:" if ":" in str(ip) else "ip4:") + str(ip))
    return " ".join(["v=spf1", *terms, "~all"]) if terms else ""


def dkim_host(p: dict[str, Any], domain: str) -> str:
    """Where the DKIM public key lives in DNS (``<selector>._domainkey.<domain>``), or ""."""
    selector = p.get("dkim_selector") or ""
    return f"{selector}._domainkey.{domain}" if selector else ""


def dmarc_record(p: dict[str, Any], domain: str) -> str:
    """The recommended starting DMARC value with the customer's domain filled in."""
    return (p.get("dmarc_record") or "").replace("{domain}", domain)
