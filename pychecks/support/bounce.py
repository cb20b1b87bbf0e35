"""A support form pre-filled from a bounce mail (the analyzer's "use for a support request").

The bounce engine gives one record per recipient; the returned message's
headers give when it was sent and by whom.  The error text is copied as the
lines stood in the bounce when they can be found there, since support asks
for the error "as it was"; otherwise the engine's diagnostic is used.
"""

from __future__ import annotations

import bisect
import itertools
import re
import textwrap
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Any

from pychecks import bounce
from pychecks.bounce import dsn as bounce_dsn
from pychecks.bounce import mbox
from pychecks.bounce import message as bounce_message
from pychecks.syntax import is_address
from pychecks.when import show_time

from .model import KINDS, SupportInputError, empty_form, normalize
from .render import label, show_datetime

JST_MINUTES = 9 * 60
_SEARCH_LIMIT = 300_000
_MAX_TOKENS = 120
_MAX_TRIES = 1000  # places where the words match but the codes before them do not


def from_bounce(text: bytes | str, tz_offset_minutes: int | None = None, include_bounce: bool = False) -> dict[str, Any]:
    """``{"form", "summary", "recipients"}`` for a pasted bounce (text) or a file (its bytes, which are
    decoded by their charsets exactly as for the analyzer's cards); never fails on odd mail.

    An mbox gives the examples of every message in it.  Times are given in the
    reader's zone (``tz_offset_minutes`` east of UTC, as the page knows it;
    Japan time when not given).  ``include_bounce`` adds each message's whole
    text (only when the reader asked for it).
    """
    tz = timezone(timedelta(minutes=JST_MINUTES if tz_offset_minutes is None else int(tz_offset_minutes)))
    try:
        bounce.check_size(text or "")
    except bounce.BounceInputError as exc:
        raise SupportInputError("text", getattr(exc, "message_ja", "") or str(exc)) from exc
    examples: list[dict[str, str]] = []
    recipients: list[str] = []
    plain: list[dict[str, str]] = []
    for part in mbox.messages(text or ""):
        records = bounce.analyze(part)
        msg = bounce_message.parse(part)
        failed = [r for r in records if r.get("action") not in ("delivered", "expanded", "relayed")] or records
        whole = whole_text(part) if include_bounce else ""
        examples += [{**_example(r, msg, tz), "bounce": whole} for r in failed]
        recipients += [r.get("recipient", "") for r in failed]
        if not failed and msg.has_headers:
            plain.append({**_plain_example(msg, tz), "bounce": whole})
    form = empty_form()
    if examples:
        form.update(direction="send", kinds=["bounce"])
        form["messages"] = examples
    elif plain:
        form["messages"] = plain[:1]
    sender = next((m["sender"] for m in form["messages"] if m["sender"]), "")
    form["domain"] = sender.rsplit("@", 1)[-1] if sender else ""
    form = normalize(form)
    return {"form": form, "summary": summary(form, recipients), "recipients": recipients}


def whole_text(data: bytes | str) -> str:
    """The bounce as text, for a reader who chose to send it whole (bytes decoded as the engine does)."""
    if isinstance(data, str):
        return data.replace("\r\n", "\n").strip("\n")
    return bounce_message.decode_bytes(bytes(data), "").replace("\r\n", "\n").strip("\n")


# The queue ID a server gave the message: Postfix writes it into the DSN; otherwise the newest Received
# field of the returned message ("by <our server> ... id <queue ID>", as Postfix, Exim, Sendmail and
# OpenSMTPD write it) names it.
_QUEUE_FIELDS = ("x-postfix-queue-id", "x-queue-id")
_RECEIVED_ID = re.compile(r"\bid[ \t\n]{1,8}<?([A-Za-z0-9][A-Za-z0-9._-]{3,80})", re.I)


def queue_id(msg) -> str:
    """Our server's queue ID of the returned message, or ""."""
    for body in msg.dsn[:4]:
        per_message, _ = bounce_dsn.parse(body)
        for key in _QUEUE_FIELDS:
            value = per_message.get(key, "").split()
            if value:
                return value[0][:80]
    received = msg.original.get_all("received")
    m = _RECEIVED_ID.search(received[0][:2000]) if received else None
    return m.group(1).rstrip(".;") if m else ""


def log_facts(record: dict, msg) -> dict[str, str]:
    """What support looks up in its logs, as the analyzer's card and the request show it (one text)."""
    mid = str(record.get("messageid") or "")
    return {"bounced_at": show_time(str(record.get("timestamp") or "")),
            "remote_mta": str(record.get("rhost") or ""),
            "queue_id": queue_id(msg),
            "message_id": f"<{mid}>" if mid else ""}


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


# An address-like word.  It starts only where such a word starts (the lookbehind): a search from
# every position inside a long word without "@" would make a 30 KB From header quadratic.
_ADDRESS = re.compile(r"(?<![^\s<>\"(),;:])[^\s<>\"(),;:]+@[^\s<>\"(),;:]+")


def _address(value: str) -> str:
    m = _ADDRESS.search(value or "")
    found = m.group(0).strip(".") if m else ""
    return found if is_address(found) else ""


def _example(record: dict, msg, tz: timezone) -> dict[str, str]:
    sent = _local_time(msg.original.get("date"), tz) or _local_time(record.get("timestamp", ""), tz)
    sender = _address(record.get("addresser", "")) or _address(msg.original.get("from"))
    return {"sent_at": sent, "sender": sender, "recipient": record.get("recipient", ""),
            "error": error_text(record, msg), **log_facts(record, msg)}


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
    written = _as_written(diag, haystack)
    return written if "\n" in written else reply_lines(written or diag)


# A multi-line SMTP reply that reached us on one line ("550-5.1.1 The email … 550-5.1.1 double-checking …
# 550 5.1.1 https://…"): each "550-" and the last "550 " start a line of the server's reply (RFC 5321 4.2.1).
_MULTILINE_START = re.compile(r"(?<!\S)([245]\d\d)-")


def reply_lines(text: str) -> str:
    """``text`` with a joined multi-line reply given back its lines; other text unchanged."""
    m = _MULTILINE_START.search(text)
    if not m:
        return text
    code = m.group(1)
    parts = re.split(rf"(?<=\S)\s+(?={code}[- ](?=\S))", text[m.start():])
    if len(parts) < 2:
        return text
    head = text[: m.start()].rstrip()
    return "\n".join(([head] if head else []) + [p.strip() for p in parts])


# A reply code that a server put before a line ("550 ", "550-", "550 5.7.1 ", "550-5.7.1 "), which a
# folded or continued diagnostic carries on each line and the engine's one-line diagnostic may not.
_CODE_WORD = re.compile(r"[245]\d\d")
_ENHANCED = re.compile(r"[245]\.\d{1,3}\.\d{1,3}")
_WORD = re.compile(r"\S+")


def _words(text: str) -> tuple[list[str], list[int], list[int]]:
    """The words of ``text`` with reply codes left out, where each kept word starts, and where the
    codes just before it start.

    Dropping the codes on both sides (the diagnostic and the bounce) lets one plain substring search
    find the diagnostic however the server folded it: linear, where a pattern with an optional code
    between every two words backtracks exponentially on "550 550 550 …".
    """
    words: list[str] = []
    starts: list[int] = []
    leads: list[int] = []
    after_code = False
    lead = -1
    for m in _WORD.finditer(text):
        word, start = m.group(0), m.start()
        if after_code and _ENHANCED.fullmatch(word):
            after_code = False
            continue
        after_code = False
        if _CODE_WORD.fullmatch(word):
            after_code, lead = True, start if lead < 0 else lead
            continue
        if len(word) > 4 and word[3] == "-" and _CODE_WORD.fullmatch(word[:3]):
            lead = start if lead < 0 else lead
            word, start, after_code = word[4:], start + 4, True
            if _ENHANCED.fullmatch(word):
                after_code = False
                continue
        words.append(word)
        starts.append(start)
        leads.append(start if lead < 0 else lead)
        lead = -1
    return words, starts, leads


_CONTINUED = re.compile(r"(?<![^\s'\"(\[#])([245]\d\d)-")


def _code_words(text: str) -> list[tuple[str, int]]:
    """The words of ``text`` and where each starts, "550-" read as "550"."""
    return [(m.group(0), m.start()) for m in _WORD.finditer(_CONTINUED.sub(r"\1 ", text))]


def _as_written(diag: str, haystack: str) -> str:
    diag = " ".join(diag.split()[:_MAX_TOKENS])
    tokens, diag_starts, _ = _words(diag)
    if not tokens or not haystack:
        return ""
    prefix = [w for w, _ in _code_words(diag[:diag_starts[0]])]  # the codes the diagnostic starts with ("550 5.1.1")
    words, starts, leads = _words(haystack)
    joined = " ".join(words)
    needle = " ".join(tokens)
    # from a position in the joined words back to one in ``haystack``
    offsets = list(itertools.accumulate((len(w) + 1 for w in words[:-1]), initial=0))
    at = joined.find(needle)
    for _ in range(_MAX_TRIES):
        if at < 0:
            return ""
        first = bisect.bisect_right(offsets, at) - 1
        m_start = starts[first] + (at - offsets[first])
        if not prefix:
            break
        if at == offsets[first]:
            # the old pattern's first token could end a longer word ("'550"), the others are whole
            window = max(0, starts[first] - 40 * len(prefix))
            before = _code_words(haystack[window:starts[first]])[-len(prefix):]
            if (len(before) == len(prefix) and before[0][0].endswith(prefix[0])
                    and [w for w, _ in before[1:]] == prefix[1:]):
                m_start = window + before[0][1] + len(before[0][0]) - len(prefix[0])
                break
        at = joined.find(needle, at + 1)
    else:
        return ""
    last_at = at + len(needle) - 1
    last = bisect.bisect_right(offsets, last_at) - 1
    m_end = starts[last] + (last_at - offsets[last]) + 1
    start = haystack.rfind("\n", 0, m_start) + 1
    end = haystack.find("\n", m_end)
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
