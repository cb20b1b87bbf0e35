"""``make bench``: print the performance figures.  Never fails on a timing.

- the port checker page: time from opening it to data-state="ready" in
  headless Chromium, cold cache (fresh context) and warm cache;
- bytes a plain FAQ page and a checker page make the browser download;
- the bounce engine (tools/bench_bounce.py) and the analyzer page
  (tools/bench_analyzer.py) when present;
- the bounce engine per mail inside Pyodide under Node.
"""

from __future__ import annotations

import importlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.serve import build_and_serve  # noqa: E402

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"]
RUNS = 3
PLAIN_PAGE = "errors/"
CHECKER = '[data-testid="ports-checker"]'


def launch(playwright):
    return playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)


def checker_page(site_dir: Path) -> str:
    """The first page (in nav order of the built site) that holds the port checker."""
    for html in sorted(site_dir.rglob("index.html")):
        if 'data-checker="ports"' in html.read_text(encoding="utf-8"):
            rel = html.parent.relative_to(site_dir).as_posix()
            return "" if rel == "." else rel + "/"
    raise SystemExit("no page holds the port checker")


def use_checker(page) -> None:
    """The port checker starts Python only once the reader types into it (a reading page stays light)."""
    page.fill('[data-testid="ports-domain"]', "taro@example.com")


def time_ready(context, url: str) -> float:
    page = context.new_page()
    t0 = time.perf_counter()
    page.goto(url)
    use_checker(page)
    page.wait_for_selector(f'{CHECKER}[data-state="ready"]', timeout=120_000)
    elapsed = time.perf_counter() - t0
    page.close()
    return elapsed


def page_bytes(browser, server, url: str, ready_selector: str | None) -> int:
    context = browser.new_context()
    page = context.new_page()
    server.sent.clear()
    page.goto(url)
    if ready_selector:
        use_checker(page)
        page.wait_for_selector(ready_selector, timeout=120_000)
    page.wait_for_load_state("networkidle")
    total = sum(server.sent.values())
    context.close()
    return total


def site_figures() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        server = build_and_serve(Path(tmp))
        try:
            path = checker_page(Path(tmp))
            url = server.url + path
            with sync_playwright() as p:
                browser = launch(p)
                cold, warm = [], []
                for _ in range(RUNS):
                    context = browser.new_context()
                    cold.append(time_ready(context, url))
                    warm.append(time_ready(context, url))
                    context.close()
                plain = page_bytes(browser, server, server.url + PLAIN_PAGE, None)
                heavy = page_bytes(browser, server, url, f'{CHECKER}[data-state="ready"]')
                browser.close()
        finally:
            server.close()
    print(f"checker page /{path} (timed from the page load to ready, typing at once): ready cold {statistics.median(cold):.2f} s, warm {statistics.median(warm):.2f} s "
          f"(median of {RUNS}; cold {', '.join(f'{c:.2f}' for c in cold)})")
    print(f"bytes downloaded (uncompressed): plain page /{PLAIN_PAGE} {plain / 1024:.0f} KiB, "
          f"checker page /{path} {heavy / 1024 / 1024:.1f} MiB")


def pyodide_bounce_figures() -> None:
    """Per-mail time of bounce.analyze inside Pyodide under Node, over the corpus."""
    corpus = ROOT.parent / "shared" / "corpus" / "sisimai" / "maildir"
    wheels = sorted((ROOT / "docs" / "assets" / "runtime").glob("pychecks-*.whl"))
    if not corpus.exists() or not wheels:
        print("pyodide bounce: skipped (no corpus or no wheel)")
        return
    files = sorted(corpus.rglob("*.eml"))
    # the browser analyses after the snapshot's warm-up (imports done, rule tables compiled): so does this
    requests = [{"fn": "analyzer.warm_up", "args": None}]
    requests += [{"fn": "bounce.analyze", "args": [f.read_bytes().decode("utf-8", "replace")]} for f in files]
    proc = subprocess.run(["node", str(ROOT / "tests" / "node" / "run_api.mjs"), str(wheels[-1])],
                          input=json.dumps(requests), capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        print(f"pyodide bounce: failed: {proc.stderr[-500:]}")
        return
    out = json.loads(proc.stdout)
    warm, times = out["call_ms"][0], sorted(out["call_ms"][1:])
    cpu = sorted(out.get("call_cpu_ms", [0.0])[1:])
    print(f"bounce in Pyodide/Node: {len(times)} mails, start-up {out['startup_ms'] / 1000:.2f} s "
          f"+ warm-up {warm / 1000:.2f} s (in the browser both are in the snapshot), "
          f"per mail wall median {statistics.median(times):.1f} ms, p99 {_p99(times):.1f} ms, "
          f"total {sum(times) / 1000:.2f} s; CPU median {statistics.median(cpu):.1f} ms, p99 {_p99(cpu):.1f} ms "
          f"(goal p99 <= 15 ms; load average {os.getloadavg()[0]:.1f})")


def _p99(values: list[float]) -> float:
    return values[min(len(values) - 1, int(len(values) * 0.99))] if values else 0.0


def optional(module_name: str) -> None:
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError:
        print(f"{module_name}: not present")
        return
    module.main([])


def main() -> None:
    print("== site")
    site_figures()
    print("== bounce engine")
    optional("tools.bench_bounce")
    pyodide_bounce_figures()
    print("== bounce accuracy")
    optional("tools.bench_accuracy")
    print("== analyzer page")
    optional("tools.bench_analyzer")
    print("== phone profile and unthrottled, every checker page and a plain page (tools/bench_phone.py)")
    optional("tools.bench_phone")


if __name__ == "__main__":
    main()
