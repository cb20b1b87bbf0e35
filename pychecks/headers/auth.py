"""SPF, DKIM and DMARC results from a mail's header fields, and their alignment.

Sources, most trusted first: the topmost ``Authentication-Results`` fields
(RFC 8601; written by the receiving system that delivered the mail; lower
ones may come from earlier systems or be forged by the sender),
``Received-SPF`` (RFC 7208), and ``DKIM-Signature`` (which domains signed,
not whether the signatures hold).  ``ARC-Authentication-Results`` (RFC
8617) are what a forwarder saw before it passed the mail on; they are
reported separately, since forwarding commonly breaks SPF.

Alignment is DMARC's *relaxed* alignment (RFC 7489 section 3.1): two
domains align when their organisational domains are equal.  The real rule
uses the Public Suffix List; this module carries only a small built-in
list of common multi-label suffixes (:data:`MULTI_LABEL_SUFFIXES`, mostly
Japanese, British and Australian ones), so for a domain under an unlisted
multi-label suffix the organisational domain is guessed as the last two
labels and the answer may be wrong.
"""

from __future__ import annotations

import re

MAX_FIELDS = 50  # Authentication-Results / DKIM-Signature fields that are read
MAX_STATEMENTS = 100  # method results read from the receiving system's Authentication-Results

MULTI_LABEL_SUFFIXES = frozenset({
    # Japan (JPRS attribute and geographic-type names are under these)
    "co.jp", "ne.jp", "or.jp", "ac.jp", "ad.jp", "ed.jp", "go.jp", "gr.jp", "lg.jp",
    # United Kingdom, Australia, and a few other common ones
    "co.uk", "org.uk", "ac.uk", "gov.uk", "ltd.uk", "plc.uk", "me.uk", "net.uk",
    "com.au", "net.au", "org.au", "edu.au", "gov.au",
    "co.kr", "or.kr", "ne.kr", "com.cn", "net.cn", "org.cn", "com.tw", "net.tw", "org.tw",
    "com.hk", "com.sg", "co.nz", "co.in", "com.br", "co.za",
})

RESULTS = ("pass", "fail", "softfail", "neutral", "none", "temperror", "permerror", "policy", "hardfail")
_RESULT_ORDER = {r: i for i, r in enumerate(("pass", "neutral", "policy", "none", "temperror", "permerror",
                                             "softfail", "fail", "hardfail"))}
_DOMAIN = re.compile(r"^[a-z0-9_](?:[a-z0-9_\-]{0,62}\.)*[a-z0-9_\-]{1,63}$")
_ADDR = re.compile(r"<([^<>@\s]{0,200}@[^<>\s]{1,253})>|([^\s<>\"(),;:]{1,200}@[A-Za-z0-9_.\-]{1,253})")


def clean_domain(value: str) -> str:
    """A domain in lower case without a trailing dot; "" when ``value`` is not one."""
    value = (value or "").strip().strip("<>\"'").rstrip(".").lower()
    if "@" in value:
        value = value.rsplit("@", 1)[1]
    value = value.strip("[]")
    # a dot is required: Microsoft writes "header.d=none" for "no signature"
    return value if "." in value and len(value) <= 253 and _DOMAIN.match(value) else ""


def org_domain(domain: str) -> str:
    """The organisational domain: the registrable part (see the module doc for the limits)."""
    labels = clean_domain(domain).split(".")
    if len(labels) < 2 or not labels[0]:
        return ".".join(labels)
    n = 3 if ".".join(labels[-2:]) in MULTI_LABEL_SUFFIXES and len(labels) >= 3 else 2
    return ".".join(labels[-n:])


def aligned(a: str, b: str) -> bool:
    """Relaxed alignment of two domains."""
    oa, ob = org_domain(a), org_domain(b)
    return bool(oa) and oa == ob


def address_domain(value: str) -> str:
    """The domain of the (last) address in a From-like field."""
    found = ""
    for m in _ADDR.finditer(value or ""):
        found = m.group(1) or m.group(2)
    return clean_domain(found)


# ---------------------------------------------------------------------------
# Authentication-Results (RFC 8601)
# ---------------------------------------------------------------------------


def _strip_comments(value: str) -> tuple[str, list[str]]:
    """Text outside parentheses (quoted strings kept), and the comments."""
    out: list[str] = []
    comments: list[str] = []
    buf: list[str] = []
    depth = 0
    quoted = False
    for ch in value:
        if depth:
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if not depth:
                    comments.append("".join(buf).strip())
                    buf.clear()
                    out.append(" ")
                    continue
            buf.append(ch)
            continue
        if ch == '"':
            quoted = not quoted
        elif ch == "(" and not quoted:
            depth = 1
            continue
        out.append(ch)
    return "".join(out), comments


def _tokens(stmt: str) -> list[tuple[str, str]]:
    """``method=result ptype.prop=value …`` -> [(key, value)] (quoted values unquoted)."""
    out: list[tuple[str, str]] = []
    for m in re.finditer(r'([A-Za-z0-9_.\-]{1,64})\s{0,3}=\s{0,3}("[^"]{0,1000}"|[^\s;]{0,1000})', stmt):
        out.append((m.group(1).lower(), m.group(2).strip('"')))
    return out


def parse_ar(value: str) -> tuple[str, list[dict]]:
    """One Authentication-Results value -> (authserv-id, [{"method", "result", "props", "comment"}])."""
    text, _ = _strip_comments(value[:8000])
    statements = text.split(";")
    first = statements[0].strip()
    serv = ""
    if first and "=" not in first.split(" ", 1)[0]:
        serv = first.split()[0].lower()
        statements = statements[1:]
    elif first.lower().startswith("i="):  # ARC-Authentication-Results: "i=1; authserv-id; …"
        statements = statements[1:]
        if statements and "=" not in statements[0].strip().split(" ", 1)[0]:
            serv = statements[0].strip().split(" ", 1)[0].lower()
            statements = statements[1:]
    out = []
    for stmt in statements:
        toks = _tokens(stmt)
        if not toks:
            continue
        method, result = toks[0]
        method = method.split("/", 1)[0]
        if method not in ("spf", "dkim", "dmarc", "arc", "auth", "iprev", "compauth", "dkim-atps", "bimi"):
            continue
        out.append({"method": method, "result": result.lower(), "props": dict(toks[1:])})
    return serv, out


def _arc_instance(value: str) -> int:
    m = re.match(r"\s{0,4}i\s{0,2}=\s{0,2}(\d{1,3})", value)
    return int(m.group(1)) if m else 0


def _tags(value: str) -> dict[str, str]:
    """``k=v; k=v`` tag lists (DKIM-Signature, RFC 6376 section 3.2)."""
    out: dict[str, str] = {}
    for part in value[:8000].split(";"):
        k, sep, v = part.partition("=")
        if sep:
            out.setdefault(k.strip().lower(), "".join(v.split()))
    return out


# ---------------------------------------------------------------------------
# The summary
# ---------------------------------------------------------------------------


def _worst(results: list[str]) -> str:
    return max(results, key=lambda r: _RESULT_ORDER.get(r, 4)) if results else ""


def _spf_domain(props: dict[str, str]) -> str:
    return clean_domain(props.get("smtp.mailfrom", "")) or clean_domain(props.get("smtp.helo", ""))


def _dkim_domain(props: dict[str, str]) -> str:
    return clean_domain(props.get("header.d", "")) or clean_domain(props.get("header.i", ""))


def summarize(headers) -> dict:
    """The authentication facts of ``headers`` (a :class:`pychecks.bounce.message.Headers`).

    Returns ``{"spf", "dkim", "dmarc"}`` as result words ("pass", "fail", …,
    or None when no field says), ``"aligned"`` (True when a passing SPF or
    DKIM domain aligns with From, False when results exist and none does,
    None when nothing is known), ``"from_domain"``, and the details behind
    them (``spf_domain``, ``dkim_signatures``, ``dmarc_policy``, ``alignment``,
    ``arc``, ``sources``).
    """
    from_domain = address_domain(headers.get("from"))
    ars = headers.get_all("authentication-results")[:MAX_FIELDS]
    # the topmost field's authserv-id names the receiving system; take its fields only
    parsed = [parse_ar(v) for v in ars]
    serv = parsed[0][0] if parsed else ""
    mine = [stmts for s, stmts in parsed if s == serv] if parsed else []
    stmts = [st for group in mine for st in group][:MAX_STATEMENTS]
    sources: list[str] = ["Authentication-Results"] if stmts else []

    spf_res = [st for st in stmts if st["method"] == "spf"]
    spf = spf_res[0]["result"] if spf_res else None
    spf_domain = _spf_domain(spf_res[0]["props"]) if spf_res else ""
    rspf = headers.get_all("received-spf")[:MAX_FIELDS]
    if rspf:
        word = (rspf[0].split() or [""])[0].lower().rstrip(":;")
        tags = {k: v for k, v in _tokens(rspf[0])}
        if spf is None and word in RESULTS:
            spf = word
            sources.append("Received-SPF")
        if not spf_domain:
            spf_domain = clean_domain(tags.get("envelope-from", "")) or clean_domain(tags.get("smtp.mailfrom", ""))
            if not spf_domain:
                m = re.search(r"domain of (?:\S{0,200}@)?([A-Za-z0-9_.\-]{1,253})", rspf[0])
                spf_domain = clean_domain(m.group(1)) if m else ""
    if not spf_domain:
        spf_domain = clean_domain(headers.get("return-path"))

    dkim_res = [st for st in stmts if st["method"] == "dkim"]
    signatures: list[dict] = []
    for raw in headers.get_all("dkim-signature")[:MAX_FIELDS]:
        tags = _tags(raw)
        d = clean_domain(tags.get("d", ""))
        if d:
            signatures.append({"domain": d, "selector": tags.get("s", "")[:100], "result": None})
    for st in dkim_res:
        d = _dkim_domain(st["props"])
        sel = st["props"].get("header.s", "")[:100]
        hit = next((s for s in signatures if (s["domain"] == d or not d) and (not sel or s["selector"] in ("", sel))
                    and s["result"] is None), None)
        if hit is None:
            if len(signatures) < MAX_FIELDS:
                signatures.append({"domain": d, "selector": sel, "result": st["result"]})
        else:
            hit["result"] = st["result"]
            hit["selector"] = hit["selector"] or sel
    dkim_results = [s["result"] for s in signatures if s["result"]]
    dkim = None
    if dkim_results:
        dkim = "pass" if "pass" in dkim_results else _worst(dkim_results)
    elif dkim_res:
        dkim = dkim_res[0]["result"]
    if dkim and "DKIM-Signature" not in sources and signatures:
        sources.append("DKIM-Signature")

    dmarc_res = [st for st in stmts if st["method"] == "dmarc"]
    dmarc = dmarc_res[0]["result"] if dmarc_res else None
    dmarc_policy = ""
    if dmarc_res:
        props = dmarc_res[0]["props"]
        dmarc_policy = (props.get("policy.dmarc") or props.get("p") or "").lower()[:20]
        if not dmarc_policy and props.get("action", "").lower() in ("reject", "quarantine", "none"):
            dmarc_policy = props["action"].lower()  # Microsoft writes the action it took
        hfrom = clean_domain(props.get("header.from", ""))
        from_domain = from_domain or hfrom
        if not dmarc_policy:
            m = re.search(r"\bp=([A-Za-z]{1,12})", ars[0] if ars else "")
            dmarc_policy = m.group(1).lower() if m else ""
    compauth = next((st["result"] for st in stmts if st["method"] == "compauth"), None)

    spf_aligned = aligned(spf_domain, from_domain) if spf_domain and from_domain else None
    dkim_aligned_pass = [s for s in signatures if s["result"] == "pass" and aligned(s["domain"], from_domain)]
    dkim_aligned: bool | None = None
    if from_domain and signatures:
        dkim_aligned = any(aligned(s["domain"], from_domain) for s in signatures)
    is_aligned: bool | None = None
    if from_domain and (spf is not None or dkim is not None):
        is_aligned = bool((spf == "pass" and spf_aligned) or dkim_aligned_pass)

    arc = []
    for raw in headers.get_all("arc-authentication-results")[:MAX_FIELDS]:
        s, st = parse_ar(raw)
        arc.append({"instance": _arc_instance(raw), "authserv_id": s,
                    **{m: next((x["result"] for x in st if x["method"] == m), None) for m in ("spf", "dkim", "dmarc")}})
    arc.sort(key=lambda a: a["instance"])

    return {
        "spf": spf,
        "dkim": dkim,
        "dmarc": dmarc,
        "aligned": is_aligned,
        "from_domain": from_domain,
        "spf_domain": spf_domain,
        "dkim_signatures": signatures[:MAX_FIELDS],
        "dmarc_policy": dmarc_policy,
        "compauth": compauth,
        "alignment": {"spf": spf_aligned, "dkim": dkim_aligned},
        "authserv_id": serv,
        "arc": arc,
        "arc_seal": (_tags(headers.get("arc-seal")).get("cv", "") or None) if "arc-seal" in headers else None,
        "sources": sources,
    }
