"""The site's Content-Security-Policy: one definition, applied to a built site.

``python tools/csp.py SITE_DIR`` runs after the build (``make build``, the test server, Zensical):
it hashes every inline script of every page (the theme's: their text depends on the page, so the
hashes are computed from the built pages, never written by hand) and every inline ``<style>`` block
(the diagram's SVG carries one) and replaces the marker that
``overrides/main.html`` puts at the top of each page's head with a ``<meta>`` tag carrying the policy.
Every page gets the same policy, holding the hashes of all pages: with instant navigation the first
page's policy stays in force while later pages' scripts run.

``python tools/csp.py --header SITE_DIR`` prints the header version (with ``frame-ancestors``, which a
``<meta>`` tag cannot carry) for a web server's configuration; README shows it for nginx and Apache.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
import sys
from pathlib import Path

MARKER = "<!-- pychecks:content-security-policy -->"

# Our own scripts are files ('self'); Pyodide compiles WebAssembly ('wasm-unsafe-eval', no
# 'unsafe-eval'); the worker and a service worker come from the same origin; Python's answers and
# the runtime files are fetched from it.  The theme's icons are data: URIs in its CSS.
POLICY: dict[str, list[str]] = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'wasm-unsafe-eval'"],  # + the inline scripts' hashes
    "style-src": ["'self'"],  # + the inline <style> blocks' hashes
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}
HEADER_ONLY: dict[str, list[str]] = {"frame-ancestors": ["'none'"]}  # ignored in <meta>

_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.S | re.I)
_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
_JS_TYPES = {"", "text/javascript", "application/javascript", "module", "text/ecmascript"}


def inline_scripts(page: str) -> list[str]:
    """The text of each inline script that a browser would run (not JSON data blocks, not src=)."""
    found = []
    for m in _SCRIPT.finditer(page):
        attrs, body = m.group(1), m.group(2)
        if re.search(r"\bsrc\s*=", attrs, re.I):
            continue
        kind = _TYPE.search(attrs)
        if (kind.group(1).lower() if kind else "") in _JS_TYPES:
            found.append(body)
    return found


def inline_styles(page: str) -> list[str]:
    return [m.group(1) for m in _STYLE.finditer(page)]


# Zensical's search box draws itself in a shadow root with a <style> element made by its bundle
# (``C("style",{},Tc.toString())`` with ``var Tc='…'``): that text is hashed from the built bundle too.
_BUNDLE_STYLE_REF = re.compile(r'\(\s*"style"\s*,\s*\{\}\s*,\s*([A-Za-z_$][\w$]*)(?:\.toString\(\))?\s*\)')


def bundle_styles(bundle: str) -> list[str]:
    """The CSS text of the <style> elements a theme bundle creates from string constants."""
    import ast

    found = []
    for name in dict.fromkeys(_BUNDLE_STYLE_REF.findall(bundle)):
        m = re.search(r"(?:var|let|const)\s+" + re.escape(name) + r"""\s*=\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")""",
                      bundle)
        if m:
            try:
                found.append(ast.literal_eval(m.group(1)))
            except (ValueError, SyntaxError):
                continue
    return found


def script_hash(body: str) -> str:
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def policy(hashes: dict[str, list[str]], header: bool = False) -> str:
    """The policy text; ``hashes`` maps a directive (script-src, style-src) to the hashes it allows."""
    directives = {**POLICY, **(HEADER_ONLY if header else {})}
    for name, extra in hashes.items():
        directives[name] = [*POLICY[name], *extra]
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())


def site_hashes(site: Path) -> dict[str, list[str]]:
    """The hashes of every inline script and style block in the built site, sorted (stable builds)."""
    scripts: set[str] = set()
    styles: set[str] = set()
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        scripts.update(script_hash(body) for body in inline_scripts(text))
        styles.update(script_hash(body) for body in inline_styles(text))
    for bundle in sorted(site.glob("assets/javascripts/bundle.*.js")):
        styles.update(script_hash(body) for body in bundle_styles(bundle.read_text(encoding="utf-8")))
    return {"script-src": sorted(scripts), "style-src": sorted(styles)}


def apply(site: Path) -> str:
    """Put the policy into every page of ``site``; returns it.  A page without the marker is an error:
    every page must carry the policy."""
    hashes = site_hashes(site)
    meta = f'<meta http-equiv="Content-Security-Policy" content="{html.escape(policy(hashes), quote=False)}">'
    missing = []
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        if MARKER not in text:
            if 'http-equiv="Content-Security-Policy"' not in text:
                missing.append(str(page.relative_to(site)))
            continue
        page.write_text(text.replace(MARKER, meta, 1), encoding="utf-8")
    if missing:
        raise SystemExit(f"csp: pages without the policy marker (overrides/main.html): {', '.join(missing)}")
    return policy(hashes)


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 1:
        print("usage: python tools/csp.py [--header] SITE_DIR", file=sys.stderr)
        return 2
    site = Path(args[0])
    if "--header" in argv:
        print(policy(site_hashes(site), header=True))
        return 0
    apply(site)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
