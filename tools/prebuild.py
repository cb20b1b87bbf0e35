"""Prepare generated files under docs/ before ``mkdocs build``.

Kept out of MkDocs plugins and hooks on purpose: any builder that reads
mkdocs.yml (MkDocs today, a successor later) finds plain files.

- ``docs/assets/runtime/pyodide-<version>/``: the Pyodide runtime from node_modules.
- ``docs/assets/runtime/pychecks-<ver>-0<hash>-py3-none-any.whl``: our wheel,
  its name carrying a content hash so browsers never run a stale copy.
- ``docs/assets/runtime/stdlib-<hash>.zip``: the standard library trimmed to what
  Pyodide and pychecks import (tools/stdlib_trim.py).
- ``docs/assets/runtime/stdlib-<snapshot hash>.zip``: that zip without the files whose
  modules the snapshot already holds, all a restored snapshot still imports from.
- ``docs/assets/runtime/snapshot-<hash>.bin.br`` and ``.bin.gz``: a Pyodide memory
  snapshot with pychecks imported (tools/make_snapshot.mjs), so the browser skips
  start-up.  Shipped as a delta: XOR-ed with pyodide.asm.wasm's data segments
  (overrides/assets/js/checkers/wasmdata.js), which the worker undoes before
  restoring.  No uncompressed copy: hosts serve ``snapshot-<hash>.bin`` from the
  ``.br``/``.gz`` file (README), and the worker falls back to the ``.gz`` file.
- ``.br`` and ``.gz`` beside every large runtime file, for hosts that serve
  precompressed files (tools/compress.mjs, Node's zlib).
- ``docs/assets/runtime/manifest.json``: tells the worker those paths.
- ``docs/_gen/*.md``: Markdown snippets rendered from pychecks' tables
  (ports, error families, provider contact), included by the pages.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
RUNTIME = DOCS / "assets" / "runtime"
GEN = DOCS / "_gen"
PYODIDE_SRC = ROOT / "node_modules" / "pyodide"
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")


def provider_config() -> dict:
    """``extra.provider`` from mkdocs.yml (``!ENV`` and python tags ignored)."""

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    return (config.get("extra") or {}).get("provider") or {}


def pyodide_dir() -> str:
    """The runtime's folder, named after its version so hosts may cache it for good."""
    return f"pyodide-{pyodide_version()}"


def copy_pyodide() -> None:
    target = RUNTIME / pyodide_dir()
    for old in RUNTIME.glob("pyodide*"):
        if old.is_dir() and old != target:
            shutil.rmtree(old)
    target.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        src = PYODIDE_SRC / name
        if not src.exists():
            sys.exit(f"prebuild: {src} is missing; run `npm ci` first")
        dst = target / name
        if name in MINIFIED:
            if not dst.exists() or dst.stat().st_mtime != src.stat().st_mtime:
                minify(src, dst)
        elif not dst.exists() or dst.stat().st_size != src.stat().st_size or dst.stat().st_mtime < src.stat().st_mtime:
            shutil.copy2(src, dst)


# Pyodide's JavaScript glue ships with its local names spelled out (1.25 MB, 207 KB of brotli); terser's
# renaming takes 28 KB of brotli off every first visit.  Only names change: the Node tier runs the npm
# package as it is, the browser tests this file.
MINIFIED = ("pyodide.asm.mjs",)
TERSER = ROOT / "node_modules" / ".bin" / "terser"


def minify(src: Path, dst: Path) -> None:
    if not TERSER.exists():
        sys.exit(f"prebuild: {TERSER} is missing; run `npm ci` first")
    subprocess.run([str(TERSER), str(src), "--module", "--compress", "--mangle", "-o", str(dst)], check=True)
    os.utime(dst, (src.stat().st_atime, src.stat().st_mtime))  # the stamp: made from this source


def build_wheel() -> str:
    """Build the wheel and publish it under a content-hashed file name."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", tmp, str(ROOT)],
            check=True,
        )
        (built,) = Path(tmp).glob("pychecks-*-py3-none-any.whl")
        digest = hashlib.sha256(wheel_content_key(built)).hexdigest()[:10]
        name, version = built.name.split("-")[:2]
        # A wheel build tag must start with a digit: "0" + hash keeps it valid.
        published = f"{name}-{version}-0{digest}-py3-none-any.whl"
        for old in RUNTIME.glob("pychecks-*.whl"):
            old.unlink()
        RUNTIME.mkdir(parents=True, exist_ok=True)
        shutil.copy2(built, RUNTIME / published)
    (ROOT / "dist").mkdir(exist_ok=True)
    shutil.copy2(RUNTIME / published, ROOT / "dist" / published)
    return published


def wheel_content_key(wheel: Path) -> bytes:
    """The files inside the wheel, without zip timestamps, so equal code gives an equal name."""
    import zipfile

    h = hashlib.sha256()
    with zipfile.ZipFile(wheel) as zf:
        for info in sorted(zf.infolist(), key=lambda i: i.filename):
            h.update(info.filename.encode())
            h.update(zf.read(info))
    return h.digest()


SNAPSHOT_SCRIPT = ROOT / "tools" / "make_snapshot.mjs"
SNAPSHOT_PREPARE = ROOT / "tools" / "snapshot_prepare.py"
SNAPSHOT_DELTA = ROOT / "overrides" / "assets" / "js" / "checkers" / "wasmdata.js"
SNAPSHOT_SPARSE = ROOT / "overrides" / "assets" / "js" / "checkers" / "sparse.js"
SNAPSHOT_REST = ROOT / "tools" / "stdlib_trim.py"  # rest(): the zip named after the snapshot's key
COMPRESS_SCRIPT = ROOT / "tools" / "compress.mjs"


def snapshot_key(wheel: str, stdlib: str) -> str:
    """Every input of the snapshot: it is only valid with exactly these (a snapshot
    restored with another standard-library zip silently gives other answers)."""
    h = hashlib.sha256()
    for part in (wheel, stdlib, pyodide_version(), SNAPSHOT_SCRIPT.read_bytes(), SNAPSHOT_PREPARE.read_bytes(),
                 SNAPSHOT_DELTA.read_bytes(), SNAPSHOT_SPARSE.read_bytes(), SNAPSHOT_REST.read_bytes(),
                 (PYODIDE_SRC / "pyodide.asm.wasm").stat().st_size):
        h.update(part if isinstance(part, bytes) else str(part).encode())
        h.update(b"|")
    return h.hexdigest()[:10]


def make_snapshot(wheel: str, stdlib: str) -> tuple[str, str, str]:
    """A memory snapshot of Pyodide with pychecks imported, made under Node with the
    trimmed standard library, and the parts of that zip it still needs; returns the names
    ``snapshot-<hash>.bin``, ``stdlib-start-<hash>.zip`` (what the browser restores it with)
    and ``stdlib-<hash>.zip`` (every file it does not hold, fetched on the first import of
    one of them: tools/snapshot_prepare.py, _LaterStdlib), all with the same hash.

    Stored only as ``.bin.br`` and ``.bin.gz`` (31 MB of memory becomes about 3 and
    4 MB); existing ones are reused.
    """
    key = snapshot_key(wheel, stdlib)
    name, start, rest = f"snapshot-{key}.bin", f"stdlib-start-{key}.zip", f"stdlib-{key}.zip"
    if not all((RUNTIME / f).exists() for f in (name + ".br", name + ".gz", start, rest)):
        for old in [*RUNTIME.glob("snapshot-*"), *(p for p in RUNTIME.glob("stdlib-*.zip*") if not p.name.startswith(stdlib))]:
            old.unlink()
        raw, held = RUNTIME / name, RUNTIME / "snapshot-held.json.part"
        subprocess.run(["node", str(SNAPSHOT_SCRIPT), str(RUNTIME / wheel), str(raw), str(RUNTIME / stdlib), str(held)],
                       check=True, cwd=ROOT)
        compress([raw])
        raw.unlink()
        from tools import stdlib_trim

        stdlib_trim.rest(RUNTIME / stdlib, json.loads(held.read_text(encoding="utf-8")), RUNTIME / rest)
        stdlib_trim.start(RUNTIME / rest, RUNTIME / start)
        held.unlink()
    return name, start, rest


def compress(paths: list[Path]) -> None:
    """``.br`` and ``.gz`` beside each file (skipped when already newer than the file)."""
    subprocess.run(["node", str(COMPRESS_SCRIPT), *map(str, paths)], check=True, cwd=ROOT)


# Runtime files worth compressing (the wheel is a zip of deflated files already).
COMPRESSED = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "pyodide-lock.json")


def pyodide_version() -> str:
    return json.loads((PYODIDE_SRC / "package.json").read_text(encoding="utf-8"))["version"]


def write_manifest(wheel: str, snapshot: str, stdlib: str, snapshot_stdlib: str, later: str) -> dict:
    manifest = {
        "pyodide": pyodide_dir() + "/",
        "pyodideVersion": pyodide_version(),
        "wheel": wheel,
        "stdlib": stdlib,
        # Hosts that serve precompressed files answer this name from .br/.gz;
        # snapshotGzip is the file itself, for hosts that do not (the worker inflates it).
        "snapshot": snapshot,
        "snapshotGzip": snapshot + ".gz",
        # the snapshot is XOR-ed with pyodide.asm.wasm's data segments (wasmdata.js)
        "snapshotDelta": "wasm-data-xor",
        # the snapshot is restored with a small part of the standard-library files it does not hold;
        # the others (snapshotStdlibLater) are fetched when a module of them is first imported.
        # "stdlib" is the whole trimmed zip, for the plain start
        "snapshotStdlib": snapshot_stdlib,
        "snapshotStdlibLater": later,
        # what the worker passes as the lock file: its "info" and no packages (the site loads none
        # from it, only its own wheel by URL); the real file is 0.12 MB, 21 KB of brotli, fetched for nothing
        "lockInfo": json.loads((PYODIDE_SRC / "pyodide-lock.json").read_text(encoding="utf-8"))["info"],
    }
    (RUNTIME / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def write_snippets(provider: dict) -> None:
    """Markdown snippets rendered from pychecks data (see tools/gen_docs.py)."""
    sys.path.insert(0, str(ROOT))
    from tools import gen_docs

    GEN.mkdir(parents=True, exist_ok=True)
    for name, text in gen_docs.snippets(provider).items():
        path = GEN / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    import fcntl

    # Two builds at once (parallel test runs) must not interleave their copies.
    with open(ROOT / ".prebuild.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return run(argv)


def run(argv: list[str]) -> int:
    provider = provider_config()
    write_snippets(provider)
    if "--snippets-only" in argv:
        return 0
    copy_pyodide()
    wheel = build_wheel()
    sys.path.insert(0, str(ROOT))
    from tools import stdlib_trim

    stdlib = stdlib_trim.build(RUNTIME / wheel, RUNTIME)
    snapshot, snapshot_stdlib, later = make_snapshot(wheel, stdlib)
    compress([RUNTIME / pyodide_dir() / name for name in COMPRESSED]
             + [RUNTIME / stdlib, RUNTIME / snapshot_stdlib, RUNTIME / later])
    manifest = write_manifest(wheel, snapshot, stdlib, snapshot_stdlib, later)
    from tools import service_worker

    service_worker.write(manifest, enabled=provider.get("offline", True) is not False)
    print(f"prebuild: {wheel}, Pyodide runtime and {len(list(GEN.glob('*.md')))} snippets ready")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
