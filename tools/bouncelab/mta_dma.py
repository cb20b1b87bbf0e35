"""DMA, the DragonFly Mail Agent, in the lab.

DMA has no daemon and listens on no port: a mail client hands it the mail on the
command line (`dma -f sender rcpt...`, the message on standard input), and DMA forks
one delivery process per recipient. It reads /etc/dma/dma.conf (a compiled-in path;
the namespace's private /etc is ours) before every run, so the configuration is
rewritten per scenario (required TLS). It bounces into the sender's mbox under
/var/mail (compiled-in, a tmpfs here); `bounces()` cuts that mbox into one file per
message in the sender's Maildir, as the lab expects.

DMA's queue lifetime is compiled in (5 days) and measured from the queue file's
modification time, so the lab queues the mail (`-bq`), backdates its queue files by
6 days and flushes the queue (`-q`): a permanent reply bounces with the remote's
words, a temporary one gives up at once ("Could not deliver for the last 432000
seconds. Giving up."), which is what DMA's users see after those 5 days. DMA never
sends delay warnings.
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import smtplib
import subprocess
import time
from pathlib import Path

from .mtas import MTA
from .scenarios import LOCAL_DOMAIN, Scenario

MAX_TIMEOUT = 5 * 24 * 3600  # DMA's compiled-in queue lifetime (dma.h)
MAILDIR = Path("/var/mail")  # DMA's compiled-in mbox folder (_PATH_MAILDIR)
_FROM_LINE = re.compile(rb"^From [^\n]*\n", re.M)
_QUOTED_FROM = re.compile(rb"^>(>*From )", re.M)


def split_mbox(data: bytes) -> list[bytes]:
    """The messages of an mbox as DMA writes it (local.c): a `From ` line before each,
    a blank line between them, and every line matching />*From / quoted with one more `>`
    (mboxrd), so the split gives back each message exactly as DMA queued it."""
    starts = list(_FROM_LINE.finditer(data))
    out = []
    for i, m in enumerate(starts):
        last = i + 1 == len(starts)
        body = data[m.end() : len(data) if last else starts[i + 1].start() - 1]  # -1: the blank line DMA adds
        out.append(_QUOTED_FROM.sub(rb"\1", body))
    return out


class DMA(MTA):
    name = "dma"
    package = "dma"
    lhost = "DragonFly"  # Sisimai's name for DMA's bounces
    tmpfs = ("/var/mail",)

    @property
    def binary(self) -> str:
        return str(self.root / "usr/sbin/dma")

    @property
    def spool(self) -> Path:
        return self.work / "spool"

    def version(self) -> str:
        m = re.search(rb"DragonFly Mail Agent v(\S+?)\x00", Path(self.binary).read_bytes())
        return m.group(1).decode() if m else "unknown"

    def unsupported(self, scenario: Scenario) -> str:
        if scenario.mode == "delay":
            return (f"DMA sends no delay warnings: it retries silently until its compiled-in queue lifetime "
                    f"({MAX_TIMEOUT} s) is over, then bounces")
        if scenario.size:
            return ("DMA does not use the SIZE extension (no SIZE= at MAIL FROM), so the remote, which checks "
                    "the declared size, takes the mail: delivered, no bounce")
        if scenario.action == "drop":
            return ("DMA 0.13 does not notice the closed connection (read() returns 0 and it loops, busy, until "
                    "its compiled-in 300 s SMTP timeout), so it would give up only after 5 minutes")
        return ""

    def configure(self, scenarios: list[Scenario], ip_of: dict[str, str]) -> None:
        self.prepare_mailboxes()
        self.hide_unknown_users(scenarios)
        self.spool.mkdir(parents=True, exist_ok=True)
        shutil.chown(self.spool, "mail", "mail")
        (self.work / "aliases").write_text("postmaster: sender\nMAILER-DAEMON: sender\n")
        # DMA runs as `mail` (it drops root) and opens the mbox without O_CREAT, so the mboxes exist
        # beforehand and dma-mbox-create (a compiled-in /usr/lib/dma path) is never needed.
        os.chmod(MAILDIR, 0o2775)
        shutil.chown(MAILDIR, "root", "mail")
        box = MAILDIR / "sender"
        box.touch()
        shutil.chown(box, "mail", "mail")
        box.chmod(0o660)
        # `full`'s mailbox lives on a file system with no space left: every write fails (ENOSPC)
        (MAILDIR / "full").symlink_to("/dev/full")
        Path("/etc/dma").mkdir(exist_ok=True)
        self.write_conf(tls=False)

    def hide_unknown_users(self, scenarios: list[Scenario]) -> None:
        """DMA's local users are the system's (getpwnam): a local recipient that must be unknown
        (`nobody@`, a system user on Debian) is left out of the passwd this namespace sees."""
        unknown = {r.address.split("@")[0] for s in scenarios for r in s.rcpts
                   if r.address.endswith("@" + LOCAL_DOMAIN) and r.reason == "userunknown"}
        passwd = self.work / "passwd"
        lines = Path("/etc/passwd").read_text().splitlines(keepends=True)
        passwd.write_text("".join(line for line in lines if line.split(":")[0] not in unknown))
        # and users come from that file only: nss-systemd makes up `nobody` (the setgid dma ignores
        # SYSTEMD_NSS_BYPASS_SYNTHETIC)
        nss = self.work / "nsswitch.conf"
        nss.write_text(re.sub(r"(?m)^passwd:.*$", "passwd: files", Path("/etc/nsswitch.conf").read_text()))
        for f in (passwd, nss):
            f.chmod(0o644)
            subprocess.run(["mount", "--bind", str(f), f"/etc/{f.name}"], check=True)

    def write_conf(self, tls: bool) -> None:
        # MAILNAME is the customer's domain: DMA delivers locally only what is addressed to its own
        # host name (or to a bare user name), and the bounce must reach sender@customer.example.
        conf = f"""# the bounce lab's DMA
SPOOLDIR {self.spool}
ALIASES {self.work}/aliases
MAILNAME {LOCAL_DOMAIN}
PORT 25
"""
        if tls:  # STARTTLS required, not opportunistic: DMA then defers when the remote offers none
            conf += "SECURETRANSFER\nSTARTTLS\n"
        Path("/etc/dma/dma.conf").write_text(conf)

    def start(self) -> None:
        """Nothing to start: DMA runs when mail is handed to it."""

    def stop(self) -> None:
        """No daemon; the delivery processes DMA forks die with the namespace."""

    def begin(self, scenario: Scenario, ip: str) -> None:
        self.write_conf(tls=scenario.require_tls)

    def submit(self, sender: str, rcpts: list[str], data: bytes) -> dict:
        # as a local mail client calls /usr/sbin/sendmail: LF line ends, `-i` (a lone dot is no end)
        p = subprocess.run([self.binary, "-bq", "-i", "-f", sender, *rcpts], input=data.replace(b"\r\n", b"\n"),
                           env=self.env(), capture_output=True, timeout=60)
        if p.returncode:
            # DMA takes the mail for all recipients or for none (e.g. "invalid recipient" for an unknown
            # local user): the client only sees the exit status and the message
            err = p.stderr.decode("utf-8", "replace").strip()
            named = [r for r in rcpts if f"`{r}'" in err] or rcpts
            raise smtplib.SMTPRecipientsRefused({r: (p.returncode, err) for r in named})
        self.flush()
        return {}

    def flush(self) -> None:
        """Backdate the queued mail past DMA's queue lifetime, then run the queue."""
        old = time.time() - MAX_TIMEOUT - 24 * 3600
        for f in self.spool.iterdir():
            if f.is_file() and f.name[:1] in ("Q", "M"):
                os.utime(f, (old, old))
        self.run(self.binary, "-q", check=False)

    def bounces(self) -> list[Path]:
        box = MAILDIR / "sender"
        new = self.maildir / "new"
        with open(box, "rb") as f:
            fcntl.flock(f, fcntl.LOCK_SH)  # DMA writes under flock(LOCK_EX): no half message here
            data = f.read()
        for i, msg in enumerate(split_mbox(data)):
            path = new / f"{i + 1:04d}.dma.lab"
            if not path.exists():
                tmp = self.maildir / "tmp" / path.name
                tmp.write_bytes(msg)
                tmp.rename(path)
        return super().bounces()
