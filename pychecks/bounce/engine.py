"""The pipeline: parse the message, pick a format parser, merge with the DSN, classify."""

from __future__ import annotations

import re

from . import dsn, message, record
from .facts import Fact, find_addresses
from .formats import REGISTRY, generic, signatures

MAX_INPUT_BYTES = 10 * 1024 * 1024


class BounceInputError(ValueError):
    """The input cannot be analysed (too large).  ``message_ja`` says it in Japanese."""

    def __init__(self, message: str, message_ja: str = ""):
        super().__init__(message)
        self.message = message
        self.message_ja = message_ja or message


_MAIL_HEADERS = {"from", "to", "subject", "date", "received", "message-id", "return-path", "mime-version",
                 "content-type", "delivered-to", "reply-to", "sender", "x-failed-recipients"}
_BOUNCE_FROM = re.compile(
    r"mailer[-_ ]?daemon|post_?master|mail ?delivery|delivery ?(?:status|subsystem|system|notification)|"
    r"mail ?administrator|system ?administrator|mail ?system|^\"?mail(?:er)?\b|bounce|\bmta\b|ndr|"
    r"administrator@|daemon@|mailmaster|auto-?notify|returned|no-?reply@.*(?:mail|smtp)|quarantine|"
    r"e-?mail security|anti-?spam|spam ?filter",
    re.I,
)
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|undelivered|returned mail|delivery (?:status|fail|notification|report|problem|has failed)|"
    r"failure notice|mail delivery|non[- ]?delivery|could not be delivered|delivery failure|"
    r"not delivered|failed delivery|message delivery|warning: could not|delivery error|mail system error|"
    r"rejected|bounce|returned to sender|permanent error|nicht zustellbar|unzustellbar|"
    r"未配信|配信(?:不能|エラー|失敗)|返されたメール|メールシステム誤り|"  # DTI's Japanese "Mail System Error - Returned Mail"
    r"退信|"  # Chinese "returned mail" (QQ Mail's, Coremail's and hosting providers' help pages name their notices so)
    r"エラー|送信エラー|不達|delayed|mail failure|fail|error|returning|warning|could not send|"
    r"message (?:was )?(?:blocked|quarantined)|blocked:",
    re.I,
)


_BOUNCE_BODY = re.compile(
    r"could not be delivered|undeliverable|delivery (?:has )?failed|error message below|permanent error|"
    r"was not delivered|returned to sender|could not deliver|unable to deliver|did not reach|"
    r"failed to deliver|was blocked by|has been blocked|"
    r"delivery to the following recipient|配信(?:でき|出来)ませんでした|送信に失敗|届きませんでした|届けることが(?:でき|出来)ませんでした|"
    # Exchange's NDR section for administrators as Microsoft's localised help names it (de-DE, fr-FR, es-ES,
    # it-IT pages "failed-delivery-messages-from-the-postmaster-at-outlook-com..."), and its German server line
    r"diagnoseinformationen für administratoren|informations de diagnostic pour les administrateurs|"
    r"información de diagnóstico para administradores|informazioni di diagnostica per gli amministratori|"
    r"generierender server|"
    # the same pages' words for a message that could not be delivered (fr, de, es, it)
    r"n'a pas pu être remis|nicht zugestellt werden (?:konnte|kann)|no se pudo entregar|non è stato recapitat",
    re.I,
)


def looks_like_bounce(msg) -> bool:
    h = msg.headers
    if msg.dsn or h.get("x-failed-recipients"):
        return True
    ct = h.get("content-type").lower().replace('"', "").replace(" ", "")
    if "report-type=delivery-status" in ct:
        return True
    frm = h.get("from")
    subj = msg.subject
    rp = h.get("return-path").strip()
    if _BOUNCE_SUBJECT.search(subj) and (_BOUNCE_FROM.search(frm) or rp in ("<>", "") or "@" not in frm):
        return True
    if _BOUNCE_FROM.search(frm.split("<")[-1] if "<" in frm else frm) and (
            _BOUNCE_SUBJECT.search(subj) or msg.original):
        return True
    if rp == "<>" and _BOUNCE_SUBJECT.search(subj):
        return True
    if _BOUNCE_BODY.search(msg.text[:3000]) and (_BOUNCE_FROM.search(frm) or msg.original or rp == "<>"):
        return True
    return False


def check_size(data: bytes | str) -> None:
    """Refuse an input over the limit (:class:`BounceInputError`); an mbox is checked whole before it is split."""
    size = message.size_of(data)
    if size > MAX_INPUT_BYTES:
        raise BounceInputError(
            f"input too large: {size} bytes (the limit is {MAX_INPUT_BYTES} bytes)",
            f"入力が大きすぎます（{size:,} バイト）。"
            f"{MAX_INPUT_BYTES // (1024 * 1024)} MB までのメールを貼り付けてください。",
        )


def analyze(data: bytes | str) -> list[dict]:
    """Analyse one raw mail (bytes or text) and return one dict per recipient."""
    check_size(data)
    try:
        return _analyze(data)
    except BounceInputError:
        raise
    except (Exception, RecursionError):  # noqa: BLE001 - never fail on odd input
        return []


def _is_mail(msg) -> bool:
    return not msg.headers.names().isdisjoint(_MAIL_HEADERS)


_FORWARD_SUBJECT = re.compile(r"^\s{0,4}(?:fwd?|fw|転送|tr|wg)\s{0,2}[:：]", re.I)
_QUOTE = re.compile(r"^> ?", re.M)
_EMBEDDED_FROM = re.compile(r"^(?:From|差出人)[ \t]{0,4}[:：]", re.M)


def forwarded_bounce(msg) -> str:
    """The bounce inside a forwarded (possibly "> "-quoted) message, as text; "" when there is none."""
    if not _FORWARD_SUBJECT.search(msg.subject):
        return ""
    text = msg.text[:2_000_000]
    if text.count("\n>") > 3:
        text = _QUOTE.sub("", text)
    m = _EMBEDDED_FROM.search(text)
    if not m:
        return ""
    inner = text[m.start():]
    return inner if _BOUNCE_SUBJECT.search(inner[:3000]) or _BOUNCE_FROM.search(inner[:300]) else ""


def _analyze(data: bytes | str, depth: int = 0) -> list[dict]:
    msg = message.parse(data)
    if not msg.has_headers or not _is_mail(msg):
        text = msg.text if not msg.has_headers else msg.raw_text
        if msg.has_headers:
            text = message.decode_bytes(text.encode("latin-1", "replace"), "")
        from . import fragment  # pasted excerpts only: not needed for whole mails

        return [record.build(f, msg, "fragment") for f in fragment.parse(text)]

    facts: list[Fact] = []
    decodedby = ""
    for fmt in REGISTRY:
        try:
            hit = fmt.detect(msg)
        except Exception:  # noqa: BLE001
            hit = False
        if not hit:
            continue
        try:
            facts = fmt.parse(msg)
        except Exception:  # noqa: BLE001
            facts = []
        if facts:
            namer = getattr(fmt, "name_for", None)
            decodedby = (namer(msg) if namer else "") or fmt.NAME
            break
    if facts and facts[0].reason in ("feedback", "vacation"):
        return [_with_extra(record.build(f, msg, decodedby), f) for f in facts]

    dsn_facts: list[Fact] = []
    for body in msg.dsn:
        _, fs = dsn.parse(body)
        dsn_facts.extend(fs)
    if not dsn_facts and not facts and dsn.has_inline(msg.text):
        dsn_facts = dsn.parse_inline(msg.text)
    family = ""
    if decodedby in ("", generic.NAME) or dsn_facts:
        try:
            family = signatures.name_of(msg)
        except Exception:  # noqa: BLE001
            family = ""
    if dsn_facts:
        if not facts:
            try:
                facts = generic.parse(msg)
            except Exception:  # noqa: BLE001
                facts = []
        facts = merge(dsn_facts, facts)
        if len(facts) == 1:
            facts[0].diagnostic = _transcript_words(facts[0].diagnostic, msg.text)
        decodedby = decodedby or family or "RFC3464"
    if not facts and depth == 0:
        inner = forwarded_bounce(msg)
        if inner:
            return _analyze(inner, depth + 1)
    if not facts:
        if not looks_like_bounce(msg):
            return []
        facts = generic.parse(msg)
        decodedby = family or generic.NAME
    for f in facts:
        if f.recipient.startswith("@") or not f.recipient:
            to = find_addresses(msg.original.get("to"))
            if len(to) == 1 and (not f.recipient or to[0].endswith(f.recipient[1:].split(".", 1)[-1])):
                f.recipient = to[0]
    facts = [f for f in facts if f.recipient or len(facts) == 1]
    # the notice's own words stand in for a missing reply only when it speaks of one recipient:
    # with several, they hold the other recipients' replies too
    hint = msg.subject + " " + " ".join(msg.text[:12000].split())[:3000] if len(facts) == 1 else msg.subject
    notice = hint if len(facts) == 1 else ""
    records = [_with_extra(record.build(f, msg, decodedby, hint, notice), f) for f in facts]
    if msg.truncated or any(b.count("\n") >= dsn.MAX_DSN_LINES for b in msg.dsn):
        for rec in records:
            rec["truncated"] = True  # a limit left part of the mail unread: the page and CLI say so
    return records


_SUCCESS_REPLY = re.compile(r"^\s*(?:smtp;\s*)?2\d\d[ -]")


def _transcript_words(diagnostic: str, text: str) -> str:
    """The remote server's own refusal from the session transcript, where the DSN kept no words, only the
    answer to QUIT ("221 2.0.0 Bye"), or just the first line of a longer reply."""
    if any(c.isalpha() for c in diagnostic) and not _SUCCESS_REPLY.match(diagnostic):
        head = " ".join(diagnostic.split())[:60]
        full = generic.transcript_failure(text)
        return full if head and full.startswith(head) and len(full) > len(head) + 10 else diagnostic
    return generic.transcript_failure(text) or generic.transcript_reply(text) or diagnostic


def _with_extra(rec: dict, fact: Fact) -> dict:
    if fact.reason == "feedback":
        rec["feedbacktype"] = fact.feedbacktype
    return rec


def _other_recipients(d: Fact, f: Fact, dsn_rcpts: set[str]) -> bool:
    """Whether the DSN's recipient and the text's are two different recipients: the text's one is another
    block of the DSN, or, with several blocks, both are full addresses and differ (the text's words then
    belong to someone else, never to this block)."""
    a, b = d.recipient.lower(), f.recipient.lower()
    if a == b:
        return False
    return b in dsn_rcpts or (len(dsn_rcpts) > 1 and "@" in a[1:] and "@" in b[1:])


def merge(dsn_facts: list[Fact], fmt_facts: list[Fact]) -> list[Fact]:
    """DSN facts are the base; the format's own text fills gaps (diagnostic, command, host)."""
    if not fmt_facts:
        return dsn_facts
    by_rcpt = {f.recipient.lower(): f for f in fmt_facts if f.recipient}
    dsn_rcpts = {d.recipient.lower() for d in dsn_facts if d.recipient}
    out = []
    for i, d in enumerate(dsn_facts):
        f = by_rcpt.get(d.recipient.lower())
        if f is None and len(fmt_facts) == len(dsn_facts) and not _other_recipients(d, fmt_facts[i], dsn_rcpts):
            f = fmt_facts[i]  # the same place in both lists, where neither names another recipient
        if f is not None:
            if "@" not in d.recipient[1:]:
                d.recipient = f.recipient or d.recipient
            if not any(c.isalpha() for c in d.diagnostic):
                d.diagnostic = f.diagnostic
            d.command = d.command or f.command
            d.diagtype = d.diagtype or f.diagtype
            d.rhost = d.rhost or f.rhost
            d.reason = d.reason or f.reason
            d.replycode = d.replycode or f.replycode
            if not d.status or (d.status.endswith(".0.0") and f.status):
                d.status = f.status or d.status
        out.append(d)
    return out

