"""Raw mail (or only its header block) -> hops, delays, authentication, spam verdicts.

The message is read by the bounce engine's parser (:mod:`pychecks.bounce.message`:
line endings, folding, RFC 2047, charsets); this module reads the fields.
The input is capped like the bounce analyzer's (:data:`MAX_INPUT_BYTES`), the
hop count is capped (:data:`MAX_HOPS`), and :func:`analyze` never raises.
"""

from __future__ import annotations

import re
from datetime import datetime

from ..bounce import engine as bounce_engine
from ..bounce import message
from . import auth, received, spam, verdict

MAX_INPUT_BYTES = bounce_engine.MAX_INPUT_BYTES
MAX_HOPS = 300  # Received fields read (RFC 5321 loop detection rejects far fewer)
SKEW_TOLERANCE_S = 0  # any negative step is a clock difference, never a delay

# Where a hop's host is: the reader's view of the mail's path.
SIDES = ("sender", "relay", "provider", "recipient", "server")


class HeaderInputError(ValueError):
    """Input the analyser refuses; ``message_ja`` says why in Japanese."""

    def __init__(self, code: str, message_ja: str) -> None:
        super().__init__(message_ja)
        self.code = code
        self.message_ja = message_ja


def too_large_message(size: int) -> str:
    return (f"入力が大きすぎます({int(size):,} バイト)。{MAX_INPUT_BYTES // (1024 * 1024)} MB までの"
            "メールかヘッダを貼り付けてください。ヘッダ(本文より前の部分)だけでも解析できます。")


EMPTY_MESSAGE = "メールのヘッダを貼り付けるか、ファイルを選んでください。"
NO_HEADERS_MESSAGE = ("メールのヘッダが見つかりませんでした。「Received:」や「From:」で始まる行を含む、"
                      "ヘッダ全体を貼り付けてください。")
FAILED_MESSAGE = "解析できませんでした。メールのヘッダを加工せず、そのまま貼り付けてください。"


def _size(data: bytes | str) -> int:
    if isinstance(data, (bytes, bytearray)):
        return len(data)
    # a cheap upper bound first: most pastes are far below the limit
    return len(data) if len(data) * 4 <= MAX_INPUT_BYTES else len(data.encode("utf-8", "replace"))


def _pick_headers(msg: message.Message) -> tuple[message.Headers, str]:
    """The header block to read: the mail's own, or the returned original inside a bounce."""
    own = msg.headers
    orig = msg.original
    if orig and "received" in orig and bounce_engine.looks_like_bounce(msg):
        return orig, "returned"
    return own, "message"


# Fields that open a received mail's header block; text before one of them is not the mail.
_FIRST_FIELD = re.compile(r"^(?:Delivered-To|Received|Return-Path|ARC-Seal|X-Received|Authentication-Results|"
                          r"DKIM-Signature|X-Apparently-To|Received-SPF):", re.M | re.I)
SEARCH_LIMIT = 200_000  # characters searched for the header block behind a pasted page


def _parse_from_first_field(data: bytes | str) -> message.Message | None:
    """Headers pasted with text before them (all of Gmail's "show original" page, a note):

    parse from the first line that starts a header block.
    """
    text = data if isinstance(data, str) else bytes(data).decode("latin-1")
    m = _FIRST_FIELD.search(text, 0, SEARCH_LIMIT)  # "^" also matches after "\r\n"
    if not m or m.start() == 0:
        return None
    rest = text[m.start():]
    return message.parse(rest if isinstance(data, str) else rest.encode("latin-1"))


def hops_of(headers: message.Headers) -> tuple[list[dict], bool]:
    """The hops, oldest first (each server adds its Received field on top), and whether capped."""
    fields = headers.get_all("received")
    capped = len(fields) > MAX_HOPS
    fields = fields[:MAX_HOPS]
    hops = [received.parse(f) for f in reversed(fields)]
    return hops, capped


def _seconds(a: datetime, b: datetime) -> int:
    return int((b - a).total_seconds())


def delays(hops: list[dict], sent: datetime | None) -> list[dict]:
    """Per-hop ``delay_s`` against the previous known time (the ``Date`` field for the first hop).

    A step back in time is a clock difference between two servers: the hop
    gets ``delay_s`` 0 and ``skew_s`` (the negative step) instead of a
    negative delay.  A hop without a readable time gets ``delay_s`` None.
    """
    prev = sent
    for hop in hops:
        when = hop["_when"]
        hop["skew_s"] = None
        if when is None or prev is None:
            hop["delay_s"] = None
        else:
            step = _seconds(prev, when)
            if step < -SKEW_TOLERANCE_S:
                hop["delay_s"] = 0
                hop["skew_s"] = step
            else:
                hop["delay_s"] = step
        if when is not None:
            prev = when if prev is None else max(prev, when)  # a slow clock does not move time back
    return hops


def _by_org(hop: dict) -> str:
    return auth.org_domain(hop["by"]) if "." in hop["by"] else ""


def sides(hops: list[dict], provider_domains: tuple[str, ...] = ()) -> None:
    """Mark each hop's receiving host (``by``) as sender / relay / provider / recipient / server.

    With the provider's domains known, hops before its first host are the
    sender's, after its last the recipient's.  Otherwise consecutive hosts of
    one organisational domain form groups: the first group is the sender's,
    the last the recipient's; a single group is just "server".  A host
    without a domain name (an address, or a Gmail-internal ``by 2002:…``)
    stays in the group before it.
    """
    orgs: list[str] = []
    for hop in hops:
        org = _by_org(hop)
        orgs.append(org or (orgs[-1] if orgs else ""))
    if orgs and not orgs[0]:
        first = next((o for o in orgs if o), "")
        orgs = [o or first for o in orgs]
    provs = {auth.org_domain(d) for d in provider_domains if auth.org_domain(d)}
    mine = [i for i, o in enumerate(orgs) if o in provs]
    if mine:
        lo, hi = mine[0], mine[-1]
        for i, hop in enumerate(hops):
            hop["side"] = "sender" if i < lo else "recipient" if i > hi else "provider"
        return
    groups: list[int] = []
    for i, o in enumerate(orgs):
        groups.append(0 if i == 0 else groups[-1] + (o != orgs[i - 1]))
    last = groups[-1] if groups else 0
    for hop, g in zip(hops, groups, strict=True):
        hop["side"] = "server" if last == 0 else "sender" if g == 0 else "recipient" if g == last else "relay"


def slowest(hops: list[dict]) -> int | None:
    """Index of the hop with the longest delay (the first of equals); None when no hop has one."""
    best: int | None = None
    for i, hop in enumerate(hops):
        d = hop["delay_s"]
        if d is not None and d > 0 and (best is None or d > hops[best]["delay_s"]):
            best = i
    return best


def _public(hop: dict) -> dict:
    return {k: v for k, v in hop.items() if not k.startswith("_")}


def analyze(data: bytes | str, provider_domains: tuple[str, ...] | list[str] = ()) -> dict:
    """Analyse one mail's header fields; never raises.

    Returns the contract fields (``hops``, ``total_delay_s``, ``slowest_hop``
    (an index into ``hops``), ``auth``, ``verdict``) plus ``spam``,
    ``warnings``, ``verdict_items``, ``source``, ``sent``, ``error``.  Bad
    input gives ``error`` ``{"code", "message"}`` with a Japanese message and
    empty results.
    """
    try:
        return _analyze(data, tuple(str(d) for d in (provider_domains or ())[:20]))
    except HeaderInputError as exc:
        return empty(exc.code, exc.message_ja)
    except (Exception, RecursionError):  # noqa: BLE001 - never fail on odd input
        return empty("failed", FAILED_MESSAGE)


def empty(code: str | None = None, message_ja: str = "") -> dict:
    return {
        "hops": [], "total_delay_s": None, "slowest_hop": None,
        "auth": {"spf": None, "dkim": None, "dmarc": None, "aligned": None, "from_domain": ""},
        "spam": [], "warnings": [], "verdict": message_ja, "verdict_items": [], "source": None,
        "sent": None, "hops_capped": False,
        "error": {"code": code, "message": message_ja} if code else None,
    }


def _analyze(data: bytes | str, provider_domains: tuple[str, ...]) -> dict:
    if data is None or not isinstance(data, (bytes, bytearray, str)):
        raise HeaderInputError("empty", EMPTY_MESSAGE)
    size = _size(data)
    if size > MAX_INPUT_BYTES:
        raise HeaderInputError("too_large", too_large_message(size))
    if not (data.strip() if isinstance(data, str) else bytes(data).strip()):
        raise HeaderInputError("empty", EMPTY_MESSAGE)
    msg = message.parse(data)
    if not msg.has_headers:
        msg = _parse_from_first_field(data)
    elif "received" not in msg.headers and not msg.original and len(msg.headers) <= 3:
        # a header-like first line ("SPF: PASS" from a copied page) hid the real block; a real
        # header block without Received (a draft, a sent copy) has more fields and is kept
        alt = _parse_from_first_field(data)
        msg = alt if alt is not None and "received" in alt.headers else msg
    if msg is None or not msg.has_headers:
        raise HeaderInputError("no_headers", NO_HEADERS_MESSAGE)
    headers, source = _pick_headers(msg)
    hops, capped = hops_of(headers)
    date_value = headers.get("date")
    sent = received.parse_time(date_value) if date_value else None
    delays(hops, sent)
    sides(hops, provider_domains)
    times = [h["_when"] for h in hops if h["_when"] is not None]
    total = None
    if times:
        start = sent or times[0]
        total = max(0, _seconds(start, max(times))) if (sent or len(times) > 1) else None
    warnings = verdict.warnings(hops, sent, date_value, capped)
    facts = auth.summarize(headers)
    spams = spam.verdicts(headers)
    slow = slowest(hops)
    public = [_public(h) for h in hops]
    items = verdict.items(public, total, slow, facts, spams, sent is not None, source)
    return {
        "hops": public,
        "total_delay_s": total,
        "slowest_hop": slow,
        "auth": facts,
        "spam": spams,
        "warnings": warnings,
        "verdict": "\n".join(i["text"] for i in items),
        "verdict_items": items,
        "source": source,
        "sent": sent.isoformat() if sent else None,
        "hops_capped": capped,
        "error": None,
    }
