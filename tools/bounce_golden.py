#!/usr/bin/env python3
"""Save or compare the bounce analyser's outputs, to prove a speed change altered none of them.

usage: python tools/bounce_golden.py save DIR | check DIR

Writes (or compares byte for byte with) ``DIR/<set>.jsonl`` for each set: the
CLI's ``--json`` output over the public corpus (maildir/bsd and maildir/not),
the lab mails and ``tests/unit/mails``, plus ``analyze`` and the analyzer
view (``pychecks.api``, ``analyzer.run``) over each documented wording pasted as a
fragment and over every mail above.
Keep DIR out of git (e.g. /tmp): it is a before/after check, not a test.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NL = b"\n"
CORPUS = ROOT.parent / "shared" / "corpus" / "sisimai" / "maildir"


def mail_sets() -> dict[str, list[Path]]:
    """The sets of mail files, each sorted, by name."""
    return {
        "corpus-bsd": sorted((CORPUS / "bsd").glob("*")),
        "corpus-not": sorted((CORPUS / "not").glob("*")),
        "lab": sorted((ROOT / "tests" / "corpus" / "lab").rglob("*.eml")),
        "unit-mails": sorted((ROOT / "tests" / "unit" / "mails").glob("*.eml")),
    }


def cli_output(files: list[Path]) -> bytes:
    """The CLI's stdout and exit status over ``files`` in one run."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, "-m", "pychecks", "bounce", "--json", *map(str, files)],
                       cwd=ROOT, env=env, capture_output=True, check=False)
    return r.stdout + f"exit {r.returncode}\n".encode() + r.stderr


def fragment_output() -> bytes:
    """``analyze`` and the analyzer's JSON API over every documented wording, pasted alone."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "tests" / "unit"))
    from documented_wordings import WORDINGS  # type: ignore[import-not-found]

    from pychecks import api
    from pychecks.bounce import analyze

    lines = []
    for w in WORDINGS:
        lines.append(json.dumps(analyze(w.text), ensure_ascii=False, sort_keys=True))
        lines.append(api.call_json("analyzer.run", json.dumps({"text": w.text})))
    for files in mail_sets().values():
        for p in files:
            lines.append(api.call_json("analyzer.run", json.dumps({"data_b64": base64.b64encode(p.read_bytes()).decode()})))
    return ("\n".join(lines) + "\n").encode()


def outputs() -> dict[str, bytes]:
    out = {name: cli_output(files) for name, files in mail_sets().items()}
    out["fragments"] = fragment_output()
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("save", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    mode, folder = argv[0], Path(argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    failed = 0
    for name, data in outputs().items():
        path = folder / f"{name}.jsonl"
        if mode == "save":
            path.write_bytes(data)
            print(f"{name}: saved {data.count(NL)} lines")
        elif path.read_bytes() == data:
            print(f"{name}: identical ({data.count(NL)} lines)")
        else:
            failed += 1
            path.with_suffix(".new").write_bytes(data)
            print(f"{name}: DIFFERENT (new output in {path.with_suffix('.new')})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
