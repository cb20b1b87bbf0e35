"""The lab's own servers (no MTA, no root): the DNS server and the scripted remote."""

from __future__ import annotations

import smtplib
import socket
import struct

import pytest

from tools.bouncelab import dns
from tools.bouncelab.remote import Behaviour, Remote
from tools.bouncelab.scenarios import SCENARIOS, by_name


def _query(port: int, name: str, qtype: int) -> tuple[int, int, bytes]:
    q = b"\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00" + dns._name(name) + struct.pack("!HH", qtype, 1)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(2)
        s.sendto(q, ("127.0.0.1", port))
        answer = s.recv(4096)
    flags, _qd, ancount = struct.unpack("!HHH", answer[2:8])
    return flags & 15, ancount, answer


def test_dns_answers_mx_a_nodata_and_nxdomain():
    zone = dns.Zone()
    zone.set({"gmail.com": {"MX": [(10, "gmail-smtp-in.l.google.com")]},
              "gmail-smtp-in.l.google.com": {"A": ["127.0.10.1"]}, "nodata.example": {}})
    sock = dns.serve(zone, "127.0.0.1", 0)
    port = sock.getsockname()[1]
    try:
        assert _query(port, "gmail.com", dns.MX)[:2] == (0, 1)
        rcode, count, raw = _query(port, "gmail-smtp-in.l.google.com", dns.A)
        assert (rcode, count) == (0, 1) and raw.endswith(socket.inet_aton("127.0.10.1"))
        assert _query(port, "nodata.example", dns.MX)[:2] == (0, 0)
        assert _query(port, "no-such-domain.example", dns.A)[0] == 3
    finally:
        sock.close()


@pytest.fixture
def remote():
    r = Remote()
    yield r
    r.close()


def test_remote_answers_at_the_scripted_stage(remote):
    reply = ["550-5.1.1 first line", "550 5.1.1 last line"]
    port = remote.listen("127.0.0.1", Behaviour(stage="rcpt", reply=reply), port=0)
    with smtplib.SMTP("127.0.0.1", port, timeout=5) as c:
        with pytest.raises(smtplib.SMTPRecipientsRefused) as err:
            c.sendmail("a@customer.example", ["b@gmail.com"], b"Subject: x\r\n\r\nx\r\n")
    code, text = err.value.recipients["b@gmail.com"]
    assert code == 550 and text == b"5.1.1 first line\n5.1.1 last line"


def test_remote_enforces_its_size_limit_and_per_recipient_replies(remote):
    port = remote.listen("127.0.0.1", Behaviour(size=100, rcpt={"full": ["552 5.2.2 full"]}), port=0)
    with smtplib.SMTP("127.0.0.1", port, timeout=5) as c:
        refused = c.sendmail("a@customer.example", ["ok@x.example", "full@x.example"], b"Subject: x\r\n\r\nx\r\n")
        assert refused == {"full@x.example": (552, b"5.2.2 full")}
        with pytest.raises(smtplib.SMTPSenderRefused):
            c.sendmail("a@customer.example", ["ok@x.example"], b"Subject: x\r\n\r\n" + b"y" * 500 + b"\r\n")


def test_scenarios_are_well_formed():
    assert len(by_name()) == len(SCENARIOS) >= 60
    for s in SCENARIOS:
        assert s.source and s.cause and s.expected(), s.name
        if s.reply:
            assert s.stage, s.name
            assert all(line[:3].isdigit() for line in s.reply), s.name
