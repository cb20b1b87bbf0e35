"""Files that configure a client by themselves: Thunderbird autoconfig,
an Apple configuration profile and an Outlook Autodiscover (POX) answer.

XML is built with ElementTree and the profile with plistlib, so whatever
the reader typed is escaped by the library; characters that XML 1.0 cannot
hold at all (control characters, lone surrogates, U+FFFE/U+FFFF), which the
libraries would write raw or refuse with an exception, are dropped first, so
no value can make a file malformed.  No file holds a password.
"""

from __future__ import annotations

import plistlib
import re
import uuid
import xml.etree.ElementTree as ET
from typing import Any

from pychecks.settings.rules import Account, Server

XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
SOCKET_TYPES = {"ssl": "SSL", "starttls": "STARTTLS", "none": "plain"}
# Autodiscover: "SSL" is TLS from the first byte (993/995/465), "TLS" is STARTTLS.
AUTODISCOVER_ENCRYPTION = {"ssl": "SSL", "starttls": "TLS", "none": "None"}
AUTODISCOVER_TYPES = {"imap": "IMAP", "pop3": "POP3", "smtp": "SMTP"}
AUTODISCOVER_NS = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006"
AUTODISCOVER_OUTLOOK_NS = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"
# Stable namespace for the profile's UUIDs: same inputs, same file.
PROFILE_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/pychecks/settings/mobileconfig")
APPLE_ACCOUNT_TYPES = {"imap": "EmailTypeIMAP", "pop3": "EmailTypePOP"}


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: Any) -> str:
    """``value`` as text that XML 1.0 (and so a plist) can hold."""
    return _NOT_XML.sub("", str(value))


def _plist_clean(value: Any) -> Any:
    if isinstance(value, str):
        return xml_text(value)
    if isinstance(value, dict):
        return {xml_text(k): _plist_clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plist_clean(v) for v in value]
    return value


def _sub(parent: ET.Element, tag: str, text: Any = None) -> ET.Element:
    el = ET.SubElement(parent, tag)
    if text is not None:
        el.text = xml_text(text)
    return el


def _xml(root: ET.Element) -> str:
    ET.indent(root)
    return XML_DECLARATION + ET.tostring(root, encoding="unicode") + "\n"


def autoconfig(account: Account, provider: dict[str, Any]) -> str:
    """Thunderbird's ``config-v1.1.xml`` for the account's domain."""
    root = ET.Element("clientConfig", version="1.1")
    prov = _sub(root, "emailProvider")
    prov.set("id", xml_text(account.domain))
    _sub(prov, "domain", account.domain)
    _sub(prov, "displayName", f"{account.shown_domain}({provider['name']})")
    _sub(prov, "displayShortName", account.shown_domain)
    _autoconfig_server(prov, "incomingServer", account.incoming)
    outgoing = [account.outgoing] + ([account.alternative_outgoing] if account.alternative_outgoing else [])
    for server in outgoing:
        _autoconfig_server(prov, "outgoingServer", server)
    return _xml(root)


def _autoconfig_server(parent: ET.Element, tag: str, server: Server) -> None:
    el = _sub(parent, tag)
    el.set("type", xml_text(server.protocol))
    _sub(el, "hostname", server.host)
    _sub(el, "port", server.port)
    _sub(el, "socketType", SOCKET_TYPES[server.security])
    _sub(el, "authentication", server.auth)
    _sub(el, "username", "%EMAILADDRESS%")


def autodiscover(account: Account, provider: dict[str, Any]) -> str:
    """An Outlook Autodiscover POX response (what ``/autodiscover/autodiscover.xml`` answers)."""
    root = ET.Element("Autodiscover", xmlns=AUTODISCOVER_NS)
    response = _sub(root, "Response")
    response.set("xmlns", AUTODISCOVER_OUTLOOK_NS)
    acc = _sub(response, "Account")
    _sub(acc, "AccountType", "email")
    _sub(acc, "Action", "settings")
    for server in (account.incoming, account.outgoing):
        _autodiscover_protocol(acc, server)
    return _xml(root)


def _autodiscover_protocol(parent: ET.Element, server: Server) -> None:
    proto = _sub(parent, "Protocol")
    _sub(proto, "Type", AUTODISCOVER_TYPES[server.protocol])
    _sub(proto, "Server", server.host)
    _sub(proto, "Port", server.port)
    _sub(proto, "DomainRequired", "off")
    _sub(proto, "LoginName", server.username)
    _sub(proto, "SPA", "off")
    _sub(proto, "SSL", "off" if server.security == "none" else "on")
    _sub(proto, "Encryption", AUTODISCOVER_ENCRYPTION[server.security])
    _sub(proto, "AuthRequired", "on")
    if server.protocol == "smtp":
        _sub(proto, "UsePOPAuth", "on")
        _sub(proto, "SMTPLast", "off")


def profile_identifier(account: Account, provider: dict[str, Any]) -> str:
    """Reverse-DNS identifier: installing again replaces the same profile."""
    base = ".".join(reversed(str(provider["domain"]).split(".")))
    return f"{base}.mail.{uuid.uuid5(PROFILE_NAMESPACE, xml_text(account.email.lower()))}"


def mobileconfig(account: Account, provider: dict[str, Any]) -> str:
    """An unsigned Apple configuration profile with one mail account and no password."""
    key = "|".join(
        str(x) for x in (account.email, account.incoming.protocol, account.incoming.host, account.outgoing.host,
                         account.ssl, provider["name"])
    )
    key = xml_text(key)  # uuid5 needs text that UTF-8 can encode
    ident = profile_identifier(account, provider)
    inc, out = account.incoming, account.outgoing
    mail = {
        "PayloadType": "com.apple.mail.managed",
        "PayloadVersion": 1,
        "PayloadIdentifier": ident + ".account",
        "PayloadUUID": str(uuid.uuid5(PROFILE_NAMESPACE, "account|" + key)).upper(),
        "PayloadDisplayName": f"メール({account.shown_email})",
        "EmailAccountDescription": account.shown_email,
        "EmailAccountType": APPLE_ACCOUNT_TYPES[inc.protocol],
        "EmailAddress": account.email,
        "IncomingMailServerAuthentication": "EmailAuthPassword",
        "IncomingMailServerHostName": inc.host,
        "IncomingMailServerPortNumber": inc.port,
        "IncomingMailServerUseSSL": inc.security != "none",
        "IncomingMailServerUsername": inc.username,
        "OutgoingMailServerAuthentication": "EmailAuthPassword",
        "OutgoingMailServerHostName": out.host,
        "OutgoingMailServerPortNumber": out.port,
        "OutgoingMailServerUseSSL": out.security != "none",
        "OutgoingMailServerUsername": out.username,
        "OutgoingPasswordSameAsIncomingPassword": True,
    }
    profile = {
        "PayloadType": "Configuration",
        "PayloadVersion": 1,
        "PayloadIdentifier": ident,
        "PayloadUUID": str(uuid.uuid5(PROFILE_NAMESPACE, "profile|" + key)).upper(),
        "PayloadDisplayName": f"{provider['name']} メール設定({account.shown_email})",
        "PayloadDescription": "メールアカウントの設定です。パスワードは含まれていません。インストールの途中で入力します。",
        "PayloadOrganization": provider["name"],
        "PayloadRemovalDisallowed": False,
        "PayloadContent": [mail],
    }
    return plistlib.dumps(_plist_clean(profile), fmt=plistlib.FMT_XML, sort_keys=True).decode("utf-8")


EXPORTS = {
    # kind: (builder, file name, MIME type, button text)
    "autoconfig": (autoconfig, "config-v1.1.xml", "application/xml", "Thunderbird 用の自動設定ファイル"),
    "mobileconfig": (mobileconfig, "{local}.mobileconfig", "application/x-apple-aspen-config",
                     "iPhone / iPad / Mac 用の構成プロファイル"),
    "autodiscover": (autodiscover, "autodiscover.xml", "application/xml", "Outlook 用の自動検出(Autodiscover)ファイル"),
}


def files(account: Account, provider: dict[str, Any]) -> list[dict[str, str]]:
    """Every export as ``{kind, filename, mime, label, text}`` for the page's download buttons."""
    safe_local = "".join(c if c.isalnum() or c in "-_." else "_" for c in account.email.split("@")[0]) or "mail"
    result = []
    for kind, (build, name, mime, label) in EXPORTS.items():
        filename = name.format(local=f"{safe_local}-{account.domain}")
        result.append({"kind": kind, "filename": filename, "mime": mime, "label": label,
                       "text": build(account, provider)})
    return result
