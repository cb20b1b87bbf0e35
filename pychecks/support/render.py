"""The plain-text support request, its subject and a ``mailto:`` link.

Empty answers are left out, so a half-filled form still gives a clean
request.  The text is the same in CPython and in the page (both call
:func:`render_request`).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from pychecks import provider as provider_mod

from .model import (
    DIRECTIONS,
    FIELDS,
    KINDS,
    LOG_KEYS,
    SCOPES,
    TRIGGERS,
    customer_fields,
    normalize,
    parse_datetime,
    retention_note,
    truncated_fields,
    validate,
)

# Longer mailto links are cut or refused by some mail programs.
MAILTO_SAFE_LENGTH = 2000
MAILTO_NOTE = ("文面が長いため、メールソフトによっては途中で切れることがあります。"
               "その場合は「コピー」を使い、メールに貼り付けてお送りください。")
# A field longer than its limit is shortened in the request: said next to the field, never silently.
TRUNCATED_NOTE = "長すぎるため、上限を超えた部分は問い合わせ文に入れていません。必要な部分だけに絞ってください。"


def label(field: str) -> str:
    return FIELDS[field][0]


def show_datetime(value: str) -> str:
    """``2026-04-01T10:30`` -> ``2026年4月1日 10:30``; free text stays as it is."""
    when = parse_datetime(value)
    if when is None:
        return value
    text = f"{when.year}年{when.month}月{when.day}日"
    return text + f" {when:%H:%M}" if "T" in value or " " in value.strip() else text


def _section(title: str, body: list[str]) -> list[str]:
    return [f"■ {title}", *body, ""] if body else []


def _since(form: dict[str, Any]) -> list[str]:
    parts = [show_datetime(form["since"]) + ("ごろ" if parse_datetime(form["since"]) else "")] if form["since"] else []
    if form["trigger"]:
        parts.append(TRIGGERS[form["trigger"]])
    if not parts:
        return []
    return [parts[0] if len(parts) == 1 else f"{parts[0]}({parts[1]})"]


def _what(form: dict[str, Any]) -> list[str]:
    lines = [f"・{KINDS[k]}" for k in form["kinds"]]
    if form["details"]:
        lines += ([""] if lines else []) + [f"{label('details')}:", form["details"]]
    return lines


def _messages(form: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    filled = [m for m in form["messages"] if any(m.values())]
    for i, msg in enumerate(filled, 1):
        if len(filled) > 1:
            lines.append(f"[{i} 通目]")
        for key in ("sent_at", "sender", "recipient", *LOG_KEYS):
            if msg[key]:
                value = show_datetime(msg[key]) if key == "sent_at" else msg[key]
                lines.append(f"{label(key)}: {value}")
        if msg["error"]:
            lines += [f"{label('error')}:", "-----", msg["error"], "-----"]
        if msg["bounce"]:
            lines += [f"{label('bounce')}:", "-----", msg["bounce"], "-----"]
        lines.append("")
    return lines[:-1]


def request_text(form: dict[str, Any], provider: dict[str, Any]) -> str:
    f = normalize(form)
    lines = [f"{provider['name']} サポートご担当者様", "", "メールのトラブルについて、調査をお願いいたします。", ""]
    for extra in customer_fields(provider):  # only the fields this provider asks for
        if f["customer"].get(extra["id"]):
            lines += [f"■ {extra['label']}", f["customer"][extra["id"]], ""]
    lines += _section(label("domain"), [f["domain"]] if f["domain"] else [])
    lines += _section(label("direction"), [DIRECTIONS[f["direction"]]] if f["direction"] else [])
    lines += _section(label("since"), _since(f))
    lines += _section(label("kinds"), _what(f))
    lines += _section(label("scope"), [SCOPES[f["scope"]]] if f["scope"] else [])
    lines += _section(label("messages"), _messages(f))
    lines += ["以上、よろしくお願いいたします。"]
    return "\n".join(lines) + "\n"


def subject_of(form: dict[str, Any]) -> str:
    f = normalize(form)
    about = [f["domain"].rsplit("@", 1)[-1]] if f["domain"] else []
    if f["kinds"]:
        about.append(KINDS[f["kinds"][0]])
    elif f["direction"]:
        about.append(DIRECTIONS[f["direction"]])
    return "メールのトラブルについてのお問い合わせ" + (f"({'・'.join(about)})" if about else "")


def mailto(address: str, subject: str, body: str) -> str:
    """A ``mailto:`` URL with subject and body percent-encoded (UTF-8, CRLF line ends)."""
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    # a line break in the address or subject would become a new header in the mail program
    address = re.sub(r"[\x00-\x20\x7f]+", "", address)
    subject = re.sub(r"[\x00-\x1f\x7f]+", " ", subject)
    return f"mailto:{quote(address, safe='@')}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"


def render_request(form: Any = None, provider: dict[str, Any] | None = None, now: str = "") -> dict[str, Any]:
    """The request for ``form``: text, subject, mailto link and per-field errors.

    The text is produced even when some fields have errors, so nothing the
    reader typed is hidden; the page shows the errors next to the fields.
    """
    p = provider_mod.merged(provider)
    f = normalize(form)
    text = request_text(f, p)
    subject = subject_of(f)
    link = mailto(p["support_email"], subject, text)
    return {
        "text": text,
        "subject": subject,
        "to": p["support_email"],
        "mailto": link,
        "mailto_note": MAILTO_NOTE if len(link) > MAILTO_SAFE_LENGTH else "",
        "errors": {**{k: TRUNCATED_NOTE for k in truncated_fields(form)}, **validate(f, now)},
        "truncated": truncated_fields(form),
        "retention": retention_note(p),
        "form": f,
    }
