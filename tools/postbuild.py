"""After ``mkdocs build``: ``.br`` and ``.gz`` beside the site's text files.

The runtime's large files get theirs in tools/prebuild.py (docs/assets/runtime/
is copied with them); this adds the pages, the theme's scripts and styles and
the search index, so a host that serves precompressed files (README, Deploy)
never compresses on the fly, and the benchmarks see the bytes a reader gets.
usage: python tools/postbuild.py SITE_DIR
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXT = {".html", ".js", ".mjs", ".css", ".json", ".xml", ".svg", ".txt", ".map"}
MIN_SIZE = 1024  # smaller files gain nothing worth a second request path


def text_files(site: Path) -> list[Path]:
    runtime = site / "assets" / "runtime"
    return sorted(p for p in site.rglob("*")
                  if p.suffix in TEXT and p.is_file() and p.stat().st_size >= MIN_SIZE and runtime not in p.parents)


def compress_site(site: Path) -> None:
    files = text_files(site)
    for start in range(0, len(files), 200):  # keep the command line short
        subprocess.run(["node", str(ROOT / "tools" / "compress.mjs"), *map(str, files[start:start + 200])],
                       check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    compress_site(Path(sys.argv[1]))
