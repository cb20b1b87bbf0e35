"""The form a support request is built from: its choices, shape and checks.

The items are the seed's "before contacting support" list.  Nothing is
required: an empty field is left out of the request, and only what the
reader did type is checked (domain and address syntax, dates not in the
future).  ``now`` always comes from the caller (the reader's browser clock)
so the future check is testable.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from pychecks import provider as provider_mod
from pychecks import syntax

# One table per choice: value -> Japanese label (the order is the page's order).
KINDS: dict[str, str] = {
    "cannot_send": "送信できない",
    "cannot_receive": "受信できない",
    "not_delivered": "送信したのに相手に届いていない",
    "not_arriving": "相手が送信したメールが届かない",
    "late": "遅れて届く",
    "bounce": "エラーメールが返ってくる",
    "other": "その他",
}
DIRECTIONS: dict[str, str] = {"send": "送信のトラブル", "receive": "受信のトラブル", "both": "送信と受信の両方"}
SCOPES: dict[str, str] = {
    "all": "そのドメインのすべてのメールアドレス",
    "some": "一部のメールアドレスだけ",
    "unknown": "分からない",
}
TRIGGERS: dict[str, str] = {"settings": "設定を変えた直後から", "sudden": "突然(設定は変えていない)"}

# Field name -> (label on the form and in the request, hint under the field).
FIELDS: dict[str, tuple[str, str]] = {
    "domain": ("トラブルが起きているドメイン名", "例: example.com(メールアドレスの @ より後ろ)"),
    "direction": ("送信のトラブルか、受信のトラブルか", ""),
    "since": ("いつごろから起きているか", "分かる範囲で構いません。"),
    "trigger": ("きっかけ", ""),
    "kinds": ("何が起きているか", "当てはまるものをすべて選んでください。"),
    "details": ("詳しい状況", "表示されたメッセージ、試したことなどをできるだけ詳しくお書きください。"),
    "scope": ("起きているメールアドレス", ""),
    "messages": ("実際にやり取りしたメール", "1 通以上分かれば、当社で記録を調べられます。"),
    "sent_at": ("送信日時", ""),
    "sender": ("差出人のメールアドレス", ""),
    "recipient": ("宛先のメールアドレス", "複数ある場合はカンマで区切ってください。"),
    "error": ("エラーの表示・エラーメールの内容", "要約や翻訳をせず、コピーしてそのまま貼り付けてください。"),
    # What support looks up in its mail logs; the analyzer's cards show the same labels and values.
    "bounced_at": ("エラーの日時(タイムゾーン付き)", "エラーメールに書かれた日時です。UTC との時差を付けています。"),
    "remote_mta": ("相手のサーバ(Remote-MTA)", ""),
    "queue_id": ("キューID(Queue-ID)", "当社のサーバがそのメールに付けた番号です。"),
    "message_id": ("元のメールの Message-ID", ""),
    "bounce": ("エラーメール全体", "お客様が選んだときだけ、エラーメールの全文を入れます。"),
}
# The log facts, in the order the analyzer's card and the request show them.
LOG_KEYS = ("bounced_at", "remote_mta", "queue_id", "message_id")
MESSAGE_KEYS = ("sent_at", "sender", "recipient", "error", *LOG_KEYS, "bounce")
MAX_MESSAGES = 10
MAX_TEXT = 20000
MAX_BOUNCE = 100_000  # the whole bounce, when the reader chose to include it

# Fields a provider can ask for (``extra.provider.support_fields``): id -> default (label, hint).
CUSTOMER_FIELDS: dict[str, tuple[str, str]] = {
    "customer_name": ("お名前(ご契約者名)", "ご契約時に登録したお名前、または会社名です。"),
    "contract_id": ("ご契約ID", "ご契約時のお知らせやコントロールパネルに書かれている ID です。"),
}
_FIELD_ID = re.compile(r"^[a-z][a-z0-9_]{0,30}$")
MAX_CUSTOMER_FIELDS = 8

_DATETIME_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")


class SupportInputError(ValueError):
    """A form that cannot be used at all; ``field`` names the culprit."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


# The draft lives in the tab's sessionStorage; when the browser refuses to keep it (full, or private
# mode), the page says so at once instead of losing it on the next reload.
STORAGE_FULL = ("入力内容をこのタブに保存できませんでした(ブラウザの保存領域がいっぱいか、保存が許可されていません)。"
                "ページを再読み込みしたり移動したりすると入力が消えます。先に文面をコピーしてください。")


def empty_form() -> dict[str, Any]:
    return {"domain": "", "direction": "", "since": "", "trigger": "", "kinds": [], "details": "", "scope": "",
            "customer": {}, "messages": []}


def customer_fields(provider: dict[str, Any] | None = None) -> list[dict[str, str]]:
    """The extra fields the provider asks for (``support_fields``), each ``{id, label, hint}``; none by default.

    An entry is an id (``"contract_id"``: the default label) or ``{id, label, hint}``.
    """
    out: list[dict[str, str]] = []
    for entry in provider_mod.merged(provider).get("support_fields") or []:
        item = {"id": entry} if isinstance(entry, str) else entry if isinstance(entry, dict) else {}
        fid = item.get("id")
        if not isinstance(fid, str) or not _FIELD_ID.match(fid) or any(f["id"] == fid for f in out):
            continue
        label, hint = CUSTOMER_FIELDS.get(fid, (fid, ""))
        out.append({"id": fid, "label": _line(item.get("label"), 100) or label,
                    "hint": _line(item.get("hint"), 300) if "hint" in item else hint})
    return out[:MAX_CUSTOMER_FIELDS]


def empty_message() -> dict[str, str]:
    return dict.fromkeys(MESSAGE_KEYS, "")


def _text(value: Any, limit: int = MAX_TEXT) -> str:
    return value.strip()[:limit] if isinstance(value, str) else ""


_CONTROLS = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")


def _line(value: Any, limit: int = 300) -> str:
    """A one-line field: line breaks and control characters become one space (they must never reach
    a ``mailto:`` header such as the subject, where CR/LF would start a new header)."""
    return _CONTROLS.sub(" ", value).strip()[:limit] if isinstance(value, str) else ""


def truncated_fields(form: Any) -> list[str]:
    """The fields that :func:`normalize` shortens (so the page can say so instead of losing text)."""
    src = form if isinstance(form, dict) else {}
    out = [k for k, limit in (("domain", 300), ("since", 100), ("details", MAX_TEXT))
           if isinstance(src.get(k), str) and len(src[k].strip()) > limit]
    messages = src.get("messages") if isinstance(src.get("messages"), list) else []
    for i, m in enumerate(messages[:MAX_MESSAGES]):
        if isinstance(m, dict):
            out += [f"messages.{i}.{k}" for k, limit in (("sent_at", 300), ("sender", 300), ("recipient", 300),
                                                          ("error", MAX_TEXT), ("bounce", MAX_BOUNCE))
                    if isinstance(m.get(k), str) and len(m[k].strip()) > limit]
    if len([m for m in messages if isinstance(m, dict)]) > MAX_MESSAGES:
        out.append("messages")
    return out


def _choice(value: Any, table: dict[str, str]) -> str:
    return value if isinstance(value, str) and value in table else ""


def normalize(form: Any) -> dict[str, Any]:
    """Any JSON value -> a form of the known shape (unknown keys and values dropped)."""
    src = form if isinstance(form, dict) else {}
    kinds = src.get("kinds")
    if isinstance(kinds, str):
        kinds = [kinds]
    messages = src.get("messages") if isinstance(src.get("messages"), list) else []
    return {
        "domain": _line(src.get("domain"), 300),
        "direction": _choice(src.get("direction"), DIRECTIONS),
        "since": _line(src.get("since"), 100),
        "trigger": _choice(src.get("trigger"), TRIGGERS),
        "kinds": [k for k in KINDS if isinstance(kinds, list) and k in kinds],
        "details": _text(src.get("details")),
        "scope": _choice(src.get("scope"), SCOPES),
        "customer": _customer(src.get("customer")),
        "messages": [_message(m) for m in messages[:MAX_MESSAGES] if isinstance(m, dict)],
    }


def _customer(value: Any) -> dict[str, str]:
    """The provider's extra fields as typed (which ones are shown is the provider's choice, at render)."""
    if not isinstance(value, dict):
        return {}
    items = [(k, _line(v, 200)) for k, v in value.items() if isinstance(k, str) and _FIELD_ID.match(k)]
    return dict(items[:MAX_CUSTOMER_FIELDS])


def _message(src: dict) -> dict[str, str]:
    msg = {key: _line(src.get(key), 300) for key in ("sent_at", "sender", "recipient", *LOG_KEYS)}
    error = src.get("error")
    msg["error"] = error.strip("\n")[:MAX_TEXT] if isinstance(error, str) else ""
    bounce = src.get("bounce")
    msg["bounce"] = bounce.strip("\n")[:MAX_BOUNCE] if isinstance(bounce, str) else ""
    return {key: msg[key] for key in MESSAGE_KEYS}


def parse_datetime(value: str) -> datetime | None:
    """``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM`` (the browser's date inputs), else None."""
    m = _DATETIME_RE.match(value or "")
    if not m:
        return None
    y, mo, d, hh, mm = m.groups()
    try:
        return datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0))
    except ValueError:
        return None


def split_addresses(value: str) -> list[str]:
    return [a.strip().strip("<>") for a in re.split(r"[,、;\s]+", value or "") if a.strip()]


def validate(form: Any, now: str = "") -> dict[str, str]:
    """Field -> Japanese message for what the reader typed wrong (empty dict: all fine).

    Message fields are named ``messages.N.key``.  ``now`` is the reader's local
    time (``YYYY-MM-DDTHH:MM``); without it dates are not checked against it.
    """
    f = normalize(form)
    errors: dict[str, str] = {}
    now_dt = parse_datetime(now) if now else None
    if f["domain"]:
        dom = f["domain"].rsplit("@", 1)[-1]
        if not syntax.is_domain(dom):
            errors["domain"] = "ドメイン名の形が正しくありません(例: example.com)。"
    if f["since"]:
        problem = _date_problem(f["since"], now_dt, allow_text=True)
        if problem:
            errors["since"] = problem
    for i, msg in enumerate(f["messages"]):
        for key, problem in _message_problems(msg, now_dt).items():
            errors[f"messages.{i}.{key}"] = problem
    return errors


def _date_problem(value: str, now: datetime | None, allow_text: bool = False) -> str:
    when = parse_datetime(value)
    if when is None:
        if allow_text and not _DATETIME_RE.match(value):
            return ""  # "先週から" and the like are fine as they are
        return "日付の形が正しくありません(例: 2026-04-01 10:30)。"
    if now is not None and when > now:
        return "未来の日時になっています。日付と時刻をご確認ください。"
    return ""


def _message_problems(msg: dict[str, str], now: datetime | None) -> dict[str, str]:
    problems: dict[str, str] = {}
    if msg["sent_at"]:
        problem = _date_problem(msg["sent_at"], now)
        if problem:
            problems["sent_at"] = problem
    if msg["sender"] and not syntax.is_address(msg["sender"].strip("<>")):
        problems["sender"] = "メールアドレスの形が正しくありません(例: taro@example.com)。"
    bad = [a for a in split_addresses(msg["recipient"]) if not syntax.is_address(a)]
    if bad:
        problems["recipient"] = f"メールアドレスの形が正しくありません: {bad[0]}(例: hanako@example.net)。"
    return problems


def retention_note(provider: dict[str, Any] | None = None) -> str:
    days = provider_mod.merged(provider)["log_retention_days"]
    return (f"メールサーバの記録(ログ)は約 {days} 日分しか保存されていません。"
            "トラブルに気づいたら、できるだけ早くお問い合わせください。")


def options(provider: dict[str, Any] | None = None) -> dict[str, Any]:
    """Everything the page needs to draw the form: labels, hints and choices."""
    p = provider_mod.merged(provider)

    def choices(table: dict[str, str]) -> list[dict[str, str]]:
        return [{"value": k, "label": v} for k, v in table.items()]

    return {
        "fields": {name: {"label": label, "hint": hint} for name, (label, hint) in FIELDS.items()},
        "kinds": choices(KINDS),
        "directions": choices(DIRECTIONS),
        "scopes": choices(SCOPES),
        "triggers": choices(TRIGGERS),
        "max_messages": MAX_MESSAGES,
        "storage_full": STORAGE_FULL,
        "retention": retention_note(p),
        "support_email": p["support_email"],
        "support_url": p["support_url"],
        "support_hours": p["support_hours"],
        "customer_fields": customer_fields(p),
        "log_keys": list(LOG_KEYS),
        "empty": empty_form(),
        "empty_message": empty_message(),
    }


def is_blank(form: Any) -> bool:
    """Whether the reader has typed or chosen nothing yet."""
    f = normalize(form)
    return (not any(v for k, v in f.items() if k not in ("messages", "customer"))
            and not any(f["customer"].values()) and not any(any(m.values()) for m in f["messages"]))


def merge_prefill(current: Any, prefill: Any) -> dict[str, Any]:
    """Add what another page learned (``prefill``) to the reader's form without losing what they typed.

    A field the reader already filled keeps its value (its label is listed in
    ``kept``); choices are combined; the prefill's example messages are added.
    ``replacement`` is the prefill alone, for a reader who wants only that.
    """
    cur, pre = normalize(current), normalize(prefill)
    if is_blank(cur):
        return {"form": pre, "kept": [], "replacement": pre, "notice": PREFILL_NOTICE}
    merged = dict(cur)
    kept: list[str] = []
    for key in ("domain", "direction", "since", "trigger", "details", "scope"):
        if pre[key] and not cur[key]:
            merged[key] = pre[key]
        elif pre[key] and cur[key] != pre[key]:
            kept.append(FIELDS[key][0])
    merged["kinds"] = [k for k in KINDS if k in cur["kinds"] or k in pre["kinds"]]
    merged["customer"] = {**pre["customer"], **{k: v for k, v in cur["customer"].items() if v}}
    own = [m for m in cur["messages"] if any(m.values())]
    merged["messages"] = (own + [m for m in pre["messages"] if m not in own])[:MAX_MESSAGES]
    notice = PREFILL_NOTICE
    if kept:
        notice += "すでに入力されていた「" + "」「".join(kept) + "」は、そのままにしています。"
    return {"form": merged, "kept": kept, "replacement": pre, "notice": notice}


PREFILL_NOTICE = "前のページで分かった内容を入力欄に反映しました。内容をご確認ください。"
