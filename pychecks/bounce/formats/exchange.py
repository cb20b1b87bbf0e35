"""Microsoft Exchange and Exchange Online (Microsoft 365) non-delivery reports, as text.

The two text layouts Microsoft documents for its NDRs, read from their structure:

* Exchange 2007 and later: "Delivery has failed to these recipients or groups:", each
  recipient on its own line followed by the explanation, then under "Diagnostic
  information for administrators:" the recipient again and the reply
  ("#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##");
* Exchange Online: "Your message to <address> couldn't be delivered." with the
  remote server's reply in "Remote Server returned '<reply>'".

Both may come as HTML only; the message parser has turned that into text already.  An NDR localised to the
sender's language keeps this layout with the headings translated (the administrators' heading as Microsoft's
localised help pages name it) and, in Exchange Online, the history lines "<time> - Server at <host> returned
'<reply>'" newest first, so the first is the final reply (a German NDR pasted in FundersClub/fire#441).
"""

from __future__ import annotations

import re

from ..facts import Fact, clean_address
from ..phrases import Gated

NAME = "Exchange"

_YOUR_MESSAGE = re.compile(r"your message to[ \t]{1,4}<?([^\s<>()\"']{1,200}@[A-Za-z0-9.\-]{1,255})>?[ \t]{0,4}"
                           r"(?:couldn't|could not|wasn't|was not|can't) be delivered", re.I)
_FAILED_HEAD = re.compile(r"^[ \t]{0,4}delivery has failed to these recipients or groups:?[ \t]*$", re.I | re.M)
_ADMIN_WORDS = (r"diagnostic information for administrators|diagnoseinformationen für administratoren|"
                r"informations de diagnostic pour les administrateurs|información de diagnóstico para administradores|"
                r"informazioni di diagnostica per gli amministratori")
_ADMIN_HEAD = re.compile(r"^[ \t]{0,4}(?:" + _ADMIN_WORDS + r")[ \t]{0,2}:?[ \t]*$", re.I | re.M)
_ADDR_LINE = re.compile(r"^[ \t]{0,4}<?([^\s<>()\"']{1,200}@[A-Za-z0-9.\-]{1,255}[A-Za-z0-9])>?"
                        r"(?:<mailto:[^>]{1,300}>|[ \t]{1,4}\([^)]{0,300}\))?[ \t]*$", re.M)
_REMOTE = re.compile(r"(?:remote server|server at [^\s']{1,255}(?:[ \t]{1,2}\([^)\n]{0,60}\))?) returned[ \t]{0,4}"
                     r"'([^'\n]{1,1000})'", re.I)
_HASH_REPLY = re.compile(r"^[ \t]{0,4}#?([45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}[^\n]{0,900}?)(?:[ \t]*##.*)?$", re.M)
_END = re.compile(r"^[ \t]{0,4}(?:original message headers|ursprüngliche nachrichtenköpfe|" + _ADMIN_WORDS + ")",
                  re.I | re.M)


_DETECT = (Gated(_YOUR_MESSAGE), Gated(_FAILED_HEAD))  # every mail is asked: a cheap look for the words first
_LOCALISED = Gated(_ADMIN_HEAD)


def detect(msg) -> bool:
    t = msg.text[:200_000]
    # a localised NDR: the administrators' heading with the remote server's reply below it
    return any(rx.search(t) for rx in _DETECT) or bool(_LOCALISED.search(t) and _REMOTE.search(t))


def _blocks(text: str, head: re.Pattern[str]) -> list[tuple[str, str]]:
    """(address, the lines below it up to the next address) after ``head``."""
    m = head.search(text)
    if not m:
        return []
    end = _END.search(text, m.end())
    part = text[m.end(): end.start() if end and end.start() > m.end() else len(text)]
    marks = list(_ADDR_LINE.finditer(part))
    out = []
    for i, a in enumerate(marks):
        stop = marks[i + 1].start() if i + 1 < len(marks) else len(part)
        out.append((clean_address(a.group(1)), " ".join(part[a.end():stop].split())[:2000]))
    return out


def parse(msg) -> list[Fact]:
    text = msg.text[:200_000]
    replies: dict[str, str] = {}
    for addr, below in _blocks(text, _ADMIN_HEAD):
        reply = _HASH_REPLY.search(below.replace(" #", "\n#"))
        if addr and reply:
            replies.setdefault(addr.lower(), reply.group(1).strip())
    remote = _REMOTE.search(text)
    facts: list[Fact] = []
    seen: set[str] = set()
    pairs = (_blocks(text, _FAILED_HEAD) or [(clean_address(m.group(1)), "") for m in _YOUR_MESSAGE.finditer(text)]
             or [(addr, "") for addr, _ in _blocks(text, _ADMIN_HEAD)])
    for addr, explanation in pairs:
        key = addr.lower()
        if not addr or key in seen:
            continue
        seen.add(key)
        diag = replies.get(key) or (remote.group(1) if remote and len(pairs) == 1 else "") or explanation
        facts.append(Fact(recipient=addr, diagnostic=diag, hint=explanation if diag != explanation else ""))
    return facts
