"""``python -m pychecks bounce [--json] PATH...``: analyse bounce mails from files, folders or mboxes."""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Iterator

from . import MAX_INPUT_BYTES, BounceInputError, analyze
from .mbox import split_mbox

TABLE_FIELDS = ("recipient", "reason", "deliverystatus", "replycode", "decodedby")


def shown(path: str) -> str:
    """A path as it can be printed: bytes that are not UTF-8 (kept by the OS as surrogates) as ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def iter_files(path: str, problems: list[str]) -> Iterator[str]:
    """The files under a folder, sorted; what cannot be listed goes to ``problems``."""
    def failed(exc: OSError) -> None:
        problems.append(f"{shown(exc.filename or path)}: cannot list: {exc.strerror or exc}")

    for root, dirs, files in os.walk(path, onerror=failed):
        dirs.sort()
        for name in sorted(files):
            yield os.path.join(root, name)


def read_limited(path: str, explicit: bool, st: os.stat_result | None = None) -> bytes | str:
    """The bytes of ``path`` (at most the limit + 1, so a huge file or ``/dev/zero`` is never read
    whole), or the message that says why not.

    In a folder only regular files are read (a FIFO there would hang the run); a pipe or character
    device named on the command line (``<(…)``, ``/dev/stdin``) is read up to the limit.
    """
    try:
        st = st or os.stat(path)
    except OSError as exc:
        return exc.strerror.lower() if exc.strerror else f"cannot read: {exc}"  # ELOOP: "too many levels …"
    if not stat.S_ISREG(st.st_mode) and not (explicit and (stat.S_ISFIFO(st.st_mode) or stat.S_ISCHR(st.st_mode))):
        return "not a regular file: skipped"
    if stat.S_ISREG(st.st_mode) and st.st_size > MAX_INPUT_BYTES:
        return f"too large: {st.st_size} bytes (the limit is {MAX_INPUT_BYTES} bytes)"
    try:
        with open(path, "rb") as fh:
            data = _read_upto(fh, MAX_INPUT_BYTES + 1, st.st_size + 1 if stat.S_ISREG(st.st_mode) else 0)
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    if len(data) > MAX_INPUT_BYTES:
        return f"too large: more than {MAX_INPUT_BYTES} bytes"
    return data


def _read_upto(fh, limit: int, hint: int) -> bytes:
    """``fh.read(limit)``; with ``hint`` (the file's size + 1) first only that much, as a buffer of
    ``limit`` bytes for every small mail costs more than reading it (the rest when the file grew)."""
    if not 0 < hint < limit:
        return fh.read(limit)
    data = fh.read(hint)
    return data + fh.read(limit - len(data)) if len(data) == hint else data


def file_items(path: str, data: bytes) -> list[tuple[dict, bytes]]:
    """The mails of one file, each with its CLI record's location (an mbox's index)."""
    mbox = split_mbox(data)
    if mbox is None or len(mbox) < 2:
        return [({"file": path}, data)]
    return [({"file": path, "index": i}, m) for i, m in enumerate(mbox)]


USAGE = """usage: python -m pychecks bounce [-h] [--json] PATH [PATH ...]

Analyse bounce (error) mails.

positional arguments:
  PATH        mail file, folder or mbox; - for standard input

options:
  -h, --help  show this help message and exit
  --json      print JSON Lines, one object per mail"""


def parse_args(argv: list[str], usage: str = "", command: str = "bounce") -> tuple[bool, list[str]] | int:
    """(``--json`` given, paths), or an exit status after printing help or a usage error; also the
    ``headers`` command's (its own ``usage`` and ``command`` name).

    Hand-written: argparse (and the shutil it pulls in) would double the CLI's start-up imports.
    """
    usage = usage or USAGE
    as_json = False
    paths: list[str] = []
    only_paths = False
    for arg in argv:
        if only_paths or arg == "-" or not arg.startswith("-"):
            paths.append(arg)
        elif arg == "--":
            only_paths = True
        elif arg in ("-h", "--help"):
            print(usage)
            return 0
        elif arg == "--json":
            as_json = True
        else:
            print(f"{usage.splitlines()[0]}\npython -m pychecks {command}: error: unrecognized arguments: {arg}",
                  file=sys.stderr)
            return 2
    if not paths:
        print(f"{usage.splitlines()[0]}\npython -m pychecks {command}: error: the following arguments are required: "
              "PATH", file=sys.stderr)
        return 2
    return as_json, paths


def main(argv: list[str] | None = None) -> int:
    parsed = parse_args(sys.argv[1:] if argv is None else argv)
    if isinstance(parsed, int):
        return parsed
    as_json, paths = parsed
    try:
        return _run(as_json, paths)
    except BrokenPipeError:
        # the reader went away (``| head``): stop quietly, as other tools do
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        return 141


def _run(as_json: bool, paths: list[str]) -> int:
    status = 0
    out = sys.stdout

    def problem(text: str) -> None:
        nonlocal status
        out.flush()  # keep messages in order with the records before them
        print(f"bounce: {text}", file=sys.stderr, flush=True)
        status = 2

    for top in paths:
        if top == "-":
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
            found: list[tuple[str, bytes | str]] = [("-", data if len(data) <= MAX_INPUT_BYTES
                                                     else f"too large: more than {MAX_INPUT_BYTES} bytes")]
        elif (st := _stat(top)) is not None and stat.S_ISDIR(st.st_mode):
            problems: list[str] = []
            found = ((p, read_limited(p, explicit=False)) for p in iter_files(top, problems))
        else:
            problems = []
            found = [(top, read_limited(top, explicit=True, st=st))]
        for path, data in found:
            if isinstance(data, str):
                problem(f"{shown(path)}: {data}")
                continue
            for meta, blob in file_items(shown(path), data):
                try:
                    records = analyze(blob)
                except BounceInputError as exc:
                    problem(f"{shown(path)}: {exc}")
                    continue
                if any(r.get("truncated") for r in records):
                    meta = {**meta, "truncated": True}  # a limit left part of this mail unread
                if as_json:
                    out.write(_JSON.encode({**meta, "records": records}) + "\n")
                else:
                    _print_table(meta, records, out)
                out.flush()  # each result as soon as it is made: an interrupted run keeps what it read
        if top != "-":
            for text in problems:
                problem(text)
    return status


_JSON = json.JSONEncoder(ensure_ascii=False)  # what json.dumps(..., ensure_ascii=False) makes for every call


def _stat(path: str) -> os.stat_result | None:
    """``os.stat(path)`` (one call tells a folder from a file and gives the file's size), None on error:
    :func:`read_limited` then says why."""
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None


def _print_table(meta: dict, records: list[dict], out) -> None:
    label = meta["file"] + (f" [{meta['index']}]" if "index" in meta else "")
    if not records:
        out.write(f"{label}: not a bounce\n")
        return
    out.write(f"{label}:\n")
    if meta.get("truncated"):
        out.write("  (part of this mail was not read: it exceeds a limit; the records cover the part read)\n")
    for r in records:
        row = "  ".join(f"{k}={r.get(k) or '-'}" for k in TABLE_FIELDS)
        out.write(f"  {row}\n")
        if r.get("diagnosticcode"):
            out.write(f"      {r['diagnosticcode'][:160]}\n")
