"""How fast the error-mail analyzer answers, in headless Chromium.

Prints three figures (median of a few runs), never fails on timings:

- cold ready: a fresh browser context opens ``/analyzer/`` until ``data-state="ready"``,
- warm ready: the same page opened again in that context (HTTP cache warm),
- first card: the click on "解析する" until the first ``bounce-result`` is in the page.

Times are taken inside the page (``performance.now()`` from navigation start,
and from the click), so Playwright's own overhead is not counted.

usage: python tools/bench_analyzer.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.serve import build_and_serve  # noqa: E402

CORPUS_MAIL = ROOT.parent / "shared" / "corpus" / "sisimai" / "maildir" / "bsd" / "lhost-postfix-02.eml"
CHROMIUM = "/usr/bin/chromium"
GOALS = {"warm ready": 1000, "cold ready": 2500, "first card": 100}
SAMPLE = (
    "From: MAILER-DAEMON@sv1234.example.jp (Mail Delivery System)\nTo: hanako@example.jp\n"
    "Subject: Undelivered Mail Returned to Sender\n\n"
    "<taro@example.com>: host mx.example.com[192.0.2.25] said: 550 5.1.1\n"
    "    <taro@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n"
)

# Records when the analyzer first says ready, relative to navigation start.
READY_PROBE = """
(() => {
  const mark = () => {
    const root = document.querySelector('[data-testid="bounce-analyzer"]');
    if (root && root.dataset.state === "ready" && window.__readyAt === undefined) window.__readyAt = performance.now();
  };
  new MutationObserver(mark).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-state"] });
})();
"""

FIRST_CARD = """
(text) => new Promise((resolve) => {
  const input = document.querySelector('[data-testid="bounce-input"]');
  const output = document.querySelector('[data-testid="bounce-output"]');
  output.replaceChildren();
  input.value = text;
  const obs = new MutationObserver(() => {
    if (output.querySelector('[data-testid="bounce-result"]')) { obs.disconnect(); resolve(performance.now() - t0); }
  });
  obs.observe(output, { childList: true, subtree: true });
  const t0 = performance.now();
  document.querySelector('[data-testid="bounce-analyze"]').click();
})
"""


def ready_ms(page, url: str) -> float:
    page.goto(url)
    page.wait_for_selector('[data-testid="bounce-analyzer"][data-state="ready"]', timeout=120_000)
    page.wait_for_function("window.__readyAt !== undefined")
    return float(page.evaluate("window.__readyAt"))


def measure(url: str, runs: int, mail: str) -> dict[str, list[float]]:
    from playwright.sync_api import sync_playwright

    times: dict[str, list[float]] = {"cold ready": [], "warm ready": [], "first card": []}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu",
                                     "--disable-dev-shm-usage", "--disable-background-networking"])
        for _ in range(runs):
            context = browser.new_context()
            context.add_init_script(READY_PROBE)
            page = context.new_page()
            times["cold ready"].append(ready_ms(page, url))
            times["first card"].append(float(page.evaluate(FIRST_CARD, mail)))
            times["warm ready"].append(ready_ms(page, url))
            times["first card"].append(float(page.evaluate(FIRST_CARD, mail)))
            context.close()
        browser.close()
    return times


def report(times: dict[str, list[float]]) -> str:
    lines = [f"analyzer timings (median of {len(times['cold ready'])} runs, headless Chromium, {os.cpu_count()} cores)"]
    for name, values in times.items():
        med = statistics.median(values)
        verdict = "ok" if med <= GOALS[name] else "over goal"
        spread = f"{min(values):.0f}-{max(values):.0f}"
        lines.append(f"  {name:<11} {med:7.0f} ms  (range {spread} ms; goal <= {GOALS[name]} ms: {verdict})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv if argv is not None else [])
    mail = CORPUS_MAIL.read_text("utf-8") if CORPUS_MAIL.exists() else SAMPLE
    with tempfile.TemporaryDirectory(prefix="bench-analyzer-") as tmp:
        server = build_and_serve(Path(tmp))
        try:
            times = measure(server.url + "analyzer/", max(1, args.runs), mail)
        finally:
            server.close()
    print(report(times))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
