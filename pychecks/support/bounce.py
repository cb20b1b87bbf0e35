"""A support form pre-filled from a bounce mail (the analyzer's "use for a support request").

The bounce engine gives one record per recipient; the returned message's
headers give when it was sent and by whom.  The error text is copied as the
lines stood in the bounce when they can be found there, since support asks
for the error "as it was"; otherwise the engine's diagnostic is used.
"""

from __future__ import annotations

import re
import textwrap
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Any

from pychecks import bounce
from pychecks.bounce import message as bounce_message
from pychecks.syntax import is_address

from .model import KINDS, SupportInputError, empty_form, normalize
from .render import label, show_datetime

JST_MINUTES = 9 * 60
_SEARCH_LIMIT = 300_000
_MAX_TOKENS = 120


def from_bounce(text: str, tz_offset_minutes: int | None = None) -> dict[str, Any]:
    """``{"form", "summary", "recipients"}`` for a pasted bounce; never fails on odd mail.

    Times are given in the reader's zone (``tz_offset_minutes`` east of UTC,
    as the page knows it; Japan time when not given).
    """
    try:
        records = bounce.analyze(text or "")
    except bounce.BounceInputError as exc:
        raise SupportInputError("text", getattr(exc, "message_ja", "") or str(exc)) from exc
    msg = bounce_message.parse(text or "")
    tz = timezone(timedelta(minutes=JST_MINUTES if tz_offset_minutes is None else int(tz_offset_minutes)))
    failed = [r for r in records if r.get("action") not in ("delivered", "expanded", "relayed")] or records
    form = empty_form()
    if failed:
        form.update(direction="send", kinds=["bounce"])
        form["messages"] = [_example(r, msg, tz) for r in failed]
    elif msg.has_headers:
        form["messages"] = [_plain_example(msg, tz)]
    sender = next((m["sender"] for m in form["messages"] if m["sender"]), "")
    form["domain"] = sender.rsplit("@", 1)[-1] if sender else ""
    form = normalize(form)
    return {"form": form, "summary": summary(form, [r.get("recipient", "") for r in failed]),
            "recipients": [r.get("recipient", "") for r in failed]}


def _local_time(value: str, tz: timezone) -> str:
    """An RFC 5322 date or an ISO 8601 time -> ``YYYY-MM-DDTHH:MM`` in ``tz``."""
    if not value:
        return ""
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return ""
    if when is None:
        return ""
    if when.tzinfo is not None:
        when = when.astimezone(tz)
    return f"{when:%Y-%m-%dT%H:%M}"


def _address(value: str) -> str:
    m = re.search(r"[^\s<>\"(),;:]+@[^\s<>\"(),;:]+", value or "")
    found = m.group(0).strip(".") if m else ""
    return found if is_address(found) else ""


def _example(record: dict, msg, tz: timezone) -> dict[str, str]:
    sent = _local_time(msg.original.get("date"), tz) or _local_time(record.get("timestamp", ""), tz)
    sender = _address(record.get("addresser", "")) or _address(msg.original.get("from"))
    return {"sent_at": sent, "sender": sender, "recipient": record.get("recipient", ""),
            "error": error_text(record, msg)}


def _plain_example(msg, tz: timezone) -> dict[str, str]:
    return {"sent_at": _local_time(msg.headers.get("date"), tz), "sender": _address(msg.headers.get("from")),
            "recipient": _address(msg.headers.get("to")), "error": ""}


def error_text(record: dict, msg) -> str:
    """The diagnostic lines as they were written in the bounce, else the engine's one-line diagnostic."""
    diag = (record.get("diagnosticcode") or "").strip()
    if not diag:
        status = record.get("deliverystatus") or ""
        return f"Status: {status}" if status else ""
    haystack = "\n".join([msg.text or "", *(msg.dsn or [])])[:_SEARCH_LIMIT]
    return _as_written(diag, haystack) or diag


def _as_written(diag: str, haystack: str) -> str:
    tokens = diag.split()[:_MAX_TOKENS]
    if not tokens or not haystack:
        return ""
    # Lines folded by the server, or continued with "550-5.7.1" prefixes, still match.
    gap = r"(?:\s+(?:[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}\s+)?)?)"
    pattern = gap.join(re.escape(t) for t in tokens)
    try:
        m = re.search(pattern, haystack)
    except re.error:
        return ""
    if not m:
        return ""
    start = haystack.rfind("\n", 0, m.start()) + 1
    end = haystack.find("\n", m.end())
    block = haystack[start: end if end >= 0 else len(haystack)]
    return textwrap.dedent("\n".join(line.rstrip() for line in block.split("\n")))


def summary(form: dict[str, Any], recipients: list[str]) -> str:
    """A short Japanese summary of what the bounce says, for a support request."""
    if not recipients:
        lines = ["エラーメールとして読み取れる内容は見つかりませんでした。"]
        msg = form["messages"][0] if form["messages"] else None
        if msg and msg["sent_at"]:
            lines.append(f"{label('sent_at')}: {show_datetime(msg['sent_at'])}")
        if msg and msg["sender"]:
            lines.append(f"{label('sender')}: {msg['sender']}")
        return "\n".join(lines)
    first = form["messages"][0]
    lines = [f"{KINDS['bounce']}(宛先 {len(recipients)} 件)"]
    if first["sent_at"]:
        lines.append(f"{label('sent_at')}: {show_datetime(first['sent_at'])}")
    if first["sender"]:
        lines.append(f"{label('sender')}: {first['sender']}")
    lines.append(f"{label('recipient')}: {', '.join(r for r in recipients if r)}")
    errors = list(dict.fromkeys(m["error"] for m in form["messages"] if m["error"]))
    if errors:
        lines += [f"{label('error')}:", *errors]
    return "\n".join(lines)
