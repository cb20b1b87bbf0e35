"""Provider-dependent notes of docs/before-support.md (log retention).

The sentence comes from ``pychecks.support.model.retention_note``, the same
one the support-request builder shows, so the two cannot disagree.
"""

from __future__ import annotations

from pychecks.support.model import retention_note


def retention(provider: dict) -> str:
    return (
        '!!! warning "記録が残っているうちにご連絡ください"\n\n'
        f"    {retention_note(provider)}保存期間を過ぎたメールは、当社でも調べられなくなります。\n"
    )


def snippets(provider: dict) -> dict[str, str]:
    return {"support-retention.md": retention(provider)}
