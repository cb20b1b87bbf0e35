#!/usr/bin/env python3
"""Does the bounce engine follow a change in the mail, or did it learn the file?  A generalisation figure.

usage: python -m tools.perturb [--show N] [--every K] [--class NAME]

Every bounce of the public corpus (``../shared/corpus/sisimai``) is changed in four ways and analysed
again; each variant says what the engine must answer, relative to its answer on the unchanged mail:

- ``address``: each failed recipient's address replaced everywhere by a new one (another local part
  and domain; also upper case, a plus address and an IDN domain in A-labels): the recipients must
  follow, the reasons stay.
- ``wording``: the remote server's reply replaced by a documented wording of another reason
  (``tests/unit/documented_wordings.py``, rows the engine reads right on their own, same class 4xx/5xx
  as the mail): the reason must follow, and the status and reply code where the wording has them.
- ``multi``: a DSN (``Final-Recipient`` block) gets a second recipient block with its own, different
  status and reply: two records, each with its own reason (nothing copied from the other).
- ``encoding``: CRLF line ends, header and DSN fields re-folded at 76 columns, text parts
  re-encoded as quoted-printable and as base64: the same answer.

A variant is skipped (not counted) when it cannot be made faithfully, e.g. when the address also sits in
an encoded part, or the reply's words cannot be found in the raw mail.  Prints the pass rate per class
and per format (the manifest's ``lhost``).  It only prints figures; ``tests/unit/test_bounce_perturb.py``
holds a floor for a fixed sample.
"""

from __future__ import annotations

import argparse
import collections
import email
import email.policy
import hashlib
import io
import re
import sys
from email.generator import BytesGenerator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pychecks.bounce import analyze  # noqa: E402
from pychecks.bounce.message import parse as parse_message  # noqa: E402
from tests.unit.documented_wordings import WORDINGS, Wording  # noqa: E402
from tests.unit.test_bounce_documented import DSN_WRONG, FRAGMENT_WRONG, row_id  # noqa: E402
from tools.corpus import pair_records  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "sisimai"
CLASSES = ("address", "wording", "multi", "encoding")
NEW_ADDRESSES = (
    ("other", "kenji.tanaka-77@mail.newdomain-test.jp"),
    ("upper", "Hanako.SATO@EXAMPLE-Mail.CO.JP"),
    ("plus", "taro+list-7@sub.example.org"),
    ("idn", "yuki@xn--r8jz45g.xn--zckzah"),
)
SECOND = "second.rcpt@another-domain.example"
# the format's own verdicts, and a local program's failure (its words are no remote reply)
_NOT_DECIDED = ("feedback", "vacation", "delivered", "mailererror", "")
# the command a reply answered changes what some words mean (decide.py, _refine): a wording is only put
# where its reason can be meant: no "user unknown" as the answer to MAIL FROM or DATA, no AUTH failure
# as the answer to a transaction command
_STAGE_BOUND = {"MAIL": {"userunknown", "filtered", "hostunknown", "suspend", "mailboxfull", "securityerror",
                         "norelaying", "notaccept"},
                "DATA": {"userunknown", "securityerror", "norelaying", "hostunknown"},
                "RCPT": {"securityerror"},
                "EHLO": {"userunknown", "rejected", "securityerror"},
                "CONNECT": {"userunknown", "rejected", "securityerror"}}


class Variant:
    """One changed mail and what the engine must answer for it."""

    __slots__ = ("cls", "name", "data", "check")

    def __init__(self, cls: str, name: str, data: bytes, check):
        self.cls = cls
        self.name = name
        self.data = data
        self.check = check  # records -> "" when right, else what was wrong


def _key(records: list[dict]) -> list[tuple[str, str, str, str]]:
    return sorted((str(r.get("recipient", "")).lower(), r.get("reason", ""), r.get("deliverystatus", ""),
                   r.get("replycode", "")) for r in records)


def _digest(*parts: str) -> int:
    return int(hashlib.sha1("|".join(parts).encode()).hexdigest()[:8], 16)


# -- (a) the recipient's address -------------------------------------------------------------------------

def _replace_address(raw: str, old: str, new: str) -> str:
    return re.sub(r"(?<![\w.+\-])" + re.escape(old) + r"(?![\w\-]|\.\w)", new, raw, flags=re.I)


def address_variants(raw: str, base: list[dict], expected: list[dict]) -> list[Variant]:
    # the address the engine reported for each expected row (else the row's own): the one to move
    paired = pair_records(expected, base)
    olds = [rec.get("recipient") or e.get("recipient") or "" for e, rec in zip(expected, paired, strict=True)]
    if not all("@" in o for o in olds) or len({o.lower() for o in olds}) != len(olds):
        return []
    out = []
    for name, template in NEW_ADDRESSES:
        text, wanted = raw, []
        for n, (old, rec) in enumerate(zip(olds, paired, strict=True)):
            local, _, domain = template.partition("@")
            new = f"{local}{n or ''}@{domain}" if len(olds) > 1 else template
            text = _replace_address(text, old, new)
            wanted.append((new, rec.get("reason", "")))
        msg = parse_message(text)
        if any(o.lower() in (msg.text + msg.raw_text).lower() for o in olds):
            continue  # the address also sits in an encoded part: the variant would not be faithful

        def check(records, wanted=wanted):
            got = {str(r.get("recipient", "")).lower(): r.get("reason", "") for r in records}
            for new, reason in wanted:
                if new.lower() not in got:
                    return f"no record for {new} (got {sorted(got)})"
                if reason and got[new.lower()] != reason:
                    return f"{new}: reason {got[new.lower()]} instead of {reason}"
            return ""

        out.append(Variant("address", name, text.encode("latin-1", "replace"), check))
    return out


# -- (b) the remote server's words ---------------------------------------------------------------------

def _usable(w: Wording) -> bool:
    rid = row_id(w)
    # a variant is written back as Latin-1: a Japanese wording would arrive as "?" marks
    return (rid not in FRAGMENT_WRONG and rid not in DSN_WRONG and w.reason not in ("expired", "delivered")
            and bool(re.match(r"[45]\d\d[ -]", w.text)) and len(w.text) < 400 and w.text.isascii())


POOL = [w for w in WORDINGS if _usable(w)]


def pick_wordings(seed: str, klass: str, not_reason: str, most: int, command: str = "") -> list[Wording]:
    """Up to ``most`` wordings of other reasons than ``not_reason`` (each reason once), of class ``klass``,
    that can be the answer to ``command``."""
    bound = _STAGE_BOUND.get(command, set())
    rows = sorted((w for w in POOL if w.text[0] == klass and w.reason != not_reason and w.reason not in bound),
                  key=lambda w: _digest(seed, row_id(w)))
    out, seen = [], set()
    for w in rows:
        if w.reason not in seen:
            seen.add(w.reason)
            out.append(w)
        if len(out) == most:
            break
    return out


_QUOTES = "'\"#()[]<>`"


def _same(raw_token: str, token: str) -> bool:
    """The same word, also inside quotes or after a hash the notice put around it ("#550", "'550").'"""
    if raw_token[:5].lower() == "smtp;" and len(raw_token) > 5:
        raw_token = raw_token[5:]  # "Diagnostic-Code: smtp;550 ..." written without a space
    return raw_token == token or raw_token.strip(_QUOTES) == token.strip(_QUOTES) != ""


def _runs(raw_tokens: list[tuple[str, int, int]], raw: str, tokens: list[str]) -> list[tuple[int, int]]:
    """Where ``tokens`` stand in a row among ``raw_tokens`` (separated by spaces and at most one line
    break: a field folded anywhere): [(first raw token, count)]."""
    found = []
    for p, (tok, _, _) in enumerate(raw_tokens):
        if not _same(tok, tokens[0]):
            continue
        k = 1
        while (k < len(tokens) and p + k < len(raw_tokens) and _same(raw_tokens[p + k][0], tokens[k])
               and raw.count("\n", raw_tokens[p + k - 1][2], raw_tokens[p + k][1]) <= 1):
            k += 1
        found.append((p, k))
    return found


def reply_spans(raw: str, diag: str) -> list[list[tuple[int, int]]]:
    """Character spans of the reply's words in the raw mail (a field folded anywhere, or the text part),
    one list per run of words, covering at least 70% of it; [] when the words are not found that way."""
    tokens = diag.split()
    if tokens and tokens[0].lower() == "smtp;":
        tokens = tokens[1:]
    if len(tokens) < 2:
        return []
    raw_tokens = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"\S+", raw)]
    runs, i, covered = [], 0, 0
    while i < len(tokens):
        hits = _runs(raw_tokens, raw, tokens[i:])
        k = max((n for _, n in hits), default=0)
        if k >= 3 or (k and i + k == len(tokens)):
            spans = [(raw_tokens[p][1], raw_tokens[p + k - 1][2]) for p, n in hits if n == k]
            runs.append(spans)
            covered += sum(len(t) for t in tokens[i : i + k])
            i += k
        else:
            i += 1
    return runs if covered >= 0.7 * sum(len(t) for t in tokens) else []


_STATUS_FIELD = re.compile(r"^(Status[ \t]*:[ \t]*)[245]\.\d{1,3}\.\d{1,3}", re.I | re.M)


def status_of(w: Wording) -> str:
    """The Status: field a reporting MTA writes for this reply: the wording's code, else its class."""
    return w.deliverystatus or f"{w.text[0]}.0.0"


_ADDRESS = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|[\w.+\-]+@(?=[>\s])")


def reply_text(w: Wording, recipient: str, sender: str = "") -> str:
    """The wording as this recipient's server would say it: an address it names is the recipient's,
    or the sender's where it speaks of the sender."""
    who = sender if "sender" in w.text.lower() else recipient
    return _ADDRESS.sub(who, w.text) if who else w.text


def put_wording(raw: str, runs: list[list[tuple[int, int]]], w: Wording, recipient: str = "",
                sender: str = "", old_status: str = "") -> str:
    said = reply_text(w, recipient, sender)
    kept: list[tuple[int, int, str]] = []
    for n, spans in enumerate(runs):  # the first (longest) run wins where runs overlap
        for a, b in spans:
            if all(b <= x or a >= y for x, y, _ in kept):
                kept.append((a, b, said if n == 0 else ""))
    text = raw
    for a, b, new in sorted(kept, reverse=True):
        text = text[:a] + new + text[b:]
    text = _STATUS_FIELD.sub(lambda m: m.group(1) + status_of(w), text)
    if old_status:  # the notice's own mentions of the code ("see DSN code 5.1.1") name the new one
        text = re.sub(r"(?<![\w.])" + re.escape(old_status) + r"(?![\w.]|\.\d)", status_of(w), text)
    # the words are now a remote server's: the field says so
    return re.sub(r"^(Diagnostic-Code[ \t]*:[ \t]*)x-unix[ \t]*;", r"\1smtp;", text, flags=re.I | re.M)


def wording_variants(raw: str, base: list[dict], file: str) -> list[Variant]:
    if len(base) != 1 or base[0].get("reason") in _NOT_DECIDED:
        return []
    rec = base[0]
    runs = reply_spans(raw, rec.get("diagnosticcode", ""))
    code = rec.get("deliverystatus") or rec.get("replycode") or ""
    if not runs or code[:1] not in ("4", "5"):
        return []
    out = []
    for w in pick_wordings(file, code[0], rec["reason"], 3, rec.get("smtpcommand", "")):
        text = put_wording(raw, runs, w, rec["recipient"], rec.get("addresser", ""), rec.get("deliverystatus", ""))
        if rec["recipient"].lower() not in parse_message(text).text.lower():
            continue  # the reply was the only place naming the recipient: the variant would lose it

        def check(records, w=w):
            if len(records) != 1:
                return f"{len(records)} records"
            r = records[0]
            wrong = [f"reason {r['reason']} (want {w.reason})"] if r["reason"] != w.reason else []
            if w.deliverystatus and r["deliverystatus"] != w.deliverystatus:
                wrong.append(f"status {r['deliverystatus']} (want {w.deliverystatus})")
            if w.replycode and r["replycode"] != w.replycode:
                wrong.append(f"reply {r['replycode']} (want {w.replycode})")
            return "; ".join(wrong)

        out.append(Variant("wording", w.reason, text.encode("latin-1", "replace"), check))
    return out


# -- (c) a second recipient block in a DSN -------------------------------------------------------------

_RCPT_BLOCK = re.compile(r"^(?:Original|Final)-Recipient[ \t]*:.*?(?=\r?\n[ \t]*\r?\n|\r?\n--|\Z)", re.I | re.M | re.S)
_FIELD_VALUE = r"^({name}[ \t]*:[ \t]*)(?:[^\n]*)(?:\n[ \t]+[^\n]*)*"


def _set_field(block: str, name: str, value: str) -> str:
    pattern = re.compile(_FIELD_VALUE.format(name=name), re.I | re.M)
    if pattern.search(block):
        return pattern.sub(lambda m: m.group(1) + value, block, count=1)
    return block.rstrip("\n") + f"\n{name}: {value}"


def multi_variants(raw: str, base: list[dict], expected: list[dict], file: str) -> list[Variant]:
    if len(base) != 1 or len(expected) != 1 or base[0].get("reason") in _NOT_DECIDED:
        return []
    m = _RCPT_BLOCK.search(raw)
    if not m or not re.search(r"^Status[ \t]*:", m.group(0), re.I | re.M):
        return []
    rec = base[0]
    code = rec.get("deliverystatus") or rec.get("replycode") or "5"
    picks = pick_wordings(file + "#multi", code[0], rec["reason"], 1, rec.get("smtpcommand", ""))
    if not picks:
        return []
    w = picks[0]
    block = m.group(0)
    status = status_of(w)
    second = re.sub(r"[^\s;<>]+@[^\s;<>]+", SECOND, block)
    second = _set_field(second, "Status", status)
    second = _set_field(second, "Diagnostic-Code", "smtp; " + reply_text(w, SECOND, rec.get("addresser", "")))
    text = raw[: m.end()] + "\n\n" + second + raw[m.end() :]
    first = str(rec.get("recipient", "")).lower()

    def check(records):
        got = {str(r.get("recipient", "")).lower(): r for r in records}
        if len(records) != 2 or first not in got or SECOND not in got:
            return f"records {sorted(got)} (want {first} and {SECOND})"
        wrong = []
        if got[first]["reason"] != rec["reason"]:
            wrong.append(f"first: {got[first]['reason']} (want {rec['reason']})")
        if got[SECOND]["reason"] != w.reason:
            wrong.append(f"second: {got[SECOND]['reason']} (want {w.reason})")
        if w.deliverystatus and got[SECOND]["deliverystatus"] != status:
            wrong.append(f"second status {got[SECOND]['deliverystatus']} (want {status})")
        return "; ".join(wrong)

    return [Variant("multi", w.reason, text.encode("latin-1", "replace"), check)]


# -- (d) line ends, folding, transfer encodings ---------------------------------------------------------

def _fold(line: str, width: int = 76) -> str:
    out = []
    while len(line) > width:
        cut = line.rfind(" ", 0, width)
        if cut <= line.find(":") + 2:
            break
        out.append(line[:cut])
        line = " " + line[cut:].lstrip(" ")
    return "\n".join([*out, line])


def refold(raw: str) -> str:
    """Fold long fields of the mail's header and of its delivery-status part at 76 columns (RFC 5322)."""
    lines = raw.split("\n")
    out, mode, dsn_next = [], "header", False
    for line in lines:
        if mode in ("header", "dsn") and line.strip() == "":
            mode = "dsn" if dsn_next else "body"
            dsn_next = False
        elif mode == "dsn" and line.startswith("--"):
            mode = "body"
        elif mode == "body" and re.match(r"content-type:[ \t]*message/delivery-status", line, re.I):
            dsn_next = True
        if mode in ("header", "dsn") and len(line) > 76 and re.match(r"[A-Za-z][\w-]*:", line):
            line = _fold(line)
        out.append(line)
    return "\n".join(out)


def transfer_encode(data: bytes, cte: str) -> bytes | None:
    """The same mail with every text part of the notice (not of the returned message) in ``cte``."""
    msg = email.message_from_bytes(data, policy=email.policy.compat32)

    def walk(part) -> None:
        if part.is_multipart():
            for sub in part.get_payload():
                if sub.get_content_type() not in ("message/rfc822", "text/rfc822-headers"):
                    walk(sub)
            return
        if part.get_content_maintype() != "text" or part.get_content_type() == "text/rfc822-headers":
            return
        if part.get("Content-Transfer-Encoding", "7bit").strip().lower() not in ("7bit", "8bit", "binary"):
            return
        body = part.get_payload(decode=True) or b""
        del part["Content-Transfer-Encoding"]
        part["Content-Transfer-Encoding"] = cte
        if cte == "base64":
            import base64

            enc = base64.encodebytes(body).decode("ascii")
        else:
            import quopri

            enc = quopri.encodestring(body).decode("ascii")
        part.set_payload(enc)

    try:
        walk(msg)
        fp = io.BytesIO()
        BytesGenerator(fp, mangle_from_=False, maxheaderlen=0).flatten(msg)
        return fp.getvalue()
    except Exception:  # noqa: BLE001 - a mail the library cannot re-serialise gives no variant
        return None


def encoding_variants(data: bytes, base: list[dict]) -> list[Variant]:
    want = _key(base)

    def check(records):
        got = _key(records)
        return "" if got == want else f"{got} instead of {want}"

    raw = data.decode("latin-1")
    out = []
    if b"\r\n" not in data:
        out.append(Variant("encoding", "crlf", data.replace(b"\n", b"\r\n"), check))
    folded = refold(raw)
    if folded != raw:
        out.append(Variant("encoding", "fold76", folded.encode("latin-1"), check))
    for cte in ("quoted-printable", "base64"):
        enc = transfer_encode(data, cte)
        if enc is not None:
            out.append(Variant("encoding", cte, enc, check))
    return out


# -- running -------------------------------------------------------------------------------------------

def variants_for(entry: dict, data: bytes, base: list[dict]) -> list[Variant]:
    raw = data.decode("latin-1")
    expected = entry.get("expected") or []
    return [*address_variants(raw, base, expected), *wording_variants(raw, base, entry["file"]),
            *multi_variants(raw, base, expected, entry["file"]), *encoding_variants(data, base)]


def run(every: int = 1, only: str = "") -> list[tuple[str, str, str, str]]:
    """(format, class, variant name + file, "" or what went wrong) for each variant."""
    import json

    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    results = []
    for n, entry in enumerate(manifest):
        if n % every:
            continue
        path = CORPUS / entry["file"]
        if not path.is_file():
            continue
        data = path.read_bytes()
        base = analyze(data)
        for v in variants_for(entry, data, base):
            if only and v.cls != only:
                continue
            results.append((entry.get("lhost", "?"), v.cls, f"{v.name} {entry['file']}", v.check(analyze(v.data))))
    return results


def rates(results) -> dict[str, tuple[int, int]]:
    """Class -> (passed, total)."""
    out: dict[str, list[int]] = {c: [0, 0] for c in CLASSES}
    for _, cls, _, wrong in results:
        out[cls][0] += not wrong
        out[cls][1] += 1
    return {c: (p, t) for c, (p, t) in out.items()}


def report(results, show: int = 0) -> None:
    total = sum(1 for _ in results)
    passed = sum(1 for r in results if not r[3])
    print(f"perturbation: {passed}/{total} variants followed ({passed / max(total, 1):.1%})")
    for cls, (p, t) in rates(results).items():
        print(f"  {cls:9} {p:5}/{t:<5} {p / max(t, 1):6.1%}")
    per: dict[str, dict[str, list[int]]] = collections.defaultdict(lambda: {c: [0, 0] for c in CLASSES})
    for fmt, cls, _, wrong in results:
        per[fmt][cls][0] += not wrong
        per[fmt][cls][1] += 1
    print("  per format (passed/total: " + " ".join(CLASSES) + ")")
    for fmt in sorted(per, key=lambda f: (sum(p for p, _ in per[f].values()) / max(sum(t for _, t in per[f].values()), 1), f)):
        cells = " ".join(f"{p:>3}/{t:<3}" if t else "   -   " for p, t in per[fmt].values())
        print(f"  {fmt:22} {cells}")
    if show:
        print("  failures:")
        for _fmt, cls, name, wrong in [r for r in results if r[3]][:show]:
            print(f"  [{cls}] {name}: {wrong[:300]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", type=int, default=0, help="list N failing variants")
    ap.add_argument("--every", type=int, default=1, help="use every K-th corpus file")
    ap.add_argument("--class", dest="only", default="", choices=("", *CLASSES))
    a = ap.parse_args(argv)
    if not (CORPUS / "manifest.json").is_file():
        print(f"perturbation: corpus not present ({CORPUS})")
        return 0
    report(run(a.every, a.only), a.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
