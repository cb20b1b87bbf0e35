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
EXIM = "Exim, the specification, chapters on routers, the appendfile transport and retry rules: https://www.exim.org/exim-html-current/doc/html/spec_html/"
QMAIL = "qmail, qmail-remote(8) and qmail-send(8): https://cr.yp.to/qmail.html"
SENDMAIL = "Sendmail, Installation and Operation Guide: https://www.sendmail.org/"
COURIER = ("Courier, its ESMTP client's messages (courier/module.esmtp/libesmtp.C): https://github.com/svarshavchik/courier/"
           "blob/db0c03846787ccd74d6ad9d6a7e07f98374f1e7c/courier/courier/module.esmtp/libesmtp.C")
RFC7505 = "RFC 7505 (null MX): https://www.rfc-editor.org/rfc/rfc7505"
HMAILSERVER = ("hMailServer, its delivery error texts (hmailserver/source/Server/SMTP/ExternalDelivery.cpp): "
               "https://github.com/hmailserver/hmailserver/blob/f1c31281a095995b1d94f4f66b191296f4ea0276/"
               "hmailserver/source/Server/SMTP/ExternalDelivery.cpp")
JAMES = ("Apache James, RemoteDelivery's MailDelivrer (handleNoTargetServer): https://github.com/apache/james-project/blob/"
         "5bed53f784f41034cf5e2f84999c930b2f75d6e1/server/mailet/mailets/src/main/java/org/apache/james/transport/mailets/"
         "remote/delivery/MailDelivrer.java")

MTAS: list[tuple[str, tuple[str, ...], str]] = [
    # Postfix smtpd refusals ("<what> rejected: <why>")
    ("requireptr", (r"cannot find your (?:reverse )?hostname", r"client host rejected: cannot find your"), POSTFIX),
    ("rejected", (r"sender address rejected", r"undeliverable sender address"), POSTFIX),
    ("userunknown", (r"user unknown in (?:local|virtual) (?:recipient|mailbox|alias) table",), POSTFIX),
    ("hostunknown", (r"recipient address rejected: domain not found", r"host or domain name not found",
                     r"name service error for name=.{1,255} type=(?:mx|a|aaaa): host not found"), POSTFIX),
    ("norelaying", (r"relay access denied",), POSTFIX),
    ("blocked", (r"helo command rejected",), POSTFIX),
    ("notcompliantrfc", (r"bare <lf> received", r"bare <?lf>? received after data"), POSTFIX_BARE_LF),
    ("emailtoolarge", (r"message size exceeds fixed (?:maximum|limit)", r"message file too big"), POSTFIX),
    ("networkerror", (r"lost connection with .{1,300} while (?:receiving the initial server greeting|performing the ehlo handshake|sending (?:mail from|rcpt to|message body|end of data))",
                      r"connect to .{1,300}: connection refused"), POSTFIX_BOUNCE),
    ("failedstarttls", (r"tls is required, but (?:was not offered|our tls engine is unavailable|host .{1,300} refused)",
                        r"cannot start tls", r"tls not available"), POSTFIX_BOUNCE),
    ("notaccept", (r"nullmx", r"null mx", r"does not accept mail \(nullmx\)"), RFC7505),
    # Exim: router and transport failures
    ("rejected", (r"sender verify failed", r"verification failed for <"), EXIM),
    ("hostunknown", (r"unrouteable address", r"all relevant mx records point to non-existent hosts",
                     r"unrouteable mail domain"), EXIM),
    ("mailboxfull", (r"mailbox quota exceeded", r"mailbox is full", r"quota exceeded"), EXIM),
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
    ("notaccept", (r"couldn'?t find a mail exchanger", r"sorry\. although i'?m listed as a best-preference mx"), QMAIL),
    ("userunknown", (r"sorry, no mailbox here by that name",), QMAIL),
    ("expired", (r"i'?m not going to try again; this message has been in the queue too long",), QMAIL),
    ("blocked", (r"my name was rejected",), "seen: qmail transcripts from two senders"),
    # Sendmail
    ("userunknown", (r"\.\.\. user unknown",), SENDMAIL),
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
]
