"""The lab's scenarios: one row per cause we set up, with the answer we expect.

The expected `reason` comes from the cause (what the scripted remote server says, or
what we broke locally), in Sisimai's reason vocabulary; never from what the engine
says. `deliverystatus` and `replycode` are expected only where the cause fixes them
(the remote's own reply); where the MTA itself picks the code (local causes, network
failures) they are left empty and not scored. Rows are data: adding a line here adds a
bounce for every MTA in the lab.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# the sources of the documented rows the scenarios answer with (one place for each URL)
from tests.unit.documented_wordings import (
    ATT_WORLDNET,
    BROADCOM_OUTBOUND,
    COX_FORUM_CXCNCT,
    CYRUS_ERR,
    CYRUS_LMTP,
    DOVECOT_LMTP,
    DOVECOT_MAIL_ERROR,
    DOVECOT_QUOTA,
    MIMECAST_CODES,
    MS_HOPCOUNT,
    MS_JA_MEPF,
    MS_KB_AUTHREQUIRED,
    MS_MULTIFROM,
    MS_NDR,
    MS_NDR_2022,
    MS_UNTRUSTEDROOT,
    ORANGE_BENTO,
    POSTFIX_REF,
    QMAIL_SMTPD,
    SM_PROTO,
    TONLINE_NOWL,
    TRENDMICRO_DDEI,
    TRENDMICRO_ERS,
    YANDEX_OTHER,
    ZIMBRA_LMTP,
)

LOCAL_DOMAIN = "customer.example"  # the hosting customer's domain, local on every MTA
SENDER = f"sender@{LOCAL_DOMAIN}"

# Where the wordings come from (cited per row).
GOOGLE = "https://support.google.com/a/answer/3726730"
MICROSOFT = "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online"
YAHOO = "https://senders.yahooinc.com/smtp-error-codes/"
POSTFIX = "https://www.postfix.org/postconf.5.html"
POSTFIX_ACCESS = "https://www.postfix.org/SMTPD_ACCESS_README.html"
EXIM = "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-access_control_lists.html"
SENDMAIL = "https://www.sendmail.org/~ca/email/doc8.12/op-sh-5.html"
LAB = "cause set up in the lab (no remote wording)"
ICLOUD = "https://smtp.codes/icloud (replies iCloud sends, pointing to https://support.apple.com/en-us/HT204137)"
JP_CARRIERS = "https://moneytimes.jp/archives/185548/2 (carrier replies: 550 Unknown user, 550 Invalid recipient)"
DOCOMO = "https://support.ntt.com/mail/faq/detail/pid2300000e64 (docomo's [Unknown user] reply)"
DTI = "http://dream.jp/support/techinfo/mail/error/error05.html (a Japanese ISP's Japanese reason text)"
AMAVIS = "https://www.amavis.org/README.postfix.html (amavisd-new reject replies behind Postfix)"
# security gateways and more providers (the rows of tests/unit/documented_wordings.py, same URLs)
MIMECAST_SEEN = "https://wordtothewise.com/2018/07/who-are-mimecast (Mimecast rejections as bounce logs show them)"
SOPHOS_FLOOD = ("https://thetechgeeks.com/blogs/sophos/sophos-central-email-outbound-email-rate-limit-mail-flood-detected-"
                "notifications-and-bounce-backs")
CISCO_SPF = "https://manualsbrain.com/en/manuals/1700579/?page=292 (AsyncOS listener SPF reject/defer texts)"
SITEPACKAGE = ("http://www.sitepackage.de/service/dokumentation/auswertung/"
               "typische-fehlermeldungen-bei-unzustellbarkeit.html (T-Online, GMX, WEB.DE replies)")
NETEASE_CODES = "https://biecuoliao.com/pa/MBRrwEM.html (NetEase 163/126 code list)"
SENDMAGIC_DOCOMO = "https://note.com/sendmagic/n/neb6bbe7e51cf (docomo's replies)"
ZOHO = "https://zstatic.zohostatic.com/zeptomail/help/api/smtp-error-codes.html"
# Exchange Online / Exchange Server, delivery agents, MTAs (the rows of tests/unit/documented_wordings.py, same URLs)
EXCHANGE_EXRECIP = "https://pastebin.com/e6yfDi5v (Exchange Server's RESOLVER.ADR.ExRecipNotFound)"

# Recipient domain -> (MX host name, greeting the scripted server sends).
PROVIDERS: dict[str, tuple[str, str]] = {
    "gmail.com": ("gmail-smtp-in.l.google.com", "mx.google.com ESMTP d2e1a72fcca58-7f1a2b3c4d5e - gsmtp"),
    "workspace.example": ("aspmx.l.google.com", "mx.google.com ESMTP 41be03b00d2f7-b7c1d2e3f4a5 - gsmtp"),
    "outlook.com": (
        "outlook-com.olc.protection.outlook.com",
        "TYZPR04CA0001.outlook.office365.com Microsoft ESMTP MAIL Service ready at Tue, 1 Dec 2026 00:00:00 +0000",
    ),
    "m365.example": (
        "m365-example.mail.protection.outlook.com",
        "OS0P286CA0001.mail.protection.outlook.com Microsoft ESMTP MAIL Service ready",
    ),
    "yahoo.co.jp": ("mx1.mail.yahoo.co.jp", "mta1.mail.yahoo.co.jp ESMTP"),
    "yahoo.com": ("mta5.am0.yahoodns.net", "mta1001.mail.gq1.yahoo.com ESMTP ready"),
    "icloud.com": ("mx01.mail.icloud.com", "mx01.mail.icloud.com ESMTP"),
    "docomo.ne.jp": ("mfsmax.docomo.ne.jp", "mfsmax.docomo.ne.jp ESMTP"),
    "au.com": ("lsean.ezweb.ne.jp", "mx.au.com ESMTP"),
    "softbank.ne.jp": ("mx.softbank.ne.jp", "mx.softbank.ne.jp ESMTP"),
    "biglobe.ne.jp": ("mx.biglobe.ne.jp", "mx.biglobe.ne.jp ESMTP"),
    "ocn.ne.jp": ("mx.ocn.ne.jp", "mx.ocn.ne.jp ESMTP"),
    "postfix.example": ("mx.postfix.example", "mx.postfix.example ESMTP Postfix"),
    "exim.example": ("mx.exim.example", "mx.exim.example ESMTP Exim 4.97 Tue, 01 Dec 2026 00:00:00 +0000"),
    "sendmail.example": ("mx.sendmail.example", "mx.sendmail.example ESMTP Sendmail 8.17.1/8.17.1"),
    # customers behind security gateways (their MX is the gateway's)
    "mimecast.example": ("eu-smtp-inbound-1.mimecast.com", "eu-smtp-1.mimecast.com ESMTP"),
    "messagelabs.example": ("cluster1.eu.messagelabs.com", "server-3.tower-1.messagelabs.com ESMTP"),
    "sophos.example": ("mx-01-eu-west-1.prod.hydra.sophos.com", "mx-01-eu-west-1.prod.hydra.sophos.com ESMTP"),
    "trendmicro.example": ("trendmicro-example.in.tmes.trendmicro.eu", "in.tmes.trendmicro.eu ESMTP"),
    "ironport.example": ("mx1.ironport.example", "mx1.ironport.example ESMTP"),
    "proofpoint.example": ("mx0a-00000001.pphosted.com", "mx0a-00000001.pphosted.com ESMTP mfa-m0000001"),
    # other mailbox providers
    "cox.net": ("mx.east.cox.net", "cxr.mx.east.cox.net cxr ESMTP server ready"),
    "t-online.de": ("mx00.t-online.de", "mailin00.mgt.mul.t-online.de T-Online ESMTP receiver ready"),
    "gmx.de": ("mx00.emig.gmx.net", "mx.emig.gmx.net (mxgmx000) Nemesis ESMTP Service ready"),
    "web.de": ("mx-ha02.web.de", "mx.web.de (mxweb000) Nemesis ESMTP Service ready"),
    "orange.fr": ("smtp-in.orange.fr", "mwinf5d00 ME ESMTP server ready"),
    "163.com": ("163mx01.mxmail.netease.com", "163.com Anti-spam GT for Coremail System (163com[20141201])"),
    "yandex.ru": ("mx.yandex.ru", "mx.yandex.ru ESMTP"),
    "att.net": ("ff-ip4-mx-vip1.prodigy.net", "flpd000.prodigy.net ESMTP"),
    "bellsouth.net": ("ff-ip4-mx-vip2.prodigy.net", "flpd001.prodigy.net ESMTP"),
    "zoho.com": ("mx.zoho.com", "mx.zohomail.com SMTP Server ready"),
    # Exchange Server on premises, delivery agents behind an MX, qmail, Comcast
    "exchange.example": ("mail.exchange.example", "EX01.exchange.example Microsoft ESMTP MAIL Service ready"),
    "dovecot.example": ("mx.dovecot.example", "mx.dovecot.example ESMTP Postfix"),
    "cyrus.example": ("mx.cyrus.example", "mx.cyrus.example ESMTP Postfix"),
    "zimbra.example": ("mx.zimbra.example", "mx.zimbra.example ESMTP Postfix"),
    "qmail.example": ("mx.qmail.example", "mx.qmail.example ESMTP"),
    "comcast.net": ("mx1.comcast.net", "resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net ESMTP server ready"),
}

_CODE = re.compile(r"^([245]\d\d)[ -](?:([245]\.\d{1,3}\.\d{1,3})\b)?")


@dataclass(frozen=True)
class Rcpt:
    """One recipient of a scenario's mail and what its bounce record must say."""

    address: str
    reason: str = ""  # "" when the recipient is delivered (no record expected)
    deliverystatus: str = ""
    replycode: str = ""
    reply: tuple[str, ...] = ()  # the remote's RCPT reply for this recipient only


@dataclass(frozen=True)
class Scenario:
    name: str
    cause: str
    rcpts: tuple[Rcpt, ...]
    source: str
    stage: str = ""  # remote stage that answers: banner ehlo mail rcpt data dot
    reply: tuple[str, ...] = ()
    action: str = "reply"  # reply | stall | drop
    dns: str = "mx"  # mx | nxdomain | nodata | refused (MX resolves, nothing listens)
    size: int = 0  # SIZE the remote advertises
    require_tls: bool = False  # the MTA must use TLS for this domain; the remote offers none
    mode: str = "bounce"  # bounce (queue lifetime ~0) | delay (delay warning, long lifetime)
    body_lines: int = 8
    only: tuple[str, ...] = ()  # MTAs this row is for; empty = all
    notes: str = ""

    @property
    def domain(self) -> str:
        return self.rcpts[0].address.split("@", 1)[1]

    def expected(self) -> list[dict]:
        return [
            {
                "recipient": r.address,
                "reason": r.reason,
                "deliverystatus": r.deliverystatus,
                "replycode": r.replycode,
                "hardbounce": r.reason in HARD,
                "feedbacktype": "",
            }
            for r in self.rcpts
            if r.reason
        ]


HARD = {"userunknown", "hostunknown", "hasmoved", "notaccept"}


def _codes(reply: tuple[str, ...]) -> tuple[str, str]:
    m = _CODE.match(reply[-1]) if reply else None
    return (m.group(1), m.group(2) or "") if m else ("", "")


def remote(name: str, rcpt: str, stage: str, reply: str, reason: str, source: str, **kw) -> Scenario:
    """A row where the scripted remote server answers `reply` at `stage`."""
    lines = tuple(reply.split("\n"))
    code, status = _codes(lines)
    cause = kw.pop("cause", f"remote replies at {stage}: {lines[-1][:60]}")
    return Scenario(
        name=name,
        cause=cause,
        rcpts=(Rcpt(rcpt, reason, status, code),),
        source=source,
        stage=stage,
        reply=lines,
        **kw,
    )


def local(name: str, rcpt: str, cause: str, reason: str, **kw) -> Scenario:
    """A row where the cause is on our side or in the network; the MTA picks the codes."""
    return Scenario(name=name, cause=cause, rcpts=(Rcpt(rcpt, reason),), source=kw.pop("source", LAB), **kw)


def mixed(name: str, cause: str, rcpts: list[tuple[str, str, str]], source: str) -> Scenario:
    """Several recipients in one mail, each with its own fate (address, reason, RCPT reply)."""
    out = []
    for address, reason, reply in rcpts:
        lines = tuple(reply.split("\n")) if reply else ()
        code, status = _codes(lines)
        out.append(Rcpt(address, reason, status, code, lines))
    return Scenario(name=name, cause=cause, rcpts=tuple(out), source=source)


GMAIL_NOSUCHUSER = (
    "550-5.1.1 The email account that you tried to reach does not exist. Please try\n"
    "550-5.1.1 double-checking the recipient's email address for typos or\n"
    "550-5.1.1 unnecessary spaces. For more information, go to\n"
    "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d2e1a72fcca58-7f1a2b3c4d5e - gsmtp"
)

SCENARIOS: list[Scenario] = [
    # --- Gmail / Google Workspace (SMTP error reference) -------------------------------
    remote("gmail-no-such-user", "no.such.user@gmail.com", "rcpt", GMAIL_NOSUCHUSER, "userunknown", GOOGLE),
    remote(
        "gmail-over-quota",
        "full.inbox@gmail.com",
        "rcpt",
        "552-5.2.2 The recipient's inbox is out of storage space. Please direct the\n"
        "552-5.2.2 recipient to\n"
        "552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm d2e1a72fcca58-7f1a2b3c4d5e - gsmtp",
        "mailboxfull",
        GOOGLE,
    ),
    remote(
        "gmail-disabled",
        "disabled.account@gmail.com",
        "rcpt",
        "550-5.2.1 The email account that you tried to reach is disabled.\n"
        "550 5.2.1  https://support.google.com/mail/?p=DisabledUser d2e1a72fcca58-7f1a2b3c4d5e - gsmtp",
        "suspend",
        GOOGLE,
    ),
    remote(
        "gmail-dmarc",
        "someone@gmail.com",
        "dot",
        "550-5.7.26 Unauthenticated email from customer.example is not accepted due to\n"
        "550-5.7.26 domain's DMARC policy. Please contact the administrator of\n"
        "550-5.7.26 customer.example domain if this was a legitimate mail. To learn\n"
        "550-5.7.26 about the DMARC initiative, go to\n"
        "550 5.7.26  https://support.google.com/mail/?p=DmarcRejection d2e1a72fcca58-7f1a2b3c4d5e - gsmtp",
        "authfailure",
        GOOGLE,
    ),
    remote(
        "gmail-ptr",
        "someone@workspace.example",
        "mail",
        "550-5.7.25 The IP address sending this message does not have a PTR record setup, or\n"
        "550-5.7.25 the corresponding forward DNS entry does not point to the sending IP.\n"
        "550-5.7.25 As a policy, Gmail does not accept messages from IPs with missing PTR\n"
        "550 5.7.25 records. https://support.google.com/mail/?p=IPPTR d2e1a72fcca58-7f1a2b3c4d5e - gsmtp",
        "requireptr",
        GOOGLE,
    ),
    remote(
        "gmail-spam",
        "someone2@gmail.com",
        "dot",
        "550-5.7.1 Our system has detected that this message is likely unsolicited\n"
        "550-5.7.1 mail. To reduce the amount of spam sent to Gmail, this message has\n"
        "550-5.7.1 been blocked. For more information, go to\n"
        "550 5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError d2e1a72fcca58-7f1a2b3c4d5e - gsmtp",
        "spamdetected",
        GOOGLE,
    ),
    remote(
        "gmail-size",
        "someone3@gmail.com",
        "dot",
        "552-5.3.4 Your message exceeded Google's message size limits. For more\n"
        "552-5.3.4 information, go to\n"
        "552 5.3.4  https://support.google.com/mail/?p=MaxSizeError d2e1a72fcca58-7f1a2b3c4d5e - gsmtp",
        "emailtoolarge",
        GOOGLE,
    ),
    remote(
        "gmail-inbox-full-temporary",
        "full.temp@gmail.com",
        "rcpt",
        "452-4.2.2 The recipient's inbox is out of storage space and inbound mail\n"
        "452-4.2.2 cannot be received. Please try resending the message later, or\n"
        "452-4.2.2 contact the recipient directly. For more information, go to\n"
        "452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp d2e1a72fcca58-7f1a2b3c4d5e - gsmtp",
        "mailboxfull",
        GOOGLE,
        notes="temporary reply; the MTA gives up when the (very short) queue lifetime is over",
    ),
    # --- Microsoft 365 / Outlook.com (Exchange Online NDR reference) --------------------
    remote(
        "m365-recipient-not-found",
        "nobody@m365.example",
        "rcpt",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient nobody@m365.example not found by SMTP address lookup",
        "userunknown",
        MICROSOFT,
    ),
    remote(
        "m365-banned-ip",
        "someone@m365.example",
        "rcpt",
        "550 5.7.606 Access denied, banned sending IP [127.0.0.1]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to  http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) [OS0P286CA0001.mail.protection.outlook.com 2026-12-01T00:00:00.000Z 08DD0000AAAA0000]",
        "blocked",
        MICROSOFT,
    ),
    remote(
        "m365-dmarc",
        "someone2@m365.example",
        "dot",
        "550 5.7.509 Access denied, sending domain customer.example does not pass DMARC verification and has a DMARC policy of reject. [OS0P286CA0001.mail.protection.outlook.com 2026-12-01T00:00:00.000Z 08DD0000AAAA0000]",
        "authfailure",
        MICROSOFT,
    ),
    remote(
        "outlook-mailbox-unavailable",
        "nobody@outlook.com",
        "rcpt",
        "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [TYZPR04CA0001.outlook.office365.com 2026-12-01T00:00:00.000Z 08DD0000AAAA0000]",
        "userunknown",
        MICROSOFT,
    ),
    # --- Yahoo (Sender Hub SMTP error codes) ---------------------------------------------
    remote(
        "yahoo-policy",
        "someone@yahoo.com",
        "dot",
        "554 5.7.9 Message not accepted for policy reasons.  See https://senders.yahooinc.com/error-codes",
        "policyviolation",
        YAHOO,
    ),
    remote(
        "yahoo-tss09",
        "someone2@yahoo.com",
        "banner",
        "553 5.7.2 [TSS09] All messages from 127.0.0.1 will be permanently deferred; Retrying will NOT succeed. See https://senders.yahooinc.com/error-codes",
        "blocked",
        YAHOO,
    ),
    # --- generic wordings of remote Postfix / Exim / Sendmail ---------------------------
    remote(
        "postfix-user-unknown",
        "nobody@postfix.example",
        "rcpt",
        "550 5.1.1 <nobody@postfix.example>: Recipient address rejected: User unknown in local recipient table",
        "userunknown",
        POSTFIX,
    ),
    remote(
        "postfix-relay-denied",
        "someone@postfix.example",
        "rcpt",
        "554 5.7.1 <someone@postfix.example>: Relay access denied",
        "norelaying",
        POSTFIX_ACCESS,
    ),
    remote(
        "postfix-no-hostname",
        "someone2@postfix.example",
        "rcpt",
        "450 4.7.25 Client host rejected: cannot find your hostname, [127.0.0.1]",
        "requireptr",
        POSTFIX,
        notes="temporary reply; bounced when the queue lifetime is over",
    ),
    remote(
        "postfix-bare-lf",
        "someone3@postfix.example",
        "dot",
        "550 5.5.2 Error: bare <LF> received",
        "notcompliantrfc",
        POSTFIX + "#smtpd_forbid_bare_newline",
    ),
    remote(
        "exim-no-such-user",
        "nobody@exim.example",
        "rcpt",
        "550 No Such User Here",
        "userunknown",
        EXIM,
        cause="remote Exim (cPanel) rejects an unknown local part at RCPT",
    ),
    remote(
        "sendmail-user-unknown",
        "nobody@sendmail.example",
        "rcpt",
        "550 5.1.1 <nobody@sendmail.example>... User unknown",
        "userunknown",
        SENDMAIL,
    ),
    # --- causes the MTA produces itself ---------------------------------------------------
    local("local-unknown-user", f"nobody@{LOCAL_DOMAIN}", "unknown local user on the sending MTA", "userunknown"),
    local("local-mailbox-full", f"full@{LOCAL_DOMAIN}", "local mailbox over its quota", "mailboxfull"),
    local("unknown-domain", "someone@no-such-domain.example", "recipient domain does not exist (NXDOMAIN)", "hostunknown", dns="nxdomain"),
    local(
        "connection-refused",
        "someone@down.example",
        "the MX accepts no connection; the (very short) queue lifetime runs out",
        "expired",
        dns="refused",
    ),
    local(
        "tls-required-not-offered",
        "someone@secure.example",
        "TLS is required for this domain; the remote offers no STARTTLS",
        "failedstarttls",
        require_tls=True,
    ),
    local(
        "remote-size-limit",
        "someone@small.example",
        "the remote advertises SIZE 2000; the message is larger",
        "emailtoolarge",
        size=2000,
        body_lines=200,
    ),
    # --- more Gmail / Google Workspace -----------------------------------------------------
    remote(
        "gmail-receiving-rate",
        "busy.user@gmail.com",
        "rcpt",
        "450-4.2.1 The user you are trying to contact is receiving mail at a rate that\n"
        "450-4.2.1 prevents additional messages from being delivered. Please resend your\n"
        "450-4.2.1 message at a later time. If the user is able to receive mail at that\n"
        "450-4.2.1 time, your message will be delivered. For more information, go to\n"
        "450 4.2.1  https://support.google.com/mail/?p=ReceivingRate d2e1a72fcca58-7f1a2b3c4d5e - gsmtp",
        "ratelimited",
        GOOGLE,
    ),
    remote(
        "gmail-ip-not-authorized",
        "someone4@gmail.com",
        "mail",
        "550-5.7.1 The IP you're using to send mail is not authorized to send email\n"
        "550-5.7.1 directly to our servers. Please use the SMTP relay at your service\n"
        "550-5.7.1 provider instead. For more information, go to\n"
        "550 5.7.1  https://support.google.com/mail/?p=NotAuthorizedError d2e1a72fcca58-7f1a2b3c4d5e - gsmtp",
        "blocked",
        GOOGLE,
    ),
    remote(
        "gmail-unauthenticated",
        "someone5@gmail.com",
        "dot",
        "550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n"
        "550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.\n"
        "550-5.7.26 \n"
        "550-5.7.26  Authentication results:\n"
        "550-5.7.26  DKIM = did not pass\n"
        "550-5.7.26  SPF [customer.example] with ip: [127.0.0.1] = did not pass\n"
        "550-5.7.26 \n"
        "550-5.7.26  For instructions on setting up authentication, go to\n"
        "550 5.7.26  https://support.google.com/mail/answer/81126#authentication d2e1a72fcca58-7f1a2b3c4d5e - gsmtp",
        "authfailure",
        GOOGLE,
    ),
    remote(
        "gmail-spf-rate-limited",
        "someone6@gmail.com",
        "dot",
        "421-4.7.27 Your email has been rate limited because SPF authentication didn't\n"
        "421-4.7.27 pass for this message. Gmail requires all bulk email senders to\n"
        "421-4.7.27 authenticate with SPF. For more information, go to\n"
        "421 4.7.27  https://support.google.com/mail/answer/81126#authentication d2e1a72fcca58-7f1a2b3c4d5e - gsmtp",
        "authfailure",
        GOOGLE,
        notes="temporary reply; the cause is failed SPF, bounced when the queue lifetime is over",
    ),
    remote(
        "gmail-dkim-blocked",
        "someone7@gmail.com",
        "dot",
        "550-5.7.30 Your email has been blocked because DKIM authentication didn't\n"
        "550-5.7.30 pass for this message. Gmail requires all bulk email senders to\n"
        "550-5.7.30 authenticate with DKIM. For more information, go to\n"
        "550 5.7.30  https://support.google.com/mail/answer/81126#authentication d2e1a72fcca58-7f1a2b3c4d5e - gsmtp",
        "authfailure",
        GOOGLE,
    ),
    remote(
        "gmail-from-not-aligned",
        "someone8@gmail.com",
        "dot",
        "421-4.7.32 Your email has been rate limited because the From: header (RFC5322)\n"
        "421-4.7.32 in this message isn't aligned with either the authenticated SPF or\n"
        "421-4.7.32 DKIM organizational domain. For more information, go to\n"
        "421 4.7.32  https://support.google.com/mail/answer/81126#authentication d2e1a72fcca58-7f1a2b3c4d5e - gsmtp",
        "authfailure",
        GOOGLE,
        notes="temporary reply; the cause is DMARC alignment, bounced when the queue lifetime is over",
    ),
    remote(
        "gmail-low-reputation",
        "someone9@gmail.com",
        "dot",
        "550-5.7.1 Our system has detected that this message is likely suspicious due to\n"
        "550-5.7.1 the very low reputation of the sending IP address. To best protect our\n"
        "550-5.7.1 users from spam, the message has been blocked. For more information, go to\n"
        "550 5.7.1  https://support.google.com/mail/answer/188131 d2e1a72fcca58-7f1a2b3c4d5e - gsmtp",
        "badreputation",
        GOOGLE,
    ),
    remote(
        "gmail-security-issue",
        "someone10@gmail.com",
        "dot",
        "552-5.7.0 This message was blocked because its content presents a potential\n"
        "552-5.7.0 security issue. Please visit\n"
        "552-5.7.0  https://support.google.com/mail/?p=BlockedMessage to review our\n"
        "552 5.7.0 message content and attachment content guidelines. d2e1a72fcca58-7f1a2b3c4d5e - gsmtp",
        # Sisimai's PolicyViolation page: content against the receiver's security policy (its own example is
        # Gmail's 552-5.7.0 attachment refusal)
        "policyviolation",
        GOOGLE,
    ),
    remote(
        "gmail-multiple-from",
        "someone11@gmail.com",
        "dot",
        "550-5.7.1 This message is not RFC 5322 compliant. There are multiple From headers.\n"
        "550-5.7.1 To reduce the amount of spam sent to Gmail, this message has been\n"
        "550-5.7.1 blocked. For more information, go to\n"
        "550 5.7.1  https://support.google.com/mail/?p=RfcMessageNonCompliant d2e1a72fcca58-7f1a2b3c4d5e - gsmtp",
        "notcompliantrfc",
        GOOGLE,
    ),
    remote(
        "workspace-policy",
        "someone2@workspace.example",
        "rcpt",
        "550-5.7.1 The user or domain that you are sending to (or from) has a policy that\n"
        "550-5.7.1 prohibited the mail that you sent. Please contact your domain\n"
        "550-5.7.1 administrator for further details. For more information, go to\n"
        "550 5.7.1  https://support.google.com/a/answer/172179 41be03b00d2f7-b7c1d2e3f4a5 - gsmtp",
        "policyviolation",
        GOOGLE,
    ),
    remote(
        "gmail-temporary-system",
        "someone12@gmail.com",
        "dot",
        "451-4.3.0 Mail server temporarily rejected message. For more information, go to\n"
        "451 4.3.0  https://support.google.com/mail/?p=TempFailure d2e1a72fcca58-7f1a2b3c4d5e - gsmtp",
        "systemerror",
        GOOGLE,
        notes="temporary reply; bounced when the queue lifetime is over",
    ),
    remote(
        "gmail-unsolicited-rate",
        "someone13@gmail.com",
        "mail",
        "421-4.7.28 Our system has detected an unusual rate of unsolicited mail originating\n"
        "421-4.7.28 from your IP address. To protect our users from spam, mail sent from your\n"
        "421-4.7.28 IP address has been temporarily rate limited. For more information, go to\n"
        "421 4.7.28  https://support.google.com/mail/?p=UnsolicitedRateLimitError d2e1a72fcca58-7f1a2b3c4d5e - gsmtp",
        "ratelimited",
        GOOGLE,
    ),
    # --- more Microsoft 365 / Outlook.com ------------------------------------------------
    remote(
        "m365-recipnotfound",
        "nobody2@m365.example",
        "rcpt",
        "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
        "userunknown",
        MICROSOFT,
    ),
    remote(
        "m365-dbeb-access-denied",
        "nobody3@m365.example",
        "rcpt",
        "550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [OS0P286CA0001.mail.protection.outlook.com 2026-12-01T00:00:00.000Z 08DD0000AAAA0000]",
        "userunknown",
        MICROSOFT,
        cause="directory-based edge blocking: the recipient does not exist in the tenant",
    ),
    remote(
        "m365-mailbox-full",
        "full@m365.example",
        "dot",
        "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]",
        "mailboxfull",
        MICROSOFT,
    ),
    remote(
        "m365-size",
        "someone3@m365.example",
        "dot",
        "552 5.3.4 Message size exceeds fixed maximum message size",
        "emailtoolarge",
        MICROSOFT,
    ),
    remote(
        "m365-spamhaus",
        "someone4@m365.example",
        "rcpt",
        "550 5.7.1 Service unavailable, Client host [127.0.0.1] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/127.0.0.1 AS(1450) [OS0P286CA0001.mail.protection.outlook.com 2026-12-01T00:00:00.000Z 08DD0000AAAA0000]",
        "blocked",
        MICROSOFT,
    ),
    remote(
        "m365-traffic-not-accepted",
        "someone5@m365.example",
        "banner",
        "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(1410) [OS0P286CA0001.mail.protection.outlook.com 2026-12-01T00:00:00.000Z 08DD0000AAAA0000]",
        "blocked",
        MICROSOFT,
    ),
    remote(
        "outlook-auth-level",
        "someone@outlook.com",
        "dot",
        "550 5.7.515 Access denied, sending domain [customer.example] doesn't meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender. To learn more see https://go.microsoft.com/fwlink/?linkid=2306898 [TYZPR04CA0001.outlook.office365.com 2026-12-01T00:00:00.000Z 08DD0000AAAA0000]",
        "authfailure",
        MICROSOFT,
    ),
    remote(
        "outlook-blocklist-s3140",
        "someone2@outlook.com",
        "mail",
        "550 5.7.1 Unfortunately, messages from [127.0.0.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [TYZPR04CA0001.outlook.office365.com 2026-12-01T00:00:00.000Z 08DD0000AAAA0000]",
        "blocked",
        MICROSOFT,
    ),
    # --- more Yahoo ------------------------------------------------------------------------
    remote(
        "yahoo-no-account",
        "nobody@yahoo.com",
        "rcpt",
        "554 delivery error: dd This user doesn't have a yahoo.com account (nobody@yahoo.com) [0] - mta1001.mail.gq1.yahoo.com",
        "userunknown",
        YAHOO,
    ),
    remote(
        "yahoo-disabled",
        "disabled@yahoo.com",
        "rcpt",
        "554 delivery error: dd Sorry your message to disabled@yahoo.com cannot be delivered. This mailbox is disabled (554.30). - mta1001.mail.gq1.yahoo.com",
        "suspend",
        YAHOO,
    ),
    remote(
        "yahoo-unauthenticated",
        "someone3@yahoo.com",
        "dot",
        "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.",
        "authfailure",
        YAHOO,
    ),
    remote(
        "yahoo-unresolvable-from",
        "someone4@yahoo.com",
        "mail",
        "451 Message temporarily deferred due to unresolvable RFC.5321 from domain; see https://senders.yahooinc.com/error-codes",
        "rejected",
        YAHOO,
        cause="the envelope sender's domain does not resolve at the remote; temporary, bounced at queue lifetime",
    ),
    remote(
        "yahoo-spamhaus",
        "someone5@yahoo.com",
        "banner",
        "553 5.7.1 [BL21] Connections will not be accepted from 127.0.0.1, because the ip is in Spamhaus's list; see https://senders.yahooinc.com/error-codes",
        "blocked",
        YAHOO,
    ),
    # --- iCloud ------------------------------------------------------------------------------
    remote("icloud-no-user", "nobody@icloud.com", "rcpt", "550 5.1.1 <nobody@icloud.com>: user does not exist", "userunknown", ICLOUD),
    remote("icloud-over-quota", "full@icloud.com", "rcpt", "552 5.2.2 <full@icloud.com>: user is over quota", "mailboxfull", ICLOUD),
    remote(
        "icloud-cs01",
        "someone@icloud.com",
        "dot",
        "550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
        "policyviolation",
        ICLOUD,
    ),
    remote(
        "icloud-dmarc",
        "someone2@icloud.com",
        "dot",
        "550 5.7.1 Your message was rejected due to customer.example DMARC policy. See https://support.apple.com/en-us/HT204137 for details.",
        "authfailure",
        ICLOUD,
    ),
    remote(
        "icloud-excessive-volume",
        "someone3@icloud.com",
        "rcpt",
        "421 4.7.1 Messages to someone3@icloud.com deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137",
        "ratelimited",
        ICLOUD,
    ),
    # --- Japanese carriers and ISPs ------------------------------------------------------------
    remote("docomo-unknown-user", "nobody@docomo.ne.jp", "rcpt", "550 Unknown user nobody@docomo.ne.jp", "userunknown", DOCOMO),
    remote("au-unknown-user", "nobody@au.com", "rcpt", "550 <nobody@au.com>: Unknown user", "userunknown", JP_CARRIERS),
    remote("softbank-invalid-recipient", "nobody@softbank.ne.jp", "rcpt", "550 Invalid recipient: <nobody@softbank.ne.jp>", "userunknown", JP_CARRIERS),
    remote(
        "biglobe-user-unknown",
        "nobody@biglobe.ne.jp",
        "rcpt",
        "550 5.1.1 <nobody@biglobe.ne.jp>... User unknown",
        "userunknown",
        JP_CARRIERS,
    ),
    remote(
        "ocn-japanese-reason",
        "nobody@ocn.ne.jp",
        "rcpt",
        "550 5.1.1 <nobody@ocn.ne.jp> のユーザーは登録されていません",
        "userunknown",
        DTI,
        cause="the remote explains an unknown user in Japanese (UTF-8 reply text)",
    ),
    # --- more generic MTA wordings on the remote side -------------------------------------------
    remote(
        "postfix-sender-domain-not-found",
        "someone4@postfix.example",
        "rcpt",
        "450 4.1.8 <sender@customer.example>: Sender address rejected: Domain not found",
        "rejected",
        POSTFIX,
        notes="temporary reply; bounced when the queue lifetime is over",
    ),
    remote(
        "postfix-rbl",
        "someone5@postfix.example",
        "rcpt",
        "554 5.7.1 Service unavailable; Client host [127.0.0.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/127.0.0.1",
        "blocked",
        POSTFIX_ACCESS,
    ),
    remote(
        "postfix-reverse-hostname",
        "someone6@postfix.example",
        "rcpt",
        "550 5.7.25 Client host rejected: cannot find your reverse hostname, [127.0.0.1]",
        "requireptr",
        POSTFIX,
    ),
    remote(
        "postfix-size-limit",
        "someone7@postfix.example",
        "dot",
        "552 5.3.4 Message size exceeds fixed limit",
        "emailtoolarge",
        POSTFIX,
    ),
    remote(
        "postfix-insufficient-storage",
        "someone8@postfix.example",
        "mail",
        "452 4.3.1 Insufficient system storage",
        "systemfull",
        POSTFIX,
        notes="temporary reply; bounced when the queue lifetime is over",
    ),
    remote(
        "postfix-dovecot-quota",
        "full@postfix.example",
        "dot",
        "552 5.2.2 <full@postfix.example> Quota exceeded (mailbox for user is full)",
        "mailboxfull",
        "https://doc.dovecot.org/configuration_manual/quota_plugin/ (Dovecot LMTP quota reply behind Postfix)",
    ),
    remote(
        "amavis-spam",
        "someone9@postfix.example",
        "dot",
        "554 5.7.0 Reject, id=12345-01 - spam",
        "spamdetected",
        AMAVIS,
    ),
    remote(
        "amavis-virus",
        "someone10@postfix.example",
        "dot",
        "554 5.7.0 Reject, id=12345-02 - INFECTED: Eicar-Signature",
        "virusdetected",
        AMAVIS,
    ),
    remote(
        "postfix-user-moved",
        "moved@postfix.example",
        "rcpt",
        "550 5.1.6 <moved@postfix.example>: Recipient address rejected: User has moved to new@other.example",
        "hasmoved",
        POSTFIX_ACCESS,
    ),
    remote(
        "exim-unrouteable",
        "nobody2@exim.example",
        "rcpt",
        "550 Unrouteable address",
        "userunknown",
        EXIM,
        cause="remote Exim's recipient verification finds no such local user",
    ),
    remote(
        "exim-relay-not-permitted",
        "someone@exim.example",
        "rcpt",
        "550 relay not permitted",
        "norelaying",
        EXIM,
    ),
    remote(
        "exim-sender-verify",
        "someone2@exim.example",
        "rcpt",
        "550-Verification failed for <sender@customer.example>\n550-Unrouteable address\n550 Sender verify failed",
        "rejected",
        EXIM,
    ),
    remote(
        "exim-size",
        "someone3@exim.example",
        "dot",
        "552 Message size exceeds maximum permitted",
        "emailtoolarge",
        EXIM,
    ),
    remote(
        "exim-temporary-local-problem",
        "someone4@exim.example",
        "rcpt",
        "451 Temporary local problem - please try later",
        "systemerror",
        EXIM,
        notes="temporary reply; bounced when the queue lifetime is over",
    ),
    remote(
        "sendmail-relaying-denied",
        "someone@sendmail.example",
        "rcpt",
        "550 5.7.1 <someone@sendmail.example>... Relaying denied",
        "norelaying",
        SENDMAIL,
    ),
    remote(
        "sendmail-sender-domain",
        "someone2@sendmail.example",
        "mail",
        "553 5.1.8 <sender@customer.example>... Domain of sender address sender@customer.example does not exist",
        "rejected",
        SENDMAIL,
    ),
    remote(
        "sendmail-disk-space",
        "someone3@sendmail.example",
        "mail",
        "452 4.4.5 Insufficient disk space; try again later",
        "systemfull",
        SENDMAIL,
        notes="temporary reply; bounced when the queue lifetime is over",
    ),
    remote(
        "generic-account-disabled",
        "disabled@postfix.example",
        "rcpt",
        "550 5.2.1 <disabled@postfix.example>: Recipient address rejected: Account disabled",
        "suspend",
        "https://www.rfc-editor.org/rfc/rfc3463 (X.2.1 mailbox disabled)",
    ),
    remote(
        "qmail-rcpthosts",
        "someone@qmail.example",
        "rcpt",
        "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
        "norelaying",
        "https://cr.yp.to/qmail/man/qmail-smtpd.html (rcpthosts)",
    ),
    remote(
        "greeting-too-many-connections",
        "someone5@exim.example",
        "banner",
        "421 4.7.0 mx.exim.example Too many concurrent SMTP connections; please try again later.",
        "ratelimited",
        EXIM,
        notes="temporary reply; bounced when the queue lifetime is over",
    ),
    # --- security gateways (documented wordings: Mimecast, Symantec/Broadcom, Sophos, Trend Micro, Cisco,
    # Proofpoint) -------------------------------------------------------------------------------------------
    # Mimecast's table: the sending IP blocked by a Blocked Senders policy (the host, not the address)
    remote("mimecast-sender-blocked", "someone@mimecast.example", "mail", "421 Sender address blocked", "blocked",
           MIMECAST_CODES, notes="temporary reply; bounced when the queue lifetime is over"),
    remote("mimecast-internal-resource", "someone2@mimecast.example", "rcpt",
           "451 Internal resource is temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451 "
           "[Aj3QXapeMpqZYaeFwWhjzw.us32]", "ratelimited", MIMECAST_CODES,
           cause="Mimecast greylists the sender (temporary); bounced when the queue lifetime is over"),
    remote("mimecast-user-entry", "someone3@mimecast.example", "rcpt",
           "550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550", "filtered",
           MIMECAST_SEEN, cause="the recipient's own blocked-senders entry refuses the envelope sender"),
    remote("mimecast-invalid-recipient", "nobody@mimecast.example", "rcpt",
           "550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550", "userunknown", MIMECAST_SEEN),
    remote("mimecast-anti-spoofing", "someone4@mimecast.example", "dot",
           "550 Rejected by header based Anti-Spoofing policy", "authfailure",
           "https://www.suped.com/knowledge/email-deliverability/troubleshooting/why-are-emails-bouncing-with-"
           "mimecast-anti-spoofing-policy-and-how-to-fix"),
    remote("mimecast-security-policies", "someone5@mimecast.example", "dot",
           "550 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#550",
           "policyviolation", MIMECAST_SEEN),
    remote("mimecast-open-relay", "someone6@mimecast.example", "rcpt",
           "451 Open relay not allowed - https://community.mimecast.com/docs/DOC-1369#451", "norelaying",
           MIMECAST_SEEN, notes="temporary reply; bounced when the queue lifetime is over"),
    remote("symantec-spam", "someone@messagelabs.example", "dot",
           "550 5.7.1 Message rejected as spam by Content Filtering.", "spamdetected", BROADCOM_OUTBOUND),
    remote("symantec-sender-denied", "someone2@messagelabs.example", "mail", "554 5.1.0 Sender denied", "rejected",
           BROADCOM_OUTBOUND),
    remote("symantec-vba-macros", "someone3@messagelabs.example", "dot",
           "552 MS-Office file containing VBA macros found inside of the email", "policyviolation", BROADCOM_OUTBOUND),
    remote("symantec-unable-to-relay", "someone4@messagelabs.example", "rcpt", "550 5.7.1 Unable to Relay",
           "norelaying", BROADCOM_OUTBOUND),
    remote("symantec-size", "someone5@messagelabs.example", "dot", "552 Message size exceeds fixed limit",
           "emailtoolarge", BROADCOM_OUTBOUND),
    remote("sophos-mail-flood", "someone@sophos.example", "rcpt", "554 5.7.28 Mail flood detected;", "ratelimited",
           SOPHOS_FLOOD),
    remote("trendmicro-zombie", "someone@trendmicro.example", "banner",
           "450 Temporary denial of connection (450) for Zombie matches (ERS)", "badreputation", TRENDMICRO_DDEI,
           notes="temporary reply; bounced when the queue lifetime is over"),
    remote("trendmicro-rbl-plus", "someone2@trendmicro.example", "rcpt",
           "550 Service unavailable; Client host [127.0.0.1] blocked using Trend Micro RBL+. Please see "
           "http://www.mail-abuse.com/cgi-bin/lookup?ip_address=127.0.0.1", "blocked", TRENDMICRO_ERS),
    remote("cisco-spf-reject", "someone@ironport.example", "mail", "550 #5.7.1 SPF unauthorized mail is prohibited.",
           "authfailure", CISCO_SPF),
    remote("cisco-spf-temporary", "someone2@ironport.example", "mail",
           "451 #4.4.3 Temporary error occurred during SPF verification.", "authfailure", CISCO_SPF,
           notes="temporary reply; bounced when the queue lifetime is over"),
    remote("proofpoint-blocked", "someone@proofpoint.example", "banner",
           "554 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=127.0.0.1", "blocked",
           "https://github.com/zone-eu/zone-mta/issues/301"),
    # --- more mailbox providers (documented wordings) --------------------------------------------------------
    remote("cox-invalid-recipient", "nobody@cox.net", "rcpt",
           "550 5.1.1 <nobody@cox.net> invalid recipient - Refer to Error Codes section at "
           "http://postmaster.cox.net/confluence/display/postmaster/Error+Codes for more information.",
           "userunknown", "https://pastebin.com/0zkJE29y"),
    # CXCNCT: Cox's limit of concurrent connections per IP
    remote("cox-cxcnct", "someone@cox.net", "banner",
           "421 cmsmtp blocked. Refer to Error Codes section at "
           "https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CXCNCT",
           "ratelimited", COX_FORUM_CXCNCT, notes="temporary reply; bounced when the queue lifetime is over"),
    remote("tonline-nowl", "someone@t-online.de", "banner",
           "554 IP=127.0.0.1 - None/bad reputation. Ask your postmaster for help or to contact tobr@rx.t-online.de "
           "for reset. (NOWL)", "badreputation", TONLINE_NOWL),
    remote("tonline-over-quota", "full@t-online.de", "rcpt", "552 5.2.2 Over STORAGE quota", "mailboxfull",
           SITEPACKAGE),
    remote("gmx-inactive", "inactive@gmx.de", "rcpt", "550 5.2.1 <inactive@gmx.de>... User is inactive", "suspend",
           SITEPACKAGE),
    remote("webde-storage-exhausted", "full@web.de", "rcpt",
           "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space.",
           "mailboxfull", SITEPACKAGE),
    remote("orange-ofr506", "someone@orange.fr", "dot", "550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]",
           "spamdetected", "https://pastebin.com/yp07hTUs"),
    remote("orange-ofr004", "someone2@orange.fr", "banner",
           "421 OFR004_105 Service refuse. Veuillez essayer plus tard / Service refused, please try later",
           "blocked", ORANGE_BENTO, notes="temporary reply; bounced when the queue lifetime is over"),
    remote("icloud-cs02", "someone4@icloud.com", "dot",
           "550 5.7.1 [CS02] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
           "policyviolation",
           "https://www.suped.com/knowledge/email-deliverability/troubleshooting/"
           "how-do-i-resolve-email-blocking-issues-with-apple-servers-and-postmasters"),
    remote("netease-hl-icc", "someone@163.com", "banner",
           "421 HL:ICC 该IP同时并发连接数过大,超过了网易的限制,被临时禁止连接。", "ratelimited", NETEASE_CODES,
           notes="temporary reply (Chinese UTF-8 text); bounced when the queue lifetime is over"),
    remote("netease-dt-spm", "someone2@163.com", "dot",
           "451 DT:SPM ,please try again 邮件正文带有垃圾邮件特征或发送环境缺乏规范性,被临时拒收。", "spamdetected",
           NETEASE_CODES, notes="temporary reply (Chinese UTF-8 text); bounced when the queue lifetime is over"),
    remote("yandex-spf", "someone@yandex.ru", "rcpt",
           "550 5.7.1 SPF check failed: 127.0.0.1 is not authorized to send in the name of customer.example.",
           "authfailure", YANDEX_OTHER),
    remote("att-blocked", "someone@att.net", "banner", "521 <127.0.0.1> is blocked", "blocked", ATT_WORLDNET),
    remote("bellsouth-suspended", "suspended@bellsouth.net", "rcpt",
           "550 [suspend] Mailbox currently suspended--Please contact correspondent directly.", "suspend",
           ATT_WORLDNET),
    remote("docomo-too-much-mail", "full@docomo.ne.jp", "dot", "552 Too much mail data full@docomo.ne.jp",
           "mailboxfull", SENDMAGIC_DOCOMO),
    remote("zoho-virus", "someone@zoho.com", "dot", "552 5.7.1 virus Win.Test.EICAR_HDB-1 detected by Zoho Mail",
           "virusdetected", ZOHO),
    remote("zoho-starttls-first", "someone2@zoho.com", "mail", "530 Must issue a STARTTLS command first.",
           "failedstarttls", ZOHO),
    # --- Exchange Online / Exchange Server (documented NDR codes; the SMTP reply code is the one Exchange puts
    # before a 5.x.x / 4.x.x status when it refuses in the session) -----------------------------------------------
    # DANE / TLS refusals (4.7.321-325 retried, 5.7.321/5.7.323 final)
    remote("m365-dane-starttls-not-supported", "someone@m365.example", "rcpt",
           "451 4.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.",
           "failedstarttls", MS_NDR_2022, notes="temporary reply; bounced when the queue lifetime is over"),
    remote("m365-dane-dnssec-invalid", "someone3@m365.example", "mail",
           "451 4.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records",
           "failedstarttls", MS_NDR_2022, notes="temporary reply; bounced when the queue lifetime is over"),
    remote("m365-dane-host-mismatch", "someone4@m365.example", "dot",
           "451 4.7.325 certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative "
           "name matching the hostname (DANE)", "failedstarttls", MS_NDR_2022,
           notes="temporary reply; bounced when the queue lifetime is over"),
    remote("m365-dane-starttls-required", "someone5@m365.example", "rcpt",
           "550 5.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.",
           "failedstarttls", MS_NDR_2022),
    remote("m365-dane-tlsa-invalid", "someone6@m365.example", "dot",
           "550 5.7.323 tlsa-invalid: The domain failed DANE validation.", "failedstarttls", MS_NDR_2022),
    remote("m365-untrusted-root", "someone7@m365.example", "dot",
           "450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot]", "failedstarttls", MS_UNTRUSTEDROOT,
           notes="temporary reply; bounced when the queue lifetime is over"),
    # refusals of the sending host or the sender
    remote("m365-no-ipv6", "someone8@m365.example", "mail",
           "550 5.7.510 Access denied, [m365.example] does not accept email over IPv6", "blocked", MS_NDR_2022),
    remote("m365-banned-sender-511", "someone9@m365.example", "mail", "550 5.7.511 Access denied, banned sender",
           "blocked", MS_NDR_2022),
    remote("m365-unregistered-domains", "someone10@m365.example", "mail",
           "550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains", "rejected",
           MS_NDR_2022),
    remote("m365-customer-block-list", "someone11@m365.example", "rcpt",
           "550 5.7.513 Service unavailable, Client host [127.0.0.1] blocked by m365.example using Customer Block "
           "list (AS16012607)", "blocked", MS_NDR),
    remote("m365-auth-required", "publicfolder@m365.example", "rcpt",
           "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required", "securityerror", MS_KB_AUTHREQUIRED),
    # the message itself
    remote("m365-multiple-from", "someone12@m365.example", "dot",
           "550 5.1.20 Multiple From addresses are not allowed without Sender address", "notcompliantrfc",
           MS_MULTIFROM),
    remote("m365-hop-count", "someone13@m365.example", "dot",
           "554 5.4.14 Hop count exceeded - possible mail loop ATTR34", "networkerror", MS_HOPCOUNT),
    # Exchange Server on premises
    remote("exchange-exrecipnotfound", "nobody@exchange.example", "rcpt",
           "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found", "userunknown", EXCHANGE_EXRECIP),
    remote("exchange-mailbox-full-japanese", "full@exchange.example", "dot",
           "554 5.2.2 メールボックスがいっぱい STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionQuotaExceeded",
           "mailboxfull", MS_JA_MEPF, notes="UTF-8 (Japanese) reply text"),
    # --- delivery agents behind an MX (Dovecot LMTP, Cyrus LMTP, Zimbra LMTP: the MX passes their reply on) --------
    remote("dovecot-user-doesnt-exist", "nobody@dovecot.example", "rcpt",
           "550 5.1.1 <nobody@dovecot.example> User doesn't exist: nobody@dovecot.example", "userunknown",
           DOVECOT_LMTP),
    remote("dovecot-quota-temporary", "full@dovecot.example", "rcpt",
           "452 4.2.2 <full@dovecot.example> Quota exceeded (mailbox for user is full)", "mailboxfull", DOVECOT_QUOTA,
           notes="temporary reply; bounced when the queue lifetime is over"),
    remote("dovecot-disk-quota", "full2@dovecot.example", "dot",
           "552 5.2.2 <full2@dovecot.example> Not enough disk quota", "mailboxfull", DOVECOT_MAIL_ERROR),
    remote("dovecot-concurrent-deliveries", "busy@dovecot.example", "rcpt",
           "451 4.3.0 <busy@dovecot.example> Too many concurrent deliveries for user", "ratelimited", DOVECOT_LMTP,
           notes="temporary reply; bounced when the queue lifetime is over"),
    remote("cyrus-mailbox-unknown", "nobody@cyrus.example", "rcpt",
           "550-Mailbox unknown.  Either there is no mailbox associated with this\n"
           "550-name or you do not have authorization to see it.\n"
           "550 5.1.1 User unknown", "userunknown", CYRUS_LMTP, notes="multi-line reply"),
    remote("cyrus-mailbox-does-not-exist", "nobody2@cyrus.example", "rcpt", "550 5.1.1 Mailbox does not exist",
           "userunknown", CYRUS_ERR),
    remote("cyrus-over-quota-temporary", "full@cyrus.example", "rcpt",
           "452 4.2.2 Over quota SESSIONID=<cyrus-12345-1234567890-1-1234567890>", "mailboxfull", CYRUS_LMTP,
           notes="temporary reply; bounced when the queue lifetime is over"),
    remote("cyrus-permission-denied", "private@cyrus.example", "rcpt",
           "550-You do not have permission to post a message to this mailbox.\n"
           "550-Please contact the owner of this mailbox in order to submit\n"
           "550-your message, or postmaster@cyrus.example if you believe you\n"
           "550-received this message in error.\n"
           "550 5.7.1 Permission denied", "filtered", CYRUS_LMTP, notes="multi-line reply"),
    remote("cyrus-bare-newlines", "someone@cyrus.example", "dot", "554 5.6.0 Message contains bare newlines",
           "notcompliantrfc", CYRUS_LMTP),
    remote("cyrus-out-of-space", "someone2@cyrus.example", "dot", "451 4.3.1 cannot create file: out of space",
           "systemfull", CYRUS_LMTP, notes="temporary reply; bounced when the queue lifetime is over"),
    remote("zimbra-no-such-user", "nobody@zimbra.example", "rcpt", "550 5.1.1 No such user here", "userunknown",
           ZIMBRA_LMTP),
    remote("zimbra-over-quota-temporary", "full2@zimbra.example", "rcpt", "452 4.2.2 Over quota", "mailboxfull",
           ZIMBRA_LMTP, notes="temporary reply; bounced when the queue lifetime is over"),
    remote("zimbra-tls-only", "someone@zimbra.example", "mail",
           "451 4.2.2 Server accepts messages only on TLS connection", "failedstarttls", ZIMBRA_LMTP,
           notes="temporary reply (its status 4.2.2 is not a full mailbox); bounced when the queue lifetime is over"),
    remote("zimbra-temporary-failure", "someone2@zimbra.example", "dot",
           "451 4.0.0 Temporary message delivery failure try again", "systemerror", ZIMBRA_LMTP,
           notes="temporary reply; bounced when the queue lifetime is over"),
    # --- remote Postfix / Exim / qmail / Sendmail refusals ----------------------------------------------------
    remote("postscreen-dnsbl", "someone4@postfix.example", "rcpt",
           "550 5.7.1 Service unavailable; client [127.0.0.1] blocked using b.barracudacentral.org", "blocked",
           "https://pastebin.com/chVg5jPF (Postfix postscreen)"),
    remote("postfix-helo-not-fqdn", "someone5@postfix.example", "rcpt",
           "504 <lab>: Helo command rejected: need fully-qualified hostname", "blocked", POSTFIX_REF),
    remote("policyd-spf-fail", "someone7@postfix.example", "rcpt",
           "550 5.7.1 <someone7@postfix.example>: Recipient address rejected: Message rejected due to: SPF fail - "
           "not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=sender@customer.example;ip=127.0.0.1;"
           "r=someone7@postfix.example", "authfailure", "https://pastebin.com/JEF0NJwb (Postfix with policyd-spf)",
           notes="a long single-line reply"),
    remote("exim-verification-failed", "someone2@exim.example", "rcpt",
           "550-Verification failed for <sender@customer.example>\n550-Unrouteable address\n550 Sender verify failed",
           "rejected", "https://pastebin.com/LzdpQGj6 (Exim)",
           notes="multi-line reply; its middle line is about the sender's address, not the recipient's"),
    remote("qmail-badmailfrom", "someone@qmail.example", "mail",
           "553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)", "rejected", QMAIL_SMTPD),
    remote("qmail-looping", "someone3@qmail.example", "dot", "554 too many hops, this message is looping (#5.4.6)",
           "networkerror", QMAIL_SMTPD),
    remote("sendmail-sender-domain-not-resolve", "someone@sendmail.example", "mail",
           "451 4.1.8 Domain of sender address sender@customer.example does not resolve", "rejected", SM_PROTO,
           notes="temporary reply; bounced when the queue lifetime is over"),
    remote("sendmail-mailbox-disabled", "disabled@sendmail.example", "rcpt",
           "550 5.2.1 <disabled@sendmail.example>... Mailbox disabled for this recipient", "filtered", SM_PROTO),
    # --- multi-line and long replies from mailbox providers ----------------------------------------------------
    remote("gmail-not-rfc-compliant", "someone4@gmail.com", "dot",
           "550-5.7.1 [127.0.0.1 11] Our system has detected that this message is\n"
           "550-5.7.1 not RFC 2822 compliant. To reduce the amount of spam sent to Gmail,\n"
           "550-5.7.1 this message has been blocked. Please review\n"
           "550 5.7.1 RFC 2822 specifications for more information. nr8si8771738lab.216 - gsmtp",
           "notcompliantrfc", "https://pastebin.com/ixwyyH5i (Gmail)"),
    remote("gmx-bad-ptr-greeting", "someone@gmx.de", "banner",
           "554-gmx.net (mxgmx114) Nemesis ESMTP Service not available\n554-No SMTP service\n"
           "554-Bad DNS PTR resource record.\n"
           "554 For explanation visit https://www.gmx.net/mail/senderguidelines?ip=127.0.0.1&c=rdns",
           "requireptr", "https://pastebin.com/xdqLGKiL (GMX)", notes="multi-line greeting refusal"),
    remote("comcast-ptr-long-line", "someone@comcast.net", "banner",
           "554 imta28.emeryville.ca.mail.comcast.net comcast 127.0.0.1 Comcast requires that all mail servers must "
           "have a PTR record with a valid Reverse DNS entry. Currently your mail server does not fill that "
           "requirement. For more information, refer to: http://help.comcast.net/content/faq/PTR",
           "requireptr", "https://pastebin.com/6TeyBieB (Comcast)", notes="a long single-line greeting refusal"),
    # --- connection-level causes -------------------------------------------------------------
    local(
        "stall-at-greeting",
        "someone@stall.example",
        "the remote accepts the connection and never greets; the queue lifetime runs out",
        "expired",
        stage="banner",
        action="stall",
        # OpenSMTPD waits minutes on a silent greeting; its late notice would land in the next row
        only=("postfix", "exim", "sendmail"),
    ),
    local(
        "drop-after-rcpt",
        "someone@drop.example",
        "the remote drops the connection after RCPT TO; the queue lifetime runs out",
        "expired",
        stage="rcpt",
        action="drop",
    ),
    local(
        "domain-without-mx-or-a",
        "someone@nodata.example",
        "the recipient domain exists but has neither MX nor A records",
        "hostunknown",
        dns="nodata",
    ),
    # --- several recipients with different fates ------------------------------------------------
    mixed(
        "mixed-fates",
        "one mail to four recipients: two rejected by the remote, one accepted, one unknown locally",
        [
            ("nobody@mixed.example", "userunknown", "550 5.1.1 <nobody@mixed.example>: Recipient address rejected: User unknown in virtual mailbox table"),
            ("full@mixed.example", "mailboxfull", "552 5.2.2 <full@mixed.example>: Recipient address rejected: Mailbox full"),
            ("ok@mixed.example", "", ""),
            (f"ghost@{LOCAL_DOMAIN}", "userunknown", ""),
        ],
        POSTFIX,
    ),
    # --- delayed-delivery warnings (the message stays queued) -------------------------------------
    Scenario(
        name="delay-warning",
        cause="the remote defers with a temporary error; the MTA sends a delay warning and keeps trying",
        rcpts=(Rcpt("someone@slow.example", "mailboxfull", "4.2.2", "452"),),
        source=GOOGLE,
        stage="rcpt",
        reply=("452 4.2.2 The recipient's inbox is out of storage space and inbound mail cannot be received.",),
        mode="delay",
    ),
]


def by_name() -> dict[str, Scenario]:
    names = [s.name for s in SCENARIOS]
    assert len(names) == len(set(names)), "duplicate scenario names"
    return {s.name: s for s in SCENARIOS}
