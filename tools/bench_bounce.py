#!/usr/bin/env python3
"""Benchmark the bounce analyser over the corpus, side by side with Sisimai when it is installed.

usage: python tools/bench_bounce.py [CORPUS_DIR]

Prints the wall time of one CLI run over every corpus mail (maildir/bsd and
maildir/not), the per-mail median and p99 and the slowest input; then, if
``perl -MSisimai -e1`` works, the wall time of one perl process decoding the
same files with Sisimai, and the ratio.  It only prints figures: it never
fails on timings.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "sisimai"

PERL = r"""
use strict; use warnings; use Sisimai; use JSON;
my $n = 0;
for my $f (@ARGV) {
    my $v = Sisimai->make($f) || [];
    for my $r (@$v) { my $d = $r->damn; $n++ }
}
print STDERR "sisimai records: $n\n";
"""


def files_of(corpus: Path) -> list[Path]:
    out: list[Path] = []
    for sub in ("maildir/bsd", "maildir/not"):
        d = corpus / sub
        if d.is_dir():
            out += sorted(p for p in d.iterdir() if p.is_file())
    return out


def _run(cmd: list[str], **kw) -> tuple[float, float]:
    """(wall, cpu) seconds of one child process; CPU time is less disturbed by a busy machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, **kw)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def time_cli(files: list[Path]) -> tuple[float, float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    # Byte-code is compiled once (see main), as an installed wheel's is; without
    # this an environment with PYTHONDONTWRITEBYTECODE recompiles on every run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return _run([sys.executable, "-m", "pychecks", "bounce", "--json", *map(str, files)], cwd=ROOT, env=env)


def per_mail(files: list[Path]) -> list[tuple[float, Path]]:
    sys.path.insert(0, str(ROOT))
    from pychecks.bounce import analyze

    times = []
    for p in files:
        data = p.read_bytes()
        t0 = time.perf_counter()
        analyze(data)
        times.append((time.perf_counter() - t0, p))
    return times


def sisimai_available() -> bool:
    try:
        r = subprocess.run(["perl", "-MSisimai", "-MJSON", "-e1"], capture_output=True, check=False)
    except OSError:
        return False
    return r.returncode == 0


def time_sisimai(files: list[Path]) -> tuple[float, float]:
    return _run(["perl", "-e", PERL, *map(str, files)])


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv else DEFAULT_CORPUS
    files = files_of(corpus)
    if not files:
        print(f"no corpus mails under {corpus}", file=sys.stderr)
        return 0
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "pychecks")], check=False)
    have_perl = sisimai_available()
    ours: list[tuple[float, float]] = []
    theirs: list[tuple[float, float]] = []
    for _ in range(5):  # interleaved, so both see the same machine load
        ours.append(time_cli(files))
        if have_perl:
            theirs.append(time_sisimai(files))
    wall, cpu = min(w for w, _ in ours), min(c for _, c in ours)
    times = per_mail(files)
    values = sorted(t for t, _ in times)
    p99 = values[min(len(values) - 1, int(round(0.99 * (len(values) - 1))))]
    slowest = max(times, key=lambda x: x[0])
    print(f"mails: {len(files)}")
    print(f"pychecks CLI: wall {wall:.3f} s, cpu {cpu:.3f} s (best of 5, including interpreter start)")
    print(f"per mail: median {statistics.median(values) * 1000:.2f} ms, p99 {p99 * 1000:.2f} ms, "
          f"total {sum(values):.3f} s")
    print(f"slowest: {slowest[1].name} ({slowest[0] * 1000:.2f} ms, {slowest[1].stat().st_size} bytes)")
    if have_perl:
        version = subprocess.run(["perl", "-MSisimai", "-e", "print $Sisimai::VERSION"], capture_output=True,
                                 text=True, check=False).stdout.strip()
        pwall, pcpu = min(w for w, _ in theirs), min(c for _, c in theirs)
        print(f"Sisimai {version}: wall {pwall:.3f} s, cpu {pcpu:.3f} s (one perl process, best of 5)")
        print(f"ratio pychecks/Sisimai: wall {wall / pwall:.2f}, cpu {cpu / pcpu:.2f} (goal <= 0.50)")
    else:
        print("Sisimai not installed (apt-get install libsisimai-perl): no comparison")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
