"""Which MTA or provider wrote a bounce: a table of signatures, used for ``decodedby``.

The structure of these bounces is read by the DSN parser and the generic
text scanner; this table only names the family, so readers (and the page)
can tell a Postfix bounce from an Exchange one.  Each row: name, where to
look ("from", "subject", "headers" = all header names and values, "text" =
the notification text), and a lower-case literal.
"""

from __future__ import annotations

SIGNATURES: tuple[tuple[str, str, str], ...] = (
    ("AmazonSES", "headers", "amazonses.com"),
    ("AmazonWorkMail", "headers", "x-mailer: amazon workmail"),
    ("GoogleGroups", "text", "google groups"),
    ("Gmail", "from", "mailer-daemon@googlemail.com"),
    ("Gmail", "text", "delivery to the following recipient failed"),
    ("Office365", "text", "protection.outlook.com"),
    ("Exchange", "headers", "x-ms-exchange"),
    ("Exchange", "text", "delivery has failed to these recipients"),
    ("Exchange", "text", "did not reach the following recipient"),
    ("Outlook", "from", "hotmail.com"),
    ("Outlook", "from", "outlook.com"),
    ("Yahoo", "from", "yahoo"),
    ("Aol", "from", "aol.com"),
    ("Zoho", "from", "zoho"),
    ("GMX", "from", "gmx."),
    ("MailRu", "from", "mail.ru"),
    ("Yandex", "from", "yandex"),
    ("docomo", "headers", "docomo.ne.jp"),
    ("au (KDDI)", "headers", "ezweb.ne.jp"),
    ("au (KDDI)", "headers", "au.com"),
    ("au (KDDI)", "headers", "dion.ne.jp"),
    ("SoftBank", "headers", "softbank.ne.jp"),
    ("Biglobe", "headers", "biglobe.ne.jp"),
    ("Barracuda", "headers", "barracuda"),
    ("Mimecast", "headers", "mimecast"),
    ("TrendMicro", "text", "interscan"),
    ("McAfee", "headers", "x-nai-header"),
    ("Domino", "text", "lotus"),
    ("Domino", "headers", "lotus"),
    ("SendGrid", "headers", "sendgrid"),
    ("PowerMTA", "headers", "powermta"),
    ("DragonFly", "text", "dragonfly mail agent"),
    ("OpenSMTPD", "text", "this is the mailer-daemon, please do not reply"),
    ("Courier", "text", "courier mail server"),
    ("qmail", "text", "this is the qmail-send program"),
    ("qmail", "text", "qmail"),
    # MTAs whose notices are read by the DSN parser and the text scanner, named from their own templates:
    # chasquid internal/queue/dsn.go (its From address; it writes X-Failed-Recipients too), Haraka
    # config/outbound.bounce_message, maddy internal/dsn/dsn.go, Stalwart crates/smtp/src/queue/dsn.rs,
    # hMailServer SMTPClientConnection.cpp and its SEND_FAILED_NOTIFICATION, Apache James DSNBounce.java
    ("chasquid", "from", "postmaster-dsn@"),
    ("Haraka", "text", "this is the haraka mailer program"),
    ("maddy", "text", "contact the postmaster for further assistance, provide the message id"),
    ("Stalwart", "text", "' rejected command '"),
    ("hMailServer", "text", "hmailserver sent:"),
    ("hMailServer", "text", "\nhmailserver\n"),
    ("James", "text", "this is the james mail server at"),
    # Oracle (Sun Java System) Messaging Server / PMDF: its notice's opening sentence; Ipswitch IMail: its
    # notices' X-Mailer "<SMTP32 v...>"; SmarterMail: its failure list as hosting providers' help pages quote it
    # (kb.indsoft.net/kb/a70, support.rackteam.com/kb/a136)
    ("MessagingServer", "text", "this report relates to a message you sent with the following header fields"),
    ("IMail", "headers", "x-mailer: <smtp32 v"),
    ("SmarterMail", "text", "could not deliver message to the following recipient(s):"),
    ("Exim", "headers", "x-failed-recipients"),
    ("Exim", "text", "this message was created automatically by mail delivery software"),
    ("Postfix", "headers", "x-postfix"),
    ("Postfix", "text", "this is the mail system at host"),
    ("Postfix", "text", "this is the postfix program"),
    ("Sendmail", "text", "----- transcript of session follows -----"),
    ("Sendmail", "text", "the original message was received at"),
)


def name_of(msg) -> str:
    """The family name of the MTA or provider that wrote ``msg``; "" when unknown."""
    frm = msg.headers.get("from").lower()
    subject = msg.subject.lower()
    headers = "\n".join(map(": ".join, msg.headers.items[:200])).lower()
    text = msg.text[:6000].lower()
    where = {"from": frm, "subject": subject, "headers": headers, "text": text}
    for name, place, needle in SIGNATURES:
        if needle in where[place]:
            return name
    return ""
