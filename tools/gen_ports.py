"""The port table of docs/sending.md, rendered from :mod:`pychecks.ports`.

Port numbers live only in ``pychecks.ports.ENDPOINTS`` (the settings
generator, the CLI and the in-page checker read it too); rendering the
page's table from it keeps them from drifting apart.  Port 25 is never a
row: it is for server-to-server delivery, and the OP25B note says so.
"""

from __future__ import annotations

from pychecks import ports

# Sending first: the table sits on the sending page.
SERVICE_ORDER = ("smtp", "imap", "pop3")


def rows(provider: dict) -> list[tuple[str, str, int, str]]:
    """(service label, SSL setting, port, security label), recommended first within a service."""
    result = []
    for service in SERVICE_ORDER:
        for ssl in (True, False):
            ep = ports.ENDPOINTS[(service, ssl)]
            use = "使う(推奨)" if ssl else "使わない"
            if service == "smtp" and ssl and provider.get("smtps_465") is False:
                continue  # the provider does not offer 465: STARTTLS on 587 below is the SSL row
            result.append((ports.SERVICE_LABELS[service], use, ep.port, ports.SECURITY_LABELS[ep.security]))
            if service == "smtp" and ssl and provider.get("submission_starttls"):
                ep = ports.SUBMISSION_STARTTLS
                result.append(
                    (ports.SERVICE_LABELS[service], "使う", ep.port, ports.SECURITY_LABELS[ep.security])
                )
    return result


def table(provider: dict) -> str:
    lines = ["| 用途 | SSL | ポート番号 | 暗号化の方式 |", "| --- | --- | --: | --- |"]
    lines += [f"| {svc} | {use} | {port} | {sec} |" for svc, use, port, sec in rows(provider)]
    note = f'!!! warning "25番ポートは使いません"\n\n    {ports.OP25B_NOTE}\n'
    return "\n".join(lines) + "\n\n" + note


def offers_465(provider: dict) -> bool:
    return provider.get("smtps_465") is not False


def submission_ports(provider: dict) -> str:
    """The ports a reader may send on, as the page's prose names them."""
    ssl, plain = ports.ENDPOINTS[("smtp", True)], ports.ENDPOINTS[("smtp", False)]
    if offers_465(provider):
        return f"**{ssl.port}番**(SSL/TLS)か **{plain.port}番**"
    return f"**{ports.SUBMISSION_STARTTLS.port}番**(SSL 対応のプランでは STARTTLS)"


def checklist_step(provider: dict) -> str:
    return (
        f"3. **ポート番号を確かめる:** 送信は {submission_ports(provider)}です。"
        f"**{ports.MTA_PORT}番は使いません**。[ポート番号の一覧](#ports)もご覧ください。\n"
    )


def op25b_remedy(provider: dict) -> str:
    which = submission_ports(provider)
    both = "どちらも" if offers_465(provider) else "このポートは"
    return (
        f"対処は、メールソフトの送信ポートを {which}に変え、送信の認証を有効にすることです。"
        f"{both} OP25B の対象外なので、回線を問わず当社の送信サーバを使えます。"
        "どの区間で止められるかは、[メールが届くまでの流れ](mail-path.md)の図をご覧ください。\n"
    )


def _tab(title: str, paragraphs: list[str], port: int, security: str, host: str) -> str:
    body = "\n\n".join(f"    {p}" for p in paragraphs)
    return (
        f'=== "{title}"\n\n{body}\n\n'
        f"    - ポート番号: {port}\n    - 暗号化: {security}\n    - 送信サーバ名: {host}\n"
    )


HOST = "サーバ設定情報に記載のメールサーバ名"
STARTTLS_RISK = (
    "「STARTTLS(使用可能な場合)」のように、暗号化できなければ暗号化せずに送ってしまう設定では、"
    "途中で通信を妨害されると、パスワードが暗号化されずに送られるおそれがあります。"
    "暗号化の欄では「STARTTLS」をはっきり選んでください。"
)


def submission_tabs(provider: dict) -> str:
    """The tabs of the sending page's submission section; without 465 the
    STARTTLS tab is the recommended one, so the prose never names a port the
    provider does not offer."""
    ssl, plain, starttls = (
        ports.ENDPOINTS[("smtp", True)], ports.ENDPOINTS[("smtp", False)], ports.SUBMISSION_STARTTLS,
    )
    tabs = []
    if offers_465(provider):
        tabs.append(_tab(f"{ssl.port}番(SSL/TLS・推奨)", [
            "接続した瞬間から通信全体を暗号化する方式です。メールソフトとサーバの間の暗号化について定めた"
            " RFC 8314(2018年)は、この方式をおすすめしています。暗号化されていない状態が一瞬もないため、"
            "設定を誤っても、パスワードが暗号化されずに送られることがありません。"
            "SSL に対応したプランでは、まずこの設定をお使いください。",
        ], ssl.port, "SSL/TLS", HOST))
        tabs.append(_tab(f"{starttls.port}番(STARTTLS)", [
            f"{starttls.port}番は「サブミッションポート」と呼ばれる送信用のポートです。"
            "接続してから暗号化に切り替える STARTTLS という方式で使えます。"
            f"メールソフトが {ssl.port}番に対応していない場合や、お使いの回線で {ssl.port}番がつながらない場合にお使いください。",
            f"{ssl.port}番と同じくらい安全なのは、**メールソフトが STARTTLS を必ず使う設定になっているとき**"
            "だけです。" + STARTTLS_RISK,
        ], starttls.port, "STARTTLS", HOST))
    else:
        tabs.append(_tab(f"{starttls.port}番(STARTTLS・推奨)", [
            f"{starttls.port}番は「サブミッションポート」と呼ばれる送信用のポートです。"
            "接続してから暗号化に切り替える STARTTLS という方式で、SSL に対応したプランではこの設定をお使いください"
            f"(当社の送信サーバは {ssl.port}番の SSL/TLS を提供していません)。",
            "**メールソフトが STARTTLS を必ず使う設定になっているとき**だけ安全です。" + STARTTLS_RISK,
        ], starttls.port, "STARTTLS", HOST))
    tabs.append(_tab(f"{plain.port}番(暗号化なし)", [
        f"SSL に対応していないプランでは、暗号化せずに {plain.port}番で送ります。"
        "パスワードも暗号化されずに送られるため、SSL に対応したプランへの移行をおすすめします。",
    ], plain.port, "なし", f"{HOST}(分からなければ「mail.ドメイン名」)"))
    return "\n".join(tabs)


# Lines of other pages that name the submission ports; "{ports}" becomes
# submission_ports(), so a provider without 465 is never told to use it.
PORT_LINES = {
    "submission-client-messages-0e.md": (
        "2. ポート番号を確かめます(送信は {ports}、受信は IMAP 993・POP3 995。"
        "[ポート番号の一覧](sending.md#ports))。"
    ),
    "submission-client-messages-0b.md": (
        "**対処:** 送信ポートを {ports}にし、送信の認証を有効にします。添付ファイルが大きい場合は、"
        "小さくするか分けて送ってください。Outlook の「詳細設定」にある「サーバーのタイムアウト」を"
        "長くすると改善することもあります。"
    ),
    "submission-guide-domain.md": (
        "- 全員が同じ会社の回線を使っているなら、回線の [OP25B](sending.md#op25b) で 25番ポートが"
        "止められていないか、送信ポートが {ports}になっているかを確かめてください。"
    ),
    "submission-guide-op25b.md": (
        "- メールソフトの送信ポートを {ports}に変え、送信の認証(SMTP 認証)を有効にしてください。"
    ),
    "submission-mail-path.md": (
        "1. **お客様のメールソフト → 送信サーバ(当社)**: メールソフトは {ports}のポートを使い、"
        "メールアドレスとパスワードで認証(SMTP 認証)してからメールを渡します。"
        "設定は[送信できないとき](sending.md#submission)をご覧ください。"
    ),
}


def snippets(provider: dict) -> dict[str, str]:
    lines = {name: text.format(ports=submission_ports(provider)) + "\n" for name, text in PORT_LINES.items()}
    return {
        **lines,
        "ports-table.md": table(provider),
        "submission-step.md": checklist_step(provider),
        "submission-op25b.md": op25b_remedy(provider),
        "submission-tabs.md": submission_tabs(provider),
    }
