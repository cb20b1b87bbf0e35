"""Split an mbox file into its messages (the CLI, the analyzer page and the support hand-off share it).

A file that starts with a ``From `` line and has at least one more such line
followed by a header line holds several messages; anything else is one mail.
The engine reads one message at a time: an mbox given to it whole gives the
records of its first message only, so every caller splits first.
"""

from __future__ import annotations

import re

_FROM_LINE = re.compile(rb"^From \S{1,300}[ \t]+\S.{0,80}\d\d:\d\d(?::\d\d)?.{0,30}$")
_HEADER_LINE = re.compile(rb"^[!-9;-~]{1,80}:")


def split_mbox(data: bytes) -> list[bytes] | None:
    """Messages of an mbox (a file starting with ``From `` with several separators), else None."""
    if not data.startswith(b"From ") or b"\nFrom " not in data:
        return None
    norm = data.replace(b"\r\n", b"\n")
    starts = [0]
    pos = norm.find(b"\nFrom ")
    while pos >= 0:
        end = norm.find(b"\n", pos + 1)
        line = norm[pos + 1 : end if end >= 0 else len(norm)]
        nxt_end = norm.find(b"\n", end + 1) if end >= 0 else -1
        nxt = norm[end + 1 : nxt_end if nxt_end >= 0 else len(norm)] if end >= 0 else b""
        if _FROM_LINE.match(line) and _HEADER_LINE.match(nxt):
            starts.append(pos + 1)
        pos = norm.find(b"\nFrom ", pos + 1)
    if len(starts) < 2:
        return None
    starts.append(len(norm))
    return [norm[a:b] for a, b in zip(starts, starts[1:], strict=False) if norm[a:b].strip()]


def messages(data: bytes | str) -> list[bytes | str]:
    """The messages of ``data``: several for an mbox with several, else ``[data]`` unchanged.

    Pasted text is split the same way (through its UTF-8 bytes) and each part stays text.
    """
    if isinstance(data, str):
        if not data.lstrip("\ufeff").startswith("From ") or "\nFrom " not in data:
            return [data]
        parts = split_mbox(data.lstrip("\ufeff").encode("utf-8", "surrogatepass"))
        return [p.decode("utf-8", "surrogatepass") for p in parts] if parts and len(parts) > 1 else [data]
    parts = split_mbox(bytes(data))
    return list(parts) if parts and len(parts) > 1 else [data]
