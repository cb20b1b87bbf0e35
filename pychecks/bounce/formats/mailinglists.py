"""Mailing-list managers' own refusals of a post: the list answered, not a mail server.

Mailman, mlmmj and Sympa tell the poster in their own words why the list did not take a post;
no SMTP reply says it, so the record rests on the template's sentence.  The recipient is the
list's address.  A post held for moderation, a welcome or a confirmation request is no refusal:
its wording is not listed here, and such mail gives no record.

Templates (each sentence below is one of theirs):

- GNU Mailman 2: Mailman/Handlers/Moderate.py do_reject(), Mailman/Handlers/Hold.py (the
  ``rejection`` texts), sent by Mailman/Bouncer.py BounceMessage() from the list's -owner address
  with the post's own subject:
  https://github.com/jaredmauch/mailman2-python3/blob/master/Mailman/Handlers/Moderate.py
- GNU Mailman 3: src/mailman/templates/en/list:user:notice:rejected.txt ("Your message to the
  <list> mailing-list was rejected for the following reasons:") with the rules' reasons
  (src/mailman/rules/moderation.py "The message is not from a list member"), sent by
  src/mailman/app/bounces.py bounce_message():
  https://gitlab.com/mailman/mailman/-/tree/master/src/mailman/templates/en
- mlmmj: listtexts/en/subonlypost, maxmailsize, access, notintocc ("Hi, this is the mlmmj
  program managing the mailinglist"): https://github.com/neonkore/MLmmj/tree/master/listtexts/en
- Sympa: default/mail_tt2/delivery_status_notification.tt2 (status 5.7.1) with the reasons of
  authorization_reject.tt2 / report.tt2 ("Message distribution in the list is restricted to list
  subscribers."); the DSN's own Diagnostic-Code is only RFC 3463's title of the code:
  https://github.com/sympa-community/sympa/blob/main/default/mail_tt2/delivery_status_notification.tt2

Reasons: a list that takes posts only from its members refuses the sender (``rejected``, as
for Google Groups, :mod:`.googlegroups`); a post over the list's size limit is ``emailtoolarge``;
one caught by a rule the list's administrator set is the recipient side's own filter
(``filtered``); a post whose To/Cc does not name the list breaks the list's policy on the
message's form (``policyviolation``).
"""

from __future__ import annotations

import re

from ..facts import Fact, clean_address, find_addresses
from ..phrases import Gated, PhraseTable, matched

NAME = "MailingList"

# (reason, sentence of a template); lower-case, searched in the notice's unfolded text
REFUSALS: tuple[tuple[str, str], ...] = (
    ("emailtoolarge", r"your mail was rejected due to the size limit"),  # mlmmj maxmailsize
    ("emailtoolarge", r"your message was too big; please trim it"),  # Mailman 2 MessageTooBig
    ("emailtoolarge", r"was over the maximum size \(\d+ ?kb\) allowed on this list"),  # Sympa 5.2.3
    ("filtered", r"rejected because it matched a rule set up by the list administrator"),  # mlmmj access
    ("policyviolation", r"the list address must be contained in either the to: or cc: header"),  # mlmmj notintocc
    ("policyviolation", r"blind carbon copies or other implicit destinations are not allowed"),  # Mailman 2
    ("policyviolation", r"message has implicit destination"),  # Mailman 2 and 3 rule
    ("rejected", r"because you are not subscribed to the mailing list"),  # Mailman 2 do_reject()
    ("rejected", r"you are not allowed to post to this mailing list"),  # Mailman 2 list notice, as lists set it
    ("rejected", r"non-members are not allowed to post messages to this list"),  # Mailman 2 NonMemberPost
    ("rejected", r"you are forbidden from posting messages to this list"),  # Mailman 2 ForbiddenPoster
    ("rejected", r"this list is restricted; your message was not approved"),  # Mailman 2 NotExplicitlyAllowed
    ("rejected", r"the message is not from a list member"),  # Mailman 3 nonmember-moderation
    ("rejected", r"only subscribers may post to the list"),  # mlmmj subonlypost
    ("rejected", r"message distribution (?:in|for) (?:the|this) list is restricted to"),  # Sympa send_*
    ("rejected", r"message distribution in this list is not allowed"),  # Sympa send_closed
)
_TABLE: list[PhraseTable] = []  # built on the first list notice (phrases compile on first need)

# the list manager's own mark: a header only it writes, its signature line, or its -owner sender
_MANAGER = Gated(re.compile(
    r"this is the mlmmj program managing the mailinglist|sympa mailing lists manager|"
    r"mailing-list was rejected for the following|mailing list owner at", re.I))
_OWNER_FROM = re.compile(r"[-+](?:owner|bounces)@", re.I)
_MLMMJ_LIST = re.compile(r"managing the mailinglist\s+(\S+@\S+)", re.I)
_MM3_LIST = re.compile(r"your message to the (\S+) mailing-list was rejected", re.I)


def _refusals() -> PhraseTable:
    if not _TABLE:
        _TABLE.append(PhraseTable([(reason, (sentence,)) for reason, sentence in REFUSALS]))
    return _TABLE[0]


def _is_list_manager(msg) -> bool:
    h = msg.headers
    if h.get("x-mailman-version") or h.get("list-id") or h.get("x-beenthere"):
        return True
    if _OWNER_FROM.search(h.get("from")):
        return True
    return bool(_MANAGER.search(msg.text[:5000]))


# a post held for the moderator names the same rule ("The message is not from a list member") as a
# refusal: held, it is not refused (Mailman 2 postheld.txt, Mailman 3 list:user:notice:hold.txt, mlmmj
# moderation-poster, Sympa's 2.3.0/4.3.0 "forwarded to the moderator(s)")
_HELD = re.compile(r"is being held until the list moderator|awaits moderator approval|"
                   r"the post has been queued for approval|has been forwarded to the moderator")


def _refusal(msg) -> tuple[str, str]:
    """(reason, the template's sentence) of the first refusal in the notice's own text."""
    text = " ".join(msg.text[:6000].split()).lower()
    if _HELD.search(f"{msg.subject.lower()} {text}"):
        return "", ""
    i = _refusals().first_index(text)
    return (REFUSALS[i][0], matched(REFUSALS[i][1], text)) if i >= 0 else ("", "")


def detect(msg) -> bool:
    if "list" not in msg.text[:6000].lower():
        return False  # every template names the list
    return _is_list_manager(msg) and bool(_refusal(msg)[0])


def _list_address(msg) -> str:
    """The list the post was sent to: the manager's own words, its headers, the post's To/Cc."""
    head = msg.text[:3000]
    m = _MLMMJ_LIST.search(head)
    if m:
        return clean_address(m.group(1))
    for name in ("x-beenthere", "list-post"):
        found = find_addresses(msg.headers.get(name))
        if found:
            return found[0]
    frm = find_addresses(msg.headers.get("from"))
    owner = frm[0] if frm and _OWNER_FROM.search(frm[0]) else ""
    posted = find_addresses(f"{msg.original.get('to')},{msg.original.get('cc')}")
    if owner:
        local, _, domain = owner.rpartition("@")
        base = re.split(r"[-+](?:owner|bounces)$", local, flags=re.I)[0]
        for a in posted:
            if a.lower() == f"{base}@{domain}".lower():
                return a
        return f"{base}@{domain}"
    same = [a for a in posted if frm and a.rpartition("@")[2] == frm[0].rpartition("@")[2]]
    if same:
        return same[0]
    m = _MM3_LIST.search(head)
    return clean_address(m.group(1)) if m and "@" in m.group(1) else (posted[0] if len(posted) == 1 else "")


def parse(msg) -> list[Fact]:
    reason, sentence = _refusal(msg)
    if not reason:
        return []
    recipient = _list_address(msg)
    if not recipient:
        return []
    return [Fact(recipient=recipient, diagnostic=sentence, reason=reason)]
