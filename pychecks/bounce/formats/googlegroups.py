"""Google Groups: a post the group did not accept (no permission, or no such group)."""

from __future__ import annotations

from ..facts import Fact, find_addresses

NAME = "GoogleGroups"


def detect(msg) -> bool:
    t = msg.text[:5000]
    return "Google Groups" in t and ("group you tried to contact" in t or "Google Group" in t) and bool(
        msg.headers.get("x-failed-recipients") or "googlegroups.com" in t)


def parse(msg) -> list[Fact]:
    rcpts = find_addresses(msg.headers.get("x-failed-recipients"))
    if not rcpts:
        rcpts = [a for a in find_addresses(msg.text[:5000]) if a.endswith("googlegroups.com")][:1]
    diag = " ".join(msg.text.split())[:600]
    return [Fact(recipient=r, diagnostic=diag, reason="rejected") for r in rcpts]
