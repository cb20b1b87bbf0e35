"""Prepare generated files under docs/ before ``mkdocs build``.

Kept out of MkDocs plugins and hooks on purpose: any builder that reads
mkdocs.yml (MkDocs today, a successor later) finds plain files.

- ``docs/assets/runtime/pyodide-<version>/``: the Pyodide runtime from node_modules.
- ``docs/assets/runtime/pychecks-<ver>-0<hash>-py3-none-any.whl``: our wheel,
  its name carrying a content hash so browsers never run a stale copy.
- ``docs/assets/runtime/snapshot-<hash>.bin.gz``: a Pyodide memory snapshot with
  pychecks imported (tools/make_snapshot.mjs), so the browser skips start-up.
- ``docs/assets/runtime/manifest.json``: tells the worker those paths.
- ``docs/_gen/*.md``: Markdown snippets rendered from pychecks' tables
  (ports, error families, provider contact), included by the pages.
"""

from __future__ import annotations

import gzip
import hashlib
import json
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
        if not dst.exists() or dst.stat().st_size != src.stat().st_size or dst.stat().st_mtime < src.stat().st_mtime:
            shutil.copy2(src, dst)


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


def make_snapshot(wheel: str) -> str:
    """A memory snapshot of Pyodide with pychecks imported, made under Node.

    Named after the wheel and the Pyodide version, since it is only valid for
    that pair; an existing one is reused.  Stored gzip-compressed (30 MB of
    memory becomes about 7 MB): the worker inflates it, so readers download
    the small file even from hosts that do not compress binary files.
    """
    version = pyodide_version()
    digest = hashlib.sha256(f"{wheel}|{version}".encode()).hexdigest()[:10]
    name = f"snapshot-{digest}.bin.gz"
    if not (RUNTIME / name).exists():
        for old in RUNTIME.glob("snapshot-*"):
            old.unlink()
        raw = RUNTIME / f"snapshot-{digest}.part"
        subprocess.run(["node", str(ROOT / "tools" / "make_snapshot.mjs"), str(RUNTIME / wheel), str(raw)],
                       check=True, cwd=ROOT)
        tmp = RUNTIME / (name + ".part")
        with raw.open("rb") as src, gzip.GzipFile(tmp, "wb", compresslevel=6, mtime=0) as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
        raw.unlink()
        tmp.rename(RUNTIME / name)
    return name


def pyodide_version() -> str:
    return json.loads((PYODIDE_SRC / "package.json").read_text(encoding="utf-8"))["version"]


def write_manifest(wheel: str, snapshot: str) -> None:
    manifest = {
        "pyodide": pyodide_dir() + "/",
        "pyodideVersion": pyodide_version(),
        "wheel": wheel,
        "snapshot": snapshot,
    }
    (RUNTIME / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


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
    write_manifest(wheel, make_snapshot(wheel))
    print(f"prebuild: {wheel}, Pyodide runtime and {len(list(GEN.glob('*.md')))} snippets ready")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
