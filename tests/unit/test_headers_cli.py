"""``python -m pychecks headers [--json] PATH...``: the JSON contract, folders, mboxes and errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pychecks.headers import cli

SAMPLES = Path(__file__).parent / "headers_samples"
ROOT = Path(__file__).resolve().parents[2]
TOP_KEYS = {"file", "hops", "total_delay_s", "slowest_hop", "auth", "verdict"}
HOP_KEYS = {"from", "by", "ip", "with", "tls", "auth", "time", "delay_s"}
AUTH_KEYS = {"spf", "dkim", "dmarc", "aligned", "from_domain"}


def run_json(capsys, *args: str) -> tuple[int, list[dict], str]:
    status = cli.main(["--json", *args])
    out, err = capsys.readouterr()
    return status, [json.loads(line) for line in out.splitlines()], err


def test_json_lines_follow_the_contract(capsys):
    status, recs, err = run_json(capsys, str(SAMPLES / "gmail.txt"))
    assert status == 0 and err == ""
    (rec,) = recs
    assert set(rec) == TOP_KEYS and rec["file"] == str(SAMPLES / "gmail.txt")
    assert all(set(h) == HOP_KEYS for h in rec["hops"]) and set(rec["auth"]) == AUTH_KEYS
    assert rec["hops"][1] == {"from": "sv1234.example.jp", "by": "mx.google.com", "ip": "203.0.113.25",
                              "with": "ESMTPS", "tls": True, "auth": False, "time": "2026-03-03T01:00:06-08:00",
                              "delay_s": 485}
    assert rec["total_delay_s"] == 489 and rec["slowest_hop"] == 1
    assert rec["auth"] == {"spf": "pass", "dkim": "pass", "dmarc": "pass", "aligned": True,
                           "from_domain": "example.co.jp"}
    assert isinstance(rec["verdict"], str) and "8分5秒" in rec["verdict"]


def test_a_folder_gives_one_line_per_file_in_order(capsys):
    status, recs, _ = run_json(capsys, str(SAMPLES))
    assert status == 0
    assert [Path(r["file"]).name for r in recs] == sorted(p.name for p in SAMPLES.glob("*.txt"))


def test_an_mbox_gives_one_line_per_message(tmp_path, capsys):
    box = tmp_path / "mail.mbox"
    box.write_bytes(b"From a@example.com Tue Mar  3 10:00:00 2026\n" + (SAMPLES / "exim.txt").read_bytes() +
                    b"\nFrom b@example.com Tue Mar  3 10:00:00 2026\n" + (SAMPLES / "yahoo.txt").read_bytes())
    status, recs, _ = run_json(capsys, str(box))
    assert status == 0 and [r.get("index") for r in recs] == [0, 1]
    assert recs[1]["auth"]["dmarc"] == "fail"


def test_errors_go_to_stderr_with_status_2(tmp_path, capsys):
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    status, recs, err = run_json(capsys, str(tmp_path / "missing.eml"), str(empty), str(SAMPLES / "exim.txt"))
    assert status == 2 and len(recs) == 1
    assert "missing.eml: no such file or directory" in err and "empty.eml:" in err


def test_usage(capsys):
    assert cli.main([]) == 2
    assert cli.main(["--nope", "x"]) == 2
    assert cli.main(["--help"]) == 0
    assert "--json" in capsys.readouterr().out


def test_table_output(capsys):
    assert cli.main([str(SAMPLES / "outlook.txt")]) == 0
    out = capsys.readouterr().out
    assert "spf=softfail dkim=none dmarc=fail aligned=- from=example.com" in out
    assert "mail.news.example.com -> ty2pepf0000ab12.mail.protection.outlook.com" in out


def test_python_dash_m():
    proc = subprocess.run([sys.executable, "-m", "pychecks", "headers", "--json", str(SAMPLES / "carrier.txt")],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["auth"]["from_domain"] == "docomo.ne.jp"
