"""RFC 3464 ``message/delivery-status`` fields -> per-recipient facts."""

from __future__ import annotations

import re

from .facts import Fact, clean_address, parse_status_text

MAX_DSN_LINES = 5000  # lines of one delivery-status part that are read (about 1,250 recipients)
_FIELD = re.compile(r"^([A-Za-z][A-Za-z0-9-]{0,60})[ \t]{0,8}:[ \t]{0,8}(.*)$")


def field_groups(text: str) -> list[list[tuple[str, str]]]:
    """Blank-line separated groups of (lower-case name, unfolded value)."""
    groups: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in text.split("\n")[:MAX_DSN_LINES]:
        if not line.strip():
            if current:
                groups.append(current)
                current = []
            continue
        if line[:1] in (" ", "\t") and current:
            name, value = current[-1]
            if len(value) < 8000:
                current[-1] = (name, (value + " " + line.strip()).strip())
            continue
        m = _FIELD.match(line[:8000])
        if m:
            current.append((m.group(1).lower(), m.group(2).strip()))
        elif current:
            # a stray continuation without indentation (seen in broken DSNs)
            name, value = current[-1]
            if name == "diagnostic-code" and len(value) < 8000:
                current[-1] = (name, value + " " + line.strip())
    if current:
        groups.append(current)
    return groups


def _typed(value: str) -> tuple[str, str]:
    """``rfc822; a@b`` -> ("rfc822", "a@b")."""
    kind, sep, rest = value.partition(";")
    if sep and len(kind) < 20 and " " not in kind.strip():
        return kind.strip().lower(), rest.strip()
    return "", value.strip()


_RECIPIENT_FIELDS = {"final-recipient", "original-recipient", "action", "status", "remote-mta",
                     "diagnostic-code", "last-attempt-date", "x-actual-recipient",
                     "will-retry-until", "final-log-id"}


def parse(text: str) -> tuple[dict[str, str], list[Fact]]:
    """Parse one delivery-status body: (per-message fields, recipient facts)."""
    per_message: dict[str, str] = {}
    facts: list[Fact] = []
    groups: list[list[tuple[str, str]]] = []
    for group in field_groups(text):
        # recipients not separated by blank lines: split before each repeated recipient field
        current: list[tuple[str, str]] = []
        seen: set[str] = set()
        for n, v in group:
            if n in ("final-recipient", "original-recipient") and n in seen:
                groups.append(current)
                current, seen = [], set()
            if n in ("final-recipient", "original-recipient", "reporting-mta"):
                if n == "final-recipient" and "reporting-mta" in seen and current:
                    head = [(a, b) for a, b in current if a not in _RECIPIENT_FIELDS]
                    tail = [(a, b) for a, b in current if a in _RECIPIENT_FIELDS]
                    if head and not tail:
                        groups.append(head)
                        current, seen = [], set()
                seen.add(n)
            current.append((n, v))
        if current:
            groups.append(current)
    for group in groups:
        names = {n for n, _ in group}
        if not names & {"final-recipient", "original-recipient", "x-actual-recipient"}:
            for n, v in group:
                per_message.setdefault(n, v)
            continue
        f = Fact()
        original = ""
        for n, v in group:
            if n == "final-recipient" and not f.recipient:
                f.recipient = clean_address(_typed(v)[1])
            elif n == "original-recipient":
                original = clean_address(_typed(v)[1])
            elif n == "x-actual-recipient" and not f.recipient:
                f.recipient = clean_address(_typed(v)[1])
            elif n == "action":
                f.action = v.split()[0].lower() if v.split() else ""
            elif n == "status":
                f.status = parse_status_text(v)
                f.hint = v.partition(" ")[2][:200]  # the code's description, e.g. "(mailbox disabled)"
            elif n == "remote-mta":
                f.rhost = (_typed(v)[1].split() or [""])[0].rstrip(".")  # Courier adds " [192.0.2.1]", Gmail "(ip, ...)"
            elif n == "diagnostic-code":
                kind, rest = _typed(v)
                f.diagtype = kind
                f.diagnostic = (f.diagnostic + " " + rest).strip() if f.diagnostic else rest
            elif n == "last-attempt-date" and not f.timestamp:
                f.timestamp = v
            elif n == "x-postfix-smtp-command" or n == "x-smtp-command":
                f.command = v.split()[0].upper() if v.split() else ""
        if not f.recipient:
            f.recipient = original
        if "@" not in f.recipient and "@" in original:
            f.recipient = original
        f.lhost = _typed(per_message.get("reporting-mta", ""))[1]
        if not f.timestamp:
            f.timestamp = per_message.get("arrival-date", "")
        facts.append(f)
    for f in facts:
        if not f.lhost:
            f.lhost = _typed(per_message.get("reporting-mta", ""))[1]
    return per_message, facts


_INLINE = re.compile(r"^(?:Final|Original)-Recipient[ \t]{0,4}:", re.I | re.M)


def has_inline(text: str) -> bool:
    return bool(_INLINE.search(text))


def parse_inline(text: str) -> list[Fact]:
    """DSN fields written into a text/plain body (no message/delivery-status part)."""
    m = _INLINE.search(text)
    if not m:
        return []
    start = text.rfind("\n\n", 0, m.start())
    chunk = text[start + 1 if start >= 0 else 0 :]
    _, facts = parse(chunk)
    return facts
