"""A tiny authoritative DNS server on loopback, so the MTAs resolve only what a scenario says.

Standard library only. It answers A and MX from a zone the driver changes between
scenarios; names not in the zone get NXDOMAIN, names without the asked type get an
empty NOERROR answer (so "no MX, no A" is a real NODATA, as on the Internet).
"""

from __future__ import annotations

import os
import socket
import struct
import threading

A, MX, AAAA = 1, 15, 28
DEBUG = bool(os.environ.get("BOUNCELAB_DNS_DEBUG"))


def _name(labels: str) -> bytes:
    out = b""
    for part in labels.rstrip(".").split("."):
        if part:
            out += bytes([len(part)]) + part.encode("ascii")
    return out + b"\0"


def _read_question(packet: bytes) -> tuple[str, int, int]:
    pos, labels = 12, []
    while packet[pos]:
        n = packet[pos]
        labels.append(packet[pos + 1 : pos + 1 + n].decode("ascii", "replace"))
        pos += 1 + n
    qtype, _qclass = struct.unpack("!HH", packet[pos + 1 : pos + 5])
    return ".".join(labels).lower(), qtype, pos + 5


class Zone:
    """Records by lower-case name: {"A": ["127.0.10.1"], "MX": [(10, "mx.example")]}."""

    def __init__(self) -> None:
        self.records: dict[str, dict[str, list]] = {}
        self.lock = threading.Lock()

    def set(self, records: dict[str, dict[str, list]]) -> None:
        with self.lock:
            self.records = {k.lower().rstrip("."): v for k, v in records.items()}

    def answer(self, packet: bytes) -> bytes:
        name, qtype, end = _read_question(packet)
        with self.lock:
            node = self.records.get(name)
        flags = 0x8400 | (packet[2] & 0x01) << 8  # QR, AA, copy RD
        rrs = b""
        count = 0
        if node is None:
            flags |= 3  # NXDOMAIN
        elif qtype == A:
            for ip in node.get("A", []):
                rrs += b"\xc0\x0c" + struct.pack("!HHIH", A, 1, 0, 4) + socket.inet_aton(ip)
                count += 1
        elif qtype == MX:
            for pref, host in node.get("MX", []):
                rdata = struct.pack("!H", pref) + _name(host)
                rrs += b"\xc0\x0c" + struct.pack("!HHIH", MX, 1, 0, len(rdata)) + rdata
                count += 1
        if DEBUG:
            print(f"[dns] {name} type={qtype} rcode={flags & 15} answers={count}", flush=True)
        header = packet[:2] + struct.pack("!HHHHH", flags, 1, count, 0, 0)
        return header + packet[12:end] + rrs


def serve(zone: Zone, address: str = "127.0.0.53", port: int = 53) -> socket.socket:
    """Answer queries in a daemon thread; close the returned socket to stop."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((address, port))

    def loop() -> None:
        while True:
            try:
                packet, peer = sock.recvfrom(4096)
            except OSError:
                return
            try:
                sock.sendto(zone.answer(packet), peer)
            except (IndexError, struct.error, OSError):
                continue

    threading.Thread(target=loop, daemon=True, name="lab-dns").start()
    return sock
