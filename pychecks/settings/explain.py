"""Short answers to "is this value really right?" for the values readers doubt.

Port numbers are read from the account (which took them from
:mod:`pychecks.ports`), never written here.
"""

from __future__ import annotations

from typing import Any

from pychecks import ports
from pychecks.settings.clients import Client
from pychecks.settings.rules import Account

PROTOCOL_NAMES = {"imap": "IMAP", "pop3": "POP3"}


def explanations(account: Account, client: Client, provider: dict[str, Any]) -> list[dict[str, str]]:
    """``[{title, text}]`` in the order the values appear on the setup screens."""
    inc, out = account.incoming, account.outgoing
    proto = PROTOCOL_NAMES[inc.protocol]
    items = [
        ("ユーザー名はメールアドレス全体です",
         f"「@」より前だけではなく、「{account.email}」をそのまま入力します。送信の認証も同じユーザー名です。"),
        ("サーバ名", inc.host_note + ("" if out.host == inc.host else " 送信: " + out.host_note)),
        (f"受信のポート番号 {inc.port}", _incoming_port(account, proto)),
        (f"送信のポート番号 {out.port}", _outgoing_port(account, provider)),
        ("25番ポートは使いません", ports.OP25B_NOTE),
        ("送信にも認証が必要です",
         "送信サーバ(SMTP)の認証をオンにし、受信と同じユーザー名とパスワード(「受信メールサーバと同じ設定を使用する」)を使います。"),
        ("「通常のパスワード」(平文)を選ぶ理由", _password(account)),
    ]
    if client.id in ("outlook", "outlook2007"):
        items.append(("SPA はオフにします",
                      "SPA(セキュリティで保護されたパスワード認証)は Microsoft 独自の方式で、当社のサーバでは使えません。"
                      "オンにするとログインできません。"))
    return [{"title": t, "text": x} for t, x in items]


def _incoming_port(account: Account, proto: str) -> str:
    kind = "接続した時点から暗号化する" if account.ssl else "暗号化しない"
    return (
        f"{account.incoming.port}番は {proto} の{kind}標準ポートです。"
        "メールソフトが自動で入れる値と同じなら、そのままで構いません。"
    )


def _outgoing_port(account: Account, provider: dict[str, Any]) -> str:
    port = account.outgoing.port
    if not account.ssl:
        return (f"{port}番はメールソフトからの送信専用のポート(サブミッションポート)です。"
                "暗号化は「なし」にします。")
    if account.outgoing.security == "starttls":
        return (f"{port}番は送信用のポート(サブミッションポート)で、STARTTLS で暗号化します。"
                "暗号化の欄で「STARTTLS」をはっきり選んでください。")
    text = f"{port}番は接続した時点から暗号化する送信用ポートです(RFC 8314 が推奨する方式)。"
    alt = account.alternative_outgoing
    if alt is not None:
        text += (f"{alt.port}番で STARTTLS を使う設定でも送信できます。その場合は暗号化の欄で「STARTTLS」を"
                 "はっきり選んでください。暗号化できないときに暗号化せずに送る設定では、465番ほど安全ではありません。")
    return text


def _password(account: Account) -> str:
    if account.ssl:
        return ("「平文」という名前ですが、SSL/TLS で通信全体が暗号化されるため、パスワードも暗号化されて送られます。"
                "「暗号化されたパスワード」などを選ぶとログインできません。")
    return ("SSL を使わない設定では、パスワードを含む通信が暗号化されずに送られます。"
            "SSL に対応したプランへの移行をおすすめします。「暗号化されたパスワード」などを選ぶとログインできません。")
