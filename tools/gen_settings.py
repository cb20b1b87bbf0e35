"""docs/client-setup.md's tables, rendered from pychecks.settings.

The page and the settings generator read the same client table
(:mod:`pychecks.settings.clients`) and the same rules (ports from
:mod:`pychecks.ports`), so they cannot disagree.  Values that depend on the
reader (address, server name) are written as descriptions.
"""

from __future__ import annotations

from pychecks import ports
from pychecks.settings import clients, rules

COMBOS = (  # (tab label, ssl, protocol)
    ("SSL・IMAP", True, "imap"),
    ("SSL・POP3", True, "pop3"),
    ("SSL なし・IMAP", False, "imap"),
    ("SSL なし・POP3", False, "pop3"),
)


def host_text(provider: dict, ssl: bool) -> str:
    hint = provider["server_hint"]
    return hint if ssl else f"{hint}(分からなければ「mail.ドメイン名」)"


def sample(provider: dict, ssl: bool, protocol: str) -> rules.Account:
    host = host_text(provider, ssl)
    address = f"メールアドレス(例: taro@{provider['domain']})"
    return rules.account(address, "", ssl, protocol, (host, ""), (host, ""), provider)


def _cell(text: str) -> str:
    return text.replace("|", "&#124;").replace("\n", " ")


def common_table(provider: dict, ssl: bool) -> str:
    """Client-neutral values for one SSL choice."""
    imap, pop = sample(provider, ssl, "imap"), sample(provider, ssl, "pop3")
    sec = ports.SECURITY_LABELS
    rows = [
        ("受信サーバ名", imap.incoming.host),
        ("受信方式", "IMAP または POP3(どちらも同じサーバ名です)"),
        ("受信ポート番号", f"IMAP: {imap.incoming.port} / POP3: {pop.incoming.port}"),
        ("受信の暗号化", sec[imap.incoming.security]),
        ("送信サーバ名", imap.outgoing.host),
        ("送信ポート番号", str(imap.outgoing.port)),
        ("送信の暗号化", sec[imap.outgoing.security]),
        ("ユーザー名", "メールアドレス全体(受信・送信とも)"),
        ("パスワード", "サーバにメールアカウントを登録したときに設定したパスワード"),
        ("パスワードの方式", "通常のパスワード(平文パスワード)。SPA や「暗号化されたパスワード」は使いません"),
        ("送信サーバの認証", "必要(「受信メールサーバと同じ設定を使用する」)"),
    ]
    alt = imap.alternative_outgoing
    if alt is not None:
        rows.insert(6, ("送信ポート番号(別の方法)", f"{alt.port}({sec[alt.security]})でも送信できます"))
    lines = ["| 項目 | 設定する値 |", "| --- | --- |"]
    lines += [f"| {_cell(k)} | {_cell(v)} |" for k, v in rows]
    return "\n".join(lines) + "\n"


def common(provider: dict) -> str:
    out = []
    for label, ssl in (("SSL を使う(おすすめ)", True), ("SSL を使わない", False)):
        out.append(f'=== "{label}"\n')
        out.append(_indent(common_table(provider, ssl), 4))
    out.append(f'!!! warning "25番ポートは使いません"\n\n    {ports.OP25B_NOTE}\n')
    return "\n".join(out)


def client_table(client: clients.Client, account: rules.Account) -> str:
    """One small table per setup screen, its name above it (reads well at phone width too)."""
    head = ["| 画面の表示 | 入力・選択する値 | 補足 |", "| --- | --- | --- |"]
    lines: list[str] = []
    section = None
    for row in clients.rows(client, account):
        if row["section"] != section:
            section = row["section"]
            lines += ["", f"**{section}**", "", *head]
        lines.append(f"| {_cell(row['label'])} | {_cell(row['value'])} | {_cell(row['note'])} |")
    return "\n".join(lines).lstrip("\n") + "\n"


def client_tab(client: clients.Client, provider: dict) -> str:
    parts = []
    if client.notice:
        kind, title = ("danger", "サポートが終了したメールソフトです") if client.legacy else ("warning", "ご注意ください")
        parts.append(f'!!! {kind} "{title}"\n\n    {client.notice}\n')
    parts.append(client.start + "\n")
    for label, ssl, protocol in COMBOS:
        body = client_table(client, sample(provider, ssl, protocol))
        finish = client.finish if ssl else " ".join(x for x in (client.finish_nossl, client.finish) if x)
        if finish:
            body += "\n" + finish + "\n"
        parts.append(f'=== "{label}"\n\n' + _indent(body, 4))
    return "\n".join(parts)


def clients_tabs(provider: dict) -> str:
    out = []
    for client in clients.CLIENTS.values():
        name = client.name + ("(サポート終了)" if client.legacy else "")
        out.append(f'=== "{name}"\n\n' + _indent(client_tab(client, provider), 4))
    return "\n".join(out)


def _indent(text: str, n: int) -> str:
    pad = " " * n
    return "\n".join(pad + line if line.strip() else "" for line in text.splitlines()) + "\n"


def snippets(provider: dict) -> dict[str, str]:
    return {"settings-common.md": common(provider), "settings-clients.md": clients_tabs(provider)}
