"""Amazon SES notifications sent as JSON (SNS e-mail subscriptions): bounce, complaint, delivery."""

from __future__ import annotations

import re

from ..facts import Fact, clean_address

NAME = "AmazonSES"

# A notification nests five levels deep.  Python's JSON decoder recurses once per level, and inside
# Pyodide 10,000 levels overflow the browser's JavaScript stack and kill the runtime (CPython only
# raises RecursionError): deeper JSON is not read at all.
MAX_JSON_DEPTH = 64
_JSON_TOKEN = re.compile(r'"(?:[^"\\]++|\\.)*+"?|[\[\]{}]', re.S)


def too_deep(body: str, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether the first JSON value in ``body`` nests deeper than ``limit`` (linear; strings skipped)."""
    depth = 0
    for m in _JSON_TOKEN.finditer(body):
        c = m.group(0)[0]
        if c in "[{":
            depth += 1
            if depth > limit:
                return True
        elif c in "]}":
            depth -= 1
            if depth <= 0:
                return False
    return False


def detect(msg) -> bool:
    t = msg.text[:2000]
    return "notificationType" in t or '"eventType"' in t


def _load(text: str) -> dict:
    start = text.find("{")
    if start < 0:
        return {}
    body = text[start:start + 2_000_000]
    import json  # only for these notifications: keep it out of start-up (the browser loads the engine)

    dec = json.JSONDecoder()
    for candidate in (body, body.replace("!\n ", "").replace("\n", "")):
        if too_deep(candidate):
            return {}
        try:
            obj, _ = dec.raw_decode(candidate)
            return obj if isinstance(obj, dict) else {}
        except (ValueError, RecursionError):
            continue
    return {}


def _list(value) -> list:
    return value if isinstance(value, list) else []


def parse(msg) -> list[Fact]:
    data = _load(msg.text)
    if isinstance(data.get("Message"), str):
        # an SNS envelope around the SES notification
        data = _load(data["Message"])
    if not data:
        return []
    kind = str(data.get("notificationType") or data.get("eventType") or "").lower()
    mail = data.get("mail") if isinstance(data.get("mail"), dict) else {}
    facts: list[Fact] = []
    if kind == "bounce":
        b = data.get("bounce") if isinstance(data.get("bounce"), dict) else {}
        lhost = str(b.get("reportingMTA", "")).split(";")[-1].strip()
        for r in _list(b.get("bouncedRecipients")):
            if not isinstance(r, dict):
                continue
            diag = str(r.get("diagnosticCode", ""))
            if ";" in diag[:12]:
                diag = diag.split(";", 1)[1].strip()
            facts.append(Fact(recipient=clean_address(str(r.get("emailAddress", ""))),
                              status=str(r.get("status", "")), action=str(r.get("action", "")),
                              diagnostic=diag, lhost=lhost, timestamp=str(b.get("timestamp", ""))))
    elif kind == "complaint":
        c = data.get("complaint") if isinstance(data.get("complaint"), dict) else {}
        ftype = str(c.get("complaintFeedbackType") or "abuse")
        for r in _list(c.get("complainedRecipients")):
            if isinstance(r, dict):
                facts.append(Fact(recipient=clean_address(str(r.get("emailAddress", ""))), reason="feedback",
                                  feedbacktype=ftype, timestamp=str(c.get("timestamp", ""))))
    elif kind == "delivery":
        d = data.get("delivery") if isinstance(data.get("delivery"), dict) else {}
        resp = str(d.get("smtpResponse", ""))
        for r in _list(d.get("recipients")):
            facts.append(Fact(recipient=clean_address(str(r)), reason="delivered", action="delivered",
                              diagnostic=resp, status="2.6.0" if not resp else "",
                              lhost=str(d.get("reportingMTA", "")), timestamp=str(d.get("timestamp", ""))))
    if facts and isinstance(mail, dict):
        for f in facts:
            f.hint = str(mail.get("source", ""))
    return facts
