"""Each mail client's setup screens as data: the field labels as the client
shows them in Japanese, in the order the screens ask for them.

A row's ``value`` is a key of :func:`value` (``in.port``, ``email`` ...) or a
literal after ``=``; ``{P}`` in a label, section or note becomes the
client's word for the protocol (IMAP/POP).  ``only`` limits a row to one
protocol or to SSL on/off (``imap``, ``pop3``, ``ssl``, ``nossl``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pychecks.settings.rules import Account, Server

ON = "=オン(チェックを入れる)"
OFF = "=オフ(チェックを外す)"
NAME_NOTE = "メールの送信先に差出人名として表示されます。"


@dataclass(frozen=True)
class Row:
    section: str
    label: str
    value: str
    note: str = ""
    only: str = ""


@dataclass(frozen=True)
class Client:
    id: str
    name: str
    start: str  # where the setup screens are
    rows: tuple[Row, ...]
    security: dict[str, str] = field(default_factory=lambda: {"ssl": "SSL/TLS", "starttls": "STARTTLS", "none": "なし"})
    protocols: dict[str, str] = field(default_factory=lambda: {"imap": "IMAP", "pop3": "POP3"})
    auth: str = "通常のパスワード"
    notice: str = ""  # shown above the table (legacy, cloud sync)
    legacy: bool = False
    finish: str = ""
    finish_nossl: str = ""


THUNDERBIRD = Client(
    id="thunderbird",
    name="Thunderbird",
    start="メニュー(≡)→「アカウント設定」→「アカウント操作」→「メールアカウントを追加」を開きます。",
    auth="通常のパスワード認証",
    notice=(
        "Thunderbird 128 以降では、版や設定によって、従来の「既存のメールアドレスのセットアップ」の画面の代わりに"
        "新しい「アカウントハブ」の画面が開きます。画面の見た目や項目の並び方は違いますが、"
        "入力する値は下の表と同じです。アカウントハブでも、自動で見つかった設定をそのまま使わず、"
        "手動設定(詳細設定)を開いてサーバ名・ポート番号・接続の保護・認証方式を表のとおりにしてください。"
    ),
    rows=(
        Row("既存のメールアドレスのセットアップ", "あなたのお名前", "display_name", NAME_NOTE),
        Row("既存のメールアドレスのセットアップ", "メールアドレス", "email"),
        Row("既存のメールアドレスのセットアップ", "パスワード", "password", "入力したら「手動設定」を押します。"),
        Row("受信サーバー", "プロトコル", "protocol"),
        Row("受信サーバー", "ホスト名", "in.host"),
        Row("受信サーバー", "ポート番号", "in.port"),
        Row("受信サーバー", "接続の保護", "in.security"),
        Row("受信サーバー", "認証方式", "auth",
            "「暗号化されたパスワード認証」などが自動で選ばれていたら「通常のパスワード認証」に変えます。"),
        Row("受信サーバー", "ユーザー名", "email", "メールアドレス全体です。"),
        Row("送信サーバー", "ホスト名", "out.host"),
        Row("送信サーバー", "ポート番号", "out.port"),
        Row("送信サーバー", "接続の保護", "out.security"),
        Row("送信サーバー", "認証方式", "auth", "「認証なし」では送信できません。"),
        Row("送信サーバー", "ユーザー名", "email", "受信サーバーと同じです。"),
    ),
    finish="「再テスト」を押して確認が済んだら「完了」を押します。",
    finish_nossl=(
        "暗号化しない設定では、「完了」を押すと警告が表示されます。内容を確かめ、「接続する上での危険性を理解しました」に"
        "チェックを入れてから「確認」を押します。"
    ),
)

OUTLOOK = Client(
    id="outlook",
    name="Outlook(Microsoft 365 / 2021 / 2019 / 2016)",
    start="「ファイル」→「アカウントの追加」を開きます(従来の Outlook の画面です)。",
    protocols={"imap": "IMAP", "pop3": "POP"},
    rows=(
        Row("アカウントの追加", "メール アドレス", "email",
            "「詳細オプション」→「自分で自分のアカウントを手動で設定」にチェックを入れ、「接続」を押します。"),
        Row("詳細設定", "アカウントの種類", "protocol", "「{P}」を押します。"),
        Row("{P} アカウントの設定: 受信メール", "サーバー", "in.host"),
        Row("{P} アカウントの設定: 受信メール", "ポート", "in.port"),
        Row("{P} アカウントの設定: 受信メール", "このサーバーでは暗号化された接続 (SSL/TLS) が必要", "in.ssl", only="pop3"),
        Row("{P} アカウントの設定: 受信メール", "暗号化方法", "in.security", only="imap"),
        Row("{P} アカウントの設定: 受信メール", "セキュリティで保護されたパスワード認証 (SPA) でのログオンが必要", OFF),
        Row("{P} アカウントの設定: 送信メール", "サーバー", "out.host"),
        Row("{P} アカウントの設定: 送信メール", "ポート", "out.port"),
        Row("{P} アカウントの設定: 送信メール", "暗号化方法", "out.security"),
        Row("{P} アカウントの設定: 送信メール", "セキュリティで保護されたパスワード認証 (SPA) でのログオンが必要", OFF),
        Row("パスワード", "パスワード", "password", "「接続」を押します。"),
        Row("確認する場合:「ファイル」→「アカウント設定」→「サーバーの設定」", "ユーザー名", "email", "メールアドレス全体です。"),
        Row("確認する場合:「ファイル」→「アカウント設定」→「サーバーの設定」", "送信サーバー (SMTP) は認証が必要", ON,
            "「送信メール」を開いて確かめます。"),
        Row("確認する場合:「ファイル」→「アカウント設定」→「サーバーの設定」", "受信メール サーバーと同じ設定を使用する", "=選ぶ"),
    ),
    finish="「完了」を押します。送信できないときは、表の最後の「確認する場合」の項目を確かめてください。",
)

NEW_OUTLOOK = Client(
    id="new-outlook",
    name="新しい Outlook for Windows",
    start="「設定」(歯車)→「アカウント」→「メール アカウント」→「アカウントの追加」を開きます。",
    protocols={"imap": "IMAP", "pop3": "POP"},
    notice=(
        "新しい Outlook は、IMAP/POP のアカウントを Microsoft のクラウド経由で同期します。"
        "メールの受信や送信は、お使いのパソコンではなく Microsoft のサーバーが当社のサーバへ接続して行います。"
        "そのため当社のサーバには Microsoft の IP アドレス(海外のものを含む)からの接続として記録され、"
        "海外からのアクセスを制限する設定(国外 IP アドレス制限)を有効にしていると接続できません。"
        "メールの内容とパスワードも Microsoft のクラウドに保存されます。"
        "気になる場合は従来の Outlook や Thunderbird をお使いください。"
    ),
    rows=(
        Row("アカウントの追加", "メール アドレス", "email", "「続行」を押し、プロバイダーの一覧から「{P}」を選びます。"),
        Row("{P} アカウントの同期", "表示名", "display_name", NAME_NOTE),
        Row("{P} アカウントの同期", "{P} ユーザー名", "email", "「詳細設定を表示」を押すと以下の欄が表示されます。"),
        Row("{P} アカウントの同期", "{P} パスワード", "password"),
        Row("{P} アカウントの同期", "{P} 受信サーバー", "in.host"),
        Row("{P} アカウントの同期", "ポート", "in.port"),
        Row("{P} アカウントの同期", "セキュリティで保護された接続の種類", "in.security"),
        Row("{P} アカウントの同期", "SMTP ユーザー名", "email", "受信と同じです。"),
        Row("{P} アカウントの同期", "SMTP パスワード", "password", "受信と同じです。"),
        Row("{P} アカウントの同期", "SMTP 送信サーバー", "out.host"),
        Row("{P} アカウントの同期", "ポート", "out.port"),
        Row("{P} アカウントの同期", "セキュリティで保護された接続の種類", "out.security"),
    ),
    finish="「続行」を押します。",
)

OUTLOOK2007 = Client(
    id="outlook2007",
    name="Outlook 2007",
    legacy=True,
    start="「ツール」→「アカウント設定」→「新規」→「Microsoft Exchange、POP3、IMAP、または HTTP」→"
    "「サーバー設定または追加のサーバーの種類を手動で構成する」→「インターネット電子メール」を選びます。",
    security={"ssl": "SSL", "starttls": "TLS", "none": "なし"},
    protocols={"imap": "IMAP", "pop3": "POP3"},
    notice=(
        "Outlook 2007 は Microsoft のサポートが終了しています(2017年10月)。セキュリティ更新がなく、"
        "新しい暗号化方式に対応していないため接続できないことがあります。新しいメールソフトへの移行をおすすめします。"
    ),
    rows=(
        Row("インターネット電子メール設定: ユーザー情報", "名前", "display_name", NAME_NOTE),
        Row("インターネット電子メール設定: ユーザー情報", "電子メール アドレス", "email"),
        Row("インターネット電子メール設定: サーバー情報", "アカウントの種類", "protocol"),
        Row("インターネット電子メール設定: サーバー情報", "受信メール サーバー", "in.host"),
        Row("インターネット電子メール設定: サーバー情報", "送信メール サーバー (SMTP)", "out.host"),
        Row("インターネット電子メール設定: メール サーバーへのログオン情報", "アカウント名", "email", "メールアドレス全体です。"),
        Row("インターネット電子メール設定: メール サーバーへのログオン情報", "パスワード", "password"),
        Row("インターネット電子メール設定: メール サーバーへのログオン情報",
            "セキュリティで保護されたパスワード認証 (SPA) に対応", OFF, "入力したら「詳細設定」を押します。"),
        Row("詳細設定:「送信サーバー」タブ", "送信サーバー (SMTP) は認証が必要", ON),
        Row("詳細設定:「送信サーバー」タブ", "受信メール サーバーと同じ設定を使用する", "=選ぶ"),
        Row("詳細設定:「詳細設定」タブ", "受信サーバー ({P})", "in.port"),
        Row("詳細設定:「詳細設定」タブ", "このサーバーは暗号化された接続 (SSL) が必要", "in.ssl"),
        Row("詳細設定:「詳細設定」タブ", "送信サーバー (SMTP)", "out.port"),
        Row("詳細設定:「詳細設定」タブ", "使用する暗号化接続の種類", "out.security"),
    ),
    finish="「OK」→「次へ」を押すと接続のテストが始まります。",
)

APPLE_MAIL = Client(
    id="apple-mail",
    name="Apple Mail(macOS の「メール」)",
    start="「メール」→「アカウントを追加」→「その他のメールアカウント」を選びます。",
    auth="パスワード",
    rows=(
        Row("メールアカウントを追加", "名前", "display_name", NAME_NOTE),
        Row("メールアカウントを追加", "メールアドレス", "email"),
        Row("メールアカウントを追加", "パスワード", "password", "「サインイン」を押すと、次の欄が表示されます。"),
        Row("メールアカウントを追加", "ユーザ名", "email", "メールアドレス全体です。"),
        Row("メールアカウントを追加", "アカウントの種類", "protocol"),
        Row("メールアカウントを追加", "受信用メールサーバ", "in.host"),
        Row("メールアカウントを追加", "送信用メールサーバ", "out.host", "「サインイン」を押します。"),
        Row("「メール」→「設定」→「アカウント」→「サーバ設定」: 受信用メールサーバ", "接続設定を自動的に管理", ON,
            "オンのままにします。送受信できず、ポート番号を自分で入力する必要があるときだけ外します。"),
        Row("「メール」→「設定」→「アカウント」→「サーバ設定」: 受信用メールサーバ", "ポート", "in.port",
            "「接続設定を自動的に管理」を外したときだけ入力します。"),
        Row("「メール」→「設定」→「アカウント」→「サーバ設定」: 受信用メールサーバ", "TLS/SSLを使用", "in.ssl",
            "「接続設定を自動的に管理」を外したときだけ表示されます。"),
        Row("「メール」→「設定」→「アカウント」→「サーバ設定」: 受信用メールサーバ", "認証", "auth"),
        Row("「メール」→「設定」→「アカウント」→「サーバ設定」: 送信用メールサーバ", "ユーザ名", "email"),
        Row("「メール」→「設定」→「アカウント」→「サーバ設定」: 送信用メールサーバ", "接続設定を自動的に管理", ON,
            "受信と同じく、オンのままにします。"),
        Row("「メール」→「設定」→「アカウント」→「サーバ設定」: 送信用メールサーバ", "ポート", "out.port",
            "「接続設定を自動的に管理」を外したときだけ入力します。"),
        Row("「メール」→「設定」→「アカウント」→「サーバ設定」: 送信用メールサーバ", "TLS/SSLを使用", "out.ssl",
            "「接続設定を自動的に管理」を外したときだけ表示されます。"),
        Row("「メール」→「設定」→「アカウント」→「サーバ設定」: 送信用メールサーバ", "認証", "auth"),
    ),
    finish="「保存」を押します。",
)

IOS = Client(
    id="ios",
    name="iPhone / iPad",
    start="「設定」→「アプリ」→「メール」→「メールアカウント」→「アカウントを追加」→「その他」→「メールアカウントを追加」を選びます"
    "(iOS 17 以前は「設定」→「メール」→「アカウント」から)。",
    auth="パスワード",
    protocols={"imap": "IMAP", "pop3": "POP"},
    rows=(
        Row("新規アカウント", "名前", "display_name", NAME_NOTE),
        Row("新規アカウント", "メール", "email"),
        Row("新規アカウント", "パスワード", "password"),
        Row("新規アカウント", "説明", "=お好きな名前(例: 会社のメール)", "「次へ」を押します。"),
        Row("新規アカウント", "IMAP / POP", "protocol", "画面上部で「{P}」を選びます。"),
        Row("受信メールサーバ", "ホスト名", "in.host"),
        Row("受信メールサーバ", "ユーザ名", "email", "メールアドレス全体です。"),
        Row("受信メールサーバ", "パスワード", "password"),
        Row("送信メールサーバ", "ホスト名", "out.host"),
        Row("送信メールサーバ", "ユーザ名", "email", "「オプション」と表示されていますが、必ず入力します。"),
        Row("送信メールサーバ", "パスワード", "password", "「オプション」と表示されていますが、必ず入力します。「次へ」→「保存」を押します。"),
        Row("作成したアカウント →「詳細」: 受信設定", "SSLを使用", "in.ssl"),
        Row("作成したアカウント →「詳細」: 受信設定", "認証", "auth"),
        Row("作成したアカウント →「詳細」: 受信設定", "サーバポート", "in.port"),
        Row("作成したアカウント →「送信メールサーバ」→「SMTP」→ プライマリサーバ", "SSLを使用", "out.ssl"),
        Row("作成したアカウント →「送信メールサーバ」→「SMTP」→ プライマリサーバ", "認証", "auth"),
        Row("作成したアカウント →「送信メールサーバ」→「SMTP」→ プライマリサーバ", "サーバポート", "out.port"),
    ),
    finish="「完了」を押します。",
)

ANDROID = Client(
    id="android",
    name="Android(Gmail アプリ)",
    start="Gmail アプリの右上のアイコン →「別のアカウントを追加」→「その他」を選びます。",
    protocols={"imap": "個人用(IMAP)", "pop3": "個人用(POP3)"},
    rows=(
        Row("アカウントの追加", "メールアドレス", "email", "「手動設定」を押します。"),
        Row("アカウントの種類", "アカウントの種類", "protocol"),
        Row("パスワード", "パスワード", "password"),
        Row("受信サーバーの設定", "ユーザー名", "email", "メールアドレス全体です。"),
        Row("受信サーバーの設定", "サーバー", "in.host"),
        Row("受信サーバーの設定", "ポート", "in.port"),
        Row("受信サーバーの設定", "セキュリティの種類", "in.security", "「(すべての証明書を承認)」が付いたものは選びません。"),
        Row("送信サーバーの設定", "ログインが必要", ON),
        Row("送信サーバーの設定", "ユーザー名", "email"),
        Row("送信サーバーの設定", "SMTP サーバー", "out.host"),
        Row("送信サーバーの設定", "ポート", "out.port"),
        Row("送信サーバーの設定", "セキュリティの種類", "out.security", "「(すべての証明書を承認)」が付いたものは選びません。"),
    ),
    finish="「次へ」を押し、同期の頻度などを選んで完了です。",
)

CLIENTS: dict[str, Client] = {
    c.id: c for c in (THUNDERBIRD, OUTLOOK, NEW_OUTLOOK, OUTLOOK2007, APPLE_MAIL, IOS, ANDROID)
}


def value(key: str, account: Account, client: Client) -> str:
    """The text a reader types or picks for ``key`` in ``client``."""
    if key.startswith("="):
        return key[1:]
    if key in ("in.ssl", "out.ssl"):
        server = _server(key, account)
        return ON[1:] if server.security != "none" else OFF[1:]
    if key.startswith(("in.", "out.")):
        server, attr = _server(key, account), key.split(".", 1)[1]
        if attr == "security":
            return client.security[server.security]
        return str(getattr(server, attr))
    return {
        "email": account.email,
        "display_name": "お好きな名前",
        "password": "メールアカウントのパスワード",
        "protocol": client.protocols[account.incoming.protocol],
        "auth": client.auth,
    }[key]


def _server(key: str, account: Account) -> Server:
    return account.incoming if key.startswith("in.") else account.outgoing


def applies(row: Row, account: Account) -> bool:
    only = row.only
    return (
        not only
        or only == account.incoming.protocol
        or (only == "ssl" and account.ssl)
        or (only == "nossl" and not account.ssl)
    )


def rows(client: Client, account: Account) -> list[dict[str, Any]]:
    """The client's rows for this account: ``{section, label, value, note, kind}``."""
    word = client.protocols[account.incoming.protocol].replace("個人用", "").strip("()")
    out = []
    for row in client.rows:
        if not applies(row, account):
            continue
        out.append({
            "section": row.section.replace("{P}", word),
            "label": row.label.replace("{P}", word),
            "value": value(row.value, account, client),
            "note": row.note.replace("{P}", word),
            "kind": row.value if row.value in ("password", "display_name") else "",
        })
    return out
