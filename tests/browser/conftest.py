"""Build the site for the test server's origin, serve it on 127.0.0.1, and
drive it with Debian's Chromium.  Every test page records requests to other
origins and console errors; the ``guard`` fixture fails a test that has any."""

from __future__ import annotations

import functools
import http.server
import os
import socket
import subprocess
import threading
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = "/usr/bin/chromium"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".wasm": "application/wasm",
        ".whl": "application/zip",
        ".json": "application/json",
    }

    def log_message(self, *args) -> None:  # keep the test output readable
        pass


@pytest.fixture(scope="session")
def site_server(tmp_path_factory):
    """(url, directory) of the built site, served for the whole session."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "SITE_URL": url, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = Path(ROOT / ".venv" / "bin" / "mkdocs")
    cmd = [str(mkdocs) if mkdocs.exists() else "mkdocs", "build", "--strict", "--quiet", "-d", str(out)]
    subprocess.run(cmd, cwd=ROOT, env=env, check=True)
    handler = functools.partial(Handler, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield url, out
    server.shutdown()


@pytest.fixture(scope="session")
def base_url(site_server):
    return site_server[0]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `apt-get install -y chromium` (make test does it)")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
        ],
    }


class Guard:
    """What a page did that it must not: leave the origin, or log errors."""

    def __init__(self, origin: str) -> None:
        self.origin = origin.rstrip("/")
        self.foreign: list[str] = []
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.allowed_console: list[str] = []

    def on_request(self, request) -> None:
        url = request.url
        if url.startswith(("data:", "blob:", "about:")):
            return
        if not url.startswith(self.origin + "/"):
            self.foreign.append(url)

    def on_console(self, message) -> None:
        if message.type == "error" and not any(a in message.text for a in self.allowed_console):
            self.console_errors.append(message.text)

    def check(self) -> None:
        assert self.foreign == [], f"requests to other origins: {self.foreign}"
        assert self.page_errors == [], f"uncaught page errors: {self.page_errors}"
        assert self.console_errors == [], f"console errors: {self.console_errors}"


@pytest.fixture
def guard(page, base_url):
    """Attach to ``page``; fails the test at teardown if the page broke a rule."""
    g = Guard(base_url)
    page.context.on("request", g.on_request)
    page.on("console", g.on_console)
    page.on("pageerror", lambda exc: g.page_errors.append(str(exc)))
    yield g
    g.check()


def wait_ready(page, selector: str, timeout: float = 60_000) -> None:
    """Wait until the checker at ``selector`` reports data-state="ready"."""
    page.wait_for_selector(f'{selector}[data-state="ready"]', timeout=timeout)
