"""``python -m pychecks bounce [--json] PATH...``: analyse bounce mails from files, folders or mboxes."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator

from . import BounceInputError, analyze

TABLE_FIELDS = ("recipient", "reason", "deliverystatus", "replycode", "decodedby")


def iter_files(path: str) -> Iterator[str]:
    if os.path.isdir(path):
        for root, dirs, files in os.walk(path):
            dirs.sort()
            for name in sorted(files):
                yield os.path.join(root, name)
    else:
        yield path


_FROM_LINE = re.compile(rb"^From \S{1,300}[ \t]+\S.{0,80}\d\d:\d\d(?::\d\d)?.{0,30}$")
_HEADER_LINE = re.compile(rb"^[!-9;-~]{1,80}:")


def split_mbox(data: bytes) -> list[bytes] | None:
    """Messages of an mbox (a file starting with ``From `` with several separators), else None."""
    if not data.startswith(b"From ") or b"\nFrom " not in data:
        return None
    norm = data.replace(b"\r\n", b"\n")
    starts = [0]
    pos = norm.find(b"\nFrom ")
    while pos >= 0:
        end = norm.find(b"\n", pos + 1)
        line = norm[pos + 1 : end if end >= 0 else len(norm)]
        nxt_end = norm.find(b"\n", end + 1) if end >= 0 else -1
        nxt = norm[end + 1 : nxt_end if nxt_end >= 0 else len(norm)] if end >= 0 else b""
        if _FROM_LINE.match(line) and _HEADER_LINE.match(nxt):
            starts.append(pos + 1)
        pos = norm.find(b"\nFrom ", pos + 1)
    if len(starts) < 2:
        return None
    starts.append(len(norm))
    return [norm[a:b] for a, b in zip(starts, starts[1:], strict=False) if norm[a:b].strip()]


def _items(path: str, data: bytes) -> list[tuple[dict, bytes]]:
    mbox = split_mbox(data)
    if mbox is None or len(mbox) < 2:
        return [({"file": path}, data)]
    return [({"file": path, "index": i}, m) for i, m in enumerate(mbox)]


USAGE = """usage: python -m pychecks bounce [-h] [--json] PATH [PATH ...]

Analyse bounce (error) mails.

positional arguments:
  PATH        mail file, folder or mbox

options:
  -h, --help  show this help message and exit
  --json      print JSON Lines, one object per mail"""


def parse_args(argv: list[str]) -> tuple[bool, list[str]] | int:
    """(``--json`` given, paths), or an exit status after printing help or a usage error.

    Hand-written: argparse (and the shutil it pulls in) would double the CLI's start-up imports.
    """
    as_json = False
    paths: list[str] = []
    only_paths = False
    for arg in argv:
        if only_paths or arg == "-" or not arg.startswith("-"):
            paths.append(arg)
        elif arg == "--":
            only_paths = True
        elif arg in ("-h", "--help"):
            print(USAGE)
            return 0
        elif arg == "--json":
            as_json = True
        else:
            print(f"{USAGE.splitlines()[0]}\npython -m pychecks bounce: error: unrecognized arguments: {arg}",
                  file=sys.stderr)
            return 2
    if not paths:
        print(f"{USAGE.splitlines()[0]}\npython -m pychecks bounce: error: the following arguments are required: "
              "PATH", file=sys.stderr)
        return 2
    return as_json, paths


def main(argv: list[str] | None = None) -> int:
    parsed = parse_args(sys.argv[1:] if argv is None else argv)
    if isinstance(parsed, int):
        return parsed
    as_json, paths = parsed
    status = 0
    out = _Batched(sys.stdout)
    for top in paths:
        if not os.path.exists(top):
            out.flush()  # keep messages in order with the records before them
            print(f"bounce: {top}: no such file or directory", file=sys.stderr)
            status = 2
            continue
        for path in iter_files(top):
            try:
                with open(path, "rb") as fh:
                    data = fh.read()
            except OSError as exc:
                out.flush()
                print(f"bounce: {path}: cannot read: {exc.strerror or exc}", file=sys.stderr)
                status = 2
                continue
            for meta, blob in _items(path, data):
                try:
                    records = analyze(blob)
                except BounceInputError as exc:
                    out.flush()
                    print(f"bounce: {path}: {exc}", file=sys.stderr)
                    status = 2
                    continue
                if as_json:
                    out.write(json.dumps({**meta, "records": records}, ensure_ascii=False) + "\n")
                else:
                    _print_table(meta, records, out)
    out.flush()
    return status


class _Batched:
    """Collects output lines and writes them in batches (stdout may be unbuffered)."""

    def __init__(self, stream, lines: int = 200):
        self.stream = stream
        self.limit = lines
        self.parts: list[str] = []

    def write(self, text: str) -> None:
        self.parts.append(text)
        if len(self.parts) >= self.limit:
            self.flush()

    def flush(self) -> None:
        if self.parts:
            self.stream.write("".join(self.parts))
            self.parts = []
        self.stream.flush()


def _print_table(meta: dict, records: list[dict], out) -> None:
    label = meta["file"] + (f" [{meta['index']}]" if "index" in meta else "")
    if not records:
        out.write(f"{label}: not a bounce\n")
        return
    out.write(f"{label}:\n")
    for r in records:
        row = "  ".join(f"{k}={r.get(k) or '-'}" for k in TABLE_FIELDS)
        out.write(f"  {row}\n")
        if r.get("diagnosticcode"):
            out.write(f"      {r['diagnosticcode'][:160]}\n")
