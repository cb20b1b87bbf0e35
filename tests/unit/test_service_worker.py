"""The service worker's configuration (tools/service_worker.py): what it keeps and
when its version, hence its cache, changes."""

from __future__ import annotations

import re

from tools import service_worker

MANIFEST = {"pyodide": "pyodide-314.0.7/", "pyodideVersion": "314.0.7", "wheel": "pychecks-0.1.0-0abc-py3-none-any.whl",
            "stdlib": "stdlib-0123456789.zip", "snapshot": "snapshot-abcdef0123.bin",
            "snapshotGzip": "snapshot-abcdef0123.bin.gz", "snapshotStdlib": "stdlib-start-abcdef0123.zip",
            "snapshotStdlibLater": "stdlib-abcdef0123.zip"}


def test_every_page_and_every_runtime_file_is_kept():
    config = service_worker.config(MANIFEST)
    assert config["precache"][0] == "" and "analyzer/" in config["precache"] and "support/" in config["precache"]
    assert "assets/js/checkers/pyworker.js" in config["precache"]
    # the rest of the standard library too: offline, a rare codec must still import
    for name in ("pyodide.asm.wasm", MANIFEST["snapshot"], MANIFEST["snapshotStdlib"], MANIFEST["snapshotStdlibLater"]):
        assert any(path.endswith(name) for path in config["runtime"]), name
    # the plain start's files: never downloaded for keeping (a phone would pay 1.15 MB for a fallback)
    for name in (MANIFEST["stdlib"], MANIFEST["wheel"]):
        assert not any(path.endswith(name) for path in config["runtime"]), name
        assert any(path.endswith(name) for path in config["fallback"]), name


def test_hashed_names_are_cache_first_and_the_rest_is_not():
    immutable = re.compile(service_worker.config(MANIFEST)["immutable"])
    config = service_worker.config(MANIFEST)
    for path in config["runtime"] + config["fallback"] + ["assets/javascripts/bundle.a5f9d56c.min.js"]:
        assert immutable.search(path), path
    for path in ("assets/runtime/manifest.json", "analyzer/", "assets/js/checkers/ui.js", "sw.js"):
        assert not immutable.search(path), path


def test_a_new_runtime_gives_a_new_version():
    old = service_worker.config(MANIFEST)["version"]
    assert service_worker.config({**MANIFEST, "snapshot": "snapshot-ffffffffff.bin"})["version"] != old
    assert service_worker.config(dict(MANIFEST))["version"] == old


def test_turned_off_it_removes_itself(tmp_path, monkeypatch):
    out = tmp_path / "sw.js"
    monkeypatch.setattr(service_worker, "OUT", out)
    service_worker.write(MANIFEST, enabled=False)
    text = out.read_text(encoding="utf-8")
    assert "unregister()" in text and "caches.delete" in text and "addEventListener(\"fetch\"" not in text
    service_worker.write(MANIFEST, enabled=True)
    assert service_worker.config(MANIFEST)["version"] in out.read_text(encoding="utf-8")
