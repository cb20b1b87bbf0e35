"""A Sieve "reject" (RFC 5429): the recipient's own filter rule refused the message.

Sieve implementations (Dovecot Pigeonhole, Cyrus, ...) send a message disposition
notification (RFC 8098, ``report-type=disposition-notification``) whose
``Disposition`` ends in ``deleted``, with a human part "Your message to <address>
was automatically rejected:" followed by the rule's own reason.  Whatever that
reason says, the mailbox's owner chose to refuse the mail: ``filtered``.
"""

from __future__ import annotations

import re

from ..facts import Fact, clean_address
from ..phrases import Gated

NAME = "Sieve"

_REJECTED = re.compile(r"your message to[ \t]{1,4}<?([^\s<>()\"']{1,200}@[A-Za-z0-9.\-]{1,255})>?[ \t]{1,4}"
                       r"was automatically rejected:?[ \t]*\n?(.{0,1000})", re.I | re.S)
_DISPOSITION = re.compile(r"^Disposition:[^\n]{0,200}\b(?:deleted|rejected)\b", re.I | re.M)
_FINAL = re.compile(r"^Final-Recipient:[ \t]{0,4}rfc822;[ \t]{0,4}<?([^\s<>]{1,200}@[^\s<>]{1,255})>?", re.I | re.M)


_DETECT = Gated(_REJECTED)  # every mail is asked: a cheap look for the words first


def detect(msg) -> bool:
    return bool(_DETECT.search(msg.text[:20_000]))


def parse(msg) -> list[Fact]:
    m = _REJECTED.search(msg.text[:20_000])
    if not m:
        return []
    raw = msg.raw_text[:400_000]
    final = _FINAL.search(raw) if _DISPOSITION.search(raw) else None
    recipient = clean_address((final or m).group(1))
    reason_text = " ".join(m.group(2).split("\n\n", 1)[0].split())
    return [Fact(recipient=recipient, diagnostic=reason_text, reason="filtered", command="DATA")]
