"""``pychecks bounce --jobs``: several processes print exactly what one prints, in the same order."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pychecks.bounce import MAX_INPUT_BYTES, cli, fanout

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "sisimai" / "maildir" / "bsd"
needs_fork = pytest.mark.skipif(not fanout.can_fork(), reason="os.fork is needed")


def run(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pychecks", "bounce", *args], capture_output=True, timeout=120,
                          cwd=ROOT)


@pytest.fixture
def mails(tmp_path: Path) -> Path:
    """Forty corpus mails, an mbox of two of them, a file that is too large and one that is no bounce."""
    sources = sorted(CORPUS.iterdir())[:40]
    if len(sources) < 40:
        pytest.skip("the corpus is not there")
    for p in sources:
        (tmp_path / p.name).write_bytes(p.read_bytes())
    two = [sources[0].read_bytes(), sources[1].read_bytes()]
    (tmp_path / "box.mbox").write_bytes(b"".join(b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n" + m + b"\n"
                                                 for m in two))
    with open(tmp_path / "huge.eml", "wb") as fh:
        fh.truncate(MAX_INPUT_BYTES + 10)
    (tmp_path / "hello.eml").write_text("From: a@example.com\nSubject: hello\n\nhi\n")
    return tmp_path


@needs_fork
@pytest.mark.parametrize("as_json", [True, False])
def test_three_processes_print_what_one_prints(mails, as_json):
    flag = ["--json"] if as_json else []
    one = run([*flag, "--jobs", "1", str(mails)])
    three = run([*flag, "--jobs=3", str(mails)])
    assert one.returncode == three.returncode == 2  # the huge file
    assert three.stdout == one.stdout
    assert three.stdout.count(b"\n") >= 42
    assert three.stderr == one.stderr and b"too large" in one.stderr


@needs_fork
def test_a_failing_child_is_reported_and_the_rest_kept(monkeypatch):
    forked: list[int] = []
    fork = os.fork

    def recording_fork() -> int:
        pid = fork()
        if pid:
            forked.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", recording_fork)

    def work(part, out, err):
        if 3 in part:
            raise RuntimeError("child broke")
        out.write("".join(f"{n}\n" for n in part))
        return 0

    out, err = io.StringIO(), io.StringIO()
    assert fanout.run(list(range(6)), 3, work, out, err) == 1
    assert out.getvalue() == "0\n1\n4\n5\n"  # in order, without the broken slice
    assert "child broke" in err.getvalue()
    assert len(forked) == 2
    for pid in forked:  # every child was waited for: none is left behind as a zombie
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)


def test_slices_keep_the_order_and_leave_none_empty():
    items = list(range(10))
    parts = fanout.slices(items, 4)
    assert [len(p) for p in parts] == [3, 3, 2, 2]
    assert [x for p in parts for x in p] == items
    assert fanout.slices([1, 2], 5) == [[1], [2]]


def test_one_process_for_a_few_mails():
    assert fanout.auto_jobs(fanout.MAILS_PER_PROCESS - 1) == 1


@pytest.mark.parametrize("value", ["0", "x", ""])
def test_a_bad_jobs_value_is_a_usage_error(value, capsys):
    args = ["--jobs", value, "mail.eml"] if value else ["mail.eml", "--jobs"]
    assert cli.main(args) == 2
    assert "--jobs" in capsys.readouterr().err
