"""Dates as every page shows them (the analyzer's cards, the header analyzer, the support request).

One function, so the date a reader sees on the analyzer is the very text that
reaches the support request.
"""

from __future__ import annotations

from datetime import datetime


def show_time(value: str) -> str:
    """ISO 8601 -> "2025年3月3日 10:00:00(UTC+09:00)", in the zone it was written in; other text stays."""
    try:
        when = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return value or ""
    text = f"{when.year}年{when.month}月{when.day}日 {when:%H:%M:%S}"
    offset = when.strftime("%z")
    return f"{text}(UTC{offset[:3]}:{offset[3:]})" if offset else text
