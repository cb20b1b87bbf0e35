"""What every form accepts as a domain name and as a mail address.

One definition for the port checker, the settings generator and the
support-request builder, so a reader's address is never valid on one page
and refused on the next.  Deliberately the common subset (LDH domain labels,
RFC 5322 dot-atom local parts), not every form the RFCs allow.
"""

from __future__ import annotations

import re

# ASCII letters only, spelled out: with re.I a class such as [a-z] also matches the dotless "ı" and
# the Kelvin sign "K".  Whole-string matches (fullmatch), never "$", which allows a trailing newline.
# The last label must hold a letter: that refuses IP addresses ("192.0.2.1") and numeric TLDs.
_DOMAIN_RE = re.compile(
    r"(?=.{1,253}\Z)(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*"
    r"\.(?!-)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9-]{1,63}(?<!-)")
_LOCAL_RE = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")


def is_domain(value: str) -> bool:
    """A host or domain name with at least two labels (a trailing dot is allowed)."""
    return value.isascii() and bool(_DOMAIN_RE.fullmatch(value.rstrip(".")))


def is_local_part(value: str) -> bool:
    return 0 < len(value) <= 64 and value.isascii() and bool(_LOCAL_RE.fullmatch(value))


def is_address(value: str) -> bool:
    local, at, domain = value.rpartition("@")
    return bool(at) and is_local_part(local) and is_domain(domain)
