"""ARF feedback reports (RFC 5965): reason ``feedback``."""

from __future__ import annotations

from ..dsn import field_groups
from ..facts import Fact, clean_address, find_addresses

NAME = "ARF"


def detect(msg) -> bool:
    if msg.feedback:
        return True
    if "x-hmxmroriginalrecipient" in msg.original or msg.headers.get("x-hmxmroriginalrecipient"):
        return True
    ct = msg.headers.get("content-type").lower()
    return "report-type=feedback-report" in ct.replace('"', "").replace(" ", "")


def parse(msg) -> list[Fact]:
    fields: dict[str, str] = {}
    rcpts: list[str] = []
    for body in msg.feedback:
        for group in field_groups(body):
            for n, v in group:
                fields.setdefault(n, v)
                if n in ("original-rcpt-to", "removal-recipient"):
                    a = clean_address(v)
                    if a and a not in rcpts:
                        rcpts.append(a)
    words = fields.get("feedback-type", "").split()
    ftype = words[0].lower() if words else "abuse"
    if not rcpts:
        rcpts = find_addresses(msg.original.get("x-hmxmroriginalrecipient") or msg.original.get("to"))[:1]
    if not rcpts:
        rcpts = find_addresses(msg.headers.get("x-hmxmroriginalrecipient") or msg.headers.get("to"))[:1]
    when = fields.get("arrival-date") or fields.get("received-date") or ""
    return [Fact(recipient=r, reason="feedback", feedbacktype=ftype, timestamp=when,
                 diagnostic="", action="") for r in rcpts] or [
        Fact(recipient="", reason="feedback", feedbacktype=ftype, timestamp=when)]
