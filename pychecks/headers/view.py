"""What the header analyzer page (/headers/) shows: the engine's result with every label.

The page's script (``checkers/headers.js``) renders these fields as text;
it makes no sentence of its own.  ``scale`` on each hop is its delay as a
fraction of the longest one, so the timeline draws delays to scale.
"""

from __future__ import annotations

import base64
import binascii
from datetime import datetime, timedelta, timezone
from typing import Any

from ..when import show_time
from . import engine, verdict

LABELS = {
    "verdict": "診断",
    "timeline": "経路と時間(古い順)",
    "timeline_note": "棒の長さは、その区間でかかった時間を表します(いちばん長い区間を基準にしています)。",
    "auth": "認証の結果",
    "spam": "迷惑メールの判定",
    "warnings": "注意",
    "hop": "区間",
    "from": "送り元",
    "by": "受け取ったサーバ",
    "ip": "送り元の IP アドレス",
    "with": "方式",
    "time": "受信時刻",
    "delay": "この区間の時間",
    "side": "場所",
    "method": "方式",
    "result": "結果",
    "domain": "ドメイン",
    "aligned": "差出人(From)との一致",
    "slowest": "いちばん時間がかかった区間",
    "total": "合計",
    "from_domain": "差出人(From)のドメイン",
}

TLS_TEXT = {True: "暗号化あり(TLS)", False: "暗号化なし", None: "暗号化は不明"}
AUTH_TEXT = {True: "送信者の認証あり", False: "", None: ""}
ALIGNED_TEXT = {True: "一致", False: "不一致", None: "—"}
BAD_FILE_MESSAGE = "ファイルを読み込めませんでした。もう一度ファイルを選んでください。"
WARM_UP_SAMPLE = (
    "Received: from mx.example.com (mx.example.com [192.0.2.1])\n\tby sv1234.example.jp (Postfix) with ESMTPS id A1\n"
    "\tfor <taro@example.jp>; Tue, 3 Mar 2026 10:00:05 +0900 (JST)\n"
    "Authentication-Results: sv1234.example.jp; spf=pass smtp.mailfrom=example.com; "
    "dkim=pass header.d=example.com header.s=s1; dmarc=pass header.from=example.com\n"
    "DKIM-Signature: v=1; d=example.com; s=s1; b=x\nX-Spam-Status: No, score=0.1\n"
    "From: hanako@example.com\nDate: Tue, 3 Mar 2026 10:00:00 +0900\n"
)


def limits() -> dict[str, Any]:
    return {"max_bytes": engine.MAX_INPUT_BYTES}


def too_large(size: int = 0) -> dict[str, str]:
    return {"code": "too_large", "message": engine.too_large_message(size)}


def warm_up() -> dict[str, Any]:
    """One small analysis so the snapshot (and the reader's first click) has everything loaded."""
    run(WARM_UP_SAMPLE)
    return limits()


def _read(text: str, data_b64: str) -> bytes | str | dict:
    if data_b64:
        if len(data_b64) > (engine.MAX_INPUT_BYTES + 2) // 3 * 4 + 8:
            return too_large(len(data_b64) * 3 // 4)
        try:
            return base64.b64decode(data_b64, validate=True)
        except (binascii.Error, ValueError):
            return {"code": "bad_file", "message": BAD_FILE_MESSAGE}
    return text or ""


def local_time(value: str | None, tz_offset_minutes: int | None) -> str:
    """A hop's time for the reader: in the reader's time zone when known (servers write their own)."""
    if not value:
        return "不明"
    if tz_offset_minutes is None:
        return show_time(value)
    try:
        zone = timezone(timedelta(minutes=int(tz_offset_minutes)))
        return show_time(datetime.fromisoformat(value).astimezone(zone).isoformat())
    except (TypeError, ValueError, OverflowError):
        return show_time(value)


def _hop_view(i: int, hop: dict, longest: int, slowest: int | None, tz: int | None) -> dict[str, Any]:
    delay = hop["delay_s"]
    return {
        **hop,
        "index": i,
        "number": i + 1,
        "time_text": local_time(hop["time"], tz),
        "delay_text": verdict.duration(delay) if delay is not None else "不明",
        "scale": round(delay / longest, 4) if delay and longest else 0,
        "side_label": verdict.SIDE_LABELS.get(hop.get("side", ""), ""),
        "tls_text": TLS_TEXT[hop["tls"]],
        "auth_text": AUTH_TEXT[hop["auth"]],
        "slowest": i == slowest,
        "skew_text": f"時計のずれ {verdict.duration(-hop['skew_s'])}" if hop.get("skew_s") else "",
    }


def _auth_rows(facts: dict) -> list[dict[str, Any]]:
    sigs = [s for s in facts["dkim_signatures"] if s["domain"]]
    dkim_domains = "、".join(f"{s['domain']}(s={s['selector']})" if s["selector"] else s["domain"] for s in sigs[:5])
    rows = [
        ("spf", "SPF", facts["spf"], facts["spf_domain"], facts["alignment"]["spf"]),
        ("dkim", "DKIM", facts["dkim"], dkim_domains, facts["alignment"]["dkim"]),
        ("dmarc", "DMARC", facts["dmarc"], facts["from_domain"] + (f"(p={facts['dmarc_policy']})"
                                                                  if facts["dmarc_policy"] else ""), None),
    ]
    return [{"method": m, "label": label, "result": res or "unknown", "result_text": verdict.result_label(res),
             "domain": dom or "—", "aligned_text": ALIGNED_TEXT[al] if m != "dmarc" else "—"}
            for m, label, res, dom, al in rows]


def view(result: dict, tz_offset_minutes: int | None = None) -> dict[str, Any]:
    """The page's answer for one :func:`pychecks.headers.analyze` result.

    ``tz_offset_minutes`` (east of UTC, as the browser knows it) puts every hop's
    time in the reader's zone, so a Gmail hop in PST and a Japanese one read alike.
    """
    if result["error"]:
        return {"kind": "error", "code": result["error"]["code"], "message": result["error"]["message"]}
    hops = result["hops"]
    longest = max((h["delay_s"] or 0 for h in hops), default=0)
    slow = result["slowest_hop"]
    facts = result["auth"]
    total = result["total_delay_s"]
    n = len(hops)
    headline = f"{n} 台のサーバを経由しています。" if n else "経由したサーバの記録はありません。"
    if total is not None:
        headline += f"合計 {verdict.duration(total)} で届いています。"
    return {
        "kind": "headers",
        "message": headline,
        "labels": LABELS,
        "verdict": result["verdict_items"],
        "warnings": [w["text"] for w in result["warnings"]],
        "hops": [_hop_view(i, h, longest, slow, tz_offset_minutes) for i, h in enumerate(hops)],
        "total_text": verdict.duration(total) if total is not None else "不明",
        "total_delay_s": total,
        "slowest_hop": slow,
        "auth": {"spf": facts["spf"] or "unknown", "dkim": facts["dkim"] or "unknown",
                 "dmarc": facts["dmarc"] or "unknown", "aligned": facts["aligned"],
                 "from_domain": facts["from_domain"] or "—", "rows": _auth_rows(facts)},
        "spam": result["spam"],
        "source": result["source"],
    }


def run(text: str = "", data_b64: str = "", provider_domains: list[str] | None = None,
        tz_offset_minutes: int | None = None) -> dict[str, Any]:
    """Analyse pasted text or a file (base64) for the page; never raises for bad input."""
    data = _read(text, data_b64)
    if isinstance(data, dict):
        return {"kind": "error", **data}
    tz = tz_offset_minutes if isinstance(tz_offset_minutes, int) and -1440 < tz_offset_minutes < 1440 else None
    return view(engine.analyze(data, tuple(provider_domains or ())), tz)
