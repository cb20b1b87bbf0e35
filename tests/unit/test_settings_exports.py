"""The auto-configuration files, parsed back and checked element by element."""

from __future__ import annotations

import itertools
import plistlib
import uuid
import xml.etree.ElementTree as ET

import pytest

from pychecks import ports, provider
from pychecks.settings import exports, generate, rules

AD = "{http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a}"
COMBOS = list(itertools.product([True, False], ["imap", "pop3"]))


def account(ssl=True, protocol="imap", email="taro@example.com", **p):
    return rules.build(email, "sv2.example.jp", "", ssl, protocol, "", provider.merged(p))


def files(**kwargs) -> dict[str, dict]:
    r = generate("taro@example.com", incoming="sv2.example.jp", **kwargs)
    return {f["kind"]: f for f in r["files"]}


@pytest.mark.parametrize(("ssl", "protocol"), COMBOS)
def test_autoconfig(ssl, protocol):
    f = files(ssl=ssl, protocol=protocol)["autoconfig"]
    assert f["filename"] == "config-v1.1.xml" and f["mime"] == "application/xml"
    root = ET.fromstring(f["text"])
    assert root.tag == "clientConfig" and root.get("version") == "1.1"
    prov = root.find("emailProvider")
    assert prov.get("id") == "example.com" and prov.findtext("domain") == "example.com"
    inc = prov.find("incomingServer")
    assert inc.get("type") == protocol
    assert inc.findtext("hostname") == "sv2.example.jp"
    assert inc.findtext("port") == str(ports.ENDPOINTS[(protocol, ssl)].port)
    assert inc.findtext("socketType") == ("SSL" if ssl else "plain")
    assert inc.findtext("authentication") == "password-cleartext"
    assert inc.findtext("username") == "%EMAILADDRESS%"
    outs = prov.findall("outgoingServer")
    assert outs[0].get("type") == "smtp"
    assert outs[0].findtext("port") == str(ports.ENDPOINTS[("smtp", ssl)].port)
    assert outs[0].findtext("socketType") == ("SSL" if ssl else "plain")
    assert all(o.findtext("authentication") == "password-cleartext" for o in outs)
    assert all(o.findtext("username") == "%EMAILADDRESS%" for o in outs)
    if ssl:  # 587 with STARTTLS offered as the second choice
        assert [(o.findtext("port"), o.findtext("socketType")) for o in outs[1:]] == [("587", "STARTTLS")]
    else:
        assert len(outs) == 1


@pytest.mark.parametrize(("ssl", "protocol"), COMBOS)
def test_autodiscover(ssl, protocol):
    root = ET.fromstring(files(ssl=ssl, protocol=protocol)["autodiscover"]["text"])
    assert root.tag == "{http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006}Autodiscover"
    acc = root.find(f"{AD}Response/{AD}Account")
    assert acc.findtext(f"{AD}AccountType") == "email" and acc.findtext(f"{AD}Action") == "settings"
    protos = acc.findall(f"{AD}Protocol")
    assert [p.findtext(f"{AD}Type") for p in protos] == [protocol.upper(), "SMTP"]
    for p, service in zip(protos, (protocol, "smtp"), strict=True):
        ep = ports.ENDPOINTS[(service, ssl)]
        assert p.findtext(f"{AD}Server") == "sv2.example.jp"
        assert p.findtext(f"{AD}Port") == str(ep.port)
        assert p.findtext(f"{AD}LoginName") == "taro@example.com"
        assert p.findtext(f"{AD}SPA") == "off"
        assert p.findtext(f"{AD}AuthRequired") == "on"
        assert p.findtext(f"{AD}Encryption") == ("SSL" if ssl else "None")
        assert p.findtext(f"{AD}SSL") == ("on" if ssl else "off")


def test_autodiscover_says_tls_only_for_starttls():
    assert exports.AUTODISCOVER_ENCRYPTION == {"ssl": "SSL", "starttls": "TLS", "none": "None"}
    acc = account()
    starttls = rules.Account(acc.email, acc.domain, True, acc.incoming, acc.alternative_outgoing)
    root = ET.fromstring(exports.autodiscover(starttls, provider.merged()))
    smtp = root.findall(f".//{AD}Protocol")[1]
    assert (smtp.findtext(f"{AD}Port"), smtp.findtext(f"{AD}Encryption")) == ("587", "TLS")


@pytest.mark.parametrize(("ssl", "protocol"), COMBOS)
def test_mobileconfig(ssl, protocol):
    f = files(ssl=ssl, protocol=protocol)["mobileconfig"]
    assert f["filename"].endswith(".mobileconfig") and f["mime"] == "application/x-apple-aspen-config"
    profile = plistlib.loads(f["text"].encode("utf-8"))
    assert profile["PayloadType"] == "Configuration" and profile["PayloadVersion"] == 1
    (mail,) = profile["PayloadContent"]
    assert mail["PayloadType"] == "com.apple.mail.managed"
    assert mail["EmailAccountType"] == {"imap": "EmailTypeIMAP", "pop3": "EmailTypePOP"}[protocol]
    assert mail["EmailAddress"] == mail["IncomingMailServerUsername"] == mail["OutgoingMailServerUsername"]
    assert mail["IncomingMailServerHostName"] == "sv2.example.jp"
    assert mail["IncomingMailServerPortNumber"] == ports.ENDPOINTS[(protocol, ssl)].port
    assert mail["OutgoingMailServerPortNumber"] == ports.ENDPOINTS[("smtp", ssl)].port
    assert mail["IncomingMailServerUseSSL"] is ssl and mail["OutgoingMailServerUseSSL"] is ssl
    assert mail["IncomingMailServerAuthentication"] == mail["OutgoingMailServerAuthentication"] == "EmailAuthPassword"
    assert "IncomingPassword" not in mail and "OutgoingPassword" not in mail
    for payload in (profile, mail):
        uuid.UUID(payload["PayloadUUID"])
    assert profile["PayloadUUID"] != mail["PayloadUUID"]
    assert mail["PayloadIdentifier"].startswith(profile["PayloadIdentifier"])


def test_mobileconfig_uuids_are_stable_but_differ_per_account():
    one = plistlib.loads(files()["mobileconfig"]["text"].encode())
    again = plistlib.loads(files()["mobileconfig"]["text"].encode())
    other = plistlib.loads(files(protocol="pop3")["mobileconfig"]["text"].encode())
    assert one["PayloadUUID"] == again["PayloadUUID"]
    assert one["PayloadUUID"] != other["PayloadUUID"]
    assert one["PayloadContent"][0]["PayloadUUID"] != other["PayloadContent"][0]["PayloadUUID"]


def test_odd_characters_are_escaped_not_injected():
    nasty = {"name": 'A&B <"ホスティング">', "domain": "example.jp"}
    acc = rules.build("o'brien+x@example.com", "sv2.example.jp", provider=provider.merged(nasty))
    p = provider.merged(nasty)
    root = ET.fromstring(exports.autoconfig(acc, p))
    assert 'A&B <"ホスティング">' in root.findtext("emailProvider/displayName")
    assert ET.fromstring(exports.autodiscover(acc, p)).find(f".//{AD}LoginName").text == "o'brien+x@example.com"
    assert plistlib.loads(exports.mobileconfig(acc, p).encode())["PayloadOrganization"] == nasty["name"]
