"""Share a long list of mails among forked processes, output kept in the order of the list.

A support desk runs the CLI over a mailbox of thousands of bounces; one process
uses one core.  The list is cut into contiguous slices: this process works on
the first and prints as it goes (so an interrupted run keeps what it printed),
each other slice goes to a forked child that writes into a temporary file, and
the children's files are copied out in order once this process is done.  Where
``os.fork`` is missing (Windows, Pyodide) the caller works serially.

Command-line only: ``signal`` and ``tempfile`` are imported when a fork is made, so
the browser's trimmed standard library and its snapshot need neither.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import IO, TypeVar

T = TypeVar("T")
MAILS_PER_PROCESS = 100  # below this a fork costs more than it saves
MAX_PROCESSES = 8
_ENCODING = {"encoding": "utf-8", "errors": "surrogatepass"}  # what a child writes comes back unchanged

Work = Callable[[Sequence[T], IO[str], IO[str]], int]  # (items, out, err) -> exit status


def can_fork() -> bool:
    return hasattr(os, "fork")


def auto_jobs(count: int) -> int:
    """How many processes suit ``count`` mails on this machine (1: stay serial)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, count // MAILS_PER_PROCESS, MAX_PROCESSES))


def slices(items: Sequence[T], jobs: int) -> list[Sequence[T]]:
    """``items`` in ``jobs`` contiguous slices of nearly equal length (none empty)."""
    jobs = max(1, min(jobs, len(items)))
    size, extra = divmod(len(items), jobs)
    out, start = [], 0
    for k in range(jobs):
        end = start + size + (k < extra)
        out.append(items[start:end])
        start = end
    return out


def run(items: Sequence[T], jobs: int, work: Work, out: IO[str], err: IO[str]) -> int:
    """``work`` over ``items`` in ``jobs`` processes; the highest exit status of them."""
    parts = slices(items, jobs)
    out.flush()
    err.flush()
    children: list[tuple[int, IO[str], IO[str]]] = []
    try:
        for part in parts[1:]:
            children.append(_fork(part, work))
        status = work(parts[0], out, err)
        while children:
            pid, child_out, child_err = children[0]
            code = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
            children.pop(0)
            _copy(child_out, out)
            _copy(child_err, err)
            status = max(status, code if code >= 0 else 1)
        return status
    finally:
        for pid, child_out, child_err in children:  # interrupted (a closed pipe, ^C): stop the rest
            _stop(pid)
            child_out.close()
            child_err.close()


def _fork(part: Sequence[T], work: Work) -> tuple[int, IO[str], IO[str]]:
    import signal
    import tempfile

    child_out = tempfile.TemporaryFile("w+", **_ENCODING)
    child_err = tempfile.TemporaryFile("w+", **_ENCODING)
    pid = os.fork()
    if pid == 0:  # the child: work, then leave without running the parent's clean-up
        code = 1
        try:
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            code = work(part, child_out, child_err)
            child_out.flush()
            child_err.flush()
        except BaseException:  # noqa: BLE001 - a child must never return into the parent's code
            try:
                import traceback

                traceback.print_exc(file=child_err)
                child_err.flush()
            finally:
                code = 1
        finally:
            os._exit(code)
    return pid, child_out, child_err


def _copy(source: IO[str], target: IO[str]) -> None:
    source.seek(0)
    while block := source.read(1 << 16):
        target.write(block)
    target.flush()
    source.close()


def _stop(pid: int) -> None:
    import signal

    try:
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass
