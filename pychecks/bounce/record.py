"""Assemble the output dicts (Sisimai's field names) from facts."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from ..advice import section_for
from . import decide, rules
from .facts import Fact, find_addresses, find_statuses, unfold
from .phrases import Gated

FIELDS = ("recipient", "reason", "deliverystatus", "replycode", "diagnosticcode", "action",
          "hardbounce", "smtpcommand", "rhost", "lhost", "addresser", "subject", "messageid",
          "timestamp", "decodedby", "faq", "confidence", "evidence")



_DATE = re.compile(
    r"(\d{1,2})[ \t-]{1,4}([A-Za-z]{3})[a-z]{0,6}[ \t-]{1,4}(\d{2,4})[ \t]{1,4}"
    r"(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,6})?[ \t]{0,4}([+-]\d{4}|[A-Za-z]{1,5})?"
)
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_ZONES = {"ut": 0, "utc": 0, "gmt": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7,
          "mdt": -6, "pst": -8, "pdt": -7, "jst": 9, "cet": 1, "cest": 2, "bst": 1, "kst": 9}


def iso_time(value: str) -> str:
    """RFC 5322 (or ISO 8601) date -> ISO 8601 string; "" when unreadable."""
    value = (value or "").strip()[:200]
    if not value:
        return ""
    m = _DATE.search(value)
    try:
        if not m:
            dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
            return dt.isoformat()
        day, mon, year, hh, mm, ss, zone = m.groups()
        y = int(year)
        if y < 100:
            y += 2000 if y < 50 else 1900
        if zone and zone[0] in "+-":
            off = (int(zone[1:3]) * 60 + int(zone[3:5])) * (1 if zone[0] == "+" else -1)
        else:
            off = _ZONES.get((zone or "").lower(), 0) * 60
        dt = datetime(y, _MONTHS[mon.lower()], int(day), int(hh), int(mm), int(ss or 0),
                      tzinfo=timezone(timedelta(minutes=off)))
        return dt.isoformat()
    except (ValueError, KeyError, OverflowError):
        return ""


def smtp_command(diagnostic: str) -> str:
    from .formats.generic import command_in

    return command_in(diagnostic) if diagnostic else ""


_REPLY_BEFORE = re.compile(r"(?<![\w.\-/])([245]\d\d)[ \-:]{1,3}#?$")
_REPLY_ANY = re.compile(r"(?<![\w.\-/])([245]\d\d)(?=[ \-:,;]|$)")


_RHOST = Gated(re.compile(
    r"(?:host|server|mta|mx)[ :]{1,3}\[?([A-Za-z0-9][A-Za-z0-9.\-]{0,250}\.[A-Za-z]{2,63})\.?\]?[ ]?[\[(]", re.I))
_RECEIVED_BY = re.compile(r"\bby[ \t]{1,4}([A-Za-z0-9][A-Za-z0-9.\-]{0,250}\.[A-Za-z]{2,63})\b")


# "<host> [<address>]" opening the recipient's lines (DMA: "... [192.0.2.1] did not like our RCPT TO:",
# Courier: "mx.example.net [192.0.2.1]:")
_RHOST_LEAD = re.compile(r"^\W{0,4}([A-Za-z0-9][A-Za-z0-9.\-]{0,250}\.[A-Za-z]{2,63}) \[[0-9A-Fa-f.:]{3,45}\]")


def remote_host(diag: str) -> str:
    m = _RHOST.search(diag[:2000]) or _RHOST_LEAD.match(diag)
    return m.group(1).lower() if m else ""


def local_host(msg) -> str:
    """The host that wrote the bounce: the "by" host of the bounce's newest Received field."""
    received = msg.headers.raw("received")
    m = _RECEIVED_BY.search(received[:2000]) if received else None
    return m.group(1).lower() if m else ""


def reply_for(diag: str, status: str) -> str:
    """The reply code written just before ``status`` in ``diag``, else the first failure reply code."""
    text = diag[:4000]
    if status:
        at = text.find(status)
        while at >= 0:
            after = text[at + len(status) : at + len(status) + 1]
            m = _REPLY_BEFORE.search(text, max(0, at - 8), at)
            if m and not after.isdigit():
                return m.group(1)
            at = text.find(status, at + 1)
    codes = _REPLY_ANY.findall(text)
    failing = [c for c in codes if c[0] in "45"]
    return failing[0] if failing else (codes[0] if codes else "")


def _decisive(evidence: list[dict[str, str]]) -> str:
    return " ".join(p["text"] for p in evidence if p["source"] in ("reply", "notice", "bounce"))


def codes_of(fact: Fact, diag: str) -> tuple[str, str]:
    """The status and reply code that stand for this recipient: the remote server's own status, quoted
    in its reply, says more than the reporting MTA's; a reply code of another class than the status
    is dropped unless the format read it itself."""
    status = fact.status
    codes = find_statuses(diag)
    if any(c[0] in "45" for c in codes):
        codes = [c for c in codes if c[0] in "45"]
    # X.0.0 says only "failed" (Sendmail's "554 5.0.0 Service unavailable" after the remote's own reply);
    # when the reporting MTA's status says no more than that, or only that it gave up retrying (Exim's and
    # Courier's 5.0.0, Sendmail's 4.4.7 "delivery time expired", RFC 3463), the remote's own X.0.0 is still
    # its answer (Zimbra's "451 4.0.0 Temporary message delivery failure try again")
    says_more = bool(status) and not status.endswith(".0.0") and status[1:] != ".4.7"
    codes = [c for c in codes if not c.endswith(".0.0")] or ([] if says_more else codes)
    if codes and codes[-1] != status:
        status = codes[-1]
    reply = fact.replycode or reply_for(diag, status)
    if reply and status and reply[0] != status[0] and not fact.replycode and not status.endswith(".0.0"):
        reply = ""  # the classes disagree and the status says more than "failed": trust the status
    return status, reply


def action_for(fact: Fact, reason: str, status: str, reply: str) -> str:
    """The DSN action, or the one the reason and the codes imply when the mail gave none."""
    if fact.action:
        return fact.action
    if reason == "delivered":
        return "delivered"
    if reason in ("feedback", "vacation"):
        return ""
    return "delayed" if status.startswith("4.") or reply.startswith("4") else "failed"


def addresser_of(msg) -> str:
    """Who sent the returned message: its From, Return-Path or Sender, else whom the bounce went to."""
    orig = msg.original
    for src in (orig.get("from"), orig.get("return-path"), orig.get("sender"),
                msg.headers.get("to"), msg.headers.get("delivered-to")):
        found = find_addresses(src)
        if found:
            return found[0]
    return ""


def build(fact: Fact, msg, decodedby: str, hint: str = "", notice: str = "") -> dict:
    """One recipient's record: the evidence a format read, decided on by :func:`decide.decide`."""
    diag = unfold(fact.diagnostic)[:4000]
    status, reply = codes_of(fact, diag)
    command = fact.command or smtp_command(diag)
    if fact.hint:
        hint = f"{fact.hint} {hint}"
        notice = f"{fact.hint} {notice}"
    addresser = addresser_of(msg)
    local = bool(addresser) and addresser.rpartition("@")[2] == fact.recipient.rpartition("@")[2].lower()
    decision = decide.decide(diag, status, reply, fact.action, hint=hint, notice=notice, forced=fact.reason,
                             command=command, diagtype=fact.diagtype, local=local)
    reason = decision.reason
    orig = msg.original
    return {
        "recipient": fact.recipient,
        "reason": reason,
        "deliverystatus": status,
        "replycode": reply,
        "diagnosticcode": diag,
        "action": action_for(fact, reason, status, reply),
        "hardbounce": rules.is_hard(reason, status, reply),
        "smtpcommand": command,
        "rhost": fact.rhost or remote_host(diag),
        "lhost": fact.lhost or local_host(msg),
        "addresser": addresser,
        "subject": orig.get("subject") or "",
        "messageid": orig.get("message-id").strip().strip("<>") if orig.get("message-id") else "",
        "timestamp": iso_time(fact.timestamp) or iso_time(msg.headers.get("date")),
        "decodedby": decodedby,
        "faq": section_for(reason, fact.recipient, _decisive(decision.evidence)),
        "confidence": decision.confidence,
        "evidence": decision.evidence,
    }
