"""``python -m pychecks bounce [--json] PATH...``: analyse bounce mails from files, folders or mboxes."""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Iterator

from . import MAX_INPUT_BYTES, BounceInputError, analyze, fanout
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


USAGE = """usage: python -m pychecks bounce [-h] [--json] [--jobs N] PATH [PATH ...]

Analyse bounce (error) mails.

positional arguments:
  PATH        mail file, folder or mbox; - for standard input

options:
  -h, --help  show this help message and exit
  --json      print JSON Lines, one object per file (an mbox's records together)
  --jobs N    analyse in N processes (default: one per core, at most one per
              100 mails; 1 works serially); the output order stays the same"""


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
    args = sys.argv[1:] if argv is None else argv
    jobs = _take_jobs(args)
    if isinstance(jobs, str):
        print(f"{USAGE.splitlines()[0]}\npython -m pychecks bounce: error: {jobs}", file=sys.stderr)
        return 2
    parsed = parse_args(args[:jobs[1]] + args[jobs[2]:])
    if isinstance(parsed, int):
        return parsed
    as_json, paths = parsed
    try:
        return _run(as_json, paths, jobs[0])
    except BrokenPipeError:
        # the reader went away (``| head``): stop quietly, as other tools do
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        return 141


def _take_jobs(args: list[str]) -> tuple[int, int, int] | str:
    """(``--jobs`` value, 0 when not given; where the option starts and ends in ``args``), or what is wrong."""
    for i, arg in enumerate(args):
        if arg == "--":
            break
        name, eq, value = arg.partition("=")
        if name not in ("-j", "--jobs"):
            continue
        end = i + 1
        if not eq:
            value, end = (args[i + 1] if i + 1 < len(args) else ""), i + 2
        if not value.isdigit() or int(value) < 1:
            return f"argument --jobs: a number of processes (1 or more) is needed, not {value!r}"
        return int(value), i, end
    return 0, 0, 0


def _run(as_json: bool, paths: list[str], jobs: int = 0) -> int:
    """Serially as the files are found, or, for many files and where it can fork, in several processes."""
    output = _Output(as_json, sys.stdout, sys.stderr)
    tops = _tops(paths)
    if jobs != 1 and "-" not in paths and fanout.can_fork():
        tops = [(top, list(files), problems) for top, files, problems in tops]  # listed once, used either way
        files = [f for _, listed, _ in tops for f in listed]
        count = jobs or fanout.auto_jobs(len(files))
        if count > 1:
            status = fanout.run(files, count, lambda part, out, err: _Output(as_json, out, err).files(part),
                                sys.stdout, sys.stderr)
            for _, _, problems in tops:
                for text in problems:
                    output.problem(text)
            return max(status, output.status)
    for top, files, problems in tops:
        if top == "-":
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
            output.mail("-", data if len(data) <= MAX_INPUT_BYTES else f"too large: more than {MAX_INPUT_BYTES} bytes")
            continue
        output.files(files)
        for text in problems:
            output.problem(text)
    return output.status


def _tops(paths: list[str]):
    """Per path given: the path, its files (found as they are read) and the list its listing problems go to."""
    for top in paths:
        problems: list[str] = []
        yield top, _files_of(top, problems), problems


def _files_of(top: str, problems: list[str]) -> Iterator[tuple[str, bool, os.stat_result | None]]:
    """(path, named on the command line, its stat or None) of the files ``top`` names: itself or, for a folder,
    the files under it."""
    if (st := _stat(top)) is not None and stat.S_ISDIR(st.st_mode):
        for path in iter_files(top, problems):
            yield path, False, None
    else:
        yield top, True, st


class _Output:
    """Analyses mails and writes their records (or why not) to one pair of streams."""

    def __init__(self, as_json: bool, out, err) -> None:
        self.as_json, self.out, self.err, self.status = as_json, out, err, 0

    def problem(self, text: str) -> None:
        self.out.flush()  # keep messages in order with the records before them
        print(f"bounce: {text}", file=self.err, flush=True)
        self.status = 2

    def files(self, files) -> int:
        for path, explicit, st in files:
            self.mail(path, read_limited(path, explicit=explicit, st=st))
        return self.status

    def mail(self, path: str, data: bytes | str) -> None:
        if isinstance(data, str):
            self.problem(f"{shown(path)}: {data}")
            return
        items = file_items(shown(path), data)
        found: list[tuple[dict, list[dict]]] = []
        for meta, blob in items:
            try:
                records = analyze(blob)
            except BounceInputError as exc:
                self.problem(f"{shown(path)}: {exc}")
                continue
            if any(r.get("truncated") for r in records):
                meta = {**meta, "truncated": True}  # a limit left part of this mail unread
            found.append((meta, records))
        if self.as_json:
            if found:
                self.out.write(_JSON.encode(_file_object(shown(path), found, len(items))) + "\n")
        else:
            for meta, records in found:
                _print_table(meta, records, self.out)
        self.out.flush()  # each result as soon as it is made: an interrupted run keeps what it read


def _file_object(path: str, found: list[tuple[dict, list[dict]]], messages: int) -> dict:
    """One JSON object per file (the corpus scorer's contract): an mbox's records all in it, each
    with the ``index`` of its message, and ``messages``, how many the file held."""
    if messages < 2:
        meta, records = found[0]
        return {**meta, "records": records}
    records = [{**r, "index": meta["index"]} for meta, recs in found for r in recs]
    out = {"file": path, "messages": messages, "records": records}
    if any(meta.get("truncated") for meta, _ in found):
        out["truncated"] = True
    return out


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
