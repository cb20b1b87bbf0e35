#!/usr/bin/env python3
"""How often the bounce engine is right: the public corpus, the bounce lab and the documented wordings.

usage: python tools/bench_accuracy.py

For each corpus with a manifest (``../shared/corpus/sisimai`` and, once it exists,
``tests/corpus/lab``) it runs ``python -m pychecks bounce --json`` over every file, scores the
output with the corpus's own ``score.py`` (reason, status, reply code, recipient), and prints a
confusion table: for each expected reason, how many records got it and what the others got.
Then the documented wordings (``tests/unit/documented_wordings.py``), as fragments and in a DSN, and the
perturbation rates (``tools/perturb.py``: variants of the public corpus, per class and per format).
It only prints figures.
"""

from __future__ import annotations

import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tools.corpus import pair_records  # noqa: E402 - run as a script from any folder

SCORE = ROOT.parent / "shared" / "corpus" / "score.py"
CORPORA = (("public corpus", ROOT.parent / "shared" / "corpus" / "sisimai"), ("bounce lab", ROOT / "tests" / "corpus" / "lab"))


def run_cli(files: list[Path], out: Path) -> None:
    with out.open("w", encoding="utf-8") as fh:
        subprocess.run([sys.executable, "-m", "pychecks", "bounce", "--json", *map(str, files)], cwd=ROOT,
                       stdout=fh, stderr=subprocess.DEVNULL, check=False)


def confusion(manifest: list[dict], output: Path) -> dict[str, collections.Counter[str]]:
    got: dict[str, list[dict]] = {}
    for line in output.read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            got[str(obj.get("file", "")).replace("\\", "/")] = obj.get("records") or []
    table: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for entry in manifest:
        records = next((r for k, r in got.items() if k.endswith(entry["file"])), [])
        expected = entry.get("expected") or []
        for want, rec in zip(expected, pair_records(expected, records), strict=True):
            table[want["reason"]][rec.get("reason") or "(none)"] += 1
    return table


def print_confusion(table: dict[str, collections.Counter[str]]) -> None:
    print("  expected -> got (count); every row's total, the right ones first")
    for reason in sorted(table, key=lambda r: -sum(table[r].values())):
        row = table[reason]
        total, right = sum(row.values()), row.get(reason, 0)
        wrong = ", ".join(f"{g} {n}" for g, n in row.most_common() if g != reason)
        print(f"  {reason:16} {right:4}/{total:<4}" + (f"  -> {wrong}" if wrong else ""))


def corpus_figures(name: str, corpus: Path) -> None:
    manifest_path = corpus / "manifest.json"
    if not manifest_path.is_file():
        print(f"{name}: not present ({corpus})")
        return
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    entries = manifest if isinstance(manifest, list) else manifest.get("files", [])
    files = sorted({corpus / e["file"] for e in entries if (corpus / e["file"]).is_file()})
    negatives = corpus / "maildir" / "not"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        run_cli(files, out)
        cmd = [sys.executable, str(SCORE), str(manifest_path), str(out)]
        if negatives.is_dir():
            cmd += ["--negatives", str(negatives)]
        score = subprocess.run(cmd, capture_output=True, text=True, check=False).stdout
        print(f"{name}: {len(files)} mails")
        for line in score.splitlines():
            if line and not line.startswith("  ") and not line.startswith("top confusions"):
                print(f"  {line}")
        print_confusion(confusion(entries, out))


def wording_figures() -> None:
    sys.path.insert(0, str(ROOT))
    try:
        from tests.unit import test_bounce_documented as t
    except ImportError as exc:
        print(f"documented wordings: skipped ({exc})")
        return
    frag, dsn = t._observed()
    n = len(t.WORDINGS)
    print(f"documented wordings: {n} rows; right as a pasted fragment {n - len(frag)} ({(n - len(frag)) / n:.1%}), "
          f"inside a DSN {n - len(dsn)} ({(n - len(dsn)) / n:.1%})")


def perturbation_figures() -> None:
    """How often the engine follows a change made to the public corpus (tools/perturb.py)."""
    from tools import perturb

    perturb.main([])


def main(argv: list[str] | None = None) -> int:
    for name, corpus in CORPORA:
        corpus_figures(name, corpus)
    wording_figures()
    perturbation_figures()
    return 0


if __name__ == "__main__":
    sys.exit(main())
