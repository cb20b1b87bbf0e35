"""Which server name and port a mail client should use.

The one table of port numbers for the whole project: the pages, the
settings generator, the CLI and the in-page checker all read
:data:`ENDPOINTS`.  Port 25 is only for server-to-server delivery and is
never offered to a client (OP25B blocks it on most access networks).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from pychecks import provider as provider_mod
from pychecks import syntax


@dataclass(frozen=True)
class Endpoint:
    port: int
    security: str  # "ssl" (implicit TLS), "starttls" or "none"


# (service, ssl) -> endpoint.  "smtp" is message submission by a client.
ENDPOINTS: dict[tuple[str, bool], Endpoint] = {
    ("pop3", True): Endpoint(995, "ssl"),
    ("pop3", False): Endpoint(110, "none"),
    ("imap", True): Endpoint(993, "ssl"),
    ("imap", False): Endpoint(143, "none"),
    ("smtp", True): Endpoint(465, "ssl"),
    ("smtp", False): Endpoint(587, "none"),
}
# Offered where the provider supports it (provider["submission_starttls"]).
SUBMISSION_STARTTLS = Endpoint(587, "starttls")
# Server-to-server delivery only.
MTA_PORT = 25

SERVICE_LABELS = {"pop3": "POP3", "imap": "IMAP", "smtp": "SMTP(送信)"}
SECURITY_LABELS = {
    "ssl": "SSL/TLS(接続時から暗号化)",
    "starttls": "STARTTLS(接続後に暗号化へ切り替え)",
    "none": "なし(暗号化しない)",
}
OP25B_NOTE = (
    "25番ポートはサーバ同士の配送用です。多くの回線では OP25B(Outbound Port 25 Blocking)で"
    "遮断されるため、メールソフトには設定しません。"
)



class InputError(ValueError):
    """A reader's input that cannot be used; ``field`` names the form field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def endpoint(service: str, ssl: bool) -> Endpoint:
    return ENDPOINTS[(service, bool(ssl))]


def submission(ssl: bool, provider: dict[str, Any]) -> Endpoint:
    """The port a client sends on: 465 on SSL plans, or 587 with STARTTLS where the
    provider does not offer 465 (``smtps_465: false``); 587 without SSL."""
    if ssl and provider.get("smtps_465") is False:
        return SUBMISSION_STARTTLS
    return endpoint("smtp", ssl)


def client_endpoint(service: str, ssl: bool, provider: dict[str, Any]) -> Endpoint:
    return submission(ssl, provider) if service == "smtp" else endpoint(service, ssl)


def domain_of(text: str) -> str:
    """The domain part of an address, or the text itself if it is a domain."""
    value = (text or "").strip()
    # checked before lower(): "K" (the Kelvin sign) would otherwise turn into an ASCII "k"
    value = value.lower().rstrip(".") if value.isascii() else "\x00"
    if "@" in value:
        value = value.rsplit("@", 1)[1]
    if not syntax.is_domain(value):
        raise InputError("domain", "ドメイン名またはメールアドレスの形が正しくありません(例: example.com、taro@example.com)。")
    return value


def recommend(
    domain: str,
    direction: str = "receive",
    protocol: str = "imap",
    ssl: bool = True,
    server: str = "",
    provider: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The server name, port and security for one direction, with reasons in Japanese."""
    p = provider_mod.merged(provider)
    if direction not in ("send", "receive"):
        raise InputError("direction", "「送信」か「受信」を選んでください。")
    if protocol not in ("pop3", "imap"):
        raise InputError("protocol", "受信方式は POP3 か IMAP を選んでください。")
    dom = domain_of(domain)
    service = "smtp" if direction == "send" else protocol
    ep = client_endpoint(service, ssl, p)
    host, host_note = _host(dom, ssl, server.strip().lower().rstrip("."), p)
    notes = [host_note, _port_note(service, ssl, p)]
    if direction == "send":
        notes.append("送信にも認証(SMTP 認証)が必要です。ユーザー名とパスワードは受信と同じものを使います。")
        notes.append(OP25B_NOTE)
    return {
        "direction": direction,
        "service": service,
        "service_label": SERVICE_LABELS[service],
        "host": host,
        "port": ep.port,
        "security": ep.security,
        "security_label": SECURITY_LABELS[ep.security],
        "username": "メールアドレス全体(例: user@" + dom + ")",
        "notes": notes,
    }


def server_name(domain: str, ssl: bool, server: str = "", provider: dict[str, Any] | None = None) -> tuple[str, str]:
    """(server name, reason) for a client; the same rule :func:`recommend` applies.

    Raises :class:`InputError` with field ``"server"`` for ``mail.<domain>`` with SSL.
    """
    return _host(domain, ssl, (server or "").strip().lower().rstrip("."), provider_mod.merged(provider))


def _host(domain: str, ssl: bool, server: str, p: dict[str, Any]) -> tuple[str, str]:
    mail_host = f"mail.{domain}"
    if ssl:
        if server == mail_host:
            raise InputError(
                "server",
                f"SSL を使う場合は「{mail_host}」を使えません。証明書の名前が一致せず、接続時に警告やエラーになります。"
                f"{p['server_hint']}を入力してください。",
            )
        if server:
            return server, "SSL の証明書はこのサーバ名で発行されているため、この名前をそのまま使います。"
        return p["server_example"], f"SSL を使う場合は{p['server_hint']}を使います(「{mail_host}」は使えません)。"
    if server:
        return server, "サーバ設定情報に記載のサーバ名です。"
    return mail_host, f"SSL を使わない場合、サーバ名が分からなければ「{mail_host}」で接続できます。"


def _port_note(service: str, ssl: bool, p: dict[str, Any]) -> str:
    ep = client_endpoint(service, ssl, p)
    if service == "smtp" and ssl and ep.security == "starttls":
        return (f"{ep.port}番は送信用のポート(サブミッションポート)で、STARTTLS で暗号化します。"
                "暗号化の欄で「STARTTLS」をはっきり選んでください。")
    if service == "smtp" and ssl:
        note = f"{ep.port}番は接続した時点から暗号化する送信用ポートです(RFC 8314 が推奨する方式)。"
        if p.get("submission_starttls"):
            note += f"{SUBMISSION_STARTTLS.port}番で STARTTLS を使う設定でも送信できます。"
        return note
    if service == "smtp":
        return f"{ep.port}番はメールソフトからの送信専用のポート(サブミッションポート)です。"
    kind = "暗号化された" if ssl else "暗号化しない"
    return f"{ep.port}番は{SERVICE_LABELS[service]}の{kind}標準ポートです。メールソフトの既定値のままで構いません。"


def options(provider: dict[str, Any] | None = None) -> dict[str, Any]:
    """The choices the page offers, so labels are written in one place."""
    p = provider_mod.merged(provider)
    return {
        "directions": [{"value": "receive", "label": "受信"}, {"value": "send", "label": "送信"}],
        "protocols": [{"value": "imap", "label": "IMAP"}, {"value": "pop3", "label": "POP3"}],
        "plans": p["plans"],
    }


def table() -> list[dict[str, Any]]:
    """Every endpoint as rows (for the pages' tables and the CLI)."""
    rows = []
    for (service, ssl), ep in ENDPOINTS.items():
        rows.append({"service": service, "ssl": ssl, **asdict(ep), "security_label": SECURITY_LABELS[ep.security]})
    return rows
