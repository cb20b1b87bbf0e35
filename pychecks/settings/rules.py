"""The account values a mail client needs, from what the reader typed.

The rules come from the provider's FAQ and RFC 8314: the user name is the
whole address, authentication (also for sending) uses the same name and a
normal (cleartext) password, and ports come only from
:data:`pychecks.ports.ENDPOINTS`, so every page, the CLI and the export
files read one table.
"""

from __future__ import annotations

import ipaddress
import unicodedata
from dataclasses import dataclass, replace
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
    # The address as the reader reads it: an internationalised domain in Unicode ("taro@日本語.jp"), while
    # ``email``, ``domain`` and the hosts hold the ASCII (punycode) form every file and client needs.
    display_email: str = ""

    @property
    def shown_email(self) -> str:
        return self.display_email or self.email

    @property
    def shown_domain(self) -> str:
        return self.shown_email.rpartition("@")[2] or self.domain


# What the reader is told when syntax.idna_domain refuses a domain (its codes; ``{x}`` is the offending part).
IDN_MESSAGES = {
    "mark": ("ドメイン名に、文字と分かれて入力された記号(結合文字)が含まれています。見た目の似た別のドメイン名を"
             "作るのに使われる書き方のため、使えません。文字を入力し直してください。"),
    "symbol": "ドメイン名には使えない文字「{x}」が含まれています。",
    "lookalike": ("ドメイン名の「{x}」は、英字とよく似た別の文字です(見た目の似た別のドメイン名になります)。"
                  "半角英字で入力し直してください。"),
    "mixed": ("ドメイン名の「{x}」の部分に、英字とよく似た別の種類の文字(キリル文字やギリシャ文字など)が"
              "混ざっています。半角英字で入力し直してください。"),
    "encode": ("ドメイン名の「{x}」の部分は、ここでは変換できません(長すぎるか、変換できない文字を含みます)。"
               "ドメインの登録情報にある「xn--」で始まる形で入力してください。"),
    "mapped": ("ドメイン名の「{x}」の部分には、変換すると別の文字に置き換わる文字(ß など)が含まれています。"
               "ドメインの登録情報にある「xn--」で始まる形で入力してください。"),
}
LOCAL_MAX = 64  # RFC 5321 §4.5.3.1.1: the local part is at most 64 octets


def normalize_email(text: str) -> tuple[str, str]:
    """(address, domain) in ASCII; full-width characters typed on a Japanese keyboard are folded first.

    The domain may be internationalised (``taro@日本語.jp``): it is returned in punycode
    (``taro@xn--wgv71a119e.jp``); :func:`display_address` gives it back in Unicode.
    """
    raw = (text or "").strip().replace("\uff20", "@")  # a full-width ＠
    if not raw:
        raise InputError("email", "メールアドレスを入力してください。")
    if raw.count("@") != 1:
        raise InputError("email", "メールアドレスは「@」を1つ含む形で入力してください(例: taro@example.jp)。")
    raw_local, _, raw_domain = raw.partition("@")
    local = unicodedata.normalize("NFKC", raw_local).strip()
    size = len(local.encode("utf-8"))
    if size > LOCAL_MAX:
        raise InputError(
            "email",
            f"「@」より前の部分が長すぎます({size}文字)。RFC 5321 で認められているのは"
            f"{LOCAL_MAX}文字(64 オクテット)までです。",
        )
    if not syntax.is_local_part(local):
        raise InputError(
            "email",
            "「@」より前の部分が空か、使えない文字(空白、全角文字、連続した「.」など)が含まれています。",
        )
    domain = _idna("email", raw_domain, "「@」より後ろのドメイン名の形が正しくありません(例: taro@example.jp)。")
    return f"{local}@{domain}", domain


def display_address(address: str) -> str:
    """``address`` with an internationalised domain shown in Unicode (unchanged when it is all ASCII)."""
    local, _, domain = address.rpartition("@")
    return f"{local}@{syntax.unicode_domain(domain)}"


def _idna(field: str, text: str, shape_message: str) -> str:
    try:
        return syntax.idna_domain(text)[0]
    except syntax.IdnError as exc:
        if exc.code == "shape":
            raise InputError(field, shape_message) from None
        raise InputError(field, IDN_MESSAGES[exc.code].format(x=exc.detail)) from None


def normalize_host(field: str, text: str) -> str:
    """A bare host name in ASCII (an internationalised one in punycode), or "" when the field was left empty."""
    value = unicodedata.normalize("NFKC", text or "").strip().rstrip(".")
    if not value:
        return ""
    if any(c in value for c in _HOST_JUNK):
        raise InputError(field, "サーバ名だけを入力してください(例: sv1234.example.jp)。「@」「https://」、ポート番号や空白は不要です。")
    return _idna(field, (text or "").strip().rstrip("."),
                 "サーバ名の形が正しくありません(例: sv1234.example.jp)。半角英数字とハイフン、ドットで入力してください。")


def ip_literal(text: str) -> str:
    """The IP address a server field holds ("192.0.2.1", "[2001:db8::1]"), or "" when it is no address."""
    value = unicodedata.normalize("NFKC", text or "").strip()
    if value.startswith("[") and value.endswith("]"):
        value = value[1:-1]
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return ""


def normalize_server(field: str, text: str) -> str:
    """What a server field may hold: a host name (:func:`normalize_host`) or a bare IP address.

    An address is accepted (some customers are given one) but warned about: see ``page.host_warnings``.
    """
    return ip_literal(text) or normalize_host(field, text)


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
    in_host, in_note = _server(domain, ssl, "incoming", normalize_server("incoming", incoming), p)
    out_typed = normalize_server("outgoing", outgoing)
    out_host, out_note = _server(domain, ssl, "outgoing", out_typed or (in_host if incoming.strip() else ""), p)
    if not out_typed and incoming.strip():
        out_note = "送信サーバ名が空欄のため、受信サーバと同じ名前にしています。"
    acc = account(address, domain, ssl, protocol, (in_host, in_note), (out_host, out_note), p)
    shown = display_address(address)
    return replace(acc, display_email=shown) if shown != address else acc


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
