"""One ``Received`` header field -> one hop (from, by, ip, with, tls, auth, time).

A Received field (RFC 5321 section 4.4) is a list of clauses (``from``,
``by``, ``via``, ``with``, ``id``, ``for``) with comments in parentheses,
then ``;`` and the date.  Real servers bend the grammar in many ways (Exim's
``(helo=…)``, Microsoft's ``with Microsoft SMTP Server (version=TLS1_2…)``,
qmail's ``(qmail 123 invoked by uid 500)``), so the scanner below reads
words and comments one character at a time, linear in the field's length,
and takes whatever clauses it finds.
"""

from __future__ import annotations

import ipaddress
import re
from datetime import datetime

from ..bounce.record import iso_time

MAX_FIELD = 2000  # characters of one Received field that are read (real ones are a few hundred)
MAX_WORDS = 16  # words kept per clause: a clause names one host or protocol
CLAUSES = ("from", "by", "via", "with", "id", "for")

# RFC 3848 / 8314 protocol names (upper-case): whether each means TLS and authentication.
PROTOCOLS: dict[str, tuple[bool, bool]] = {
    "SMTP": (False, False), "ESMTP": (False, False), "ESMTPA": (False, True), "ESMTPS": (True, False),
    "ESMTPSA": (True, True), "LMTP": (False, False), "LMTPA": (False, True), "LMTPS": (True, False),
    "LMTPSA": (True, True), "UTF8SMTP": (False, False), "UTF8SMTPA": (False, True),
    "UTF8SMTPS": (True, False), "UTF8SMTPSA": (True, True), "UTF8LMTP": (False, False),
    "UTF8LMTPA": (False, True), "UTF8LMTPS": (True, False), "UTF8LMTPSA": (True, True),
    "SMTPS": (True, False), "SMTPSA": (True, True), "HTTP": (False, False), "HTTPS": (True, False),
    "LOCAL": (False, False), "IMAP": (False, False), "ASMTP": (False, True),
}

# Comments that say the hop used TLS or an authenticated sender, whatever its protocol word.
_TLS_HINT = re.compile(
    r"using TLS|version=TLS|\bTLS ?v?1[._]\d|\bTLS_[A-Z0-9_]{4,}|cipher=|Google Transport Security|"
    r"\bDHE?-|\bECDHE|\(TLS\)|with TLS|STARTTLS|\bTLS\d", re.I)
_AUTH_HINT = re.compile(r"authenticated sender|authenticated user|\bauth=|authenticated by|\bauthed\b", re.I)
_IP_CANDIDATE = re.compile(r"(?:IPv6:)?([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\.\d{1,3}){0,3}|"
                           r"\d{1,3}(?:\.\d{1,3}){3})")
_HOST = re.compile(r"[A-Za-z0-9_\-]+(?:\.[A-Za-z0-9_\-]+)*\.?")


_TOKEN = re.compile(r"[()]|[^\s;()]+")


def scan(value: str) -> list[tuple[str, list[str]]]:
    """Split a field (without its date) into ``(word, comments)`` pairs at the top level.

    Parentheses nest (depth is counted, not recursed); a word's comments are
    those that follow it (comments before the first word go to it).  Square
    brackets stay inside a word.  One regex pass over the tokens: linear.
    """
    out: list[tuple[str, list[str]]] = []
    pending: list[str] = []
    depth = 0
    opened = 0
    for m in _TOKEN.finditer(value):
        tok = m.group()
        if tok == "(":
            if not depth:
                opened = m.end()
            depth += 1
        elif tok == ")":
            if depth:
                depth -= 1
                if not depth:
                    (out[-1][1] if out else pending).append(value[opened:m.start()].strip())
        elif not depth:
            out.append((tok, pending))
            pending = []
    if depth:  # an unclosed comment: keep what it said
        (out[-1][1] if out else pending).append(value[opened:].strip())
    return out


def clauses(value: str) -> dict[str, tuple[str, str]]:
    """``{"from": (words, comments), …}`` for the first occurrence of each clause keyword."""
    found: dict[str, tuple[list[str], list[str]]] = {}
    current: str | None = None
    lead: list[str] = []  # comments before any keyword (qmail writes only a comment)
    for word, comments in scan(value):
        key = word.lower()
        if key in CLAUSES and key not in found:
            current = key
            found[key] = ([], list(comments))
            continue
        if current is None:
            lead.extend(comments)
            continue
        words, notes = found[current]
        if len(words) < MAX_WORDS:
            words.append(word)
        notes.extend(comments)
    if lead:
        found.setdefault("", ([], lead))
    return {k: (" ".join(w), " ".join(c)) for k, (w, c) in found.items()}


def find_ip(*texts: str) -> str:
    """The first valid IP address in ``texts`` (``[192.0.2.1]``, ``(2001:db8::1)``, ``[IPv6:…]``)."""
    for text in texts:
        for m in _IP_CANDIDATE.finditer(text):
            cand = m.group(1)
            try:
                return str(ipaddress.ip_address(cand))
            except ValueError:
                continue
    return ""


def host_of(words: str, notes: str = "") -> str:
    """The host name a clause names.

    For an address literal (``from [192.0.2.1]``) the name in the comment is
    taken (Exim's ``helo=``, else a reverse-DNS name), else the address itself.
    """
    first = words.split(" ", 1)[0].strip("[]<>")
    if not first:
        return ""
    literal = find_ip(first)
    if literal and literal == str(_ip_or_none(first.removeprefix("IPv6:"))):
        named = _helo(notes) or _comment_host(notes)
        return named or literal
    m = _HOST.match(first)
    return m.group(0).rstrip(".").lower()[:253] if m else ""


def _literal(words: str) -> str:
    """The address when a clause names only an address literal (Exim: ``from [192.0.2.1]``)."""
    first = words.split(" ", 1)[0].strip("[]<>").removeprefix("IPv6:")
    ip = _ip_or_none(first)
    return str(ip) if ip else ""


def _ip_or_none(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


_COMMENT_HOST = re.compile(r"(?<![\w.\-@])([A-Za-z0-9_\-]{1,63}(?:\.[A-Za-z0-9_\-]{1,63}){1,10}\.?)(?=[\s\[]|$)")


def _comment_host(notes: str) -> str:
    """A host name written in a comment (``(p1.example.ne.jp [192.0.2.1])``), skipping addresses."""
    for m in _COMMENT_HOST.finditer(notes[:500]):
        name = m.group(1).rstrip(".")
        if not _ip_or_none(name) and any(c.isalpha() for c in name):
            return name.lower()
    return ""


def protocol(words: str) -> str:
    """The ``with`` clause's protocol: a registered name upper-cased, else the words as written."""
    first = words.split(" ", 1)[0]
    if first.upper() in PROTOCOLS:
        return first.upper()
    return words[:60]


def parse_time(value: str) -> datetime | None:
    """The date after the last ``;`` (read by the bounce engine's date reader)."""
    iso = iso_time(value)
    if not iso:
        return None
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        return None


def parse(field: str) -> dict:
    """One hop from one Received field's (unfolded, decoded) value."""
    field = " ".join(field[:MAX_FIELD].split())
    head, sep, date = field.rpartition(";")
    if not sep:
        head, date = field, ""
    parts = clauses(head)
    frm_words, frm_notes = parts.get("from", ("", ""))
    by_words, by_notes = parts.get("by", ("", ""))
    with_words, with_notes = parts.get("with", ("", ""))
    proto = protocol(with_words) if with_words else ""
    everything = " ".join(n for _, n in parts.values())
    known = PROTOCOLS.get(proto)
    tls: bool | None = known[0] if known else None
    auth: bool | None = known[1] if known else None
    tls_hint = bool(_TLS_HINT.search(f"{everything} {with_words}"))
    if tls_hint:
        tls = True
    if _AUTH_HINT.search(everything):
        auth = True
    if "Microsoft SMTP Server" in with_words and tls is None:
        tls = tls_hint  # Microsoft names the TLS version when there is one
    when = parse_time(date) if date else None
    return {
        "from": host_of(frm_words, frm_notes) or _helo(frm_notes),
        "by": host_of(by_words, by_notes),
        # Postfix: "from HELO (rdns [IP])"; Exim: "from [IP] (helo=HELO)": the connecting address
        # is in the comment unless the comment only repeats the HELO name
        "ip": find_ip(_HELO_ANY.sub(" ", frm_notes)) or _literal(frm_words) or find_ip(frm_words),
        "with": proto,
        "tls": tls,
        "auth": auth,
        "time": when.isoformat() if when else None,
        "_when": when,
        "_raw": field,
    }


_HELO = re.compile(r"helo=([A-Za-z0-9_.\-]{1,253})", re.I)
_HELO_ANY = re.compile(r"helo=[^\s)]{0,255}", re.I)


def _helo(notes: str) -> str:
    """Exim writes ``from [192.0.2.1] (helo=name)``: the name it gave."""
    m = _HELO.search(notes)
    return m.group(1).rstrip(".").lower() if m else ""
