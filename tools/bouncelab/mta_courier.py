"""The Courier mail server in the lab.

Courier's programs have compiled-in paths (/etc/courier, /var/lib/courier, /usr/lib/courier,
/run/courier): inside the worker's namespace the root's /etc, /usr/lib and /var/lib are laid
over the machine's (see `MTA.overlays`), so the configuration and the queue written here land
in the work folder. Local mail goes through Courier's own local module; the accounts
(`sender`, `full`) come from a userdb served by authdaemond, each pointing at its Maildir.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from .mtas import MAIL_UID, MTA, _wait_port
from .scenarios import LOCAL_DOMAIN, Scenario

ETC = Path("/etc/courier")
LIB = Path("/usr/lib/courier")
SPOOL = Path("/var/lib/courier")


class Courier(MTA):
    name = "courier"
    package = "courier-mta"
    overlays = ("/etc", "/usr/lib", "/var/lib")
    tmpfs = ("/run",)
    make_dirs = ("/run/courier/authdaemon",)

    def control(self, name: str, value: str) -> None:
        (ETC / name).write_text(value + "\n")

    def version(self) -> str:
        out = self.run(str(self.root / "usr/sbin/courier"), "--version", check=False)
        m = re.search(r"Courier (\S+)", out)
        return m.group(1) if m else out.strip()

    def configure(self, scenarios: list[Scenario], ip_of: dict[str, str]) -> None:
        self.prepare_mailboxes()
        for d in ("msgs", "msgq", "tmp", "track", "filters", "allfilters", "sts"):
            (SPOOL / d).mkdir(parents=True, exist_ok=True)
        for dirpath in [SPOOL, *SPOOL.rglob("*")]:
            shutil.chown(dirpath, "courier", "courier")
        shutil.chown("/run/courier", "courier", "courier")
        self.control("me", "mx05.hosting.example")
        self.control("defaultdomain", LOCAL_DOMAIN)
        self.control("locals", LOCAL_DOMAIN)
        self.control("enablefiltering", "")  # no courierfilter running
        self.control("esmtptimeoutconnect", "3")
        self.control("esmtptimeouthelo", "6")
        self.control("esmtptimeout", "6")
        self.control("esmtptimeoutdata", "6")
        self.control("esmtptimeoutkeepalive", "1")
        self.control("retryalpha", "1s")
        self.control("retrybeta", "1")
        self.control("retrygamma", "1s")
        self.control("retrymaxdelta", "0")
        self.control("submitdelay", "0")
        # Required TLS per destination, as Courier's esmtproutes does it (no relay: MX as usual).
        self.control(
            "esmtproutes", "".join(f"{s.domain}: /SECURITY=STARTTLS\n" for s in scenarios if s.require_tls)
        )
        (ETC / "smtpaccess").mkdir(exist_ok=True)
        (ETC / "smtpaccess" / "default").write_text("127.0.0.1\tallow,RELAYCLIENT\n")
        self.run(
            "/bin/sh",
            str(LIB / "makedat"),
            f"-src={ETC}/smtpaccess",
            f"-file={ETC}/smtpaccess.dat",
            f"-tmp={ETC}/smtpaccess.tmp",
        )
        (ETC / "aliases" / "system").write_text(
            f"postmaster: sender@{LOCAL_DOMAIN}\nmailer-daemon: postmaster\n"
        )
        self.run("/bin/sh", str(LIB / "makealiases"))
        # the accounts: the local module looks them up through authdaemond (userdb module) and
        # delivers into the Maildir named by `mail=`; `full` has a Maildir++ quota below its content
        mail = self.work / "mail"
        (ETC / "userdb").write_text(
            f"sender\tuid={MAIL_UID}|gid={MAIL_UID}|home={mail}/sender|mail={mail}/sender\n"
            f"full\tuid={MAIL_UID}|gid={MAIL_UID}|home={mail}/full|mail={mail}/full|quota=2000S\n"
        )
        (ETC / "userdb").chmod(0o600)
        self.run("/usr/bin/perl", str(self.root / "usr/sbin/makeuserdb"))
        (ETC / "authdaemonrc").write_text(
            'authmodulelist="authuserdb"\nauthmodulelistorig="authuserdb"\ndaemons=1\n'
            'authdaemonvar=/run/courier/authdaemon\nDEBUG_LOGIN=0\nDEFAULTOPTIONS=""\nLOGGEROPTS=""\n'
        )
        self.mode = "bounce"
        self.write_times()

    def write_times(self) -> None:
        # a few seconds, not one: the first attempt must get the remote's answer before expiry
        queuetime, warntime = ("1d", "2s") if self.mode == "delay" else ("4s", "1d")
        self.control("queuetime", queuetime)
        self.control("warntime", warntime)

    def start(self) -> None:
        script = self.work / "start.sh"
        sbin = self.root / "usr/sbin"
        script.write_text(
            "#!/bin/sh\n"
            "# the lab's Courier: authdaemond, courierd and the SMTP listener, in one process group\n"
            f"{LIB}/courier-authlib/authdaemond &\n"
            f"/usr/bin/env -i /bin/sh -c 'set -a; . {ETC}/courierd; exec {LIB}/courier/courierd' &\n"
            f"/usr/bin/env -i /bin/sh -c 'set -a; . {ETC}/esmtpd; BOFHCHECKDNS=0; TARPIT=0; "
            f"exec {sbin}/couriertcpd -nodnslookup -noidentlookup -user=courier -group=courier "
            f"-address=127.0.0.1 -access={ETC}/smtpaccess.dat -maxprocs=40 -maxperc=40 -maxperip=40 "
            f"25 {LIB}/courier/modules/esmtp/courieresmtpd' &\n"
            "wait\n"
        )
        script.chmod(0o755)
        self.spawn("/bin/sh", str(script))
        _wait_port(25)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.write_times()  # submit reads them for each new message

    def poke(self, scenario: Scenario) -> None:
        # retries come every second anyway (retryalpha/retrygamma); a flush makes the next one now
        self.run(str(self.root / "usr/sbin/courier"), "flush", check=False)
