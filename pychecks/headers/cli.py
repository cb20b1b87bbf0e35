"""``python -m pychecks headers [--json] PATH...``: hops, delays and authentication of mails.

With ``--json``: JSON Lines, one object per mail, with exactly the contract's
fields: ``file`` (plus ``index`` for a message of an mbox), ``hops`` (each
``from``, ``by``, ``ip``, ``with``, ``tls``, ``auth``, ``time``, ``delay_s``),
``total_delay_s``, ``slowest_hop`` (an index into ``hops``, or null),
``auth`` (``spf``, ``dkim``, ``dmarc``, ``aligned``, ``from_domain``) and
``verdict`` (Japanese text, one line per finding).  A file that cannot be
analysed gets a message on stderr and exit status 2.
"""

from __future__ import annotations

import json
import os
import sys

from ..bounce import cli as bounce_cli
from ..bounce.cli import file_items, iter_files, read_limited, shown
from ..provider import DEFAULTS
from .engine import analyze

HOP_FIELDS = ("from", "by", "ip", "with", "tls", "auth", "time", "delay_s")
AUTH_FIELDS = ("spf", "dkim", "dmarc", "aligned", "from_domain")

USAGE = """usage: python -m pychecks headers [-h] [--json] PATH [PATH ...]

Where a mail was delayed, and whether it passed SPF, DKIM and DMARC.

positional arguments:
  PATH        mail or header file, folder or mbox

options:
  -h, --help  show this help message and exit
  --json      print JSON Lines, one object per mail"""


def parse_args(argv: list[str]) -> tuple[bool, list[str]] | int:
    """(``--json`` given, paths), or an exit status: the bounce command's arguments and messages."""
    return bounce_cli.parse_args(argv, USAGE, "headers")


def record(meta: dict, result: dict) -> dict:
    """The contract's JSON object for one analysed mail."""
    return {
        **meta,
        "hops": [{k: h[k] for k in HOP_FIELDS} for h in result["hops"]],
        "total_delay_s": result["total_delay_s"],
        "slowest_hop": result["slowest_hop"],
        "auth": {k: result["auth"][k] for k in AUTH_FIELDS},
        "verdict": result["verdict"],
    }


def _mark(value: bool | None, yes: str) -> str:
    return yes if value else "-" if value is False else "?"


def table(rec: dict) -> str:
    label = rec["file"] + (f" [{rec['index']}]" if "index" in rec else "")
    lines = [f"{label}:"]
    for i, h in enumerate(rec["hops"]):
        delay = "" if h["delay_s"] is None else f"+{h['delay_s']}s"
        star = " *" if i == rec["slowest_hop"] else ""
        lines.append(f"  {i + 1:>3}  {h['from'] or '?'} -> {h['by'] or '?'}  [{h['ip'] or '-'}]  {h['with'] or '-'}"
                     f" tls={_mark(h['tls'], 'yes')} auth={_mark(h['auth'], 'yes')}  {h['time'] or '-'}  {delay}{star}")
    a = rec["auth"]
    lines.append(f"  total={rec['total_delay_s'] if rec['total_delay_s'] is not None else '-'}s  "
                 f"spf={a['spf'] or '-'} dkim={a['dkim'] or '-'} dmarc={a['dmarc'] or '-'} "
                 f"aligned={_mark(a['aligned'], 'yes')} from={a['from_domain'] or '-'}")
    lines += [f"  {line}" for line in rec["verdict"].splitlines()]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parsed = parse_args(sys.argv[1:] if argv is None else argv)
    if isinstance(parsed, int):
        return parsed
    as_json, paths = parsed
    domains = (DEFAULTS["domain"], DEFAULTS["server_example"])
    status = 0
    out = sys.stdout
    for top in paths:
        problems: list[str] = []
        if os.path.isdir(top):
            found = ((p, read_limited(p, explicit=False)) for p in iter_files(top, problems))
        else:
            found = iter([(top, read_limited(top, explicit=True))])
        for path, data in found:
            if isinstance(data, str):
                out.flush()
                print(f"headers: {shown(path)}: {data}", file=sys.stderr)
                status = 2
                continue
            for meta, blob in file_items(shown(path), data):
                result = analyze(blob, domains)
                if result["error"]:
                    out.flush()
                    print(f"headers: {shown(path)}: {result['error']['message']}", file=sys.stderr)
                    status = 2
                    continue
                rec = record(meta, result)
                out.write(json.dumps(rec, ensure_ascii=False) + "\n" if as_json else table(rec))
                out.flush()
        for text in problems:
            out.flush()
            print(f"headers: {text}", file=sys.stderr)
            status = 2
    out.flush()
    return status
