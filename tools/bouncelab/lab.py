"""Run the bounce lab: `python -m tools.bouncelab.lab [--mta NAME ...] [--only SCENARIO ...]`.

The outer process unpacks the MTAs' packages and prepares a private /etc, then runs
one worker per MTA inside its own network, mount and PID namespaces (`unshare`), so
every server listens on that namespace's loopback only, resolves names through the
lab's DNS server, and dies with the namespace. Each worker starts the DNS server, the
scripted remote server and its MTA, sends one mail per scenario, collects what the
MTA wrote into the sender's Maildir and stops. The outer process then writes
tests/corpus/lab/<mta>/<scenario>.eml and tests/corpus/lab/manifest.json.
"""

from __future__ import annotations

import argparse
import email.policy
import json
import os
import re
import shutil
import signal
import smtplib
import subprocess
import sys
import time
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path

from . import dns, roots
from .mtas import MAIL_UID, MTAS
from .remote import Behaviour, Remote
from .scenarios import LOCAL_DOMAIN, PROVIDERS, SCENARIOS, SENDER, Scenario

REPO = Path(__file__).resolve().parents[2]
WORK = Path(os.environ.get("BOUNCELAB_WORK", REPO / "build" / "bouncelab"))
CORPUS = REPO / "tests" / "corpus" / "lab"
DEFAULT_MTAS = ["postfix", "exim"]

USERS = [  # name, uid, gid, groups: what the MTAs expect in /etc/passwd and /etc/group
    ("labmail", MAIL_UID, MAIL_UID),
    ("postfix", 2501, 2501),
    ("Debian-exim", 2503, 2503),
    ("opensmtpd", 2504, 2504),
    ("opensmtpq", 2505, 2505),
    ("smmta", 2506, 2506),
    ("smmsp", 2507, 2507),
    ("sender", 2510, MAIL_UID),  # Sendmail's local mailer wants real users for its mailboxes
    ("full", 2511, MAIL_UID),
    ("courier", 2512, 2512),
]
GROUPS = [("postdrop", 2502)]


def ip_of(scenarios: list[Scenario]) -> dict[str, str]:
    """Each scenario's remote gets its own loopback address, so no MTA state carries over."""
    return {s.name: f"127.0.{10 + i // 200}.{1 + i % 200}" for i, s in enumerate(SCENARIOS) if s in scenarios}


# ---------------------------------------------------------------------------------------------
# outside the namespace
def private_etc(work: Path, lib_dirs: list[Path]) -> Path:
    """A copy of /etc with the MTAs' users, our resolver and our roots' libraries."""
    etc = work / f"etc-root.{os.getpid()}"  # per run: a running lab keeps its own /etc
    if etc.exists():
        shutil.rmtree(etc)
    shutil.copytree("/etc", etc, symlinks=True, ignore_dangling_symlinks=True)
    for f in ("resolv.conf", "hosts", "passwd", "group"):
        p = etc / f
        if p.is_symlink():
            p.unlink()
            shutil.copy(Path("/etc") / f, p)
    passwd = (etc / "passwd").read_text()
    group = (etc / "group").read_text()
    names = {line.split(":")[0] for line in passwd.splitlines()}
    gnames = {line.split(":")[0] for line in group.splitlines()}
    for name, uid, gid in USERS:
        if name not in names:
            passwd += f"{name}:x:{uid}:{gid}::/nonexistent:/usr/sbin/nologin\n"
        if name not in gnames:
            group += f"{name}:x:{gid}:\n"
    for name, gid in GROUPS:
        if name not in gnames:
            group += f"{name}:x:{gid}:\n"
    (etc / "passwd").write_text(passwd)
    (etc / "group").write_text(group)
    (etc / "resolv.conf").write_text("nameserver 127.0.0.53\noptions timeout:1 attempts:1\n")
    (etc / "hosts").write_text("127.0.0.1 localhost mx01.hosting.example mx02.hosting.example mx03.hosting.example mx04.hosting.example\n")
    (etc / "mailname").write_text("mx.hosting.example\n")
    conf = Path(f"{etc}.ld.so.conf")
    conf.write_text(Path("/etc/ld.so.conf").read_text() + "".join(f"{d}\n" for d in lib_dirs))
    subprocess.run(["ldconfig", "-C", str(etc / "ld.so.cache"), "-f", str(conf)], check=True)
    return etc


def leftover_processes(work: Path) -> list[str]:
    """Processes whose program lies under the lab's roots (there must be none at the end)."""
    out = []
    top = str(work / "roots")
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                exe = os.readlink(f"/proc/{pid}/exe")
            except OSError:
                continue
            if exe.startswith(top):
                out.append(f"{pid} {exe}")
    return out


def outer(args: argparse.Namespace) -> int:
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so the workers are killed below
    t0 = time.monotonic()
    WORK.mkdir(parents=True, exist_ok=True)
    unpacked = {mta: roots.ensure(mta, WORK) for mta in args.mta}
    lib_dirs = [d for root, _ in unpacked.values() for d in roots.lib_dirs(root)]
    etc = private_etc(WORK, lib_dirs)
    procs = {}
    for mta in args.mta:
        root, debver = unpacked[mta]
        work = WORK / "run" / str(os.getpid()) / mta  # per run: labs running side by side stay apart
        if work.exists():
            shutil.rmtree(work)
        work.mkdir(parents=True)
        cmd = ["unshare", "--net", "--mount", "--pid", "--fork", "--mount-proc",
               sys.executable, "-m", "tools.bouncelab.lab", "--inside", mta, "--root", str(root),
               "--work", str(work), "--etc", str(etc), "--debver", debver, *sum((["--only", o] for o in args.only), [])]
        log = open(work.parent / f"{mta}.log", "w")
        procs[mta] = (subprocess.Popen(cmd, cwd=REPO, stdout=log, stderr=subprocess.STDOUT), log)
        print(f"[lab] {mta}: started (log {work.parent / (mta + '.log')})", flush=True)
    failed = []
    try:
        for p, _ in procs.values():
            p.wait()
    except BaseException:
        for p, _ in procs.values():
            p.kill()  # the worker is the namespace's init: everything inside goes with it
        raise
    for mta, (p, log) in procs.items():
        rc = p.wait()
        log.close()
        if rc:
            failed.append(mta)
            print(f"[lab] {mta}: worker failed ({rc}); see {work.parent / (mta + '.log')}", flush=True)
    shutil.rmtree(etc, ignore_errors=True)
    Path(f"{etc}.ld.so.conf").unlink(missing_ok=True)
    left = leftover_processes(WORK)
    if left:
        print("[lab] processes left running:", *left, sep="\n  ", flush=True)
    written = collect([m for m in args.mta if m not in failed], replace=not args.only, corpus=Path(args.out),
                      run=WORK / "run" / str(os.getpid()))
    print(f"[lab] wrote {written} bounces in {time.monotonic() - t0:.0f} s; no process left: {not left}", flush=True)
    return 1 if failed or left else 0


def collect(mtas: list[str], replace: bool, corpus: Path, run: Path) -> int:
    """Copy the workers' bounces into tests/corpus/lab (or `corpus`) and rebuild the manifest."""
    corpus.mkdir(parents=True, exist_ok=True)
    manifest_path = corpus / "manifest.json"
    old = json.loads(manifest_path.read_text()) if manifest_path.exists() else []
    keep = [e for e in old if e["mta"] not in mtas] if replace else old
    new = []
    for mta in mtas:
        res = run / mta / "results.json"
        if not res.exists():
            continue
        out_dir = corpus / mta
        if replace and out_dir.exists():
            shutil.rmtree(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        for entry in json.loads(res.read_text()):
            src = Path(entry.pop("path"))
            shutil.copyfile(src, corpus / entry["file"])
            new.append(entry)
    done = {(e["mta"], e["file"]) for e in new}
    merged = [e for e in keep if (e["mta"], e["file"]) not in done] + new
    merged.sort(key=lambda e: e["file"])
    manifest_path.write_text(json.dumps(merged, ensure_ascii=False, indent=1) + "\n")
    runs_path = corpus / "runs.json"
    runs = json.loads(runs_path.read_text()) if runs_path.exists() else {}
    for mta in mtas:
        meta = run / mta / "meta.json"
        if not meta.exists():
            continue
        got = json.loads(meta.read_text())
        if replace or mta not in runs:
            runs[mta] = got
            continue
        # an --only run: the scenarios it ran replace their old outcome; the full run's time is kept
        ran = {e["scenario"] for e in new if e["mta"] == mta} | set(got["no_bounce"])
        old_nb = {k: v for k, v in runs[mta].get("no_bounce", {}).items() if k not in ran}
        runs[mta]["no_bounce"] = dict(sorted({**old_nb, **got["no_bounce"]}.items()))
        runs[mta]["bounces"] = sum(1 for e in merged if e["mta"] == mta)
        runs[mta]["scenarios"] = len({e["scenario"] for e in merged if e["mta"] == mta} | set(runs[mta]["no_bounce"]))
        runs[mta]["mta_version"] = got["mta_version"]
    runs_path.write_text(json.dumps(runs, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    return len(new)


# ---------------------------------------------------------------------------------------------
# inside the namespace
def zone_for(s: Scenario, ip: str) -> dict:
    zone = {}
    domains = {r.address.split("@", 1)[1] for r in s.rcpts} - {LOCAL_DOMAIN}
    for d in domains:
        if s.dns == "nxdomain":
            continue
        if s.dns == "nodata":
            zone[d] = {}
            continue
        mx = PROVIDERS.get(d, (f"mx.{d}", ""))[0]
        zone[d] = {"MX": [(10, mx)]}
        zone[mx] = {"A": [ip]}
    zone[LOCAL_DOMAIN] = {"MX": [(10, "mx.hosting.example")], "A": ["127.0.0.1"]}
    for h in ("mx01", "mx02", "mx03", "mx04", "mx"):
        zone[f"{h}.hosting.example"] = {"A": ["127.0.0.1"]}
    return zone


def behaviour(s: Scenario) -> Behaviour:
    greeting = PROVIDERS.get(s.domain, ("", f"mx.{s.domain} ESMTP"))[1]
    rcpt = {r.address.split("@")[0].lower(): list(r.reply) for r in s.rcpts if r.reply}
    return Behaviour(stage=s.stage, reply=list(s.reply), action=s.action, greeting=greeting, size=s.size, rcpt=rcpt)


def message(s: Scenario) -> bytes:
    m = EmailMessage()
    m["From"] = f"Lab Sender <{SENDER}>"
    m["To"] = ", ".join(r.address for r in s.rcpts)
    m["Subject"] = f"bouncelab {s.name}" + (" delay-warning" if s.mode == "delay" else "")
    m["Date"] = formatdate(localtime=False)
    m["Message-ID"] = f"<{s.name}.{int(time.time())}@{LOCAL_DOMAIN}>"
    m.set_content("これはバウンスラボの試験送信です。\nThis is a bounce lab test message.\n" * s.body_lines)
    return m.as_bytes(policy=email.policy.SMTP)  # CRLF line ends, as a mail client sends


def overlay(root: Path, target: str, work: Path) -> None:
    """Lay the root's `target` folder over the machine's, in this namespace only (compiled-in paths
    such as /usr/lib/courier). Writes go to an upper folder in the work folder."""
    upper = work / "overlay" / target.strip("/").replace("/", "_")
    (upper / "upper").mkdir(parents=True, exist_ok=True)
    (upper / "work").mkdir(exist_ok=True)
    opts = f"lowerdir={root / target.lstrip('/')}:{target},upperdir={upper / 'upper'},workdir={upper / 'work'}"
    subprocess.run(["mount", "-t", "overlay", "overlay", "-o", opts, target], check=True)


def inside(args: argparse.Namespace) -> int:
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # as the namespace's init, stop cleanly
    subprocess.run(["mount", "--bind", args.etc, "/etc"], check=True)
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    cls = MTAS[args.inside]
    for target in cls.tmpfs:  # only this namespace sees these
        subprocess.run(["mount", "-t", "tmpfs", "tmpfs", target], check=True)
    for target in cls.overlays:
        overlay(Path(args.root), target, Path(args.work))
    for d in cls.make_dirs:
        os.makedirs(d, exist_ok=True)
        os.chmod(d, 0o711)
    for link, target in cls.links.items():
        os.symlink(Path(args.root) / target, link)
    work = Path(args.work)
    scenarios = [s for s in SCENARIOS if (not s.only or args.inside in s.only) and (not args.only or s.name in args.only)]
    scenarios.sort(key=lambda s: s.mode == "delay")  # delay warnings last: their mails stay queued
    ips = ip_of(scenarios)
    zone = dns.Zone()
    dns_sock = dns.serve(zone)
    remote = Remote()
    mta = cls(Path(args.root), work)
    mta.configure(scenarios, ips)
    version = mta.version()
    mta.set_mode("bounce")
    mta.start()
    results = []
    missing: dict[str, str] = {}
    mode = "bounce"
    t0 = time.monotonic()
    try:
        for s in scenarios:
            if s.mode != mode:
                mta.set_mode(s.mode)
                mode = s.mode
            why = mta.unsupported(s)
            if why:
                print(f"[{mta.name}] {s.name}: not run: {why}", flush=True)
                missing[s.name] = why
                continue
            got = run_one(mta, s, ips[s.name], zone, remote, version, args.debver, work, missing)
            results += got
    finally:
        mta.stop()
        remote.close()
        dns_sock.close()
    (work / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1))
    meta = {"mta_version": f"{version} (Debian {args.debver})", "scenarios": len(scenarios),
            "bounces": len(results), "seconds": round(time.monotonic() - t0), "no_bounce": missing}
    (work / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1))
    print(f"[{mta.name}] {len(results)} bounces from {len(scenarios)} scenarios", flush=True)
    return 0


# OpenSMTPD's notice when its queue lifetime (set very short here) ran out before any delivery attempt got
# an answer, and DMA's after any temporary failure (its lifetime is compiled in; the lab backdates the
# queue): the mail carries no remote reply, so what caused this bounce is the lifetime we set
_EXPIRED_ONLY = re.compile(r"^\S+@\S+: envelope expired$|^could not deliver for the last \d+ seconds\. giving up\.$", re.M)  # text lowercased


def expired_instead(expected: dict, text: str) -> dict:
    """The row for a bounce that only says the message expired: ``expired``, no reply code, and 4.4.7
    where the bounce writes it (DMA's carries no code at all: a status it does not give is not expected)."""
    if not _EXPIRED_ONLY.search(text) or expected["reason"] == "expired":
        return expected
    status = "4.4.7" if "4.4.7" in text else ""
    return {**expected, "reason": "expired", "deliverystatus": status, "replycode": "", "hardbounce": False}


def run_one(mta, s: Scenario, ip: str, zone: dns.Zone, remote: Remote, version: str, debver: str,
            work: Path, missing: dict[str, str], timeout: float = 40) -> list[dict]:
    zone.set(zone_for(s, ip))
    if s.dns not in ("refused", "nxdomain", "nodata"):
        remote.listen(ip, behaviour(s))
    mta.begin(s, ip)
    before = set(mta.bounces())
    gone: set[str] = set()
    try:
        refused = mta.submit(SENDER, [r.address for r in s.rcpts], message(s))
        if refused:
            print(f"[{mta.name}] {s.name}: refused at submission: {refused}", flush=True)
            gone = {a.lower() for a in refused}
        end = time.monotonic() + timeout
        poke = time.monotonic() + 3
        new: list = []
        while time.monotonic() < end:
            new = [p for p in mta.bounces() if p not in before]
            if new:
                time.sleep(1.5)  # a second notice (e.g. a local and a remote failure) may follow
                new = [p for p in mta.bounces() if p not in before]
                break
            if time.monotonic() > poke:
                mta.poke(s)
                poke = time.monotonic() + 3
            time.sleep(0.3)
    except (smtplib.SMTPException, OSError) as e:
        # e.g. OpenSMTPD refuses an unknown local user at RCPT: the sender's client sees
        # the error at once and no bounce is ever written
        print(f"[{mta.name}] {s.name}: refused at submission, no bounce: {str(e)[:200]}", flush=True)
        missing[s.name] = f"refused at submission: {str(e)[:160]}"
        remote.close()
        return []
    finally:
        remote.close()
    if not new:
        print(f"[{mta.name}] {s.name}: NO BOUNCE within {timeout:.0f} s", flush=True)
        missing[s.name] = f"no bounce within {timeout:.0f} s"
        return []
    out = []
    expected = [e for e in s.expected() if e["recipient"].lower() not in gone]
    for path in sorted(new, key=lambda p: p.stat().st_mtime):
        text = path.read_bytes().decode("utf-8", "replace").lower()
        mine = [e for e in expected if e["recipient"].lower() in text] if len(new) > 1 else expected
        mine = [expired_instead(e, text) for e in mine]
        if not mine:
            continue  # e.g. a copy to the postmaster: no record of ours in it
        name = f"{s.name}.eml" if not out else f"{s.name}-{len(out) + 1}.eml"
        out.append({
            "file": f"{mta.name}/{name}",
            "lhost": mta.lhost or (mta.name.capitalize() if mta.name != "opensmtpd" else "OpenSMTPD"),
            "mta": mta.name,
            "mta_version": f"{version} (Debian {debver})",
            "scenario": s.name,
            "cause": s.cause,
            "source": s.source,
            "expected": mine,
            "path": str(path),
        })
    print(f"[{mta.name}] {s.name}: {len(new)} bounce(s)", flush=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mta", action="append", help=f"MTA to run (default: {' '.join(DEFAULT_MTAS)})")
    ap.add_argument("--only", action="append", default=[], help="run only this scenario (repeatable)")
    ap.add_argument("--out", default=str(CORPUS), help="corpus folder to write (default: tests/corpus/lab)")
    ap.add_argument("--inside", help=argparse.SUPPRESS)
    ap.add_argument("--root", help=argparse.SUPPRESS)
    ap.add_argument("--work", help=argparse.SUPPRESS)
    ap.add_argument("--etc", help=argparse.SUPPRESS)
    ap.add_argument("--debver", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.inside:
        return inside(args)
    if os.geteuid() != 0:
        sys.exit("the bounce lab needs root (network namespaces, private /etc, MTAs binding port 25)")
    args.mta = args.mta or DEFAULT_MTAS
    unknown = [m for m in args.mta if m not in MTAS]
    if unknown:
        sys.exit(f"unknown MTA: {unknown}; known: {sorted(MTAS)}")
    return outer(args)


if __name__ == "__main__":
    sys.exit(main())
