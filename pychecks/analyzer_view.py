"""What the error-mail analyzer page shows: bounce records turned into cards.

The bounce engine (:mod:`pychecks.bounce`) says *what* happened, in Sisimai's
terms; :mod:`pychecks.advice` says what that means for the reader.  This
module joins the two for the page, and marks the words in the remote
server's reply that decided the reason, so the reader sees why.  Every text
the page shows about a result is made here; the page's script only renders it.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any

from . import advice, bounce
from .bounce import mbox
from .bounce import message as bounce_message
from .support.bounce import from_bounce, log_facts
from .support.model import FIELDS, LOG_KEYS, SupportInputError

ERRORS_PAGE = "../errors/"
MAX_BYTES = bounce.MAX_INPUT_BYTES

# Reasons that report something other than a failed delivery.
NOT_FAILURES = {"delivered", "feedback", "vacation"}

# (key, label) of the facts table on each card, in display order; then the log facts (date with its
# zone, Remote-MTA, Queue-ID, Message-ID) with the support request's labels and the same texts.
FACT_LABELS: tuple[tuple[str, str], ...] = (
    ("recipient", "宛先"),
    ("deliverystatus", "状態コード"),
    ("replycode", "応答コード"),
    ("smtpcommand", "拒否された段階"),
)

BOUNCE_LABELS = {
    "hard": "恒久的なエラーです。このアドレスには、何度送り直しても届きません(「ハードバウンス」と呼ばれます)。",
    "soft_temporary": "一時的なエラーです。時間をおくと届く可能性があります(「ソフトバウンス」と呼ばれます)。",
    "soft": "宛先のアドレスは有効な可能性があります。原因を直してから送り直してください(「ソフトバウンス」と呼ばれます)。",
    "none": "配送エラーではありません。",
}

CONTACT_LABELS = {True: "サポートへのご連絡をおすすめします。", False: "まずはご自身で確認できます。"}

NONE_MESSAGE = "エラーメール(配送できなかったという知らせ)ではないようです。"
NONE_HINTS = (
    "返ってきたエラーメールを、件名や差出人などのヘッダも含めて全部貼り付けてください。",
    "メールソフトで「ソースを表示」「メッセージのソース」「原文を表示」などを選ぶと、全体をコピーできます。",
    "エラーメールを .eml ファイルとして保存し、「ファイルを選ぶ」から読み込むこともできます。",
    "本文の一部だけを貼り付ける場合は、3桁の数字(550 など)と「5.1.1」のようなコードがある行を含めてください。",
)

EMPTY_MESSAGE = "エラーメールを貼り付けるか、ファイルを選んでください。"
FAILED_MESSAGE = "解析できませんでした。エラーメールを加工せず、全体を貼り付けてください。"
TRUNCATED_MESSAGE = ("このメールはとても大きいため、一部(ヘッダの続き、添付の奥、多数の宛先の後半など)を"
                     "読み取っていません。表示した結果は読み取った部分だけのものです。")
BAD_FILE_MESSAGE = "ファイルを読み込めませんでした。もう一度ファイルを選んでください。"


class AnalyzerInputError(ValueError):
    """Input the page cannot analyse; ``message`` is Japanese and shown as it is."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def too_large_message(size: int) -> str:
    """The refusal for an input over the engine's limit (the page asks before sending the input)."""
    return (
        f"入力が大きすぎます({int(size):,} バイト)。{MAX_BYTES // (1024 * 1024)} MB までのメールを"
        "貼り付けるか、ファイルを選んでください。添付ファイルの付いた元のメールが丸ごと付いている場合は、"
        "エラーメールの本文(最初の部分)だけでも原因が分かります。"
    )


def limits() -> dict[str, Any]:
    """The size limit, so the page can refuse a huge file before it crosses to the worker."""
    return {"max_bytes": MAX_BYTES}


WARM_UP_SAMPLE = (
    "From: MAILER-DAEMON@example.jp\nTo: taro@example.jp\nSubject: Undelivered Mail Returned to Sender\n\n"
    "<hanako@example.com>: host mx.example.com[192.0.2.25] said: 550 5.1.1 <hanako@example.com>:\n"
    "    Recipient address rejected: User unknown (in reply to RCPT TO command)\n"
)


def warm_up() -> dict[str, Any]:
    """Run one small analysis and compile the rule tables, so the reader's first analysis pays for neither
    (the browser's memory snapshot is taken after this); returns :func:`limits`."""
    from .bounce import rules as bounce_rules

    run(WARM_UP_SAMPLE)
    bounce_rules.compile_all()
    return limits()


def too_large(size: int = 0) -> dict[str, str]:
    return {"code": "too_large", "message": too_large_message(size)}


def read_input(text: str = "", data_b64: str = "") -> bytes | str:
    """The mail as the engine takes it: file bytes (base64 from the page) or pasted text."""
    if data_b64:
        if len(data_b64) > (MAX_BYTES + 2) // 3 * 4 + 8:
            raise AnalyzerInputError("too_large", too_large_message(len(data_b64) * 3 // 4))
        try:
            return base64.b64decode(data_b64, validate=True)
        except (binascii.Error, ValueError):
            raise AnalyzerInputError("bad_file", BAD_FILE_MESSAGE) from None
    text = text or ""
    if not text.strip():
        raise AnalyzerInputError("empty", EMPTY_MESSAGE)
    return text


def analyze_input(data: bytes | str) -> list[dict]:
    """Run the engine; its refusals become :class:`AnalyzerInputError`."""
    try:
        return bounce.analyze(data)
    except bounce.BounceInputError:
        raise AnalyzerInputError("too_large", too_large_message(bounce_message.size_of(data))) from None
    except Exception:  # noqa: BLE001 - the page shows a message, never a trace
        raise AnalyzerInputError("failed", FAILED_MESSAGE) from None


# ---------------------------------------------------------------------------
# The decisive phrase
# ---------------------------------------------------------------------------


def _code_spans(text: str, status: str, reply: str) -> list[tuple[int, int]]:
    spans = []
    if status:
        spans += [m.span() for m in re.finditer(rf"(?<![\d.]){re.escape(status)}(?![\d])", text)]
    if reply:
        m = re.search(rf"(?<![\w.\-/]){re.escape(reply)}(?![\d])", text)
        if m:
            spans.append(m.span())
    return sorted(spans)


# Kana and kanji: a server reply with any of them is quoted as Japanese (lang="ja").
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")
_ADDRESS = re.compile(r"[\w.+=-]+@[\w-]+(?:\.[\w-]+)+")
# The same, starting only where a run of address characters starts: searching from every position
# inside a long run without "@" ("a.a.a.a…") was quadratic.  Any later start in a run is a suffix of
# the run, so it matches only if the run's start does: the matches are the same.
_ADDRESS_AT_RUN = re.compile(r"(?<![\w.+=-])" + _ADDRESS.pattern)


def _address_spans(text: str) -> list[tuple[int, int]]:
    """``_ADDRESS.finditer`` spans, in linear time."""
    spans = []
    pos = 0
    while True:
        # right after an address the next one may start inside a run ("a@b.com+c@d.com")
        m = (_ADDRESS.match(text, pos) if spans else None) or _ADDRESS_AT_RUN.search(text, pos)
        if not m:
            return spans
        spans.append(m.span())
        pos = m.end() if m.end() > pos else pos + 1


def _first_outside_addresses(rx: re.Pattern[str], text: str) -> tuple[int, int] | None:
    """The first match not inside a mail address ("userunknown@…" is no reason, "User unknown" is)."""
    addresses = _address_spans(text)
    for m in rx.finditer(text):
        if m.end() > m.start() and not any(a <= m.start() < b for a, b in addresses):
            return m.span()
    return None


def decisive_spans(text: str, evidence: list[dict[str, str]], status: str = "", reply: str = "") -> list[tuple[int, int]]:
    """Where in ``text`` the reason shows: the words the engine decided on, else the codes."""
    for piece in evidence:
        words = " ".join(str(piece.get("text") or "").split())
        if piece.get("source") == "reply" and words:
            span = _first_outside_addresses(re.compile(re.escape(words), re.I), text)
            if span:
                return [span]
    return _code_spans(text, status, reply)


def segments(text: str, spans: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Split ``text`` into runs; ``mark`` runs are the decisive words (rendered as <mark>)."""
    out: list[dict[str, Any]] = []
    pos = 0
    for start, end in spans:
        if start < pos:
            continue
        if start > pos:
            out.append({"text": text[pos:start], "mark": False})
        out.append({"text": text[start:end], "mark": True})
        pos = end
    if pos < len(text) or not out:
        out.append({"text": text[pos:], "mark": False})
    return [s for s in out if s["text"]] or [{"text": "", "mark": False}]


# ---------------------------------------------------------------------------
# Cards
# ---------------------------------------------------------------------------


def bounce_kind(rec: dict[str, Any], hard: bool | None) -> str:
    if rec.get("reason") in NOT_FAILURES or hard is None:
        return "none"
    if rec.get("hardbounce"):
        return "hard"
    temporary = str(rec.get("deliverystatus", "")).startswith("4") or (
        not rec.get("deliverystatus") and str(rec.get("replycode", "")).startswith("4"))
    return "soft_temporary" if temporary else "soft"


CONFIDENCE_LABELS = {
    "certain": "確実(相手のサーバがはっきり書いています)",
    "likely": "可能性が高い(コードや言葉から判断しました)",
    "guess": "推測(手がかりが少ないため、目安としてご覧ください)",
}
EVIDENCE_SOURCES = {
    "reply": "相手のサーバの返答", "status": "状態コード", "replycode": "応答コード", "command": "SMTP のやり取りの段階",
    "action": "配送の状態", "format": "通知の形式", "notice": "この宛先についての説明", "bounce": "エラーメールの説明文",
}
_URL = re.compile(r"https?://\S+")


def evidence_row(piece: dict[str, str]) -> dict[str, str]:
    """One piece of evidence for the card: what, where from, and the rule's source (with its link)."""
    rule = str(piece.get("rule") or "")
    url = _URL.search(rule)
    return {"source": EVIDENCE_SOURCES.get(str(piece.get("source")), str(piece.get("source") or "")),
            "text": str(piece.get("text") or ""), "rule": rule[: url.start()].rstrip(" :") if url else rule,
            "url": url.group(0) if url else ""}


def facts(rec: dict[str, Any], msg: Any = None) -> list[dict[str, str]]:
    """The card's facts table: the record's codes, then what support needs to find the mail in its logs."""
    logged = log_facts(rec, msg if msg is not None else bounce_message.parse(""))
    rows = [(k, label, str(rec[k])) for k, label in FACT_LABELS if rec.get(k)]
    rows += [(k, FIELDS[k][0], logged[k]) for k in LOG_KEYS if logged[k]]
    return [{"key": k, "label": label, "value": value} for k, label, value in rows]


def card(rec: dict[str, Any], msg: Any = None) -> dict[str, Any]:
    """One recipient's result, with every text the card shows (``msg``: the parsed bounce, for its Queue-ID)."""
    reason = str(rec.get("reason") or "undefined")
    info = advice.explain(reason, "ja", str(rec.get("faq") or ""))
    faq = info["faq"]
    status, reply = str(rec.get("deliverystatus") or ""), str(rec.get("replycode") or "")
    diag = " ".join(str(rec.get("diagnosticcode") or "").split())
    kind = bounce_kind(rec, info.get("hard"))
    return {
        "recipient": str(rec.get("recipient") or ""),
        "reason": reason,
        "deliverystatus": status,
        "replycode": reply,
        "headline": info["title"],
        "summary": info["summary"],
        "meaning": info["meaning"],
        "actions": list(info["actions"]),
        "support": info["support"],
        "contact_support": bool(info["contact_support"]),
        "contact_label": CONTACT_LABELS[bool(info["contact_support"])],
        "bounce_kind": kind,
        "bounce_label": BOUNCE_LABELS[kind],
        "facts": facts(rec, msg),
        "diagnostic": segments(diag, decisive_spans(diag, list(rec.get("evidence") or ()), status, reply)) if diag else [],
        "diagnostic_label": "相手のサーバからの返答(原文)",
        "diagnostic_lang": "ja" if _JAPANESE.search(diag) else "en",
        "readings": advice.readings_for(faq, " ".join(str(p.get("text") or "") for p in rec.get("evidence") or ())),
        "readings_label": "考えられる原因(可能性の高い順)",
        "confidence": str(rec.get("confidence") or ""),
        "confidence_label": CONFIDENCE_LABELS.get(str(rec.get("confidence") or ""), ""),
        "evidence": [evidence_row(p) for p in rec.get("evidence") or ()],
        "evidence_label": "判断の根拠",
        "faq": faq,
        "faq_url": f"{ERRORS_PAGE}#{faq}",
        "faq_label": f"エラーメールの解説「{info['title']}」を読む",
        "addresser": str(rec.get("addresser") or ""),
        "timestamp": str(rec.get("timestamp") or ""),
        "subject": str(rec.get("subject") or ""),
    }


def headline(cards: list[dict[str, Any]]) -> str:
    if len(cards) == 1:
        return "エラーメールを解析しました。"
    return f"エラーメールを解析しました。宛先 {len(cards)} 件の結果です。"


SECTION_LABELS = {"meaning": "意味", "actions": "対処", "support": "サポートへの連絡", "facts": "詳細"}

# What the hand-off to the support builder carries, said beside its buttons (README "What the browser keeps").
HANDOFF = {
    "carries": ("「お問い合わせ文を作成」を押すと、宛先・送信日時・差出人、相手のサーバの返答(全行)、"
                "エラーの日時(タイムゾーン付き)、相手のサーバ(Remote-MTA)、キューID(Queue-ID)、"
                "元のメールの Message-ID を、お問い合わせ文の下書きとしてこのタブの sessionStorage に入れ、"
                "お問い合わせ文のページを開きます。下書きはそのページが読み込んだ時点で消し、"
                "入力欄の内容として保存し直します(タブを閉じると消え、「入力内容を消す」ですぐに消せます)。"),
    "include_label": "エラーメール全体もお問い合わせ文に入れる",
    "include_note": ("チェックを入れたときだけ、エラーメールの全文(返ってきた元のメールのヘッダや本文が"
                     "含まれることがあります)も下書きに入れます。当社に届くのは、お客様がお問い合わせ文を"
                     "送ったときだけです。"),
}


def view(records: list[dict[str, Any]], msg: Any = None) -> dict[str, Any]:
    """The page's answer for the engine's records of one mail."""
    if not records:
        return {"kind": "none", "message": NONE_MESSAGE, "hints": list(NONE_HINTS), "results": [], "unread": []}
    cards = [card(r, msg) for r in records]
    answer = {"kind": "bounce", "message": headline(cards), "hints": [], "results": cards, "labels": SECTION_LABELS,
              "unread": [], "handoff": HANDOFF}
    if any(r.get("truncated") for r in records):
        answer.update(truncated=True, hints=[TRUNCATED_MESSAGE])
    return answer


def unread_note(index: int, msg: Any) -> str:
    """Said on the page for a message of an mbox that gave no record (never dropped silently)."""
    subject = " ".join(str(msg.subject or "").split())[:80]
    about = f"(件名「{subject}」)" if subject else ""
    return (f"{index} 通目のメール{about}からは、配送エラーの内容を読み取れませんでした。"
            "エラーメールではないか、この解析で読めない形式のメールです。")


def view_messages(analysed: list[tuple[bytes | str, list[dict[str, Any]]]]) -> dict[str, Any]:
    """The page's answer for every message of the input: one card per recipient of each message, and a
    note for each message that gave none (an mbox of three bounces gives the cards of all three)."""
    if len(analysed) == 1:
        part, records = analysed[0]
        return view(records, bounce_message.parse(part) if records else None)
    cards: list[dict[str, Any]] = []
    unread: list[str] = []
    truncated = False
    for index, (part, records) in enumerate(analysed, 1):
        msg = bounce_message.parse(part)
        if not records:
            unread.append(unread_note(index, msg))
        for rec in records:
            cards.append({**card(rec, msg), "message_index": index, "message_label": f"{index} 通目のエラーメール"})
        truncated = truncated or any(r.get("truncated") for r in records)
    if not cards:
        return {"kind": "none", "message": NONE_MESSAGE, "hints": list(NONE_HINTS), "results": [], "unread": unread}
    message = f"{len(analysed)} 通のメールを解析しました。宛先 {len(cards)} 件の結果です。"
    if unread:
        message += f"{len(unread)} 通からは、配送エラーの内容を読み取れませんでした。"
    answer = {"kind": "bounce", "message": message, "hints": [], "results": cards, "labels": SECTION_LABELS,
              "unread": unread, "messages": len(analysed), "handoff": HANDOFF}
    if truncated:
        answer.update(truncated=True, hints=[TRUNCATED_MESSAGE])
    return answer


def error_view(err: AnalyzerInputError) -> dict[str, Any]:
    return {"kind": "error", "code": err.code, "message": err.message, "hints": [], "results": []}


ORIGINAL_LABELS = {"title": "返ってきた元のメールの経路と認証", "auth": "認証の結果", "method": "方式", "result": "結果",
                   "domain": "ドメイン", "aligned": "差出人(From)との一致",
                   "more": "経路の詳しい図は「メールヘッダ解析」で見られます(このメールをもう一度貼り付けてください)"}


def original_view(data: bytes | str) -> dict[str, Any] | None:
    """The returned original's route and SPF/DKIM/DMARC, as the header analyzer reads them; None when
    the bounce does not carry the original's Received headers."""
    from .headers import engine as header_engine
    from .headers import view as header_view

    try:
        result = header_engine.analyze(data)
    except Exception:  # noqa: BLE001 - the cards come first; this part is a bonus
        return None
    if result.get("source") != "returned" or not result.get("hops"):
        return None
    shown = header_view.view(result)
    return {"labels": ORIGINAL_LABELS, "hops": len(shown["hops"]), "total_text": shown["total_text"],
            "verdict": [v["text"] for v in shown["verdict"] if v.get("topic") not in ("source", "link")],
            "auth": shown["auth"]["rows"], "url": "../headers/"}


def run(text: str = "", data_b64: str = "") -> dict[str, Any]:
    """Analyse pasted text or a file (base64) for the page; never raises for bad input."""
    try:
        data = read_input(text, data_b64)
        parts = mbox.messages(data) if bounce_message.size_of(data) <= MAX_BYTES else [data]  # too large: refused whole
        out = view_messages([(part, analyze_input(part)) for part in parts])
    except AnalyzerInputError as err:
        return error_view(err)
    if out["kind"] == "bounce" and len(parts) == 1:
        out["original"] = original_view(data)
    return out


# ---------------------------------------------------------------------------
# Summary for a support request
# ---------------------------------------------------------------------------


def support(text: str = "", data_b64: str = "", tz_offset_minutes: int | None = None,
            include_bounce: bool = False) -> dict[str, Any]:
    """``{"form", "summary"}`` for the support request, as the builder makes them.

    ``tz_offset_minutes`` (east of UTC, as the browser knows it) goes to the builder for its times;
    ``include_bounce`` (the reader ticked it) adds each whole bounce to the form.
    """
    try:
        data = read_input(text, data_b64)
    except AnalyzerInputError as err:
        return {"form": None, "summary": "", "error": err.message}
    try:
        out = from_bounce(data, tz_offset_minutes=tz_offset_minutes,  # the bytes: decoded as for the cards
                          include_bounce=bool(include_bounce))
    except SupportInputError as err:
        return {"form": None, "summary": "", "error": str(err)}
    if not out["recipients"]:
        return {"form": out["form"], "summary": out["summary"], "error": NONE_MESSAGE}
    return {"form": out["form"], "summary": out["summary"], "error": None}
