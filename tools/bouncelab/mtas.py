"""The MTAs of the lab: how each is configured, started, driven and stopped.

Each MTA runs from its Debian package unpacked into a private root (see roots.py),
with its own configuration, spool and sender mailbox under the lab's work folder,
listening on 127.0.0.1:25 of the lab's own network namespace. The sender's mailbox
(`sender@customer.example`) is a Maildir: the bounces are read from its `new/`.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import smtplib
import subprocess
import time
from pathlib import Path

from .scenarios import LOCAL_DOMAIN, Scenario

MAIL_UID = 2500  # the owner of the lab's mailboxes (in the namespace's private /etc/passwd)


class MTA:
    name = ""
    package = ""
    lhost = ""  # the manifest's `lhost` when it is not the name capitalized
    # Folders the MTA's compiled-in paths need, made on a tmpfs inside the namespace only.
    tmpfs: tuple[str, ...] = ()
    make_dirs: tuple[str, ...] = ()
    links: dict[str, str] = {}
    # Folders of the machine with the root's same folder laid over them (overlayfs, inside the
    # namespace only; what the MTA writes there lands in the work folder, never on the machine).
    overlays: tuple[str, ...] = ()

    def __init__(self, root: Path, work: Path) -> None:
        self.root, self.work = root, work
        self.proc: subprocess.Popen | None = None
        self.maildir = work / "mail" / "sender"

    # -- helpers ---------------------------------------------------------------------------
    def env(self) -> dict[str, str]:
        return {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C", "TZ": "UTC"}

    def run(self, *args: str, check: bool = True) -> str:
        p = subprocess.run(list(args), env=self.env(), capture_output=True, text=True, timeout=60)
        if check and p.returncode:
            raise RuntimeError(f"{args[0]} failed ({p.returncode}): {p.stderr.strip()[:500]}")
        return p.stdout + p.stderr

    def prepare_mailboxes(self) -> None:
        mail = self.work / "mail"
        for sub in ("cur", "new", "tmp"):
            (self.maildir / sub).mkdir(parents=True, exist_ok=True)
        full = mail / "full"  # a Maildir for Exim's quota, an mbox file for Postfix's size limit
        if self.name == "postfix":
            with open(full, "wb") as f:
                f.truncate(20_000_000)  # sparse: over virtual_mailbox_limit, no disk used
        else:
            for sub in ("cur", "new", "tmp"):
                (full / sub).mkdir(parents=True, exist_ok=True)
            (full / "cur" / "1.old.lab").write_bytes(b"X" * 4096)
        for dirpath, _dirs, files in os.walk(mail):
            os.chown(dirpath, MAIL_UID, MAIL_UID)
            for f in files:
                os.chown(os.path.join(dirpath, f), MAIL_UID, MAIL_UID)

    def bounces(self) -> list[Path]:
        return sorted((self.maildir / "new").glob("*"))

    # -- the interface the driver uses -----------------------------------------------------
    def version(self) -> str:
        raise NotImplementedError

    def configure(self, scenarios: list[Scenario], ip_of: dict[str, str]) -> None:
        """Write the configuration; `ip_of` maps a scenario's name to its remote address."""
        raise NotImplementedError

    def start(self) -> None:
        raise NotImplementedError

    def set_mode(self, mode: str) -> None:
        """Switch between 'bounce' (give up at once) and 'delay' (warn, keep trying)."""

    def begin(self, scenario: Scenario, ip: str) -> None:
        """Called before a scenario's mail is sent (OpenSMTPD points its relay at the scenario)."""

    def poke(self, scenario: Scenario) -> None:
        """Called every few seconds while a bounce is awaited: a queue run, if this MTA needs it."""

    def unsupported(self, scenario: Scenario) -> str:
        """Why this MTA cannot produce the scenario's mail at all ("" when it can); not run then."""
        return ""

    def submit(self, sender: str, rcpts: list[str], data: bytes) -> dict:
        """Hand the mail over as the customer's mail client does (SMTP to port 25 here); return the
        refused recipients, raise smtplib.SMTPException (or OSError) when none is taken."""
        with smtplib.SMTP("127.0.0.1", 25, local_hostname="webmail.customer.example", timeout=30) as c:
            return c.sendmail(sender, rcpts, data)

    def stop(self) -> None:
        if self.proc is None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(5)
        self.proc = None

    def spawn(self, *args: str) -> None:
        log = open(self.work / f"{self.name}.stdout", "ab")
        self.proc = subprocess.Popen(list(args), env=self.env(), stdout=log, stderr=log, start_new_session=True)


# --------------------------------------------------------------------------------------------
class Postfix(MTA):
    name = "postfix"
    package = "postfix"

    @property
    def etc(self) -> Path:
        return self.work / "etc"

    def env(self) -> dict[str, str]:
        return {**super().env(), "LD_LIBRARY_PATH": str(self.root / "usr/lib/postfix"), "MAIL_CONFIG": str(self.etc)}

    def postconf(self, *args: str) -> str:
        return self.run(str(self.root / "usr/sbin/postconf"), "-c", str(self.etc), *args)

    def version(self) -> str:
        return self.postconf("-h", "mail_version").strip()

    def configure(self, scenarios: list[Scenario], ip_of: dict[str, str]) -> None:
        r, w = self.root, self.work
        tls_domains = [s.domain for s in scenarios if s.require_tls]
        self.etc.mkdir(parents=True, exist_ok=True)
        spool = w / "spool"
        for d in ("incoming", "active", "deferred", "bounce", "defer", "trace", "flush", "hold", "corrupt",
                  "saved", "private", "public", "maildrop", "pid"):
            (spool / d).mkdir(parents=True, exist_ok=True)
            shutil.chown(spool / d, "postfix", "postdrop" if d in ("maildrop", "public") else "postfix")
        shutil.chown(spool / "pid", "root", "root")
        (w / "data").mkdir(exist_ok=True)
        shutil.chown(w / "data", "postfix", "postfix")
        self.prepare_mailboxes()
        (self.etc / "vmailbox").write_text(f"sender@{LOCAL_DOMAIN} sender/\nfull@{LOCAL_DOMAIN} full\n")
        (self.etc / "tls_policy").write_text("".join(f"{d} encrypt\n" for d in tls_domains) or "# none\n")
        main = f"""
compatibility_level = 3.6
command_directory = {r}/usr/sbin
daemon_directory = {r}/usr/lib/postfix/sbin
shlib_directory = {r}/usr/lib/postfix
meta_directory = {r}/etc/postfix
queue_directory = {spool}
data_directory = {w}/data
mail_owner = postfix
setgid_group = postdrop
import_environment = MAIL_CONFIG MAIL_DEBUG MAIL_LOGTAG TZ LANG=C LD_LIBRARY_PATH={r}/usr/lib/postfix
maillog_file = {w}/postfix.log
maillog_file_prefixes = {w}
myhostname = mx01.hosting.example
mydomain = hosting.example
myorigin = {LOCAL_DOMAIN}
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
smtpd_reject_unlisted_recipient = no
virtual_mailbox_domains = {LOCAL_DOMAIN}
virtual_mailbox_base = {w}/mail
virtual_mailbox_maps = texthash:{self.etc}/vmailbox
virtual_uid_maps = static:{MAIL_UID}
virtual_gid_maps = static:{MAIL_UID}
virtual_mailbox_limit = 10240000
biff = no
smtp_tls_security_level = may
smtp_tls_policy_maps = texthash:{self.etc}/tls_policy
smtp_connect_timeout = 3s
smtp_helo_timeout = 6s
smtp_mail_timeout = 6s
smtp_rcpt_timeout = 6s
smtp_data_init_timeout = 6s
smtp_data_xfer_timeout = 6s
smtp_data_done_timeout = 6s
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 2s
maximal_queue_lifetime = 0
bounce_queue_lifetime = 0
delay_warning_time = 0
"""
        (self.etc / "main.cf").write_text(main)
        master = """
smtp      inet  n       -       n       -       -       smtpd
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
virtual   unix  -       n       n       -       -       virtual
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
"""
        (self.etc / "master.cf").write_text(master)

    def start(self) -> None:
        self.spawn(str(self.root / "usr/lib/postfix/sbin/master"), "-c", str(self.etc), "-d")
        _wait_port(25)

    def set_mode(self, mode: str) -> None:
        if mode == "delay":
            self.postconf("-e", "maximal_queue_lifetime = 1d", "delay_warning_time = 1s")
        else:
            self.postconf("-e", "maximal_queue_lifetime = 0", "delay_warning_time = 0")
        if self.proc is not None:
            self.run(str(self.root / "usr/sbin/postfix"), "-c", str(self.etc), "reload", check=False)
            time.sleep(1)

    def poke(self, scenario: Scenario) -> None:
        if scenario.mode == "delay":
            self.run(str(self.root / "usr/sbin/postqueue"), "-c", str(self.etc), "-f", check=False)


# --------------------------------------------------------------------------------------------
class Exim(MTA):
    name = "exim"
    package = "exim4-daemon-light"

    @property
    def binary(self) -> str:
        return str(self.root / "usr/sbin/exim4")

    def env(self) -> dict[str, str]:
        return {**super().env(), "LD_LIBRARY_PATH": str(self.root / "usr/lib/x86_64-linux-gnu")}

    def version(self) -> str:
        out = self.run(self.binary, "-bV")
        m = re.search(r"Exim version (\S+)", out)
        return m.group(1) if m else out.splitlines()[0]

    def configure(self, scenarios: list[Scenario], ip_of: dict[str, str]) -> None:
        w = self.work
        spool = w / "spool"
        (w / "log").mkdir(parents=True, exist_ok=True)
        spool.mkdir(parents=True, exist_ok=True)
        for d in (spool, w / "log"):
            shutil.chown(d, "Debian-exim", "Debian-exim")
        self.prepare_mailboxes()
        tls = " : ".join(ip_of[s.name] for s in scenarios if s.require_tls)
        conf = f"""
exim_path = {self.binary}
primary_hostname = mx02.hosting.example
qualify_domain = {LOCAL_DOMAIN}
domainlist local_domains = {LOCAL_DOMAIN}
spool_directory = {spool}
log_file_path = {w}/log/%slog
pid_file_path = {w}/exim.pid
daemon_smtp_ports = 25
local_interfaces = 127.0.0.1
disable_ipv6 = true
acl_smtp_rcpt = acl_check_rcpt
never_users = root
host_lookup =
rfc1413_hosts =
delay_warning = 2s
delay_warning_condition = ${{if match{{$h_subject:}}{{delay-warning}}{{yes}}{{no}}}}
ignore_bounce_errors_after = 2d
timeout_frozen_after = 7d
keep_environment = LD_LIBRARY_PATH
tls_advertise_hosts =

begin acl
acl_check_rcpt:
  accept  hosts = 127.0.0.1

begin routers
dnslookup:
  driver = dnslookup
  domains = ! +local_domains
  transport = remote_smtp
  no_more

local_user:
  driver = accept
  domains = +local_domains
  local_parts = sender : full
  transport = local_delivery

begin transports
remote_smtp:
  driver = smtp
  connect_timeout = 3s
  command_timeout = 6s
  data_timeout = 6s
  final_timeout = 6s
  hosts_require_tls = {tls}

local_delivery:
  driver = appendfile
  directory = {w}/mail/$local_part_data
  maildir_format
  delivery_date_add
  envelope_to_add
  return_path_add
  user = {MAIL_UID}
  group = {MAIL_UID}
  quota = ${{if eq{{$local_part}}{{full}}{{2K}}{{0}}}}

begin retry
slow.example  *  F,1h,10s
*             *  F,2s,1s

begin rewrite
"""
        etc_exim = Path("/etc/exim4")
        etc_exim.mkdir(exist_ok=True)
        (etc_exim / "exim4.conf").write_text(conf)

    def start(self) -> None:
        self.spawn(self.binary, "-bdf", "-odb")
        _wait_port(25)

    def poke(self, scenario: Scenario) -> None:
        # Temporary failures bounce once the retry rule's 2 s are over, at the next queue run.
        self.run(self.binary, "-qff", check=False)


def _wait_port(port: int, host: str = "127.0.0.1", timeout: float = 20) -> None:
    import socket

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            with socket.create_connection((host, port), 0.5) as s:
                s.recv(100)
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing listens on {host}:{port}")


# --------------------------------------------------------------------------------------------
class OpenSMTPD(MTA):
    name = "opensmtpd"
    package = "opensmtpd"
    tmpfs = ("/var/lib", "/var/spool", "/run", "/usr/libexec")
    make_dirs = ("/var/lib/opensmtpd/empty", "/var/spool/smtpd")
    links = {"/usr/libexec/opensmtpd": "usr/libexec/opensmtpd"}  # compiled-in helper path -> root

    @property
    def conf(self) -> Path:
        return self.work / "smtpd.conf"

    def version(self) -> str:
        out = self.run(str(self.root / "usr/sbin/smtpd"), "-h", check=False)
        m = re.search(r"OpenSMTPD (\S+)", out)
        return m.group(1) if m else out.splitlines()[0]

    def configure(self, scenarios: list[Scenario], ip_of: dict[str, str]) -> None:
        self.prepare_mailboxes()
        self.mode, self.route = "bounce", ""
        self.write_conf()

    def write_conf(self) -> None:
        maildir = self.root / "usr/libexec/opensmtpd/mail.maildir"
        tls = self.route
        # One delivery script: `full` gets the reply Dovecot's LDA gives over quota (exit 77),
        # `sender` gets OpenSMTPD's own Maildir agent.
        script = self.work / "deliver.sh"
        script.write_text(
            "#!/bin/sh\n"
            'if [ "$1" = full ]; then cat >/dev/null; echo "Quota exceeded (mailbox for user is full)" >&2; exit 77; fi\n'
            f"exec {maildir} {self.maildir}\n"
        )
        script.chmod(0o755)
        # a few seconds, not one: under load the first attempt may come later than a second
        ttl, warn = ("1d", "2s") if self.mode == "delay" else ("6s", "1d")
        self.conf.write_text(f"""
queue ttl {ttl}
bounce warn-interval {warn}
listen on 127.0.0.1 port 25 hostname mx03.hosting.example
table vusers {{ "sender@{LOCAL_DOMAIN}" = "labmail", "full@{LOCAL_DOMAIN}" = "labmail" }}
action "local_box" mda "{script} %{{rcpt.user}}" virtual <vusers>
action "relay" relay helo mx03.hosting.example
match from any for domain "{LOCAL_DOMAIN}" action "local_box"
{tls}match from local for any action "relay"
""")

    def start(self) -> None:
        self.spawn(str(self.root / "usr/sbin/smtpd"), "-d", "-f", str(self.conf))
        _wait_port(25)

    def set_mode(self, mode: str) -> None:
        self.mode = mode

    def begin(self, scenario: Scenario, ip: str) -> None:
        # OpenSMTPD's resolver (libasr) would not take the lab DNS server's MX answers
        # ("No MX found for domain"), so mail for the scenario's domain is relayed to its
        # address directly; domains that must not resolve still go through DNS.
        if scenario.dns in ("nxdomain", "nodata"):
            self.route = ""
        else:
            proto = "smtp+tls" if scenario.require_tls else "smtp"
            self.route = (f'action "scenario" relay host {proto}://{ip}:25 helo mx03.hosting.example\n'
                          f'match from local for domain "{scenario.domain}" action "scenario"\n')
        self.write_conf()
        if self.proc is not None:
            # a message of an earlier scenario still queued (OpenSMTPD waits minutes on a stalled
            # greeting) would otherwise bounce into this scenario's notice
            self.run(str(self.root / "usr/sbin/smtpctl"), "remove", "all", check=False)
        self.stop()
        self.start()

    def poke(self, scenario: Scenario) -> None:
        self.run(str(self.root / "usr/sbin/smtpctl"), "schedule", "all", check=False)


# --------------------------------------------------------------------------------------------
class Sendmail(MTA):
    name = "sendmail"
    package = "sendmail-bin"

    @property
    def binary(self) -> str:
        return str(self.root / "usr/libexec/sendmail/sendmail")

    @property
    def cf(self) -> Path:
        return self.work / "sendmail.cf"

    def version(self) -> str:
        out = self.run(self.binary, "-C", str(self.cf), "-d0.1", "-bt", check=False)
        m = re.search(r"Version (\S+)", out)
        return m.group(1) if m else out.splitlines()[0]

    def configure(self, scenarios: list[Scenario], ip_of: dict[str, str]) -> None:
        self.prepare_mailboxes()
        queue = self.work / "mqueue"
        queue.mkdir(mode=0o700, exist_ok=True)
        os.chmod(self.work, 0o755)
        script = self.work / "deliver.sh"
        script.write_text(
            "#!/bin/sh\n"
            '# the lab\'s local mailer: Maildir for sender, the reply of Dovecot\'s LDA over quota for full\n'
            'for u; do :; done\n'  # the user is the last argument
            'case "${u#\\\\}" in\n'  # sendmail writes "\\user" once aliases are expanded
            '  full) cat >/dev/null; echo "Quota exceeded (mailbox for user is full)"; exit 73;;\n'
            f'  sender) f={self.maildir}/new/$(date +%s.%N).lab; cat > "$f.tmp" && mv "$f.tmp" "$f";;\n'
            '  *) cat >/dev/null; echo "User unknown"; exit 67;;\n'
            'esac\n'
        )
        script.chmod(0o755)
        self.mode = "bounce"
        # Required TLS per destination, as Sendmail's access map does it (TLS_Srv:, ENCR:bits).
        access = self.work / "access"
        access.write_text("".join(f"TLS_Srv:{s.domain}\tENCR:112\n" for s in scenarios if s.require_tls) or "\n")
        self.write_cf()
        makemap = self.root / "usr/libexec/sendmail/makemap"
        with open(access) as src:
            subprocess.run([str(makemap), "-C", str(self.cf), "-s", "hash", str(access)], stdin=src,
                           env=self.env(), check=True)

    def write_cf(self) -> None:
        cfdir = self.root / "usr/share/sendmail/cf"
        ret, warn = ("1d", "2s") if self.mode == "delay" else ("1s", "4h")
        mc = f"""divert(-1)dnl
define(`_CF_DIR_', `{cfdir}/')dnl
include(`{cfdir}/m4/cf.m4')dnl
VERSIONID(`bouncelab')dnl
OSTYPE(`linux')dnl
define(`confDOMAIN_NAME', `mx04.hosting.example')dnl
define(`QUEUE_DIR', `{self.work}/mqueue')dnl
define(`confPID_FILE', `{self.work}/sendmail.pid')dnl
define(`STATUS_FILE', `{self.work}/statistics')dnl
define(`confHOST_STATUS_DIRECTORY', `')dnl
define(`ALIAS_FILE', `{self.work}/aliases')dnl
define(`confDONT_PROBE_INTERFACES', `True')dnl
define(`confDONT_BLAME_SENDMAIL', `GroupWritableDirPathSafe,NonRootSafeAddr')dnl
define(`confTO_QUEUERETURN', `{ret}')dnl
define(`confTO_QUEUEWARN', `{warn}')dnl
define(`confTO_ICONNECT', `3s')dnl
define(`confTO_CONNECT', `3s')dnl
define(`confTO_INITIAL', `6s')dnl
define(`confTO_HELO', `6s')dnl
define(`confTO_MAIL', `6s')dnl
define(`confTO_RCPT', `6s')dnl
define(`confTO_DATAINIT', `6s')dnl
define(`confTO_DATABLOCK', `6s')dnl
define(`confTO_DATAFINAL', `6s')dnl
define(`confMIN_QUEUE_AGE', `0')dnl
define(`LOCAL_MAILER_PATH', `{self.work}/deliver.sh')dnl
define(`LOCAL_MAILER_ARGS', `deliver.sh $u')dnl
define(`LOCAL_MAILER_FLAGS', `SPfhnw9')dnl
DAEMON_OPTIONS(`Family=inet, Name=MTA, Port=25, Addr=127.0.0.1')dnl
LOCAL_DOMAIN(`{LOCAL_DOMAIN}')dnl
FEATURE(`access_db', `hash -T<TMPF> {self.work}/access')dnl
MAILER(`local')dnl
MAILER(`smtp')dnl
"""
        (self.work / "sendmail.mc").write_text(mc)
        m4 = self.root / "usr/bin/m4"
        out = subprocess.run([str(m4), str(self.work / "sendmail.mc")], capture_output=True, text=True, check=True)
        self.cf.write_text(out.stdout)
        (self.work / "aliases").write_text("postmaster: sender\nMAILER-DAEMON: sender\n")
        self.run(self.binary, "-C", str(self.cf), "-bi", check=False)

    def start(self) -> None:
        self.spawn(self.binary, "-C", str(self.cf), "-bD", "-L", "sm-mta")
        _wait_port(25)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.write_cf()
        if self.proc is not None:
            self.stop()
            self.start()

    def poke(self, scenario: Scenario) -> None:
        self.run(self.binary, "-C", str(self.cf), "-q", check=False)


from .mta_courier import Courier  # noqa: E402  (its own module; it subclasses MTA above)
from .mta_dma import DMA  # noqa: E402  (its own module; it subclasses MTA above)

MTAS = {cls.name: cls for cls in (Postfix, Exim, OpenSMTPD, Sendmail, DMA, Courier)}
