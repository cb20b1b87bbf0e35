"""Private roots for the MTAs: Debian packages fetched with `apt-get download` and
unpacked with `dpkg-deb -x`, so MTAs that conflict as packages live side by side and
nothing is installed on the machine itself."""

from __future__ import annotations

import subprocess
from pathlib import Path

# MTA -> the packages its root needs (libraries the machine lacks included).
PACKAGES: dict[str, list[str]] = {
    "postfix": ["postfix"],
    "exim": ["exim4-daemon-light", "exim4-base", "exim4-config", "libidn12"],
    "opensmtpd": ["opensmtpd"],
    "sendmail": ["sendmail-bin", "sendmail-base", "sendmail-cf", "m4", "libwrap0"],
    "dma": ["dma"],
    "courier": ["courier-mta", "courier-base", "courier-authlib", "courier-authlib-userdb", "libcourier-unicode4",
                "libidn12", "libltdl7"],
}


def _download(names: list[str], debs: Path) -> None:
    cmd = ["apt-get", "download", *names]
    if subprocess.run(cmd, cwd=debs, capture_output=True).returncode:
        subprocess.run(["apt-get", "update"], check=True, capture_output=True)
        subprocess.run(cmd, cwd=debs, check=True, capture_output=True)


def ensure(mta: str, work: Path) -> tuple[Path, str]:
    """Unpack the MTA's packages once; return its root and the main package's Debian version."""
    debs = work / "debs"
    debs.mkdir(parents=True, exist_ok=True)
    names = PACKAGES[mta]
    missing = [n for n in names if not list(debs.glob(f"{n}_*.deb"))]
    if missing:
        _download(missing, debs)
    root = work / "roots" / mta
    stamp = root / ".unpacked"
    if not stamp.exists():
        root.mkdir(parents=True, exist_ok=True)
        for n in names:
            for deb in debs.glob(f"{n}_*.deb"):
                subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        stamp.write_text("\n".join(names) + "\n")
    main = sorted(debs.glob(f"{names[0]}_*.deb"))[-1]
    return root, main.name.split("_")[1]


def lib_dirs(root: Path) -> list[Path]:
    """Folders of the root that hold shared libraries the MTA's programs load."""
    return [d for d in (root / "usr/lib/x86_64-linux-gnu", root / "usr/lib/postfix", root / "lib/x86_64-linux-gnu")
            if d.is_dir() and any(d.glob("*.so*"))]
