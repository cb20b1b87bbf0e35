"""Server names that are accepted but probably wrong: warnings, never refusals.

A bare IP address works only without SSL (a certificate names a host, so
with SSL the client warns or refuses to connect), and another provider's
server (a reader copying the Gmail or Outlook settings they had before)
will never accept this provider's account.
"""

from __future__ import annotations

from typing import Any

from pychecks.settings.rules import Account, ip_literal

# Domains of the mail servers that large providers publish for mail clients (imap.gmail.com,
# outlook.office365.com, smtp-mail.outlook.com, imap.mail.yahoo.com, imap.mail.yahoo.co.jp, imap.mail.me.com),
# which readers most often copy by mistake; a host matches its domain and every name under it.
FOREIGN_MAIL_DOMAINS: dict[str, str] = {
    "gmail.com": "Google(Gmail)",
    "googlemail.com": "Google(Gmail)",
    "google.com": "Google(Gmail)",
    "outlook.com": "Microsoft(Outlook.com / Microsoft 365)",
    "office365.com": "Microsoft(Outlook.com / Microsoft 365)",
    "hotmail.com": "Microsoft(Outlook.com / Microsoft 365)",
    "live.com": "Microsoft(Outlook.com / Microsoft 365)",
    "yahoo.com": "Yahoo!",
    "yahoo.co.jp": "Yahoo! JAPAN",
    "me.com": "Apple(iCloud メール)",
    "icloud.com": "Apple(iCloud メール)",
}

FIELD_NAMES = {"incoming": "受信サーバ名", "outgoing": "送信サーバ名"}


def foreign_owner(host: str, provider: dict[str, Any]) -> str:
    """The other provider whose server ``host`` is, or "" (the provider's own domain is never foreign)."""
    own = str(provider.get("domain", "")).lower()
    if own and (host == own or host.endswith("." + own)):
        return ""
    for domain, owner in FOREIGN_MAIL_DOMAINS.items():
        if (host == domain or host.endswith("." + domain)) and domain != own:
            return owner
    return ""


def warning_for(field: str, host: str, ssl: bool, provider: dict[str, Any]) -> str:
    """One field's warning, or ""."""
    name = FIELD_NAMES[field]
    if ip_literal(host):
        if ssl:
            return (f"{name}に IP アドレス「{host}」が入力されています。SSL の証明書はサーバ名に対して発行されるため、"
                    "IP アドレスで接続すると証明書の名前が一致せず、メールソフトが警告を出したり接続できなかったりします。"
                    f"{provider['server_hint']}を入力してください。")
        return (f"{name}に IP アドレス「{host}」が入力されています。サーバの IP アドレスは移転などで変わることがあり、"
                f"変わると送受信できなくなります。できるだけ{provider['server_hint']}を入力してください。")
    owner = foreign_owner(host, provider)
    if owner:
        return (f"{name}の「{host}」は {owner} のサーバです。{provider['name']}のメールアドレスは、"
                f"このサーバでは送受信できません。以前お使いのメールの設定が残っていないかご確認のうえ、"
                f"{provider['server_hint']}を入力してください。")
    return ""


def host_warnings(account: Account, provider: dict[str, Any]) -> list[str]:
    """The warnings for the account's servers, the outgoing one only when it differs."""
    found = [warning_for("incoming", account.incoming.host, account.ssl, provider)]
    if account.outgoing.host != account.incoming.host:
        found.append(warning_for("outgoing", account.outgoing.host, account.ssl, provider))
    return [w for w in found if w]
