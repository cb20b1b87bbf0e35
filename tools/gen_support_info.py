"""Provider-dependent notes of docs/before-support.md (log retention).

The retention period is a provider value (``log_retention_days``), so the
page takes it from there instead of repeating a number that may change.
"""

from __future__ import annotations


def retention(provider: dict) -> str:
    days = provider["log_retention_days"]
    return (
        '!!! warning "記録が残っているうちにご連絡ください"\n\n'
        f"    メールサーバの記録(ログ)は量が多いため、保存しているのは約 {days} 日分だけです。"
        "それより前のメールは、当社でも調べられなくなります。"
        "トラブルに気づいたら、できるだけ早くお問い合わせください。\n"
    )


def snippets(provider: dict) -> dict[str, str]:
    return {"support-retention.md": retention(provider)}
