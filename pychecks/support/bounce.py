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
from pychecks.bounce import message as bounce_message
from pychecks.syntax import is_address

from .model import KINDS, SupportInputError, empty_form, normalize
from .render import label, show_datetime

JST_MINUTES = 9 * 60
_SEARCH_LIMIT = 300_000
_MAX_TOKENS = 120
_MAX_TRIES = 1000  # places where the words match but the codes before them do not


def from_bounce(text: bytes | str, tz_offset_minutes: int | None = None) -> dict[str, Any]:
    """``{"form", "summary", "recipients"}`` for a pasted bounce (text) or a file (its bytes, which are
    decoded by their charsets exactly as for the analyzer's cards); never fails on odd mail.

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
