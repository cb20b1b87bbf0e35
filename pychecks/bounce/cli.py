"""``python -m pychecks bounce [--json] PATH...``: analyse bounce mails from files, folders or mboxes."""

from __future__ import annotations

import argparse
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pychecks bounce",
                                 description="Analyse bounce (error) mails.")
    ap.add_argument("--json", action="store_true", help="print JSON Lines, one object per mail")
    ap.add_argument("paths", nargs="+", metavar="PATH", help="mail file, folder or mbox")
    args = ap.parse_args(argv)
    status = 0
    out = sys.stdout
    for top in args.paths:
        if not os.path.exists(top):
            print(f"bounce: {top}: no such file or directory", file=sys.stderr)
            status = 2
            continue
        for path in iter_files(top):
            try:
                with open(path, "rb") as fh:
                    data = fh.read()
            except OSError as exc:
                print(f"bounce: {path}: cannot read: {exc.strerror or exc}", file=sys.stderr)
                status = 2
                continue
            for meta, blob in _items(path, data):
                try:
                    records = analyze(blob)
                except BounceInputError as exc:
                    print(f"bounce: {path}: {exc}", file=sys.stderr)
                    status = 2
                    continue
                if args.json:
                    out.write(json.dumps({**meta, "records": records}, ensure_ascii=False) + "\n")
                else:
                    _print_table(meta, records, out)
    out.flush()
    return status


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
