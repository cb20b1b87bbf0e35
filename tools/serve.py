"""Build the site for a given origin and serve it on 127.0.0.1.

Shared by the browser tests and the benchmarks, so both see the site the
way a static host serves it.  The handler counts the bytes it sends per
path, which is how the benchmarks measure page weight.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import socket
import subprocess
import threading
import time
from collections import Counter
from pathlib import Path

from tools import csp
from tools.postbuild import compress_site

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_site(url: str, out: Path) -> None:
    """``mkdocs build --strict`` with ``site_url`` set to the server's origin (instant navigation needs it)."""
    env = {**os.environ, "SITE_URL": url, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = ROOT / ".venv" / "bin" / "mkdocs"
    cmd = [str(mkdocs) if mkdocs.exists() else "mkdocs", "build", "--strict", "--quiet", "-d", str(out)]
    subprocess.run(cmd, cwd=ROOT, env=env, check=True)
    csp.apply(out)  # the Content-Security-Policy <meta> in every page, as `make build` does
    compress_site(out)  # then .br/.gz beside the text files, as `make build` does


def build_site_zensical(url: str, out: Path) -> None:
    """The same site built by Zensical (``make test-zensical``).  Zensical has no output option and
    writes only inside the project: a copy of mkdocs.yml names a build folder there, moved to ``out``."""
    work = ROOT / f".zensical-build-{os.getpid()}"
    config = ROOT / f".zensical-{os.getpid()}.yml"
    config.write_text((ROOT / "mkdocs.yml").read_text(encoding="utf-8") + f"\nsite_dir: {work.name}\n",
                      encoding="utf-8")
    env = {**os.environ, "SITE_URL": url}
    zensical = ROOT / ".venv" / "bin" / "zensical"
    try:
        cmd = [str(zensical) if zensical.exists() else "zensical", "build", "--strict", "-f", config.name]
        subprocess.run(cmd, cwd=ROOT, env=env, check=True)
        shutil.rmtree(out, ignore_errors=True)
        shutil.move(str(work), str(out))
    finally:
        config.unlink(missing_ok=True)
        shutil.rmtree(work, ignore_errors=True)
    csp.apply(out)
    compress_site(out)


# Files whose names change with their content (or carry their version) may be
# cached for good; everything else is revalidated.  README recommends the same
# to anyone deploying the site.
IMMUTABLE = re.compile(
    r"^/assets/(runtime/(pyodide-[0-9.]+/|snapshot-[0-9a-f]+\.bin(\.gz)?|stdlib-(start-)?[0-9a-f]+\.zip|pychecks-[^/]+\.whl)"
    r"|javascripts/[^/]*\.[0-9a-f]{8}\.min\.js|stylesheets/(?:classic/|modern/)?[^/]*\.[0-9a-f]{8}\.min\.css)"
)


def cache_control(path: str) -> str:
    return "public, max-age=31536000, immutable" if IMMUTABLE.match(path.split("?", 1)[0]) else "no-cache"


class Link:
    """A shared network link for the benchmarks' phone profile: every response waits
    ``latency`` seconds, and all bodies together go out at ``rate`` bytes per second.

    Shaped here, in the server, so it holds for the page, its workers and its
    service worker alike (DevTools' network emulation is per target)."""

    CHUNK = 16 * 1024

    def __init__(self, rate: float, latency: float) -> None:
        self.rate = rate
        self.latency = latency
        self.lock = threading.Lock()
        self.free_at = 0.0

    def wait_latency(self) -> None:
        time.sleep(self.latency)

    def send(self, outputfile, data: bytes) -> None:
        for start in range(0, len(data), self.CHUNK):
            chunk = data[start:start + self.CHUNK]
            with self.lock:
                now = time.monotonic()
                self.free_at = max(self.free_at, now) + len(chunk) / self.rate
                due = self.free_at
            time.sleep(max(0.0, due - time.monotonic()))
            outputfile.write(chunk)


class StaticHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".wasm": "application/wasm",
        ".whl": "application/zip",
        ".json": "application/json",
        ".bin": "application/octet-stream",
    }
    sent: Counter[str] = Counter()
    # Precompressed siblings, best first: FILE.br / FILE.gz are sent for FILE with
    # Content-Encoding, as README's nginx/Apache configuration does.
    ENCODINGS = (("br", ".br"), ("gzip", ".gz"))
    encodings = ENCODINGS
    link: Link | None = None

    extra_headers: dict[str, str] = {}

    def end_headers(self) -> None:
        self.send_header("Cache-Control", cache_control(self.path))
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        super().end_headers()

    def send_head(self):
        """Serve FILE.br or FILE.gz for FILE when the browser accepts it (FILE itself may be absent)."""
        if self.link:
            self.link.wait_latency()
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?", 1)[0].endswith("/"):
            path = path / "index.html"
        accepted = {part.split(";")[0].strip() for part in self.headers.get("Accept-Encoding", "").split(",")}
        for encoding, suffix in self.encodings:
            packed = path.with_name(path.name + suffix)
            if encoding in accepted and packed.is_file():
                source = packed.open("rb")
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(str(path)))
                self.send_header("Content-Encoding", encoding)
                self.send_header("Content-Length", str(packed.stat().st_size))
                self.send_header("Vary", "Accept-Encoding")
                self.end_headers()
                return source
        return super().send_head()

    def copyfile(self, source, outputfile) -> None:
        data = source.read()
        try:
            if self.link:
                self.link.send(outputfile, data)
            else:
                outputfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            return  # the browser gave up on it (a page closed mid-download)
        self.sent[self.path.split("?", 1)[0]] += len(data)

    def log_message(self, *args) -> None:
        pass


class Server:
    """A site served in a background thread; ``sent`` counts body bytes per path."""

    def __init__(self, directory: Path, port: int, headers: dict[str, str] | None = None, link: Link | None = None,
                 encodings: tuple[tuple[str, str], ...] = StaticHandler.ENCODINGS) -> None:
        self.sent: Counter[str] = Counter()
        self.directory = directory
        handler_cls = type("Handler", (StaticHandler,), {"sent": self.sent, "extra_headers": dict(headers or {}),
                                                      "link": link, "encodings": encodings})
        self.handler_cls = handler_cls
        handler = functools.partial(handler_cls, directory=str(directory))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.url = f"http://127.0.0.1:{port}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def set_link(self, link: Link | None) -> None:
        """Shape (or stop shaping) every response from now on."""
        self.handler_cls.link = link

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def build_and_serve(out: Path, builder: str | None = None) -> Server:
    """``builder``: "mkdocs" (default) or "zensical"; ``SITE_BUILDER`` in the environment chooses too."""
    port = free_port()
    builder = builder or os.environ.get("SITE_BUILDER", "mkdocs")
    (build_site_zensical if builder == "zensical" else build_site)(f"http://127.0.0.1:{port}/", out)
    return Server(out, port)
