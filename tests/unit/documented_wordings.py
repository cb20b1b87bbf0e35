"""Bounce wordings as providers, MTAs and RFCs document them, with the reason each one means.

Every row is a wording found in a published source (a provider's error reference, an MTA's own
documentation, message template or regression output, an RFC registry, or a real bounce pasted in a
public thread); ``source_url`` is the page it was read on (see ``documented_sources.md`` for titles,
archive copies and the codes each source documents).  Where a provider documents only a code and its
meaning, ``text`` is what the reference prints.  Placeholders the references print (``ip-address``,
``domain-name``, ``xxx@``) are kept or replaced by documentation addresses (192.0.2.x, example.*).

Expected reasons use Sisimai's reason vocabulary (as named in this project, i.e. Sisimai 5:
``emailtoolarge`` for the former ``mesgtoobig``/``exceedlimit``, ``ratelimited`` for the former
``speeding``/``toomanyconn``), with the meaning given in its manual pages ``Sisimai::Reason::*``
(https://metacpan.org/pod/Sisimai::Reason::<Name>).  The one-line meanings below are written for
this project:

- authfailure: the receiving host refused the mail because SPF, DKIM or DMARC (sender
  authentication of the domain) failed or was missing (Sisimai::Reason::AuthFailure).
- badreputation: refused (or deferred) because of the reputation score of the sending IP address
  (Sisimai::Reason::BadReputation).
- blocked: the connection or transaction was refused because of the sending host itself: its IP
  address, its hostname or its HELO/EHLO name (Sisimai::Reason::Blocked).
- contenterror: refused because of the message's header or body format / content
  (Sisimai::Reason::ContentError).
- emailtoolarge: the message is bigger than the receiving system (or its administrative limit)
  accepts (Sisimai::Reason::MesgTooBig / ExceedLimit, merged as EmailTooLarge).
- expired: the sending MTA gave up after retrying for its whole queue lifetime
  (Sisimai::Reason::Expired).
- failedstarttls: a TLS problem: STARTTLS required but not used, TLS negotiation failed, DANE or
  MTA-STS policy (Sisimai::Reason::FailedSTARTTLS).
- filtered: the recipient side refused this mail for this recipient by its own settings or filter
  (a recipient's filter or sender restriction; on Japanese carriers a 受信拒否 setting); close to
  userunknown (Sisimai::Reason::Filtered, which also names Status 5.2.0/5.2.1).
- hasmoved: the recipient's mailbox has moved to another address (Sisimai::Reason::HasMoved).
- hostunknown: the domain part of the recipient address does not exist or cannot receive mail
  (Sisimai::Reason::HostUnknown).
- mailboxfull: the recipient's mailbox is over its quota (Sisimai::Reason::MailboxFull).
- networkerror: the delivery failed at the network level: DNS lookup failure, refused or broken
  connection, timeout, a mail loop (its example: "554 5.4.6 Too many hops") (Sisimai::Reason::NetworkError).
- norelaying: the server refused to relay for the recipient's domain ("relay access denied")
  (Sisimai::Reason::NoRelaying).
- notaccept: the destination does not accept any mail at all (null MX, 556, 5.3.2)
  (Sisimai::Reason::NotAccept).
- notcompliantrfc: the message is not compliant with RFC 5322 or other mail RFCs (duplicate or
  missing headers, bare LF ...) (Sisimai::Reason::NotCompliantRFC).
- policyviolation: the receiving host's policy refused the message's form or content (illegal
  attachment, several addresses in From:, local policy) (Sisimai::Reason::PolicyViolation).
- ratelimited: refused temporarily because the sender sends too fast, too much or with too many
  connections (Sisimai::Reason::RateLimited, formerly Speeding / TooManyConn).
- rejected: refused because of the envelope sender (MAIL FROM address or its domain); Status 5.1.8
  (Sisimai::Reason::Rejected).
- requireptr: refused because the sending IP has no PTR record, or the PTR does not resolve back
  (Sisimai::Reason::RequirePTR).
- securityerror: a security check failed, notably SMTP authentication (wrong credentials,
  authentication required) (Sisimai::Reason::SecurityError).
- spamdetected: the receiver's spam filter judged the message to be spam
  (Sisimai::Reason::SpamDetected).
- suspend: the recipient account exists but is suspended or disabled (unpaid, inactive ...)
  (Sisimai::Reason::Suspend).
- syntaxerror: the server did not understand the SMTP command sent (syntax, sequence)
  (Sisimai::Reason::SyntaxError).
- systemerror: an error inside the receiving system (temporary system problem, LDAP failure ...)
  (Sisimai::Reason::SystemError).
- systemfull: the receiving system's disk or queue is full (Sisimai::Reason::SystemFull).
- userunknown: the local part of the recipient address does not exist there
  (Sisimai::Reason::UserUnknown).
- virusdetected: the message was refused because it contains a virus
  (Sisimai::Reason::VirusDetected).

Choices between two reasons are commented on the row (``# between X and Y: ...``).
"""

from __future__ import annotations

from typing import NamedTuple

REASONS: dict[str, tuple[str, str]] = {
    # reason: (one-line meaning in this project's words, Sisimai manual page)
    "authfailure": ("SPF/DKIM/DMARC of the sending domain failed or is missing", "Sisimai::Reason::AuthFailure"),
    "badreputation": ("the sending IP address's reputation score is too low", "Sisimai::Reason::BadReputation"),
    "blocked": ("the sending host (IP address, hostname, HELO name) is refused", "Sisimai::Reason::Blocked"),
    "contenterror": ("the header or body format/content is refused", "Sisimai::Reason::ContentError"),
    "emailtoolarge": ("the message is larger than the receiver accepts", "Sisimai::Reason::EmailTooLarge"),
    "expired": ("the sending MTA gave up after its retry period", "Sisimai::Reason::Expired"),
    "failedstarttls": ("TLS was required, failed or was not offered", "Sisimai::Reason::FailedSTARTTLS"),
    "filtered": ("the recipient side's settings or filter refused this mail", "Sisimai::Reason::Filtered"),
    "hasmoved": ("the recipient's mailbox has moved", "Sisimai::Reason::HasMoved"),
    "hostunknown": ("the recipient's domain does not exist / cannot receive mail", "Sisimai::Reason::HostUnknown"),
    "mailboxfull": ("the recipient's mailbox is over quota", "Sisimai::Reason::MailboxFull"),
    "networkerror": ("DNS, connection or timeout failure on the way", "Sisimai::Reason::NetworkError"),
    "norelaying": ("the server refuses to relay to that domain", "Sisimai::Reason::NoRelaying"),
    "notaccept": ("the destination accepts no mail at all", "Sisimai::Reason::NotAccept"),
    "notcompliantrfc": ("the message breaks RFC 5322 or other mail RFCs", "Sisimai::Reason::NotCompliantRFC"),
    "policyviolation": ("the receiver's policy refuses the message's form or content",
                        "Sisimai::Reason::PolicyViolation"),
    "ratelimited": ("too fast / too much / too many connections, refused for now", "Sisimai::Reason::RateLimited"),
    "rejected": ("the envelope sender (MAIL FROM) or its domain is refused", "Sisimai::Reason::Rejected"),
    "requireptr": ("the sending IP lacks a (matching) PTR record", "Sisimai::Reason::RequirePTR"),
    "securityerror": ("a security check, notably SMTP AUTH, failed", "Sisimai::Reason::SecurityError"),
    "spamdetected": ("the spam filter judged the message to be spam", "Sisimai::Reason::SpamDetected"),
    "suspend": ("the recipient account exists but is suspended/disabled", "Sisimai::Reason::Suspend"),
    "syntaxerror": ("the SMTP command was not understood / out of sequence", "Sisimai::Reason::SyntaxError"),
    "systemerror": ("an error inside the receiving system", "Sisimai::Reason::SystemError"),
    "systemfull": ("the receiving system's disk or queue is full", "Sisimai::Reason::SystemFull"),
    "userunknown": ("the recipient's local part does not exist", "Sisimai::Reason::UserUnknown"),
    "virusdetected": ("the message contains a virus", "Sisimai::Reason::VirusDetected"),
}


class Wording(NamedTuple):
    provider: str
    code: str               # the code or status as the source lists it ("" when it lists none)
    text: str               # the wording as it would be pasted
    reason: str
    source_url: str
    deliverystatus: str | None = None   # expected status when the text gives one (None: not checked)
    replycode: str | None = None        # expected reply code when the text gives one


# -- sources (see documented_sources.md) --------------------------------------------------------------------
GMAIL = "https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes"
MS_NDR = ("https://github.com/x13-me/OfficeDocs-Exchange/blob/7d3f4a35fad0c02b7dc28a94308bb600ab3eefe0/"
          "Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/"
          "non-delivery-reports-in-exchange-online.md")
MS_HVS = ("https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/9600291fafc9b1e8470d664c4b18ce1585383b50/"
          "microsoft-new-requirements-for-high-volume-senders/text/"
          "microsoft-new-requirements-for-high-volume-senders-2025-08-02.txt")
YAHOO_SLN3444 = "https://help.yahoo.com/kb/mail-for-desktop/SLN3444.html?impressions=true"
YAHOO_ABUSE57 = "http://help.yahoo.com/l/in/yahoo/mail/original/abuse/abuse-57.html"
YAHOO_SLN3436 = ("http://help.yahoo.com/kb/index?page=content&y=PROD_MAIL_MOBILE&locale=en_US&id=SLN3436"
                 "&impressions=false")
YAHOO_ERRORS = ("https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/dcc8682eebd4439f3d5107f7f39141126ed5d9dd/"
                "yahoo-senders-smtp-error-codes/text/yahoo-senders-smtp-error-codes-2026-02-15.txt")
YAHOO_FIELD = "https://smtpfieldmanual.com/provider/yahoo/421/4.7.0"
SMTPCODES_YAHOO = "https://smtp.codes/yahoo"
SMTPCODES_ICLOUD = "https://smtp.codes/icloud"
POSTFIX_REF = ("https://github.com/vdukhovni/postfix/blob/1eee692a04f3a70ed7df44dde8c068d953bbf02d/"
               "postfix/src/smtpd/smtpd_check.ref")
POSTFIX_DSN_REF = ("https://github.com/vdukhovni/postfix/blob/bb1d259c3e1c5111977b589914403de209e3b5d9/"
                   "postfix/src/smtpd/smtpd_check_dsn.ref")
# Postfix and Sendmail source files whose own failure texts the MTA rows below quote (placeholders filled with
# documentation values); see documented_sources.md, "MTA source code"
_PFSRC = "https://github.com/vdukhovni/postfix/blob/"
PF_CONNECT = _PFSRC + "e7b4f1ba66792aaee579982cb2405221cce07c2c/postfix/src/smtp/smtp_connect.c"
PF_PROTO = _PFSRC + "4a25a6b519d57a762089f505f48e07a53bf2eaed/postfix/src/smtp/smtp_proto.c"
PF_TROUBLE = _PFSRC + "a934ab940e9c88458f95ace79535047f9b57541c/postfix/src/smtp/smtp_trouble.c"
PF_ADDR = _PFSRC + "b9340f4f205342632f6198c56c6ba9b4064f021e/postfix/src/smtp/smtp_addr.c"
PF_DNS = _PFSRC + "02bb17535ff02789a1016b8c330127632fc70413/postfix/src/dns/dns_lookup.c"
PF_MIME = _PFSRC + "d30b3664040151f373283258cf0876cd18c4ed3a/postfix/src/global/mime_state.c"
PF_SASL = _PFSRC + "98d8efe9af1df2731204d344d7a63eab99977894/postfix/src/smtp/smtp_sasl_glue.c"
PF_MBOX = _PFSRC + "19df5766273acb71e4ec4040716e5b19392ad204/postfix/src/local/mailbox.c"
PF_MAILDIR = _PFSRC + "d232d8d210258091b39002e11d4ad6fd5292ba5c/postfix/src/local/maildir.c"
PF_LRCPT = _PFSRC + "f820a68ed7a4177a73bc59ed54475e9310a20d92/postfix/src/local/recipient.c"
PF_VMBOX = _PFSRC + "54576876fd05c995424166f8ca0a59d14ee3ad25/postfix/src/virtual/mailbox.c"
PF_VUNKNOWN = _PFSRC + "a934ab940e9c88458f95ace79535047f9b57541c/postfix/src/virtual/unknown.c"
PF_QMGR = _PFSRC + "32c25f2151e2df8c54d2e7d3230717021ab04556/postfix/src/qmgr/qmgr_defer.c"
PF_SMTPD = _PFSRC + "3e5e18a5dafd6c1b860df810dd35897b77bdedc3/postfix/src/smtpd/smtpd.c"
_SMSRC = "https://github.com/freebsd/freebsd-src/blob/"
SM_ERR = _SMSRC + "065a643db393fd78e62e8b414b4789e13fbdb5ae/contrib/sendmail/src/err.c"
SM_EXIT = _SMSRC + "e226f8e879ed5a8d2f5cc433067b698e07dce0b6/contrib/sendmail/libsm/strexit.c"
SM_ENV = _SMSRC + "e8c96e01af86960b1b142e495910f573695971dd/contrib/sendmail/src/envelope.c"
SM_USMTP = _SMSRC + "fb4e8ab3dacd494f351b70578e129dc85be65200/contrib/sendmail/src/usersmtp.c"
SM_DELIVER = _SMSRC + "2f3342e81061668f3703b6a143c725425ab15b35/contrib/sendmail/src/deliver.c"
SM_SRVR = _SMSRC + "41836edc361fb623bb761f8225d5727d63d0c9d6/contrib/sendmail/src/srvrsmtp.c"
SM_PROTO = _SMSRC + "ab5a9cbab45b524bd67604dcdbe60870697848d2/contrib/sendmail/cf/m4/proto.m4"
_PFH = "mx.example.com[192.0.2.25]"
QMAIL_REMOTE = ("https://github.com/notqmail/notqmail/blob/005c5752ae4c25fcead04bb4cbe3677470324f8a/"
                "qmail-remote.c")
SENDMAIL_SIZE = "https://oreilly.com/library/view/sendmail-4th-edition/9780596510299/ch24s09s68.html"
SENDMAIL_MEQ = "https://www.oreilly.com/library/view/sendmail-4th-edition/9780596510299/ch20s05s08.html"
RFC3463_TABLE = "https://www.progress.com/documentation/sitefinity-cms/101/reference-email-bounce-codes"
NTT_DOCOMO = "https://support.ntt.com/mail/faq/detail/pid2300000e64?themeDId=309&themeSubDId=271"
MS_KB_AUTHREQUIRED = ("https://support.microsoft.com/help/2984402/-5.7.1-smtp-550-5.7.1-resolver.rst.authrequired-"
                      "nondelivery-report-when-external-users-try-to-send-mail-to-mail-enabled-public-folders-in-office-365.aspx")
SES_QUOTAS = "https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html"
SENDMAGIC_AU = "https://note.com/sendmagic/n/n875d8dcb6cb8"
SENDMAGIC_SB = "https://note.com./sendmagic/n/n5afbf98aeb25"
MIMECAST_CODES = "https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754"
MIMECAST_SEEN = "https://wordtothewise.com/2018/07/who-are-mimecast"
BROADCOM_OUTBOUND = ("https://knowledge.broadcom.com/external/article/162445/"
                     "outbound-mail-returned-by-mailerdaemonme.html")
BROADCOM_FILTERS = ("https://knowledge.broadcom.com/external/article/169925/"
                    "common-external-spam-filtering-error-cod.html")
SOPHOS_CODES = ("https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/"
                "SMTPErrorCodes/index.html")
TRENDMICRO_ERS = ("https://success.trendmicro.com/solution/1097055-frequently-asked-questions-faqs-about-messages-"
                  "blocked-by-email-reputation-services-ers")
TRENDMICRO_DDEI = ("https://docs.trendmicro.com/en-us/documentation/article/"
                   "deep-discovery-email-inspector-51-online-help-smtp-error-codes")
CISCO_SPF = "https://manualsbrain.com/en/manuals/1700579/?page=292"
# other mailbox providers' error references (see documented_sources.md, "Other providers")
COX_CODES = "http://postmaster.cox.net/confluence/display/postmaster/Error+Codes"
COX_452 = ("http://postmaster.cox.net/confluence/display/postmaster/"
           "Error+Codes++452+-+source+IP+rejected.++Too+many+invalid+recipients")
COMCAST_CODES = "http://postmaster.comcast.net/mail-error-codes.html"
COMCAST_NONSPECIFIC = "http://security.comcast.net/get-help/Mail-Delivery-Error-Messages.aspx"
COMCAST_BUSINESS = "https://business.comcast.com/help-and-support/internet/email-bounce-back-messages/"
IONOS_ERRORS = ("https://help.1and1.com/e-mail-and-office-c37589/1and1-postmaster-c85193/"
                "smtp-error-messages-for-the-1and1-mail-server-a793087.html")
SMTPCODES_UI = "https://smtp.codes/unitedinternet/"
SITEPACKAGE = ("http://www.sitepackage.de/service/dokumentation/auswertung/"
               "typische-fehlermeldungen-bei-unzustellbarkeit.html")
NETEASE_CODES = "https://biecuoliao.com/pa/MBRrwEM.html"
NETEASE_163NS = "http://163ns.com.cn/mail/MailFAQ.htm"
YANDEX_TO = "https://www.yandex.com/support/mail/bounces/yandex.html"
YANDEX_OTHER = "https://www.yandex.com/support/mail/bounces/other.html"
ATT_WORLDNET = "http://worldnet.att.net/general-info/bls_info/block_enduser.html"
COX_FORUM_CXCNCT = ("https://forums.cox.com/discussions/internet/"
                    "cox-has-marked-my-email-server-as-a-spammer---how-to-resolve/136978")
COX_FORUM_CXSNDR = "https://forums.cox.com/discussions/internet/cox-censorship-reopened/142720"
TONLINE_NOWL = "https://bllmnn.de/2024/05/fehler-554-none-bad-reputation-beim-mailversand-an-t-online-de"
TONLINE_DIAL = "https://help.creoline.com/de/doc/t-online-554-dialuptransient-ip-not-allowed-zVwMz4z866"
SUPED_APPLE_CS02 = ("https://www.suped.com/knowledge/email-deliverability/troubleshooting/"
                    "how-do-i-resolve-email-blocking-issues-with-apple-servers-and-postmasters")
HETRIX_COMCAST = "https://docs.hetrixtools.com/how-to-remove-your-ip-from-the-comcast-blacklist/"
ORANGE_BENTO = "https://bentonow.com/smtp-errors/orange"
ATT_MAILINFO = "http://www.att.net/general-info/mail_info/block_enduser.html"
ATT_RBL = "http://rbl.att.net/block_enduser.html"
SENDMAGIC_DOCOMO = "https://note.com/sendmagic/n/neb6bbe7e51cf"
SAKURA_ERRORS = "https://help.sakura.ad.jp/rs/2265"
BIGLOBE_ERRORS = "https://faq.support.biglobe.ne.jp/faq_detail.html?faq_id=10621&faq_category=1088"
MS_JA_MEPF = "https://learn.microsoft.com./ja-jp/exchange/troubleshoot/email-delivery/cannot-send-mail-mepf"
MS_JA_OUTLOOK_NDR = ("https://support.microsoft.com/ja-jp/topic/%E5%88%9D%E5%BF%83%E8%80%85%E3%81%A7%E3%82%82%E3%82%8F"
                     "%E3%81%8B%E3%82%8B-outlook-%E9%80%81%E4%BF%A1%E3%81%A7%E3%81%8D%E3%81%AA%E3%81%84-%E9%85%8D%E4%BF"
                     "%A1%E4%B8%8D%E8%83%BD%E3%83%A1%E3%83%BC%E3%83%AB%E3%81%8C%E6%88%BB%E3%81%A3%E3%81%A6%E3%81%8F%E3"
                     "%82%8B-f711b1bd-c517-9cc4-10fd-58acfac6ca59")
GMAIL_JA_BOUNCES = "https://support.google.com/mail/answer/6596?hl=ja"
GMAIL_JA = "https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes?hl=ja"
GMAIL_JA_A = "https://support.google.com/a/answer/3726730?hl=ja"
MONEYTIMES_JP = "https://moneytimes.jp/archives/185548/2"
GWIP_550 = "http://help.g-wip.com/cat-285/550550.html"
JFUL_QMAIL = "http://jful.jp/supast/supast1010.html"
# enterprise mail systems (Exchange Server on-premises, Exchange Online's newer tables and support articles,
# Exchange 2000/2003, Zimbra): see documented_sources.md, "Enterprise mail systems"
EXS_DSN = ("https://github.com/x13-me/OfficeDocs-Exchange/blob/065e7e8d5258fa4a22930e2983f156bf6824ca11/"
           "Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/"
           "non-delivery-reports-and-bounce-messages.md")
MS_NDR_2022 = ("https://github.com/mikumeda/OfficeDocs-Exchange/blob/d9318569c8be42a2d91e6f8cc2b4272079cf5279/"
               "Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/"
               "non-delivery-reports-in-exchange-online.md")
_MS_SA = "https://github.com/MicrosoftDocs/SupportArticles-docs/blob/"
MS_HOPCOUNT = (_MS_SA + "0a82626b2199569e6481e8826b8dcf11195b56f2/Exchange/ExchangeOnline/email-delivery/ndr/"
               "fix-error-code-5-4-6-through-5-4-20-in-exchange-online.md")
MS_UNTRUSTEDROOT = (_MS_SA + "be57cf98bb291c663b9fc76d8f82fdda2b129963/Exchange/ExchangeOnline/email-delivery/ndr/"
                    "fix-error-code-450-4-4-317-untrusted-root.md")
MS_MULTIFROM = (_MS_SA + "01dde68f5533a424708f0fa63b0e5f4876150dda/Exchange/ExchangeOnline/email-delivery/ndr/"
                "fix-error-code-550-5-1-20-multiple-from-addresses.md")
MS_GROUP193 = (_MS_SA + "70a62eb47c448f73cb5990d13012e6c374300d6f/Exchange/ExchangeOnline/email-delivery/ndr/"
               "550-5-7-193-when-external-users-send-to-microsoft-365-group.md")
MS_XDGREF = (_MS_SA + "332ac0ba7220d38f8372b60e263a50bcd6148f77/Exchange/ExchangeOnline/email-delivery/ndr/"
             "550-x-dg-ref-header-too-long-ndr.md")
MS_RELAYPOOL = (_MS_SA + "13b3ced7db47aafc1a0d7ad77c9abced7d198275/Exchange/ExchangeOnline/email-delivery/ndr/"
                "forwarded-message-rejected-5-7-367-ndr.md")
MS_TENANT7XX = (_MS_SA + "76c1a05318d96e1a44778c4443c6d5f236776a8c/Exchange/ExchangeOnline/email-delivery/ndr/"
                "fix-error-codes-550-5-7-703-550-5-7-705-550-5-7-708-550-5-7-750.md")
MS_KB_Q304897 = "https://github.com/jeffpar/kbarchive/blob/9d07a0fcc690dab7a3f5416a3054f4562d804b69/kb/304/Q304897/README.md"
ZIMBRA_LMTP = ("https://github.com/Zimbra/zm-mailbox/blob/5c580876b855c8950619307e0e52dc6f8a570016/"
               "store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java")


def _g(reply: str, status: str, text: str, reason: str, url: str = GMAIL) -> Wording:
    """A Gmail row: the reference lists reply code, status code and text separately."""
    return Wording("Gmail", f"{reply} {status}", f"{reply} {status} {text}", reason, url, status, reply)


def _ms(status: str, text: str, reason: str, reply: str | None = None) -> Wording:
    """A Microsoft 365 / Exchange Online row: the NDR table lists the status code and its text
    (a reply code only where the table prints one)."""
    shown = f"{reply} {status} {text}" if reply else f"{status} {text}"
    return Wording("Microsoft 365", f"{reply} {status}" if reply else status, shown, reason, MS_NDR, status, reply)


def _exs(status: str, text: str, reason: str, reply: str | None = None, url: str = EXS_DSN) -> Wording:
    """An Exchange Server (2016/2019 on-premises) row: the DSN table lists the status code and its text."""
    shown = f"{reply} {status} {text}" if reply else f"{status} {text}"
    return Wording("Exchange Server", f"{reply} {status}" if reply else status, shown, reason, url, status, reply)


def _ms2(status: str, text: str, reason: str, reply: str | None = None) -> Wording:
    """A Microsoft 365 row from the newer version of the Exchange Online NDR table (codes the older one lacks)."""
    shown = f"{reply} {status} {text}" if reply else f"{status} {text}"
    return Wording("Microsoft 365", f"{reply} {status}" if reply else status, shown, reason, MS_NDR_2022, status, reply)


def _zimbra(reply: str, status: str, text: str, reason: str) -> Wording:
    """A Zimbra row: its LMTP server's reply (LmtpReply.java), relayed by the MTA in front of it."""
    return Wording("Zimbra", f"{reply} {status}", f"{reply} {status} {text}", reason, ZIMBRA_LMTP, status, reply)


def _rfc(status: str, text: str, reason: str) -> Wording:
    """RFC 3463 enhanced status code with the RFC's own subject text."""
    return Wording("RFC 3463", status, f"{status} {text}", reason, RFC3463_TABLE, status, None)


W = Wording

WORDINGS: list[Wording] = [
    # == Gmail / Google Workspace: "Gmail SMTP errors and codes" ===========================================
    _g("450", "4.2.1", "The user you are trying to contact is receiving email too quickly. Please resend your "
       "message at a later time. If the user is able to receive email at that time, your message will be "
       "delivered.", "ratelimited"),
    _g("450", "4.2.1", "The user you are trying to contact is receiving email at a rate that prevents additional "
       "messages from being delivered. Please resend your message at a later time.", "ratelimited"),
    _g("450", "4.2.1", "Peak SMTP relay limit exceeded for this customer. This is a temporary error.",
       "ratelimited"),
    _g("452", "4.2.2", "The recipient's inbox is out of storage space. Please direct the recipient to Manage "
       "files in your Google Drive storage.", "mailboxfull"),
    _g("421", "4.3.0", "Temporary System Problem. Try again later.", "systemerror"),
    # a server that stops answering in time: retried until the limit (expired, as for Postfix's timeouts)
    _g("451", "4.4.2", "Timeout - closing connection.", "expired"),
    # between systemerror and ratelimited: "server busy" is the receiver's load, not the sender's pace
    _g("421", "4.4.5", "Server busy, try again later.", "systemerror"),
    _g("451", "4.5.0", "SMTP protocol violation. For more information, go to About SMTP error messages and "
       "review RFC 5321 specifications.", "syntaxerror"),
    _g("421", "4.7.0", "IP not in whitelist for RCPT domain, closing connection.", "blocked"),
    _g("421", "4.7.0", "The IP address sending this message does not have a PTR record, or the corresponding "
       "forward DNS entry does not point to the sending IP. To protect our users from spam, email sent from your "
       "IP address has been temporarily rate limited.", "requireptr"),
    _g("421", "4.7.0", "TLS required for RCPT domain, closing connection.", "failedstarttls"),
    # Sisimai::Reason::BadReputation's own example is Gmail's "very low reputation of the sending IP address"
    _g("421", "4.7.0", "This message is suspicious due to the very low reputation of the sending IP address. To "
       "protect our users from spam, email sent from your IP address has been temporarily rate limited.",
       "badreputation"),
    _g("421", "4.7.0", "This message is suspicious due to the nature of the content or the links within. To best "
       "protect our users from spam, the message has been blocked.", "spamdetected"),
    _g("451", "4.7.23", "192.0.2.25 The sending IP address for this message doesn't have a PTR record, or the "
       "PTR record's forward DNS entry doesn't match the sending IP address. To protect users from spam, your "
       "email has been temporarily rate limited.", "requireptr"),
    _g("451", "4.7.24", "The SPF record of the sending domain has one or more suspicious entries. To protect our "
       "users from spam, email sent from your IP address has been temporarily rate limited.", "authfailure"),
    _g("451", "4.7.26", "Unauthenticated email from example.com is not accepted due to domain's DMARC policy, "
       "but temporary DNS failures prevent authentication.", "authfailure"),
    _g("421", "4.7.26", "This email has been rate limited because it is unauthenticated. Gmail requires all "
       "senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF "
       "example.com with ip: 192.0.2.25 = did not pass.", "authfailure"),
    _g("421", "4.7.27", "Your email has been rate limited because SPF authentication didn't pass for this "
       "message. Gmail requires all bulk email senders to authenticate their email with SPF. Authentication "
       "results: SPF example.com with IP address: 192.0.2.25 = Did not pass.", "authfailure"),
    _g("421", "4.7.28", "Gmail has detected an unusual rate of email. To protect our users from spam, email has "
       "been temporarily rate limited.", "ratelimited"),
    _g("421", "4.7.28", "Gmail has detected an unusual rate of email originating from your IP address 192.0.2.25. "
       "To protect our users from spam, email sent from your IP address has been temporarily rate limited.",
       "ratelimited"),
    _g("421", "4.7.28", "Gmail has detected an unusual rate of unsolicited email originating from your IP Netblock "
       "192.0.2.0/24. To protect our users from spam, email sent from your IP Netblock has been temporarily "
       "rate limited.", "ratelimited"),
    _g("421", "4.7.28", "Gmail has detected an unusual rate of unsolicited email originating from your DKIM "
       "domain example.com. To protect our users from spam, email sent from your domain has been temporarily "
       "rate limited.", "ratelimited"),
    _g("421", "4.7.28", "Gmail has detected an unusual rate of unsolicited email originating from your SPF "
       "domain example.com. To protect our users from spam, email sent from your domain has been temporarily "
       "rate limited.", "ratelimited"),
    _g("421", "4.7.28", "Gmail has detected an unusual rate of unsolicited email containing one of your URL "
       "domains. To protect our users from spam, email with the URL has been temporarily rate limited.",
       "ratelimited"),
    # between ratelimited and blocked: temporary and about volume, so ratelimited (5.7.28 below is blocked)
    _g("421", "4.7.28", "Gmail has detected an unusual amount of unsolicited email originating from your IP "
       "address. To protect our users from spam, email sent from your IP address has been temporarily blocked.",
       "ratelimited"),
    _g("421", "4.7.29", "Your email has been rate limited because you're not using a TLS connection. Gmail "
       "requires all bulk email senders to use TLS/SSL for SMTP connections.", "failedstarttls"),
    _g("421", "4.7.30", "Your email has been rate limited because DKIM authentication didn't pass for this "
       "message. Gmail requires all email bulk senders to authenticate their email with DKIM. Authentication "
       "results: DKIM = Did not pass.", "authfailure"),
    _g("421", "4.7.40", "Your email has been rate limited because the sending domain doesn't have a DMARC record, "
       "or the DMARC record doesn't specify a DMARC policy. Gmail requires all bulk email senders to add a "
       "DMARC record to their sending domain.", "authfailure"),
    _g("421", "4.7.32", "Your email has been rate limited because the From: header (RFC5322) in this message "
       "isn't aligned with either the authenticated SPF or DKIM organizational domain.", "authfailure"),
    # the reference prints reply code 421 with status 5.7.32; kept as printed
    _g("421", "5.7.32", "Your email was blocked because the From: header (RFC5322) in this message isn't aligned "
       "with either the authenticated SPF or DKIM organizational domain.", "authfailure"),
    _g("550", "5.1.1", "The email account that you tried to reach does not exist. Please double-check the "
       "recipient's email address for typos or unnecessary spaces.", "userunknown"),
    _g("553", "5.1.2", "We weren't able to find the recipient domain. Please check for any spelling errors and "
       "make sure you didn't enter any spaces, periods, or other punctuation after the recipient's email "
       "address.", "hostunknown"),
    # between userunknown and syntaxerror: an invalid recipient address (X.1.3) cannot exist as a mailbox
    _g("553", "5.1.3", "The recipient address <bob@example..com> is not a valid RFC 5321 address.",
       "userunknown"),
    _g("553", "5.1.7", "The sender address <alice@> is not a valid RFC 5321 address.", "rejected"),
    _g("550", "5.2.1", "The email account that you tried to reach is inactive. For more information, go to "
       "https://support.google.com/mail/?p=DisabledUser", "suspend"),
    _g("550", "5.2.1", "The user you are trying to contact is receiving email at a rate that prevents additional "
       "messages from being delivered.", "ratelimited"),
    _g("552", "5.2.2", "The recipient's inbox is out of storage space and inactive. Please direct the recipient "
       "to Manage files in your Google Drive storage.", "mailboxfull"),
    _g("552", "5.3.4", "Your message exceeded Google's message size limits. To view our message size guidelines, "
       "go to Send attachments with your Gmail message.", "emailtoolarge"),
    _g("552", "5.3.4", "The size of your message (31457280 bytes) exceeded Google's message size limits of "
       "26214400 bytes.", "emailtoolarge"),
    _g("552", "5.3.4", "Your message exceeded Google's message header size limits.", "emailtoolarge"),
    # between ratelimited and securityerror: the sender's own daily quota; about volume, so ratelimited
    _g("550", "5.4.5", "Daily user sending limit exceeded. For more information on Gmail sending limits, go to "
       "Gmail sending limits.", "ratelimited"),
    _g("550", "5.4.5", "Daily SMTP relay limit exceeded for user.", "ratelimited"),
    # a mail loop: an error of the mail system, not of the message or the address
    # a mail loop is a routing failure (X.4.6): networkerror, like other routing and hop-count failures
    _g("554", "5.4.6", "Message exceeded 50 hops, this may indicate an email loop.", "networkerror"),
    _g("503", "5.5.1", "Bad sequence of commands. For more information, go to About SMTP error messages and "
       "review RFC 5321 specifications.", "syntaxerror"),
    _g("502", "5.5.1", "Unrecognized command.", "syntaxerror"),
    _g("555", "5.5.2", "Syntax error. For more information, go to About SMTP error messages and review RFC 5321 "
       "specifications.", "syntaxerror"),
    # Sisimai::Reason::Blocked names the HELO/EHLO parameter explicitly
    _g("501", "5.5.4", "HELO/EHLO argument [bad..name] invalid closing connection.", "blocked"),
    _g("501", "5.5.4", "Empty HELO/EHLO argument not allowed, closing connection.", "blocked"),
    _g("554", "5.6.0", "Email message is malformed. Not accepted. For more information, go to Email sender "
       "guidelines and review RFC 5322 specifications.", "notcompliantrfc"),
    # Sisimai::Reason::PolicyViolation's own example is this Gmail 552 5.7.0 attachment refusal
    _g("552", "5.7.0", "This message was blocked because its content presents a potential security issue. To "
       "review our message content and attachment content guidelines, go to File types blocked in Gmail.",
       "policyviolation"),
    _g("550", "5.7.0", "Email relay denied 192.0.2.25. Invalid credentials for relay for one of the domains in: "
       "example.com (as obtained from HELO and (E)MAIL FROM).", "norelaying"),
    _g("530", "5.7.0", "Authentication required. For more information, go to Can't sign in to your Google "
       "Account.", "securityerror"),
    _g("530", "5.7.0", "Must issue a STARTTLS command first. For more information, go to About SMTP error "
       "messages and review RFC 3207 specifications.", "failedstarttls"),
    # between policyviolation and filtered: a rule of the recipient's domain (gcdp); the reference calls it policy
    _g("550", "5.7.1", "The user or domain that you are sending to (or from) has a policy that prohibits the "
       "email that you sent. Contact your domain administrator for assistance.", "policyviolation"),
    _g("550", "5.7.1", "This message is likely unsolicited email. To reduce the amount of spam sent to Gmail, "
       "this message has been blocked.", "spamdetected"),
    _g("550", "5.7.1", "This message is likely suspicious due to the very low reputation of the sending IP "
       "address. To best protect our users from spam, the message has been blocked.", "badreputation"),
    _g("550", "5.7.1", "Messages missing a valid address in the From: header, or having no From: header, are not "
       "accepted. For more information, go to Email sender guidelines and review RFC 5322 specifications.",
       "notcompliantrfc"),
    _g("550", "5.7.1", "Messages missing a valid Message-ID: header are not accepted. For more information, go to "
       "Email sender guidelines and review RFC 5322 specifications.", "notcompliantrfc"),
    # Sisimai::Reason::PolicyViolation names "multiple addresses exist in the From: header" explicitly
    # RFC 5322 allows several From addresses only with a Sender field; Gmail's guidelines list it as a
    # message-format requirement: notcompliantrfc
    _g("550", "5.7.1", "Messages with multiple addresses in the From: header are not accepted. For more "
       "information, go to Email sender guidelines and review RFC 5322 specifications.", "notcompliantrfc"),
    _g("550", "5.7.1", "The message contains a unicode character in a disallowed header.", "notcompliantrfc"),
    _g("550", "5.7.1", "This message is not RFC 5322 compliant because it has duplicate headers. To reduce the "
       "amount of spam sent to Gmail, this message has been blocked.", "notcompliantrfc"),
    _g("550", "5.7.1", "This message is not RFC 5322 compliant because the From: header is missing. To reduce "
       "the amount of spam sent to Gmail, this message has been blocked.", "notcompliantrfc"),
    _g("550", "5.7.1", "This message is not RFC 5322 compliant because it has multiple From: headers. To reduce "
       "the amount of spam sent to Gmail, this message has been blocked.", "notcompliantrfc"),
    _g("550", "5.7.1", "This message is not RFC 5322 compliant because the From: header has a non-compliant "
       "domain name. To reduce the amount of spam sent to Gmail, this message has been blocked.",
       "notcompliantrfc"),
    _g("550", "5.7.1", "This email has been rate limited. For more information, go to Limits for sending & "
       "getting email.", "ratelimited"),
    _g("550", "5.7.1", "The IP you're using to send email is not authorized to send email directly to our "
       "servers. Use the SMTP relay at your service provider instead.", "blocked"),
    _g("550", "5.7.1", "Daily SMTP relay sending limit exceeded for this customer.", "ratelimited"),
    _g("550", "5.7.1", "Encoded-word syntax is not permitted in message header Message-ID. To reduce the amount "
       "of spam sent to Gmail, this message has been blocked.", "notcompliantrfc"),
    _g("550", "5.7.1", "This message is not RFC 5322 compliant. There are multiple Subject headers. To reduce the "
       "amount of spam sent to Gmail, this message has been blocked.", "notcompliantrfc"),
    _g("550", "5.7.1", "This message is not RFC 5322 compliant. There is a malformed Date header. To reduce the "
       "amount of spam sent to Gmail, this message has been blocked.", "notcompliantrfc"),
    _g("523", "5.7.10", "SMTP protocol violation, no commands allowed to pipeline after STARTTLS.",
       "failedstarttls"),
    _g("534", "5.7.14", "Please log in through your web browser and then try again.", "securityerror"),
    _g("550", "5.7.24", "The SPF record of the sending domain has one or more suspicious entries. For more "
       "information, go to Email sender guidelines.", "authfailure"),
    _g("550", "5.7.25", "This message was blocked because the sending IP address doesn't have a PTR record, or "
       "the forwarding DNS entry doesn't reference the sending IP address. Gmail requires that sending IP "
       "addresses have a PTR record.", "requireptr"),
    _g("550", "5.7.26", "This email has been blocked because the sender is unauthenticated. Gmail requires all "
       "senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF "
       "[example.com] with ip: [192.0.2.25] = did not pass.", "authfailure"),
    _g("550", "5.7.26", "The (E)MAIL FROM domain [example.com] has an SPF record with a hard fail policy (-all) "
       "but it fails to pass SPF checks with the ip: [192.0.2.25]. To best protect our users from spam and "
       "phishing, the message has been blocked.", "authfailure"),
    _g("550", "5.7.27", "This message was blocked because it didn't pass SPF authentication. Gmail requires bulk "
       "email senders to authenticate their email with SPF. Authentication results: SPF with 192.0.2.25 = did "
       "not pass", "authfailure"),
    # between blocked and ratelimited: permanent and aimed at the sending IP, so blocked (4.7.28 is ratelimited)
    _g("550", "5.7.28", "There is an unusual rate of unsolicited email originating from your IP address. To "
       "protect our users from spam, email sent from your IP address has been blocked.", "blocked"),
    _g("550", "5.7.29", "This message was blocked because it wasn't sent over a TLS connection. Gmail requires "
       "all bulk email senders to use TLS/SSL for SMTP connections.", "failedstarttls"),
    _g("550", "5.7.30", "This message was blocked because it didn't pass DKIM authentication. Gmail requires "
       "bulk email senders to authenticate their email with DKIM. Authentication results: DKIM = did not pass",
       "authfailure"),
    _g("550", "5.7.40", "Your message was blocked because the sending domain doesn't have a DMARC record or the "
       "DMARC record doesn't specify a DMARC policy. Gmail requires all bulk email senders to add a DMARC record "
       "to their sending domain.", "authfailure"),
    _g("535", "5.7.80", "Username and Password not accepted.", "securityerror"),
    _g("534", "5.7.90", "Application-specific password required.", "securityerror"),
    # Gmail wordings of earlier years, as pasted in public threads
    W("Gmail", "550 5.7.1", "550-5.7.1 [74.208.41.59] The IP address sending this message does not have a PTR "
      "550-5.7.1 record setup. As a policy, Gmail does not accept messages from IPs 550-5.7.1 with missing PTR "
      "records. Please visit 550-5.7.1 https://support.google.com/mail/answer/81126#authentication for more 550 "
      "5.7.1 information. p1si12051002jaj.114 - gsmtp", "requireptr", "https://pastebin.com/Rj7iXShc",
      "5.7.1", "550"),
    W("Gmail", "550 5.7.1", "550-5.7.1 [185.124.155.172 12] Our system has detected that this message is "
      "550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail, 550-5.7.1 this message has "
      "been blocked. Please visit 550-5.7.1 https://support.google.com/mail/?p=UnsolicitedMessageError 550 5.7.1 "
      "for more information. r128si5261221lfr.351 - gsmtp", "spamdetected", "https://pastebin.com/9k5apkKk",
      "5.7.1", "550"),
    W("Gmail", "550 5.7.1", "550-5.7.1 [188.117.59.209 11] Our system has detected that this message is "
      "550-5.7.1 not RFC 2822 compliant. To reduce the amount of spam sent to Gmail, 550-5.7.1 this message has "
      "been blocked. Please review 550 5.7.1 RFC 2822 specifications for more information. "
      "nr8si8771738lab.216 - gsmtp", "notcompliantrfc", "https://pastebin.com/ixwyyH5i", "5.7.1", "550"),
    W("Gmail", "550 5.7.1", "550-5.7.1 This message does not have authentication information or fails to pass "
      "550-5.7.1 authentication checks. To best protect our users from spam, the 550-5.7.1 message has been "
      "blocked. Please visit 550-5.7.1 https://support.google.com/mail/answer/81126#authentication for more "
      "550 5.7.1 information. u16si2087533wru.356 - gsmtp", "authfailure", "https://pastebin.com/vyFg8hz0",
      "5.7.1", "550"),
    W("Gmail", "421 4.7.0", "Our system has detected that this message is 421-4.7.0 suspicious due to the very "
      "low reputation of the sending IP address. 421-4.7.0 To protect our users from spam, mail sent from your IP "
      "address has 421-4.7.0 been temporarily rate limited. Please visit 421 4.7.0 for more information.",
      "badreputation",
      "https://discuss.vultr.com/discussion/1031/gmail-is-blocking-my-email", "4.7.0", "421"),
    W("Gmail", "421 4.7.28", "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail. To protect "
      "421-4.7.28 our users from spam, mail has been temporarily rate limited. For 421-4.7.28 more information, "
      "go to https://support.google.com/mail/?p=UnsolicitedRateLimitError to 421 4.7.28 review our Bulk Email "
      "Senders Guidelines. af79cd13be357-7e67f73162esi193804885a.983 - gsmtp", "ratelimited",
      "http://138.68.43.109:3001/r/email/comments/1mf5cm9/getting_my_business_emails_set_up_properly",
      "4.7.28", "421"),
    W("Gmail", "421 4.7.29", "421-4.7.29 Your email has been rate limited because this message wasn't sent over "
      "a TLS connection", "failedstarttls", "https://inboxadviser.com/2025/01/24/gmail-tls-errors-2/",
      "4.7.29", "421"),

    # == Microsoft 365 / Exchange Online: "Email non-delivery reports in Exchange Online" ===================
    _ms("4.3.2", "STOREDRV.Deliver; recipient thread limit exceeded", "ratelimited", "432"),
    _ms("4.4.316", "Connection refused [Message=Socket error code 10061]", "networkerror"),
    _ms("4.4.7", "Message expired", "expired"),
    _ms("4.7.26", "Access denied, a message sent over IPv6 [2a01:111:f200:2004::240] must pass either SPF or "
        "DKIM validation, this message is not signed", "authfailure"),
    _ms("4.7.850", "Access denied, please try again later", "blocked"),
    _ms("4.7.500", "Access denied, please try again later", "blocked"),
    # a public folder or group that takes mail only from authenticated senders; "authentication required" is
    # a failed security check in Sisimai's vocabulary (SecurityError: "Authentication failure", 5.7.*)
    W("Microsoft 365", "550 5.7.1", "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required", "securityerror",
      MS_KB_AUTHREQUIRED, "5.7.1", "550"),
    # == Sisimai's own manual: the example of its Filtered page ==========================================
    W("Sisimai manual", "550 5.1.2", "550 5.1.2 User reject", "filtered", "https://metacpan.org/pod/Sisimai::Reason::Filtered",
      "5.1.2", "550"),
    # the examples of its SystemError, NetworkError and Expired pages (qmail's LDAP failure with qmail-send's
    # give-up line is the system's error, not the queue's)
    W("Sisimai manual", "#4.4.3", "Unable to contact LDAP server. (#4.4.3)I'm not going to try again; this message has "
      "been in the queue too long.", "systemerror", "https://metacpan.org/pod/Sisimai::Reason::SystemError", "4.4.3"),
    W("Sisimai manual", "554 5.4.6", "554 5.4.6 Too many hops", "networkerror",
      "https://metacpan.org/pod/Sisimai::Reason::NetworkError", "5.4.6", "554"),
    W("Sisimai manual", "400", "400 Delivery time expired", "expired", "https://metacpan.org/pod/Sisimai::Reason::Expired"),
    # == Amazon SES: its SMTP interface over the account's sending quota or rate ===========================
    W("Amazon SES", "454", "454 Throttling failure: Daily message quota exceeded", "ratelimited", SES_QUOTAS, None, "454"),
    W("Amazon SES", "454", "454 Throttling failure: Maximum sending rate exceeded", "ratelimited", SES_QUOTAS, None, "454"),
    _ms("5.0.350", "Requested action not taken: policy violation detected (AS345)", "policyviolation"),
    _ms("5.1.0", "Sender denied", "rejected"),
    _ms("5.1.1", "Bad destination mailbox address", "userunknown"),
    # Sisimai::Reason::Rejected names Status 5.1.8 (a sender refused) explicitly
    _ms("5.1.8", "Access denied, bad outbound sender", "rejected"),
    _ms("5.1.10", "Recipient not found", "userunknown"),
    _ms("5.1.90", "Your message can't be sent because you've reached your daily limit for message recipients",
        "ratelimited"),
    # the code alone would mean "mailbox full" (RFC 3463 X.2.2); the text says the sender's quota: the text decides
    _ms("5.2.2", "Submission quota exceeded", "ratelimited"),
    _ms("5.2.121", "Recipient's per hour message receive limit from specific sender exceeded.", "ratelimited"),
    _ms("5.2.122", "Recipient's per hour message receive limit exceeded.", "ratelimited"),
    _ms("5.4.1", "Relay Access Denied", "norelaying"),
    # the reference: "The recipient's address doesn't exist" (Directory Based Edge Blocking)
    _ms("5.4.1", "Recipient address rejected: Access denied", "userunknown"),
    _ms("5.4.14", "Routing loop detected", "networkerror"),
    _ms("5.4.6", "Routing loop detected", "networkerror"),
    _ms("5.4.300", "Message expired", "expired"),
    _ms("5.5.0", "Requested action not taken: mailbox unavailable", "userunknown", "550"),  # printed with 550
    # the reference explains "Invalid characters" as bare line feeds added by the sender's program
    _ms("5.6.11", "Invalid characters", "notcompliantrfc"),
    # between filtered and rejected: the recipient (a group) accepts only some senders: the recipient side refuses
    # the title RFC 3463 gives X.7.1 ("Delivery not authorized, message refused"): securityerror, as the RFC row
    _ms("5.7.1", "Delivery not authorized", "securityerror"),
    _ms("5.7.1", "Unable to relay", "norelaying"),
    # 5.7.12/124/133/134/135/136: the recipient is set to refuse outside or unlisted senders: filtered
    _ms("5.7.12", "Sender was not authenticated by organization", "filtered"),
    _ms("5.7.124", "Sender not in allowed-senders list", "filtered"),
    _ms("5.7.133", "Sender not authenticated for group", "filtered"),
    _ms("5.7.134", "Sender was not authenticated for mailbox", "filtered"),
    _ms("5.7.135", "Sender was not authenticated for public folder", "filtered"),
    _ms("5.7.136", "Sender was not authenticated", "filtered"),
    _ms("5.7.23", "The message was rejected because of Sender Policy Framework violation", "authfailure"),
    _ms("5.7.57", "Client was not authenticated to send anonymous mail during MAIL FROM", "securityerror"),
    _ms("5.7.64", "TenantAttribution; Relay Access Denied", "norelaying"),
    _ms("5.7.25", "Access denied, the sending IPv6 address [2a01:111:f200:2004::240] must have a reverse DNS "
        "record", "requireptr"),
    _ms("5.7.501", "Access denied, spam abuse detected", "rejected"),
    _ms("5.7.502", "Access denied, banned sender", "rejected"),
    _ms("5.7.504", "[email@contoso.com]: Recipient address rejected: Access denied", "userunknown"),
    _ms("5.7.505", "Access denied, banned recipient", "userunknown"),
    _ms("5.7.506", "Access Denied, Bad HELO", "blocked"),
    _ms("5.7.507", "Access denied, rejected by recipient", "blocked"),
    _ms("5.7.508", "Access denied, [2001:db8::25] has exceeded permitted limits within /64 range", "ratelimited"),
    _ms("5.7.509", "Access denied, sending domain [example.com] does not pass DMARC verification", "authfailure"),
    _ms("5.7.512", "Access denied, message must be RFC 5322 section 3.6.2 compliant", "notcompliantrfc"),
    _ms("5.7.513", "Service unavailable, Client host [192.0.2.25] blocked by contoso.com using Customer Block "
        "list (AS16012607)", "blocked"),
    _ms("5.7.606", "Access denied, banned sending IP [192.0.2.25]", "blocked"),
    _ms("5.7.708", "Access denied, traffic not accepted from this IP", "blocked"),
    W("Outlook.com", "550; 5.7.515", "550; 5.7.515 Access denied, sending domain [example.com] does not meet the "
      "required authentication level.", "authfailure", MS_HVS, "5.7.515", "550"),
    # Exchange / Outlook.com wordings as pasted in public threads
    W("Microsoft 365", "550 5.1.10", "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
      "Recipient not found by SMTP address lookup'", "userunknown", "https://pastebin.com/4NLVeuUu",
      "5.1.10", "550"),
    W("Exchange Server", "550 5.1.1", "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##", "userunknown",
      "https://pastebin.com/2SNHTj4Y", "5.1.1", "550"),
    W("Exchange Server", "550 5.1.1", "Remote Server returned '550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not "
      "found'", "userunknown", "https://pastebin.com/e6yfDi5v", "5.1.1", "550"),
    W("Exchange Server", "550 4.4.7", "#550 4.4.7 QUEUE.Expired; message expired ##", "expired",
      "https://pastebin.com/zeZFJvKs", "4.4.7", "550"),
    W("Outlook.com", "550 5.7.1", "550 5.7.1 Unfortunately, messages from [162.144.33.237] weren't sent. Please "
      "contact your Internet service provider since part of their network is on our block list (AS3150). You "
      "can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.", "blocked",
      "https://pastebin.com/UHskrjFA", "5.7.1", "550"),

    # == Yahoo / AOL (Yahoo Sender Hub, Yahoo Help) ========================================================
    # Yahoo answers "dd This user doesn't have a ... account" also for addresses it refuses to deliver to;
    # Sisimai's Filtered page calls such refusals "almost the same as UserUnknown": filtered
    W("Yahoo", "554", "554 delivery error: dd This user doesn't have a yahoo.com account (testing123@yahoo.com) "
      "[-5] - mta123.mail.mud.yahoo.com", "filtered", YAHOO_ERRORS, None, "554"),
    W("Yahoo", "554", "554 delivery error: dd This user doesn't have a yahoo.fr account (email@yahoo.fr) [0] - "
      "mta1064.mail.ird.yahoo.com", "filtered", "https://github.com/hippich/PHPMailer-BMH/issues/2",
      None, "554"),
    W("Yahoo", "554", "554 delivery error: dd Sorry, your message to (someone@yahoo.com) cannot be delivered. "
      "This account is over quota.", "mailboxfull", YAHOO_ABUSE57, None, "554"),
    # between suspend and userunknown: "disabled" (suspended) or "discontinued" (closed); the account existed
    W("Yahoo", "554", "554 delivery error: Sorry your message to someone@yahoo.com.cn cannot be delivered. This "
      "account has been disabled or discontinued.", "suspend", "http://help.szhot.com/text_show.php?id=170",
      None, "554"),
    W("Yahoo", "553", "553 VS99-IP1 deferred", "blocked", YAHOO_SLN3444, None, "553"),
    W("Yahoo", "451", "451 VS1-IP Excessive unknown recipients - possible Open Relay (#4.1.8)", "blocked",
      YAHOO_SLN3444, "4.1.8", "451"),
    W("Yahoo", "421", "421 Resources temporarily unavailable. Please try again later", "systemerror",
      YAHOO_SLN3444, None, "421"),
    # Yahoo's TS* "temporarily deferred" family: the Sender Hub explains it by user complaints, the IP's poor
    # reputation and unusual traffic: badreputation (ratelimited is the other reading, for "unexpected volume")
    W("Yahoo", "421 4.7.0 [TSS04]", "421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to "
      "unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
      "badreputation", SMTPCODES_YAHOO, "4.7.0", "421"),
    W("Yahoo", "421 4.7.0 [TSS04]", "421 4.7.0 [TSS04] Messages from 99.99.9.20 temporarily deferred due to user "
      "complaints - 4.16.55.1; see https://help.yahoo.com/kb/postmaster/SLN3434.html", "badreputation",
      "https://pastebin.com/msXQfs5n", "4.7.0", "421"),
    W("Yahoo", "421 4.7.0 [TS02]", "421 4.7.0 [TS02] Messages from 192.0.2.25 temporarily deferred due to user "
      "complaints", "badreputation",
      "https://www.geekyramblings.net/2009/09/10/yahoo-smtp-deferrals/", "4.7.0", "421"),
    W("Yahoo", "421 4.7.1 [TS03]", "421 4.7.1 [TS03] All messages from 192.0.2.25 permanently deferred",
      "blocked", YAHOO_SLN3436, "4.7.1", "421"),
    W("Yahoo", "421", "421 Message from (192.0.2.25) temporarily deferred - 4.16.50. Please refer to "
      "http://help.yahoo.com/help/us/mail/defer/defer-06.html", "badreputation",
      "http://blog.deliverability.com/2008/09/a-few-days-ago.html", None, "421"),
    W("Yahoo", "450", "450 User is receiving mail too quickly", "ratelimited", SMTPCODES_YAHOO, None, "450"),
    W("Yahoo", "552", "552 message size exceeds maximum message size", "emailtoolarge",
      "https://pastebin.com/MAjBV3zj", None, "552"),
    # Yahoo's help page for this wording: the message failed DKIM, SPF or DMARC checks (authfailure, not the
    # literal "policy" reading)
    W("Yahoo", "554 5.7.9", "554 5.7.9 Message not accepted for policy reasons", "policyviolation",
      "https://help.yahoo.com/kb/SLN7253.html?impressions=true", "5.7.9", "554"),
    W("Yahoo", "421 [TS01]", "421 4.16.55 [TS01] Messages from 192.0.2.25 temporarily deferred due to excessive "
      "user complaints", "badreputation", "http://blog.arrentan.com/", None, "421"),
    W("Yahoo", "421 4.7.0 [TSS04]", "SMTP error from remote mail server after pipelined MAIL "
      "FROM:<SENDER@senderdomain.com> SIZE=1758: 421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred "
      "due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.verizonmedia.com/error-codes",
      # the same refusal answered to MAIL FROM: refused at the MAIL command (Sisimai::Reason::Rejected)
      "rejected",
      "https://support.cpanel.net/hc/en-us/articles/4403952239511-Exim-Log-Error-temporarily-deferred-due-to-"
      "unexpected-volume-or-user-complaints", "4.7.0", "421"),
    W("Yahoo", "451 4.3.2", "451 4.3.2 Internal server error", "systemerror", SMTPCODES_YAHOO, "4.3.2", "451"),
    W("Yahoo", "451", "451 mta1.yahoo.com Resources temporarily unavailable. Please try again later [#4.16.1].",
      "systemerror", SMTPCODES_YAHOO, None, "451"),
    W("Yahoo", "421", "421 Max message per connection reached, closing transmission channel", "ratelimited",
      SMTPCODES_YAHOO, None, "421"),
    W("Yahoo", "553", "553 Mail from 192.0.2.25 not allowed", "blocked", "https://help.yahoo.com/kb/SLN5066.html",
      None, "553"),
    W("Comcast", "554", "554 example.com eaxmple.com 203.0.113.2 found on one or more DNSBLs, see "
      "http://postmaster.comcast.net/smtp-error-codes.php#BL000010", "blocked",
      "https://www.plesk.com/kb/support/unable-to-send-mail-in-plesk-error-554-host-refused-to-talk-to-me/",
      None, "554"),
    W("AOL", "521 5.2.1", "521 5.2.1 : (CON:B1) http://postmaster.info.aol.com/errors/554conb1.html", "blocked",
      "https://knownhost.com/kb/?p=5771", "5.2.1", "521"),
    W("AOL", "554 RTR:BB", "554 RTR:BB", "blocked", "http://community.hostcheetah.com/topic/267/aol-postmaster/",
      None, "554"),
    # the PTR exists but looks dynamic: a refusal of the sending host (blocked), not a missing PTR (requireptr)
    W("AOL", "554 RTR:RD", "554 RTR:RD The reverse DNS of your IP Address is typical of a dynamic IP Address",
      "blocked", "http://community.hostcheetah.com/topic/267/aol-postmaster/", None, "554"),

    # == Apple iCloud Mail ===================================================================================
    W("iCloud", "550 5.1.1", "550 5.1.1 <someone@icloud.com>: user does not exist", "userunknown",
      SMTPCODES_ICLOUD, "5.1.1", "550"),
    W("iCloud", "421 4.7.1", "421 4.7.1 Messages to someone@icloud.com deferred due to excessive volume. Try again "
      "later - https://support.apple.com/en-us/HT204137", "ratelimited", SMTPCODES_ICLOUD, "4.7.1", "421"),
    W("iCloud", "550 5.7.1 [CS01]", "550 5.7.1 [CS01] Message rejected due to local policy. Please visit "
      "https://support.apple.com/en-us/HT204137", "policyviolation", SMTPCODES_ICLOUD, "5.7.1", "550"),
    W("iCloud", "550 5.7.1", "550 5.7.1 Your message was rejected due to example.com DMARC policy.",
      "authfailure", SMTPCODES_ICLOUD, "5.7.1", "550"),
    W("iCloud", "550 5.7.1", "550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus "
      "DBL -- see https://www.spamhaus.org/dbl/", "spamdetected", SMTPCODES_ICLOUD, "5.7.1", "550"),
    W("iCloud", "450 4.2.2", "450 4.2.2 user is overquota", "mailboxfull",
      "https://www.suped.com/knowledge/email-deliverability/troubleshooting/"
      "how-to-troubleshoot-and-resolve-email-bounces-to-icloud-mecom-and-maccom-addresses", "4.2.2", "450"),

    # == European and Russian providers =====================================================================
    W("GMX", "554", "554-gmx.net (mxgmx114) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS "
      "PTR resource record. 554 For explanation visit "
      "https://www.gmx.net/mail/senderguidelines?ip=65.108.151.145&c=rdns", "requireptr",
      "https://pastebin.com/xdqLGKiL", None, "554"),
    W("GMX", "554", "host mx00.emig.gmx.net[212.227.15.9] refused to talk to me: 554-gmx.net (mxgmx014) Nemesis "
      "ESMTP Service not available 554-No SMTP service 554-Bad DNS PTR resource record. 554 For explanation "
      "visit https://www.gmx.net/mail/senderguidelines?ip=217.160.241.84&c=rdns", "requireptr",
      "https://github.com/jeboehm/docker-mailserver/issues/82", None, "554"),
    W("Orange", "421 OFR004_104", "421 OFR004_104 Trop de connexions, veuillez verifier votre configuration / Too "
      "many connections, slow down", "ratelimited", "https://bentonow.com/smtp-errors/orange", None, "421"),
    W("Yandex", "", "Message rejected under suspicion of SPAM", "spamdetected",
      "https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html?lang=en"),
    W("Mail.ru", "550 5.7.1", "550 5.7.1 This message was not accepted due to domain owner DMARC policy (RFC 7489) "
      "https://help.mail.ru/mail-help/postmaster/dmarc", "authfailure",
      "https://viws.ru/en/poterya-pochtovyh-soobshchenii-oshibki-pochtovoi-sistemy.html", "5.7.1", "550"),
    W("WP.pl", "550", "550 BLAD SPF - zobacz strone / SPF Error: Please see "
      "http://spf.pobox.com/why.html?sender=YOU%40wp.pl&ip=171.66.124.133&receiver=smtp.wp.pl", "authfailure",
      "https://pastebin.com/nQSrLt48", None, "550"),
    W("Comcast", "554", "554 imta28.emeryville.ca.mail.comcast.net comcast 184.107.157.210 Comcast requires that "
      "all mail servers must have a PTR record with a valid Reverse DNS entry. Currently your mail server does "
      "not fill that requirement. For more information, refer to: http://help.comcast.net/content/faq/PTR",
      "requireptr", "https://pastebin.com/6TeyBieB", None, "554"),

    # == Other mailbox providers: their published error references ===========================================
    # Cox's table: the refusal names the sending IP (blocked), though its cause is spam-like behaviour
    W("Cox", "CXBL",
      "CXBL The sending IP address has been blocked by Cox due to exhibiting spam-like behavior",
      "blocked", COX_CODES),
    W("Cox", "CDRBL",
      "CDRBL The sending IP address has been temporarily blocked by Cox due to exhibiting "
      "behavior characteristic of spam",
      "blocked", COX_CODES),
    W("Cox", "IPBL0001",
      "IPBL0001 The sending IP is listed in the Spamhaus Zen DNSBL.",
      "blocked", COX_CODES),
    W("Cox", "IPBL0010",
      "IPBL0010 The sending IP is listed in the Return Path DNSBL",
      "blocked", COX_CODES),
    W("Cox", "IPBL0100",
      "IPBL0100 The sending IP is listed in the Invaluement ivmSIP DNSBL",
      "blocked", COX_CODES),
    W("Cox", "IPBL0111",
      "IPBL0111 The sending IP is in the Spamhaus Zen, Return Path and Invaluement ivmSIP "
      "DNSBLs",
      "blocked", COX_CODES),
    W("Cox", "IPBL1000",
      "IPBL1000 The Sending IP is listed in the Cloudmark CSI DNSBL",
      "blocked", COX_CODES),
    # Cox: the sending IP over one of its rate limits, "temporarily blocked": about pace, so ratelimited
    W("Cox", "452",
      "452 - [Message threshold exceeded] Cox enforces various rate-limits to protect our "
      "platform. The sending IP has exceeded one of these rate-limits and has been temporarily "
      "blocked",
      "ratelimited", COX_452, None, "452"),
    W("Cox", "550 5.1.1",
      "550 5.1.1 <mmartinez91@cox.net> invalid recipient - Refer to Error Codes section at "
      "http://postmaster.cox.net/confluence/display/postmaster/Error+Codes for more "
      "information.",
      "userunknown", "https://pastebin.com/0zkJE29y", "5.1.1", "550"),
    # seen in a Cox forum thread: CXCNCT is the limit of concurrent connections per IP (ratelimited;
    # the reply's own word "blocked" is the other reading)
    W("Cox", "421 AUP#CXCNCT",
      "421 cmsmtp blocked. Refer to Error Codes section at "
      "https://www.cox.com/residential/support/email-error-codes.html for more information. "
      "AUP#CXCNCT",
      "ratelimited", COX_FORUM_CXCNCT, None, "421"),
    # CXSNDR as Cox's table words it (quoted in forum thread 109845): "a problem with the sender's domain ...
    # failed authentication checks against your sending domain's SPF, DomainKeys, or DKIM policy"
    W("Cox", "AUP#CXSNDR",
      "<someone@cox.net> message rejected. Refer to Error Codes section at "
      "https://www.cox.com/residential/support/email-error-codes.html for more information. "
      "AUP#CXSNDR",
      "authfailure", COX_FORUM_CXSNDR),
    # Comcast ES*: mail from dynamic/residential IP space, a refusal of the sending host
    W("Comcast", "ES000001",
      "ES000001 This error results when mail delivery is attempted from Comcast's "
      "dynamic/residential space.",
      "blocked", COMCAST_CODES),
    W("Comcast", "ES000010",
      "ES000010 This error results when mail delivery is attempted from external "
      "dynamic/residential space.",
      "blocked", COMCAST_CODES),
    # between blocked and spamdetected: "addresses that sent mail in patterns characteristic of spam" are IP
    # addresses, and Comcast calls them blocked: blocked
    W("Comcast", "BL000000",
      "BL000000 This error results when mail delivery is attempted from addresses that sent "
      "mail in patterns characteristic of spam.",
      "blocked", COMCAST_CODES),
    W("Comcast", "BL000000",
      "BL000000 Email from your mail server has been sent in patterns that are characteristic "
      "of spam.",
      "blocked", HETRIX_COMCAST),
    W("Comcast", "BL000001",
      "BL000001 This error results when mail delivery is attempted from addresses that are "
      "listed on the Spamhaus Zen Blocklist.",
      "blocked", COMCAST_CODES),
    W("Comcast", "BL000010",
      "BL000010 This error results when mail delivery is attempted from addresses that are "
      "listed on Cloudmark CSI.",
      "blocked", COMCAST_CODES),
    W("Comcast", "BL000100",
      "BL000100 This error results when mail delivery is attempted from addresses that are "
      "listed on the SenderScore blocklist.",
      "blocked", COMCAST_CODES),
    W("Comcast", "421",
      "421 - [Too many sessions opened] Comcast allows 10 simultaneous connections. This error "
      "results when that limit is exceeded.",
      "ratelimited", COMCAST_NONSPECIFIC, None, "421"),
    # between requireptr and networkerror: Comcast requires a valid rDNS and this is its failed lookup
    W("Comcast", "421",
      "421 - [Reverse DNS failure : Try again later] Comcast requires all sending IP addresses "
      "have a valid rDNS. This error results when the lookup failed.",
      "requireptr", COMCAST_NONSPECIFIC, None, "421"),
    W("Comcast", "BL006",
      "Mail to Comcast is rejected and is returned with an error message containing the code "
      "BL006: your mail provider is listed on the Spamhaus SBL/XBL.",
      "blocked", COMCAST_BUSINESS),
    # T-Online refuses IPs without (good) reputation until reset (its whitelist-like list): badreputation
    W("T-Online", "554 (NOWL)",
      "554 IP=192.0.2.25 - None/bad reputation. Ask your postmaster for help or to contact "
      "tobr@rx.t-online.de for reset. (NOWL)",
      "badreputation", TONLINE_NOWL, None, "554"),
    W("T-Online", "554 (DIAL)",
      "554: Dialup/transient IP not allowed. Use a mailgateway or contact toda@rx.t-online.de "
      "if obsolete. (DIAL)",
      "blocked", TONLINE_DIAL, None, "554"),
    W("T-Online", "550 5.1.1",
      "550 5.1.1 user unknown",
      "userunknown", SITEPACKAGE, "5.1.1", "550"),
    W("T-Online", "552 5.2.2",
      "552 5.2.2 Over STORAGE quota",
      "mailboxfull", SITEPACKAGE, "5.2.2", "552"),
    # 1&1: the sending IP blocked for a poor delivery rate (too many non-existent recipients);
    # between blocked and badreputation, the reference says "the IP address ... is currently blocked"
    W("1&1 IONOS", "421",
      "421 Reject due to policy violations",
      "blocked", IONOS_ERRORS, None, "421"),
    W("1&1 IONOS", "421",
      "421 Rate limit reached. Please try again later",
      "ratelimited", IONOS_ERRORS, None, "421"),
    # 1&1: changing HELO names or a poor delivery rate; the IP is blocked for now
    W("1&1 IONOS", "450",
      "450 Reject due to policy violations.",
      "blocked", IONOS_ERRORS, None, "450"),
    W("GMX / WEB.DE", "550",
      "550 <someone@web.de>: Reject due to SPF policy. The originating IP of the message is not"
      " permitted by the domain owner",
      "authfailure", SMTPCODES_UI, None, "550"),
    W("GMX / WEB.DE", "550",
      "550 <someone@gmx.net>: Requested action not taken: mailbox unavailable",
      "userunknown", SMTPCODES_UI, None, "550"),
    W("GMX", "550 5.1.1",
      "550 5.1.1 <someone@gmx.de>... User is unknown",
      "userunknown", SITEPACKAGE, "5.1.1", "550"),
    # GMX's "inactive": an existing account not accepting mail (suspend; Filtered reads 5.2.1 too)
    W("GMX", "550 5.2.1",
      "550 5.2.1 <someone@gmx.de>... User is inactive",
      "suspend", SITEPACKAGE, "5.2.1", "550"),
    W("WEB.DE", "550",
      "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed "
      "storage space.",
      "mailboxfull", SITEPACKAGE, None, "550"),
    W("WEB.DE", "550",
      "550 Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the "
      "server.",
      "mailboxfull", SITEPACKAGE, None, "550"),
    W("WEB.DE", "550",
      "550 Benutzer nicht bekannt/User unknown",
      "userunknown", SITEPACKAGE, None, "550"),
    # Orange's "Mail rejete": the content was refused (its OFR_506 bounce after DATA)
    W("Orange", "550 5.2.0 OFR_506",
      "550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]",
      "spamdetected", "https://pastebin.com/yp07hTUs", "5.2.0", "550"),
    # Orange's submission server refusing the envelope sender (in reply to MAIL FROM)
    W("Orange", "550 5.1.0 OFR_415",
      "550 5.1.0 Emetteur invalide. Invalid Sender. OFR_415 [415]",
      "rejected", "https://pastebin.com/2m8NY2fW", "5.1.0", "550"),
    # between blocked and ratelimited: Orange's temporary refusal of the sending IP ("service refused")
    W("Orange", "421 OFR004_105",
      "421 OFR004_105 Service refuse. Veuillez essayer plus tard / Service refused, please try "
      "later",
      "blocked", ORANGE_BENTO, None, "421"),
    # between systemerror and ratelimited: Apple's load at the top of the hour, not the sender's pace
    W("iCloud", "451 4.7.1",
      "451 4.7.1 Service unavailable - try again later",
      "systemerror", "https://smtp.codes/icloud", "4.7.1", "451"),
    # as the CS01 row above: Apple's local policy refusal
    W("iCloud", "5.7.1 [CS02]",
      "550 5.7.1 [CS02] Message rejected due to local policy. Please visit "
      "https://support.apple.com/en-us/HT204137",
      "policyviolation", SUPED_APPLE_CS02, "5.7.1", "550"),
    # NetEase's explanations are those of its code list (copies cited); "HL:" codes hold the sending IP
    W("NetEase (163/126)", "421 HL:REP",
      "421 HL:REP "
      "该IP发送行为异常,存在接收者大量不存在情况,被临时禁止连接。",
      "blocked", NETEASE_CODES, None, "421"),
    W("NetEase (163/126)", "421 HL:ICC",
      "421 HL:ICC "
      "该IP同时并发连接数过大,超过了网易的限制,被临时禁止连接。",
      "ratelimited", NETEASE_CODES, None, "421"),
    W("NetEase (163/126)", "421 HL:IFC",
      "421 HL:IFC "
      "该IP短期内发送了大量信件,超过了网易的限制,被临时禁止连接。",
      "ratelimited", NETEASE_CODES, None, "421"),
    W("NetEase (163/126)", "421 HL:MEP",
      "421 HL:MEP "
      "该IP发送行为异常,存在大量伪造发送域域名行为,被临时禁止连接。",
      "blocked", NETEASE_CODES, None, "421"),
    # "too many erroneous commands: check the sending program": the SMTP dialogue (syntaxerror)
    W("NetEase (163/126)", "450 MI:CEL",
      "450 MI:CEL 发送方出现过多的错误指令。请检查发信程序",
      "syntaxerror", NETEASE_CODES, None, "450"),
    W("NetEase (163/126)", "450 MI:DMC",
      "450 MI:DMC "
      "当前连接发送的邮件数量超出限制。请减少每次连接中投递的邮件数量",
      "ratelimited", NETEASE_CODES, None, "450"),
    W("NetEase (163/126)", "450 RP:DRC",
      "450 RP:DRC "
      "当前连接发送的收件人数量超出限制。请控制每次连接投递的邮件数量",
      "ratelimited", NETEASE_CODES, None, "450"),
    W("NetEase (163/126)", "450 DT:RBL",
      "450 DT:RBL 发信IP位于一个或多个RBL里。请参考http://www"
      ".rbls.org/关于RBL的相关信息",
      "blocked", NETEASE_CODES, None, "450"),
    W("NetEase (163/126)", "450 WM:BLI",
      "450 WM:BLI 该IP不在网易允许的发送地址列表里",
      "blocked", NETEASE_CODES, None, "450"),
    # the sending user is not on NetEase's list of allowed senders: the envelope sender (rejected)
    W("NetEase (163/126)", "450 WM:BLU",
      "450 WM:BLU 此用户不在网易允许的发信用户列表里",
      "rejected", NETEASE_CODES, None, "450"),
    W("NetEase (163/126)", "451 DT:SPM",
      "451 DT:SPM ,please try again "
      "邮件正文带有垃圾邮件特征或发送环境缺乏规范性,被临时拒收。",
      "spamdetected", NETEASE_CODES, None, "451"),
    W("NetEase (163/126)", "451 MI:SFQ",
      "451 MI:SFQ 发信人在15分钟内的发信数量超过限制",
      "ratelimited", NETEASE_CODES, None, "451"),
    W("NetEase enterprise (reseller)", "554 HL:IHU",
      "554 HL:IHU 该IP的发送行为触犯了万象互联的服务条款,被临时挂起。请检"
      "查是否有用户不正当的发送行为。",
      "blocked", NETEASE_163NS, None, "554"),
    W("NetEase enterprise (reseller)", "554 HL:IPB",
      "554 HL:IPB 该IP不在万象互联允许的发送地址列表里。",
      "blocked", NETEASE_163NS, None, "554"),
    W("NetEase enterprise (reseller)", "554 HL:ICC",
      "554 HL:ICC 该IP短期内发送了大量信件,超过了万象互联的限制,被临时禁"
      "止连接。请检查是否有用户发送病毒或者垃圾邮件。",
      "ratelimited", NETEASE_163NS, None, "554"),
    W("Yandex", "",
      "No such user",
      "userunknown", YANDEX_TO),
    # as X.1.3 above: an address that cannot be valid cannot exist (Yandex: "a non-existing address")
    W("Yandex", "",
      "Bad recipient address syntax",
      "userunknown", YANDEX_TO),
    # Yandex: "your recipient's account has been blocked due to User Agreement violations"
    W("Yandex", "",
      "Policy rejection on the target address",
      "suspend", YANDEX_TO),
    W("Yandex", "",
      "Mailbox size limit exceeded",
      "mailboxfull", YANDEX_TO),
    W("Yandex (other servers)", "",
      "Error writing message: Disk quota exceeded",
      "mailboxfull", YANDEX_OTHER),
    # Yandex lists it with the spam refusals, but the wording is an SPF failure: authfailure
    W("Yandex (other servers)", "550 5.7.1",
      "550 5.7.1 SPF check failed: 192.0.2.25 is not authorized to send in the name of "
      "example.com. (in reply to RCPT TO command)",
      "authfailure", YANDEX_OTHER, "5.7.1", "550"),
    # AT&T: "a failure in your IP reverse DNS lookup ... must have a valid reverse DNS entry"
    W("AT&T", "421",
      "421-failure in DNS look-up.",
      "requireptr", ATT_RBL, None, "421"),
    # AT&T: the sender connects too often / asks for more resources than available (ratelimited)
    W("AT&T", "450",
      "450 busy--Please try again later",
      "ratelimited", ATT_WORLDNET, None, "450"),
    W("AT&T", "521",
      "521 <192.0.2.25> is blocked",
      "blocked", ATT_WORLDNET, None, "521"),
    W("AT&T (BellSouth)", "550 [suspend]",
      "550 [suspend] Mailbox currently suspended--Please contact correspondent directly.",
      "suspend", ATT_WORLDNET, None, "550"),
    # AT&T: "we were unable to verify the identity of the sending system" by its sender domain's DNS
    W("AT&T (BellSouth)", "550 [permfail]",
      "550 [permfail] bellsouth.net requires valid sender domain",
      "rejected", ATT_WORLDNET, None, "550"),
    W("AT&T (BellSouth)", "550",
      "550 unauthorized interface for <192.0.2.25>",
      "blocked", ATT_WORLDNET, None, "550"),
    W("AT&T (BellSouth)", "550",
      "550 <192.0.2.25> blocked by ldap:ou=rblmx, dc=bellsouth, dc=net",
      "blocked", ATT_WORLDNET, None, "550"),
    W("AT&T", "550",
      "550 Error. Blocked for abuse",
      "blocked", ATT_MAILINFO, None, "550"),
    W("AT&T", "553 5.3.0",
      "553 5.3.0 alph149 DNSBL:ATTRBL 521_is_blocked.For assistance forward this email to "
      "abuse_rbl@abuse-att.net",
      "blocked", "https://pastebin.com/aK34z54J", "5.3.0", "553"),

    # == Zoho Mail / ZeptoMail ==============================================================================
    W("Zoho", "550 5.1.1", "550 5.1.1 <someone@zoho.com> User unknown", "userunknown", "https://smtp.codes/zoho",
      "5.1.1", "550"),
    W("Zoho", "550 5.7.1", "550 5.7.1 Email rejected per DMARC policy for example.com", "authfailure",
      "https://smtp.codes/zoho", "5.7.1", "550"),
    # Zoho documents both as the receiving domain's own filters: the recipient side refuses
    W("Zoho", "541 5.4.1", "541 5.4.1 Mail rejected by destination domain", "filtered", "https://smtp.codes/zoho",
      "5.4.1", "541"),
    W("Zoho", "452", "452 <someone@zoho.com> Mailbox delivery restricted by policy error", "filtered",
      "https://smtp.codes/zoho", None, "452"),
    # the text is generic; the code's own meaning (RFC 3463 X.3.1 "Mail system full") is the specific evidence
    W("Zoho", "452 4.3.1", "452 4.3.1 Temporary System Error", "systemfull", "https://smtp.codes/zoho", "4.3.1",
      "452"),
    W("Zoho", "552 5.7.1", "552 5.7.1 virus Win.Test.EICAR_HDB-1 detected by Zoho Mail", "virusdetected",
      "https://zstatic.zohostatic.com/zeptomail/help/api/smtp-error-codes.html", "5.7.1", "552"),
    W("Zoho", "530", "530 Must issue a STARTTLS command first.", "failedstarttls",
      "https://zstatic.zohostatic.com/zeptomail/help/api/smtp-error-codes.html", None, "530"),
    W("Zoho", "535", "535 Authentication Failed.", "securityerror",
      "https://zstatic.zohostatic.com/zeptomail/help/api/smtp-error-codes.html", None, "535"),
    # ZeptoMail: "Sending email from Invalid 'from' address domain": the sender is refused
    W("Zoho", "553", "553 Relaying disallowed as <alice@example.com>.", "rejected",
      "https://zstatic.zohostatic.com/zeptomail/help/api/smtp-error-codes.html", None, "553"),
    W("Zoho", "5.2.0", "5.2.0 Email size exceeded the policy.", "emailtoolarge",
      "https://zstatic.zohostatic.com/zeptomail/help/api/smtp-error-codes.html", "5.2.0"),
    W("Zoho", "554 5.1.8", "554 5.1.8 Email Outgoing Blocked", "rejected",
      "https://help.zoho.com/portal/en/community/topic/554-5-1-8-email-outgoing-blocked-13-11-2017", "5.1.8",
      "554"),

    # == Japanese carriers and ISPs =========================================================================
    # docomo's "Unknown user": the NTT page lists a wrong or changed address first, then the recipient's
    # 受信拒否 setting; as a bare reply (RCPT time) the address reading comes first: userunknown
    W("NTT docomo", "550", "550 Unknown user user2@docomo.ne.jp", "userunknown", NTT_DOCOMO, None, "550"),
    W("NTT docomo", "550", "The following addresses had permanent fatal errors ----- (reason: 550 Unknown user "
      "someone@docomo.ne.jp)", "userunknown", "http://www.doplaza.jp/life/mail/001563.php", None, "550"),
    # au: "存在しない宛先 ... もしくは受信ユーザが設定している携帯端末の受信拒否設定に該当した場合" (both readings)
    W("au (KDDI)", "550", "550 <someone@ezweb.ne.jp>: User unknown", "userunknown", SENDMAGIC_AU, None, "550"),
    # au answers a malformed address or a foreign domain with its relay refusal: the wording decides
    W("au (KDDI)", "554", "554 <someone@@ezweb.ne.jp>: Relay access denied", "norelaying", SENDMAGIC_AU, None,
      "554"),
    W("SoftBank", "550", "550 Invalid recipient: <someone@i.softbank.jp>", "userunknown", SENDMAGIC_SB, None,
      "550"),
    # the envelope-From domain has no DNS record: the sender is refused
    W("SoftBank", "553", "553 example.invalid does not exist", "rejected", SENDMAGIC_SB, None, "553"),
    W("InfoSphere (NTT PC)", "550 #5.7.1", "550 can't accept user... (#5.7.1)", "userunknown",
      "http://www.sphere.ne.jp/support/news/2006/07/000027.html", None, "550"),
    W("DTI", "", "Recipient: <pwd1234567@m.point.ne.jp> Reason: <pwd1234567@m.point.ne.jp> ...User unknown",
      "userunknown", "http://dream.jp/support/techinfo/mail/error/error05.html"),
    W("Japanese ISP help (CATV Yokohama)", "", "mailbox is full", "mailboxfull",
      "https://www.catv-yokohama.ne.jp/faq/internet/internet-email-usage/trouble-faq-internet-email-usage/11387"),
    W("Japanese ISP help (CATV Yokohama)", "", "Host Unknown", "hostunknown",
      "https://www.catv-yokohama.ne.jp/faq/internet/internet-email-usage/trouble-faq-internet-email-usage/11387"),
    W("Japanese ISP help (CATV Yokohama)", "", "Message is too large", "emailtoolarge",
      "https://www.catv-yokohama.ne.jp/faq/internet/internet-email-usage/trouble-faq-internet-email-usage/11387"),
    W("Japanese ISP help", "", "temporarily over quota.", "mailboxfull",
      "https://www.pa-solution.net/as/scope3/chupicom/web/detail.aspx?id=921&a=102&isCrawler=1"),
    W("Japanese ISP help", "554", "554 The message is too long", "emailtoolarge",
      "https://user-manual2.smooooth.jp/archives/3770", None, "554"),

    W("Japanese ISP help (megaegg)", "#5.1.1", "Sorry, no mailbox here by that name. (#5.1.1)", "userunknown",
      "https://faq.megaegg.jp/faq_detail.html?id=296", "5.1.1"),
    W("Japanese ISP help (megaegg)", "#5.2.2", "Recipient's mailbox is full, message returned to sender. (#5.2.2)",
      "mailboxfull", "https://faq.megaegg.jp/faq_detail.html?id=296", "5.2.2"),
    # "exceeds remaining quota": the recipient's mailbox space, not a message-size limit
    W("Japanese ISP help (BBIQ)", "", "Message size exceeds remaining quota", "mailboxfull",
      "https://faq.bbiq.jp/hikari/faq_detail.html?category=5524&id=7552&page=2000"),
    W("Japanese ISP help (BBIQ)", "", "Message exceeds maximum fixed size", "emailtoolarge",
      "https://faq.bbiq.jp/hikari/faq_detail.html?category=5524&id=7552&page=2000"),
    # the ISP explains this Sendmail wording by the recipient's mailbox exceeding its disk allowance
    W("Japanese ISP help (omakase)", "", "Returned mail: Can't create output", "mailboxfull",
      "https://member.omakase.jp/support/faq/tech.html"),

    # -- Japanese-language bounce texts and Japanese providers' explanations (2026 additions) --------------
    # Sakura Internet's error list: Sendmail's headers and the wordings it explains; "Unknown user" and
    # "Invalid Address" are listed as the same cause as "User unknown" (a wrong or missing address)
    W("Sakura Internet", "550 5.1.2", "550 5.1.2 <hanako@example.jp>... Host unknown (Name server: example.jp.: "
      "host not found)", "hostunknown", SAKURA_ERRORS, "5.1.2", "550"),
    # a DNS lookup that timed out, deferred (451): the network on the way, not a retry period run out
    W("Sakura Internet", "451", "451 <hanako@example.jp>... <example.jp> : Name server timeout", "networkerror",
      SAKURA_ERRORS, None, "451"),
    W("Sakura Internet", "", "Invalid Address", "userunknown", SAKURA_ERRORS),
    W("Sakura Internet", "", "Unknown user", "userunknown", SAKURA_ERRORS),
    W("Japanese ISP help (mediarium)", "451", "451 Name server timeout", "networkerror",
      "https://mediarium.hatenadiary.org/entry/20070906", None, "451"),
    W("BIGLOBE", "", "User unknown", "userunknown", BIGLOBE_ERRORS),
    W("BIGLOBE", "", "HOST unknown", "hostunknown", BIGLOBE_ERRORS),
    # DTI prints the Japanese version of its "Mail System Error - Returned Mail" notice
    W("DTI", "", "原因:  <pwd1234567@m.point.ne.jp> のユーザーは登録されていません", "userunknown",
      "http://dream.jp/support/techinfo/mail/error/error05.html"),
    # Exchange Online's Japanese NDR (user part and the administrators' part)
    W("Microsoft 365 (日本語 NDR)", "554 5.2.2", "受信者のメールボックスがいっぱいになり、メッセージを受け入れることはできません。 "
      "後でこのメッセージを再送信するか、受信者に直接連絡してください。", "mailboxfull", MS_JA_MEPF),
    W("Microsoft 365 (日本語 NDR)", "554 5.2.2", "リモート サーバーから '554 5.2.2 メールボックスがいっぱい "
      "STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionQuotaExceeded' が返されました。", "mailboxfull",
      MS_JA_MEPF, "5.2.2", "554"),
    # Outlook's Japanese help lists the reasons its NDRs give
    W("Outlook (日本語 NDR)", "", "不明なアドレスです", "userunknown", MS_JA_OUTLOOK_NDR),
    W("Outlook (日本語 NDR)", "", "ユーザーが見つかりません", "userunknown", MS_JA_OUTLOOK_NDR),
    # the recipient address's form is wrong (RFC 3463 X.1.3, bad destination mailbox address syntax)
    W("Outlook (日本語 NDR)", "", "電子メール アドレスの形式が正しくありません", "userunknown", MS_JA_OUTLOOK_NDR),
    W("Outlook (日本語 NDR)", "", "無効な受信者です", "userunknown", MS_JA_OUTLOOK_NDR),
    # Gmail's Japanese help names its bounce by this heading; its Japanese SMTP error page translates the texts
    W("Gmail (日本語)", "", "送信先のメール アカウントは存在しません", "userunknown", GMAIL_JA_BOUNCES),
    W("Gmail (日本語)", "452 4.2.2", "452 4.2.2 受信者の受信トレイの保存容量が不足している。", "mailboxfull", GMAIL_JA,
      "4.2.2", "452"),
    W("Gmail (日本語)", "550 5.7.1", "550 5.7.1 このメッセージは example.com のメールポリシーに違反しています。- gcdp "
      "<sessionid> - gsmtp", "policyviolation", GMAIL_JA_A, "5.7.1", "550"),
    # docomo (sendmagic's carrier notes): a line over 1000 bytes; the recipient's mailbox full
    # between contenterror and notcompliantrfc: docomo refuses the body's form (as "line too long" elsewhere)
    W("NTT docomo", "500", "500 Line Too Long", "contenterror", SENDMAGIC_DOCOMO, None, "500"),
    W("NTT docomo", "552", "552 Too much mail data hanako@docomo.ne.jp", "mailboxfull", SENDMAGIC_DOCOMO, None, "552"),
    # docomo answers "550 Unknown user" after the end of DATA when the recipient's settings refuse the sender
    # (the address itself is checked at RCPT TO): a pasted session log of a Japanese mail server product
    W("NTT docomo", "550", "[MTA ] 2004/12/22 08:15:15 RCPT TO: <xxxxx@docomo.ne.jp>\n"
      "[MTA ] 2004/12/22 08:15:15 250 Requested mail action okay, completed\n[MTA ] 2004/12/22 08:15:15 DATA\n"
      "[MTA ] 2004/12/22 08:15:15 354 Start mail input; end with <CRLF>.<CRLF>\n"
      "[MTA ] 2004/12/22 08:15:15 [End of Data]\n[MTA ] 2004/12/22 08:15:15 550 Unknown user xxxxx@docomo.ne.jp",
      "filtered", "https://akisoftware.com/pmsrv/help/docomo.html", None, "550"),
    # MoneyTimes' list of carrier bounces: the same "Unknown user" with Status 5.2.0 is the recipient's
    # refusal setting (ドメイン指定拒否 / なりすましメール拒否 / パソコンからのメール拒否), with 5.1.1 a missing address
    W("Japanese carriers (MoneyTimes)", "550 5.2.0", "reason: 550 Unknown user Status: 5.2.0", "filtered",
      MONEYTIMES_JP, "5.2.0", "550"),
    W("Japanese carriers (MoneyTimes)", "550 5.1.1", "reason: 550 Unknown user Status: 5.1.1", "userunknown",
      MONEYTIMES_JP, "5.1.1", "550"),
    W("Japanese carriers (MoneyTimes)", "550 5.1.1", "reason: 550 Invalid recipient Status: 5.1.1", "userunknown",
      MONEYTIMES_JP, "5.1.1", "550"),
    W("Japanese carriers (MoneyTimes)", "550", "550 Requested action not taken: mailbox unavailable", "userunknown",
      MONEYTIMES_JP, None, "550"),
    W("Japanese ISP help (g-WIP)", "550", "550 Host unknown", "hostunknown", GWIP_550, None, "550"),
    W("Japanese ISP help (g-WIP)", "550", "550 Relaying Denied", "norelaying", GWIP_550, None, "550"),
    # qmail's notices as a Japanese ISP help page explains them
    W("Japanese ISP help (jful)", "#5.1.2", "Sorry, I couldn't find any host named example.ne.jp. (#5.1.2)",
      "hostunknown", JFUL_QMAIL, "5.1.2"),
    # "the part before @ is wrong, or the account is no longer valid (無効)"; qmail's dot-qmail(5) example of
    # bouncesaying: an address its owner retired. Between userunknown and suspend: the account is disabled
    W("Japanese ISP help (jful)", "", "This address no longer accepts mail.", "suspend", JFUL_QMAIL),
    W("Japanese ISP help (jful)", "", "Mail quota exceeded.", "mailboxfull", JFUL_QMAIL),
    W("goope (GMO)", "552 5.2.2", "552 5.2.2: Recipient address rejected: Mailbox is full", "mailboxfull",
      "https://goope.jp/info/information/?id=712", "5.2.2", "552"),
    W("WILLCOM (pdx.ne.jp)", "552", "552 We failed to deliver mail because the volume of recipient's mailbox exceeded "
      "the local limit.", "mailboxfull", "https://nobuneko.com/blog/archives/2012/03/undelivered_mail_returned_to_s.html",
      None, "552"),
    W("Japanese ISP help (busblog)", "", "The user(s) account is temporarily over quota.", "mailboxfull",
      "http://faq.busblog.jp/faq/show/410"),
    W("Japanese ISP help (busblog)", "", "File too large", "emailtoolarge", "http://faq.busblog.jp/faq/show/410"),

    # == Postfix: smtpd(8) replies as its own regression output prints them, and real pastes =================
    # Sisimai::Reason::RequirePTR: a client without a (matching) reverse hostname
    W("Postfix", "450", "450 Client host rejected: cannot find your hostname, [131.155.210.17]", "requireptr",
      POSTFIX_REF, None, "450"),
    W("Postfix", "554", "554 <random.bad.domain[123.123.123.123]>: Client host rejected: match bad.domain",
      "blocked", POSTFIX_REF, None, "554"),
    W("Postfix", "450", "450 <foo.>: Helo command rejected: Host not found", "blocked", POSTFIX_REF, None, "450"),
    W("Postfix", "504", "504 <foo>: Helo command rejected: need fully-qualified hostname", "blocked", POSTFIX_REF,
      None, "504"),
    W("Postfix", "501", "501 <[321.255.255.255]>: Helo command rejected: invalid ip address", "blocked",
      POSTFIX_REF, None, "501"),
    W("Postfix", "450", "450 <foo@bad.domain>: Sender address rejected: Domain not found", "rejected", POSTFIX_REF,
      None, "450"),
    W("Postfix", "554", "554 <bad-sender@any.domain>: Sender address rejected: match bad-sender@", "rejected",
      POSTFIX_REF, None, "554"),
    W("Postfix", "504", "504 <foo@foo>: Sender address rejected: need fully-qualified address", "rejected",
      POSTFIX_REF, None, "504"),
    W("Postfix", "554", "554 <foo@watson.ibm.com>: Recipient address rejected: Relay access denied", "norelaying",
      POSTFIX_REF, None, "554"),
    W("Postfix", "554", "554 Service unavailable; Client host [127.0.0.2] blocked using blackholes.mail-abuse.org; "
      "Blackholed - see <URL:http://mail-abuse.org/cgi-bin/lookup?127.0.0.2>", "blocked", POSTFIX_REF, None,
      "554"),
    W("Postfix", "554 5.1.8", "554 5.1.8 <user@example.invalid>: Sender address rejected: reject", "rejected",
      POSTFIX_DSN_REF, "5.1.8", "554"),
    W("Postfix", "554 5.1.2", "554 5.1.2 <user@example.invalid>: Recipient address rejected: reject", "hostunknown",
      POSTFIX_DSN_REF, "5.1.2", "554"),
    W("Postfix", "550 5.1.1", "550 5.1.1 <hugh@ninja.dyndns-mail.com>: Recipient address rejected: User unknown "
      "in local recipient table", "userunknown", "https://pastebin.com/Bp7Mmn0M", "5.1.1", "550"),
    W("Postfix", "550 5.1.1", "550 5.1.1 <user@example.net>: Recipient address rejected: User unknown in virtual "
      "mailbox table", "userunknown", "https://pastebin.com/QBFGRfBY", "5.1.1", "550"),
    W("Postfix", "450 4.1.1", "450 4.1.1 <elianacturatto@ppa.com.br>: Recipient address rejected: User unknown in "
      "local recipient table", "userunknown", "https://pastebin.com/MJ6Zuqfk", "4.1.1", "450"),
    W("Postfix", "550 5.1.0", "550 5.1.0 <brochure_form@farmstay.co.uk>: Sender address rejected: User unknown in "
      "relay recipient table", "rejected", "https://pastebin.com/u5nuTyTV", "5.1.0", "550"),
    W("Postfix", "5.1.1", "<sales@mywebsite.com>: unknown user: \"sales\"", "userunknown",
      "https://pastebin.com/Ws6y2zDA"),
    W("Postfix", "554 5.7.1", "554 5.7.1 <valid.address@gmail.com>: Relay access denied", "norelaying",
      "https://pastebin.com/nWHTHdbn", "5.7.1", "554"),
    # a recipient-restriction reply whose text names SPF: the SPF failure decides, not "Recipient address rejected"
    W("Postfix (policyd-spf)", "550 5.7.1", "550 5.7.1 <almacen@moyamaquinaria.com>: Recipient address rejected: "
      "Message rejected due to: SPF fail - not authorized. Please see "
      "http://www.openspf.net/Why?s=mfrom;id=info@suministrointec.com;ip=213.162.197.156;r=almacen@moyamaquinaria.com",
      "authfailure", "https://pastebin.com/JEF0NJwb", "5.7.1", "550"),
    W("Postfix", "550 5.7.1", "550 5.7.1 <reditelka@msrychvald.cz>: Sender address rejected: mailbox disabled",
      "rejected", "https://pastebin.com/6JA7cVwM", "5.7.1", "550"),
    W("Postfix (addy.io)", "552 5.2.1", "552 5.2.1 <someone@anonaddy.me>: Recipient address rejected: User "
      "disabled", "suspend", "https://github.com/anonaddy/anonaddy/issues/580", "5.2.1", "552"),
    W("Postfix", "552 5.3.4", "552 5.3.4 Error: message file too big", "emailtoolarge",
      "https://pastebin.com/HCfTUB06", "5.3.4", "552"),

    # Postfix's SMTP client: DNS and connection failures as it reports them
    W("Postfix", "5.4.4", "Host or domain name not found. Name service error for name=angelocias.com type=AAAA: "
      "Host not found", "hostunknown", "https://pastebin.com/gww0kMRy"),
    W("Postfix", "5.4.4", "Host or domain name not found. Name service error for name=europea.hn type=A: Host "
      "found but no data record of requested type", "hostunknown", "https://pastebin.com/5kuuca5J"),
    # "try again": a temporary DNS failure, not a missing domain
    W("Postfix", "4.4.3", "Host or domain name not found. Name service error for name=hotmail.com type=MX: Host "
      "not found, try again", "networkerror", "https://pastebin.com/CkMusvAg"),
    W("Postfix", "4.4.2", "lost connection with mail.example.com[192.0.2.25] while receiving the initial server "
      "greeting", "networkerror", "https://pastebin.com/JwjKubgK"),
    W("Postfix", "4.4.1", "connect to pit.bitwise.net[204.97.222.250]:25: Connection timed out", "expired",
      "https://pastebin.com/7bDgCsdz"),
    W("Postfix", "4.4.1", "connect to example.com[203.0.113.2]:25: Connection refused", "networkerror",
      "https://www.plesk.com/kb/support/unable-to-send-mail-in-plesk-error-554-host-refused-to-talk-to-me/"),
    W("Postfix", "554 5.7.1", "host example.com[203.0.113.2] refused to talk to me: 554 5.7.1 You are not allowed "
      "to connect.", "blocked",
      "https://www.plesk.com/kb/support/unable-to-send-mail-in-plesk-error-554-host-refused-to-talk-to-me/",
      "5.7.1", "554"),
    W("Postfix", "454 4.7.0", "454 4.7.0 TLS not available due to local problem", "failedstarttls",
      "https://pastebin.com/CMCHSib8", "4.7.0", "454"),
    W("maildrop", "", "temporary failure. Command output: maildrop: maildir over quota.", "mailboxfull",
      "https://pastebin.com/77TuQwuG"),

    # -- Postfix's own texts, from its source (2026 additions): the SMTP client, the resolver, local(8), virtual(8),
    # qmgr(8), smtpd(8).  A connection lost, refused or unreachable is networkerror; a conversation that timed out
    # is expired, as the connect-timeout row above (Sisimai::Reason::Expired: "delivery time has expired due to
    # connection failure"); mail loops are networkerror, as Sisimai::Reason::NetworkError's manual example
    # "554 5.4.6 Too many hops" (and the Gmail and Microsoft 5.4.6 rows)
    W("Postfix", "4.4.1", f"connect to {_PFH}:25: No route to host", "networkerror", PF_CONNECT),
    W("Postfix", "4.4.1", f"connect to {_PFH}:25: Network is unreachable", "networkerror", PF_CONNECT),
    W("Postfix", "4.4.2", f"lost connection with {_PFH} while performing the EHLO handshake", "networkerror", PF_TROUBLE),
    W("Postfix", "4.4.2", f"lost connection with {_PFH} while performing the HELO handshake", "networkerror", PF_TROUBLE),
    W("Postfix (LMTP)", "4.4.2", f"lost connection with {_PFH} while performing the LHLO handshake", "networkerror",
      PF_TROUBLE),
    # between networkerror and failedstarttls: the connection dropped while waiting for the STARTTLS reply; no TLS
    # error was reported
    W("Postfix", "4.4.2", f"lost connection with {_PFH} while receiving the STARTTLS response", "networkerror",
      PF_TROUBLE),
    W("Postfix", "4.4.2", f"lost connection with {_PFH} while sending RCPT TO", "networkerror", PF_TROUBLE),
    W("Postfix", "4.4.2", f"lost connection with {_PFH} while sending DATA command", "networkerror", PF_TROUBLE),
    W("Postfix", "4.4.2", f"lost connection with {_PFH} while sending message body", "networkerror", PF_TROUBLE),
    W("Postfix", "4.4.2", f"lost connection with {_PFH} while sending end of data -- message may be sent more than "
      "once", "networkerror", PF_TROUBLE),
    W("Postfix", "4.4.2", f"conversation with {_PFH} timed out while receiving the initial server greeting",
      "expired", PF_TROUBLE),
    W("Postfix", "4.4.2", f"conversation with {_PFH} timed out while sending message body", "expired", PF_TROUBLE),
    W("Postfix", "4.7.4", f"TLS is required, but was not offered by host {_PFH}", "failedstarttls", PF_PROTO),
    W("Postfix", "4.7.5", "TLS is required, but our TLS engine is unavailable", "failedstarttls", PF_PROTO),
    W("Postfix", "4.7.0", "TLS is required, but unavailable", "failedstarttls", PF_PROTO),
    W("Postfix", "454 4.7.0", f"TLS is required, but host {_PFH} refused to start TLS: 454 4.7.0 TLS not available "
      "due to local problem", "failedstarttls", PF_PROTO, "4.7.0", "454"),
    W("Postfix", "4.7.5", "Cannot start TLS: handshake failure", "failedstarttls", PF_PROTO),
    # a certificate the TLS policy (secure, verify, dane) requires to be trusted or to match: a TLS failure, not
    # an SMTP AUTH one
    W("Postfix", "4.7.5", "Server certificate not trusted", "failedstarttls", PF_PROTO),
    W("Postfix", "4.7.5", "Server certificate not verified", "failedstarttls", PF_PROTO),
    W("Postfix", "4.7.0", "client TLS configuration problem", "failedstarttls", PF_PROTO),
    W("Postfix", "5.3.4", f"message size 20971520 exceeds size limit 10240000 of server {_PFH}", "emailtoolarge",
      PF_PROTO),
    # a queue file the sender's own Postfix cannot read: an error of the (sending) mail system
    W("Postfix", "5.3.0", "unreadable mail queue entry", "systemerror", PF_PROTO),
    W("Postfix", "5.4.6", "mail for example.com loops back to myself", "networkerror", PF_ADDR),
    # this host is a backup MX and no better MX host could be found: a routing failure
    W("Postfix", "4.4.4", "unable to find primary relay for example.com", "networkerror", PF_ADDR),
    W("Postfix", "5.4.4", "unable to look up host mx.example.com: Name or service not known", "hostunknown", PF_ADDR),
    W("Postfix", "5.4.4", "mx.example.com: host not found", "hostunknown", PF_ADDR),
    # between hostunknown and networkerror: "Non-recoverable error" is a name server that refused or failed the
    # query (the domain is not known not to exist); the prefix "Host or domain name not found." is always written
    W("Postfix", "5.4.3", "Host or domain name not found. Name service error for name=example.com type=MX: "
      "Non-recoverable error", "networkerror", PF_DNS),
    W("Postfix", "4.4.3", "Name service error for name=example.com type=MX: Malformed or unexpected name server "
      "reply", "networkerror", PF_DNS),
    W("Postfix", "5.1.0", "Domain example.com does not accept mail (nullMX)", "notaccept", PF_DNS),
    W("Postfix", "5.4.4", "Name service error for example_com: invalid host or domain name", "hostunknown", PF_DNS),
    # the MIME processor's refusals while it downgrades 8-bit mail for a 7-bit server (5.6.0): the content's form
    W("Postfix", "5.6.0", "MIME nesting exceeds safety limit", "contenterror", PF_MIME),
    W("Postfix", "5.6.0", "message header length exceeds safety limit", "contenterror", PF_MIME),
    W("Postfix", "5.6.0", "improper use of 8-bit data in message header", "contenterror", PF_MIME),
    W("Postfix", "5.6.0", "improper use of 8-bit data in message body", "contenterror", PF_MIME),
    W("Postfix", "5.6.0", "invalid message/* or multipart/* encoding domain", "contenterror", PF_MIME),
    W("Postfix", "535 5.7.8", f"SASL authentication failed; server {_PFH} said: 535 5.7.8 Error: authentication "
      "failed: authentication failure", "securityerror", PF_SASL, "5.7.8"),
    W("Postfix", "5.7.0", f"SASL authentication failed; cannot authenticate to server {_PFH}: no mechanism available",
      "securityerror", PF_SASL),
    # local(8)/virtual(8) writes: mbox_dsn() (src/global/mbox_open.c) makes EFBIG (mailbox_size_limit,
    # virtual_mailbox_limit) and EDQUOT 5.2.2, ENOSPC 4.3.0
    W("Postfix", "5.2.2", "cannot update mailbox /var/mail/bob for user bob. error writing message: File too large",
      "mailboxfull", PF_MBOX),
    W("Postfix", "5.2.2", "cannot update mailbox /var/mail/bob for user bob. error writing message: Disk quota "
      "exceeded", "mailboxfull", PF_MBOX),
    W("Postfix", "4.3.0", "cannot update mailbox /var/mail/bob for user bob. error writing message: No space left on "
      "device", "systemfull", PF_MBOX),
    W("Postfix", "5.2.2", "maildir delivery failed: error writing message: Disk quota exceeded", "mailboxfull",
      PF_MAILDIR),
    W("Postfix", "5.4.6", "mail forwarding loop for bob@example.org", "networkerror", PF_LRCPT),
    W("Postfix", "5.2.2", "delivery failed to mailbox /var/mail/vhosts/example.org/bob: error writing message: File "
      "too large", "mailboxfull", PF_VMBOX),
    W("Postfix", "4.3.5", "mail system configuration error", "systemerror", PF_VMBOX),
    W("Postfix", "5.1.1", "unknown user: \"bob@example.org\"", "userunknown", PF_VUNKNOWN),
    # qmgr(8) defers the rest of a destination's mail with the reason of the failure before: that reason decides
    W("Postfix", "4.4.1", f"delivery temporarily suspended: connect to {_PFH}:25: Connection refused",
      "networkerror", PF_QMGR),
    W("Postfix", "4.4.3", "delivery temporarily suspended: Host or domain name not found. Name service error for "
      "name=example.com type=MX: Host not found, try again", "networkerror", PF_QMGR),
    W("Postfix", "452 4.3.1", "452 4.3.1 Insufficient system storage", "systemfull", PF_SMTPD, "4.3.1", "452"),
    W("Postfix", "421 4.7.0", "421 4.7.0 mx.example.com Error: too many connections from 192.0.2.25", "ratelimited",
      PF_SMTPD, "4.7.0", "421"),
    W("Postfix", "552 5.3.4", "552 5.3.4 Message size exceeds fixed limit", "emailtoolarge", PF_SMTPD, "5.3.4", "552"),
    W("Postfix", "550 5.1.1", "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in relay "
      "recipient table", "userunknown", PF_SMTPD, "5.1.1", "550"),
    W("Postfix (postscreen)", "550 5.7.1", "550 5.7.1 Service unavailable; client [192.0.2.25] blocked using "
      "b.barracudacentral.org", "blocked", "https://pastebin.com/chVg5jPF", "5.7.1", "550"),

    # == Exim ===============================================================================================
    # Exim says "Unrouteable address" when no router takes the address.  Said by a receiving Exim to RCPT TO
    # (with its reply code), that is an address of its own domains that does not exist (the bounce lab shows
    # the same); written bare by the sender's own Exim for a remote domain, it is the domain (hostunknown)
    W("Exim", "550", "550 Unrouteable address", "userunknown", "https://pastebin.com/A1AssNjw", None, "550"),
    W("Exim", "", "rejected RCPT <dffsdfd@analing.us>: Unrouteable address", "userunknown",
      "https://pastebin.com/9LYJzxFi"),
    # a domain whose MX hosts do not exist: the recipient's domain cannot receive mail
    W("Exim", "", "all relevant MX records point to non-existent hosts or (invalidly) to IP addresses",
      "hostunknown", "https://github.com/lavab/web/issues/468"),
    W("Exim", "552 5.3.4", "SMTP error from remote mail server after pipelined MAIL FROM:<admin@mumpay24.com> "
      "SIZE=50408535: 552 5.3.4 Message size exceeds fixed limit", "emailtoolarge",
      "https://pastebin.com/sHtnjXMr", "5.3.4", "552"),
    W("Exim", "550", "550-Verification failed for <info@imsjo.com> 550-Unrouteable address 550 Sender verify "
      "failed", "rejected", "https://pastebin.com/LzdpQGj6", None, "550"),

    # an expiry notice whose last error names the cause: the cause (a full mailbox) is the reason
    W("Exim", "", "mailbox is full: retry timeout exceeded", "mailboxfull", "https://pastebin.com/44P1faxw"),
    W("Exim (LMTP)", "552 5.2.2", "LMTP error after DATA: 552 5.2.2 <boom2_globaldelight_if@pop.powweb.com> Quota "
      "exceeded (mailbox for user is full)", "mailboxfull", "https://pastebin.com/sgxwMt2v", "5.2.2", "552"),

    # == Sendmail ===========================================================================================
    W("Sendmail", "", "Message size exceeds fixed maximum message size (10485760)", "emailtoolarge",
      SENDMAIL_SIZE),
    W("Sendmail", "552 5.3.4", "552 5.3.4 <bob@example.org>... Message is too large; 1000000 bytes max",
      "emailtoolarge", SENDMAIL_MEQ, "5.3.4", "552"),
    W("Sendmail", "550 5.1.1", "550 5.1.1 <Yahav@localhost6.localdomain6>... User unknown", "userunknown",
      "https://pastebin.com/6er4iPih", "5.1.1", "550"),
    W("Sendmail", "550 5.1.1", "550 5.1.1 plan9.bell-labs.com!dmr ... user unknown", "userunknown",
      "https://pastebin.com/7tt2uwv0", "5.1.1", "550"),
    W("Sendmail", "5.1.2", "Host unknown (Name server: foodomain123example.com.: host not found)", "hostunknown",
      "https://pastebin.com/efGFNryX"),
    W("Sendmail", "550", "550 relay not permitted", "norelaying", "https://pastebin.com/gjSvBVMu", None, "550"),

    # -- Sendmail's own texts, from its source (2026 additions): sm_errstring() (err.c), the exit statuses' texts
    # (libsm/strexit.c), dropenvelope() (envelope.c), sendall() (deliver.c), the client's loop check (usersmtp.c),
    # the server (srvrsmtp.c) and proto.m4's default replies.  "Deferred:" only says it will be retried: the
    # error after it decides
    W("Sendmail", "", "Deferred: Connection refused by mx.example.com.", "networkerror", SM_ERR),
    W("Sendmail", "", "Deferred: Connection reset by mx.example.com.", "networkerror", SM_ERR),
    # a connection timeout retried until the end: expired, as the Postfix connect-timeout row
    W("Sendmail", "", "Deferred: Connection timed out with mx.example.com.", "expired", SM_ERR),
    W("Sendmail", "", "Host mx.example.com is down", "networkerror", SM_ERR),
    # TRY_AGAIN: a DNS failure for now, not a domain that does not exist
    W("Sendmail", "", "Deferred: Name server: example.com.: host name lookup failure", "networkerror", SM_ERR),
    W("Sendmail", "", "Name server: example.com.: non-recoverable error", "networkerror", SM_ERR),
    W("Sendmail", "5.1.2", "Host unknown (Name server: example.com: no data known)", "hostunknown", SM_ERR),
    # between contenterror and emailtoolarge: EX_DATAERR is "the input data was incorrect"; 5.6.0 is the content
    W("Sendmail", "501 5.6.0", "501 5.6.0 Data format error", "contenterror", SM_EXIT, "5.6.0", "501"),
    W("Sendmail", "554 5.0.0", "554 5.0.0 Service unavailable", "systemerror", SM_EXIT, "5.0.0", "554"),
    W("Sendmail", "554 5.3.0", "554 5.3.0 Internal error", "systemerror", SM_EXIT, "5.3.0", "554"),
    W("Sendmail", "451 4.0.0", "451 4.0.0 Operating system error", "systemerror", SM_EXIT, "4.0.0", "451"),
    W("Sendmail", "554 5.3.5", "554 5.3.5 System file missing", "systemerror", SM_EXIT, "5.3.5", "554"),
    W("Sendmail", "451 4.0.0", "451 4.0.0 I/O error", "systemerror", SM_EXIT, "4.0.0", "451"),
    # between syntaxerror and systemerror: EX_PROTOCOL, the remote broke the SMTP protocol (5.5.0, protocol status)
    W("Sendmail", "554 5.5.0", "554 5.5.0 Remote protocol error", "syntaxerror", SM_EXIT, "5.5.0", "554"),
    W("Sendmail", "554 5.3.5", "554 5.3.5 Local configuration error", "systemerror", SM_EXIT, "5.3.5", "554"),
    W("Sendmail", "4.4.7", "Message could not be delivered for 5 days", "expired", SM_ENV),
    W("Sendmail", "4.4.7", "Cannot send message for 5 days", "expired", SM_ENV),
    W("Sendmail", "", "Warning: could not send message for past 4 hours", "expired", SM_ENV),
    W("Sendmail", "5.4.7", "delivery time expired 3600s", "expired", SM_ENV),
    W("Sendmail", "554 5.4.6", "554 5.4.6 Too many hops 26 (25 max): from <alice@example.net> via mx.example.net, to "
      "<bob@example.org>", "networkerror", SM_DELIVER, "5.4.6", "554"),
    # the remote greeted with this host's own name: an MX loop (Sisimai::Reason::NetworkError's manual example
    # "5.3.5 System config error")
    W("Sendmail", "553 5.3.5", "553 5.3.5 mx.example.org. config error: mail loops back to me (MX problem?)",
      "networkerror", SM_USMTP, "5.3.5", "553"),
    W("Sendmail", "452 4.4.5", "452 4.4.5 Insufficient disk space; try again later", "systemfull", SM_SRVR, "4.4.5",
      "452"),
    W("Sendmail", "550 5.7.1", "550 5.7.1 <bob@example.org>... Relaying denied", "norelaying", SM_PROTO, "5.7.1", "550"),
    W("Sendmail", "550 5.7.1", "550 5.7.1 <bob@example.org>... Relaying denied. Proper authentication required.",
      "norelaying", SM_PROTO, "5.7.1", "550"),
    W("Sendmail", "553 5.1.8", "553 5.1.8 <alice@nonexistent.example>... Domain of sender address "
      "alice@nonexistent.example does not exist", "rejected", SM_PROTO, "5.1.8", "553"),
    W("Sendmail", "451 4.1.8", "451 4.1.8 Domain of sender address alice@example.net does not resolve", "rejected",
      SM_PROTO, "4.1.8", "451"),
    # between filtered and suspend: the default reply for an access-map "To:<address> REJECT" (confRCPTREJ_MSG),
    # the recipient side's own setting, not a disabled account (Sisimai::Reason::Filtered names 5.2.1)
    W("Sendmail", "550 5.2.1", "550 5.2.1 <bob@example.org>... Mailbox disabled for this recipient", "filtered",
      SM_PROTO, "5.2.1", "550"),

    # == qmail: qmail-remote's own messages ==================================================================
    W("qmail", "#5.1.2", "Sorry, I couldn't find any host named example.invalid. (#5.1.2)", "hostunknown",
      QMAIL_REMOTE, "5.1.2", None),
    # no MX and no A record: the recipient's domain cannot receive mail (hostunknown; notaccept is the other
    # reading, which Sisimai::Reason::NotAccept ties to null MX / 556 / 5.3.2)
    # the domain exists but has no mail exchanger and no address: it accepts no mail (notaccept)
    W("qmail", "#5.4.4", "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)", "notaccept",
      QMAIL_REMOTE, "5.4.4", None),
    W("qmail", "#4.4.1", "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)", "networkerror",
      QMAIL_REMOTE, "4.4.1", None),
    # a temporary DNS failure for the recipient's domain: a network (DNS) problem, not a missing domain
    W("qmail", "#4.1.2", "Sorry, I couldn't find any host by that name. (#4.1.2)", "networkerror", QMAIL_REMOTE,
      "4.1.2", None),
    W("qmail", "#4.4.2", "Connected to 192.0.2.25 but connection died. (#4.4.2)", "networkerror", QMAIL_REMOTE,
      "4.4.2", None),
    W("qmail", "#4.4.3", "CNAME lookup failed temporarily. (#4.4.3)", "networkerror", QMAIL_REMOTE, "4.4.3", None),
    # Sisimai::Reason::Blocked: "Connected to ... but my name was rejected" is its own example
    W("qmail", "", "Connected to 192.0.2.112 but my name was rejected.", "blocked", QMAIL_REMOTE),
    W("qmail", "", "Connected to 192.0.2.225 but sender was rejected.", "rejected", QMAIL_REMOTE),
    W("qmail", "", "Connected to 192.0.2.225 but greeting failed.", "networkerror", QMAIL_REMOTE),
    W("qmail", "", "82.25.244.224 does not like recipient. Remote host said: 554 5.7.1 <dan@3zx.doesntexist.com>: "
      "Relay access denied Giving up on 82.25.244.224.", "norelaying", "https://pastebin.com/H5DtQtsw", "5.7.1",
      "554"),
    W("qmail", "", "2a00:1450:400c:0c0a:0000:0000:0000:001a failed after I sent the message. Remote host said: "
      "550-5.7.1 [2001:8d8:9b5:5700::a6:8a23 12] Our system has detected that this 550-5.7.1 message is likely "
      "unsolicited mail. To reduce the amount of spam sent 550-5.7.1 to Gmail, this message has been blocked.",
      "spamdetected", "https://pastebin.com/QMgHVbsB", "5.7.1", "550"),

    W("qmail", "", "user is over quota", "mailboxfull", "https://pastebin.com/c2hsSsdk"),
    W("EarthLink", "550", "550 david.chase@earthlink.net...User account is overquota", "mailboxfull",
      "https://pastebin.com/MMGUFmXp", None, "550"),
    W("AT&T WorldNet", "553 5.3.0", "553 5.3.0 <david.casteel@worldnet.att.net>... 550 worldnet addressee unknown, "
      "relay=[98.130.1.156]", "userunknown", "https://pastebin.com/MMGUFmXp", "5.3.0", "553"),
    W("Exchange Server", "554 5.2.2", "Remote Server returned '554 5.2.2 mailbox full; "
      "STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process "
      "message due to a permanent exception'", "mailboxfull", "https://pastebin.com/CtFSTqdA", "5.2.2", "554"),
    W("Firefox Relay", "550 5.7.1", "550 5.7.1 TLS required by recipient", "failedstarttls",
      "https://github.com/mozilla/fx-private-relay/issues/757", "5.7.1", "550"),
    W("Gmail", "530 5.7.0", "host smtp.gmail.com[74.125.115.109] said: 530 5.7.0 Must issue a STARTTLS command "
      "first. u9sm1134913vbx.21 (in reply to MAIL FROM command)", "failedstarttls",
      "https://pastebin.com/GR7FLCYQ", "5.7.0", "530"),

    # == Email security gateways and hosted filters ===========================================================
    # -- Mimecast: its "Mimecast SMTP Error Codes" page (read from copies of its beginning: the 4xx table)
    # the reference: the sender's IP address blocked by a Blocked Senders policy (the host, not the address)
    W("Mimecast", "421", "421 Sender address blocked", "blocked", MIMECAST_CODES, None, "421"),
    # the reference: the Mimecast server is under maximum load
    W("Mimecast", "421", "421 Unable to process connection at this time", "systemerror", MIMECAST_CODES, None, "421"),
    # between ratelimited and badreputation: the reference names greylisting first ("alternatively the sender's IP
    # address has a poor reputation"); greylisting is read as ratelimited in this project
    W("Mimecast", "451", "451 Internal resource temporarily unavailable", "ratelimited", MIMECAST_CODES, None, "451"),
    W("Mimecast", "451", "451 Internal resource is temporarily unavailable - https://community.mimecast.com/docs/"
      "DOC-1369#451 [Aj3QXapeMpqZYaeFwWhjzw.us32]", "ratelimited",
      "https://dwlistore.dwli.org/knowledgebase/444/Emails-Not-Sending-to-Mimecast-Recipients-.html", None, "451"),
    # Mimecast rejections as seen in bounce logs (Word to the Wise), each linking the error-code page
    # an administrator's block of the envelope sender (Sisimai's Rejected: the MAIL FROM address refused)
    W("Mimecast", "", "Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#",
      "rejected", MIMECAST_SEEN),
    W("Mimecast", "", "Remote server returned message denied by administrative policy -> Administrative prohibition - "
      "envelope blocked - https://community.mimecast.com/docs/DOC-1369#550", "rejected", MIMECAST_SEEN),
    # between policyviolation and spamdetected: Mimecast's security policies cover spam scoring, attachments and
    # URLs alike; the wording names the organisation's policy, so policyviolation
    W("Mimecast", "", "Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#",
      "policyviolation", MIMECAST_SEEN),
    # between filtered and rejected: the envelope sender is on the recipient's own block list ("User Entry");
    # Sisimai's Filtered covers a sender refused by the recipient's own configuration
    W("Mimecast", "", "Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550", "filtered",
      MIMECAST_SEEN),
    W("Mimecast", "550", "550 Envelope blocked - User Entry", "filtered",
      "https://updhosting.com/what-is-a-550-envelope-blocked-user-entry-error", None, "550"),
    W("Mimecast", "", "Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#", "userunknown", MIMECAST_SEEN),
    W("Mimecast", "", "Message expired -> Open relay not allowed - https://community.mimecast.com/docs/DOC-1369#451",
      "norelaying", MIMECAST_SEEN),
    # a Blocked Senders policy matched on the From: header after DATA (Sisimai's Filtered: refused by a header)
    W("Mimecast", "", "Rejected by header based Blocked Senders: alice@example.net - https://community.mimecast.com/"
      "docs/DOC-1369#", "filtered", MIMECAST_SEEN),
    W("Mimecast", "", "Rejected by header based manually Blocked Senders: alice@example.net - https://community."
      "mimecast.com/docs/DOC-1369#", "filtered", MIMECAST_SEEN),
    W("Mimecast", "", "spamcop.mimecast.org Blocked - see http://www.spamcop.net/bl.shtml?192.0.2.10. - https://"
      "community.mimecast.com/docs/DOC-1369#550", "blocked", MIMECAST_SEEN),
    # between authfailure and policyviolation: the From: domain is the recipient's own but the source is not
    # one allowed to send for it, which is what SPF/DMARC authenticate
    W("Mimecast", "550", "550 Rejected by header based Anti-Spoofing policy", "authfailure",
      "https://www.suped.com/knowledge/email-deliverability/troubleshooting/why-are-emails-bouncing-with-mimecast-"
      "anti-spoofing-policy-and-how-to-fix", None, "550"),

    # -- Symantec Email Security.cloud (MessageLabs): Broadcom's list of the refusals it relays, each under the
    # cause Broadcom gives
    W("Symantec Email Security.cloud", "552 5.3.4", "552 5.3.4 Message size exceeds fixed maximum message size", "emailtoolarge",
      BROADCOM_OUTBOUND, "5.3.4", "552"),
    W("Symantec Email Security.cloud", "552", "552 Message size exceeds fixed limit", "emailtoolarge", BROADCOM_OUTBOUND, None, "552"),
    W("Symantec Email Security.cloud", "552", "552 Mailbox is full", "mailboxfull", BROADCOM_OUTBOUND, None, "552"),
    W("Symantec Email Security.cloud", "552", "552 Requested mail action aborted: exceeded storage allocation", "mailboxfull",
      BROADCOM_OUTBOUND, None, "552"),
    W("Symantec Email Security.cloud", "550", "550 User unknown", "userunknown", BROADCOM_OUTBOUND, None, "550"),
    # Postfix's "Recipient address rejected:" answers RCPT TO: the address, whatever the 5.7.1 says
    W("Symantec Email Security.cloud", "554 5.7.1", "554 5.7.1 Recipient address rejected: No such user", "userunknown", BROADCOM_OUTBOUND,
      "5.7.1", "554"),
    W("Symantec Email Security.cloud", "550 5.7.1", "550 5.7.1 Unable to Relay", "norelaying", BROADCOM_OUTBOUND, "5.7.1", "550"),
    W("Symantec Email Security.cloud", "554 5.7.1", "554 5.7.1 Relay access denied", "norelaying", BROADCOM_OUTBOUND, "5.7.1", "554"),
    W("Symantec Email Security.cloud", "550 5.7.1", "550 5.7.1 Message rejected as spam by Content Filtering.", "spamdetected",
      BROADCOM_OUTBOUND, "5.7.1", "550"),
    W("Symantec Email Security.cloud", "550", "550 Denied by policy", "policyviolation", BROADCOM_OUTBOUND, None, "550"),
    # between policyviolation and virusdetected: a refused kind of attachment (macros), not a detected virus
    W("Symantec Email Security.cloud", "552", "552 MS-Office file containing VBA macros found inside of the email", "policyviolation",
      BROADCOM_OUTBOUND, None, "552"),
    W("Symantec Email Security.cloud", "550 5.7.1", "550 5.7.1 Message rejected due to content restrictions", "policyviolation",
      BROADCOM_OUTBOUND, "5.7.1", "550"),
    W("Symantec Email Security.cloud", "554 5.1.0", "554 5.1.0 Sender denied", "rejected", BROADCOM_OUTBOUND, "5.1.0", "554"),
    W("Symantec Email Security.cloud", "553", "553 Envelope sender rejected", "rejected", BROADCOM_OUTBOUND, None, "553"),
    W("Symantec Email Security.cloud", "550", "550 SPF check failed. Sender not authorized", "authfailure", BROADCOM_OUTBOUND, None, "550"),
    W("Symantec Email Security.cloud", "550", "550 Sender verify failed", "rejected", BROADCOM_OUTBOUND, None, "550"),
    W("Symantec Email Security.cloud", "550 5.7.1", "550 5.7.1 SPF unauthorized mail is prohibited.", "authfailure", BROADCOM_OUTBOUND,
      "5.7.1", "550"),
    W("Symantec Email Security.cloud", "554 5.4.7", "554 5.4.7 [internal] exceeded max time without delivery", "expired", BROADCOM_OUTBOUND,
      "5.4.7", "554"),
    W("Symantec Email Security.cloud", "551", "551 Sender is on domain's blacklist", "rejected", BROADCOM_FILTERS, None, "551"),
    W("Symantec Email Security.cloud", "5.7.1", "5.7.1 Recipient not authorized, your IP has been found on a block list", "blocked",
      BROADCOM_FILTERS, "5.7.1", None),
    W("Symantec Email Security.cloud", "554", "554 Rejected due to spam content", "spamdetected", BROADCOM_FILTERS, None, "554"),
    W("Symantec Email Security.cloud", "554", "554 Rejected due to banned content", "policyviolation", BROADCOM_FILTERS, None, "554"),
    # MessageLabs' SPF refusal as a Japanese vendor's FAQ quotes it from a send log
    W("Symantec Email Security.cloud (MessageLabs)", "553", "553-SPF (Sender Policy Framework) domain authentication", "authfailure",
      "http://www.e-postinc.jp/faq-bsd/faq05-51.html", None, "553"),

    # -- Sophos Email: its "SMTP error codes" (the reference prints the code and its description)
    W("Sophos Email", "XGEMAIL_0001", "XGEMAIL_0001 Message didn't contain a valid DKIM signature.", "authfailure",
      SOPHOS_CODES),
    W("Sophos Email", "XGEMAIL_0002", "XGEMAIL_0002 Message failed an SPF check.", "authfailure", SOPHOS_CODES),
    W("Sophos Email", "XGEMAIL_0003", "XGEMAIL_0003 Message failed a DMARC check.", "authfailure", SOPHOS_CODES),
    W("Sophos Email", "XGEMAIL_0004", "XGEMAIL_0004 Sender IP address failed an RBL test.", "blocked", SOPHOS_CODES),
    # between rejected and spamdetected: the sender's domain (not a link in the body) is on a domain blocklist
    W("Sophos Email", "XGEMAIL_0005", "XGEMAIL_0005 Sender domain failed a DBL test.", "rejected", SOPHOS_CODES),
    W("Sophos Email", "XGEMAIL_0006", "XGEMAIL_0006 Message rejected because the TLS version used doesn't match the "
      "version configured in your policy.", "failedstarttls", SOPHOS_CODES),
    # the receiving organisation's own service is not in force: an error of the receiving system
    W("Sophos Email", "XGEMAIL_0007", "XGEMAIL_0007 Message rejected because your license has expired.",
      "systemerror", SOPHOS_CODES),
    # between rejected and blocked: the admin block list holds domains, addresses or IPs; the sender it names
    # first (its domain or address) is read as the refused envelope sender
    W("Sophos Email", "XGEMAIL_0008", "XGEMAIL_0008 Message rejected because a domain, an IP address, or an email "
      "address is in the admin block list.", "rejected", SOPHOS_CODES),
    # the recipient's own block list: Sisimai's Filtered (refused by the recipient's configuration)
    W("Sophos Email", "XGEMAIL_0009", "XGEMAIL_0009 Message rejected because a domain, an IP address, or an email "
      "address is in the user block list.", "filtered", SOPHOS_CODES),
    W("Sophos Email", "XGEMAIL_0010", "XGEMAIL_0010 Message rejected because the recipient's domain isn't a Sophos "
      "Email protected domain.", "norelaying", SOPHOS_CODES),
    W("Sophos Email", "XGEMAIL_0011", "XGEMAIL_0011 Message rejected because the recipient's email address doesn't "
      "exist in the Sophos Email protected domain.", "userunknown", SOPHOS_CODES),
    W("Sophos Email", "XGEMAIL_0012", "XGEMAIL_0012 Message rejected because it exceeded the allowed size.",
      "emailtoolarge", SOPHOS_CODES),
    W("Sophos Email", "XGEMAIL_0014", "XGEMAIL_0014 Message rejected because it exceeded the recipient's inbound rate "
      "limit for the single sender.", "ratelimited", SOPHOS_CODES),
    W("Sophos Email", "XGEMAIL_0015", "XGEMAIL_0015 Message rejected because it exceeded the recipient's total inbound "
      "rate limit from all senders.", "ratelimited", SOPHOS_CODES),
    W("Sophos Email", "554 5.7.28", "554 5.7.28 Mail flood detected;", "ratelimited",
      "https://thetechgeeks.com/blogs/sophos/sophos-central-email-outbound-email-rate-limit-mail-flood-detected-"
      "notifications-and-bounce-backs", "5.7.28", "554"),

    # -- Trend Micro: Email Reputation Services (ERS), Hosted Email Security, IMSS, WFBS
    W("Trend Micro Email Security", "550", "550 Mail from 192.0.2.25 refused by rbl-plus.mail-abuse.org. Please refer "
      "to http://mail-abuse.org/rbl+ for an explanation", "blocked", TRENDMICRO_ERS, None, "550"),
    W("Trend Micro Email Security", "550", "550 Service unavailable; Client host [192.0.2.25] blocked using Trend Micro "
      "RBL+. Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=192.0.2.25", "blocked", TRENDMICRO_ERS,
      None, "550"),
    # between badreputation and blocked: the "zombie" database is ERS's dynamic reputation list (a temporary
    # deferral), RBL+ its list of known spam sources (a block)
    W("Trend Micro Deep Discovery Email Inspector", "450", "450 Temporary denial of connection (450) for Zombie "
      "matches (ERS)", "badreputation", TRENDMICRO_DDEI, None, "450"),
    W("Trend Micro Deep Discovery Email Inspector", "550", "550 Permanent denial of connection (550) for RBL+ "
      "matches (ERS)", "blocked", TRENDMICRO_DDEI, None, "550"),
    # HES: the recipient is not in the imported directory (Directory Management): the address is not valid there
    W("Trend Micro Hosted Email Security", "554 5.7.1", "554 5.7.1 <bob@example.org>: Recipient address rejected: "
      "Access denied.", "userunknown", "http://esupport.trendmicro.com/solution/en-us/1053962.aspx", "5.7.1", "554"),
    W("Trend Micro InterScan Messaging Security", "550", "550 Domain of forward path is not allowed", "norelaying",
      "https://success.trendmicro.com/dcx/s/solution/1106332-550-domain-of-forward-path-is-not-allowed-error-"
      "message-appears-when-sending-mails-in-interscan-me?language=en_US&sfdcIFrameOrigin=null", None, "550"),
    # between badreputation and blocked: the refusal names the IP's reputation service
    W("Trend Micro Worry-Free Business Security", "", "Your email messages have been blocked by Trend Micro Email "
      "Reputation Service.", "badreputation",
      "https://success.trendmicro.com/solution/1056643-valid-emails-are-blocked-by-the-email-reputation-feature-"
      "of-worry-free-business-security-wfbs"),
    W("Trend Micro Email Reputation", "", "Mail from 192.0.2.25 deferred using Trend Micro Email Reputation database. "
      "Please see https://www.mail-abuse.com/cgi-bin/lookup?192.0.2.25", "badreputation",
      "https://hardwaresecrets.com/understanding-email-bounce-messages/4/"),

    # -- Cisco Secure Email Gateway (IronPort) AsyncOS: the listener's default SPF reject and defer texts
    W("Cisco Secure Email (AsyncOS)", "550 #5.7.1", "550 #5.7.1 SPF unauthorized mail is prohibited.", "authfailure",
      CISCO_SPF, "5.7.1", "550"),
    # a temporary SPF failure is still the sender authentication not passing (as Gmail's 4.7.26 DNS case)
    W("Cisco Secure Email (AsyncOS)", "451 #4.4.3", "451 #4.4.3 Temporary error occurred during SPF verification.",
      "authfailure", CISCO_SPF, "4.4.3", "451"),

    # -- Barracuda Email Security Gateway / Email Gateway Defense (ESS)
    W("Barracuda Email Security", "554", "554 Service unavailable; Client host [mail.example.net] blocked using "
      "Barracuda Reputation; http://bbl.barracudacentral.com/q.cgi?ip=192.0.2.1", "blocked",
      "https://luxsci.com/blog/?p=16857", None, "554"),
    W("Barracuda Email Security", "550", "550 Service unavailable; Client host [smtp.example.net] blocked using "
      "Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=192.0.2.9 "
      "(bob@example.org:blocked,carol@example.org:blocked)", "blocked",
      "https://github.com/thunderbird/mailstrom/issues/162", None, "550"),
    # the destination's (Exchange's) refusal as ESS's message log shows it: anonymous submission refused
    W("Barracuda Email Security Service", "530 5.7.1", "530 5.7.1 Client was not authenticated (at FROM)",
      "securityerror", "https://campus.barracuda.com/product/essentials/doc/169287426/email-cache-policies",
      "5.7.1", "530"),

    # -- Proofpoint (Protection Server, Essentials, its PDR reputation)
    # the customer's page: the reply Proofpoint gives to servers on its real-time blacklist
    W("Proofpoint", "550 5.7.0", "550 5.7.0 Local Policy Violation", "blocked",
      "http://www.hunter.cuny.edu/icit/help-docs/archive/proofpoint/spam-interception", "5.7.0", "550"),
    W("Proofpoint", "550 5.7.0", "550 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.134", "blocked",
      "https://github.com/LukeSmithxyz/emailwiz/issues/233", "5.7.0", "550"),
    W("Proofpoint", "554 5.7.0", "554 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.1",
      "blocked", "https://github.com/zone-eu/zone-mta/issues/301", "5.7.0", "554"),
    W("Proofpoint Essentials", "550 5.7.1", "550 5.7.1 Message rejected per sender's SPF policy - OXSUS001_514",
      "authfailure", "https://www.404andmore.com/proofpoint-essentials-fixing-the-550-5-7-1-spf-rejected-error/",
      "5.7.1", "550"),

    # == Exchange Server 2016/2019 on-premises: "DSNs and NDRs in Exchange Server" (enhanced status code table) ==
    # the doc: free disk space (queue database) or memory is low: the receiving system is full
    _exs("4.3.1", "Insufficient system resources", "systemfull"),
    # inactive Exchange components or a misplaced Receive connector: an error inside the receiving system
    _exs("4.3.2", "Service not active", "systemerror"),
    # between networkerror and expired: 4.4.1/4.4.2 are what Exchange reports while it retries (the doc: "after
    # multiple failures ... a permanent failure code"); this project reads a retried connection failure as expired
    _exs("4.4.1", "Connection timed out", "expired"),
    _exs("4.4.2", "Connection dropped", "expired"),
    _exs("4.4.7", "Queue expired; Message expired", "expired"),
    _exs("5.1.3", "STOREDRV.Submit; invalid recipient address", "userunknown"),
    # the recipient's domain is a reserved TLD/SLD (.test, .example, example.com ...): it cannot receive mail
    _exs("5.1.4", "Recipient address reserved by RFC 2606", "hostunknown"),
    _exs("5.1.6", "Recipient addresses in single label domains not accepted", "hostunknown"),
    _exs("5.1.7", "Unknown sender address", "rejected"),
    _exs("5.2.1", "Content Filter agent quarantined this message", "spamdetected"),
    _exs("5.2.3", "RESOLVER.RST.RecipSizeLimit; message too large for this recipient", "emailtoolarge"),
    # between systemerror and contenterror: the doc says the message was moved to the poison queue as malformed,
    # but the text names no content problem; the transport itself failed on it: systemerror
    _exs("5.3.0", "Too many related errors", "systemerror"),
    _exs("5.3.2", "STOREDRV.Deliver: Missing or bad StoreDriver MDB properties", "systemerror"),
    # a Receive connector without the Exchange authentication mechanism answers the X-EXPS command so
    _exs("5.3.3", "Unrecognized command", "syntaxerror"),
    _exs("5.3.4", "Message size exceeds fixed maximum message size", "emailtoolarge"),
    # between systemerror and networkerror: the doc's cause is a mail loop (a Receive connector's FQDN), the
    # text (RFC 3463 X.3.5) says the receiving system is misconfigured: systemerror
    _exs("5.3.5", "System incorrectly configured", "systemerror"),
    _exs("5.4.4", "SMTPSEND.DNS.NonExistentDomain; nonexistent domain", "hostunknown"),
    _exs("5.5.2", "Send hello first", "syntaxerror"),
    # more envelope recipients than the organization, connector or sender allows at once: too much at once
    _exs("5.5.3", "Too many recipients", "ratelimited"),
    _exs("5.7.3", "Cannot achieve Exchange Server authentication", "securityerror"),
    # the 5.7.900-999 range is what a mail flow (transport) rule rejects with: the receiver's policy
    _exs("5.7.900", "Delivery not authorized, message refused", "policyviolation"),
    # the hop-count NDR as the support article prints it (on-premises; Exchange Online adds ATTR34)
    _exs("5.4.6", "Hop count exceeded - possible mail loop", "networkerror", "554", MS_HOPCOUNT),
    W("Microsoft 365", "5.4.14", "5.4.14 Hop count exceeded - possible mail loop ATTR34", "networkerror", MS_HOPCOUNT,
      "5.4.14"),
    # == Exchange 2000/2003: the user text of its NDRs (KB Q304897's examples) ===============================
    W("Exchange 2000/2003", "#5.1.1", "The e-mail account does not exist at the organization this message was sent "
      "to. Check the e-mail address, or contact the recipient directly to find out the correct address. "
      "<server.example.com #5.1.1>", "userunknown", MS_KB_Q304897, "5.1.1"),
    W("Exchange 2000/2003", "550 5.7.1", "550 5.7.1 Unable to relay for relaytest@example.net", "norelaying",
      MS_KB_Q304897, "5.7.1", "550"),
    W("Exchange 2000/2003", "550 5.7.1", "550 5.7.1 Relaying prohibited", "norelaying", MS_KB_Q304897, "5.7.1", "550"),
    # == Microsoft 365 / Exchange Online: codes of the newer NDR table and of its support articles =========
    _ms2("4.5.3", "Too many recipients", "ratelimited"),
    # DANE / DNSSEC / certificate checks of the destination (SMTP DANE outbound): TLS problems
    _ms2("4.7.321", "starttls-not-supported: Destination mail server must support TLS to receive mail.", "failedstarttls"),
    _ms2("4.7.322", "certificate-expired: Destination mail server's certificate is expired.", "failedstarttls"),
    _ms2("4.7.323", "tlsa-invalid: The domain failed DANE validation.", "failedstarttls"),
    # between failedstarttls and networkerror: the DNSSEC records are checked for DANE (the TLS policy): failedstarttls
    _ms2("4.7.324", "dnssec-invalid: Destination domain returned invalid DNSSEC records", "failedstarttls"),
    _ms2("4.7.325", "certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative "
         "name matching the hostname (DANE)", "failedstarttls"),
    _ms2("5.7.321", "starttls-not-supported: Destination mail server must support TLS to receive mail.", "failedstarttls"),
    _ms2("5.7.323", "tlsa-invalid: The domain failed DANE validation.", "failedstarttls"),
    _ms2("5.7.503", "Access denied, banned sender", "rejected"),
    # the recipient's domain takes no mail over IPv6: refused because of the sending host's address (its family)
    _ms2("5.7.510", "Access denied, [example.com] does not accept email over IPv6", "blocked"),
    # the newer table: "The IP that you're attempting to send from has been banned" (delist portal): the sending
    # IP, though the text says "banned sender" (the older table had the account: rejected)
    _ms2("5.7.511", "Access denied, banned sender", "blocked"),
    _ms2("5.7.705", "Access denied, tenant has exceeded threshold", "rejected"),
    _ms2("5.7.750", "Service unavailable. Client blocked from sending from unregistered domains", "rejected"),
    _ms2("5.7.1", "Client was not authenticated", "securityerror", "530"),
    W("Microsoft 365", "", "The message can't be submitted because the sender's submission quota was exceeded",
      "ratelimited", MS_NDR_2022),
    W("Microsoft 365", "450 4.4.317", "450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot]",
      "failedstarttls", MS_UNTRUSTEDROOT, "4.4.317", "450"),
    W("Microsoft 365", "550 5.1.20", "550 5.1.20 Multiple From addresses are not allowed without Sender address",
      "notcompliantrfc", MS_MULTIFROM, "5.1.20", "550"),
    # a Microsoft 365 group set to refuse outside senders (like 5.7.133): the recipient side's setting
    W("Microsoft 365", "550 5.7.193", "550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't a "
      "group member or external senders aren't permitted to send to this group.", "filtered", MS_GROUP193,
      "5.7.193", "550"),
    # between contenterror and notcompliantrfc: an RTF (TNEF) message with attachments makes the x-dg-ref header
    # longer than the receiver takes; a header over the length limit breaks RFC 5322 (2.1.1): notcompliantrfc
    W("Microsoft 365", "550 5.0.350", "550 5.0.350 Remote server returned an error -> 550 x-dg-ref header is too "
      "long.", "notcompliantrfc", MS_XDGREF, "5.0.350", "550"),
    # the downstream gateway refused to relay what Microsoft 365 forwarded from its relay pool; the text holds
    # Microsoft's code and the gateway's own (554 5.7.1): which one a parser reports is not checked
    W("Microsoft 365", "550 5.7.367", "550 5.7.367 Remote server returned not permitted to relay -> 554 5.7.1 "
      "Relaying denied", "norelaying", MS_RELAYPOOL),
    # between policyviolation and filtered: the sender's own organization blocks this recipient (Tenant Allow
    # Block List), a local policy, not the recipient's setting: policyviolation
    W("Microsoft 365", "550 5.7.703", "550 5.7.703 Your message can't be delivered because messages to "
      "bob@example.org are blocked by your organization using Tenant Allow Block List.", "policyviolation",
      MS_TENANT7XX, "5.7.703", "550"),
    W("Microsoft 365", "5.7.750", "5.7.750 Client blocked from sending from unregistered domain", "rejected",
      MS_TENANT7XX, "5.7.750"),
    # == Zimbra: its LMTP server's replies (the MTA in front of it relays them in its bounce) ==============
    _zimbra("452", "4.2.2", "Over quota", "mailboxfull"),
    _zimbra("552", "5.2.2", "Over quota", "mailboxfull"),
    _zimbra("550", "5.1.1", "No such user here", "userunknown"),
    _zimbra("451", "4.2.2", "Server accepts messages only on TLS connection", "failedstarttls"),
    _zimbra("421", "4.3.2", "Service not available, closing transmission channel", "systemerror"),
    _zimbra("451", "4.0.0", "Temporary message delivery failure try again", "systemerror"),
    _zimbra("503", "5.5.1", "Need LHLO command", "syntaxerror"),

    # == RFC 3463 enhanced status codes with the RFC's subject texts ========================================
    # (X.1.1 "Bad destination mailbox address" and X.4.6 "Routing loop detected" are the Microsoft rows above)
    _rfc("5.1.2", "Bad destination system address", "hostunknown"),
    _rfc("5.1.3", "Bad destination mailbox address syntax", "userunknown"),
    _rfc("5.1.6", "Mailbox has moved", "hasmoved"),
    _rfc("5.1.7", "Bad sender's mailbox address syntax", "rejected"),
    _rfc("5.1.8", "Bad sender's system address", "rejected"),
    # Sisimai::Reason::Filtered names Status 5.2.1 explicitly (a disabled mailbox, as the recipient side refuses)
    _rfc("5.2.1", "Mailbox disabled, not accepting messages", "filtered"),
    _rfc("5.2.2", "Mailbox full", "mailboxfull"),
    _rfc("5.2.3", "Message length exceeds administrative limit.", "emailtoolarge"),
    _rfc("5.3.1", "Mail system full", "systemfull"),
    # Sisimai::Reason::NotAccept names Status 5.3.2 explicitly
    _rfc("5.3.2", "System not accepting network messages", "notaccept"),
    _rfc("5.3.4", "Message too big for system", "emailtoolarge"),
    _rfc("5.4.1", "No answer from host", "networkerror"),
    _rfc("5.4.2", "Bad connection", "networkerror"),
    # "unable to determine the next hop": no route for the recipient's domain (qmail uses it for "no MX or A")
    _rfc("5.4.4", "Unable to route", "hostunknown"),
    _rfc("5.4.7", "Delivery time expired", "expired"),
    _rfc("5.5.1", "Invalid command", "syntaxerror"),
    _rfc("5.5.2", "Syntax error", "syntaxerror"),
    # between securityerror and filtered: Sisimai::Reason::SecurityError names Status 5.7.* explicitly; RFC 3463
    # adds "per-host or per-recipient filtering"; with no text beyond the code's own: securityerror
    _rfc("5.7.1", "Delivery not authorized, message refused", "securityerror"),
]

# == Hosting servers' own MTAs and delivery agents: Exim, qmail, vpopmail, Dovecot, Cyrus, maildrop ========
# Each text is read in the program's source at the commit named; placeholders are filled with documentation
# values (example.com/.org/.net, 192.0.2.x).  Kept in their own list so rows added above stay untouched.
_GH = "https://github.com/"
EXIM_SMTP = _GH + "Exim/exim/blob/001bf8f58763581d117edaa391aa13ac139eb39b/src/src/transports/smtp.c"
EXIM_SMTP_OLD = _GH + "Exim/exim/blob/059ec3d9952740285fb1ebf47961b8aca2eb1b4a/src/src/transports/smtp.c"
EXIM_RETRY = _GH + "Exim/exim/blob/059ec3d9952740285fb1ebf47961b8aca2eb1b4a/src/src/retry.c"
EXIM_APPENDFILE = _GH + "Exim/exim/blob/01c490dfefc3562022ab7c695bb45c99fd898104/src/src/transports/appendfile.c"
EXIM_DNSLOOKUP = _GH + "Exim/exim/blob/0756eb3cb50d73a77b486e47528f7cb1bffdb299/src/src/routers/dnslookup.c"
EXIM_DELIVER = _GH + "Exim/exim/blob/790fbb71d92b47c6637892f3feedc0f99000f01e/src/src/deliver.c"
NOTQMAIL = _GH + "notqmail/notqmail/blob/005c5752ae4c25fcead04bb4cbe3677470324f8a/"
QMAIL_LOCAL, QMAIL_SMTPD, QMAIL_SEND = NOTQMAIL + "qmail-local.c", NOTQMAIL + "qmail-smtpd.c", NOTQMAIL + "qmail-send.c"
VDELIVERMAIL = _GH + "DerDakon/vpopmail/blob/00ece785b9ae234eab0713cd5cd2282d28f44447/vdelivermail.c"
DOVECOT_LMTP = _GH + "dovecot/core/blob/addedc43dd4785aad176f1d6eb7c4a9cfc6a3cad/src/lmtp/lmtp-local.c"
DOVECOT_QUOTA = _GH + "dovecot/core/blob/074a87814ee92cf79ae68d7633a06c6a64f0eac9/src/plugins/quota/quota-settings.c"
DOVECOT_MAIL_ERROR = _GH + "dovecot/core/blob/153e08d8f0bac5eb06cca5710212faeb41b47f0e/src/lib-storage/mail-error.h"
DOVECOT_LDA = _GH + "dovecot/core/blob/01867a4f3b94476ababf62372178efcabb5fadd8/src/lib-lda/lda-settings.c"
PIGEONHOLE_REJECT = _GH + "dovecot/pigeonhole/blob/06e785258a8df02c2c0d29bf8e98bd3c1e095626/src/lib-sieve/ext-reject.c"
CYRUS_LMTP = _GH + "cyrusimap/cyrus-imapd/blob/00d760ef827c64e802d8b4d13d166fe83c9c7918/imap/lmtpengine.c"
CYRUS_ERR = _GH + "cyrusimap/cyrus-imapd/blob/00a42d2f09c45c4a924370fa5ee03adfe91980ae/imap/imap_err.et"
MAILDROP_MAILDIR = _GH + "svarshavchik/courier-libs/blob/fad0ccf44dfe2a27c10d932c6d424bc3ebe38bd0/maildrop/maildir.C"

WORDINGS += [
    # -- Exim: the smtp transport (transports/smtp.c) ---------------------------------------------------------
    # every host of the domain failed until the retry rules' end: the sending server gave up (expired)
    W("Exim", "", "all hosts for 'example.com' have been failing for a long time (and retry time not reached)",
      "expired", EXIM_SMTP),
    W("Exim", "", "all hosts for 'example.com' have been failing for a long time and were last tried after this "
      "message arrived", "expired", EXIM_SMTP),
    W("Exim", "", "retry time not reached for any host after a long failure period", "expired", EXIM_SMTP_OLD),
    W("Exim", "", "all hosts have been failing for a long time and were last tried after this message arrived",
      "expired", EXIM_SMTP_OLD),
    # no address for any of the domain's hosts: permanently, the domain cannot receive mail; temporarily, DNS
    W("Exim", "", "all host address lookups for 'example.com' failed permanently", "hostunknown", EXIM_SMTP),
    W("Exim", "", "all host address lookups for 'example.com' failed temporarily", "networkerror", EXIM_SMTP),
    # check_response(): no reply in time, then the retry period ran out (retry.c appends its words): a server
    # that does not answer is retried until the end (expired, as for Postfix's "Connection timed out")
    W("Exim", "", "SMTP timeout after end of data (1234 bytes written): retry timeout exceeded", "expired",
      EXIM_SMTP),
    W("Exim", "", "Remote host closed connection in response to end of data", "networkerror", EXIM_SMTP),
    W("Exim", "", "Remote host closed connection in response to initial connection", "networkerror", EXIM_SMTP),
    W("Exim", "", "a TLS session is required, but the server did not offer TLS support", "failedstarttls",
      EXIM_SMTP),
    W("Exim", "", "a TLS session is required, but an attempt to start TLS failed", "failedstarttls", EXIM_SMTP),
    # check_response()'s "SMTP error from remote mail server after <command>: <reply>" around replies another
    # Exim or qmail-smtpd writes (qmail-smtpd.c, see below)
    W("Exim", "550", "SMTP error from remote mail server after RCPT TO:<bob@example.org>: 550 Unrouteable address",
      "userunknown", EXIM_SMTP, None, None),
    W("Exim", "552 #5.3.4", "SMTP error from remote mail server after end of data: 552 sorry, that message size "
      "exceeds my databytes limit (#5.3.4)", "emailtoolarge", EXIM_SMTP, "5.3.4", None),
    W("Exim", "553 #5.7.1", "SMTP error from remote mail server after RCPT TO:<bob@example.org>: 553 sorry, that "
      "domain isn't in my list of allowed rcpthosts (#5.7.1)", "norelaying", EXIM_SMTP, "5.7.1", None),
    W("Exim", "553 #5.7.1", "SMTP error from remote mail server after MAIL FROM:<alice@example.net> SIZE=1234: 553 "
      "sorry, your envelope sender is in my badmailfrom list (#5.7.1)", "rejected", EXIM_SMTP, "5.7.1", None),
    # -- Exim: appendfile's quota texts, retry.c, the dnslookup router, deliver.c ------------------------------
    W("Exim", "", "mailbox is full (MTA-imposed quota exceeded while writing to /var/mail/bob)", "mailboxfull",
      EXIM_APPENDFILE),
    W("Exim", "", "mailbox is full (quota exceeded while writing to file /var/mail/bob)", "mailboxfull",
      EXIM_APPENDFILE),
    W("Exim", "", "retry timeout exceeded", "expired", EXIM_RETRY),
    # between networkerror and expired: a DNS lookup that never completed, retried until the retry rules' end;
    # Sisimai::Reason::Expired is the queue lifetime running out after network errors
    W("Exim", "", "host lookup did not complete: retry timeout exceeded", "expired", EXIM_RETRY),
    W("Exim", "", "host lookup did not complete", "networkerror", EXIM_DNSLOOKUP),
    # an SRV record whose target is "." (RFC 2782: no service): the domain accepts no mail
    W("Exim", "", "an SRV record indicated no SMTP service", "notaccept", EXIM_DNSLOOKUP),
    W("Exim", "", "mail domain \"example..com\" is syntactically invalid", "hostunknown", EXIM_DNSLOOKUP),
    W("Exim", "", "It appears that the DNS operator for example.com has installed an invalid MX record with an IP "
      "address instead of a domain name on the right hand side.", "hostunknown", EXIM_DNSLOOKUP),
    # a mail loop: networkerror, as Sisimai::Reason::NetworkError's example "554 5.4.6 Too many hops"
    W("Exim", "", "Too many \"Received\" headers - suspected mail loop", "networkerror", EXIM_DELIVER),

    # -- qmail: qmail-local, qmail-remote, qmail-send, qmail-smtpd (notqmail) ---------------------------------
    W("qmail", "#5.4.6", "This message is looping: it already has my Delivered-To line. (#5.4.6)", "networkerror",
      QMAIL_LOCAL, "5.4.6", None),
    W("qmail", "#4.2.1", "Unable to chdir to maildir. (#4.2.1)", "systemerror", QMAIL_LOCAL, "4.2.1", None),
    W("qmail", "#4.3.0", "Temporary error on maildir delivery. (#4.3.0)", "systemerror", QMAIL_LOCAL, "4.3.0", None),
    W("qmail", "#4.7.0", "Uh-oh: home directory is writable. (#4.7.0)", "systemerror", QMAIL_LOCAL, "4.7.0", None),
    # qmail-send appends its give-up line to qmail-remote's last temporary error
    W("qmail", "#4.4.1", "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try "
      "again; this message has been in the queue too long.", "expired", QMAIL_SEND),
    # between notaccept and networkerror: the MX points back at this host, which does not take the domain as
    # its own; #5.4.6 is RFC 3463's "routing loop detected", read as the loops above
    W("qmail", "#5.4.6", "Sorry. Although I'm listed as a best-preference MX or A for that host, it isn't in my "
      "control/locals file, so I don't treat it as local. (#5.4.6)", "networkerror", QMAIL_REMOTE, "5.4.6", None),
    # a message whose last line has no line end cannot be sent in SMTP (RFC 5321 CRLF): not RFC compliant
    W("qmail", "#5.6.2", "SMTP cannot transfer messages with partial final lines. (#5.6.2)", "notcompliantrfc",
      QMAIL_REMOTE, "5.6.2", None),
    W("qmail", "#4.4.2", "Connected to 192.0.2.25 but connection died. Possible duplicate! (#4.4.2)",
      "networkerror", QMAIL_REMOTE, "4.4.2", None),
    W("qmail", "553 #5.7.1", "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", "norelaying",
      QMAIL_SMTPD, "5.7.1", "553"),
    W("qmail", "553 #5.7.1", "553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)", "rejected",
      QMAIL_SMTPD, "5.7.1", "553"),
    W("qmail", "552 #5.3.4", "552 sorry, that message size exceeds my databytes limit (#5.3.4)", "emailtoolarge",
      QMAIL_SMTPD, "5.3.4", "552"),
    W("qmail", "554 #5.4.6", "554 too many hops, this message is looping (#5.4.6)", "networkerror", QMAIL_SMTPD,
      "5.4.6", "554"),
    # the page qmail-smtpd names explains bare LF, which it refuses
    W("qmail", "451", "451 See http://pobox.com/~djb/docs/smtplf.html.", "notcompliantrfc", QMAIL_SMTPD, None,
      "451"),
    W("qmail", "555 #5.5.4", "555 syntax error (#5.5.4)", "syntaxerror", QMAIL_SMTPD, "5.5.4", "555"),
    W("qmail", "503 #5.5.1", "503 RCPT first (#5.5.1)", "syntaxerror", QMAIL_SMTPD, "5.5.1", "503"),
    W("qmail", "451 #4.3.0", "451 qqt failure (#4.3.0)", "systemerror", QMAIL_SMTPD, "4.3.0", "451"),

    # -- vpopmail's vdelivermail ----------------------------------------------------------------------------
    W("vpopmail", "#5.1.1", "Sorry, no mailbox here by that name. vpopmail (#5.1.1)", "userunknown", VDELIVERMAIL,
      "5.1.1", None),
    W("vpopmail", "", "user is over quota, mail bounced", "mailboxfull", VDELIVERMAIL),
    # between mailboxfull and systemfull: the domain's mail quota, which holds the recipient's mailbox
    W("vpopmail", "", "domain is over quota", "mailboxfull", VDELIVERMAIL),
    # a locked (BOUNCE_MAIL flag) account exists but takes no mail
    W("vpopmail", "", "vdelivermail: account is locked email bounced bob@example.org", "suspend", VDELIVERMAIL),
    W("vpopmail", "#5.9.8", "Auto creation of maildir failed. vpopmail (#5.9.8)", "systemerror", VDELIVERMAIL),
    W("vpopmail", "", "mail is looping", "networkerror", VDELIVERMAIL),

    # -- Dovecot: LMTP replies, the quota plugin's message, LDA / Sieve rejections ----------------------------
    W("Dovecot", "550 5.1.1", "550 5.1.1 <bob@example.org> User doesn't exist: bob@example.org", "userunknown",
      DOVECOT_LMTP, "5.1.1", "550"),
    W("Dovecot", "552 5.2.2", "552 5.2.2 <bob@example.org> Quota exceeded (mailbox for user is full)",
      "mailboxfull", DOVECOT_QUOTA, "5.2.2", "552"),
    # quota_full_tempfail=yes
    W("Dovecot", "452 4.2.2", "452 4.2.2 <bob@example.org> Quota exceeded (mailbox for user is full)",
      "mailboxfull", DOVECOT_QUOTA, "4.2.2", "452"),
    W("Dovecot", "552 5.2.2", "552 5.2.2 <bob@example.org> Not enough disk quota", "mailboxfull",
      DOVECOT_MAIL_ERROR, "5.2.2", "552"),
    W("Dovecot", "451 4.3.0", "451 4.3.0 <bob@example.org> Temporary internal error", "systemerror", DOVECOT_LMTP,
      "4.3.0", "451"),
    # between ratelimited and systemerror: lmtp_user_concurrency_limit, too many deliveries to one user at once
    W("Dovecot", "451 4.3.0", "451 4.3.0 <bob@example.org> Too many concurrent deliveries for user", "ratelimited",
      DOVECOT_LMTP, "4.3.0", "451"),
    W("Dovecot", "451 4.2.0", "451 4.2.0 <bob@example.org> Internal error occurred. Refer to server log for more "
      "information. [2026-12-01 10:00:00]", "systemerror", DOVECOT_MAIL_ERROR, "4.2.0", "451"),
    W("Dovecot", "451 4.2.0", "451 4.2.0 <bob@example.org> Timeout while waiting for lock", "systemerror",
      DOVECOT_MAIL_ERROR, "4.2.0", "451"),
    # dovecot-lda's rejection_reason ("Your message to <%t> was automatically rejected:%n%r") around the quota
    # message, and Pigeonhole's reject action around a Sieve script's reason (RFC 5429's ereject example): the
    # recipient's own filter
    W("Dovecot", "", "Your message to <bob@example.org> was automatically rejected: Quota exceeded (mailbox for "
      "user is full)", "mailboxfull", DOVECOT_LDA),
    W("Dovecot", "", "Your message to <bob@example.org> was automatically rejected: I no longer accept mail from "
      "this address", "filtered", PIGEONHOLE_REJECT),

    # -- Cyrus IMAP lmtpd (imap/lmtpengine.c) and its error table (imap/imap_err.et) ------------------------
    W("Cyrus", "550 5.1.1", "550-Mailbox unknown.  Either there is no mailbox associated with this 550-name or you "
      "do not have authorization to see it. 550 5.1.1 User unknown", "userunknown", CYRUS_LMTP, "5.1.1", "550"),
    W("Cyrus", "452 4.2.2", "452 4.2.2 Over quota SESSIONID=<cyrus-12345-1234567890-1-1234567890>", "mailboxfull",
      CYRUS_LMTP, "4.2.2", "452"),
    W("Cyrus", "552 5.2.2", "552 5.2.2 Over quota SESSIONID=<cyrus-12345-1234567890-1-1234567890>", "mailboxfull",
      CYRUS_LMTP, "5.2.2", "552"),
    W("Cyrus", "451 4.3.1", "451 4.3.1 cannot create file: out of space", "systemfull", CYRUS_LMTP, "4.3.1", "451"),
    W("Cyrus", "451 4.3.0", "451 4.3.0 System I/O error", "systemerror", CYRUS_LMTP, "4.3.0", "451"),
    W("Cyrus", "554 5.6.0", "554 5.6.0 Message contains bare newlines", "notcompliantrfc", CYRUS_LMTP, "5.6.0",
      "554"),
    W("Cyrus", "554 5.6.0", "554 5.6.0 Message contains invalid header", "notcompliantrfc", CYRUS_LMTP, "5.6.0",
      "554"),
    W("Cyrus", "554 5.6.0", "554 5.6.0 Message has no header/body separator", "notcompliantrfc", CYRUS_LMTP,
      "5.6.0", "554"),
    W("Cyrus", "554 5.6.0", "554 5.6.0 Message contains NUL characters", "notcompliantrfc", CYRUS_LMTP, "5.6.0",
      "554"),
    # the mailbox's ACL gives the sender no post right: the recipient side's own setting (filtered)
    W("Cyrus", "550 5.7.1", "550-You do not have permission to post a message to this mailbox. 550-Please contact "
      "the owner of this mailbox in order to submit 550-your message, or postmaster@example.org if you believe you "
      "550-received this message in error. 550 5.7.1 Permission denied", "filtered", CYRUS_LMTP, "5.7.1", "550"),
    W("Cyrus", "", "Mailbox does not exist", "userunknown", CYRUS_ERR),
    W("Cyrus", "", "Mailbox is over STORAGE quota", "mailboxfull", CYRUS_ERR),

    # -- Courier maildrop (courier-libs maildrop/maildir.C) -------------------------------------------------
    W("maildrop", "", "maildrop: maildir over quota.", "mailboxfull", MAILDROP_MAILDIR),
    W("maildrop", "", "maildrop: time out on maildir directory.", "systemerror", MAILDROP_MAILDIR),
    # the maildir's disk is full (strerror(ENOSPC))
    W("maildrop", "", "maildrop: /home/bob/Maildir: No space left on device", "systemfull", MAILDROP_MAILDIR),
]

# == Notices localised to the sender's language, for a sender writing abroad ================================
# Exchange Online's NDR in German as pasted in a public issue (its history lines stay English, newest first),
# Exchange's French 5.1.6 string (Microsoft's fr-FR UI text), Gmail's localised help on bounces (German,
# Spanish), QQ Mail's Chinese help, a Chinese host's list of its bounce labels, and Spanish bounce lines a
# mailing-list author collected.  Kept in their own list so rows added above stay untouched.
EXO_DE_PASTE = "https://github.com/FundersClub/fire/issues/441"
EXCHANGE_FR_516 = "https://uitranslation.com/Images/?lang=fr-fr&term=04a5485eb88d"
GMAIL_DE_BOUNCES = "https://support.google.com/mail/answer/6596?hl=de&ref_topic=7065107"
GMAIL_DE_OLD = "https://support.google.com/mail/bin/answer.py?hl=de&answer=82454&topic=1668979&ctx=topic"
GMAIL_ES_BOUNCES = "https://support.google.com/mail/answer/6596?hl=es-419&ref_topic=2467017"
QQMAIL_BOUNCES = "https://qqmailbox.com/transceivers/169.html"
EMAILHOST_CN = "https://www.emailhost.com.cn/service.html?article_category=25&brd=1"
ES_BOUNCE_LINES = "https://alexborras.com/errores-y-warnings-habituales-en-retorno-de-email/ab_md/"

WORDINGS += [
    # the administrators' part of a German Exchange Online NDR: the message expired after the remote refused
    # connections (5.4.316), the earlier 4.4.316 attempt below it
    W("Exchange Online (de-DE)", "550 5.4.316", "Diagnoseinformationen für Administratoren:\n\n"
      "Generierender Server: AS2P250MB1014.EURP250.PROD.OUTLOOK.COM\n"
      "Empfangender Server: AS2P250MB1014.EURP250.PROD.OUTLOOK.COM\n\nbob@example.org\n"
      "8/23/2025 1:23:09 PM - Server at AS2P250MB1014.EURP250.PROD.OUTLOOK.COM returned '550 5.4.316 Message "
      "expired, connection refused(Socket error code 10061)'", "expired", EXO_DE_PASTE, "5.4.316", "550"),
    W("Exchange Online (de-DE)", "450 4.4.316", "Server at fire.fundersclub.com (13.248.132.87) returned '450 4.4.316 "
      "Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=fire.fundersclub.com] "
      "[LastAttemptedIP=13.248.132.87:25]'", "networkerror", EXO_DE_PASTE, "4.4.316", "450"),
    # Exchange's 5.1.6 text in French: the recipient's address has changed, no forwarding address
    W("Exchange (fr-FR)", "5.1.6", "l'adresse électronique du destinataire a changé. L'adresse à laquelle ce message "
      "a été envoyé n'accepte plus de messages.", "hasmoved", EXCHANGE_FR_516),
    # Gmail's German and Spanish help: the phrases its bounce notices show for these causes
    W("Gmail (de-DE)", "", "Die E\u2011Mail-Adresse des Empfängers existiert nicht", "userunknown", GMAIL_DE_BOUNCES),
    W("Gmail (de-DE)", "", "Der Posteingang des Empfängers hat keinen freien Speicherplatz.", "mailboxfull",
      GMAIL_DE_BOUNCES),
    W("Gmail (de-DE)", "", "Das E-Mail-Konto, das Sie kontaktieren möchten, ist nicht vorhanden", "userunknown",
      GMAIL_DE_OLD),
    W("Gmail (es-419)", "", "La dirección de correo electrónico del destinatario no existe", "userunknown",
      GMAIL_ES_BOUNCES),
    W("Gmail (es-419)", "", "La bandeja Recibidos del destinatario no tiene espacio de almacenamiento disponible",
      "mailboxfull", GMAIL_ES_BOUNCES),
    # QQ Mail's Chinese notice texts: no such user, the user has not opened a QQ mailbox, no space left for the recipient
    W("QQ Mail (zh-CN)", "", "该用户不存在", "userunknown", QQMAIL_BOUNCES),
    W("QQ Mail (zh-CN)", "", "该用户未开通QQ邮箱", "userunknown", QQMAIL_BOUNCES),
    W("QQ Mail (zh-CN)", "", "收件人空间不足", "mailboxfull", QQMAIL_BOUNCES),
    # a Chinese host's bounce labels, each with the English reply it stands for
    W("Chinese hosting (emailhost.com.cn)", "", "[退信] 收件人不存在:user not exist", "userunknown", EMAILHOST_CN),
    W("Chinese hosting (emailhost.com.cn)", "", "[退信] 收件容量满:Quota exceeded", "mailboxfull", EMAILHOST_CN),
    W("Chinese hosting (emailhost.com.cn)", "", "[退信] 域名不存在:DNS query error", "hostunknown", EMAILHOST_CN),
    W("Chinese hosting (emailhost.com.cn)", "", "[退信] 邮件过大:exceeded mailsize limit", "emailtoolarge",
      EMAILHOST_CN),
    W("Chinese hosting (emailhost.com.cn)", "", "[退信] 垃圾邮件退信:Content reject/Spam denied", "spamdetected",
      EMAILHOST_CN),
    # the sender's own sending count over the host's limit
    W("Chinese hosting (emailhost.com.cn)", "", "[退信] 发信数超限制:sending quota exceeded", "ratelimited",
      EMAILHOST_CN),
    # between networkerror and expired: the label says "network error"; the timeout is one session's, not a
    # retry period run out
    W("Chinese hosting (emailhost.com.cn)", "", "[退信] 网络异常:rcpt handle timeout", "networkerror", EMAILHOST_CN),
    # Spanish-language lines found in bounces: no such user, a mailbox expired for lack of use, delivery time expired
    W("Spanish-language bounces", "", "Usuario inexistente", "userunknown", ES_BOUNCE_LINES),
    W("Spanish-language bounces", "", "Esta casilla ha expirado por falta de uso", "suspend", ES_BOUNCE_LINES),
    W("Spanish-language bounces", "", "tiempo de entrega vencido", "expired", ES_BOUNCE_LINES),
]

# == Formats with one public sample: Domino, fml, 1&1 (2026 additions) =======================================
# Domino's Router texts (a German host's list of typical bounce lines, and IBM's technote on forwarding loops),
# fml's reply to a post from a non-member (RejectHandler() in kern/fml.pl), 1&1's 451 from its error list.
IBM_DOMINO_LOOP = "http://www-01.ibm.com/support/docview.wss?uid=swg21148436"
FML4_FML_PL = "https://github.com/fmlorg/fml4/blob/00a2fc92fa0dbcff1039d0208636e02e837a4134/kern/fml.pl"
FML4_LIBERROR = "https://github.com/fmlorg/fml4/blob/1be69ab14beb5c989ad4ad0a1dbdf74e0f12ee28/proc/liberror.pl"

WORDINGS += [
    W("HCL/IBM Domino", "", "User hanako@example.co.jp not listed in Domino Directory", "userunknown", SITEPACKAGE),
    # a message forwarded back and forth between Domino domains: a mail loop (Sisimai's NetworkError example is
    # "554 5.4.6 Too many hops")
    W("HCL/IBM Domino", "", "Maximum forwarding loop count exceeded, message probably in a forwarding loop",
      "networkerror", IBM_DOMINO_LOOP),
    # between rejected and filtered: the list takes posts from members only, so the poster (the envelope sender)
    # is what is refused, as with the Mailman and mlmmj members-only notices
    W("fml", "", "You taro@example.org are not member (neko ML)", "rejected", FML4_FML_PL),
    # a post over the list's size limit: the poster's notice and the maintainer's warning
    W("fml", "", "ATTENTION! Your mail is too big, so not processed!!!", "emailtoolarge", FML4_LIBERROR),
    W("fml", "", "Error: In-coming mail body size > 1000000 (neko ML)", "emailtoolarge", FML4_LIBERROR),
    # 1&1: "the service was temporarily unavailable": its own system's trouble for now
    W("1&1 IONOS", "451", "451 Requested action aborted: local error in processing", "systemerror", IONOS_ERRORS,
      None, "451"),
]

# == Mail servers and gateways a hosting help site's readers paste (issue 9, 2026-12) =========================
# SmarterMail's failure texts as two hosting providers' help pages quote them, Kerio Connect's troubleshooting
# article, Oracle (Sun Java System) Messaging Server's error_text MTA options (its technical reference wiki) and
# its administration guide, IceWarp's "Interpretation of 5xx Errors in Icewarp SMTP", a MailEnable notice pasted
# in public, and the wordings of the IMail, McAfee and SurfControl notices in the public corpus.
SMARTERMAIL_KB = "http://kb.indsoft.net/kb/a70/common-email-delivery-errors.aspx"
SMARTERMAIL_KB2 = "http://support.rackteam.com/kb/a136/common-email-delivery-errors-you-may-receive.aspx"
KERIO_OUTBOUND = ("https://support.kerioconnect.gfi.com/hc/en-us/articles/"
                  "4416310418706-Outbound-Email-Delivery-Troubleshooting-Article")
MSGSERVER_ERROR_TEXT = "https://msg.wikidoc.info/index.php?title=Error_text_MTA_options&diff=27637&oldid=26241"
MSGSERVER_ILLEGAL_HOST = "https://docs.oracle.com/cd/E19636-01/819-2650/bgbid/index.html"
ICEWARP_5XX = ("https://docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/"
               "Interpretation%20of%205xx%20Errors%20in%20Icewarp%20SMTP.htm")
MAILENABLE_PASTE = "https://pastebin.com/a3CnB5k5"

WORDINGS += [
    W("SmarterMail", "", "Could not deliver message to the following recipient(s):\n\nFailed Recipient: "
      "user@example.com\nReason: The mailbox is full", "mailboxfull", SMARTERMAIL_KB),
    # between mailboxfull and systemfull: the recipient's domain is over its disk allocation, a quota set by the
    # host, not a disk that is full
    W("SmarterMail", "", "Could not deliver message to the following recipient(s):\n\nFailed Recipient: "
      "user@example.com\nReason: The domain size limit has been exceeded", "mailboxfull", SMARTERMAIL_KB),
    # the help pages: "If you mistype an email address, this will yield ..."; the domain does not exist
    W("SmarterMail", "", "Failed Recipient: user@exampel-typo.com\nReason: Failed to connect to the recipients mail "
      "server. No MX records were found for the 'exampel-typo.com' domain.", "hostunknown", SMARTERMAIL_KB2),
    # "SmarterMail has made four attempts to connect to the remote email server ... a connection could not be
    # established": it gave up after its retries
    W("SmarterMail", "", "Failed four Attempts to connect to recipients mail server", "expired", SMARTERMAIL_KB2),
    W("SmarterMail", "", "Failed all attempts to connect to the recipients mail server.\nAttempted to send the "
      "message to the following ip's: 192.0.2.1", "expired", SMARTERMAIL_KB),
    # Kerio Connect's delay notice names the cause: the remote host could not be reached
    W("Kerio Connect", "4.4.1", "Result: delayed, Status: 4.4.1 Cannot connect to host", "networkerror",
      KERIO_OUTBOUND, "4.4.1"),
    W("Kerio Connect", "550 5.7.1", "550 5.7.1 Relaying is denied", "norelaying", KERIO_OUTBOUND, "5.7.1", "550"),
    # Messaging Server's default error texts (error_text_unknown_host / _unknown_user / _unknown_alias, the
    # channel size limit)
    W("Oracle Messaging Server", "550 5.1.2", "550 5.1.2 unknown host or domain: jiro@nowhere.example",
      "hostunknown", MSGSERVER_ERROR_TEXT, "5.1.2", "550"),
    W("Oracle Messaging Server", "550 5.1.1", "550 5.1.1 unknown or illegal user: hanako@example.com",
      "userunknown", MSGSERVER_ERROR_TEXT, "5.1.1", "550"),
    W("Oracle Messaging Server", "550 5.1.1", "550 5.1.1 unknown or illegal alias: hanako@example.com",
      "userunknown", MSGSERVER_ERROR_TEXT, "5.1.1", "550"),
    W("Oracle Messaging Server", "552 5.2.3", "552 5.2.3 channel limit of 10240 kilobytes on message size exceeded",
      "emailtoolarge", MSGSERVER_ERROR_TEXT, "5.2.3", "552"),
    # the administration guide's "Illegal Host/Domain Errors": the MTA cannot deliver to the host named
    W("Oracle Messaging Server", "", "Reason: Illegal host/domain name found", "hostunknown", MSGSERVER_ILLEGAL_HOST),
    # IceWarp's own 5xx table
    W("IceWarp", "501 5.7.1", "501 5.7.1 Message is too long", "emailtoolarge", ICEWARP_5XX, "5.7.1", "501"),
    W("IceWarp", "501 5.7.0", "501 5.7.0 Authentication failed", "securityerror", ICEWARP_5XX, "5.7.0", "501"),
    W("IceWarp", "501 5.5.4", "501 5.5.4 Syntax error in parameters scanning", "syntaxerror", ICEWARP_5XX, "5.5.4",
      "501"),
    W("IceWarp", "500 5.5.1", "500 5.5.1 Command unrecognized", "syntaxerror", ICEWARP_5XX, "5.5.1", "500"),
    W("IceWarp", "501 5.5.1", "501 5.5.1 HELO/EHLO requires domain address", "syntaxerror", ICEWARP_5XX, "5.5.1",
      "501"),
    # a MailEnable notice: the recipient's mail domain is over its disk quota (a quota, as above)
    W("MailEnable", "522 5.7.1", "ME_REASON: 522 5.7.1 MailDomain example.com Disk quota has been exceeded",
      "mailboxfull", MAILENABLE_PASTE, None, "522"),
]
