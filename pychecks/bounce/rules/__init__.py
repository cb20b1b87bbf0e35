"""The rule tables, and the searches over them.

The tables are data, each row with its source:

* :mod:`.providers`: receiving services' own codes and wordings (their error references);
* :mod:`.mta`: what Postfix, Exim, qmail and Sendmail write (their documentation);
* :mod:`.wording`: general wordings (specific, broad, and bare refusal words);
* :mod:`.codes`: RFC 3463 status codes and RFC 5321 reply codes.

:data:`STRONG` (specific phrases, which outrank any status code) is the provider,
MTA and specific general rows in that order; :data:`PHRASES` (which outrank only
vague codes) is the broad rows followed by the bare refusal words.  How the pieces
of evidence are weighed against each other is :mod:`..decide`'s job.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..phrases import PhraseSet, PhraseTable, grams_of, matched
from .codes import REPLY, STATUS, STATUS_EXACT, WEAK_STATUS, by_status, by_status_exact
from .mta import MTAS
from .providers import PROVIDERS
from .wording import BROAD, GENERIC, GENERIC_SOURCE, SPECIFIC

__all__ = ["GENERIC_SOURCE", "PHRASES", "REPLY", "STATUS", "STATUS_EXACT", "STRONG", "WEAK_STATUS", "by_status", "by_status_exact",
           "classify", "find", "is_hard", "match_phrase", "says"]

# (reason, phrases, source) rows, in the order they are tried
STRONG_ROWS = PROVIDERS + MTAS + SPECIFIC
PHRASE_ROWS = BROAD + GENERIC
STRONG: list[tuple[str, tuple[str, ...]]] = [(row[0], row[1]) for row in STRONG_ROWS]
PHRASES: list[tuple[str, tuple[str, ...]]] = [(row[0], row[1]) for row in PHRASE_ROWS]

# Each table is searched as a PhraseTable (see phrases.py), built on first use: compiling
# every phrase up front would cost more than analysing a mail.
_TABLES: dict[bool, PhraseTable] = {}
_REASON_SETS: dict[str, list[PhraseSet]] = {}


def _table(strong: bool) -> PhraseTable:
    found = _TABLES.get(strong)
    if found is None:
        found = _TABLES[strong] = PhraseTable(STRONG if strong else PHRASES)
    return found


# a multi-line reply's continuation prefix ("550-5.7.1 ... is not authorized to send email 550-5.7.1 directly
# to ..."; some MTAs drop the reply code and glue the rest: "didn't5.7.30 pass"): the phrases read across
# the later copies of the first line's prefix
_FIRST_PREFIX = re.compile(r"(?<![\w.])([245]\d\d)-([245]\.\d{1,3}\.\d{1,3})(?= )")


_LOCAL_PART = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@(?=[\w-])")


@lru_cache(maxsize=256)
def _lower(text: str) -> str:
    """The searched form of ``text`` (lower case, one space between words, a multi-line reply's
    repeated prefix dropped); kept, as :func:`says` asks for the same notice once per reason."""
    t = " ".join(text.lower().split())[:6000]
    if "@" in t:
        # an address's local part is a name, not words ("userunknown@example.org", "mailbox-full@")
        t = _LOCAL_PART.sub("x@", t)
    m = _FIRST_PREFIX.search(t) if "-" in t else None
    if not m:
        return t
    code, status = (re.escape(g) for g in m.groups())
    later = re.compile(rf"(?: {code}[- ])?(?<![\d.]){status}(?= )")
    return t[: m.end()] + later.sub("", t[m.end():])


@lru_cache(maxsize=256)
def _prepared(text: str) -> tuple[str, set[tuple[str, str, str]]]:
    """The searched form of a text and its index key, shared by both tables' searches."""
    t = _lower(text)
    return t, grams_of(t)


def match_phrase(text: str, strong: bool = False) -> str:
    """The reason of the first table entry (in table order) with a phrase anywhere in ``text``."""
    return find(text, strong)[0]


@lru_cache(maxsize=1024)
def find(text: str, strong: bool = False) -> tuple[str, str, str]:
    """``(reason, phrase, source)`` of the first matching entry, or three empty strings."""
    if not text:
        return "", "", ""
    t, grams = _prepared(text)
    table = _table(strong)
    i = table.first_index(t, grams)
    if i < 0:
        return "", "", ""
    rows = STRONG_ROWS if strong else PHRASE_ROWS
    phrase = table.sets[i].which(t)
    return rows[i][0], (matched(phrase, t) or phrase) if phrase else "", rows[i][2]


def compile_all() -> int:
    """Compile every phrase of both tables now (the browser's memory snapshot is taken after this, so a
    reader's first analysis never pays for compiling); returns how many expressions there are."""
    from ..phrases import _phrase

    count = 0
    for strong in (True, False):
        for ps in _table(strong).sets:
            for _, p in ps.keyed:
                _phrase(p).compile()
                count += 1
            for p in ps.rest_list:
                _phrase(p).compile()
                count += 1
            if ps.rest:
                _phrase(ps.rest).compile()
    return count


def reading_at(text: str, command: str) -> str:
    """What the decisive strong row's wording means when it answered ``command``, if its table says
    (a row's optional fourth item, e.g. Yahoo's "This user doesn't have a ... account" at RCPT TO)."""
    if not text or not command:
        return ""
    t, grams = _prepared(text)
    i = _table(True).first_index(t, grams)
    row = STRONG_ROWS[i] if i >= 0 else ()
    return row[3].get(command, "") if len(row) > 3 else ""


@lru_cache(maxsize=256)
def says(text: str, reason: str) -> bool:
    """Whether ``text`` holds one of the strong phrases of ``reason``."""
    if not text:
        return False
    found = _REASON_SETS.get(reason)
    if found is None:
        table = _table(True)
        found = _REASON_SETS[reason] = [p for r, p in zip(table.reasons, table.sets, strict=True) if r == reason]
    t = _lower(text)
    return any(p.search(t) for p in found)


def classify(diagnostic: str, status: str = "", replycode: str = "", action: str = "",
             hint: str = "", forced: str = "", command: str = "", diagtype: str = "", notice: str = "") -> str:
    """The reason alone (see :func:`..decide.decide` for the reason with its evidence)."""
    from ..decide import decide

    return decide(diagnostic, status, replycode, action, hint=hint, forced=forced, command=command,
                  diagtype=diagtype, notice=notice).reason


_HARD = {"userunknown", "hostunknown", "hasmoved", "notaccept"}


def is_hard(reason: str, status: str = "", replycode: str = "") -> bool:
    """A hard bounce: the address itself is bad, retrying the same address cannot work."""
    if reason not in _HARD:
        return False
    temporary = status.startswith("4.") or (not status and replycode.startswith("4"))
    return not temporary
