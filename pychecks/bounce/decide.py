"""One place that decides a recipient's reason from the evidence, by one precedence.

The format modules only extract evidence; this module weighs it.  The pieces:
the remote server's reply (``diagnostic``), the enhanced status code, the SMTP
reply code, the SMTP command the reply answered, the DSN action, the format's
own verdict, text of the notice that concerns this recipient only (``notice``),
and the bounce's own explanation and subject (``hint``).

Precedence (the first step that yields a reason decides; later steps refine):

1. the format's own verdict (a feedback report, an auto-reply);
2. ``delivered`` for a 2.x.x status or a delivered action; ``mailererror`` when a
   local program (x-unix) failed;
3. a specific phrase in the reply (provider, MTA and specific general rows of
   :mod:`.rules`): plain words outrank any code;
4. the status code: a whole code that says more than its class (``STATUS_EXACT``),
   then class.subject, unless the code is vague (``WEAK_STATUS``) and a phrase speaks;
5. a broad phrase in the reply, then the bare refusal words;
6. a vague status code;
7. a delay notice with nothing else said: ``expired`` (still being retried);
8. a reply code with a single meaning (``SINGLE_MEANING_REPLY``: 5.0x syntax, RFC 4954
   authentication, RFC 7504 "no mail here"): it is this recipient's own answer;
9. phrases of the bounce's own explanation and subject, which only stand in when the
   reply says nothing (they may come from boilerplate or help text), then any other SMTP reply code;
10. ``onhold`` when something was said but nothing matched, else ``undefined``.

Then the SMTP command corrects the reading (:func:`_refine`): "user unknown" not said
to RCPT TO is the recipient's filter, a refusal of MAIL FROM concerns the sender, one
before any address the sending host.  Text that concerns this recipient only may name
a full or suspended mailbox that the remote "user unknown" hid.

Each decision keeps the pieces it rests on (``evidence``: ``{source, text, rule}``)
and a confidence: ``certain`` (plain words, or a specific code that agrees with them),
``likely`` (a specific code alone, broad words, a delay), ``guess`` (vague codes, the
bounce's boilerplate, a bare reply code).
"""

from __future__ import annotations

import re

from . import rules
from .rules.codes import REPLY, SINGLE_MEANING_REPLY, WEAK_STATUS, by_status, by_status_exact, detail
from .rules.providers import PROVIDERS

CERTAIN, LIKELY, GUESS = "certain", "likely", "guess"
RFC3463 = "RFC 3463 (enhanced status codes): https://www.rfc-editor.org/rfc/rfc3463"
RFC5321 = "RFC 5321 section 4.2 (reply codes): https://www.rfc-editor.org/rfc/rfc5321"

_PROVIDER_SOURCES = frozenset(row[2] for row in PROVIDERS)
_REPLY_FIRST = re.compile(r"^\s*[45]\d\d[ -]")
# a local program's own words ("procmail: ...", "command died", "exit 75"): its failure, whatever the code
_PROGRAM_WORDS = re.compile(r"^[\w./-]{2,40}: |\s[\w./-]{2,40}: (?:couldn'?t|cannot|can't)|command|exit|died|signal|"
                            r"permission denied|no such file|core dump", re.I)

# a failure of the connection itself, with no word from the remote server (each names the connection:
# the rule that reads it asks for "connect" too)
_TRANSPORT_ONLY = re.compile(r"^\W*(?:connection (?:refused|timed out|reset)|network connection shut down|"
                             r"connection closed by remote host)", re.I)

# reasons a one-recipient notice may name more precisely than a remote "user unknown"
NOTICE_OVERRIDES = ("suspend", "mailboxfull")


class Decision:
    """A reason, how sure, and why (plain class: no dataclasses import at start-up)."""

    __slots__ = ("reason", "confidence", "evidence")

    def __init__(self, reason: str, confidence: str, evidence: list[dict[str, str]]):
        self.reason = reason
        self.confidence = confidence
        self.evidence = evidence

    def __repr__(self) -> str:
        return f"Decision({self.reason!r}, {self.confidence!r}, {self.evidence!r})"


def _piece(source: str, text: str, rule: str) -> dict[str, str]:
    return {"source": source, "text": text[:300], "rule": rule}


def decide(diagnostic: str, status: str = "", replycode: str = "", action: str = "", *, hint: str = "",
           forced: str = "", command: str = "", diagtype: str = "", notice: str = "", local: bool = False) -> Decision:
    """The reason for one recipient, with the evidence it rests on.

    ``local``: the recipient is in the sender's own domain (which the reporting server often delivers
    to itself)."""
    if forced:
        return Decision(forced, CERTAIN, [_piece("format", forced, "the notice's own format")])
    if command == "CONNECT" and detail(status) == "5.0":
        # refused at the greeting, before any command was sent: no syntax or protocol error can be meant.
        # Sendmail writes X.5.0 for every refused greeting (usersmtp.c smtpinit(): "unavailable:
        # mci_setstat(mci, EX_UNAVAILABLE, "5.5.0", SmtpReplyBuffer)"), so the code says only "failed"
        status = f"{status[0]}.0.0"
    d = _first(diagnostic, status, replycode, action, hint, diagtype)
    if d.reason in ("userunknown", "filtered"):
        # the notice usually repeats the reply: the words that already decided (Sendmail's "Mailbox disabled for
        # this recipient", an access-map refusal) cannot also stand for a suspended mailbox
        rest = notice
        for piece in d.evidence:
            if len(piece["text"]) > 8:
                rest = re.sub(re.escape(piece["text"]), " ", rest, flags=re.I)
        for specific in NOTICE_OVERRIDES:
            if rules.says(rest, specific):
                _, phrase, source = rules.find(rest, True)
                return Decision(specific, LIKELY, [*d.evidence, _piece("notice", phrase, source)])
    return _refine(d, diagnostic, status, replycode, command, action, local)


# what a sending server adds when it gives up ("<reply>: retry timeout exceeded"): the reply before it
# says what went wrong, these words only that the server stopped trying
_GAVE_UP = re.compile(r"[:;,]?\s*(?:retry timeout exceeded|retry time not reached for any host after a long failure period)"
                      r"\s*$", re.I)
# qmail-send's give-up line after qmail-remote's last temporary error (qmail-send.c, the QMAIL_SEND source of
# tests/unit/documented_wordings.py); the MTA table reads it as expired unless the remote's words come first
_QMAIL_GAVE_UP = re.compile(r"i'?m not going to try again;\s+this message has been in the queue too long", re.I)


# where a reporting MTA's own template ends and the remote server's words begin: qmail-remote's
# "Connected to <ip> but sender was rejected.\nRemote host said: <reply>" (qmail-remote.c, the QMAIL_REMOTE
# source of tests/unit/documented_wordings.py) and Postfix's "host <name>[<ip>] said: <reply> (in reply to
# <command> command)" (postfix/src/smtp/smtp_proto.c)
_REMOTE_SAID = re.compile(r"\b(?:remote host|host [\w.\-]{1,255}(?:\[[\d.:a-f]{1,60}\])?) said:\s*", re.I)


def _strong(diagnostic: str) -> tuple[str, str, str]:
    """The first strong phrase, looked for in the remote server's own words first: the reporting MTA's
    template around them ("but sender was rejected") only stands in when they say nothing specific."""
    said = _REMOTE_SAID.search(diagnostic) if "said:" in diagnostic.lower() else None
    if said:
        remote = diagnostic[said.end():]
        found = rules.find(remote, True)
        if found[0]:
            return found
        broad = rules.find(remote)
        if broad[0] and not broad[2].endswith(rules.GENERIC_SOURCE):
            return broad  # the remote's own words, however broad, say more than the template
    return rules.find(diagnostic, True)


def _first(diagnostic: str, status: str, replycode: str, action: str, hint: str, diagtype: str) -> Decision:
    """Steps 2 to 10 of the precedence (see the module's docstring): the first that speaks decides."""
    gave_up = _GAVE_UP.search(diagnostic)
    if gave_up:
        diagnostic = diagnostic[: gave_up.start()]
    strong, phrase, source = _strong(diagnostic)
    if action == "delivered" or (status.startswith("2.") and action in ("relayed", "expanded")) or (
            status.startswith("2.") and not action and not strong):
        # a success code beside words of failure is no success: the words decide below
        return Decision("delivered", CERTAIN, [_piece("status" if status else "action", status or action, RFC3463)])
    code = by_status(status)
    if diagtype in ("x-unix", "x-local", "x-mailer") and status[2:4] not in ("2.", "3.") and (
            strong not in ("mailboxfull", "emailtoolarge", "systemerror", "userunknown")
            or (strong == "userunknown" and _PROGRAM_WORDS.search(diagnostic))):
        # a local program failed; a code about the mailbox (x.2.x, e.g. 5.2.2 from a quota) still says
        # what happened, any other code is only the program's exit status translated
        return Decision("mailererror", CERTAIN, [_piece("format", diagtype, "a local program reported the failure")])
    stopped = gave_up or (_QMAIL_GAVE_UP.search(diagnostic) if strong == "networkerror" else None)
    if strong == "networkerror" and stopped:
        # a DNS or connection failure retried until the sender gave up: the queue lifetime ran out on a network
        # error (Sisimai::Reason::Expired), as _refine reads a connection failure reported as failed
        return Decision("expired", LIKELY, [_piece("reply", phrase, source),
                                            _piece("reply", stopped.group(0).strip(" :;,"), "the sending server gave up")])
    if strong:
        # a provider's or an MTA's own row knows what its code means; a general one must agree with it
        agrees = not code or code == strong or detail(status) in WEAK_STATUS or not source.startswith("general")
        evidence = [_piece("reply", phrase, source)]
        if status and code == strong:
            evidence.append(_piece("status", status, RFC3463))
        return Decision(strong, CERTAIN if agrees else LIKELY, evidence)
    sub = detail(status)
    broad, bphrase, bsource = rules.find(diagnostic)
    exact = by_status_exact(status)
    if exact and not (sub in WEAK_STATUS and broad):
        return _by_code(exact, status, broad, bphrase, bsource)
    if sub and sub not in WEAK_STATUS and code:
        return _by_code(code, status, broad, bphrase, bsource)
    if broad and not bsource.endswith(rules.GENERIC_SOURCE):
        return Decision(broad, LIKELY, [_piece("reply", bphrase, bsource)])
    if sub in WEAK_STATUS and sub not in ("0.0", "7.0", "7.1") and code and code != "undefined":
        # a vague code still says more than bare refusal words ("temporarily rejected" with 4.3.0)
        return Decision(code, GUESS, [_piece("status", status, RFC3463)])
    if broad:
        return Decision(broad, LIKELY, [_piece("reply", bphrase, bsource)])
    if sub in WEAK_STATUS and sub != "0.0" and code and code != "undefined":
        return Decision(code, GUESS, [_piece("status", status, RFC3463)])
    if gave_up:
        return Decision("expired", LIKELY, [_piece("reply", gave_up.group(0).strip(" :;,"), "the sending server gave up")])
    if action == "delayed":
        return Decision("expired", LIKELY, [_piece("action", "delayed", "RFC 3464: Action: delayed (still being retried)")])
    if replycode in SINGLE_MEANING_REPLY:
        # this recipient's own reply code, when it has one meaning, outranks the notice's boilerplate
        return Decision(REPLY[replycode], GUESS, [_piece("replycode", replycode, RFC5321)])
    found = rules.find(hint, True)
    if not found[0]:
        found = rules.find(hint)
    if found[0] and not found[2].endswith(rules.GENERIC_SOURCE):
        # the bounce's own words ("... is attached", "rejected"): a bare refusal word there says nothing
        return Decision(found[0], GUESS, [_piece("bounce", found[1], found[2])])
    if replycode in REPLY and REPLY[replycode] != "undefined":
        return Decision(REPLY[replycode], GUESS, [_piece("replycode", replycode, RFC5321)])
    if status or diagnostic:
        return Decision("onhold", GUESS, [_piece("reply", diagnostic or status, "nothing in the tables matched")])
    return Decision("undefined", GUESS, [])


def _by_code(reason: str, status: str, broad: str, phrase: str, source: str) -> Decision:
    evidence = [_piece("status", status, RFC3463)]
    if broad == reason:
        evidence.append(_piece("reply", phrase, source))
        return Decision(reason, CERTAIN, evidence)
    return Decision(reason, LIKELY, evidence)


def _user_refused_elsewhere(status: str, command: str, provider: bool, diagnostic: str = "") -> bool:
    """A "no such user" that was not the answer to RCPT TO: the recipient's filter refused the mail.

    After DATA (unless the code says "bad address"), or, in a general wording, with a code about the
    mailbox or the system (x.2.x, x.3.x) or policy (5.7.x) rather than the address (x.1.x): a
    provider's own code means what its reference says.  Postfix's "Recipient address rejected: ..." is
    its answer to RCPT TO (smtpd_recipient_restrictions, as its smtpd_check.ref prints), whatever code it
    carries, so with no command known it still concerns the address.
    """
    if command == "RCPT" or (not command and "recipient address rejected" in diagnostic.lower()):
        return False
    sub = status[2:4]
    if command == "DATA" and sub not in ("1.", "5."):
        return True
    return not provider and status[:1] == "5" and sub in ("2.", "3.", "7.")


def _refine(d: Decision, diagnostic: str, status: str, replycode: str, command: str, action: str,
            local: bool) -> Decision:
    """Correct a reason by the SMTP command the refusal answered and by the code's class."""
    reason = d.reason
    temporary = status.startswith("4.") or (not status and replycode.startswith("4"))
    new, why = reason, ""
    # a provider's own code means what its reference says: the command does not reinterpret it
    provider = bool(d.evidence) and d.evidence[0]["rule"] in _PROVIDER_SOURCES
    at_command = rules.reading_at(diagnostic, command) if provider else ""
    if at_command and at_command != reason:
        new, why = at_command, f"what the provider's wording means as the answer to {command}"
    # a provider row that names its reading at this command (an alias service answering at DATA) keeps it
    elif reason == "userunknown" and at_command != reason and _user_refused_elsewhere(status, command, provider,
                                                                                     diagnostic):
        new, why = "filtered", "an unknown-user answer not given to RCPT TO is the recipient side's filter"
    elif command == "MAIL" and (reason in ("userunknown", "filtered", "hostunknown") or (
            reason in ("blocked", "securityerror", "badreputation") and not rules.match_phrase(diagnostic, True))):
        new, why = "rejected", "a refusal of MAIL FROM concerns the sender"
    # (a domain the sending MTA itself could not resolve before connecting, with no reply from any host, stays
    # hostunknown: SmarterMail's "Failed to connect to the recipients mail server. No MX records were found ...")
    elif command in ("EHLO", "HELO", "CONNECT") and (reason in ("rejected", "userunknown", "onhold", "undefined") or (
            reason == "hostunknown" and replycode) or (
            reason == "securityerror" and not rules.match_phrase(diagnostic, True))):
        new, why = "blocked", "refused before any address was given: the sending host is refused"
    elif reason == "hostunknown" and (temporary or "try again" in diagnostic.lower()):
        new, why = "networkerror", "a DNS failure reported as temporary"
    elif reason == "hostunknown" and "unrouteable address" in diagnostic.lower() and (
            local or command == "RCPT" or _REPLY_FIRST.match(diagnostic)):
        # Exim says "Unrouteable address" when no router takes the address: said by a remote server to
        # RCPT TO, or by the sender's own server for its own domain, that is an unknown user
        new, why = "userunknown", "Exim's 'Unrouteable address' for a domain the server handles itself"
    elif reason == "networkerror" and action == "failed" and "connect" in diagnostic.lower() and (
            temporary or (status.endswith(".0.0") and not replycode and _TRANSPORT_ONLY.search(diagnostic))):
        # a connection that failed is never a final answer; a server that reports it as failed (Courier
        # always writes 5.0.0) has retried until it gave up
        new, why = "expired", "a connection failure the sending server retried until it gave up"
    elif reason == "policyviolation" and command == "RCPT" and status == "5.7.0" and not rules.match_phrase(
            diagnostic, True):
        new, why = "securityerror", "a bare policy word before any content was sent: the code's reading stands"
    if new == reason:
        if command:
            d.evidence.append(_piece("command", command, "the SMTP command the reply answered"))
        return d
    return Decision(new, d.confidence, [*d.evidence, _piece("command", command or status, why)])
