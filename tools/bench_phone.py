"""Phone-profile page figures for ``make bench`` (figures only, never pass/fail).

Profiles, one run, interleaved (each round visits every page once per profile):

- ``phone``: 4G-class link, 9 Mbit/s shared and 40 ms per response, shaped in
  tools/serve.py (so workers and the service worker are shaped too); CPU
  slowed for the whole browser by a CPU cgroup quota (cgroup v1 ``cpu.cfs_quota_us``
  or v2 ``cpu.max``; 50% of one core by default, about 3-4x slower per thread
  here).  Where no cgroup can be made it falls back to DevTools'
  ``Emulation.setCPUThrottlingRate`` 4x, which slows the page's main thread
  only, not the worker that runs Python; the method used is printed.
- ``unthrottled``: this machine as it is.

Each page is visited cold (a new persistent browser profile: empty HTTP cache,
no service worker) and then warm (the same profile, a new tab, once the first
visit's service worker holds the runtime), and the analyzer with the network
off.  On a page with Python the first visit stays open DWELL seconds after
ready, as a reader reading the page does: Chromium writes the compiled wasm to
its code cache only a few seconds after the module's hot functions were
optimised, so a tab closed at once leaves the next visit compiling the 9.6 MB
module again (measured on the phone profile: second visit 8.3-9.1 s after a
0.3 s stay, 4.7-5.5 s after 5 s, the same as any later visit).  Bytes are what the server sent
(brotli where the browser accepts it), with gzip and brotli sizes per file.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.serve import Link, Server, build_site, free_port  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"]
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
QUOTA = int(os.environ.get("BENCH_CPU_QUOTA", "50000"))  # microseconds of CPU per 100 ms period
DWELL = float(os.environ.get("BENCH_DWELL", "5"))  # seconds a first visit to a Python page stays open (see above)
PHONE_LINK = Link(rate=9_000_000 / 8, latency=0.040)

# page -> (label, selector when usable, selector when ready or None)
PAGES = {
    "errors/": ("plain page readable", "article h1", None),
    "support/": ("support form usable", '[data-testid="support-form"] input', '[data-testid="support-builder"][data-state="ready"]'),
    "settings/": ("settings form usable", '.settings-form input', '[data-testid="settings-generator"][data-state="ready"]'),
    "sending/": ("sending page readable", '[data-testid="ports-domain"]', None),
    "guide/": ("guide usable", '[data-testid="guide"]', None),
    "analyzer/": ("analyzer input usable", '[data-testid="bounce-input"]', '[data-testid="bounce-analyzer"][data-state="ready"]'),
}
PLAIN = "errors/"
if os.environ.get("BENCH_PAGES"):  # e.g. "errors/ analyzer/" for a quick look
    PAGES = {k: v for k, v in PAGES.items() if k in os.environ["BENCH_PAGES"].split() or k == PLAIN}


class CpuLimit:
    """A CPU cgroup for Chromium and its children, entered by a wrapper script."""

    def __init__(self, quota_us: int) -> None:
        self.group: Path | None = None
        self.method = "DevTools Emulation.setCPUThrottlingRate 4x (main thread only; the Python worker is NOT slowed)"
        name = f"pychecks-bench-{os.getpid()}"
        for base, files in ((Path("/sys/fs/cgroup/cpu"), {"cpu.cfs_period_us": "100000", "cpu.cfs_quota_us": str(quota_us)}),
                            (Path("/sys/fs/cgroup"), {"cpu.max": f"{quota_us} 100000"})):
            try:
                group = base / name
                group.mkdir()
                for file, value in files.items():
                    (group / file).write_text(value)
                self.group = group
                kind = "v1 cpu.cfs_quota_us" if "cpu.cfs_quota_us" in files else "v2 cpu.max"
                self.method = f"cgroup {kind} {quota_us}/100000 (whole browser, workers included)"
                break
            except OSError:
                continue
        self.wrapper = None
        if self.group:
            fd, path = tempfile.mkstemp(suffix="-chromium.sh")
            os.write(fd, f'#!/bin/sh\necho $$ > {self.group}/cgroup.procs\nexec {CHROMIUM} "$@"\n'.encode())
            os.close(fd)
            os.chmod(path, 0o755)
            self.wrapper = path

    def close(self) -> None:
        if self.wrapper:
            os.unlink(self.wrapper)
        if self.group:
            for _ in range(50):
                try:
                    self.group.rmdir()
                    break
                except OSError:
                    time.sleep(0.1)


class Profile:
    def __init__(self, name: str, link: Link | None, cpu: CpuLimit | None) -> None:
        self.name, self.link, self.cpu = name, link, cpu

    def launch(self, playwright, user_dir: str):
        exe = self.cpu.wrapper if self.cpu and self.cpu.wrapper else CHROMIUM
        context = playwright.chromium.launch_persistent_context(user_dir, executable_path=exe, args=CHROMIUM_ARGS,
                                                                headless=True, viewport={"width": 390, "height": 844})
        if os.environ.get("BENCH_NO_SNAPSHOT"):  # an experiment: the worker's plain start
            context.route("**/snapshot-*", lambda route: route.fulfill(status=404, body="no"))
        return context

    def page(self, context):
        page = context.new_page()
        if self.cpu and not self.cpu.wrapper:
            page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": 4})
        return page


_RUNTIME_KEPT = """async () => {
  for (const key of await caches.keys()) {
    const urls = (await (await caches.open(key)).keys()).map((r) => r.url);
    if (urls.some((u) => u.includes("/snapshot-")) && urls.some((u) => u.endsWith(".wasm"))) return true;
  }
  return false;
}"""


def visit(profile: Profile, context, url: str, usable: str, ready: str | None,
          dwell: float = 0.0, on_ready=None) -> tuple[float, float | None]:
    page = profile.page(context)
    t0 = time.perf_counter()
    page.goto(url, wait_until="commit", timeout=180_000)
    page.wait_for_selector(usable, state="visible", timeout=180_000)
    t_usable = time.perf_counter() - t0
    t_ready = None
    if ready:
        page.wait_for_selector(ready, state="attached", timeout=300_000)
        t_ready = time.perf_counter() - t0
        if on_ready:
            on_ready()
    try:  # let what the page started finish, so the byte counts are whole
        page.wait_for_load_state("networkidle", timeout=60_000)
        if ready:  # and the service worker keep the runtime: a second visit comes after the first one ended
            page.wait_for_function(_RUNTIME_KEPT, timeout=120_000, polling=1000)
    except Exception:  # noqa: BLE001 - a figure, not a test
        pass
    page.wait_for_timeout(300 + int(dwell * 1000))
    page.close()
    return t_usable, t_ready


def connection_kind(context, url: str) -> str:
    """What the browser tells pages about its connection (checkers.js prefetches only on "4g")."""
    page = context.new_page()
    page.goto(url, wait_until="commit")
    kind = page.evaluate("navigator.connection ? navigator.connection.effectiveType + (navigator.connection.saveData ? '+save-data' : '') : 'none'")
    page.close()
    return kind


def via_prefetching_page(p, profile: Profile, server, tmp: Path, times: dict) -> None:
    """A first visit that arrives at the analyzer from /errors/ (a new profile): /errors/ fetched the
    runtime in idle time (checkers.js, when the connection says "4g"), then the analyzer is opened."""
    user_dir = tempfile.mkdtemp(dir=tmp, prefix="profile-")
    context = profile.launch(p, user_dir)
    server.set_link(profile.link)
    try:
        times[(profile.name, "connection")] = [connection_kind(context, server.url + PLAIN)]
        page = profile.page(context)
        page.goto(server.url + PLAIN, wait_until="load", timeout=180_000)
        page.wait_for_timeout(1500)
        page.wait_for_load_state("networkidle", timeout=180_000)
        page.wait_for_timeout(1000)
        page.close()
        _label, usable, ready = PAGES["analyzer/"]
        u, r = visit(profile, context, server.url + "analyzer/", usable, ready)
        times[(profile.name, "analyzer/", "via /errors/", "usable")].append(u)
        times[(profile.name, "analyzer/", "via /errors/", "ready")].append(r)
    except Exception as exc:  # noqa: BLE001 - a figure, not a test
        print(f"  {profile.name} /analyzer/ via /errors/: failed: {str(exc).splitlines()[0][:100]}")
    finally:
        context.close()
        shutil.rmtree(user_dir, ignore_errors=True)


def first_query(p, profile: Profile, server, tmp: Path, times: dict) -> None:
    """The wait for the first search results on a cold /errors/ (a new profile): the index is built on
    the first query (search-ja.js), so this is what the reader's first search costs."""
    user_dir = tempfile.mkdtemp(dir=tmp, prefix="profile-")
    context = profile.launch(p, user_dir)
    server.set_link(profile.link)
    try:
        page = profile.page(context)
        page.goto(server.url + PLAIN, wait_until="load", timeout=180_000)
        page.wait_for_load_state("networkidle", timeout=180_000)
        page.keyboard.press("/")
        box = page.locator("input.md-search__input")
        box.fill("送信できない")
        t0 = time.perf_counter()
        box.press("End")  # fill() with Japanese text fires no keyup: the key does
        page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=120_000)
        times[(profile.name, "search")].append(time.perf_counter() - t0)
        page.close()
    except Exception as exc:  # noqa: BLE001 - a figure, not a test
        print(f"  {profile.name} first search query: failed: {str(exc).splitlines()[0][:100]}")
    finally:
        context.close()
        shutil.rmtree(user_dir, ignore_errors=True)


def sizes(site: Path, path: str) -> tuple[int, int, int]:
    """raw, gzip, brotli bytes of the file the server has for ``path`` (siblings where present)."""
    local = site / path.lstrip("/")
    if local.is_dir():
        local = local / "index.html"
    raw = local.stat().st_size if local.exists() else 0
    gz = local.with_name(local.name + ".gz")
    br = local.with_name(local.name + ".br")
    gz_size = gz.stat().st_size if gz.exists() else raw
    br_size = br.stat().st_size if br.exists() else gz_size
    if not raw and gz.exists():  # the snapshot: only its compressed forms exist
        raw = 0
    return raw, gz_size, br_size


def fmt(values: list[float]) -> str:
    return f"{statistics.median(values):6.2f} s" if values else "  failed"


def ratio(values: list[float], base: float) -> str:
    return f"{statistics.median(values) / base:4.1f}x plain" if values and base else "   - "


def main(argv: list[str]) -> None:
    from playwright.sync_api import sync_playwright

    tmp = Path(tempfile.mkdtemp(prefix="bench-phone-"))
    site = tmp / "site"
    port = free_port()
    if os.environ.get("BENCH_SITE_DIR"):  # an already built site (e.g. an older release, for before/after)
        site = Path(os.environ["BENCH_SITE_DIR"])
        port = int(os.environ["BENCH_PORT"])
    else:
        build_site(f"http://127.0.0.1:{port}/", site)
    server = Server(site, port)
    cpu = CpuLimit(QUOTA)
    profiles = [Profile("phone", PHONE_LINK, cpu), Profile("unthrottled", None, None)]
    times: dict = defaultdict(list)  # (profile, page, cold|warm, usable|ready) -> [s]
    offline: dict = defaultdict(list)
    files: dict[str, int] = {}
    at_ready: dict[str, int] = {}  # page -> bytes sent when Python was ready (cold visit, phone, first round)
    try:
        with sync_playwright() as p:
            for run in range(RUNS):
                for profile in profiles:
                    for path, (_label, usable, ready) in PAGES.items():
                        user_dir = tempfile.mkdtemp(dir=tmp, prefix="profile-")
                        context = profile.launch(p, user_dir)
                        server.set_link(profile.link)
                        server.sent.clear()
                        for kind in ("cold", "warm"):
                            try:
                                dwell = DWELL if ready and kind == "cold" else 0.0
                                count = kind == "cold" and run == 0 and profile.name == "phone"
                                u, r = visit(profile, context, server.url + path, usable, ready, dwell,
                                             (lambda p=path: at_ready.__setitem__(p, sum(server.sent.values())))
                                             if count else None)
                            except Exception as exc:  # noqa: BLE001 - a figure, not a test
                                print(f"  {profile.name} /{path} {kind}: failed: {str(exc).splitlines()[0][:100]}")
                                continue
                            times[(profile.name, path, kind, "usable")].append(u)
                            if r is not None:
                                times[(profile.name, path, kind, "ready")].append(r)
                            if kind == "cold":
                                if run == 0 and profile.name == "phone":
                                    files[path] = dict(server.sent)
                                time.sleep(1.5)  # let a service worker finish its precache first
                        if path == "analyzer/":
                            context.set_offline(True)
                            try:
                                _u, r = visit(profile, context, server.url + path, usable, ready)
                                offline[profile.name].append(r)
                            except Exception as exc:  # noqa: BLE001 - a figure, not a test
                                offline[profile.name].append(f"failed: {str(exc).splitlines()[0][:80]}")
                            context.set_offline(False)
                        context.close()
                        shutil.rmtree(user_dir, ignore_errors=True)
                    if "analyzer/" in PAGES:
                        via_prefetching_page(p, profile, server, tmp, times)
                    first_query(p, profile, server, tmp, times)
                print(f"  round {run + 1}/{RUNS} done", flush=True)
    finally:
        server.close()
        cpu.close()

    print(f"CPU slowdown for the phone profile: {cpu.method}")
    print(f"network for the phone profile: {PHONE_LINK.rate * 8 / 1e6:.0f} Mbit/s, {PHONE_LINK.latency * 1000:.0f} ms "
          f"per response, shaped in tools/serve.py; medians of {RUNS}, interleaved")
    print(f"first visits to a page with Python stay open {DWELL:g} s after ready before the warm visit (BENCH_DWELL)")
    for profile in profiles:
        plain = statistics.median(times[(profile.name, PLAIN, "cold", "usable")] or [0])
        plain_w = statistics.median(times[(profile.name, PLAIN, "warm", "usable")] or [0])
        print(f"-- {profile.name}: plain page /{PLAIN} readable cold {plain:.2f} s, warm {plain_w:.2f} s")
        for path, (label, _usable, ready) in PAGES.items():
            for kind, base in (("cold", plain), ("warm", plain_w)):
                u = times[(profile.name, path, kind, "usable")]
                line = f"  /{path:10} {kind}: {label} {fmt(u)} ({ratio(u, base)})"
                if ready:
                    line += f", Python ready {fmt(times[(profile.name, path, kind, 'ready')])}"
                print(line)
        via = times[(profile.name, "analyzer/", "via /errors/", "ready")]
        if via:
            kind = (times.get((profile.name, "connection")) or ["?"])[0]
            print(f"  /analyzer/  first visit arriving from /errors/ after its idle-time prefetch "
                  f"(navigator.connection.effectiveType here: {kind}): Python ready {fmt(via)}; "
                  f"the cold line above arrives directly")
        if times[(profile.name, "search")]:
            print(f"  /{PLAIN} site search, first query on a cold page (the index is built then): "
                  f"results after {fmt(times[(profile.name, 'search')])}")
        if offline[profile.name]:
            print(f"  /analyzer/ offline after one visit: ready {offline[profile.name]}")
    print("-- bytes over the wire, phone profile, cold visit (served: what went out; gzip/brotli: file sizes);")
    print("   headless Chromium says effectiveType 4g, so /errors/ and /guide/ include the runtime they prefetch")
    for path, sent in files.items():
        total = defaultdict(int)
        rows = []
        for url, n in sorted(sent.items(), key=lambda kv: -kv[1]):
            raw, gz, br = sizes(site, url)
            total["sent"] += n
            total["gz"] += gz
            total["br"] += br
            rows.append((url, n, raw, gz, br))
        print(f"  /{path}: {total['sent'] / 1e6:.2f} MB sent; {total['gz'] / 1e6:.2f} MB with gzip, "
              f"{total['br'] / 1e6:.2f} MB with brotli")
        if path in at_ready:
            print(f"    of which {at_ready[path] / 1e6:.2f} MB were sent by the time Python was ready; the rest is the "
                  f"service worker keeping the other pages for offline use in the background")
        if path in ("analyzer/", "support/", "sending/"):
            for url, n, raw, gz, br in rows[:12]:
                print(f"      {url[-48:]:48} sent {n / 1024:8.0f} KiB  raw {raw / 1024:8.0f}  gzip {gz / 1024:8.0f}  "
                      f"brotli {br / 1024:8.0f}")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
