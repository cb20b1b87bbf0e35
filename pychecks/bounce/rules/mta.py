"""Wordings that mail server software itself writes, each with the documentation it is from.

Most error mails a hosting customer sees are written by the provider's own Postfix or
Exim, around the remote server's reply; some wordings are the MTA's own verdict (a
local user that does not exist, a domain that does not route).  These rows are tried
after :mod:`.providers` and before the general wordings.

Rows: ``(reason, phrases, source)``.
"""

# ruff: noqa: E501 - data tables read better unbroken

from __future__ import annotations

POSTFIX = "Postfix, postconf(5) and the smtpd access restrictions: https://www.postfix.org/postconf.5.html"
POSTFIX_BARE_LF = "Postfix, smtpd_forbid_bare_newline: https://www.postfix.org/smtp-smuggling.html"
POSTFIX_BOUNCE = "Postfix, bounce(5) templates and smtp(8) delivery status texts: https://www.postfix.org/bounce.5.html"
_PF = "https://github.com/vdukhovni/postfix/blob/"
POSTFIX_TROUBLE = ("Postfix, the SMTP client's lost-connection texts and the phases they name (src/smtp/smtp_trouble.c, "
                   "smtp_proto.c): " + _PF + "a934ab940e9c88458f95ace79535047f9b57541c/postfix/src/smtp/smtp_trouble.c")
POSTFIX_CONNECT = ("Postfix, the SMTP client's connect failure \"connect to <host>[<addr>]:<port>: %m\" (src/smtp/smtp_connect.c): "
                   + _PF + "e7b4f1ba66792aaee579982cb2405221cce07c2c/postfix/src/smtp/smtp_connect.c")
POSTFIX_ADDR = ("Postfix, the SMTP client's MX loop texts (src/smtp/smtp_addr.c): " + _PF
                + "b9340f4f205342632f6198c56c6ba9b4064f021e/postfix/src/smtp/smtp_addr.c")
POSTFIX_PROTO = ("Postfix, the SMTP client's TLS and queue-file texts (src/smtp/smtp_proto.c): " + _PF
                 + "4a25a6b519d57a762089f505f48e07a53bf2eaed/postfix/src/smtp/smtp_proto.c")
POSTFIX_DNS = ("Postfix, the resolver's texts (src/dns/dns_lookup.c): " + _PF
               + "02bb17535ff02789a1016b8c330127632fc70413/postfix/src/dns/dns_lookup.c")
POSTFIX_MBOX = ("Postfix, mbox_dsn(): a write that failed with EDQUOT or EFBIG is 5.2.2 (mailbox full), ENOSPC 4.3.0 "
                "(src/global/mbox_open.c; local(8) and virtual(8) prefix \"cannot update mailbox\" / \"delivery failed to "
                "mailbox\"): " + _PF + "db0460a1c9640b9b42c78fbdfc2263dbf11ab59e/postfix/src/global/mbox_open.c")
POSTFIX_LOCAL_LOOP = ("Postfix, local(8)'s Delivered-To loop (src/local/recipient.c): " + _PF
                      + "f820a68ed7a4177a73bc59ed54475e9310a20d92/postfix/src/local/recipient.c")
EXIM = "Exim, the specification, chapters on routers, the appendfile transport and retry rules: https://www.exim.org/exim-html-current/doc/html/spec_html/"
QMAIL = "qmail, qmail-remote(8) and qmail-send(8): https://cr.yp.to/qmail.html"
_GH = "https://github.com/"
EXIM_SMTP = ("Exim, the smtp transport's delivery texts (src/src/transports/smtp.c): " + _GH
             + "Exim/exim/blob/001bf8f58763581d117edaa391aa13ac139eb39b/src/src/transports/smtp.c")
EXIM_DNSLOOKUP = ("Exim, the dnslookup router's texts (src/src/routers/dnslookup.c): " + _GH
                  + "Exim/exim/blob/0756eb3cb50d73a77b486e47528f7cb1bffdb299/src/src/routers/dnslookup.c")
EXIM_DELIVER = ("Exim, deliver.c's mail-loop failure (src/src/deliver.c): " + _GH
                + "Exim/exim/blob/790fbb71d92b47c6637892f3feedc0f99000f01e/src/src/deliver.c")
NOTQMAIL = _GH + "notqmail/notqmail/blob/005c5752ae4c25fcead04bb4cbe3677470324f8a/"
QMAIL_SRC = ("qmail, the texts of qmail-local.c, qmail-remote.c and qmail-smtpd.c (notqmail): " + NOTQMAIL + "qmail-local.c, "
             + NOTQMAIL + "qmail-remote.c, " + NOTQMAIL + "qmail-smtpd.c")
VPOPMAIL = ("vpopmail, vdelivermail's texts (vdelivermail.c): " + _GH
            + "DerDakon/vpopmail/blob/00ece785b9ae234eab0713cd5cd2282d28f44447/vdelivermail.c")
DOVECOT = ("Dovecot, lib-storage's error strings (src/lib-storage/mail-error.h) and Pigeonhole's reject message "
           "(src/lib-sieve/ext-reject.c): " + _GH + "dovecot/core/blob/153e08d8f0bac5eb06cca5710212faeb41b47f0e/src/lib-storage/"
           "mail-error.h, " + _GH + "dovecot/pigeonhole/blob/06e785258a8df02c2c0d29bf8e98bd3c1e095626/src/lib-sieve/ext-reject.c")
CYRUS = ("Cyrus IMAP, lmtpd's replies (imap/lmtpengine.c) and error table (imap/imap_err.et): " + _GH
         + "cyrusimap/cyrus-imapd/blob/00d760ef827c64e802d8b4d13d166fe83c9c7918/imap/lmtpengine.c, " + _GH
         + "cyrusimap/cyrus-imapd/blob/00a42d2f09c45c4a924370fa5ee03adfe91980ae/imap/imap_err.et")
MAILDROP = ("Courier maildrop, its maildir delivery texts (maildrop/maildir.C; strerror() of the failed write): " + _GH
            + "svarshavchik/courier-libs/blob/fad0ccf44dfe2a27c10d932c6d424bc3ebe38bd0/maildrop/maildir.C")
SENDMAIL = "Sendmail, Installation and Operation Guide: https://www.sendmail.org/"
_SM = "https://github.com/freebsd/freebsd-src/blob/"
SENDMAIL_ERR = ("Sendmail, sm_errstring()'s connection and DNS texts (sendmail/err.c): " + _SM
                + "065a643db393fd78e62e8b414b4789e13fbdb5ae/contrib/sendmail/src/err.c")
SENDMAIL_EXIT = ("Sendmail, the texts of its exit statuses, sm_sysexmsg() (libsm/strexit.c): " + _SM
                 + "e226f8e879ed5a8d2f5cc433067b698e07dce0b6/contrib/sendmail/libsm/strexit.c")
SENDMAIL_ENVELOPE = ("Sendmail, dropenvelope()'s delay warning and Deliver-By expiry (sendmail/envelope.c): " + _SM
                     + "e8c96e01af86960b1b142e495910f573695971dd/contrib/sendmail/src/envelope.c")
SENDMAIL_PROTO = ("Sendmail, proto.m4's default reply for an access-map REJECT of a recipient (confRCPTREJ_MSG): " + _SM
                  + "ab5a9cbab45b524bd67604dcdbe60870697848d2/contrib/sendmail/cf/m4/proto.m4")
COURIER = ("Courier, its ESMTP client's messages (courier/module.esmtp/libesmtp.C): https://github.com/svarshavchik/courier/"
           "blob/db0c03846787ccd74d6ad9d6a7e07f98374f1e7c/courier/courier/module.esmtp/libesmtp.C")
ZIMBRA = ("Zimbra, its LMTP server's replies (store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java): "
          "https://github.com/Zimbra/zm-mailbox/blob/5c580876b855c8950619307e0e52dc6f8a570016/store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java")
RFC7505 = "RFC 7505 (null MX): https://www.rfc-editor.org/rfc/rfc7505"
HMAILSERVER = ("hMailServer, its delivery error texts (hmailserver/source/Server/SMTP/ExternalDelivery.cpp): "
               "https://github.com/hmailserver/hmailserver/blob/f1c31281a095995b1d94f4f66b191296f4ea0276/"
               "hmailserver/source/Server/SMTP/ExternalDelivery.cpp")
FML_REJECT = ("fml, RejectHandler()'s reply to a post from a non-member, \"You <poster> are not member (<list> ML)\" "
              "(kern/fml.pl): https://github.com/fmlorg/fml4/blob/00a2fc92fa0dbcff1039d0208636e02e837a4134/kern/fml.pl")
FML_SIZE = ("fml, NotifyMailSizeOverFlow()'s warning \"In-coming mail body size > N\" / \"In-coming mail size exceeds N "
            "bytes\" (proc/liberror.pl): https://github.com/fmlorg/fml4/blob/1be69ab14beb5c989ad4ad0a1dbdf74e0f12ee28/"
            "proc/liberror.pl")
DOMINO_LOOP = ("IBM Domino, technote 1148436: its delivery failure \"Maximum forwarding loop count exceeded, message "
               "probably in a forwarding loop\": http://www-01.ibm.com/support/docview.wss?uid=swg21148436")
JAMES = ("Apache James, RemoteDelivery's MailDelivrer (handleNoTargetServer): https://github.com/apache/james-project/blob/"
         "5bed53f784f41034cf5e2f84999c930b2f75d6e1/server/mailet/mailets/src/main/java/org/apache/james/transport/mailets/"
         "remote/delivery/MailDelivrer.java")

KERIO = ("Kerio Connect, its outbound delivery troubleshooting article (\"Result: delayed, Status: 4.4.1 Cannot connect to host\"): "
         "https://support.kerioconnect.gfi.com/hc/en-us/articles/4416310418706-Outbound-Email-Delivery-Troubleshooting-Article")
SMARTERMAIL = ("SmarterMail, its delivery failure texts (\"Failed Recipient: ... Reason: ...\") as hosting providers' help "
               "pages quote them: http://kb.indsoft.net/kb/a70/common-email-delivery-errors.aspx and "
               "http://support.rackteam.com/kb/a136/common-email-delivery-errors-you-may-receive.aspx")

MTAS: list[tuple[str, tuple[str, ...], str]] = [
    # Postfix smtpd refusals ("<what> rejected: <why>")
    ("requireptr", (r"cannot find your (?:reverse )?hostname", r"client host rejected: cannot find your"), POSTFIX),
    ("rejected", (r"sender address rejected", r"undeliverable sender address"), POSTFIX),
    ("userunknown", (r"user unknown in (?:local|virtual) (?:recipient|mailbox|alias) table",), POSTFIX),
    # the resolver's own failures (a refusing or broken name server, a CNAME loop): the lookup failed, the
    # domain is not known not to exist; these texts follow the "Host or domain name not found." prefix
    ("networkerror", (r"name service error for name=.{1,255} type=\w{1,10}: (?:non-recoverable error|malformed or unexpected name server reply)",
                      r"name server loop for "), POSTFIX_DNS),
    ("hostunknown", (r"name service error for .{1,255}: invalid host or domain name",), POSTFIX_DNS),
    ("hostunknown", (r"recipient address rejected: domain not found", r"host or domain name not found",
                     r"name service error for name=.{1,255} type=(?:mx|a|aaaa): host not found"), POSTFIX),
    ("norelaying", (r"relay access denied",), POSTFIX),
    ("blocked", (r"helo command rejected",), POSTFIX),
    ("notcompliantrfc", (r"bare <lf> received", r"bare <?lf>? received after data"), POSTFIX_BARE_LF),
    ("emailtoolarge", (r"message size exceeds fixed (?:maximum|limit)", r"message file too big"), POSTFIX),
    # the SMTP client's own failures: a connection lost in any phase it names (greeting, EHLO/HELO/LHLO, STARTTLS,
    # MAIL FROM ... end of data), a connect() that failed, an MX list that leads back to this host, local(8)'s
    # Delivered-To loop (loops are networkerror: Sisimai::Reason::NetworkError's manual gives "554 5.4.6 Too many
    # hops" as its example); TLS the policy required but did not get; a queue file it cannot read
    ("networkerror", (r"lost connection with .{1,300} while (?:receiving|performing|sending) ",), POSTFIX_TROUBLE),
    ("networkerror", (r"connect to .{1,300}: (?:no route to host|network is unreachable)",), POSTFIX_CONNECT),
    ("networkerror", (r"mail for .{1,255} loops back to myself", r"unable to find primary relay for "), POSTFIX_ADDR),
    ("networkerror", (r"mail forwarding loop for ",), POSTFIX_LOCAL_LOOP),
    ("failedstarttls", (r"server certificate not (?:trusted|verified)", r"client tls configuration problem"), POSTFIX_PROTO),
    ("systemerror", (r"unreadable mail queue entry",), POSTFIX_PROTO),
    # local(8)'s and virtual(8)'s mailbox write errors: a quota or mailbox_size_limit (EFBIG "File too large") is
    # the recipient's mailbox, a full disk the system's
    ("mailboxfull", (r"error writing message: (?:file too large|disk quota exceeded)",), POSTFIX_MBOX),
    ("systemfull", (r"error writing message: no space left on device",), POSTFIX_MBOX),
    ("networkerror", (r"lost connection with .{1,300} while (?:receiving the initial server greeting|performing the ehlo handshake|sending (?:mail from|rcpt to|message body|end of data))",
                      r"connect to .{1,300}: connection refused"), POSTFIX_BOUNCE),
    ("failedstarttls", (r"tls is required, but (?:was not offered|our tls engine is unavailable|host .{1,300} refused)",
                        r"cannot start tls", r"tls not available"), POSTFIX_BOUNCE),
    ("notaccept", (r"nullmx", r"null mx", r"does not accept mail \(nullmx\)"), RFC7505),
    # Exim: router and transport failures
    ("rejected", (r"sender verify failed", r"verification failed for <"), EXIM),
    ("hostunknown", (r"unrouteable address", r"all relevant mx records point to non-existent hosts",
                     r"unrouteable mail domain"), EXIM),
    # (a sender's own "sending quota exceeded" is a rate limit, not this mailbox quota)
    ("mailboxfull", (r"mailbox quota exceeded", r"mailbox is full", r"(?<!sending )quota exceeded"), EXIM),
    # Exim's smtp transport: no address for any host of the domain (for good, or for now), a connection the remote
    # closed, a TLS session hosts_require_tls asked for
    ("hostunknown", (r"all host address lookups (?:for '[^']{1,255}' )?failed permanently",), EXIM_SMTP),
    ("networkerror", (r"all host address lookups (?:for '[^']{1,255}' )?failed temporarily",
                      r"remote host closed connection in response to"), EXIM_SMTP),
    ("failedstarttls", (r"a tls session is required, but",), EXIM_SMTP),
    # the dnslookup router: a DNS lookup that did not complete; a domain that is not a domain, or whose MX names
    # an IP address; an SRV record that says "no service" (its target is ".")
    ("networkerror", (r"host lookup did not complete",), EXIM_DNSLOOKUP),
    ("hostunknown", (r"mail domain .{1,255} is syntactically invalid", r"has installed an invalid mx record with an ip address"),
     EXIM_DNSLOOKUP),
    ("notaccept", (r"an srv record indicated no smtp service",), EXIM_DNSLOOKUP),
    # mail loops, networkerror like Postfix's above (Sisimai::Reason::NetworkError's example is "554 5.4.6 Too many
    # hops"): Exim's Received count, qmail-local's Delivered-To check, qmail-smtpd's hop count, vdelivermail's, and
    # qmail's MX that points back at a host that does not take the domain (#5.4.6, RFC 3463's routing loop)
    ("networkerror", (r"too many \"?received\"? headers - suspected mail loop",), EXIM_DELIVER),
    ("networkerror", (r"this message is looping: it already has my delivered-to line", r"too many hops, this message is looping",
                      r"\b(?:mail|message) is looping\b", r"sorry\. although i'?m listed as a best-preference mx"), QMAIL_SRC),
    # qmail-local's and vdelivermail's own trouble with the recipient's maildir or home directory
    ("systemerror", (r"unable to chdir to maildir", r"temporary error on maildir delivery", r"home directory is writable",
                     r"auto (?:re-)?creation of maildir failed"), QMAIL_SRC),
    # a message SMTP cannot carry as it is: a final line without its line end, bare LF (qmail-smtpd points at its
    # explanation page); Cyrus lmtpd's refusals of a message's form (5.6.0)
    ("notcompliantrfc", (r"cannot transfer messages with partial final lines", r"docs/smtplf\.html"), QMAIL_SRC),
    ("notcompliantrfc", (r"message contains (?:bare newlines|nul characters|invalid header|non-ascii characters in headers)",
                         r"message has no header/body separator"), CYRUS),
    # Cyrus: the mailbox's ACL gives the sender no right to post (the recipient side's setting); its quota texts
    ("filtered", (r"you do not have permission to post a message to this mailbox",), CYRUS),
    ("mailboxfull", (r"mailbox is over \w{1,20} quota",), CYRUS),
    # Dovecot: a mailbox lock that timed out is the server's own trouble, not a slow remote
    ("systemerror", (r"timeout while waiting for lock",), DOVECOT),
    # maildrop: a maildir that stayed busy; a disk that is full (strerror(ENOSPC))
    ("systemerror", (r"maildrop: time out on maildir directory",), MAILDROP),
    ("systemfull", (r"no space left on device",), MAILDROP),
    # Exim's own words when it gives up ("...: retry timeout exceeded") are in the broad table: the remote
    # server's last reply before them says what went wrong

    ("ratelimited", (r"daily relay quota", r"relay quota"), "seen: Exim-based providers' relay limits (two corpus senders)"),
    # what Exim answers when an ACL check defers (a lookup or a local resource failed for now)
    ("systemerror", (r"temporary local problem",), EXIM),
    # qmail
    ("hostunknown", (r"sorry, i couldn'?t find any host (?:named|by that name)",), QMAIL),
    ("norelaying", (r"isn'?t in my list of allowed rcpthosts",), QMAIL),
    ("networkerror", (r"connected to .{1,100} but (?:greeting failed|connection died)",
                      r"wasn'?t able to establish an smtp connection"), QMAIL),
    ("notaccept", (r"couldn'?t find a mail exchanger",), QMAIL),
    ("userunknown", (r"sorry, no mailbox here by that name",), QMAIL),
    # a directory (LDAP) lookup the receiving system could not make, then qmail-send's give-up line: the cause is
    # the system's, not the queue's (the example of Sisimai::Reason::SystemError's manual page)
    ("systemerror", (r"unable to contact ldap server", r"ldap (?:server |connection |lookup )?(?:failure|failed|error|unavailable)"),
     "Sisimai::Reason::SystemError, its example (qmail, LDAP): https://metacpan.org/pod/Sisimai::Reason::SystemError"),
    ("expired", (r"i'?m not going to try again; this message has been in the queue too long",), QMAIL),
    ("blocked", (r"my name was rejected",), "seen: qmail transcripts from two senders"),
    # Sendmail
    ("userunknown", (r"\.\.\. user unknown",), SENDMAIL),
    # sm_errstring(): a connection refused or reset by a named host, a host that is down, a DNS lookup that failed
    # for now or for good on the name server's side (not "host not found"); written after "Deferred: " (which
    # says only that it will be retried)
    ("networkerror", (r"connection (?:refused|reset) by [\w-]{1,63}\.[\w.-]{1,255}", r"\bhost [\w-]{1,63}\.[\w.-]{1,255} is down",
                      r"name server: .{1,255}: (?:host name lookup failure|non-recoverable error)"), SENDMAIL_ERR),
    # the exit statuses' texts (sysexits): the system's own trouble ("Remote protocol error" has no row: Sendmail
    # writes it beside the remote's own reply, which says more)
    ("systemerror", (r"\b(?:operating system error|i/o error|system file missing|local configuration error)\b",), SENDMAIL_EXIT),
    ("expired", (r"could not send message for past \d", r"delivery time expired \d{1,10}s"), SENDMAIL_ENVELOPE),
    # an access-map REJECT for this recipient (Sisimai::Reason::Filtered names 5.2.1): the recipient side's setting
    ("filtered", (r"mailbox disabled for this recipient",), SENDMAIL_PROTO),
    ("hostunknown", (r"\.\.\. host unknown", r"name server: .{1,255}: host not found"), SENDMAIL),
    ("expired", (r"could not be delivered for \d", r"cannot send message for \d", r"message could not be delivered for"), SENDMAIL),
    ("mailboxfull", (r"can'?t create output",), SENDMAIL),
    # the DNS lookup of the recipient's domain timed out ("451 <addr>... <domain>: Name server timeout"): a
    # network failure on the way, not a retry period that ran out
    ("networkerror", (r"name server timeout",), "seen: Sendmail's DNS deferral quoted by Sakura Internet (https://help.sakura.ad.jp/rs/2265) and mediarium (https://mediarium.hatenadiary.org/entry/20070906)"),
    # the access map's TLS requirement (ENCR:112) not met: no or too weak encryption
    ("failedstarttls", (r"encryption too weak \d+ less than \d+",), SENDMAIL),
    ("mailererror", (r"unknown mailer", r"\.\.\. service unavailable\b.{0,40}mailer"), SENDMAIL),
    # Courier: a route that requires STARTTLS (esmtproutes /SECURITY=STARTTLS) to a server without it, and
    # a connection the remote closed (written as a temporary error: a bounce means it retried until the end)
    ("failedstarttls", (r"unable to set minimum security level", r"security=starttls requested for this message"), COURIER),
    ("networkerror", (r"network connection shut down by the remote mail server", r"connection closed by remote host"), COURIER),
    # the recipient's domain has no mail server: hMailServer's "No mail servers appear to exists for the recipient's
    # address." and James's "There are no DNS entries for the hostname <domain>."
    ("hostunknown", (r"no mail servers appear to exists? for the recipient'?s address",), HMAILSERVER),
    ("hostunknown", (r"there are no dns entries for the hostname",), JAMES),
    # SmarterMail: a mistyped domain ("Failed to connect to the recipients mail server. No MX records were found for
    # the '<domain>' domain."), its retries given up ("Failed four Attempts to connect to recipients mail server",
    # "Failed all attempts to connect to the recipients mail server"), a recipient domain over its disk allocation
    # (a quota, not a full disk)
    ("hostunknown", (r"recipients? mail server\. no mx records were found for the ",), SMARTERMAIL),
    ("expired", (r"failed (?:all|\w{1,10}) attempts to connect to (?:the )?recipients? mail server",), SMARTERMAIL),
    ("mailboxfull", (r"the domain size limit has been exceeded",), SMARTERMAIL),
    # Kerio Connect: the remote host could not be reached (its delay notice names the cause; a final failure after
    # retries is read as expired by the gave-up rule)
    ("networkerror", (r"\bcannot connect to host\b",), KERIO),
    # dovecot-lda's rejection_reason and Pigeonhole's reject action: the recipient's Sieve script refused the mail
    # (a quota message inside it is read by the mailboxfull rows above first)
    ("filtered", (r"your message to <[^>]{1,255}> was automatically rejected:",), DOVECOT),
    # Zimbra's LMTP server: TLS required on the LMTP connection; its generic temporary delivery failure; its
    # service disabled (RFC 5321's 421 text with Zimbra's 4.3.2: a greeting refusal without the code stays the host's)
    ("failedstarttls", (r"accepts messages only on tls connection",), ZIMBRA),
    ("systemerror", (r"temporary message delivery failure", r"\b4\.3\.2 service not available, closing transmission channel"), ZIMBRA),
    # Domino's Router: a message that keeps being forwarded between its servers (a loop: networkerror, like the
    # Postfix, Exim and qmail loops above)
    ("networkerror", (r"maximum forwarding loop count exceeded", r"message probably in a forwarding loop"), DOMINO_LOOP),
    # fml: the list takes posts from members only and the poster is not one (the sender refused, as the
    # mailing-list notices read by formats/mailinglists.py)
    ("rejected", (r"\bare not member \([\w.+-]{1,64} ml\)",), FML_REJECT),
    ("emailtoolarge", (r"in-coming mail (?:body )?size (?:> ?\d|exceeds \d)",), FML_SIZE),
]
