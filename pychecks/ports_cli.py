"""``python -m pychecks ports DOMAIN [--send] [--pop3] [--no-ssl] [--server HOST] [--json]``."""

from __future__ import annotations

import argparse
import json
import sys

from pychecks import ports, provider


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m pychecks ports", description="which server and port to use")
    ap.add_argument("domain", help="mail address or domain")
    ap.add_argument("--send", action="store_true", help="outgoing (default: incoming)")
    ap.add_argument("--pop3", action="store_true", help="POP3 (default: IMAP)")
    ap.add_argument("--no-ssl", action="store_true")
    ap.add_argument("--server", default="", help="server name from the provider's notice")
    ap.add_argument("--provider", help="provider values as JSON (default: example.jp)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    try:
        result = ports.recommend(
            a.domain,
            direction="send" if a.send else "receive",
            protocol="pop3" if a.pop3 else "imap",
            ssl=not a.no_ssl,
            server=a.server,
            provider=provider.load(a.provider),
        )
    except ports.InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if a.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(f"{result['service_label']}: {result['host']}  port {result['port']}  {result['security_label']}")
    for note in result["notes"]:
        print(f"  - {note}")
    return 0
