"""Entry point for the browser page: never raises."""

from __future__ import annotations

from . import BounceInputError, analyze


def analyze_for_page(text: str) -> dict:
    try:
        return {"records": analyze(text or ""), "error": None}
    except BounceInputError as exc:
        return {"records": [], "error": {"code": "too_large", "message": exc.message_ja}}
    except Exception:  # noqa: BLE001 - the page shows a message instead
        message = "解析できませんでした。メール全体を貼り付けてください。"
        return {"records": [], "error": {"code": "failed", "message": message}}
