"""fml (a Japanese mailing-list manager): notices the list server sends back about a post.

fml marks its mail with ``X-MLServer: fml ...``; the subject names the problem
("Loop Alert: Duplicated Message-ID (list)"), the first lines quote the address.
"""

from __future__ import annotations

import re

from ..facts import Fact, find_address, find_addresses

NAME = "FML"

# (phrase in the subject or the first lines, reason); first match wins
NOTICES: tuple[tuple[str, str], ...] = (
    (r"loop alert|duplicated message-id|looped", "systemerror"),
    # a post over the list's size limit: the maintainer's "In-coming mail body size > N" warning and the poster's
    # "Your mail is too big, so not processed" (proc/liberror.pl, NotifyMailSizeOverFlow / NotifyMailSizeOver2Sender:
    # https://github.com/fmlorg/fml4/blob/1be69ab14beb5c989ad4ad0a1dbdf74e0f12ee28/proc/liberror.pl)
    (r"in-coming mail (?:body )?size|your mail is too big|too big mail", "emailtoolarge"),
    (r"not (?:a )?member|members? only|you are not|reject", "rejected"),
    (r"command (?:error|failed)|unknown command|syntax", "syntaxerror"),
)
_NOTICE_RX: list[tuple[re.Pattern[str], str]] = []  # compiled on the first fml notice: they are rare


def _notice_rx() -> list[tuple[re.Pattern[str], str]]:
    if not _NOTICE_RX:
        _NOTICE_RX.extend((re.compile(p, re.I), r) for p, r in NOTICES)
    return _NOTICE_RX


# fml names the list in its subjects as "(<name> ML)" ($ML_FN) and writes from the list's maintainer address
# (<name>-admin, owner-<name>; <name>-request, <name>-ctl): kern/fml.pl, RejectHandler() ("You <poster> are not
# member $ML_FN") https://github.com/fmlorg/fml4/blob/00a2fc92fa0dbcff1039d0208636e02e837a4134/kern/fml.pl
_ML_FN = re.compile(r"\(([\w.+-]{1,64}) ML\)")
_MAINTAINER = re.compile(r"^(owner-)?([\w.+-]{1,64}?)(-(?:admin|request|ctl|owner))?@([\w.-]{1,255})$")


def detect(msg) -> bool:
    """fml's X-MLServer header, or (the header lost on the way) its "(<name> ML)" subject from the maintainer."""
    if msg.dsn:
        return False
    if msg.headers.get("x-mlserver").lower().startswith("fml"):
        return True
    m = _MAINTAINER.match(find_address(msg.headers.get("from")).lower())
    return bool(m and (m.group(1) or m.group(3) == "-admin") and _ML_FN.search(msg.subject))


def _list_address(msg) -> str:
    """The list the notice is about (the poster, the notice's To:, is never it)."""
    m = _MAINTAINER.match(find_address(msg.headers.get("from")).lower())
    if not m:
        return ""
    named = _ML_FN.search(msg.subject)
    return f"{named.group(1) if named else m.group(2)}@{m.group(4)}".lower()


def parse(msg) -> list[Fact]:
    head = " ".join(msg.text[:600].split())
    about = f"{msg.subject} {head}"
    reason = next((r for rx, r in _notice_rx() if rx.search(about)), "")
    if not reason:
        return []
    # the list itself, named by the subject's "(<name> ML)" and the maintainer's From:, before any address in
    # the text: the notices quote the poster's mail (its Return-Path, From:) right below their first lines
    poster = find_address(msg.headers.get("to")).lower()
    rcpt = _list_address(msg) or next((a for a in find_addresses(head) if a.lower() != poster), "")
    return [Fact(recipient=rcpt, diagnostic=(head or msg.subject)[:300], reason=reason)] if rcpt else []
