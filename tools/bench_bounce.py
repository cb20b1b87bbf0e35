#!/usr/bin/env python3
"""Benchmark the bounce analyser over the corpus, side by side with Sisimai when it is installed.

usage: python tools/bench_bounce.py [CORPUS_DIR]

Times the CLI (``python -m pychecks bounce --json`` over every corpus mail of
maildir/bsd and maildir/not, interpreter start included; as it runs by default,
one process per core for this many mails, and with ``--jobs 1``) and, if
``perl -MSisimai -e1`` works, one perl process decoding the same files with
Sisimai (``Sisimai->make`` and ``damn`` per record, no JSON printed: the
comparison is conservative for pychecks, which prints its JSON).  The two are run
alternately RUNS times, so both see the same machine load; it prints the median
wall and CPU time (user + system of the child) of each, the ratio of the medians
and the load average.  Then the per-mail median and p99 of ``analyze`` in this
process (the first pass, which pays for compiling the phrases it needs) and the
slowest input.  It only prints figures: it never fails on timings.
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


RUNS = 7


def _median(runs: list[tuple[float, float]]) -> tuple[float, float]:
    """(median wall, median CPU) of (wall, cpu) pairs."""
    return statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)


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


def time_cli(files: list[Path], *options: str) -> tuple[float, float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    # Byte-code is compiled once (see main), as an installed wheel's is; without
    # this an environment with PYTHONDONTWRITEBYTECODE recompiles on every run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return _run([sys.executable, "-m", "pychecks", "bounce", "--json", *options, *map(str, files)], cwd=ROOT, env=env)


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


def per_mail_warm(files: list[Path]) -> list[float]:
    """Per-mail CPU times (not disturbed by other processes) as the browser sees them: every phrase compiled first (its snapshot's warm-up),
    and the caches of searched texts emptied, so no mail profits from an earlier pass over it."""
    from pychecks.bounce import analyze, rules

    rules.compile_all()
    for cached in (rules.find, rules.says, rules._prepared, rules._lower):
        cached.cache_clear()
    times = []
    for p in files:
        data = p.read_bytes()
        t0 = time.process_time()
        analyze(data)
        times.append(time.process_time() - t0)
    return sorted(times)


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
    serial: list[tuple[float, float]] = []
    theirs: list[tuple[float, float]] = []
    load_before = os.getloadavg()
    time_cli(files)  # once before timing: the files are in the page cache for both
    for _ in range(RUNS):  # interleaved, so both see the same machine load
        ours.append(time_cli(files))
        serial.append(time_cli(files, "--jobs", "1"))
        if have_perl:
            theirs.append(time_sisimai(files))
    load_after = os.getloadavg()
    wall, cpu = _median(ours)
    swall, scpu = _median(serial)
    times = per_mail(files)
    values = sorted(t for t, _ in times)
    p99 = values[min(len(values) - 1, int(round(0.99 * (len(values) - 1))))]
    slowest = max(times, key=lambda x: x[0])
    warm = per_mail_warm(files)
    print(f"mails: {len(files)}")
    from pychecks.bounce import fanout

    print(f"pychecks CLI: wall {wall:.3f} s, cpu {cpu:.3f} s (median of {RUNS}, including interpreter start; "
          f"{fanout.auto_jobs(len(files))} processes, the default here)")
    print(f"pychecks CLI --jobs 1 (one process): wall {swall:.3f} s, cpu {scpu:.3f} s")
    print(f"per mail: median {statistics.median(values) * 1000:.2f} ms, p99 {p99 * 1000:.2f} ms, "
          f"total {sum(values):.3f} s")
    print(f"per mail after warm-up (phrases compiled, as in the browser), CPU time: "
          f"median {statistics.median(warm) * 1000:.2f} ms, "
          f"p99 {warm[min(len(warm) - 1, int(round(0.99 * (len(warm) - 1))))] * 1000:.2f} ms")
    print(f"slowest: {slowest[1].name} ({slowest[0] * 1000:.2f} ms, {slowest[1].stat().st_size} bytes)")
    if have_perl:
        version = subprocess.run(["perl", "-MSisimai", "-e", "print $Sisimai::VERSION"], capture_output=True,
                                 text=True, check=False).stdout.strip()
        pwall, pcpu = _median(theirs)
        print(f"Sisimai {version}: wall {pwall:.3f} s, cpu {pcpu:.3f} s (one perl process, median of {RUNS})")
        print(f"ratio pychecks/Sisimai: wall {wall / pwall:.2f}, cpu {cpu / pcpu:.2f} (goal <= 0.50; "
              f"runs alternated, load average {load_before[0]:.1f} before, {load_after[0]:.1f} after)")
        print(f"ratio pychecks --jobs 1/Sisimai: wall {swall / pwall:.2f}, cpu {scpu / pcpu:.2f}")
    else:
        print("Sisimai not installed (apt-get install libsisimai-perl): no comparison")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
