"""General wordings: what many different servers write for the same cause.

Two tables, each a list of ``(reason, phrases, source)`` searched in order, the
first entry with a phrase in the remote server's reply wins:

* :data:`SPECIFIC`: phrases that name the cause plainly ("mailbox full", "user
  unknown").  They outrank any status code (a quota message sent with 5.2.3 is
  still a full mailbox).
* :data:`BROAD`: phrases that point to a cause but are worded loosely; a
  specific status code outranks them, and they outrank the vague codes.

Order inside a table is the precedence of the facts they state, most specific
first: the message's form, the sender's authentication, the address and the
mailbox, the sender's identity, the content, limits and reputation, transport.
Generic refusal words ("rejected", "refused", "denied", "blocked", "policy")
come last (:data:`GENERIC`): they decide only when nothing else is said.

The source of a general row is the meaning of its reason (Sisimai's reason
vocabulary) together with the RFC 3463 code class that states the same fact;
a wording specific to one provider or MTA belongs in :mod:`.providers` or
:mod:`.mta` with its page.
"""

# ruff: noqa: E501 - data tables read better unbroken

from __future__ import annotations

G = "general wording"

SPECIFIC: list[tuple[str, tuple[str, ...], str]] = [
    ("notcompliantrfc", (r"bare <?lf>?", r"bare linefeed", r"bare line ?feed", r"(?:is )?not rfc ?5322 compliant",
                         r"(?:violates|non-?compliant with|does not comply with) rfc ?5322", r"multiple .{0,20}addresses in from",
                         r"duplicate (?:header|message-id)"), f"{G}: the message's form (RFC 5322, RFC 5321 section 2.3.8)"),
    ("authfailure", (r"sender is unauthenticated", r"requires? all senders to authenticate", r"dmarc",
                     r"spf (?:check )?fail", r"unauthenticated (?:e-?mail|mail)", r"not designated .{0,20}permitted sender",
                     r"5\.7\.2[346-7]\b", r"multiple authentication checks failed", r"does not have authentication information",
                     r"fails? to pass authentication", r"\bspf error\b", r"(?:per|by|due to) (?:the )?(?:sender'?s )?spf\b", r"dkim (?:signature )?(?:fail|invalid|verification fail)"),
     f"{G}: SPF, DKIM, DMARC (RFC 7372 X.7.20-X.7.26)"),
    ("requireptr", (r"reverse dns validation", r"reverse dns (?:lookup )?fail", r"reverse (?:dns|lookup|hostname)", r"\bptr\b",
                    r"\brdns\b", r"cannot resolve your", r"unresolvable (?:address|hostname|relay)", r"fcrdns",
                    r"mismatches client ip", r"unverifyable sending ip"),
     f"{G}: the sending host has no reverse DNS (X.7.25)"),
    ("failedstarttls", (r"must issue a starttls command first", r"tls (?:is )?required", r"starttls (?:is )?required",
                        r"encryption (?:is )?required", r"tls not available", r"requires? (?:secure|ssl|tls)"),
     f"{G}: TLS required or failed (X.7.10, X.7.11)"),
    # the sender's address is refused (before the recipient tier: "sender address rejected: user unknown")
    ("rejected", (r"(?:sending (?:to/)?from|sender) an? address that (?:has been|is) (?:black|block|deny)listed",
                  r"sender (?:address |domain )?(?:is |has been )?(?:black|block|deny)listed",
                  r"sender (?:address )?is on (?:the |a |our |domain'?s )?(?:black|block|deny) ?list",
                  r"sender (?:address )?(?:was )?(?:rejected|refused|denied)", r"sender rejected",
                  r"weren't recognized as a valid sender", r"sender verify failed",
                  r"sender (?:address )?(?:is )?(?:invalid|not valid|unknown)"), f"{G}: the envelope sender is refused (X.1.7, X.1.8)"),
    ("spamdetected", (r"blacklisted (?:url|uri|link|domain) in (?:the )?message", r"\buribl\b", r"\bsurbl\b", r"spamhaus dbl"),
     f"{G}: a link in the content is on a URI blocklist"),
    # the final reply outranks a local agent's remark quoted before it ("maildir over quota")
    ("systemerror", (r"insufficient permission",), f"{G}: the receiving system failed (X.3.0)"),
    # the address and the mailbox
    ("suspend", (r"(?:account|mailbox|user) (?:has been |is )?(?:disabled|suspended|deactivated|inactive|locked)",
                 r"(?:disabled|suspended|inactive|deactivated) (?:e-?mail )?(?:account|mailbox|user|recipient)",
                 r"temporary locked", r"temporarily locked", r"no longer in use",
                 # qmail's bouncesaying example in dot-qmail(5): the owner retired the address
                 r"address no longer accepts mail",
                 # a Spanish-language bounce line: "this mailbox has expired for lack of use"
                 r"casilla ha expirado por falta de uso"), f"{G}: the mailbox exists but is suspended (X.2.1)"),
    # Exchange's French 5.1.6 text (Microsoft's fr-FR string): "the recipient's e-mail address has changed"
    ("hasmoved", (r"adresse (?:électronique|e-mail|de messagerie) du destinataire a changé",),
     f"{G}: the address has moved (X.1.6)"),
    # a sender's own sending quota ("sending quota exceeded") is a rate limit, not the recipient's mailbox
    ("mailboxfull", (r"mailbox (?:is )?(?:full|over ?quota)", r"over ?quota", r"(?<!sending )quota (?:has been |was |is )?(?:exceeded|exceed|full|limit)",
                     r"exceed(?:ed|s)? (?:the |its |their |his |her )?(?:storage |mailbox |disk )?quota",
                     r"inbox (?:is )?full", r"mailbox exceeded", r"too much mail", r"exceeded (?:storage|mailbox)",
                     r"mailbox size limit exceeded", r"user(?:'s)? (?:disk|mailbox) quota", r"not enough disk space",
                     r"(?:メールボックス|メールbox|受信箱)(?:の容量)?が?(?:いっぱい|満杯|一杯)", r"容量(?:を)?超過", r"容量オーバー",
                     r"容量制限を超え", r"exceeds remaining quota",
                     # Chinese and Korean servers' plain words: mailbox space insufficient / full / over capacity
                     r"邮箱(?:空间|容量)?(?:不足|已满)", r"郵箱(?:空間|容量)?(?:不足|已滿)", r"空间不足", r"메일함 ?(?:용량 ?)?(?:초과|부족|가득)",
                     # Gmail's German and Spanish help: the recipient's inbox has no free storage space
                     r"keinen freien speicherplatz", r"no tiene espacio de almacenamiento", r"收件容量满"), f"{G}: the mailbox is full (X.2.2)"),
    ("hostunknown", (r"the account or domain may not exist", r"(?<![@\w.-])[a-z0-9-]{1,63}\.[a-z0-9.-]{2,200} does not exist",
                     r"host or domain name not found", r"host unknown", r"unknown host", r"domain (?:name )?not found",
                     r"name or service not known", r"no such domain", r"unrouteable mail domain",
                     r"domain (?:does not|doesn't) exist", r"nxdomain", r"ドメイン(?:名)?が?(?:存在しません|見つかりません)", r"域名不存在"),
     f"{G}: the recipient's domain does not exist (X.1.2)"),
    ("notaccept", (r"no mx found", r"no mx (?:record|host)s? (?:found|for)", r"has no mx", r"null mx",
                   r"does not accept (?:e-?)?mail", r"malformed or unexpected name server reply", r"no smtp service"),
     f"{G}: the domain accepts no mail (X.1.10, RFC 7505)"),
    ("userunknown", (r"user ?unknown", r"unknown (?:user|recipient|local[- ]?part|mailbox|addressee)",
                     r"no such (?:user|recipient|mailbox|person|local user|account)", r"user not found",
                     r"recipient not found", r"(?:address|mailbox|recipient) (?:wasn't|was not) found",
                     r"(?:user|mailbox|recipient|account|addressee)(?: name)? (?:does not|doesn't) exist",
                     r"(?:recipient|user) name is not recognized", r"invalid (?:user|recipient|mailbox)",
                     r"invalid final delivery userid", r"^[45]\d\d [^\s@<>]{1,64}@[\w.-]{1,255} rejected\.?$",
                     r"address (?:is )?(?:invalid|unknown|not valid)", r"address rejected\.?$", r"can'?t accept user",
                     r"#5\.1\.0 address rejected", r"unknown or illegal alias", r"no mailbox here",
                     r"mailbox not found", r"user not exist", r"not a valid (?:user|recipient|mailbox)",
                     r"ユーザー?(?:は|が)?(?:存在しません|見つかりません|いません|登録されていません)", r"宛先(?:が)?不明",
                     # Outlook's and Gmail's Japanese NDRs and help pages: unknown address, invalid recipient, no such account
                     r"不明なアドレス", r"無効な(?:受信者|宛先)", r"電子メール ?アドレスの形式が正しくありません", r"(?:メール ?)?アカウント(?:は|が)存在しません",
                     r"(?:アドレス|宛先)(?:が|は)(?:存在しません|見つかりません)", r"該当するユーザー?がありません",
                     # Chinese and Korean: user / recipient does not exist
                     r"(?:用户|收件人|用戶|收件者)(?:名)?不存在", r"(?:사용자|수신자)(?:가|를)? ?(?:존재하지 않|찾을 수 없)",
                     # QQ Mail: the user has not opened a (QQ) mailbox
                     r"未开通.{0,12}邮箱",
                     # Gmail's German and Spanish help, a Spanish-language bounce line: the address / account does not exist
                     r"e.?mail.?(?:adresse|konto)\b.{0,60}?(?:existiert nicht|ist nicht vorhanden)",
                     r"(?:dirección|cuenta) de correo electrónico(?: del destinatario)? no existe", r"usuario inexistente"),
     f"{G}: the address does not exist (X.1.1)"),
    ("emailtoolarge", (r"message (?:size )?(?:is )?too (?:big|large)", r"message size (?:limit )?exceed",
                       r"exceeds? (?:the )?(?:maximum |max |fixed )?(?:message )?size", r"line limit exceeded",
                       r"message length exceeds", r"message is too long", r"(?:メール)?サイズ(?:が|の)?(?:大きすぎ|超過|制限を超え)", r"邮件过大"),
     f"{G}: the message is too large (X.3.4, X.2.3)"),
    ("norelaying", (r"relay(?:ing)? (?:access )?(?:is )?(?:denied|not permitted|not allowed|prohibited)",
                    r"not (?:permitted|allowed) to relay", r"unable to relay", r"relay not permitted",
                    r"insecure mail relay", r"email address is not verified"), f"{G}: relaying refused (X.7.1 with relay words)"),
    # the content
    ("virusdetected", (r"\bvirus(?:es)? (?:detected|found)", r"infected with", r"contains? (?:a )?virus", r"malware",
                       r"virus infected"), f"{G}: a virus in the content"),
    ("mailererror", (r"no such file or directory", r"command (?:died|failed) with", r"mailer (?:error|failed)"),
     f"{G}: the local delivery program failed"),
    ("policyviolation", (r"policy reasons", r"banned content", r"unacceptable content", r"content presents a potential", r"header error"),
     f"{G}: the receiver's policy refuses this content"),
    ("spamdetected", (r"\bspam\b", r"junk mail", r"unsolicited", r"spamassassin", r"\bube\b", r"message content rejected",
                      r"mail rejete", r"迷惑メール", r"垃圾邮件", r"垃圾郵件", r"스팸"), f"{G}: the content was judged to be spam"),
    # limits and reputation
    ("ratelimited", (r"unusual rate", r"max(?:imum)? (?:number of )?messages? per connection", r"too many (?:connections|messages|concurrent|recipients)",
                     r"rate limit(?:ed|ing)?\b(?! due to ip reputation)", r"throttl", r"frequency limited",
                     # a Chinese host's label: the number of mails sent is over the limit
                     r"发信数超限制"),
     f"{G}: too much mail or too many connections (X.7.28)"),
    ("badreputation", (r"(?:poor|bad|low|ip) (?:sender |ip |domain )?reputation",), f"{G}: the sender's reputation"),
    # Sisimai::Reason::Filtered's own example ("550 5.1.2 User reject"): this recipient refuses the mail
    ("filtered", (r"\buser reject\b", r"受信者(?:側)?の設定により"), f"{G}: the recipient refuses this mail (Sisimai::Reason::Filtered)"),
    ("blocked", (r"client host rejected", r"client host blocked", r"block ?list", r"deny ?list", r"spamhaus", r"spamcop",
                 r"black ?hole list", r"mail from \[?\d{1,3}(?:\.\d{1,3}){3}\]? (?:refused|rejected|not allowed)",
                 r"abuseat", r"\bdnsbls?\b", r"\b(?:helo|ehlo)\b.{0,40}(?:invalid|not allowed|rejected)", r"\brbl\b", r"black ?list", r"blocked using", r"(?<!not )listed (?:on|in|at) ",
                 r"please use (?:the )?smtp (?:server|relay) of your", r"invalid ip for sending", r"service refus",
                 r"ip (?:address )?(?:is )?blocked", r"blocked ip", r"\bip .{0,30}blocked"),
     f"{G}: the sending host is refused or on a blocklist"),
    # transport
    ("networkerror", (r"no route to host", r"no answer from host", r"dns query failed", r"hop count exceeded", r"mail loop", r"routing loop",
                      r"too many hops", r"网络异常"), f"{G}: routing or loop failure (X.4.4, X.4.6)"),
    ("expired", (r"will be retried for", r"not delivered within \d", r"remote host is not responding",
                 r"did not accept our requests to connect", r"message expired", r"delivery (?:time|period) expired",
                 r"queue(?:d)? too long", r"delivery failed \d{1,4} attempts", r"has been in the queue too long",
                 # a Spanish-language bounce line: "delivery time expired"
                 r"tiempo de entrega vencido"),
     f"{G}: retried until the time limit (X.4.7)"),
    ("systemfull", (r"insufficient (?:system storage|disk space)", r"disk (?:is )?full", r"system (?:is )?full"),
     f"{G}: the receiving system is out of storage (X.3.1)"),
    ("systemerror", (r"internal (?:server |system )?error", r"server (?:is )?busy"), f"{G}: the receiving system failed (X.3.0)"),
    ("securityerror", (r"unauthenticated senders", r"authentication (?:is )?required", r"security polic"),
     f"{G}: SMTP authentication required (X.7.0, X.7.8)"),
    # a command the server did not recognize says so plainly, whatever code it carries (Exchange: 5.3.3)
    ("syntaxerror", (r"malformed address", r"syntax error in (?:parameters|arguments)", r"smtp protocol violation",
                     r"unrecognized command", r"command unrecognized", r"command not recognized"), f"{G}: command syntax (X.5.2)"),
    # RFC 5321's own texts for 554 and 421
    ("systemerror", (r"service currently unavailable", r"transaction failed"), f"{G}: RFC 5321 section 4.2.2 texts"),
    ("failedstarttls", (r"starttls",), f"{G}: TLS (X.7.10)"),
]

BROAD: list[tuple[str, tuple[str, ...], str]] = [
    ("notcompliantrfc", (r"rfc ?5322", r"message is not rfc", r"multiple (?:from|to|subject|date) headers",
                         r"header (?:line )?(?:is )?(?:too long|malformed)"), f"{G}: the message's form"),
    ("authfailure", (r"\b5\.7\.26\b", r"sender policy framework", r"(?:is not|isn't) authenticated",
                     r"authentication (?:check )?fail(?:ed|ure)? for", r"does not (?:pass|meet) .{0,40}authentication",
                     r"5\.7\.2[0-7]\b", r"is not allowed to send (?:mail )?from", r"spf record"), f"{G}: SPF, DKIM, DMARC"),
    ("requireptr", (r"no (?:dns )?(?:ptr|rdns)", r"client host .{0,80}reverse", r"ip address .{0,40}(?:does not|doesn't) resolve",
                    r"hostname (?:lookup|resolution) (?:failed|failure)", r"no .{0,10}hostname for (?:your )?ip", r"5\.7\.25\b",
                    r"connection refused\. .{0,40}reverse", r"dns (?:reverse|ptr)", r"without reverse", r"forward[- ]confirmed"),
     f"{G}: reverse DNS"),
    ("virusdetected", (r"\bvirus", r"infected", r"trojan", r"worm\b"), f"{G}: a virus"),
    ("suspend", (r"account (?:is )?(?:temporarily )?(?:unavailable|blocked)", r"mailbox (?:is )?temporarily unavailable",
                 r"recipient (?:is )?(?:temporarily )?(?:disabled|suspended)", r"this account has been", r"is no longer (?:active|available)",
                 r"has been deleted", r"account expired", r"mailbox is frozen", r"user (?:account )?is (?:not )?active",
                 r"user not active", r"not an active", r"mailbox inactive"), f"{G}: a suspended mailbox"),
    ("mailboxfull", (r"(?:disk|storage|mailbox) (?:space|quota) (?:exceeded|full|limit)", r"insufficient (?:disk |storage )?space",
                     r"mail ?box full", r"out of (?:disk )?space", r"no space left",
                     r"user(?:'s)? (?:mailbox|disk|quota) (?:is )?(?:full|exceeded)", r"mailfolder is full",
                     r"would exceed (?:the )?(?:quota|mailbox)", r"full mailbox", r"recipient(?:'s)? (?:mailbox|inbox) is full",
                     r"size limit.{0,30}mailbox", r"not enough (?:storage|space)", r"exceeds (?:the )?(?:mailbox|size) quota",
                     r"storage limit", r"mailbox size limit"), f"{G}: a full mailbox"),
    ("emailtoolarge", (r"message (?:size )?(?:is )?(?:too (?:big|large)|exceeds|larger than)", r"too large", r"too big",
                       r"size (?:limit )?exceeded", r"message length exceeds", r"maximum (?:allowed )?(?:message )?size",
                       r"message size limit", r"mail size", r"size of (?:the )?message"), f"{G}: a size limit"),
    ("hasmoved", (r"address (?:has )?(?:been )?changed", r"has moved", r"no longer (?:at|with) this", r"moved to",
                  r"new (?:e-?mail )?address is"), f"{G}: the address has moved (X.1.6)"),
    ("norelaying", (r"we do not relay", r"no relaying", r"open relay", r"relaying denied", r"not a gateway", r"relay access",
                    r"relaying mail to .{0,80} is not allowed", r"cannot relay"), f"{G}: relaying"),
    ("userunknown", (r"(?:user|recipient|mailbox|address|account|addressee)(?: name)? (?:does not|doesn't|did not) exist",
                     r"(?:no|invalid|bad|non-?existent|unknown) (?:such )?(?:user|recipient|mailbox|address|account|person)",
                     r"not (?:a )?(?:valid|known) (?:user|recipient|mailbox)",
                     r"(?:user|recipient|mailbox|address|addressee) (?:is )?(?:unknown|not found|invalid|not exist)",
                     r"(?:user|mailbox|recipient) (?:not|unknown) (?:found|here|local|listed)", r"not listed in",
                     r"no mailbox", r"account (?:is )?unavailable", r"invalid (?:e-?mail )?address",
                     r"(?:recipient|user|account) (?:not )?(?:unknown|recogni[sz]ed)", r"name is not recognized",
                     r"not our customer", r"no valid recipients", r"mailbox (?:does not|doesn't) exist",
                     r"no account by that name", r"address lookup failed", r"destination address (?:does not exist|invalid)",
                     r"not have an account", r"mailbox unavailable"), f"{G}: an unknown address"),
    ("hostunknown", (r"host (?:or domain name )?not found", r"no (?:a|dns) (?:record|host)", r"unrouteable (?:mail )?domain",
                     r"no such (?:domain|host)", r"unknown domain", r"hostname (?:not found|unknown)", r"host name lookup failure",
                     r"dns (?:lookup|query) fail", r"domain (?:is )?(?:invalid|unknown)", r"invalid domain", r"illegal host/domain",
                     r"no route to", r"unresolvable domain"), f"{G}: an unknown domain"),
    ("notaccept", (r"not accepting (?:e-?)?mail", r"accepts no mail", r"no mail (?:is )?accepted", r"mail is not accepted",
                   r"no mx (?:record|host)"), f"{G}: no mail accepted"),
    ("rejected", (r"mail from .{0,40}(?:rejected|refused)", r"domain (?:of sender )?(?:address )?.{0,60}does not exist",
                  r"sender domain", r"envelope sender", r"return path", r"bounce (?:address|path)", r"invalid sender",
                  r"unknown sender", r"sender unknown", r"from address", r"sender (?:is )?(?:not|un)verified", r"sender address",
                  r"\bsender\b.{0,40}(?:does not exist|unknown|invalid)"), f"{G}: the sender refused"),
    ("failedstarttls", (r"starttls", r"tls (?:negotiation|handshake) fail"), f"{G}: TLS"),
    ("spamdetected", (r"spam (?:message|content|detected|score)", r"bulk mail",
                      r"content (?:was )?(?:considered|identified|classified) as spam", r"spam(?:my|like)",
                      r"message (?:content )?(?:looks|seems) like spam", r"rejected as spam", r"high probability of spam",
                      r"classified as (?:\*\*)?spam", r"spam-?filter"), f"{G}: spam"),
    ("ratelimited", (r"rate-limit", r"ratelimit", r"too fast", r"sending (?:limit|quota) (?:exceeded|reached)",
                     r"exceeded (?:the )?(?:sending|daily|hourly) ", r"(?:daily|hourly) (?:sending )?(?:limit|quota)",
                     r"try again later.{0,20}too many", r"connection rate", r"receiving mail at a rate",
                     r"unusual (?:rate|amount|volume)", r"slow down", r"due to excessive volume",
                     # greylisting: a deliberate "try again later" for senders not seen before
                     r"gr[ae]y ?list"), f"{G}: limits (X.7.28)"),
    ("badreputation", (r"reputation", r"sender score", r"user complaints"), f"{G}: reputation"),
    ("contenterror", (r"message header", r"header (?:size|too)", r"invalid (?:message )?(?:content|mime|header)",
                      r"improper(?:ly)? formatted", r"content error", r"\bmime\b", r"encoding", r"8[- ]?bit", r"line too long",
                      r"malformed"), f"{G}: the content's format (X.6.x)"),
    ("expired", (r"(?:delivery|retry) (?:time ?)?(?:period|timeout|time limit) (?:has )?(?:expired|exceeded)",
                 r"message (?:has )?expired", r"could not be delivered (?:with)?in", r"too long in (?:the )?queue", r"retry time",
                 r"have been failing for", r"giving up", r"for \d+ (?:days|hours)", r"deferred", r"expired",
                 # a server that never answered in time: retried until the limit
                 r"timed? ?out", r"time(?:d)?-?out",
                 r"delivery delay", r"no answer from host", r"unable to deliver .{0,40}after"),
     f"{G}: retried too long (X.4.7)"),
    ("networkerror", (r"connection (?:refused|reset|lost|closed|dropped)",
                      r"network (?:error|unreachable|is unreachable)", r"host (?:is )?unreachable", r"could not connect",
                      r"unable to connect", r"lost connection", r"loop(?:s)? (?:back|detected)", r"dns (?:error|failure|problem)",
                      r"temporary (?:dns|lookup) failure", r"connect to .{0,80} failed"), f"{G}: the connection failed (X.4.x)"),
    ("systemfull", (r"(?:system|server|disk|mail system|spool) (?:is )?full", r"out of memory"), f"{G}: system storage"),
    ("mailererror", (r"command (?:died|failed|output)", r"exit code", r"procmail", r"local delivery failed",
                     r"delivery to (?:a )?(?:pipe|file) ", r"\bx-unix;", r"pipe to", r"permission denied", r"dot-?forward"),
     f"{G}: the delivery program"),
    ("systemerror", (r"system error", r"server error", r"local error", r"temporary failure", r"temporarily unavailable",
                     r"configuration error", r"service (?:temporarily )?unavailable", r"misconfigur", r"resources temporarily",
                     r"server (?:is )?(?:busy|down)"), f"{G}: the receiving system"),
    ("syntaxerror", (r"syntax error", r"command not recognized", r"unrecognized command", r"bad sequence", r"invalid command",
                     r"command unrecognized"), f"{G}: SMTP syntax (X.5.x)"),
    ("suppressed", (r"suppress", r"previously (?:bounced|hard bounced|complained)"), f"{G}: on a suppression list"),
]

GENERIC_SOURCE = "refusal words"

# Words that say only "no": they decide when nothing more specific is said.
GENERIC: list[tuple[str, tuple[str, ...], str]] = [
    ("securityerror", (r"authentication (?:required|is required)", r"must (?:be )?authenticat", r"\bauth(?:entication)? failed",
                       r"security polic", r"insecure", r"certificate", r"sender verify fail", r"verification fail",
                       r"\bsmtp auth", r"not authorized", r"unauthorized", r"access denied"), f"{G}: refusal words"),
    ("blocked", (r"\bblock(?:ed|list|listed)?\b", r"\bdnsbl\b", r"\brbl\b", r"(?<!not )listed (?:on|in|at|by)", r"blacklisted",
                 r"denylist", r"client host .{0,60} (?:rejected|refused|blocked)", r"connection (?:refused|rejected)",
                 r"ip (?:address )?(?:is |has been )?(?:not allowed|banned|rejected|denied)", r"banned",
                 r"your (?:ip|host|server|network)", r"not allowed to connect", r"refused to talk", r"dynamic ip", r"dial-?up",
                 r"residential", r"too many errors from your ip", r"not accepted from (?:this|your) ip"), f"{G}: refusal words"),
    ("policyviolation", (r"polic(?:y|ies)", r"prohibited", r"not (?:permitted|allowed) by", r"violat", r"ポリシーに違反",
                         r"\bcontent (?:rejected|filter|restrictions?)", r"attachment", r"message contents? (?:rejected|refused)", r"disallowed"),
     f"{G}: refusal words"),
    # "Recipient address rejected: <why>" is a prefix: the words after it decide when they can
    ("userunknown", (r"couldn't find", r"could(?: not|n't) be found", r"doesn't have a", r"is not a valid",
                     r"permanent failure for one or more recipients", r"recipients? (?:address )?(?:rejected|refused)",
                     r"recipient address rejected"), f"{G}: refusal words"),
    ("rejected", (r"address rejected", r"rejected", r"refused", r"denied"), f"{G}: refusal words"),
]
