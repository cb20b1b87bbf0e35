"""Provider-dependent snippets of the content pages: first checks and the
authentication records.

Every value comes from the provider configuration (``extra.provider``); an
item whose key is empty is left out, so a provider that has no status page
or webmail simply does not see those lines.
"""

from __future__ import annotations

from typing import Any

from pychecks import provider as provider_mod

# The placeholder domain the record examples use; readers replace it with their own.
EXAMPLE_DOMAIN = "example.com"

# (key, heading, sentence before the link, link text): the first checks in the order to try them.
FIRST_CHECKS: tuple[tuple[str, str, str, str], ...] = (
    ("status_url", "障害・メンテナンスの情報を見る",
     "当社のサーバで障害やメンテナンスが起きていないかを、まず確かめてください。"
     "障害の最中なら、設定を変えずに復旧をお待ちいただくのがいちばん確実です。",
     "障害・メンテナンス情報"),
    ("webmail_url", "Webメールで試す",
     "ブラウザで Webメールにログインし、送受信できるかを試してください。"
     "Webメールでは使えるのにメールソフトでは使えないなら、原因はメールソフトの設定か、お使いのパソコン・回線の側にあります。"
     "Webメールでもログインできないなら、パスワードかアカウントの状態を確かめてください。",
     "Webメールを開く"),
    ("password_reset_url", "パスワードを設定し直す",
     "パスワードが分からない、または何度入力しても通らないときは、コントロールパネルでメールアカウントのパスワードを設定し直せます。"
     "設定し直したら、お使いのすべての端末(パソコン、スマートフォン)で新しいパスワードに入れ替えてください。",
     "パスワードの再設定"),
    ("panel_url", "コントロールパネルを開く",
     "メールアカウントの有無、メールボックスの容量、転送や国外からの接続制限の設定は、コントロールパネルで確かめられます。",
     "コントロールパネル"),
)


def first_checks(p: dict[str, Any]) -> str:
    """Numbered first checks, each only when the provider configured it."""
    items = []
    for key, heading, text, link in FIRST_CHECKS:
        url = p.get(key) or ""
        if url:
            items.append(f"1. **{heading}:** {text} [{link}]({url})")
    hint = p.get("server_info_hint") or ""
    if hint:
        items.append(
            "1. **サーバ設定情報を手元に置く:** このサイトの説明は、サーバ名などを「サーバ設定情報」で確かめる前提で書いています。"
            + hint
        )
    items.append(
        "1. **別の端末や回線で試す:** スマートフォンのメールアプリや、テザリングなど別の回線で試してください。"
        "別の回線では使えるなら、いつもの回線(社内のネットワークやセキュリティソフト)で通信が止められています。"
    )
    return "\n".join(items) + "\n"


def server_info(p: dict[str, Any]) -> str:
    """Where the customer finds the server settings notice, as a note (empty when not configured)."""
    hint = p.get("server_info_hint") or ""
    if not hint:
        return ""
    return f'!!! info "「サーバ設定情報」の見つけ方"\n\n    {hint}\n'


def auth_values(p: dict[str, Any], domain: str = EXAMPLE_DOMAIN) -> str:
    """The three DNS records with the provider's recommended values for ``domain``.

    One block per record rather than a table: the values are long and must be
    copied exactly, and a code block wraps on a phone and has a copy button.
    """
    parts = []

    def record(title: str, host: str, value: str, note: str = "") -> None:
        lines = [f"**{title}**", "", f"- 名前(ホスト): `{host}`", "- 種別: TXT"]
        if value:
            lines += ["- 値:", "", "    ```text", f"    {value}", "    ```"]
        if note:
            lines += ["", note]
        parts.append("\n".join(lines) + "\n")

    spf = provider_mod.spf_record(p)
    record("SPF", domain, spf, "" if spf else "当社の送信サーバを表す値は、サポートにお問い合わせください。")
    dkim = provider_mod.dkim_host(p, domain)
    record("DKIM", dkim or "(コントロールパネルの DKIM の画面に表示される名前)", "",
           "値は、コントロールパネルの DKIM の画面に表示される公開鍵(`v=DKIM1; k=rsa; p=…` で始まる文字列)です。")
    dmarc = provider_mod.dmarc_record(p, domain)
    if dmarc:
        record("DMARC(始めるときの値)", f"_dmarc.{domain}", dmarc)
    note = (
        f"`{domain}` は、お客様のドメイン名に置き換えてください。"
        "DNS を当社で管理している場合、SPF と DKIM はコントロールパネルで有効にするだけで自動的に登録されることがあります。"
        "先に今の設定を確かめてから追加してください。"
    )
    return "\n".join(parts) + "\n" + note + "\n"


def snippets(provider: dict[str, Any]) -> dict[str, str]:
    p = provider_mod.merged(provider)
    return {
        "first-checks.md": first_checks(p),
        "server-info.md": server_info(p) or "\n",
        "auth-values.md": auth_values(p),
    }
