"""Build the site for the test server's origin, serve it on 127.0.0.1, and
drive it with Debian's Chromium.  Every test page records requests to other
origins and console errors; the ``guard`` fixture fails a test that has any."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.serve import build_and_serve

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def site_server(tmp_path_factory):
    """The built site, served for the whole session."""
    server = build_and_serve(tmp_path_factory.mktemp("site"))
    yield server
    server.close()


@pytest.fixture(scope="session")
def base_url(site_server):
    return site_server.url


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


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    """No service worker in the ordinary tests: page.route() must see every request
    (test_offline.py makes its own contexts with the worker allowed)."""
    return {**browser_context_args, "service_workers": "block"}


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


def drop_file(page, selector: str, name: str, mime: str, data: bytes) -> None:
    """Drop ``data`` as a file named ``name`` on the element ``selector`` (as a reader's drag and drop)."""
    handle = page.evaluate_handle("""([bytes, name, mime]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], name, { type: mime }));
        return dt;
    }""", [list(data), name, mime])
    page.dispatch_event(selector, "drop", {"dataTransfer": handle})
