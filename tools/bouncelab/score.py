"""Score the bounce engine on the lab corpus: accuracy per field and per MTA, confusion table.

usage: python -m tools.bouncelab.score [--manifest PATH] [--write-xfail PATH] [--show N]

Runs `pychecks.bounce.analyze` over every file the manifest names (the same records
`python -m pychecks bounce --json` prints), pairs expected rows with records the way
../shared/corpus/score.py does (same recipient first, then in order) and compares
reason, recipient, deliverystatus and replycode; empty expected values are not scored.
`--write-xfail` writes the current misses, which tests/unit/test_bounce_lab.py marks as
expected failures.
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

from pychecks.bounce import analyze
from tools.corpus import pair_records

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "corpus" / "lab"
FIELDS = ("reason", "recipient", "deliverystatus", "replycode")


def pair(expected: list[dict], records: list[dict]) -> list[dict]:
    """Match expected rows to records: same recipient first, then in order (one rule for every corpus)."""
    return pair_records(expected, records)


def row_id(entry: dict, expected: dict) -> str:
    return f"{entry['file']}#{expected['recipient']}"


def compare(expected: dict, got: dict) -> dict[str, bool | None]:
    """Per field: True/False when scored, None when the manifest leaves it empty."""
    out: dict[str, bool | None] = {}
    for f in FIELDS:
        want = str(expected.get(f) or "").lower()
        out[f] = None if not want else str(got.get(f) or "").lower() == want
    return out


def evaluate(manifest_path: Path = CORPUS / "manifest.json") -> list[tuple[dict, dict, dict]]:
    """(manifest entry, expected row, engine record) for every expected row."""
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    rows = []
    for entry in manifest:
        records = analyze((manifest_path.parent / entry["file"]).read_bytes())
        for e, r in zip(entry["expected"], pair(entry["expected"], records), strict=True):
            rows.append((entry, e, r))
    return rows


def misses(rows: list[tuple[dict, dict, dict]]) -> dict[str, str]:
    """Row id -> what differs, for every row with a scored field wrong."""
    out = {}
    for entry, e, r in rows:
        bad = [f for f, ok in compare(e, r).items() if ok is False]
        if bad:
            out[row_id(entry, e)] = "; ".join(f"{f}: expected {e[f]!r}, engine {r.get(f, '')!r}" for f in bad)
    return out


def report(rows: list[tuple[dict, dict, dict]], show: int = 0) -> str:
    hit: collections.Counter = collections.Counter()
    tot: collections.Counter = collections.Counter()
    per_mta: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    confusion: collections.Counter = collections.Counter()
    for entry, e, r in rows:
        for f, ok in compare(e, r).items():
            if ok is None:
                continue
            tot[f] += 1
            hit[f] += ok
            per_mta[entry["mta"]][f + "_n"] += 1
            per_mta[entry["mta"]][f] += ok
        confusion[(e["reason"], r.get("reason") or "(none)")] += 1
    lines = [f"lab corpus: {len({id(x[0]) for x in rows})} mails, {len(rows)} expected records"]
    for f in FIELDS:
        if tot[f]:
            lines.append(f"  {f:15s} {hit[f] / tot[f]:6.1%}  ({hit[f]}/{tot[f]})")
    lines.append("per MTA (reason / recipient / deliverystatus / replycode):")
    for mta, c in sorted(per_mta.items()):
        cells = [f"{c[f] / c[f + '_n']:.1%}" if c[f + "_n"] else "-" for f in FIELDS]
        lines.append(f"  {mta:10s} " + " / ".join(cells))
    lines.append("confusion (expected -> engine: count):")
    for (want, got), n in sorted(confusion.items(), key=lambda kv: (kv[0][0], -kv[1])):
        mark = "" if want == got else "   <-- miss"
        lines.append(f"  {want:16s} -> {got:16s} {n:3d}{mark}")
    if show:
        lines.append("misses:")
        lines += [f"  {k}: {v}" for k, v in list(misses(rows).items())[:show]]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", type=Path, default=CORPUS / "manifest.json")
    ap.add_argument("--write-xfail", type=Path, help="write the current misses as expected failures (JSON)")
    ap.add_argument("--show", type=int, default=0, help="list N misses")
    a = ap.parse_args()
    rows = evaluate(a.manifest)
    print(report(rows, a.show))
    if a.write_xfail:
        a.write_xfail.write_text(json.dumps(misses(rows), ensure_ascii=False, indent=1, sort_keys=True) + "\n")
        print(f"wrote {len(misses(rows))} expected failures to {a.write_xfail}")


if __name__ == "__main__":
    main()
