"""``python -m pychecks settings --email ADDRESS [...]``: the settings for one client.

``--format`` picks a table (default), the JSON of the page, or one of the
auto-configuration files written to stdout.
"""

from __future__ import annotations

import argparse
import json
import sys

from pychecks import provider as provider_mod
from pychecks.ports import InputError
from pychecks.settings import clients, exports, page

FORMATS = ("table", "json", *exports.EXPORTS)


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m pychecks settings", description="mail-client settings")
    ap.add_argument("--email", required=True, help="the mail address")
    ap.add_argument("--incoming", default="", help="incoming server name (default: from the provider)")
    ap.add_argument("--outgoing", default="", help="outgoing server name (default: the incoming one)")
    ssl = ap.add_mutually_exclusive_group()
    ssl.add_argument("--ssl", dest="ssl", action="store_true", default=True, help="use SSL/TLS (default)")
    ssl.add_argument("--no-ssl", dest="ssl", action="store_false", help="plans without SSL")
    ap.add_argument("--protocol", choices=("imap", "pop3"), default="imap")
    ap.add_argument("--client", choices=tuple(clients.CLIENTS), default="thunderbird")
    ap.add_argument("--format", choices=FORMATS, default="table")
    ap.add_argument("--provider", help="provider values as JSON (default: example.jp)")
    return ap


def main(argv: list[str]) -> int:
    a = parser().parse_args(argv)
    p = provider_mod.load(a.provider)
    inputs = {"email": a.email, "incoming": a.incoming, "outgoing": a.outgoing, "ssl": a.ssl, "protocol": a.protocol}
    try:
        if a.format in exports.EXPORTS:
            sys.stdout.write(page.export(a.format, provider=p, **inputs))
            return 0
        result = page.generate(client=a.client, provider=p, **inputs)
    except InputError as exc:
        print(f"error ({exc.field}): {exc}", file=sys.stderr)
        return 2
    if a.format == "json":
        keys = ("incoming", "outgoing", "client", "rows")
        print(json.dumps({k: result[k] for k in keys}, ensure_ascii=False, indent=2))
        return 0
    print(render_table(result))
    return 0


def render_table(result: dict) -> str:
    """Plain text: the client's screens in order, a section heading before its rows."""
    lines = [result["client_name"], result["start"]]
    if result["notice"]:
        lines.append("注意: " + result["notice"])
    lines += ["確認: " + w for w in result.get("warnings", [])]
    if result.get("idn_note"):
        lines.append(result["idn_note"])
    section = None
    for row in result["rows"]:
        if row["section"] != section:
            section = row["section"]
            lines += ["", f"[{section}]"]
        note = f"  ※{row['note']}" if row["note"] else ""
        lines.append(f"  {row['label']}: {row['value']}{note}")
    if result["finish"]:
        lines += ["", result["finish"]]
    return "\n".join(lines)
