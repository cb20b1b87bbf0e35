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
MICROSOFT_2022 = ("Microsoft, Email non-delivery reports and SMTP errors in Exchange Online (the 2022 table: 4.7.321-325 and "
                  "5.7.321-325 DANE/DNSSEC/certificate failures, 5.7.510 no mail over IPv6, 5.7.511 banned sending IP): "
                  "https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online")
MICROSOFT_ARTICLES = ("Microsoft, Exchange Online NDR support articles (450 4.4.317 UntrustedRoot, 550 5.1.20 multiple From addresses, "
                      "550 5.7.703 Tenant Allow Block List): https://learn.microsoft.com/troubleshoot/exchange/email-delivery/ndr/"
                      "fix-error-code-450-4-4-317-untrusted-root, .../fix-error-code-550-5-1-20-multiple-from-addresses, "
                      ".../fix-error-codes-550-5-7-703-550-5-7-705-550-5-7-708-550-5-7-750")
EXCHANGE_SERVER = ("Microsoft, DSNs and NDRs in Exchange Server 2016/2019, common enhanced status codes: "
                   "https://learn.microsoft.com/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages")
SIMPLELOGIN = ("SimpleLogin, SMTP statuses of its email handler (E5xx): "
               "https://github.com/simple-login/app/blob/master/app/email/status.py")
YAHOO = "Yahoo Sender Hub, SMTP error codes: https://senders.yahooinc.com/smtp-error-codes/"
COX = "Cox, email error codes (AUP#…): https://www.cox.com/residential/support/email-error-codes.html"
SPECTRUM = "Spectrum, understanding email error codes (AUP#…): https://www.spectrum.net/support/internet/understanding-email-error-codes"
ORANGE = "Orange postmaster, OFR error codes: https://postmaster.orange.fr/"
COX_POSTMASTER = "Cox postmaster, Error Codes (CXBL, CDRBL, IPBL*, 452): http://postmaster.cox.net/confluence/display/postmaster/Error+Codes"
COMCAST = ("Comcast postmaster, mail delivery error codes (ES*, BL*, 421 non-specific): http://postmaster.comcast.net/mail-error-codes.html, "
           "http://security.comcast.net/get-help/Mail-Delivery-Error-Messages.aspx")
IONOS = ("1&1 IONOS / WEB.DE / GMX, SMTP error messages of the mail servers: "
         "https://help.1and1.com/e-mail-and-office-c37589/1and1-postmaster-c85193/smtp-error-messages-for-the-1and1-mail-server-a793087.html, "
         "https://postmaster.web.de/error-messages")
YANDEX = "Yandex Mail, report on non-delivery to Yandex: https://www.yandex.com/support/mail/bounces/yandex.html"
ATT = ("AT&T Worldnet / BellSouth, error message summary: http://worldnet.att.net/general-info/bls_info/block_enduser.html, "
       "http://rbl.att.net/block_enduser.html")
NETEASE = ("NetEase (163.com/126.com, enterprise mail) bounce codes HL:/MI:/RP:/DT:/WM: (copies of its list: "
           "https://biecuoliao.com/pa/MBRrwEM.html, http://163ns.com.cn/mail/MailFAQ.htm)")
ZOHO = "Zoho Mail, SMTP error codes: https://www.zoho.com/mail/help/adminconsole/smtp-error-codes.html"
MIMECAST = "Mimecast, SMTP error codes: https://community.mimecast.com/s/article/email-security-cloud-gateway-mimecast-smtp-error-codes"
MIMECAST_CODES = ("Mimecast SMTP Error Codes (421 Sender address blocked / Unable to process connection, 451 Internal "
                  "resource temporarily unavailable): https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754")
MIMECAST_SEEN = ("Mimecast rejections linked to its error-code page (DOC-1369), as seen in bounce logs: "
                 "https://wordtothewise.com/2018/07/who-are-mimecast")
SOPHOS = ("Sophos Email, SMTP error codes (XGEMAIL_0001-0015): "
          "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html")
CISCO = ("Cisco (IronPort) AsyncOS for Email, SPF verification defaults of a listener (reject 550 '#5.7.1 SPF unauthorized mail "
         "is prohibited.', defer 451 '#4.4.3 Temporary error occurred during SPF verification.'): AsyncOS CLI Reference Guide, "
         "https://manualsbrain.com/en/manuals/1700579/?page=292")
TRENDMICRO = ("Trend Micro Deep Discovery Email Inspector, SMTP error codes (ERS zombie / RBL+ denials): "
              "https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes")
BROADCOM = ("Broadcom (Symantec Email Security.cloud / MessageLabs), outbound mail returned by mailer-daemon@messagelabs.com "
            "(the refusals it relays, grouped by cause; '552 MS-Office file containing VBA macros found inside of the email' "
            "under content): https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html")
TRENDMICRO_IMSS = ("Trend Micro InterScan Messaging Security, '550 Domain of forward path is not allowed' (recipient domain not a "
                   "relay domain): https://success.trendmicro.com/dcx/s/solution/1106332")

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
    # 534 5.7.9 to SMTP AUTH: the account needs an app password (a refusal of the login, not of the mail)
    ("securityerror", (r"application-specific password required",), GOOGLE),
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
    ("ratelimited", (r"thread limit exceeded", r"submission quota (?:was )?exceeded", r"exceeded permitted limits"), MICROSOFT),
    # the newer table: 5.7.511 "Access denied, banned sender" is the sending IP banned (delist portal); 5.7.510 the
    # recipient's domain takes no mail over IPv6 (the sending host's address): tried before "banned sender"
    ("blocked", (r"\b5\.7\.51[01]\b", r"does not accept email over ipv6"), MICROSOFT_2022),
    # the destination's TLS: DANE/DNSSEC/certificate checks (4.7.321-325, 5.7.321-325), a certificate chain that
    # does not lead to a trusted root (450 4.4.317 "[Message=UntrustedRoot]")
    ("failedstarttls", (r"\b[45]\.7\.32[1-5]\b", r"starttls-not-supported", r"certificate-expired", r"tlsa-invalid",
                        r"dnssec-invalid", r"certificate-host-mismatch", r"failed dane validation"), MICROSOFT_2022),
    ("failedstarttls", (r"message=untrustedroot",), MICROSOFT_ARTICLES),
    ("notcompliantrfc", (r"multiple from addresses are not allowed",), MICROSOFT_ARTICLES),
    # 5.7.703: the sender's own organization blocks this recipient or domain (Tenant Allow/Block List)
    ("policyviolation", (r"\b5\.7\.703\b", r"using tenant allow block list"), MICROSOFT_ARTICLES),
    ("rejected", (r"\b5\.7\.50[123]\b", r"spam abuse detected", r"banned sender"), MICROSOFT),
    # 4.7.500-699 and 4.7.850-899 "Access denied, please try again later": the sending IP held back as suspicious
    ("blocked", (r"\b[45]\.7\.85\d\b", r"access denied, please try again later", r"\b5\.7\.507\b", r"rejected by recipient"), MICROSOFT),
    ("userunknown", (r"\b5\.7\.50[45]\b", r"banned recipient"), MICROSOFT),
    # 5.7.57 "Client was not authenticated to send anonymous mail during MAIL FROM", 5.7.1 "Client was not authenticated"
    ("securityerror", (r"\b5\.7\.57\b", r"client was not authenticated",
                       r"\b5\.7\.139\b", r"authentication unsuccessful"), MICROSOFT),
    ("notcompliantrfc", (r"barelinefeedsareillegal", r"\b5\.6\.11\b"), MICROSOFT),
    ("rejected", (r"\b5\.7\.705\b", r"tenant has exceeded threshold", r"\b5\.7\.750\b", r"unregistered domain email is restricted"), MICROSOFT),
    ("ratelimited", (r"\b5\.2\.121\b", r"\b5\.2\.122\b", r"recipientthresholdexceeded", r"\b4\.5\.1[0-9]\b"), MICROSOFT),
    ("networkerror", (r"dns query failed",), MICROSOFT),
    # --- Exchange Server (on-premises): texts of its enhanced status code table
    ("hostunknown", (r"recipient address reserved by rfc ?2606", r"recipient addresses in single label domains not accepted"),
     EXCHANGE_SERVER),
    ("spamdetected", (r"content filter agent quarantined",), EXCHANGE_SERVER),
    ("systemerror", (r"missing or bad storedriver mdb properties", r"\b4\.3\.2 service not active\b"), EXCHANGE_SERVER),
    # 5.7.900-999: a mail flow (transport) rule rejected the message
    ("policyviolation", (r"\b5\.7\.9\d\d\b",), EXCHANGE_SERVER),
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
    ("blocked", (r"aup#cdrbl", r"aup#i-?1010\b"), COX),
    # Cox's table: CXBL/CDRBL the sending IP blocked for spam-like behaviour, IPBL<bits> the IP on DNSBLs
    # (tried before the general "spam" wordings: the refusal is of the host, not of this message)
    ("blocked", (r"\bcxbl\b", r"\bcdrbl\b", r"\bipbl[01]{4}\b"), COX_POSTMASTER),
    # CXSNDR: "there was a problem with the sender's domain ... failed authentication checks against your
    # sending domain's SPF, DomainKeys, or DKIM policy" (Cox's table, quoted in its forum thread 109845)
    ("authfailure", (r"aup#cxsndr",), COX),
    # CXCNCT: over the limit of concurrent connections per IP (Cox forum 136978); 452 message threshold
    ("ratelimited", (r"aup#cxcnct", r"\[message threshold exceeded\]"), COX_POSTMASTER),
    # --- Comcast / Xfinity: ES* dynamic/residential space, BL<bits>/BL00n the IP on (its own or) DNSBLs
    ("blocked", (r"\bes0000(?:01|10)\b", r"\bbl0{3}[01]{3}\b", r"\bbl0{1,2}(?:[1-9]|10)\b"), COMCAST),
    ("ratelimited", (r"too many sessions opened",), COMCAST),
    # --- 1&1 IONOS / WEB.DE / GMX (United Internet): the published texts of its mail servers
    # "Reject due to policy violations": the IP blocked for a poor delivery rate or changing HELO names
    ("blocked", (r"reject due to policy violations",), IONOS),
    ("authfailure", (r"reject due to spf policy", r"originating ip of the message is not permitted by the domain owner"), IONOS),
    ("mailboxfull", (r"exhausted allowed storage space", r"too many messages on the server"),
     "seen: WEB.DE (sitepackage.de list of typical bounces) and Strato (https://strato.de/faq/mail/fehlermeldungen-bei-e-mails)"),
    # --- Yandex: "your recipient's account has been blocked due to User Agreement violations"
    ("suspend", (r"policy rejection on the target address",), YANDEX),
    # --- AT&T / BellSouth: 421 the sending IP's reverse DNS lookup failed; 450 too many connections or
    # resources; 550 [suspend] the recipient's account suspended; an unregistered sending system
    ("requireptr", (r"failure in dns look-?up",), ATT),
    ("ratelimited", (r"\bbusy--please try again later",), ATT),
    ("suspend", (r"mailbox currently suspended",), ATT),
    ("blocked", (r"unauthorized interface for",), ATT),
    # --- NetEase (163.com, 126.com, its enterprise mail and resellers): the code after the reply code
    ("blocked", (r"\bhl:(?:rep|mep|ihu|ipb)\b", r"\bdt:rbl\b", r"\bwm:bli\b"), NETEASE),
    ("ratelimited", (r"\bhl:(?:icc|ifc|ifq)\b", r"\bmi:(?:dmc|sfq)\b", r"\brp:drc\b"), NETEASE),
    # "too many erroneous / more than normal commands: check your sending program"
    ("syntaxerror", (r"\b(?:mi|rp):(?:cel|ccl)\b",), NETEASE),
    ("rejected", (r"\bwm:blu\b",), NETEASE),
    ("spamdetected", (r"\bdt:spm\b",), NETEASE),
    ("ratelimited", (r"aup#(?:in?-)?13[1-4]0\b",), SPECTRUM),
    # --- Mimecast
    ("userunknown", (r"recipient (?:email )?address is possibly incorrect",), MIMECAST),
    ("policyviolation", (r"network not allowed",), MIMECAST),
    # the reference: 421 "Sender address blocked" is the sending IP on a Blocked Senders policy; 421 "Unable to
    # process connection at this time" the server at maximum load; 451 "Internal resource temporarily
    # unavailable" greylisting (the project's greylisting reading: ratelimited)
    ("blocked", (r"\b421\b.{0,10}sender address blocked",), MIMECAST_CODES),
    ("systemerror", (r"unable to process connection at this time",), MIMECAST_CODES),
    ("ratelimited", (r"internal resource (?:is )?temporarily unavailable",), MIMECAST_CODES),
    # the recipient's own (user) block entry, or a header-based Blocked Senders policy applied after DATA to
    # the From: header (Sisimai's Filtered: refused by the header, or by the recipient's configuration)
    ("filtered", (r"envelope blocked\W{1,5}user entry", r"rejected by header based (?:manually )?blocked senders"), MIMECAST_SEEN),
    # an administrator's block of the envelope sender
    ("rejected", (r"administrative prohibition\W{1,5}envelope blocked",), MIMECAST_SEEN),
    # "Email rejected due to security policies": the message against the organisation's security policy
    ("policyviolation", (r"email rejected due to security policies",), MIMECAST_SEEN),
    # "Rejected by header based Anti-Spoofing policy": the From: domain is the recipient's own but the mail
    # came from a source not authorized for it (what SPF/DMARC authenticate)
    ("authfailure", (r"anti-?spoofing policy",),
     "seen: Mimecast '550 Rejected by header based Anti-Spoofing policy' (suped.com, Mimecast anti-spoofing articles)"),
    # --- Sophos Email: the XGEMAIL_00nn codes of its reference
    ("authfailure", (r"\bxgemail_000[123]\b",), SOPHOS),
    ("blocked", (r"\bxgemail_0004\b",), SOPHOS),
    ("rejected", (r"\bxgemail_000[58]\b",), SOPHOS),
    ("failedstarttls", (r"\bxgemail_0006\b",), SOPHOS),
    ("systemerror", (r"\bxgemail_0007\b",), SOPHOS),
    ("filtered", (r"\bxgemail_0009\b",), SOPHOS),
    ("norelaying", (r"\bxgemail_0010\b",), SOPHOS),
    ("userunknown", (r"\bxgemail_0011\b",), SOPHOS),
    ("emailtoolarge", (r"\bxgemail_0012\b",), SOPHOS),
    ("ratelimited", (r"\bxgemail_001[45]\b",), SOPHOS),
    # --- Cisco Secure Email (IronPort) AsyncOS: its default SPF reject and defer texts
    ("authfailure", (r"spf unauthorized mail is prohibited", r"temporary error occurred during spf verification"), CISCO),
    # --- Trend Micro: ERS (Email Reputation Services) denials; IMSS relay domains
    ("badreputation", (r"for zombie matches \(ers\)",), TRENDMICRO),
    ("blocked", (r"for rbl\+ matches \(ers\)",), TRENDMICRO),
    ("norelaying", (r"domain of forward path is not allowed",), TRENDMICRO_IMSS),
    # --- Symantec Email Security.cloud: an Office attachment with macros refused by the content policy; its
    # 552 is not a storage allocation (RFC 5321's reading of the bare code)
    ("policyviolation", (r"file containing vba macros found",), BROADCOM),
    # --- Japanese carriers: a refusal by the recipient's own settings (指定受信/受信拒否) reads
    # "550 Unknown user" or "... user unknown" after DATA; the decision module gives both readings.
    ("filtered", (r"受信拒否", r"指定受信", r"迷惑メール(?:フィルター|設定)"), "seen: NTT docomo, au (KDDI) and SoftBank notices"),
    # au (KDDI) answers a refusal by the recipient's settings with "550 : User unknown" (the colon
    # right after the code), relayed unchanged by Postfix, Sendmail, Exchange Online and Gmail
    ("filtered", (r"\b5\d\d :[ ]?user unknown",), "seen: au (KDDI) refusals relayed by five different MTAs"),
    ("filtered", (r"refused due to recipient preferences",), "seen: Facebook and Meta notices"),
    # --- SimpleLogin (alias forwarding): its answers at the end of DATA (app/email/status.py); an alias that
    # does not exist (or cannot be created on the fly) is an unknown address whatever the command
    ("userunknown", (r"\bsl e5(?:02|08|15) email not exist", r"\bsl e510 so such user"), SIMPLELOGIN, {"DATA": "userunknown"}),
    ("suspend", (r"\bsl e504 account disabled", r"\bsl e518 disabled mailbox"), SIMPLELOGIN),
    ("spamdetected", (r"\bsl e5(?:06|19) email detected as spam",), SIMPLELOGIN),
]
