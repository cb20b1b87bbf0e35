"""Bare error lines a reader pasted alone (no mail headers)."""

from __future__ import annotations

from . import dsn, rules
from .facts import Fact, find_address, find_replycode, find_status, unfold

MAX_FRAGMENT = 20000


def parse(text: str) -> list[Fact]:
    text = (text or "")[:MAX_FRAGMENT]
    if not text.strip():
        return []
    if dsn.has_inline(text):
        facts = dsn.parse_inline(text)
        if facts:
            return facts[:1] if len(facts) == 1 else facts
    if "\n" in text.strip():
        # several lines pasted: read them like a bounce body (recipient line + the server's words)
        from .formats.generic import candidates, command_in

        for rcpt, diag in candidates(text, set()):
            if find_status(diag) or find_replycode(diag) or rules.match_phrase(diag, strong=True):
                return [Fact(recipient=rcpt, diagnostic=diag, command=command_in(diag))]
    flat = unfold(text)
    status = find_status(flat)
    reply = find_replycode(flat)
    if not status and not reply and not (rules.match_phrase(flat, strong=True) or rules.match_phrase(flat)):
        return []
    return [Fact(recipient=find_address(flat), status=status, replycode=reply, diagnostic=flat[:2000])]
