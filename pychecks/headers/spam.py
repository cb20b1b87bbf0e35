"""Spam-filter verdict header fields, explained in Japanese.

Each reader below takes one field's value and returns ``(verdict, text)``:
``verdict`` is "spam", "not_spam", "bulk" or "info"; ``text`` says what the
value means.  The tables hold the documented meanings (Microsoft's
anti-spam message headers, SpamAssassin's X-Spam-* fields, Gmail's X-Gm-*).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# X-MS-Exchange-Organization-SCL / SCL in X-Forefront-Antispam-Report
SCL_TEXT = {
    -1: ("not_spam", "迷惑メールの判定を省いています(差出人が許可リストにあるなど、組織の設定によるもの)。"),
    0: ("not_spam", "迷惑メールではないと判定されています。"),
    1: ("not_spam", "迷惑メールではないと判定されています。"),
    5: ("spam", "迷惑メールと判定されています。"),
    6: ("spam", "迷惑メールと判定されています。"),
    8: ("spam", "確度の高い迷惑メールと判定されています。"),
    9: ("spam", "確度の高い迷惑メールと判定されています。"),
}

# SFV in X-Forefront-Antispam-Report
SFV_TEXT = {
    "NSPM": ("not_spam", "迷惑メールフィルタを通り、迷惑メールではないと判定されています。"),
    "SPM": ("spam", "迷惑メールフィルタが迷惑メールと判定しています。"),
    "SKS": ("spam", "フィルタの前に、組織のルールで迷惑メールとされています。"),
    "SKA": ("not_spam", "受信者や組織の許可リストにより、迷惑メールの判定を省いています。"),
    "SKB": ("spam", "差出人が受信拒否リストにあるため、迷惑メールとされています。"),
    "SKN": ("not_spam", "組織のルールで迷惑メールではないとされ、判定を省いています。"),
    "SKI": ("info", "同じ組織の中で送られたメールのため、判定を省いています。"),
    "SKQ": ("info", "検疫から解放されたメールです。"),
    "SFE": ("not_spam", "受信者の「差出人セーフリスト」により、迷惑メールの判定を省いています。"),
    "BLK": ("spam", "受信者の「受信拒否リスト」により、迷惑メールとされています。"),
}

# CAT in X-Forefront-Antispam-Report
CAT_TEXT = {
    "BULK": "一括送信メール(メールマガジンなど)", "DIMP": "ドメインのなりすまし", "GIMP": "なりすまし(メールボックスの分析による)",
    "HPHSH": "確度の高いフィッシング", "HPHISH": "確度の高いフィッシング", "HSPM": "確度の高い迷惑メール",
    "MALW": "マルウェア", "PHSH": "フィッシング", "SPM": "迷惑メール", "SPOOF": "差出人の偽装(なりすまし)",
    "UIMP": "ユーザーのなりすまし", "AMP": "マルウェア対策", "SAP": "安全な添付ファイル", "OSPM": "送信の迷惑メール",
}


def _scl(value: str) -> tuple[str, str]:
    m = re.search(r"-?\d{1,2}", value)
    if not m:
        return "info", "判定値を読み取れませんでした。"
    n = int(m.group(0))
    verdict, text = SCL_TEXT.get(n, ("not_spam" if n < 5 else "spam",
                                     "迷惑メールではないと判定されています。" if n < 5 else "迷惑メールと判定されています。"))
    return verdict, f"迷惑メール信頼レベル(SCL)は {n} です。{text}"


def _kv(value: str, sep: str = ";") -> dict[str, str]:
    out: dict[str, str] = {}
    for part in value[:8000].split(sep):
        k, colon, v = part.partition(":")
        if colon:
            out.setdefault(k.strip().upper(), v.strip())
    return out


def _forefront(value: str) -> tuple[str, str]:
    kv = _kv(value)
    texts: list[str] = []
    verdict = "info"
    sfv = kv.get("SFV", "").upper()
    if sfv in SFV_TEXT:
        verdict, text = SFV_TEXT[sfv]
        texts.append(f"判定(SFV:{sfv}): {text}")
    if kv.get("SCL"):
        v, text = _scl(kv["SCL"])
        texts.append(text)
        verdict = "spam" if v == "spam" else verdict if verdict != "info" else v
    cat = kv.get("CAT", "").upper()
    if cat and cat != "NONE":
        texts.append(f"分類(CAT:{cat}): {CAT_TEXT.get(cat, cat)}として扱われています。")
        if cat != "BULK":
            verdict = "spam"
        elif verdict == "not_spam":
            verdict = "bulk"
    if kv.get("CIP"):
        texts.append(f"Microsoft のサーバに接続してきた送信元の IP アドレスは {kv['CIP'][:45]} です。")
    if kv.get("CTRY"):
        texts.append(f"送信元の国・地域コードは {kv['CTRY'][:4]} です。")
    return verdict, " ".join(texts) or "Microsoft の迷惑メールフィルタの記録です。"


def _ms_antispam(value: str) -> tuple[str, str]:
    m = re.search(r"BCL\s{0,2}:\s{0,2}(\d)", value)
    if not m:
        return "info", "Microsoft の迷惑メールフィルタの記録です(判定値はありません)。"
    n = int(m.group(1))
    if n <= 3:
        return "not_spam", f"一括送信の苦情レベル(BCL)は {n} です。苦情の少ない送信元と見られています。"
    if n <= 7:
        return "bulk", (f"一括送信の苦情レベル(BCL)は {n} です。苦情がある程度ある一括送信元と見られ、"
                        "組織の設定によっては迷惑メールフォルダに入ります。")
    return "bulk", f"一括送信の苦情レベル(BCL)は {n} です。苦情の多い一括送信元と見られています。"


def _spam_status(value: str) -> tuple[str, str]:
    yes = value.strip().lower().startswith("yes")
    score = re.search(r"score=(-?\d{1,4}(?:\.\d{1,3})?)", value)
    req = re.search(r"required=(-?\d{1,4}(?:\.\d{1,3})?)", value)
    detail = ""
    if score:
        detail = f"点数は {score.group(1)} 点"
        if req:
            detail += f"(迷惑メールとする基準は {req.group(1)} 点以上)"
        detail += "です。"
    head = "迷惑メールと判定されています。" if yes else "迷惑メールではないと判定されています。"
    tests = re.search(r"tests=([A-Za-z0-9_,\s]{1,2000})", value)
    if tests:
        names = [t for t in re.split(r"[,\s]+", tests.group(1)) if t][:12]
        if names and names != ["none"]:
            detail += f" 当てはまった検査: {', '.join(names)}。"
    return ("spam" if yes else "not_spam"), f"SpamAssassin などのフィルタで{head}{detail}"


def _spam_flag(value: str) -> tuple[str, str]:
    yes = value.strip().lower().startswith("yes")
    return ("spam", "迷惑メールの印が付いています。") if yes else ("not_spam", "迷惑メールの印は付いていません。")


def _spam_score(value: str) -> tuple[str, str]:
    m = re.search(r"-?\d{1,4}(?:\.\d{1,3})?", value)
    return "info", (f"迷惑メールフィルタの点数は {m.group(0)} 点です(高いほど迷惑メールらしいとされます)。"
                    if m else "迷惑メールフィルタの点数の記録です。")


def _spam_level(value: str) -> tuple[str, str]:
    n = value.count("*")
    return "info", f"迷惑メールらしさの目安は「*」{n} 個です(多いほど迷惑メールらしいとされます)。"


def _gm_flag(name: str) -> Callable[[str], tuple[str, str]]:
    def read(value: str) -> tuple[str, str]:
        yes = value.strip().startswith("1")
        if name == "spam":
            return ("spam", "Gmail が迷惑メールと判定しています。") if yes else \
                ("not_spam", "Gmail は迷惑メールと判定していません。")
        return ("spam", "Gmail がフィッシング(なりすまし)の疑いありと判定しています。") if yes else \
            ("not_spam", "Gmail はフィッシングの疑いなしと判定しています。")
    return read


def _gm_state(value: str) -> tuple[str, str]:
    return "info", "Gmail のサーバが内部で付ける記録です。迷惑メールかどうかの判定ではありません。"


# lower-case field name -> reader, in display order
READERS: dict[str, Callable[[str], tuple[str, str]]] = {
    "x-spam-status": _spam_status,
    "x-spam-flag": _spam_flag,
    "x-spam": _spam_flag,
    "x-spam-score": _spam_score,
    "x-spam-level": _spam_level,
    "x-ms-exchange-organization-scl": _scl,
    "x-forefront-antispam-report": _forefront,
    "x-microsoft-antispam": _ms_antispam,
    "x-gm-spam": _gm_flag("spam"),
    "x-gm-phishy": _gm_flag("phishy"),
    "x-gm-message-state": _gm_state,
}


def verdicts(headers) -> list[dict]:
    """One entry per spam-verdict field present (the topmost of each name)."""
    out = []
    for name, read in READERS.items():
        if name not in headers:
            continue
        value = headers.get(name)[:2000]
        try:
            verdict, text = read(value)
        except (ValueError, IndexError):
            verdict, text = "info", "値を読み取れませんでした。"
        out.append({"header": _display_name(headers, name), "value": value[:300], "verdict": verdict,
                    "text": text})
    return out


def _display_name(headers, name: str) -> str:
    for n, _ in headers.items:
        if n.lower() == name:
            return n
    return name
