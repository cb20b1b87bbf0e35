"""Auto-replies (RFC 3834: vacation, out of office): reason ``vacation``."""

from __future__ import annotations

import re

from ..facts import Fact, find_addresses

NAME = "RFC3834"

_SUBJECT = re.compile(
    r"^(?:auto(?:matic)?[ -]?(?:reply|response|antwort)|out of (?:the )?office|vacation|away from|"
    r"abwesenheit|absence|autoreply)|(?:^|\W)(?:auto:|automatic reply|out of office|autoreply)|"
    r"自動(?:返信|応答|送信|回答)|不在",
    re.I,
)


def detect(msg) -> bool:
    h = msg.headers
    auto = h.get("auto-submitted").lower()
    if auto.startswith("auto-replied") and not _looks_like_bounce(msg):
        return True
    if h.get("x-autoreply") or h.get("x-autorespond") or (
            h.get("x-auto-response-suppress") and _SUBJECT.search(msg.subject)):
        return not _looks_like_bounce(msg)
    if "vacation" in h.get("precedence").lower() or _SUBJECT.search(msg.subject):
        return not _looks_like_bounce(msg)
    return False


def _looks_like_bounce(msg) -> bool:
    frm = msg.headers.get("from").lower()
    if "mailer-daemon" in frm or "postmaster" in frm or msg.dsn:
        return True
    ct = msg.headers.get("content-type").lower()
    return "report" in ct


def parse(msg) -> list[Fact]:
    sender = find_addresses(msg.headers.get("from"))
    if not sender:
        return []
    body = " ".join(msg.text.split())[:300]
    low = body.lower()
    gone = any(p in low for p in ("no longer in use", "no longer active", "no longer available",
                                  "no longer with", "has been deactivated", "is not monitored"))
    return [Fact(recipient=sender[0], reason="suspend" if gone else "vacation", diagnostic=body, action="")]
