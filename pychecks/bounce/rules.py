"""Reason classification as data tables.

Order of evaluation (see :func:`classify`), first answer wins:

1. the format's own verdict (ARF -> feedback, auto-reply -> vacation, Google Groups -> rejected...),
2. ``delivered`` for 2.x.x codes, ``mailererror`` for local-program (x-unix) diagnostics,
3. ``STRONG``: specific phrases in the remote server's words (table order is priority order),
4. ``STATUS_EXACT`` then ``STATUS``: the enhanced status code (whole code, then class.subject);
   vague codes (``WEAK_STATUS``, e.g. 5.7.1, 5.0.0) let the phrases below decide first,
5. ``PHRASES``: broader phrases per reason,
6. the delivery action (delayed -> expired),
7. phrases in the bounce's own explanation and subject,
8. ``REPLY``: the SMTP reply code,
9. ``onhold`` when something was said but nothing matched, else ``undefined``.

Then (:func:`classify`, :func:`refine`):

* a remote "user unknown" gives way to a more specific word in text that concerns
  this recipient only (the DSN ``Status:`` description, a one-recipient notice):
  ``suspend`` ("account is disabled") or ``mailboxfull`` (``NOTICE_OVERRIDES``);
* the SMTP command the server answered and the code's class refine the result:
  an unknown user not refused at RCPT TO, after DATA or with a mailbox/system/
  policy code (x.2.x, x.3.x, 5.7.x), is ``filtered``; a refusal at MAIL FROM
  concerns the sender (``rejected``) unless its words are specific; at
  connection or EHLO the client (``blocked``); a DNS failure reported as
  temporary is a ``networkerror``; a bare "policy" word at RCPT TO with 5.7.0
  keeps the code's ``securityerror``.
"""

# ruff: noqa: E501 - regular expressions and data tables read better unbroken

from __future__ import annotations

from functools import lru_cache

from .phrases import PhraseSet, PhraseTable

# ---------------------------------------------------------------------------
# Phrases per reason.  Lower-case; matched as regular expressions against the
# unfolded, lower-cased diagnostic text.  Keep them specific: a phrase here
# wins over the status code.
# ---------------------------------------------------------------------------
PHRASES: list[tuple[str, tuple[str, ...]]] = [
    ("notcompliantrfc", (
        r"bare <?lf>?", r"bare linefeed", r"bare line ?feed", r"rfc ?5322 compliant", r"not rfc ?5322",
        r"message is not rfc", r"duplicate (?:header|message-id)",
        r"multiple (?:from|to|subject|date) headers",
        r"header (?:line )?(?:is )?(?:too long|malformed)",
    )),
    ("authfailure", (
        r"\b5\.7\.26\b", r"dmarc", r"spf (?:check )?fail", r"sender policy framework",
        r"dkim (?:signature )?(?:fail|invalid)", r"unauthenticated (?:e-?mail|mail|sender)",
        r"(?:is not|isn't) authenticated", r"authentication (?:check )?fail(?:ed|ure)? for",
        r"does not (?:pass|meet) .{0,40}authentication", r"5\.7\.2[0-7]\b",
        r"not designated .{0,20}permitted sender",
        r"is not allowed to send (?:mail )?from", r"spf record",
    )),
    ("requireptr", (
        r"reverse (?:dns|lookup|hostname)", r"\bptr\b", r"no (?:dns )?(?:ptr|rdns)", r"\brdns\b",
        r"cannot find your hostname", r"cannot resolve your (?:address|hostname)",
        r"client host .{0,80}reverse",
        r"unresolvable (?:address|hostname|relay)", r"ip address .{0,40}(?:does not|doesn't) resolve",
        r"hostname (?:lookup|resolution) (?:failed|failure)", r"no .{0,10}hostname for (?:your )?ip",
        r"5\.7\.25\b", r"connection refused\. .{0,40}reverse", r"dns (?:reverse|ptr)", r"without reverse",
        r"fcrdns", r"forward[- ]confirmed",
    )),
    ("virusdetected", (
        r"\bvirus", r"malware", r"infected", r"trojan", r"worm\b",
    )),
    ("spamdetected", (
        r"\bspam\b", r"spam (?:message|content|detected|score)", r"junk mail", r"unsolicited", r"bulk mail",
        r"content (?:was )?(?:considered|identified|classified) as spam", r"spam(?:my|like)", r"spamassassin",
        r"message (?:content )?(?:looks|seems) like spam", r"rejected as spam", r"\buce\b",
        r"high probability of spam", r"classified as (?:\*\*)?spam", r"spam-?filter",
    )),
    ("suspend", (
        r"(?:account|mailbox|user|address) (?:has been |is )?(?:disabled|suspended|deactivated|inactive|locked)",
        r"(?:disabled|suspended|inactive|deactivated|frozen|locked) (?:e-?mail )?(?:account|mailbox|user|recipient)",
        r"account (?:is )?(?:temporarily )?(?:unavailable|blocked)",
        r"mailbox (?:is )?(?:temporarily )?unavailable",
        r"recipient (?:is )?(?:temporarily )?(?:disabled|suspended)", r"this account has been",
        r"is no longer (?:active|available)", r"has been deleted", r"account expired", r"mailbox is frozen",
        r"user (?:account )?is (?:not )?active", r"user not active", r"not an active", r"mailbox inactive",
    )),
    ("mailboxfull", (
        r"mailbox (?:is )?(?:full|over ?quota|exceeded)", r"over ?quota",
        r"quota (?:exceeded|exceed|full|limit)",
        r"exceed(?:ed|s)? (?:the |its |their |his |her )?(?:storage |mailbox |disk )?(?:quota|storage|allocation)",
        r"(?:disk|storage|mailbox) (?:space|quota) (?:exceeded|full|limit)",
        r"insufficient (?:disk |storage )?space",
        r"mail ?box full", r"inbox (?:is )?full", r"out of (?:disk )?space", r"no space left",
        r"user(?:'s)? (?:mailbox|disk|quota) (?:is )?(?:full|exceeded)", r"too much mail",
        r"mailfolder is full",
        r"would exceed (?:the )?(?:quota|mailbox)", r"maildir over quota", r"full mailbox",
        r"has exceeded (?:its|the) ", r"recipient(?:'s)? (?:mailbox|inbox) is full",
        r"size limit.{0,30}mailbox",
        r"not enough (?:storage|space)", r"exceeds (?:the )?(?:mailbox|size) quota", r"storage limit",
        r"mailbox size limit", r"quota",
    )),
    ("emailtoolarge", (
        r"message (?:size )?(?:is )?(?:too (?:big|large)|exceeds|larger than)", r"too large", r"too big",
        r"size (?:limit )?exceeded", r"exceeds? (?:the )?(?:maximum |max |fixed )?(?:message )?size",
        r"message length exceeds", r"maximum (?:allowed )?(?:message )?size", r"message size limit",
        r"mail size", r"size of (?:the )?message",
    )),
    ("hasmoved", (
        r"address (?:has )?(?:been )?changed", r"has moved", r"no longer (?:at|with) this", r"moved to",
        r"new (?:e-?mail )?address is",
    )),
    ("norelaying", (
        r"relay(?:ing)? (?:access )?(?:denied|not permitted|not allowed|prohibited|refused)",
        r"not (?:permitted|allowed) to relay", r"unable to relay", r"relay not permitted", r"cannot relay",
        r"we do not relay", r"no relaying", r"open relay", r"relaying denied", r"not a gateway",
        r"relay access", r"relaying mail to .{0,80} is not allowed", r"insecure mail relay",
    )),
    ("ratelimited", (
        r"too many (?:connections|messages|recipients|mails|emails|concurrent)", r"rate limit", r"rate-limit",
        r"ratelimit", r"throttl", r"too fast", r"sending (?:limit|quota) (?:exceeded|reached)",
        r"exceeded (?:the )?(?:sending|daily|hourly) ", r"(?:daily|hourly) (?:sending )?(?:limit|quota)",
        r"try again later.{0,20}too many", r"connection rate", r"receiving mail at a rate",
        r"unusual (?:rate|amount|volume)", r"slow down",
        # greylisting: a deliberate "try again later" for senders not seen before
        r"gr[ae]y ?list",
    )),
    ("badreputation", (
        r"(?:poor|bad|low) (?:sender |ip |domain )?reputation", r"reputation", r"sender score", r"user complaints",
    )),
    ("blocked", (
        r"\bblock(?:ed|list|listed)?\b", r"black ?list", r"\bdnsbl\b", r"\brbl\b", r"spamhaus", r"spamcop",
        r"abuseat", r"sorbs", r"barracudacentral", r"listed (?:on|in|at|by)", r"blacklisted", r"denylist",
        r"client host .{0,60} (?:rejected|refused|blocked)",
        r"connection (?:refused|rejected)",
        r"ip (?:address )?(?:is |has been )?(?:not allowed|banned|rejected|denied)", r"banned",
        r"your (?:ip|host|server|network)", r"not allowed to connect", r"refused to talk",
        r"please use (?:the )?smtp (?:server|relay) of your (?:isp|provider)", r"dynamic ip", r"dial-?up",
        r"residential", r"too many errors from your ip", r"poor reputation",
        r"not accepted from (?:this|your) ip",
    )),
    ("securityerror", (
        r"authentication (?:required|is required)", r"must (?:be )?authenticat",
        r"\bauth(?:entication)? failed",
        r"security polic", r"insecure", r"certificate", r"sender verify fail", r"verification fail", r"\bsmtp auth",
        r"not authorized", r"unauthorized", r"access denied",
    )),
    ("failedstarttls", (
        r"starttls", r"tls (?:negotiation|handshake) fail", r"\btls (?:is )?required", r"\bencryption (?:is )?required",
        r"requires? (?:secure|ssl|tls)",
    )),
    ("policyviolation", (
        r"polic(?:y|ies)", r"prohibited", r"not (?:permitted|allowed) by", r"violat",
        r"\bcontent (?:rejected|filter)",
        r"attachment", r"message contents? (?:rejected|refused)", r"disallowed",
    )),
    ("contenterror", (
        r"message header", r"header (?:size|too)", r"invalid (?:message )?(?:content|mime|header)",
        r"improper(?:ly)? formatted", r"content error", r"mime", r"encoding", r"8[- ]?bit",
        r"line too long", r"malformed",
    )),
    ("rejected", (
        r"sender (?:address )?(?:rejected|refused|denied|blocked|not allowed)",
        r"mail from .{0,40}(?:rejected|refused)",
        r"domain (?:of sender )?(?:address )?.{0,60}does not exist", r"sender domain", r"envelope sender",
        r"return path", r"bounce (?:address|path)", r"invalid sender", r"unknown sender", r"sender unknown",
        r"from address", r"address rejected", r"sender (?:is )?(?:not|un)verified", r"sender address",
        r"\bsender\b.{0,40}(?:does not exist|unknown|invalid)", r"domain (?:is )?(?:not found|unknown)",
        r"rejected", r"refused", r"denied",
    )),
    ("userunknown", (
        r"user ?unknown", r"unknown (?:user|recipient|local[- ]?part|address|mailbox|alias)",
        r"(?:user|recipient|mailbox|address|account|addressee)(?: name)? (?:does not|doesn't|did not) exist",
        r"(?:no|invalid|bad|non-?existent|unknown) (?:such )?(?:user|recipient|mailbox|address|account|person)",
        r"no such (?:user|recipient|mailbox|address|account|person|local user)",
        r"not (?:a )?(?:valid|known) (?:user|recipient|mailbox)",
        r"(?:user|recipient|mailbox|address|addressee) (?:is )?(?:unknown|not found|invalid|not exist)",
        r"(?:user|mailbox|recipient) (?:not|unknown) (?:found|here|local|listed)", r"unrouteable address",
        r"not listed in", r"address (?:is )?(?:invalid|unknown|not valid)", r"unknown or illegal alias",
        r"no mailbox", r"mailbox not found", r"mailbox unavailable", r"account (?:is )?unavailable",
        r"recipient not found", r"recipients? (?:address )?(?:rejected|refused)", r"address rejected",
        r"invalid (?:e-?mail )?address", r"(?:recipient|user|account) (?:not )?(?:unknown|recogni[sz]ed)",
        r"name is not recognized", r"not our customer", r"no valid recipients",
        r"mailbox (?:does not|doesn't) exist",
        r"couldn't find", r"could(?: not|n't) be found", r"doesn't have a", r"is not a valid",
        r"no account by that name",
        r"user not found", r"address lookup failed", r"permanent failure for one or more recipients",
        r"destination address (?:does not exist|invalid)", r"recipient address rejected",
        r"not have an account", r"mailbox unavailable",
    )),
    ("hostunknown", (
        r"host (?:or domain name )?not found", r"host unknown", r"unknown host",
        r"domain (?:name )?not found",
        r"name or service not known", r"no (?:mx|a|dns) (?:record|host)", r"unrouteable (?:mail )?domain",
        r"domain (?:does not|doesn't) exist", r"no such (?:domain|host)", r"unknown domain",
        r"hostname (?:not found|unknown)", r"host name lookup failure", r"nxdomain",
        r"dns (?:lookup|query) fail",
        r"all relevant mx records point to non-existent hosts", r"domain (?:is )?(?:invalid|unknown)",
        r"invalid domain", r"illegal host/domain", r"no route to", r"unresolvable domain",
    )),
    ("notaccept", (
        r"does not accept (?:e-?)?mail", r"not accepting (?:e-?)?mail", r"null mx", r"accepts no mail",
        r"no mail (?:is )?accepted", r"mail is not accepted",
    )),
    ("expired", (
        r"(?:delivery|retry) (?:time ?)?(?:period|timeout|time limit) (?:has )?(?:expired|exceeded)",
        r"message (?:has )?expired", r"could not be delivered (?:with)?in", r"timed? ?out",
        r"time(?:d)?-?out",
        r"too long in (?:the )?queue", r"retry time", r"have been failing for", r"giving up",
        r"for \d+ (?:days|hours)",
        r"queue(?:d)? too long", r"deferred", r"expired", r"cannot send message for", r"delivery delay",
        r"no answer from host", r"unable to deliver .{0,40}after",
    )),
    ("networkerror", (
        r"connection (?:refused|reset|timed out|lost|closed|dropped)",
        r"network (?:error|unreachable|is unreachable)",
        r"host (?:is )?unreachable", r"could not connect", r"unable to connect", r"lost connection",
        r"mail loop", r"loop(?:s)? (?:back|detected)", r"too many hops", r"routing loop",
        r"hop count exceeded",
        r"dns (?:error|failure|problem)", r"temporary (?:dns|lookup) failure", r"connect to .{0,80} failed",
        r"malformed or unexpected name server reply",
    )),
    ("systemfull", (
        r"(?:system|server|disk|mail system|spool) (?:is )?full", r"insufficient system storage",
        r"out of memory",
    )),
    ("mailererror", (
        r"command (?:died|failed|output)", r"mailer (?:error|failed)", r"exit code", r"procmail",
        r"unknown mailer", r"local delivery failed", r"delivery to (?:a )?(?:pipe|file) ",
        r"\bx-unix;", r"pipe to", r"permission denied", r"dot-?forward",
    )),
    ("systemerror", (
        r"system error", r"internal (?:server )?error", r"server error", r"local error", r"temporary failure",
        r"temporarily unavailable", r"configuration error", r"service (?:temporarily )?unavailable",
        r"misconfigur", r"resources temporarily", r"server (?:is )?(?:busy|down)",
    )),
    ("syntaxerror", (
        r"syntax error", r"command not recognized", r"unrecognized command", r"bad sequence",
        r"invalid command", r"command unrecognized",
    )),
    ("suppressed", (
        r"suppress", r"previously (?:bounced|hard bounced|complained)",
    )),
]


# Phrases specific enough to override a status code.  The rest (generic words
# such as "rejected", "blocked", "quota") only decide when the code says little.
STRONG: list[tuple[str, tuple[str, ...]]] = [
    # cPanel/Exim's summary names the recipient's account or domain first
    ("hostunknown", (r"the account or domain may not exist",)),
    # the sender's own address is on the receiver's deny list
    ("rejected", (r"(?:sending (?:to/)?from|sender) an? address that (?:has been|is) (?:black|block|deny)listed",)),
    # a URI blocklist hit is about the message's content (links), not the sending host
    ("spamdetected", (r"blacklisted (?:url|uri|link|domain) in (?:the )?message", r"\buribl\b", r"\bsurbl\b")),
    # Cox/Charter/Spectrum acceptable-use codes: "AUP#CDRBL" and "AUP#I-1010" = the sending IP is
    # blocklisted; "AUP#In-1310" ... "-1340" = too many messages or connections (rate limits)
    ("ratelimited", (r"aup#(?:in?-)?13[1-4]0\b",)),
    ("blocked", (r"aup#cdrbl", r"aup#i-?1010\b", r"client host blocked")),
    # Yahoo's wording for an address it will not deliver to; labelled a recipient-side refusal
    ("filtered", (r"this user doesn't have an? \S{1,100} account",)),
    ("notcompliantrfc", (r"bare <?lf>?", r"bare linefeed", r"rfc ?5322", r"multiple .{0,20}addresses in from",
                         r"duplicate (?:header|message-id)")),
    ("rejected", (r"sender (?:address )?(?:was )?(?:rejected|refused|denied)", r"sender rejected",
                  r"weren't recognized as a valid sender", r"sender verify failed")),
    ("hostunknown", (r"(?<![@\w.-])[a-z0-9-]{1,63}\.[a-z0-9.-]{2,200} does not exist",)),
    ("syntaxerror", (r"malformed address", r"syntax error in (?:parameters|arguments)")),
    ("networkerror", (r"no route to host", r"dns query failed", r"hop count exceeded", r"mail loop",
                 r"routing loop",
                      r"too many hops")),
    ("ratelimited", (r"unusual rate", r"too many (?:connections|messages|concurrent)")),
    ("authfailure", (r"sender is unauthenticated", r"requires? all senders to authenticate",
                     r"(?:does ?n[o']t|not) meet the required authentication", r"required authentication level")),
    # the final reply outranks a local agent's remark quoted before it ("maildir over quota")
    ("systemerror", (r"insufficient permission",)),
    ("mailboxfull", (r"mailbox is full", r"not enough disk space")),
    ("expired", (r"will be retried for", r"not delivered within \d", r"remote host is not responding",
                 r"did not accept our requests to connect", r"message expired",
                 r"delivery (?:time|period) expired",
                 r"queue(?:d)? too long", r"delivery failed \d{1,4} attempts",
                 r"has been in the queue too long",
                 r"could not be delivered for \d", r"cannot send message for \d")),
    ("requireptr", (r"reverse dns validation", r"reverse dns (?:lookup )?fail")),
    ("blocked", (r"banned sending ip", r"client host rejected", r"access denied, banned")),
    ("authfailure", (r"\b5\.7\.26\b", r"dmarc", r"spf (?:check )?fail", r"unauthenticated (?:e-?mail|mail)",
                     r"not designated .{0,20}permitted sender", r"5\.7\.2[346-7]\b",
                     r"multiple authentication checks failed",
                     r"does not have authentication information", r"fails? to pass authentication")),
    ("requireptr", (r"reverse (?:dns|lookup|hostname)", r"\bptr\b", r"cannot find your hostname", r"\brdns\b",
                    r"cannot resolve your", r"unresolvable (?:address|hostname|relay)", r"fcrdns",
                    r"mismatches client ip", r"unverifyable sending ip", r"may not be mail exchanger")),
    ("virusdetected", (r"\bvirus(?:es)? (?:detected|found)", r"infected with", r"contains? (?:a )?virus",
                       r"malware", r"virus infected")),
    ("mailererror", (r"no such file or directory", r"command (?:died|failed) with", r"mailer (?:error|failed)",
                     r"unknown mailer")),
    ("policyviolation", (r"policy reasons", r"unacceptable content", r"content presents a potential", r"header error",
                         r"network not allowed")),
    ("spamdetected", (r"\bspam\b", r"junk mail", r"unsolicited", r"spamassassin", r"\bube\b",
                      r"message content rejected", r"mail rejete")),
    ("ratelimited", (r"too many (?:connections|messages|concurrent|recipients)",
                     r"rate limit(?:ed|ing)?\b(?! due to ip reputation)",
                     r"throttl", r"frequency limited", r"daily relay quota", r"relay quota")),
    ("badreputation", (r"(?:poor|bad|low|ip) (?:sender |ip |domain )?reputation",)),
    ("userunknown", (r"ユーザー?(?:は|が)?(?:存在しません|見つかりません|いません)", r"宛先(?:が)?不明",
                     r"(?:アドレス|宛先)が(?:存在しません|見つかりません)", r"該当するユーザー?がありません")),
    ("mailboxfull", (r"(?:メールボックス|メールBOX|受信箱)(?:の容量)?が?(?:いっぱい|満杯|一杯)",
                     r"容量(?:を)?超過", r"容量オーバー", r"容量制限を超え")),
    ("hostunknown", (r"ドメイン(?:名)?が?(?:存在しません|見つかりません)",)),
    ("emailtoolarge", (r"(?:メール)?サイズ(?:が|の)?(?:大きすぎ|超過|制限を超え)",)),
    ("spamdetected", (r"迷惑メール",)),
    ("filtered", (r"受信拒否", r"\b5\d\d :[ ]?user unknown", r"refused due to recipient preferences")),
    ("systemerror", (r"internal (?:server |system )?error",)),
    ("userunknown", (r"user ?unknown", r"unknown (?:user|recipient|local[- ]?part|mailbox|addressee)",
                     r"no such (?:user|recipient|mailbox|person|local user|account)", r"user not found",
                     r"recipient not found", r"(?:address|mailbox|recipient) (?:wasn't|was not) found",
                     r"mailbox unavailable", r"recipient address rejected: access denied",
                     r"(?:user|mailbox|recipient|account|addressee)(?: name)? (?:does not|doesn't) exist",
                     r"(?:recipient|user) name is not recognized", r"invalid (?:user|recipient|mailbox)",
                     r"invalid final delivery userid", r"^[45]\d\d [^\s@<>]{1,64}@[\w.-]{1,255} rejected\.?$",
                     r"account that you tried to reach does not exist",
                     r"address (?:is )?(?:invalid|unknown|not valid)", r"address rejected\.?$",
                     r"#5\.1\.0 address rejected", r"recipient (?:email )?address is possibly incorrect",
                     r"unknown or illegal alias", r"no mailbox here",
                     r"mailbox not found", r"user not exist", r"not a valid (?:user|recipient|mailbox)",
                     r"unrouteable address")),
    ("mailboxfull", (r"mailbox (?:is )?full", r"over ?quota", r"quota (?:exceeded|exceed|full)",
                     r"inbox (?:is )?full",
                     r"mailbox exceeded", r"too much mail", r"mailbox is full",
                     r"exceeded (?:storage|mailbox)",
                     r"mailbox size limit exceeded", r"user(?:'s)? (?:disk|mailbox) quota")),
    ("systemfull", (r"insufficient (?:system storage|disk space)", r"disk (?:is )?full",
                    r"system (?:is )?full")),
    ("emailtoolarge", (r"message (?:size )?(?:is )?too (?:big|large)", r"message size (?:limit )?exceed",
                       r"exceeds? (?:the )?(?:maximum |max |fixed )?(?:message )?size",
                       r"line limit exceeded",
                       r"message length exceeds")),
    ("suspend", (r"(?:account|mailbox|user) (?:has been |is )?(?:disabled|suspended|deactivated|inactive|locked)",
                 r"(?:disabled|suspended|inactive|deactivated) (?:e-?mail )?(?:account|mailbox|user|recipient)",
                 r"temporary locked", r"temporarily locked",
                 r"account that you tried to reach is disabled", r"no longer in use")),
    ("norelaying", (r"relay(?:ing)? (?:access )?(?:denied|not permitted|not allowed|prohibited)",
                    r"not (?:permitted|allowed) to relay", r"unable to relay", r"relay not permitted",
                    r"insecure mail relay", r"email address is not verified")),
    ("blocked", (r"block ?list", r"deny ?list", r"spamhaus", r"spamcop", r"abuseat", r"\bdnsbl\b", r"\brbl\b", r"black ?list",
                 r"blocked using", r"listed (?:on|in|at) ",
                 r"please use (?:the )?smtp (?:server|relay) of your",
                 r"invalid ip for sending", r"service refus", r"client host blocked", r"my name was rejected",
                 r"ip (?:address )?(?:is )?blocked", r"blocked ip", r"\bip .{0,30}blocked")),
    ("hostunknown", (r"host or domain name not found", r"host unknown", r"unknown host",
                     r"domain (?:name )?not found",
                     r"name or service not known", r"no such domain", r"unrouteable mail domain",
                     r"domain (?:does not|doesn't) exist", r"nxdomain")),
    ("notaccept", (r"no mx found", r"couldn't find a mail exchanger",
                   r"malformed or unexpected name server reply",
                   r"no smtp service", r"null mx", r"does not accept (?:e-?)?mail")),
    ("securityerror", (r"unauthenticated senders", r"authentication (?:is )?required", r"security polic")),
    ("systemerror", (r"service currently unavailable", r"transaction failed")),
    ("failedstarttls", (r"starttls",)),
]

# Each table is searched as a PhraseTable (see phrases.py), built on first use: compiling
# every phrase up front would cost more than analysing a mail.
_TABLES: dict[bool, PhraseTable] = {}
_REASON_SETS: dict[str, list[PhraseSet]] = {}


def _table(strong: bool) -> PhraseTable:
    found = _TABLES.get(strong)
    if found is None:
        found = _TABLES[strong] = PhraseTable(STRONG if strong else PHRASES)
    return found


# ---------------------------------------------------------------------------
# Enhanced status codes (RFC 3463 and the IANA registry).
# ---------------------------------------------------------------------------
STATUS: dict[str, str] = {
    "1.0": "undefined", "1.1": "userunknown", "1.2": "hostunknown", "1.3": "userunknown",
    "1.4": "userunknown", "1.5": "userunknown", "1.6": "hasmoved", "1.7": "rejected", "1.8": "rejected",
    "1.9": "userunknown", "1.10": "notaccept",
    "2.0": "undefined", "2.1": "suspend", "2.2": "mailboxfull", "2.3": "emailtoolarge", "2.4": "mailererror",
    "3.0": "systemerror", "3.1": "systemfull", "3.2": "notaccept", "3.3": "systemerror",
    "3.4": "emailtoolarge", "3.5": "systemerror",
    "4.0": "networkerror", "4.1": "networkerror", "4.2": "networkerror", "4.3": "systemerror",
    "4.4": "networkerror", "4.5": "networkerror", "4.6": "networkerror", "4.7": "expired",
    "5.0": "syntaxerror", "5.1": "syntaxerror", "5.2": "syntaxerror", "5.3": "ratelimited",
    "5.4": "syntaxerror", "5.5": "syntaxerror", "5.6": "syntaxerror",
    "6.0": "contenterror", "6.1": "contenterror", "6.2": "contenterror", "6.3": "contenterror",
    "6.4": "contenterror", "6.5": "contenterror",
    "7.0": "securityerror", "7.1": "rejected", "7.2": "securityerror", "7.3": "securityerror",
    "7.4": "securityerror", "7.5": "securityerror", "7.6": "securityerror", "7.7": "securityerror",
    "7.8": "securityerror", "7.9": "securityerror", "7.10": "failedstarttls", "7.11": "failedstarttls",
    "7.12": "securityerror", "7.13": "suspend", "7.14": "securityerror", "7.15": "securityerror",
    "7.16": "emailtoolarge", "7.17": "hasmoved", "7.18": "norelaying", "7.19": "securityerror",
    "7.20": "authfailure", "7.21": "authfailure", "7.22": "authfailure", "7.23": "authfailure",
    "7.24": "authfailure", "7.25": "requireptr", "7.26": "authfailure", "7.27": "notaccept",
    "7.28": "ratelimited", "7.29": "authfailure", "7.30": "securityerror",
}
# codes too vague to decide alone: the phrases decide, the code is the fallback
WEAK_STATUS = {"0.0", "7.1", "7.0", "1.0", "2.0", "3.0", "4.0", "5.0"}

# SMTP reply codes (RFC 5321) when nothing better is known.
REPLY: dict[str, str] = {
    "421": "systemerror", "450": "mailboxfull", "451": "systemerror", "452": "mailboxfull",
    "454": "systemerror", "455": "systemerror",
    "500": "syntaxerror", "501": "syntaxerror", "502": "syntaxerror", "503": "syntaxerror",
    "504": "syntaxerror", "521": "notaccept", "523": "emailtoolarge", "524": "securityerror",
    "525": "suspend", "530": "securityerror", "534": "securityerror", "535": "securityerror",
    "538": "securityerror", "550": "userunknown", "551": "hasmoved", "552": "mailboxfull", "553": "userunknown",
    "554": "undefined", "556": "notaccept",
}


@lru_cache(maxsize=1024)
def match_phrase(text: str, strong: bool = False) -> str:
    """The reason of the first table entry (in table order) with a phrase anywhere in ``text``."""
    if not text:
        return ""
    t = " ".join(text.lower().split())[:6000]
    return _table(strong).first(t)


def by_status(status: str) -> str:
    if not status or status.count(".") != 2:
        return ""
    key = status.split(".", 1)[1]
    return STATUS.get(key, "")


# Whole codes that say more than their class.subject.
STATUS_EXACT: dict[str, str] = {
    "4.4.0": "expired", "4.4.1": "expired", "4.4.2": "expired", "4.4.7": "expired", "5.4.7": "expired",
    "5.4.4": "hostunknown", "4.4.4": "networkerror", "4.4.5": "systemfull", "4.4.3": "networkerror",
    "5.4.1": "userunknown", "5.1.10": "userunknown", "5.7.9": "policyviolation", "4.7.0": "blocked",
    "4.7.1": "blocked", "5.7.0": "securityerror", "5.5.0": "userunknown", "5.2.0": "mailboxfull",
}


def by_status_exact(status: str) -> str:
    return STATUS_EXACT.get(status, "")


def classify(diagnostic: str, status: str = "", replycode: str = "", action: str = "",
             hint: str = "", forced: str = "", command: str = "", diagtype: str = "", notice: str = "") -> str:
    """The reason for one recipient.  ``hint`` is the whole notification (a fallback for phrases);
    ``notice`` is text known to concern this recipient only (the DSN status text, a one-recipient notice)."""
    reason = forced or _classify(diagnostic, status, replycode, action, hint, diagtype)
    if not forced and reason in ("userunknown", "filtered"):
        # the remote server only said "user unknown"; the notice says the mailbox exists but cannot take mail
        for specific in NOTICE_OVERRIDES:
            if says(notice, specific):
                return specific
    return refine(reason, diagnostic, status, replycode, command)


# reasons a one-recipient notice may name more precisely than a remote "user unknown"
NOTICE_OVERRIDES = ("suspend", "mailboxfull")


@lru_cache(maxsize=256)
def says(text: str, reason: str) -> bool:
    """Whether ``text`` holds one of the strong phrases of ``reason``."""
    if not text:
        return False
    found = _REASON_SETS.get(reason)
    if found is None:
        table = _table(True)
        found = _REASON_SETS[reason] = [p for r, p in zip(table.reasons, table.sets, strict=True) if r == reason]
    t = " ".join(text.lower().split())[:6000]
    return any(p.search(t) for p in found)


def _user_refused_elsewhere(status: str, command: str) -> bool:
    """A "no such user" that was not the answer to RCPT TO: the recipient's filter refused the mail.

    After DATA (unless the code says "bad address"), or with a code about the mailbox or the
    system (x.2.x, x.3.x) or policy (5.7.x) rather than the address (x.1.x).
    """
    if command == "RCPT":
        return False
    detail = status[2:4]
    if command == "DATA" and detail not in ("1.", "5."):
        return True
    return status[:1] == "5" and detail in ("2.", "3.", "7.")


def refine(reason: str, diagnostic: str, status: str, replycode: str, command: str) -> str:
    """Correct a reason by the SMTP command the refusal answered and by the code's class."""
    temporary = status.startswith("4.") or (not status and replycode.startswith("4"))
    if reason == "userunknown" and _user_refused_elsewhere(status, command):
        return "filtered"
    if command == "MAIL" and (reason in ("userunknown", "filtered", "hostunknown") or (
            reason in ("blocked", "securityerror", "badreputation") and not match_phrase(diagnostic, True))):
        # a refusal of MAIL FROM concerns the sender (unless its words are specific, e.g. "IP reputation")
        return "rejected"
    if command in ("EHLO", "HELO", "CONNECT") and (reason in ("rejected", "userunknown", "onhold", "undefined") or (
            reason == "securityerror" and not match_phrase(diagnostic, True))):
        # refused before any address was given: the client itself is refused
        return "blocked"
    if reason == "hostunknown" and temporary:
        return "networkerror"
    if reason == "policyviolation" and command == "RCPT" and status == "5.7.0" and not match_phrase(diagnostic, True):
        # only a generic "policy" word, before any content was sent: the code's "security" reading stands
        return "securityerror"
    return reason


def _classify(diagnostic: str, status: str, replycode: str, action: str, hint: str, diagtype: str) -> str:
    if action == "delivered" or (status.startswith("2.") and action in ("", "delivered", "relayed", "expanded")):
        return "delivered"
    if diagtype in ("x-unix", "x-local", "x-mailer") and not status[2:4] == "3." and match_phrase(
            diagnostic, strong=True) not in ("mailboxfull", "emailtoolarge", "systemerror"):
        return "mailererror"
    strong = match_phrase(diagnostic, strong=True)
    if strong:
        return strong
    detail = status.split(".", 1)[1] if status.count(".") == 2 else ""
    exact = by_status_exact(status)
    if exact and not (detail in WEAK_STATUS and match_phrase(diagnostic)):
        return exact
    if detail and detail not in WEAK_STATUS:
        r = by_status(status)
        if r:
            return r
    phrase = match_phrase(diagnostic)
    if phrase:
        return phrase
    if detail in WEAK_STATUS and detail not in ("0.0",):
        r = by_status(status)
        if r and r != "undefined":
            return r
    if action == "delayed":
        return "expired"
    phrase = match_phrase(hint, strong=True) or match_phrase(hint)
    if phrase:
        return phrase
    if replycode in REPLY and REPLY[replycode] != "undefined":
        return REPLY[replycode]
    if status or diagnostic:
        return "onhold"
    return "undefined"
_HARD = {"userunknown", "hostunknown", "hasmoved", "notaccept"}


def is_hard(reason: str, status: str = "", replycode: str = "") -> bool:
    """A hard bounce: the address itself is bad, retrying the same address cannot work."""
    if reason not in _HARD:
        return False
    temporary = status.startswith("4.") or (not status and replycode.startswith("4"))
    return not temporary
