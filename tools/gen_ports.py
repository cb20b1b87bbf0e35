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


def snippets(provider: dict) -> dict[str, str]:
    return {"ports-table.md": table(provider)}
