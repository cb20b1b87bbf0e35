"""The error-mail page's sections, rendered from :mod:`pychecks.advice`.

The texts live only in ``pychecks/advice/sections/*.toml`` (``pychecks.advice.FAMILIES``) (the in-page analyzer
shows the same ones), so the page is generated instead of written by hand.
The snippets are included into docs/errors.md: relative links resolve from
there, and ``#id`` links point at sections of that page.
"""

from __future__ import annotations

import re

from pychecks import advice

# Phrase or code seen in a bounce -> section id, for the quick lookup table.
LOOKUP: tuple[tuple[str, str], ...] = (
    ("5.7.26 / 5.7.27 / unauthenticated / SPF / DKIM / DMARC", "auth"),
    ("5.1.1 / User unknown / does not exist", "user-unknown"),
    ("5.2.2 / 4.2.2 / Mailbox full / over quota / Quota exceeded", "mailbox-full"),
    ("blocked using / Email blocked by / Client host [...] blocked", "dnsbl"),
    ("bare <LF> / BareLinefeedsAreIllegal", "bare-lf"),
    ("RFC 5322 / multiple From headers / missing a valid Message-ID", "header-format"),
    ("Relay access denied / Unable to relay / 535 authentication failed", "relay-denied"),
    ("5.1.2 / Host or domain name not found / null MX", "host-unknown"),
    ("5.3.4 / 5.2.3 / Message size exceeds", "too-large"),
    ("too many recipients / temporarily deferred / slow down", "rate-limited"),
    ("Retry timeout exceeded / Connection timed out / Delivery time expired", "timeout"),
    ("reverse hostname / 5.7.25 / PTR record", "reverse-dns"),
    ("STARTTLS / TLS is required / TLS not available", "tls"),
    ("spam / virus / content presents a potential security issue", "content-filter"),
    ("docomo.ne.jp / ezweb.ne.jp / au.com / softbank.ne.jp 宛ての 550 Unknown user", "carriers"),
    ("recipient preferences / 受信拒否 / 550 : User unknown", "recipient-filter"),
    ("Sender address rejected / 5.1.7 / 5.1.8", "sender-rejected"),
    ("5.2.1 / disabled / account is inactive", "suspended"),
    ("4.3.0 / 4.3.1 / Temporary system problem", "server-error"),
    ("suppressed / suppression list", "suppressed"),
    ("Feedback-Type: abuse / abuse report", "feedback"),
    ("Auto-Submitted: auto-replied / out of the office", "auto-reply"),
    ("Action: delivered / Status: 2.0.0", "delivered"),
)

KIND = {
    True: "恒久的なエラー(原因を直すまで、送り直しても届きません)",
    False: "一時的なエラー(時間をおくと届くことがあります)",
    None: "エラーではありません(通知や報告です)",
    "code": "コードによって異なります(4 で始まれば一時的、5 で始まれば恒久的なエラーです)",
}

_MD_SPECIAL = re.compile(r"([\\`*_\[\]])")


def md_text(text: str) -> str:
    """Plain advice text made safe for Markdown (``<CR><LF>`` must stay visible)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def _indent(text: str) -> str:
    return "\n".join("    " + line if line else "" for line in text.split("\n"))


def section(fam: dict) -> str:
    """One family as a Markdown section with a stable anchor (only the title is a heading)."""
    kind = "warning" if fam["contact_support"] else "tip"
    label = "サポートへご連絡ください" if fam["contact_support"] else "サポートへの連絡が必要なとき"
    examples = "\n".join(fam["examples"])
    actions = "\n".join(f"- {md_text(a)}" for a in fam["actions"])
    return (
        f"## {md_text(fam['title'])} {{#{fam['id']}}}\n\n"
        f"{md_text(fam['summary'])}\n\n"
        f"**種類:** {KIND[fam['hard']]}\n\n"
        f"**エラーメールでの表示例**\n\n"
        f"```text\n{examples}\n```\n\n"
        f"**意味:** {md_text(fam['meaning'])}\n\n"
        f"**対処:**\n\n"
        f"{actions}\n\n"
        f"{_readings(fam)}"
        f"{_see_also(fam)}"
        f'!!! {kind} "{label}"\n\n'
        f"{_indent(md_text(fam['support']))}\n\n"
        "手元のエラーメールがこれに当たるか確かめるには、"
        "[エラーメール解析](analyzer.md)に貼り付けてください。\n"
    )


# Pages that explain a section's subject at length (links from the error page's sections).
SEE_ALSO: dict[str, tuple[tuple[str, str], ...]] = {
    "auth": (("ドメインの送信元認証(SPF・DKIM・DMARC)の設定と確かめ方", "auth-records.md"),),
    "user-unknown": (("携帯電話のアドレスで「Unknown user」が返るとき", "carriers.md"),),
    "carriers": (("携帯電話のアドレスに届かないとき(受信許可をお願いする文例つき)", "carriers.md"),
                 ("ドメインの送信元認証(SPF)", "auth-records.md")),
    "recipient-filter": (("携帯電話のアドレスに届かないとき", "carriers.md"),),
    "reverse-dns": (("ドメインの送信元認証(SPF・DKIM・DMARC)", "auth-records.md"),),
}


def _see_also(fam: dict) -> str:
    links = SEE_ALSO.get(fam["id"], ())
    return "".join(f"詳しくは[{md_text(text)}]({page})をご覧ください。\n\n" for text, page in links)


def _readings(fam: dict) -> str:
    """Where one bounce allows two causes: both, most likely first, and what tells them apart."""
    if not fam.get("readings"):
        return ""
    items = "\n".join(f"- {md_text(r)}" for r in fam["readings"])
    return f"**考えられる原因(可能性の高い順):**\n\n{items}\n\n"


def _codes(phrase: str) -> str:
    return "、".join(f"`{part.strip()}`" for part in phrase.split(" / "))


def lookup_table(fams: list[dict]) -> str:
    """Code or phrase -> section, so a reader can jump without reading every section."""
    titles = {f["id"]: f["title"] for f in fams}
    rows = [f"| {_codes(phrase)} | [{md_text(titles[fid])}](#{fid}) |" for phrase, fid in LOOKUP]
    rows.append(f"| 上のどれにも当てはまらない | [{md_text(titles['other'])}](#other) |")
    return "| エラーメールにある言葉・コード | 原因と対処 |\n| --- | --- |\n" + "\n".join(rows) + "\n"


def snippets(provider: dict) -> dict[str, str]:
    fams = advice.families("ja")
    return {
        "errors-sections.md": "\n".join(section(f) for f in fams),
        "errors-lookup.md": lookup_table(fams),
    }
