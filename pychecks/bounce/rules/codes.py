"""What the codes alone say: RFC 3463 enhanced status codes and RFC 5321 reply codes.

Sources:

* RFC 3463 (Enhanced Mail System Status Codes), section 3, and the IANA
  "SMTP Enhanced Status Codes" registry (later codes: X.7.20-X.7.26 from
  RFC 7372, X.7.27 and X.1.10 from RFC 7505, X.7.28 from RFC 8651's mail-flood
  code, X.7.29 from RFC 8617, X.7.30 from RFC 8689), read with the meaning of
  each reason name in Sisimai's reason vocabulary;
* RFC 5321 section 4.2 for the three-digit reply codes.

A code is weaker evidence than the words beside it: :mod:`..decide` lets a
specific phrase outrank any code, and lets every phrase outrank the vague
codes in :data:`WEAK_STATUS`.
"""

# ruff: noqa: E501 - data tables read better unbroken

from __future__ import annotations

# class.subject.detail -> reason, keyed by "subject.detail" (the class, 4 or 5, says temporary or not).
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
    "7.28": "ratelimited", "7.29": "authfailure", "7.30": "failedstarttls",
}

# Codes too vague to decide alone: any phrase in the reply decides first, the code is the fallback.
WEAK_STATUS = {"0.0", "7.1", "7.0", "1.0", "2.0", "3.0", "4.0", "5.0"}

# Whole codes that say more than their class.subject.
STATUS_EXACT: dict[str, str] = {
    # RFC 3463 X.4.7 "Delivery time expired"; 4.4.1 "No answer from host", 4.4.2 "Bad connection" and
    # 4.4.0 are what a sender reports while it retries, and once it stops retrying
    "4.4.7": "expired", "5.4.7": "expired", "4.4.1": "expired", "4.4.2": "expired", "4.4.0": "expired",
    # X.4.3 "Directory server failure", X.4.4 "Unable to route"
    "4.4.3": "networkerror", "4.4.4": "networkerror",
    "5.4.4": "hostunknown",
    # X.4.5 "Mail system congestion"
    "4.4.5": "systemfull",
    # Exchange Online: 5.4.1 "Recipient address rejected: Access denied" (directory-based edge
    # blocking of an address that does not exist), 5.1.10 "RecipientNotFound"
    "5.4.1": "userunknown", "5.1.10": "userunknown",
    # Yahoo's 554 5.7.9 "Message not accepted for policy reasons"
    "5.7.9": "policyviolation",
    # 4.7.0 and 4.7.1 are what large receivers send to a sending host they throttle or refuse
    "4.7.0": "blocked", "4.7.1": "blocked",
    "5.7.0": "securityerror", "5.5.0": "userunknown", "5.2.0": "mailboxfull",
}

# SMTP reply codes (RFC 5321 section 4.2.2) when nothing better is known.
REPLY: dict[str, str] = {
    "421": "systemerror", "450": "mailboxfull", "451": "systemerror", "452": "mailboxfull",
    "454": "systemerror", "455": "systemerror",
    "500": "syntaxerror", "501": "syntaxerror", "502": "syntaxerror", "503": "syntaxerror",
    "504": "syntaxerror", "521": "notaccept", "523": "emailtoolarge", "524": "securityerror",
    "525": "suspend", "530": "securityerror", "534": "securityerror", "535": "securityerror",
    "538": "securityerror", "550": "userunknown", "551": "hasmoved", "552": "mailboxfull", "553": "userunknown",
    "554": "undefined", "556": "notaccept",
}

# reply codes with a single meaning, which say more about this recipient than the notice's boilerplate:
# RFC 5321 section 4.2.2/4.2.3 (500-504 syntax and sequence, 551 "user not local"), RFC 4954 section 6
# (530 authentication required, 534 mechanism too weak, 535 credentials invalid, 538 encryption required
# for the mechanism), RFC 7504 (521 and 556: the host accepts no mail).  The other codes (421, 450-452,
# 550, 552-554, ...) are used for many causes and stand behind the notice's words.
SINGLE_MEANING_REPLY = frozenset({"500", "501", "502", "503", "504", "521", "530", "534", "535", "538", "551",
                                  "556"})


def by_status(status: str) -> str:
    if not status or status.count(".") != 2:
        return ""
    return STATUS.get(status.split(".", 1)[1], "")


def by_status_exact(status: str) -> str:
    return STATUS_EXACT.get(status, "")


def detail(status: str) -> str:
    """"subject.detail" of a well-formed code, else ""."""
    return status.split(".", 1)[1] if status.count(".") == 2 else ""
