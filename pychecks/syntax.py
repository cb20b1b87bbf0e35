"""What every form accepts as a domain name and as a mail address.

One definition for the port checker, the settings generator and the
support-request builder, so a reader's address is never valid on one page
and refused on the next.  Deliberately the common subset (LDH domain labels,
RFC 5322 dot-atom local parts), not every form the RFCs allow.
"""

from __future__ import annotations

import re

_DOMAIN_RE = re.compile(r"^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$", re.I)
_LOCAL_RE = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")


def is_domain(value: str) -> bool:
    """A host or domain name with at least two labels (a trailing dot is allowed)."""
    return bool(_DOMAIN_RE.match(value.rstrip(".")))


def is_local_part(value: str) -> bool:
    return 0 < len(value) <= 64 and bool(_LOCAL_RE.match(value))


def is_address(value: str) -> bool:
    local, at, domain = value.rpartition("@")
    return bool(at) and is_local_part(local) and is_domain(domain)
