"""Write the service worker (tools/sw.js, CONFIG filled in) to docs/sw.js.

Its version is a hash of everything it precaches or adopts: the runtime's
hashed file names (manifest.json), the site's own scripts and styles, the
page list and the worker's own code, so a new release gets a new cache and
the old one is deleted.  With ``offline: false`` under ``extra.provider`` it
writes a worker that removes itself and its caches instead (README).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
ASSETS = ROOT / "overrides" / "assets"
TEMPLATE = ROOT / "tools" / "sw.js"
OUT = DOCS / "sw.js"

# Paths (relative to the site root) that never change under the same name.
IMMUTABLE = (r"^assets/(runtime/(pyodide-[0-9.]+/|snapshot-[0-9a-f]+\.bin|stdlib-(start-)?[0-9a-f]+\.zip|pychecks-[^/]+\.whl)"
             r"|javascripts/.*\.[0-9a-f]{8}\.min\.js|stylesheets/.*\.[0-9a-f]{8}\.min\.css)")

# The search worker's language files (mkdocs-material, lang: ja): cached if present.
OPTIONAL = ("assets/javascripts/lunr/tinyseg.js", "assets/javascripts/lunr/min/lunr.stemmer.support.min.js",
            "assets/javascripts/lunr/min/lunr.ja.min.js", "assets/javascripts/lunr/min/lunr.multi.min.js")

REMOVE_ITSELF = """/* Offline use is turned off for this site (extra.provider.offline: false):
 * remove this worker and its caches from browsers that installed an earlier one. */
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith("pychecks-")) await caches.delete(key);
    await self.registration.unregister();
  })());
});
"""


def pages() -> list[str]:
    """Every page's URL (directory URLs), start page first."""
    urls = []
    for md in sorted(DOCS.glob("*.md")):
        urls.append("" if md.stem == "index" else f"{md.stem}/")
    return sorted(urls, key=lambda u: (u != "", u))


def own_assets() -> list[str]:
    return sorted(p.relative_to(ASSETS.parent).as_posix() for p in ASSETS.rglob("*") if p.is_file())


RUNTIME_BASE = "assets/runtime/"


def runtime_files(manifest: dict[str, Any]) -> list[str]:
    """What the worker's start from the snapshot loads: kept once a page has used Python."""
    folder = RUNTIME_BASE + manifest["pyodide"]
    later = [manifest["snapshotStdlibLater"]] if manifest.get("snapshotStdlibLater") else []
    # (the later part of the standard library too: offline, a rare codec must still import)
    return [folder + name for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")] + [
        RUNTIME_BASE + name for name in (manifest["snapshotStdlib"], manifest["snapshot"], *later)]


def fallback_files(manifest: dict[str, Any]) -> list[str]:
    """What only the plain start (a snapshot that failed to restore) loads: the whole trimmed standard
    library and the wheel, 1.15 MB brotli.  Kept when they pass through, never downloaded for keeping:
    a browser that restores the snapshot never needs them, online or offline."""
    return [RUNTIME_BASE + manifest["stdlib"], RUNTIME_BASE + manifest["wheel"]]


def config(manifest: dict[str, Any]) -> dict[str, Any]:
    precache = pages() + ["404.html", "assets/runtime/manifest.json", "search/search_index.json"] + own_assets()
    h = hashlib.sha256(json.dumps(manifest, sort_keys=True).encode())
    h.update(TEMPLATE.read_bytes())
    for path in own_assets():
        h.update(path.encode())
        h.update((ASSETS.parent / path).read_bytes())
    h.update("\n".join(pages()).encode())
    return {"version": h.hexdigest()[:12], "precache": precache, "runtime": runtime_files(manifest),
            "fallback": fallback_files(manifest),
            "immutable": IMMUTABLE, "offlinePage": "", "optional": list(OPTIONAL)}


def write(manifest: dict[str, Any], enabled: bool = True) -> None:
    if enabled:
        text = TEMPLATE.read_text(encoding="utf-8").replace(
            "/*CONFIG*/ {}", json.dumps(config(manifest), indent=1, ensure_ascii=False))
    else:
        text = REMOVE_ITSELF
    if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
        OUT.write_text(text, encoding="utf-8")
