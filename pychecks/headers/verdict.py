"""The plain-language Japanese verdict: where the delay happened, what failed, what to set.

Every sentence the header analyzer shows about a result is written here
(the page's script only renders it).  Items are ``{"topic", "level",
"text"}`` (plus ``"url"`` and ``"link_text"`` for a link); ``level`` is
"ok", "info", "warn" or "bad".
"""

from __future__ import annotations

from datetime import datetime

# The page that explains SPF, DKIM and DMARC records (relative to /headers/).
AUTH_PAGE = "../auth-records/"
AUTH_LINK_TEXT = "SPF・DKIM・DMARC の確認と設定について読む"
LATE_PAGE = "../receiving/#late"

SLOW_S = 300  # a step this long is worth naming as a delay
QUICK_TOTAL_S = 120  # a whole path this short is "no delay"

SIDE_LABELS = {
    "sender": "送信側(差出人のサーバ)",
    "relay": "途中の中継サーバ",
    "provider": "当社のメールサーバ",
    "recipient": "受信側(受信者のサーバや転送先)",
    "server": "メールサーバ",
}

# What it means when a mail waited at a host of this side before the next one took it.
WAIT_TEXT = {
    "client": ("メールが作成された時刻(Date ヘッダ)から、記録に残っている最初のサーバが受け取るまでに時間がかかっています。"
               "差出人のパソコンやスマートフォンで送信が待たされていた(オフラインだった、送信トレイに残っていた)、"
               "差出人側のサーバで送り出しが遅れた、差出人の端末の時計がずれている、などが考えられます。"),
    "sender": ("送信側のサーバから送り出されるまでに時間がかかっています。送信側のサーバの混雑や、"
               "受信側が一時的に受け付けなかった(グレイリスティングなど)ための再送待ちが考えられます。"
               "何度も続く場合は、差出人から送信側のサーバの管理者に確認してもらってください。"),
    "relay": ("途中の中継サーバで時間がかかっています。中継サーバの混雑や再送待ちが考えられます。"
              "何度も続く場合は、差出人から送信側のサーバの管理者に確認してもらってください。"),
    "provider": ("当社のメールサーバの中で時間がかかっています。ウイルスや迷惑メールの検査の混雑、"
                 "転送先が一時的に受け付けなかったことによる再送待ちが考えられます。"
                 "何度も続く場合は、このヘッダを添えてサポートへお問い合わせください。"),
    "recipient": ("受信側のサーバの中で時間がかかっています。受信側(転送先のサービスなど)の混雑や、"
                  "迷惑メールの検査が考えられます。"),
    "server": "メールサーバの中で時間がかかっています。サーバの混雑や再送待ちが考えられます。",
}

RESULT_LABELS = {
    "pass": "成功", "fail": "失敗", "softfail": "失敗(softfail)", "hardfail": "失敗", "neutral": "判定なし(neutral)",
    "none": "設定なし", "temperror": "一時的なエラー", "permerror": "設定の誤り", "policy": "ポリシーにより不採用",
    None: "記録なし",
}


def duration(seconds: int | None) -> str:
    """Seconds in Japanese units: 45秒, 3分20秒, 2時間5分, 1日3時間."""
    if seconds is None:
        return "不明"
    s = int(seconds)
    if s < 60:
        return f"{s}秒"
    if s < 3600:
        return f"{s // 60}分{s % 60}秒" if s % 60 else f"{s // 60}分"
    if s < 86400:
        return f"{s // 3600}時間{s % 3600 // 60}分" if s % 3600 // 60 else f"{s // 3600}時間"
    return f"{s // 86400}日{s % 86400 // 3600}時間" if s % 86400 // 3600 else f"{s // 86400}日"


def result_label(result: str | None) -> str:
    return RESULT_LABELS.get(result, result or "記録なし")


def warnings(hops: list[dict], sent: datetime | None, date_value: str, capped: bool) -> list[dict]:
    """Things the reader should know before trusting the numbers."""
    out: list[dict] = []
    if not hops:
        out.append({"code": "no_received", "text": (
            "Received ヘッダ(経由したサーバの記録)がありません。ヘッダ全体ではなく一部だけが貼り付けられたか、"
            "送信前のメールの可能性があります。経路と遅れは分かりません。")})
    if not date_value:
        out.append({"code": "no_date", "text": (
            "Date ヘッダ(送信日時)がないため、合計時間は最初のサーバが受け取った時刻から数えています。")})
    elif sent is None:
        out.append({"code": "bad_date", "text": (
            f"Date ヘッダ「{date_value[:80]}」を日時として読み取れませんでした。"
            "合計時間は最初のサーバが受け取った時刻から数えています。")})
    for i, hop in enumerate(hops):
        if hop.get("skew_s"):
            where = "差出人の端末の時計(Date ヘッダ)" if i == 0 else f"{i} 番目のサーバ"
            out.append({"code": "clock_skew", "hop": i, "text": (
                f"{i + 1} 番目のサーバの受信時刻が、{where}より {duration(-hop['skew_s'])} 前になっています。"
                "サーバ同士の時計のずれのため、この区間の遅れは 0 として数えています。")})
    missing = [i + 1 for i, hop in enumerate(hops) if hop.get("_when") is None and hop.get("time") is None]
    if missing:
        shown = "、".join(str(n) for n in missing[:10]) + (" など" if len(missing) > 10 else "")
        out.append({"code": "no_time", "hops": missing[:50], "text": (
            f"{shown} 番目のサーバの記録から受信時刻を読み取れませんでした。その区間の遅れは分かりません。")})
    if capped:
        out.append({"code": "capped", "text": (
            "Received ヘッダが多すぎるため、新しいものから 300 件だけを読んでいます。"
            "配送がループしている(同じサーバの間を行き来している)可能性があります。")})
    return out


def _hop_name(hops: list[dict], i: int) -> str:
    hop = hops[i]
    src = hop.get("from") or hop.get("ip") or (hops[i - 1].get("by") if i else "") or "不明"
    return f"{src} → {hop.get('by') or '不明'}"


def delay_item(hops: list[dict], total: int | None, slow: int | None, has_date: bool) -> dict:
    if not hops:
        return {"topic": "delay", "level": "info", "text": "経由したサーバの記録がないため、遅れは分かりません。"}
    if total is None:
        return {"topic": "delay", "level": "info", "text": (
            "各サーバの受信時刻が読み取れないため、どこで時間がかかったかは分かりません。")}
    start = "送信" if has_date else "最初のサーバの受信"
    if slow is None or (total < QUICK_TOTAL_S and hops[slow]["delay_s"] < SLOW_S):
        return {"topic": "delay", "level": "ok", "text": (
            f"目立った遅れはありません。{start}から最後のサーバが受け取るまで {duration(total)} です。")}
    d = hops[slow]["delay_s"]
    holder = "client" if slow == 0 and has_date else (hops[slow - 1]["side"] if slow else hops[0]["side"])
    level = "warn" if d >= SLOW_S else "ok"
    text = (f"{start}から最後のサーバが受け取るまで {duration(total)} かかっています。"
            f"いちばん時間がかかったのは {slow + 1} 番目の区間({_hop_name(hops, slow)})で、{duration(d)} です。")
    if d >= SLOW_S:
        text += WAIT_TEXT[holder]
    else:
        text += "大きな遅れではありません。"
    return {"topic": "delay", "level": level, "text": text, "side": holder}


def _spf_text(res: str, domain: str) -> tuple[str, str]:
    who = f"{domain} の管理者" if domain else "差出人のドメインの管理者"
    if res in ("fail", "softfail", "hardfail"):
        return "bad", (f"SPF の認証に失敗しています({res})。送信に使われたサーバが、{domain or '差出人のドメイン'} の"
                       f" SPF レコードに含まれていません。{who}が、DNS の SPF レコード(「v=spf1」で始まる TXT レコード)に、"
                       "送信に使うサーバ(メール配信サービスの include: 指定や IP アドレス)を加える必要があります。")
    if res == "none":
        return "bad", (f"{domain or '差出人のドメイン'} に SPF レコードがありません。{who}が、DNS に SPF レコード"
                       "(「v=spf1 include:… ~all」のような TXT レコード)を設定する必要があります。")
    if res == "permerror":
        return "bad", (f"{domain or '差出人のドメイン'} の SPF レコードに誤りがあります(permerror)。{who}が、"
                       "SPF レコードが 1 つだけか、DNS の参照(include など)が 10 回を超えていないかを確かめる必要があります。")
    if res == "temperror":
        return "warn", "SPF の確認中に一時的な DNS のエラーが起きています。時間をおいても続く場合は、DNS の応答を確かめてください。"
    if res == "neutral":
        return "warn", (f"SPF の判定は neutral(どちらとも言えない)です。{who}が、SPF レコードの末尾を「~all」か"
                        "「-all」にすると、受信側が判断しやすくなります。")
    return "ok", f"SPF は成功しています({domain})。" if domain else "SPF は成功しています。"


def _dkim_text(res: str | None, sigs: list[dict], from_domain: str) -> tuple[str, str]:
    who = f"{from_domain} の管理者" if from_domain else "差出人のドメインの管理者"
    signed = "、".join(f"{s['domain']}(セレクタ {s['selector']})" if s.get("selector") else s["domain"]
                      for s in sigs[:5] if s["domain"])
    if res is None and not sigs:
        return "bad", (f"DKIM の署名がありません。{who}が、送信するサーバで DKIM 署名を有効にし、"
                       "公開鍵を DNS(「セレクタ._domainkey.ドメイン」の TXT レコード)に設定する必要があります。")
    if res == "pass":
        return "ok", f"DKIM の署名は正しく検証されています(署名したドメイン: {signed})。" if signed else \
            "DKIM の署名は正しく検証されています。"
    if res is None:
        return "info", (f"DKIM の署名はありますが(署名したドメイン: {signed})、検証の結果は記録されていません。")
    if res == "none":
        return "bad", (f"DKIM の署名がありません。{who}が、送信するサーバで DKIM 署名を有効にし、"
                       "公開鍵を DNS(「セレクタ._domainkey.ドメイン」の TXT レコード)に設定する必要があります。")
    return "bad", (f"DKIM の署名を検証できませんでした({result_label(res)}、署名したドメイン: {signed or '不明'})。"
                   "送信後に本文やヘッダが書き換えられた(転送、メーリングリスト、署名の自動追記など)か、"
                   "DNS の公開鍵(セレクタ._domainkey.ドメイン)が署名に使った鍵と合っていません。"
                   f"{who}が、DNS の公開鍵と送信サーバの DKIM の設定を見直す必要があります。")


def _dmarc_text(res: str | None, policy: str, from_domain: str) -> tuple[str, str]:
    dom = from_domain or "差出人のドメイン"
    if res == "pass":
        return "ok", f"DMARC も成功しています(差出人のドメイン {dom} と認証したドメインが一致しています)。"
    if res in ("fail", "permerror"):
        act = {"reject": "受け取りを拒否する", "quarantine": "迷惑メールとして扱う", "none": "特に何もしない"}.get(policy)
        pol = f"ドメインの DMARC ポリシー(p={policy})は「{act}」という指定です。" if act else ""
        return "bad", (f"DMARC が失敗しています。SPF と DKIM のどちらも、差出人(From)のドメイン {dom} と一致する形では"
                       f"成功していません。{pol}{dom} の管理者が、DKIM 署名のドメイン(d=)を {dom} にするか、"
                       f"SPF で認証される送信元アドレスのドメインを {dom} にそろえる必要があります。")
    if res == "none":
        return "warn", (f"{dom} に DMARC レコードがありません。{dom} の管理者が、DNS に「_dmarc.{dom}」の TXT レコード"
                        "(例: 「v=DMARC1; p=none; rua=mailto:…」)を設定すると、Gmail などに受け取られやすくなります。")
    if res == "temperror":
        return "warn", "DMARC の確認中に一時的な DNS のエラーが起きています。"
    return "info", "DMARC の結果は記録されていません。"


def auth_items(facts: dict) -> list[dict]:
    spf, dkim, dmarc = facts["spf"], facts["dkim"], facts["dmarc"]
    from_domain = facts["from_domain"]
    items: list[dict] = []
    if spf is None and dkim is None and dmarc is None and not facts["dkim_signatures"]:
        items.append({"topic": "auth", "level": "info", "text": (
            "認証(SPF・DKIM・DMARC)の結果がヘッダにありません。受信したサーバが結果を記録していないか、"
            "ヘッダの一部だけが貼り付けられた可能性があります。")})
        return items
    if spf == "pass" and dkim == "pass" and dmarc == "pass":
        items.append({"topic": "auth", "level": "ok", "text": (
            f"差出人のドメイン({from_domain or '不明'})の認証は、SPF・DKIM・DMARC のすべてで成功しています。")})
    else:
        if spf is not None:
            level, text = _spf_text(spf, facts["spf_domain"])
            items.append({"topic": "auth", "method": "spf", "level": level, "text": text})
        level, text = _dkim_text(dkim, facts["dkim_signatures"], from_domain)
        items.append({"topic": "auth", "method": "dkim", "level": level, "text": text})
        if dmarc is not None or facts["aligned"] is False:
            level, text = _dmarc_text(dmarc, facts["dmarc_policy"], from_domain)
            if dmarc is None:
                level, text = "warn", (
                    f"SPF や DKIM で認証されたドメインが、差出人(From)のドメイン {from_domain} と一致していません。"
                    "Gmail などは、From のドメインと一致する認証を求めています。")
            items.append({"topic": "auth", "method": "dmarc", "level": level, "text": text})
    arc = [a for a in facts.get("arc", []) if a.get("spf") == "pass" or a.get("dkim") == "pass"]
    if arc and (spf not in (None, "pass") or dkim not in (None, "pass")):
        first = arc[0]
        items.append({"topic": "auth", "method": "arc", "level": "info", "text": (
            f"このメールは転送されています。転送したサーバ({first.get('authserv_id') or '不明'})が受け取った時点では、"
            f"SPF: {result_label(first.get('spf'))}、DKIM: {result_label(first.get('dkim'))}"
            f"、DMARC: {result_label(first.get('dmarc'))} でした(ARC の記録)。転送で SPF が失敗するのはよくあることで、"
            "差出人の設定の問題とは限りません。")})
    if any(i["level"] == "bad" for i in items):
        items.append({"topic": "link", "level": "info", "url": AUTH_PAGE, "link_text": AUTH_LINK_TEXT, "text": (
            "ご自身のドメインの場合は、SPF・DKIM・DMARC の設定を見直してください。相手のドメインの場合は、"
            "この結果を相手に伝え、相手のドメインの管理者に設定してもらってください。")})
    return items


def spam_item(spams: list[dict], auth_bad: bool) -> dict | None:
    if not spams:
        return None
    named = [s for s in spams if s["verdict"] in ("spam", "not_spam", "bulk")]
    if not named:
        return None
    if any(s["verdict"] == "spam" for s in named):
        which = "、".join(s["header"] for s in named if s["verdict"] == "spam")
        text = f"受信側の迷惑メールフィルタが、このメールを迷惑メールと判定しています({which})。"
        if auth_bad:
            text += "上の認証の失敗が、判定の理由の一つになっている可能性があります。"
        return {"topic": "spam", "level": "bad", "text": text}
    if any(s["verdict"] == "bulk" for s in named):
        return {"topic": "spam", "level": "warn", "text": (
            "一括送信(メールマガジンなど)として扱われています。受信側の設定によっては迷惑メールフォルダに入ります。")}
    return {"topic": "spam", "level": "ok", "text": (
        "受信側の迷惑メールフィルタは、迷惑メールではないと判定しています。それでも迷惑メールフォルダに入っていた場合は、"
        "メールソフトや受信者ご自身の振り分けの設定を確かめてください。")}


def items(hops: list[dict], total: int | None, slow: int | None, facts: dict, spams: list[dict],
          has_date: bool, source: str) -> list[dict]:
    out: list[dict] = []
    if source == "returned":
        out.append({"topic": "source", "level": "info", "text": (
            "エラーメールの中に付いていた、元のメールのヘッダを解析しました。")})
    out.append(delay_item(hops, total, slow, has_date))
    auths = auth_items(facts)
    out.extend(auths)
    sp = spam_item(spams, any(i["level"] == "bad" for i in auths))
    if sp:
        out.append(sp)
    return out
