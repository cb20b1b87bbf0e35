"""axe-core in the browser tier: inject the pinned npm package into a page and
collect its violations.  Shared by the accessibility tests and the report
script (``python -m tests.browser.a11y URL``) that prints counts per page."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.0–2.2 A and AA, plus axe's best practices (landmarks, heading order, region).
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
# moderate too since the checkers' headings and the code blocks' landmarks were fixed (issue 12: 18 → 0)
BLOCKING = {"moderate", "serious", "critical"}

RUN = """async (tags) => {
  const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => n.target.join(" ")).slice(0, 6), count: v.nodes.length,
  }));
}"""


def violations(page) -> list[dict]:
    """axe's violations on the page as it is now.  axe is evaluated through the DevTools protocol (no
    request, and no inline script tag, which the site's Content-Security-Policy rightly refuses)."""
    # colours are checked at rest: the theme fades colours when the scheme or a button's state changes
    page.wait_for_function("() => document.getAnimations().every((a) => a.playState !== 'running')")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE.read_text(encoding="utf-8") + "\n;true")
    return page.evaluate(RUN, TAGS)


def blocking(found: list[dict]) -> list[dict]:
    return [v for v in found if v["impact"] in BLOCKING]


def counts(found: list[dict]) -> dict[str, int]:
    """Violations (rules × elements) by impact."""
    c: Counter[str] = Counter()
    for v in found:
        c[v["impact"]] += v["count"]
    return dict(c)


def describe(found: list[dict]) -> str:
    return "\n".join(f"{v['impact']} {v['id']} ({v['count']}): {v['help']} — {v['nodes']}" for v in found)


if __name__ == "__main__":  # pragma: no cover - a report for a human
    import sys

    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT))
    from tests.browser.a11y_states import STATES

    base = sys.argv[1]
    out = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        for scheme in ("light", "dark"):
            for name, path, prepare in STATES:
                ctx = browser.new_context(color_scheme=scheme)
                page = ctx.new_page()
                page.goto(base + path)
                prepare(page)
                found = violations(page)
                out[f"{scheme} {name}"] = {"counts": counts(found), "rules": {v["id"]: v["count"] for v in found}}
                print(f"{scheme:5} {name:28} {counts(found)} {sorted(v['id'] for v in found)}", flush=True)
                if "-v" in sys.argv:
                    print(describe(found))
                ctx.close()
        browser.close()
    Path(sys.argv[2] if len(sys.argv) > 2 and not sys.argv[2].startswith("-") else "/dev/null").write_text(
        json.dumps(out, ensure_ascii=False, indent=1))
