"""Bare error lines a reader pasted alone (no mail headers)."""

from __future__ import annotations

import re

from . import dsn, rules
from .facts import Fact, find_address, find_replycode, find_status, unfold

MAX_FRAGMENT = 20000

# A pasted SMTP session log without ">>>"/"<<<" marks (a mail server product's log, timestamps before each
# line): the failing reply answers the last client command written on its own line before it, past the
# positive replies and notes in between ("RCPT TO: <a@b>", "250 ok", "DATA", "354 ...", "[End of Data]", "550 ...")
_LINE_PREFIX = r"^[ \t]{0,4}(?:\[[^\]\n]{0,20}\][ \t]{0,4})?(?:[\d/:.\- ]{0,30}[ \t])?"
_LOG_COMMAND = re.compile(
    _LINE_PREFIX + r"(DATA|RCPT TO: ?<[^>\n]{0,300}>|MAIL FROM: ?<[^>\n]{0,300}>)[^\n]{0,100}\n"
    r"(?:" + _LINE_PREFIX + r"(?:[23]\d\d\b|\[end of data\])[^\n]{0,300}\n){0,3}"
    + _LINE_PREFIX + r"[45]\d\d[ \-]", re.I | re.M)


def log_command(text: str) -> str:
    """The command a failing reply answered in a pasted session log ("" when the text is not one)."""
    m = _LOG_COMMAND.search(text[:MAX_FRAGMENT]) if "\n" in text else None
    return m.group(1).split(":")[0].split()[0].upper() if m else ""


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
                return [Fact(recipient=rcpt, diagnostic=diag, command=log_command(text) or command_in(diag))]
    flat = unfold(text)
    status = find_status(flat)
    reply = find_replycode(flat)
    if not status and not reply and not (rules.match_phrase(flat, strong=True) or rules.match_phrase(flat)):
        return []
    return [Fact(recipient=find_address(flat), status=status, replycode=reply, diagnostic=flat[:2000])]
