"""Mail security gateways (McAfee, mFILTER, MXLogic, SurfControl, MailFoundry...).

A gateway accepts the message first and reports the rejection of its onward
delivery afterwards, so a recipient refused by such a gateway is a message
that was filtered after DATA, not an address refused at RCPT.
"""

from __future__ import annotations

import re

from . import generic

NAME = "Gateway"

_SIGNS = (
    ("McAfee", lambda m: "x-nai-header" in m.headers),
    ("mFILTER", lambda m: "-------server message" in m.text or "-------original recipients" in m.text),
    ("MXLogic", lambda m: "mxlogic" in m.headers.raw_all("received").lower()
     or "mxlogic" in m.headers.get("from").lower() or "x-mxl-hash" in m.headers),
    ("SurfControl", lambda m: "surfcontrol" in m.headers.get("x-mailer").lower()
     or "surfcontrol" in m.text[:3000].lower()),
    ("MailFoundry", lambda m: "mailfoundry" in m.headers.raw_all("received").lower()),
)
_DEFERRED = re.compile(r"[ \t]{0,4}-{5,}")


def which(msg) -> str:
    for name, test in _SIGNS:
        try:
            if test(msg):
                return name
        except Exception:  # noqa: BLE001
            continue
    return ""


def name_for(msg) -> str:
    return which(msg)


def detect(msg) -> bool:
    return bool(which(msg))


def parse(msg):
    facts = generic.parse(msg)
    for f in facts:
        f.command = f.command or "DATA"
        f.diagnostic = f.diagnostic.replace("-------server message", "").strip()
    return facts
