"""``python -m pychecks support [FORM.json] [--provider P.json] [--from-bounce MAIL] [--json]``.

Reads a form (JSON, from a file or stdin) and prints the request text;
``--from-bounce`` builds the form from a bounce mail instead.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path

from pychecks import provider as provider_mod
from pychecks.bounce import MAX_INPUT_BYTES

from .bounce import from_bounce
from .render import render_request


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m pychecks support", description="Print a support request written from a form (JSON) or from a bounce mail.")
    parser.add_argument("form", nargs="?", default="-", help="form as JSON (file, or - for stdin)")
    parser.add_argument("--from-bounce", metavar="MAIL", help="pre-fill the form from this bounce mail")
    parser.add_argument("--provider", help="provider values as JSON (default: example values)")
    parser.add_argument("--json", action="store_true", help="print the whole result as JSON")
    return parser.parse_args(argv)


def _read_mail(path: str) -> bytes:
    """The mail's bytes (decoded once, by its own charsets, like the analyzer's); at most the limit."""
    with (sys.stdin.buffer if path == "-" else open(path, "rb")) as fh:
        data = fh.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise ValueError(f"{path}: too large (the limit is {MAX_INPUT_BYTES} bytes)")
    return data


def read_form(args: argparse.Namespace) -> object:
    if args.from_bounce:
        return from_bounce(_read_mail(args.from_bounce))["form"]
    raw = sys.stdin.read() if args.form == "-" else Path(args.form).read_text(encoding="utf-8")
    return json.loads(raw)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        form = read_form(args)
    except (OSError, ValueError) as exc:
        print(f"cannot read the form: {exc}", file=sys.stderr)
        return 2
    now = f"{datetime.now():%Y-%m-%dT%H:%M}"
    result = render_request(form, provider_mod.load(args.provider), now)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(result["text"])
        for field, message in result["errors"].items():
            print(f"{field}: {message}", file=sys.stderr)
    return 1 if result["errors"] else 0
