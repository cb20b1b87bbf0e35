"""The facts one format parser finds about one recipient, and small helpers."""

from __future__ import annotations

import re

_ADDR = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]{1,128}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){0,10}"
)
# "5.1.1" after "550-" or after no word character, dot or hyphen.  The first digit comes before the
# lookbehinds (which look back past it): the search then skips quickly from one 2, 4 or 5 to the next.
_STATUS = re.compile(r"([245])(?:(?<=\d\d\d-[245])|(?<![\w.\-][245]))\.([0-7])\.(\d{1,3})(?![\d.]*\d|-\d)")
_REPLY = re.compile(r"(?<![\w.\-/])([245]\d\d)(?=[ \-:,;]|$)")


class Fact:
    """What a format parser read about one recipient (plain class: no dataclasses import at start-up)."""

    __slots__ = ("recipient", "status", "replycode", "diagnostic", "diagtype", "action", "command", "rhost",
                 "lhost", "timestamp", "reason", "feedbacktype", "hint")

    def __init__(self, recipient: str = "", status: str = "", replycode: str = "", diagnostic: str = "",
                 diagtype: str = "", action: str = "", command: str = "", rhost: str = "", lhost: str = "",
                 timestamp: str = "", reason: str = "", feedbacktype: str = "", hint: str = ""):
        self.recipient = recipient
        self.status = status
        self.replycode = replycode
        self.diagnostic = diagnostic
        self.diagtype = diagtype
        self.action = action
        self.command = command
        self.rhost = rhost
        self.lhost = lhost
        self.timestamp = timestamp
        self.reason = reason  # set when the format itself says what happened
        self.feedbacktype = feedbacktype
        self.hint = hint  # format-level text, used for phrases

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={getattr(self, k)!r}" for k in self.__slots__ if getattr(self, k))
        return f"Fact({fields})"


def find_address(text: str) -> str:
    m = _ADDR.search(text[:4000])
    return clean_address(m.group(0)) if m else ""


def find_addresses(text: str) -> list[str]:
    if "@" not in text:
        return []  # no address: said without a regex scan
    return [clean_address(m.group(0)) for m in _ADDR.finditer(text)]


def clean_address(value: str) -> str:
    v = (value or "").strip()
    m = _ADDR.search(v[:2000]) if "@" in v else None
    if not m:
        v = v.strip("<>\"' ;,")
        return v if v and " " not in v and len(v) < 256 else ""
    a = m.group(0).strip(".")
    local, _, domain = a.rpartition("@")
    local = local.lstrip(".")
    return f"{local}@{domain.lower()}" if local else ""


def parse_status_text(text: str) -> str:
    m = _STATUS.search(text[:2000])
    if not m:
        return ""
    return f"{m.group(1)}.{int(m.group(2))}.{int(m.group(3))}"


def find_status(text: str) -> str:
    return parse_status_text(text)


def find_statuses(text: str) -> list[str]:
    return [f"{m.group(1)}.{int(m.group(2))}.{int(m.group(3))}" for m in _STATUS.finditer(text[:4000])]


def find_replycode(text: str) -> str:
    for m in _REPLY.finditer(text[:4000]):
        return m.group(1)
    return ""


def unfold(text: str) -> str:
    return " ".join(text.split())
