"""Wordings and codes of particular receiving services, each row with the page it comes from.

A row here is tried before the general wordings (:mod:`.wording`): a provider's own
code says more than any general phrase.  Every row names its source: the provider's
published error reference, or (``seen:``) the receivers whose bounces carry the same
wording.  Add a row only with such a source.

Rows: ``(reason, phrases, source)``, optionally a fourth item ``{command: reason}`` where the
provider's wording means something else as the answer to that SMTP command; phrases are
lower-case regular expressions searched in the remote server's reply.
"""

# ruff: noqa: E501 - data tables read better unbroken

from __future__ import annotations

GOOGLE = "Google Workspace, Gmail SMTP errors and codes: https://support.google.com/a/answer/3726730"
MICROSOFT = ("Microsoft, Email non-delivery reports and SMTP errors in Exchange Online: "
             "https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online")
MICROSOFT_2025 = ("Microsoft, Outlook's requirements for high-volume senders (2025, 550 5.7.515): "
                  "https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730")
YAHOO = "Yahoo Sender Hub, SMTP error codes: https://senders.yahooinc.com/smtp-error-codes/"
COX = "Cox, email error codes (AUP#…): https://www.cox.com/residential/support/email-error-codes.html"
SPECTRUM = "Spectrum, understanding email error codes (AUP#…): https://www.spectrum.net/support/internet/understanding-email-error-codes"
ORANGE = "Orange postmaster, OFR error codes: https://postmaster.orange.fr/"
ZOHO = "Zoho Mail, SMTP error codes: https://www.zoho.com/mail/help/adminconsole/smtp-error-codes.html"
MIMECAST = "Mimecast, SMTP error codes: https://community.mimecast.com/s/article/email-security-cloud-gateway-mimecast-smtp-error-codes"

PROVIDERS: list[tuple] = [  # (reason, phrases, source[, {command: reason}])
    # --- Gmail: the 2024-2025 sender rules, worded "rate limited because ..." (temporary) or
    # "blocked because ..." (permanent); the cause named after "because" is what happened.
    ("authfailure", (r"\b[45]\.7\.27\b.{0,200}?\bspf\b", r"spf authentication didn'?t pass"), GOOGLE),
    ("authfailure", (r"\b[45]\.7\.30\b.{0,200}?\bdkim\b", r"dkim authentication didn'?t pass",
                     r"dkim (?:check )?(?:did ?n[o']t|does ?n[o']t) pass"), GOOGLE),
    ("authfailure", (r"\b[45]\.7\.32\b", r"from: header .{0,40}isn'?t aligned", r"not aligned with (?:either )?the authenticated"), GOOGLE),
    ("failedstarttls", (r"\b[45]\.7\.29\b.{0,200}?\btls\b", r"pipeline after starttls", r"(?:was ?n[o']t|not) sent over (?:a )?tls"), GOOGLE),
    ("authfailure", (r"\b[45]\.7\.26\b", r"this mail is unauthenticated", r"unauthenticated email from .{1,200} is not accepted",
                     r"authenticate with at least one of spf or dkim"), GOOGLE),
    ("blocked", (r"\b5\.7\.1\b.{0,20}our system has detected an unusual rate",
                 r"unusual rate of unsolicited (?:e-?)?mail .{0,200}has been blocked",
                 r"not authorized to send email directly to our servers"), GOOGLE),
    ("notcompliantrfc", (r"email message is malformed", r"not rfc ?(?:5322|2822) compliant", r"encoded-word syntax is not permitted",
                         r"unicode character in a disallowed header", r"multiple addresses in the from: header"), GOOGLE),
    ("ratelimited", (r"\b[45]\.7\.28\b", r"unusual rate of unsolicited mail", r"receiving mail at a rate that"), GOOGLE),
    ("requireptr", (r"\b[45]\.7\.25\b", r"does not have a ptr record", r"ptr record setup"), GOOGLE),
    ("suspend", (r"account that you tried to reach is disabled", r"account that you tried to reach is inactive"), GOOGLE),
    ("mailboxfull", (r"account that you tried to reach is over quota", r"inbox is out of storage space",
                     r"out of storage space"), GOOGLE),
    ("userunknown", (r"account that you tried to reach does not exist",), GOOGLE),
    ("ratelimited", (r"receiving (?:e-?)?mail (?:too quickly|at a rate)", r"peak smtp relay limit exceeded",
                     r"daily (?:user )?(?:sending|smtp relay) limit exceeded", r"daily (?:user )?sending quota exceeded"), GOOGLE),
    # Amazon SES's SMTP interface answers a sender over its sending quota or rate with these (tried
    # before the general "quota exceeded" of a full mailbox)
    ("ratelimited", (r"daily message quota exceeded", r"maximum sending rate exceeded"),
     "Amazon SES, errors related to the sending quotas (454 Throttling failure: ...): https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html"),
    ("badreputation", (r"very low reputation of the sending (?:ip|domain)",), GOOGLE),
    ("authfailure", (r"spf record of the sending domain",), GOOGLE),
    ("notcompliantrfc", (r"missing a valid message-id", r"not rfc ?5322 compliant", r"is not rfc ?5322",
                         r"multiple (?:from|to|subject|date|sender|message-id) headers"), GOOGLE),
    ("emailtoolarge", (r"message exceeded .{0,20}limit for messages", r"size of your message .{0,60}exceeded"), GOOGLE),
    # Sisimai's PolicyViolation page: content or format against the receiver's security policy (its example
    # is Gmail's own 552-5.7.0 attachment refusal)
    ("policyviolation", (r"blocked for security reasons", r"potential security issue", r"illegal attachment"), GOOGLE),
    # "Send mail as" with another provider's server whose settings no longer work: the sender's side
    ("rejected", (r"'send mail as' account are misconfigured", r"customfromdenied"),
     "Google, Gmail help CustomFromDenied: https://support.google.com/mail/?p=CustomFromDenied"),
    # --- Microsoft 365 / Outlook.com
    ("authfailure", (r"\b5\.7\.515\b", r"(?:does ?n[o']t|not) meet the required authentication", r"required authentication level"), MICROSOFT_2025),
    ("authfailure", (r"\b5\.7\.509\b", r"does not pass dmarc verification", r"\b5\.7\.23\b.{0,100}\bspf\b"), MICROSOFT),
    ("userunknown", (r"resolver\.adr\.recipnotfound", r"resolver\.adr\.recipientnotfound", r"recipient address rejected: access denied"),
     MICROSOFT),
    ("blocked", (r"\b5\.7\.6(?:0[6-9]|[1-4]\d)\b",
                 r"banned sending ip", r"access denied, banned sending", r"\b5\.7\.708\b", r"traffic not accepted from this ip",
                 r"\bs3150\b", r"part of their network is on our block list"), MICROSOFT),
    ("ratelimited", (r"thread limit exceeded", r"submission quota exceeded", r"exceeded permitted limits"), MICROSOFT),
    ("rejected", (r"\b5\.7\.50[123]\b", r"spam abuse detected", r"banned sender"), MICROSOFT),
    # 4.7.500-699 and 4.7.850-899 "Access denied, please try again later": the sending IP held back as suspicious
    ("blocked", (r"\b[45]\.7\.85\d\b", r"access denied, please try again later", r"\b5\.7\.507\b", r"rejected by recipient"), MICROSOFT),
    ("userunknown", (r"\b5\.7\.50[45]\b", r"banned recipient"), MICROSOFT),
    ("securityerror", (r"\b5\.7\.57\b", r"client was not authenticated to send anonymous mail",
                       r"\b5\.7\.139\b", r"authentication unsuccessful"), MICROSOFT),
    ("notcompliantrfc", (r"barelinefeedsareillegal", r"\b5\.6\.11\b"), MICROSOFT),
    ("rejected", (r"\b5\.7\.705\b", r"tenant has exceeded threshold", r"\b5\.7\.750\b", r"unregistered domain email is restricted"), MICROSOFT),
    ("ratelimited", (r"\b5\.2\.121\b", r"\b5\.2\.122\b", r"recipientthresholdexceeded", r"\b4\.5\.1[0-9]\b"), MICROSOFT),
    ("networkerror", (r"dns query failed",), MICROSOFT),
    # --- Yahoo Inc. (yahoo.com, aol.com): the bracketed codes of its error reference
    ("blocked", (r"\[tss09\]", r"permanently deferred", r"\[bl2[1-3]\]", r"connections will not be accepted from \d"), YAHOO),
    ("suspend", (r"this account has been disabled or discontinued", r"disabled or discontinued"), YAHOO),
    # "dd This user doesn't have a ... account": a refusal of this recipient (Sisimai's Filtered page:
    # "almost the same as UserUnknown"); said to RCPT TO it is the address itself that does not exist
    ("filtered", (r"this user doesn't have an? \S{1,100} account",), YAHOO, {"RCPT": "userunknown"}),
    ("rejected", (r"unresolvable rfc\.?532[12] from domain",), YAHOO),
    ("policyviolation", (r"message not accepted for policy reasons",), YAHOO),
    ("blocked", (r"\bvs\d{1,3}-ip\d?\b", r"mail from \d{1,3}(?:\.\d{1,3}){3} not allowed"), YAHOO),
    ("badreputation", (r"temporarily deferred - 4\.16\.5\d",), YAHOO),
    # --- Zoho Mail
    ("filtered", (r"mail rejected by destination domain", r"mailbox delivery restricted by policy"), ZOHO),
    ("rejected", (r"relaying disallowed as",), ZOHO),
    # --- Orange (France): "OFR..." codes; the French text is followed by its English translation
    ("blocked", (r"client host blocked", r"adresse ip source bloquee", r"service refus"), ORANGE),
    ("spamdetected", (r"mail rejete",), ORANGE),
    # --- Amazon SES: its suppression list
    ("suppressed", (r"has suppressed sending to this address", r"on the (?:account-level |global )?suppression list"),
     "Amazon SES, using the suppression list: https://docs.aws.amazon.com/ses/latest/dg/sending-email-suppression-list.html"),
    # --- AOL (now Yahoo Inc.): RTR and CON codes of its postmaster pages
    ("blocked", (r"\brtr:(?:bb|rd|gd|db)\b", r"\bcon:b1\b"), "AOL postmaster error codes (554 RTR:*, CON:B1): https://senders.yahooinc.com/smtp-error-codes/"),
    # --- Microsoft: the recipient side restricts who may write to this mailbox or group
    ("filtered", (r"\b5\.7\.1(?:2|24|33|34|35|36)\b", r"sender not in allowed-senders list",
                  r"sender was not authenticated by organization",
                  r"sender (?:was )?not authenticated for (?:group|mailbox|public folder)"), MICROSOFT),
    # --- Cox / Charter-Spectrum acceptable-use codes
    ("blocked", (r"aup#cdrbl", r"aup#i-?1010\b", r"aup#cxsndr"), COX),
    ("ratelimited", (r"aup#(?:in?-)?13[1-4]0\b",), SPECTRUM),
    # --- Mimecast
    ("userunknown", (r"recipient (?:email )?address is possibly incorrect",), MIMECAST),
    ("policyviolation", (r"network not allowed",), MIMECAST),
    # --- Japanese carriers: a refusal by the recipient's own settings (指定受信/受信拒否) reads
    # "550 Unknown user" or "... user unknown" after DATA; the decision module gives both readings.
    ("filtered", (r"受信拒否", r"指定受信", r"迷惑メール(?:フィルター|設定)"), "seen: NTT docomo, au (KDDI) and SoftBank notices"),
    # au (KDDI) answers a refusal by the recipient's settings with "550 : User unknown" (the colon
    # right after the code), relayed unchanged by Postfix, Sendmail, Exchange Online and Gmail
    ("filtered", (r"\b5\d\d :[ ]?user unknown",), "seen: au (KDDI) refusals relayed by five different MTAs"),
    ("filtered", (r"refused due to recipient preferences",), "seen: Facebook and Meta notices"),
]
