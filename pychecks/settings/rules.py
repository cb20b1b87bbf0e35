"""The account values a mail client needs, from what the reader typed.

The rules come from the provider's FAQ and RFC 8314: the user name is the
whole address, authentication (also for sending) uses the same name and a
normal (cleartext) password, and ports come only from
:data:`pychecks.ports.ENDPOINTS`, so every page, the CLI and the export
files read one table.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from pychecks import ports, syntax
from pychecks import provider as provider_mod
from pychecks.ports import InputError

PROTOCOLS = ("imap", "pop3")
# The one authentication every client here is set to: SMTP AUTH / login with
# the plain password, protected by TLS where the plan offers it.
AUTH = "password-cleartext"

_HOST_JUNK = ("@", "/", ":", " ")


@dataclass(frozen=True)
class Server:
    protocol: str  # "imap", "pop3" or "smtp"
    host: str
    port: int
    security: str  # "ssl", "starttls" or "none"
    username: str
    host_note: str = ""
    auth: str = AUTH

    def as_json(self, with_protocol: bool) -> dict[str, Any]:
        data: dict[str, Any] = {"protocol": self.protocol} if with_protocol else {}
        data.update(host=self.host, port=self.port, security=self.security, username=self.username, auth=self.auth)
        return data


@dataclass(frozen=True)
class Account:
    email: str
    domain: str
    ssl: bool
    incoming: Server
    outgoing: Server
    # 587 with STARTTLS, where the provider offers it next to 465 (SSL plans only).
    alternative_outgoing: Server | None = None


def normalize_email(text: str) -> tuple[str, str]:
    """(address, domain); full-width characters typed on a Japanese keyboard are folded first."""
    value = unicodedata.normalize("NFKC", text or "").strip()
    if not value:
        raise InputError("email", "メールアドレスを入力してください。")
    if value.count("@") != 1:
        raise InputError("email", "メールアドレスは「@」を1つ含む形で入力してください(例: taro@example.jp)。")
    local, _, dom = value.partition("@")
    if not syntax.is_local_part(local):
        raise InputError(
            "email",
            "「@」より前の部分が空か、使えない文字(空白、全角文字、連続した「.」など)が含まれています。",
        )
    try:
        domain = ports.domain_of(dom)
    except InputError:
        raise InputError(
            "email", "「@」より後ろのドメイン名の形が正しくありません(例: taro@example.jp)。"
        ) from None
    return f"{local}@{domain}", domain


def normalize_host(field: str, text: str) -> str:
    """A bare host name, or "" when the field was left empty."""
    value = unicodedata.normalize("NFKC", text or "").strip().lower().rstrip(".")
    if not value:
        return ""
    if any(c in value for c in _HOST_JUNK):
        raise InputError(field, "サーバ名だけを入力してください(例: sv1234.example.jp)。「@」「https://」、ポート番号や空白は不要です。")
    try:
        return ports.domain_of(value)
    except InputError:
        raise InputError(field, "サーバ名の形が正しくありません(例: sv1234.example.jp)。半角英数字とハイフン、ドットで入力してください。") from None


def check_plan(plan: str, ssl: bool, p: dict[str, Any]) -> None:
    """A plan without SSL support offers only "SSL off"."""
    if not plan:
        return
    found = next((x for x in p["plans"] if x.get("id") == plan), None)
    if found is None:
        raise InputError("plan", "プランを一覧から選んでください。")
    if ssl and not found.get("ssl", True):
        raise InputError("ssl", f"{found['name']}は SSL に対応していません。「SSL を使わない」を選んでください。")


def build(
    email: str,
    incoming: str = "",
    outgoing: str = "",
    ssl: bool = True,
    protocol: str = "imap",
    plan: str = "",
    provider: dict[str, Any] | None = None,
) -> Account:
    """Validate the inputs and return the account values (field errors as :class:`InputError`)."""
    p = provider_mod.merged(provider)
    ssl = bool(ssl)
    if protocol not in PROTOCOLS:
        raise InputError("protocol", "受信方式は IMAP か POP3 を選んでください。")
    address, domain = normalize_email(email)
    check_plan(plan, ssl, p)
    in_host, in_note = _server(domain, ssl, "incoming", normalize_host("incoming", incoming), p)
    out_typed = normalize_host("outgoing", outgoing)
    out_host, out_note = _server(domain, ssl, "outgoing", out_typed or (in_host if incoming.strip() else ""), p)
    if not out_typed and incoming.strip():
        out_note = "送信サーバ名が空欄のため、受信サーバと同じ名前にしています。"
    return account(address, domain, ssl, protocol, (in_host, in_note), (out_host, out_note), p)


def account(
    address: str,
    domain: str,
    ssl: bool,
    protocol: str,
    incoming: tuple[str, str],
    outgoing: tuple[str, str],
    provider: dict[str, Any],
) -> Account:
    """The account for checked inputs; ``incoming``/``outgoing`` are (host, why this host).

    The pages call it with descriptive text in place of an address and host names.
    """
    in_ep, out_ep = ports.endpoint(protocol, ssl), ports.submission(ssl, provider)
    alt = None
    if ssl and provider.get("submission_starttls") and out_ep != ports.SUBMISSION_STARTTLS:
        alt_ep = ports.SUBMISSION_STARTTLS
        alt = Server("smtp", outgoing[0], alt_ep.port, alt_ep.security, address, outgoing[1])
    return Account(
        email=address,
        domain=domain,
        ssl=ssl,
        incoming=Server(protocol, incoming[0], in_ep.port, in_ep.security, address, incoming[1]),
        outgoing=Server("smtp", outgoing[0], out_ep.port, out_ep.security, address, outgoing[1]),
        alternative_outgoing=alt,
    )


def _server(domain: str, ssl: bool, field: str, host: str, p: dict[str, Any]) -> tuple[str, str]:
    try:
        return ports.server_name(domain, ssl, host, p)
    except InputError as exc:
        raise InputError(field, str(exc)) from None
