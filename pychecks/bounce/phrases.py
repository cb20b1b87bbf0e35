"""Cheap search of phrase tables (lists of lower-case regular expressions).

Compiling a regular expression costs far more than searching a short text with
it, and a big alternation is slow to scan.  So each phrase is searched the
cheapest way it allows:

* a plain phrase (no regular-expression syntax) with ``in``;
* a phrase with literal parts every match must contain ("sender (?:address )?
  rejected" contains "sender " and "rejected") only when they all are in the
  text, compiled on first need;
* the rest (no literal part of three characters) as one alternation, compiled
  on first use.

The result is the same as searching the alternation of all the phrases.
"""

from __future__ import annotations

import re

_META = frozenset(".^$*+?{}[]\\|()")
_QUANTIFIERS = ("?", "*", "{")
_MIN_KEY = 3
_COMPILED: dict[str, re.Pattern[str]] = {}


def required_literal(pattern: str) -> str:
    """The literal text every match of ``pattern`` starts with ("" when there is none)."""
    runs = required_literals(pattern)
    return runs[0] if runs and _starts_with_literal(pattern) else ""


def _starts_with_literal(pattern: str) -> bool:
    p = pattern[2:] if pattern.startswith("\\b") else pattern
    return bool(p) and (p[0] not in _META or (p[0] == "\\" and not p[1:2].isalnum()))


def required_literals(pattern: str) -> list[str]:
    """Literal runs every match of ``pattern`` contains, in order (none when it has a top-level "|").

    Groups and classes are skipped (they may be optional or vary); a character followed by
    ``?``, ``*`` or ``{`` is optional, so it ends the run before it.
    """
    if _top_level_bar(pattern):
        return []
    runs: list[str] = []
    run: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c in "([":
            i = _skip_quantifier(pattern, _close(pattern, i))
            runs.append("".join(run))
            run = []
            continue
        if c == "\\" and pattern[i + 1 : i + 2] and not pattern[i + 1].isalnum():
            lit, step = pattern[i + 1], 2
        elif c == "\\" or c in _META:
            runs.append("".join(run))
            run = []
            i = _skip_quantifier(pattern, i + (2 if c == "\\" else 1))
            continue
        else:
            lit, step = c, 1
        after = pattern[i + step : i + step + 1]
        if after in _QUANTIFIERS:
            runs.append("".join(run))
            run = []
            i = _skip_quantifier(pattern, i + step)
            continue
        run.append(lit)
        if after == "+":
            runs.append("".join(run))
            run = []
            i += step + 1
            continue
        i += step
    runs.append("".join(run))
    return [r for r in runs if r]


def _close(pattern: str, i: int) -> int:
    """The index just after the group or class opening at ``i``."""
    opening = pattern[i]
    depth = 0
    escaped = in_class = False
    for j in range(i, len(pattern)):
        c = pattern[j]
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif opening == "[":
            if c == "]" and j > i + 1:
                return j + 1
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
    return len(pattern)


def _skip_quantifier(pattern: str, i: int) -> int:
    if pattern[i : i + 1] in ("?", "*", "+"):
        i += 1
    elif pattern[i : i + 1] == "{":
        end = pattern.find("}", i)
        i = end + 1 if end > 0 else i + 1
    if pattern[i : i + 1] == "?":
        i += 1  # lazy quantifier
    return i


def _top_level_bar(pattern: str) -> bool:
    depth = 0
    escaped = in_class = False
    for c in pattern:
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
    return False


def _compiled(pattern: str) -> re.Pattern[str]:
    rx = _COMPILED.get(pattern)
    if rx is None:
        rx = _COMPILED[pattern] = re.compile(pattern)
    return rx


class PhraseSet:
    """The phrases of one table entry."""

    __slots__ = ("plain", "keyed", "rest", "_rest_rx")

    def __init__(self, patterns: tuple[str, ...]):
        plain: list[str] = []
        keyed: list[tuple[tuple[str, ...], str]] = []
        rest: list[str] = []
        for p in patterns:
            if not _META.intersection(p):
                plain.append(p)
                continue
            keys = tuple(k for k in required_literals(p) if len(k) >= _MIN_KEY)
            if keys:
                keyed.append((keys, p))
            else:
                rest.append(p)
        self.plain = tuple(plain)
        self.keyed = tuple(keyed)
        self.rest = "|".join(rest)
        self._rest_rx: re.Pattern[str] | None = None

    def search(self, text: str) -> bool:
        """Whether one of the phrases occurs in ``text`` (already lower-case)."""
        for p in self.plain:
            if p in text:
                return True
        for keys, p in self.keyed:
            if all(k in text for k in keys) and _compiled(p).search(text):
                return True
        if not self.rest:
            return False
        if self._rest_rx is None:
            self._rest_rx = re.compile(self.rest)
        return self._rest_rx.search(text) is not None
