"""What the settings page, the CLI and the tests ask for: one call from
inputs to the table, the printable sheet and the export files."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pychecks import ports
from pychecks import provider as provider_mod
from pychecks.ports import InputError
from pychecks.settings import clients, explain, exports, hosts, rules

SSL_CHOICES = [{"value": "on", "label": "SSL を使う(おすすめ)"}, {"value": "off", "label": "SSL を使わない"}]
PROTOCOL_CHOICES = [{"value": "imap", "label": "IMAP"}, {"value": "pop3", "label": "POP3"}]
PROTOCOL_HINT = "IMAP はメールをサーバに残し、複数の機器で同じメールを読めます。POP3 はメールをこの機器に取り込みます。"
PRIVACY_NOTE = "入力した内容はこのブラウザの中だけで処理され、どこにも送信・保存されません。パスワードは入力しません。"
UNSIGNED_NOTE = (
    "構成プロファイルには電子署名を付けていません。インストールの際に「署名されていません」(または「未検証」)と表示されますが、"
    "これは配布元を証明する署名がないという意味で、ファイルが壊れている・危険だという意味ではありません。"
    "中身はこのページがお客様の入力から作った設定だけで、パスワードは含まれていません(インストールの途中で入力します)。"
)


def client_of(client: str) -> clients.Client:
    found = clients.CLIENTS.get(client)
    if found is None:
        raise InputError("client", "メールソフトを一覧から選んでください。")
    return found


def summary(account: rules.Account, client: clients.Client) -> dict[str, Any]:
    """The contract shape of ``--format json``."""
    return {
        "incoming": account.incoming.as_json(with_protocol=True),
        "outgoing": account.outgoing.as_json(with_protocol=False),
        "client": client.id,
        "rows": clients.rows(client, account),
    }


def sheet(account: rules.Account, client: clients.Client, p: dict[str, Any], date: str) -> dict[str, Any]:
    """The printed A4 sheet: values only, a blank line for the password, the support contact."""
    inc, out = account.incoming, account.outgoing
    proto = explain.PROTOCOL_NAMES[inc.protocol]
    return {
        "title": "メールソフト設定シート",
        "provider": p["name"],
        "client": client.name,
        "start": client.start,
        "notice": client.notice,
        "date": _date_text(date),
        "account": [
            {"label": "メールアドレス", "value": account.email if not account.display_email
             else f"{account.display_email}(メールソフトには {account.email})"},
            {"label": "ユーザー名(受信・送信とも)", "value": account.email},
            {"label": f"受信サーバ({proto})", "value": f"{inc.host}  ポート {inc.port}・{ports.SECURITY_LABELS[inc.security]}"},
            {"label": "送信サーバ(SMTP)", "value": f"{out.host}  ポート {out.port}・{ports.SECURITY_LABELS[out.security]}"},
            {"label": "認証", "value": "送信・受信とも必要(通常のパスワード)"},
        ],
        "password_label": "パスワード",
        "password_hint": "パスワードはこのシートに印刷されません。必要ならご自身で書き込み、人目に触れない所に保管してください。",
        "rows": clients.rows(client, account),
        "op25b": ports.OP25B_NOTE,
        "support": [
            f"メール: {p['support_email']}",
            f"お問い合わせページ: {p['support_url']}",
            f"受付時間: {p['support_hours']}",
        ],
        "support_title": f"{p['name']} サポート窓口",
    }


def _date_text(date: str) -> str:
    try:
        day = dt.date.fromisoformat(date) if date else dt.date.today()
    except ValueError:
        day = dt.date.today()
    return f"{day.year}年{day.month}月{day.day}日"


def generate(
    email: str,
    incoming: str = "",
    outgoing: str = "",
    ssl: bool = True,
    protocol: str = "imap",
    client: str = "thunderbird",
    plan: str = "",
    provider: dict[str, Any] | None = None,
    date: str = "",
) -> dict[str, Any]:
    """Everything the page shows for one set of inputs; bad input raises InputError(field)."""
    p = provider_mod.merged(provider)
    chosen = client_of(client)
    account = rules.build(email, incoming, outgoing, ssl, protocol, plan, p)
    result = summary(account, chosen)
    result.update(
        client_name=chosen.name,
        start=chosen.start,
        notice=chosen.notice,
        legacy=chosen.legacy,
        finish=chosen.finish if account.ssl else " ".join(x for x in (chosen.finish_nossl, chosen.finish) if x),
        explanations=explain.explanations(account, chosen, p),
        sheet=sheet(account, chosen, p, date),
        files=exports.files(account, p),
        unsigned_note=UNSIGNED_NOTE,
        warning=_default_host_warning(account, incoming, p),
        warnings=hosts.host_warnings(account, p),
        idn_note=_idn_note(account),
        email_shown=account.shown_email,
        other_files_title=OTHER_FILES_TITLE[chosen.id in OWN_FILE],
    )
    result["files"] = order_files(result["files"], chosen.id)
    return result


# The export a client installs itself (offered first, on its own); autoconfig and Autodiscover are answers an
# administrator places on a server (README "auto-configuration files"), so they are marked ``admin``.
OWN_FILE = {"ios": "mobileconfig", "apple-mail": "mobileconfig"}
ADMIN_FILES = ("autoconfig", "autodiscover")
OTHER_FILES_TITLE = {True: "そのほかの自動設定ファイル(主にサーバ管理者向け)", False: "自動設定ファイル"}


def order_files(files: list[dict[str, Any]], client: str) -> list[dict[str, Any]]:
    """The client's own file first (``own``), then the others; ``admin`` marks the administrator's files."""
    mine = OWN_FILE.get(client, "")
    marked = [{**f, "own": f["kind"] == mine, "admin": f["kind"] in ADMIN_FILES} for f in files]
    return sorted(marked, key=lambda f: not f["own"])


def _idn_note(account: rules.Account) -> str:
    """An internationalised domain: which form goes into the client."""
    if not account.display_email:
        return ""
    return (f"「{account.display_email}」は日本語などを含むドメイン名(国際化ドメイン名)です。"
            f"メールソフトには、同じ名前を英数字で表した「{account.email}」の形で入力します"
            "(表の値と自動設定ファイルはこの形になっています)。")


def _default_host_warning(account: rules.Account, typed: str, p: dict[str, Any]) -> str:
    """With SSL an empty server field shows the provider's example name: say so."""
    if not account.ssl or (typed or "").strip():
        return ""
    return (f"受信サーバ名が空欄のため、{account.incoming.host} を表示しています。"
            f"ご自身の{p['server_hint']}が異なる場合は、その名前を入力してください。")


def options(provider: dict[str, Any] | None = None) -> dict[str, Any]:
    """The form's choices and hints, so every label is written in Python."""
    p = provider_mod.merged(provider)
    return {
        "plans": [plan_choice(x) for x in p["plans"]],
        "ssl": SSL_CHOICES,
        "protocols": PROTOCOL_CHOICES,
        "protocol_hint": PROTOCOL_HINT,
        "clients": [{"value": c.id, "label": c.name + ("(サポート終了)" if c.legacy else "")}
                    for c in clients.CLIENTS.values()],
        "server_example": p["server_example"],
        "server_hint": p["server_hint"],
        "incoming_hint": f"{p['server_hint']}を入力します。SSL を使わない場合は、空欄にすると「mail.ドメイン名」を使います。",
        "privacy": PRIVACY_NOTE,
        "devices": DEVICE_CLIENTS,
        "device_notes": {device: DEVICE_NOTE.format(device=DEVICE_NAMES[device], client=clients.CLIENTS[c].name)
                         for device, c in DEVICE_CLIENTS.items()},
    }


# The client preselected for the reader's device (the page reads the device from the browser's user agent;
# iPadOS reports a Mac, told apart by its touch screen).  The reader can still pick any client.
DEVICE_CLIENTS = {"ios": "ios", "android": "android", "mac": "apple-mail", "windows": "outlook"}
DEVICE_NAMES = {"ios": "iPhone / iPad", "android": "Android", "mac": "Mac", "windows": "Windows"}
DEVICE_NOTE = "お使いの機器({device})に合わせて「{client}」を選んでいます。ほかのメールソフトをお使いの場合は、一覧から選び直してください。"


def plan_choice(plan: dict[str, Any]) -> dict[str, Any]:
    """A plan with the SSL choices it allows and the one to restore when the reader switches to it."""
    ssl = bool(plan.get("ssl", True))
    return {"value": plan["id"], "label": plan["name"], "ssl": ssl,
            "ssl_choices": ["on", "off"] if ssl else ["off"], "ssl_default": "on" if ssl else "off"}


def export(kind: str, **inputs: Any) -> str:
    """One export file's text (the CLI's --format autoconfig|mobileconfig|autodiscover)."""
    p = provider_mod.merged(inputs.pop("provider", None))
    inputs.pop("client", None)
    account = rules.build(provider=p, **inputs)
    return exports.EXPORTS[kind][0](account, p)
