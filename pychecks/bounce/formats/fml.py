"""fml (a Japanese mailing-list manager): notices the list server sends back about a post.

fml marks its mail with ``X-MLServer: fml ...``; the subject names the problem
("Loop Alert: Duplicated Message-ID (list)"), the first lines quote the address.
"""

from __future__ import annotations

import re

from ..facts import Fact, find_address

NAME = "FML"

# (phrase in the subject or the first lines, reason); first match wins
NOTICES: tuple[tuple[str, str], ...] = (
    (r"loop alert|duplicated message-id|looped", "systemerror"),
    (r"not (?:a )?member|members? only|you are not|reject", "rejected"),
    (r"command (?:error|failed)|unknown command|syntax", "syntaxerror"),
)
_NOTICE_RX: list[tuple[re.Pattern[str], str]] = []  # compiled on the first fml notice: they are rare


def _notice_rx() -> list[tuple[re.Pattern[str], str]]:
    if not _NOTICE_RX:
        _NOTICE_RX.extend((re.compile(p, re.I), r) for p, r in NOTICES)
    return _NOTICE_RX


def detect(msg) -> bool:
    return msg.headers.get("x-mlserver").lower().startswith("fml") and not msg.dsn


def parse(msg) -> list[Fact]:
    head = " ".join(msg.text[:600].split())
    about = f"{msg.subject} {head}"
    reason = next((r for rx, r in _notice_rx() if rx.search(about)), "")
    if not reason:
        return []
    rcpt = find_address(head)
    return [Fact(recipient=rcpt, diagnostic=head[:300], reason=reason)] if rcpt else []
