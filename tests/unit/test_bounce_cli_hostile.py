"""``pychecks bounce`` on odd files (issue 14): FIFOs, devices, huge files, loops, odd names, pipes."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pychecks.bounce import MAX_INPUT_BYTES, cli

ROOT = Path(__file__).resolve().parents[2]
DSN = ("From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail Returned to Sender\n"
       "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n--b\n\nx\n--b\n"
       "Content-Type: message/delivery-status\n\nFinal-Recipient: rfc822; nobody@example.org\n"
       "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n--b--\n")

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs, /dev/zero and byte file names are POSIX")


def run(args: list[str], stdin: bytes = b"", timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pychecks", "bounce", *args], input=stdin, capture_output=True,
                          timeout=timeout, cwd=ROOT)


@posix_only
def test_a_fifo_in_a_folder_is_skipped_and_the_rest_kept(tmp_path):
    (tmp_path / "a.eml").write_text(DSN)
    os.mkfifo(tmp_path / "b-fifo")
    (tmp_path / "c.eml").write_text(DSN)
    proc = run(["--json", str(tmp_path)])
    assert proc.returncode == 2
    files = [json.loads(line)["file"].rsplit("/", 1)[-1] for line in proc.stdout.decode().splitlines()]
    assert files == ["a.eml", "c.eml"]
    assert "b-fifo: not a regular file" in proc.stderr.decode()


@posix_only
def test_dev_zero_and_huge_files_are_not_read_whole(tmp_path):
    huge = tmp_path / "huge.eml"
    with open(huge, "wb") as fh:
        fh.truncate(MAX_INPUT_BYTES * 50)  # sparse: 500 MB that take no disk
    proc = run([str(huge), "/dev/zero"])
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "huge.eml: too large" in err and "/dev/zero: too large" in err
    assert "Traceback" not in err and "MemoryError" not in err


@posix_only
def test_a_symlink_loop_is_not_reported_as_missing(tmp_path):
    (tmp_path / "one").symlink_to(tmp_path / "two")
    (tmp_path / "two").symlink_to(tmp_path / "one")
    proc = run([str(tmp_path / "one")])
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "symbolic links" in err and "no such file" not in err


@posix_only
def test_a_file_name_that_is_not_utf8(tmp_path):
    name = os.fsdecode(b"caf\xe9.eml")
    (tmp_path / name).write_text(DSN)
    proc = run(["--json", str(tmp_path)])
    assert proc.returncode == 0, proc.stderr
    line = json.loads(proc.stdout.decode("utf-8"))
    assert line["file"].endswith("caf\\xe9.eml") and line["records"][0]["recipient"] == "nobody@example.org"
    table = run([str(tmp_path)])
    assert table.returncode == 0 and "caf\\xe9.eml" in table.stdout.decode("utf-8")


def test_standard_input_as_dash():
    proc = run(["--json", "-"], stdin=DSN.encode())
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["file"] == "-"
    too_big = run(["-"], stdin=b"x" * (MAX_INPUT_BYTES + 10))
    assert too_big.returncode == 2 and b"too large" in too_big.stderr


@posix_only
def test_a_pipe_closed_early_is_no_traceback(tmp_path):
    for i in range(300):
        (tmp_path / f"{i:03}.eml").write_text(DSN)
    cmd = f"{sys.executable} -m pychecks bounce --json {tmp_path} | head -n 1"
    proc = subprocess.run(["sh", "-c", cmd], capture_output=True, timeout=120, cwd=ROOT)
    assert len(proc.stdout.splitlines()) == 1
    assert b"Traceback" not in proc.stderr and b"BrokenPipe" not in proc.stderr


def test_each_result_is_flushed_as_it_is_made(tmp_path, monkeypatch):
    (tmp_path / "a.eml").write_text(DSN)
    (tmp_path / "b.eml").write_text(DSN)
    seen: list[int] = []

    class Stream(io.StringIO):
        def flush(self) -> None:
            seen.append(self.getvalue().count("\n"))

    out = Stream()
    monkeypatch.setattr(sys, "stdout", out)
    assert cli.main(["--json", str(tmp_path)]) == 0
    assert 1 in seen and 2 in seen  # the first line was out before the second mail was read
