"""How a corpus manifest's expected rows are matched to the engine's records.

The same rule as the shared corpus's ``score.py``: a record with the same recipient first,
then the records left over, in order.  The regression tests and the benchmarks both use it.
"""

from __future__ import annotations


def pair_records(expected: list[dict], records: list[dict]) -> list[dict]:
    """One record per expected row ({} where none is left)."""
    free = list(range(len(records)))
    out: list[dict | None] = [None] * len(expected)
    for i, e in enumerate(expected):
        want = (e.get("recipient") or "").lower()
        for j in free:
            if want and str(records[j].get("recipient", "")).lower() == want:
                out[i] = records[j]
                free.remove(j)
                break
    for i in range(len(expected)):
        if out[i] is None and free:
            out[i] = records[free.pop(0)]
    return [r or {} for r in out]
