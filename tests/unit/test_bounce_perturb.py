"""Generalisation floor: the engine must follow changes made to the public corpus's bounces
(``tools/perturb.py``: a new recipient address, another documented reply, a second DSN recipient, other
line ends and transfer encodings).  A fixed sample (every third mail); skipped without the corpus."""

from __future__ import annotations

import pytest

from tools import perturb

pytestmark = pytest.mark.skipif(not (perturb.CORPUS / "manifest.json").is_file(), reason="bounce corpus not present")

# a little below the rates measured on this sample when the floor was set, so a regression fails
FLOOR = {"address": 0.99, "wording": 0.97, "multi": 0.94, "encoding": 0.99}


@pytest.fixture(scope="module")
def results():
    return perturb.run(every=3)


@pytest.mark.parametrize("cls", perturb.CLASSES)
def test_engine_follows_the_change(results, cls):
    passed, total = perturb.rates(results)[cls]
    assert total >= 40, f"too few {cls} variants made: {total}"
    failures = [f"{name}: {wrong}" for _, c, name, wrong in results if c == cls and wrong]
    assert passed / total >= FLOOR[cls], f"{cls}: {passed}/{total} followed; e.g. {failures[:5]}"


def test_variants_change_the_mail():
    """Each kind of variant really changes the bytes (a variant equal to its mail would test nothing)."""
    import json

    entry = json.loads((perturb.CORPUS / "manifest.json").read_text(encoding="utf-8"))[0]
    data = (perturb.CORPUS / entry["file"]).read_bytes()
    variants = perturb.variants_for(entry, data, perturb.analyze(data))
    assert variants and all(v.data != data for v in variants)
