"""A standard-library zip holding only what Pyodide and pychecks import.

Pyodide's ``python_stdlib.zip`` is 2.5 MB (9.6 MB of files); the site needs
well under half of it.  Which modules are needed is recorded, not guessed:
``tools/record_imports.mjs`` starts Pyodide under Node, installs the wheel,
imports every module named by an import statement anywhere in pychecks
(found here with ``ast``, so imports inside functions count too) and runs a
few calls; the top-level modules and packages left in ``sys.modules`` are
kept whole, plus :data:`ALWAYS`.  The Node tier runs against the trimmed
zip, and ``tests/node/test_stdlib_trim.py`` fails when an import is missing.

The zip stores its files uncompressed: the server compresses the whole file
(brotli or gzip), which is smaller than per-file deflate, and zipimport reads
stored files without inflating them.
"""

from __future__ import annotations

import ast
import hashlib
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "pychecks"
FULL_ZIP = ROOT / "node_modules" / "pyodide" / "python_stdlib.zip"
RECORDER = ROOT / "tools" / "record_imports.mjs"
PREPARE = ROOT / "tools" / "snapshot_prepare.py"

# Kept although nothing is seen importing them: codecs are looked up by the
# charset a mail names, at run time.
ALWAYS = frozenset({"encodings"})


def imported_names(package: Path = PACKAGE) -> list[str]:
    """Every absolute module name an import statement in the package names."""
    names: set[str] = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module)
    return sorted(n for n in names if n.split(".")[0] != "pychecks")


def record(wheel: Path) -> list[str]:
    """sys.modules after the recorder ran (see module docstring)."""
    with tempfile.TemporaryDirectory() as tmp:
        wanted, out = Path(tmp) / "wanted.json", Path(tmp) / "out.json"
        wanted.write_text(json.dumps(imported_names()), encoding="utf-8")
        subprocess.run(["node", str(RECORDER), str(wheel), str(wanted), str(out)], check=True, cwd=ROOT)
        return json.loads(out.read_text(encoding="utf-8"))


def top_level(entry: str) -> str:
    first = entry.split("/", 1)[0]
    return first.removesuffix(".py").removesuffix(".pyc")


def trim(modules: list[str], out: Path, full: Path = FULL_ZIP) -> list[str]:
    """Write the zip with the top-level modules/packages of ``modules``; returns what was kept."""
    keep = {m.split(".")[0] for m in modules} | ALWAYS
    kept: set[str] = set()
    with zipfile.ZipFile(full) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            name = top_level(info.filename)
            if name not in keep:
                continue
            kept.add(name)
            copy = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            copy.external_attr = info.external_attr
            dst.writestr(copy, src.read(info))
    return sorted(kept)


def build(wheel: Path, runtime: Path) -> str:
    """Publish ``stdlib-<hash>.zip`` in ``runtime`` (reused when its inputs are unchanged); returns its name."""
    key = hashlib.sha256()
    for part in (wheel.name, FULL_ZIP.read_bytes(), RECORDER.read_bytes(), PREPARE.read_bytes(),
                 Path(__file__).read_bytes()):
        key.update(part if isinstance(part, bytes) else part.encode())
    stamp = runtime / f".stdlib-{key.hexdigest()[:10]}.json"
    if stamp.exists():
        name = json.loads(stamp.read_text(encoding="utf-8"))["zip"]
        if (runtime / name).exists():
            return name
    tmp = runtime / "stdlib.zip.part"
    kept = trim(record(wheel), tmp)
    digest = hashlib.sha256(tmp.read_bytes()).hexdigest()[:10]
    name = f"stdlib-{digest}.zip"
    for old in list(runtime.glob("stdlib-*.zip")) + list(runtime.glob(".stdlib-*.json")):
        old.unlink()
    tmp.rename(runtime / name)
    stamp.write_text(json.dumps({"zip": name, "kept": kept}, indent=1) + "\n", encoding="utf-8")
    return name


def rest(trimmed: Path, held: list[str], out: Path) -> list[str]:
    """The zip a restored snapshot needs: ``trimmed`` without the files whose modules it holds.

    Modules imported later (a codec for an unusual charset, a module a checker imports on first
    use) still come from it; the plain start without a snapshot keeps the whole trimmed zip."""
    skip = set(held)
    kept = []
    with zipfile.ZipFile(trimmed) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as dst:
        for info in src.infolist():
            if info.filename not in skip:
                dst.writestr(info, src.read(info))
                kept.append(info.filename)
    return kept


# What the browser restores the snapshot with: html (HTML-only notices, imported on first use). The rest
# of ``rest()``'s zip comes only when a module of it is imported (tools/snapshot_prepare.py, _LaterStdlib).
START = frozenset({"html"})


def start(rest_zip: Path, out: Path) -> list[str]:
    """The small zip a restored snapshot starts with: the packages of :data:`START` from ``rest_zip``."""
    kept = []
    with zipfile.ZipFile(rest_zip) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as dst:
        for info in src.infolist():
            if top_level(info.filename) in START:
                dst.writestr(info, src.read(info))
                kept.append(info.filename)
    return kept


if __name__ == "__main__":
    print(json.dumps(imported_names()))
    sys.exit(0)
