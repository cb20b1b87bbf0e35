"""Cheap search of phrase tables (lists of lower-case regular expressions).

Compiling a regular expression costs far more than searching a short text with
it, and a big alternation is slow to scan.  So each phrase is searched the
cheapest way it allows:

* a plain phrase (no regular-expression syntax) with ``in``;
* a phrase with literal parts every match must contain ("sender (?:address )?
  rejected" contains "sender " and "rejected"; "no (?:ptr|rdns)" contains "ptr"
  or "rdns") only when they all are in the text;
* the rest (no such literal part) as one alternation.

Regular expressions are compiled on first need.

The result is the same as searching the alternation of all the phrases.

A :class:`PhraseTable` (entries searched in order, the first that matches wins)
does not search every entry in turn: it looks each literal of the table up once
in the text, and searches in full only the entries those literals point to.
"""

from __future__ import annotations

import re

_PHRASES: dict[str, _Phrase] = {}
_META = frozenset(".^$*+?{}[]\\|()")
_PLAIN = re.compile(r"[^.^$*+?{}\[\]\\|()]+")  # characters without regular-expression syntax
_QUANTIFIERS = ("?", "*", "{")
_MIN_KEY = 3
_GRAM = 3  # anchors this long or longer are indexed by their first characters


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
    found = _LITERALS.get(pattern)
    if found is None:
        found = _LITERALS[pattern] = _required_literals(pattern)
    return list(found)  # a copy: the caller may change it


# Each table phrase is analysed several times while its table is built (its runs, its choices, its
# anchors, those of its alternatives): the answers are kept, as the analysis is pure Python and slow.
_LITERALS: dict[str, list[str]] = {}
_CHOICES: dict[str, list[tuple[str, ...]]] = {}


def forget_analysis() -> None:
    """Drop the answers kept while the tables were built (the browser's snapshot is taken after
    that, and would carry them for nothing: a phrase compiled later is analysed again)."""
    _LITERALS.clear()
    _CHOICES.clear()


def _required_literals(pattern: str) -> list[str]:
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
            i = _plain_run(pattern, i, run, runs)
            continue
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


def _plain_run(pattern: str, i: int, run: list[str], runs: list[str]) -> int:
    """Add the characters without syntax from ``i`` on to ``run`` at once (the last one only if
    no quantifier follows it: "?", "*" and "{" make it optional, "+" ends the run after it)."""
    end = _PLAIN.match(pattern, i).end()
    after = pattern[end : end + 1]
    if after in _QUANTIFIERS:
        run.append(pattern[i : end - 1])
        runs.append("".join(run))
        run.clear()
        return _skip_quantifier(pattern, end)
    run.append(pattern[i:end])
    if after == "+":
        runs.append("".join(run))
        run.clear()
        return end + 1
    return end


def _structure(pattern: str, start: int = 0):
    """(index, character, group depth) of each character that is neither escaped
    nor inside a character class; the depth counts the groups open around it."""
    depth = 0
    escaped = in_class = False
    for j in range(start, len(pattern)):
        c = pattern[j]
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        else:
            if c == ")":
                depth -= 1
            yield j, c, depth
            if c == "(":
                depth += 1


def _close(pattern: str, i: int) -> int:
    """The index just after the group or class opening at ``i``."""
    if pattern[i] == "[":
        escaped = False
        for j in range(i + 1, len(pattern)):
            c = pattern[j]
            if escaped:
                escaped = False
            elif c == "\\":
                escaped = True
            elif c == "]" and j > i + 1:
                return j + 1
        return len(pattern)
    for j, c, depth in _structure(pattern, i):
        if c == ")" and depth == 0:
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
    return "|" in pattern and len(_split_bars(pattern)) > 1


class _Phrase:
    """One phrase with regular-expression syntax, compiled on first need, and only once the
    literals of its groups (see :func:`required_choices`) are in the text."""

    __slots__ = ("pattern", "choices", "_rx")

    def __init__(self, pattern: str):
        self.pattern = pattern
        self.choices = tuple(required_choices(pattern))
        self._rx: re.Pattern[str] | None = None

    def search(self, text: str) -> bool:
        return self.match(text) is not None

    def compile(self) -> None:
        if self._rx is None:
            self._rx = re.compile(self.pattern)

    def match(self, text: str) -> re.Match[str] | None:
        if not all(any(map(text.__contains__, ch)) for ch in self.choices):
            return None
        if self._rx is None:
            self._rx = re.compile(self.pattern)
        return self._rx.search(text)


def matched(pattern: str, text: str) -> str:
    """The text ``pattern`` matches in ``text`` ("" when none), with the phrase's compiled expression."""
    m = _phrase(pattern).match(text) if _META.intersection(pattern) else None
    return m.group(0) if m else (pattern if pattern in text else "")


def _phrase(pattern: str) -> _Phrase:
    found = _PHRASES.get(pattern)
    if found is None:
        found = _PHRASES[pattern] = _Phrase(pattern)
    return found


def _alternatives(pattern: str) -> list[str]:
    """Patterns that together match what ``pattern`` matches, with its top-level "|" or its
    leading group ("(?:a|b)c" -> "ac", "bc") spelled out; [pattern] when there is neither."""
    if _top_level_bar(pattern):
        return _split_bars(pattern)
    if pattern.startswith("(?:"):
        end = _close(pattern, 0)
        if _skip_quantifier(pattern, end) == end:  # a group that must match, once
            return [alt + pattern[end:] for alt in _split_bars(pattern[3 : end - 1])]
    return [pattern]


def _split_bars(pattern: str) -> list[str]:
    """``pattern`` cut at its top-level "|"."""
    cuts = [j for j, c, depth in _structure(pattern) if c == "|" and depth == 0]
    return [pattern[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)], strict=True)]


def anchors_of(pattern: str, depth: int = 2) -> list[str] | None:
    """Literals such that every match of ``pattern`` contains one of them; None when unknown.

    The longest required literal when it is selective enough, else those of the
    pattern's alternatives (see :func:`_alternatives`), ``depth`` levels down.
    """
    runs = required_literals(pattern)
    best = max(runs, key=len) if runs else ""
    if len(best) < _MIN_KEY and depth > 0:
        alternatives = _alternatives(pattern)
        found: list[str] = []
        for alt in alternatives if alternatives != [pattern] else ():
            sub = anchors_of(alt, depth - 1)
            if sub is None:
                break
            found += sub
        else:
            if found:
                return found
    return [best] if best else None


def required_choices(pattern: str) -> list[tuple[str, ...]]:
    """For each group every match goes through ("(?:a|b)", once, at top level), literals one of
    which such a match contains: "no (?:ptr|rdns)" -> [("ptr", "rdns")]."""
    found = _CHOICES.get(pattern)
    if found is None:
        found = _CHOICES[pattern] = _required_choices(pattern)
    return list(found)


def _required_choices(pattern: str) -> list[tuple[str, ...]]:
    if _top_level_bar(pattern):
        return []
    choices: list[tuple[str, ...]] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
        elif c == "[":
            i = _close(pattern, i)
        elif c == "(":
            end = _close(pattern, i)
            capturing = pattern[i + 1 : i + 2] != "?"
            if _skip_quantifier(pattern, end) == end and (capturing or pattern.startswith("(?:", i)):
                found = _anchors_of_all(_split_bars(pattern[i + (1 if capturing else 3) : end - 1]))
                if found:
                    choices.append(tuple(dict.fromkeys(found)))
            i = end
        else:
            i += 1
    return choices


def _anchors_of_all(alternatives: list[str]) -> list[str] | None:
    found: list[str] = []
    for alt in alternatives:
        sub = anchors_of(alt)
        if sub is None:
            return None
        found += sub
    return found


class PhraseSet:
    """The phrases of one table entry."""

    __slots__ = ("plain", "keyed", "rest", "rest_list", "anchors", "by_anchor")
    by_anchor: dict[str, list[tuple[tuple[str, ...] | None, str]]] | None

    def __init__(self, patterns: tuple[str, ...]):
        plain: list[str] = []
        keyed: list[tuple[tuple[str, ...], str]] = []
        rest: list[str] = []
        anchors: list[str] | None = []  # a match of this entry contains one of them (None: unknown)
        # anchor -> the phrases that need it: (None, phrase) for a plain phrase (its own anchor),
        # (keys, phrase) for one with syntax (keys: its required literals, () when it has none)
        by_anchor: dict[str, list[tuple[tuple[str, ...] | None, str]]] = {}
        for p in patterns:
            if not _META.intersection(p):
                plain.append(p)
                if anchors is not None:  # None stays None: some phrase has no anchor
                    anchors.append(p)
                    by_anchor.setdefault(p, []).append((None, p))
                continue
            runs = required_literals(p)
            keys = tuple(k for k in runs if len(k) >= _MIN_KEY)
            if keys or required_choices(p):
                keyed.append((keys, p))
            else:
                rest.append(p)
            found = [max(keys, key=len)] if keys else anchors_of(p)
            anchors = None if anchors is None or found is None else anchors + found
            for anchor in found if anchors is not None else ():
                by_anchor.setdefault(anchor, []).append((keys, p))
        self.plain = tuple(plain)
        self.keyed = tuple(keyed)
        self.rest = "|".join(rest)
        self.rest_list = tuple(rest)
        self.anchors = None if anchors is None else tuple(dict.fromkeys(anchors))
        self.by_anchor = {} if anchors is None else by_anchor

    def search(self, text: str) -> bool:
        """Whether one of the phrases occurs in ``text`` (already lower-case)."""
        if any(map(text.__contains__, self.plain)):
            return True
        for keys, p in self.keyed:
            if all(map(text.__contains__, keys)) and _phrase(p).search(text):
                return True
        return bool(self.rest) and _phrase(self.rest).search(text)

    def which(self, text: str) -> str:
        """The first phrase (plain, then keyed, then the rest) that occurs in ``text``; "" when none.

        Only called once a match is known (to show the evidence), so it may be slow."""
        for p in self.plain:
            if p in text:
                return p
        for keys, p in self.keyed:
            if all(map(text.__contains__, keys)) and _phrase(p).search(text):
                return p
        for p in self.rest_list:
            if _phrase(p).search(text):
                return p
        return ""


def grams_of(text: str) -> set[tuple[str, str, str]]:
    """The text's three-character sequences, the index key of :class:`PhraseTable`."""
    return set(zip(text, text[1:], text[2:], strict=False))


class PhraseTable:
    """Entries ``(reason, phrases)`` searched in order: the reason of the first entry that matches.

    Searching every entry in turn costs a Python loop per entry and phrase.  Instead the
    entries are indexed by their anchors (literals one of which every match contains), and
    the anchors by their first three characters: one set of the text's three-character
    sequences (built in C) picks the few anchors worth a look, and only the entries whose
    anchor is in the text, or without anchors, are searched in full, in table order.  The
    answer is the same as searching every entry, in far fewer steps.
    """

    __slots__ = ("reasons", "sets", "_entries", "_by_gram", "_grams", "_short", "_always")

    def __init__(self, entries: list[tuple[str, tuple[str, ...]]]):
        self.reasons = tuple(reason for reason, _ in entries)
        self.sets = tuple(PhraseSet(patterns) for _, patterns in entries)
        # anchor -> (entry, keys, phrase) of each phrase that needs it (see PhraseSet.by_anchor)
        self._entries: dict[str, list[tuple[int, tuple[str, ...] | None, str]]] = {}
        for i, ps in enumerate(self.sets):
            for anchor, needing in ps.by_anchor.items():
                self._entries.setdefault(anchor, []).extend((i, keys, p) for keys, p in needing)
            ps.by_anchor = None  # read only here: the table's index holds it now
        self._by_gram: dict[tuple[str, ...], list[str]] = {}  # first characters -> anchors
        for anchor in self._entries:
            if len(anchor) >= _GRAM:
                self._by_gram.setdefault(tuple(anchor[:_GRAM]), []).append(anchor)
        self._grams = frozenset(self._by_gram)  # intersected with a text's grams: no set built per search
        self._short = tuple(a for a in self._entries if len(a) < _GRAM)
        self._always = frozenset(i for i, ps in enumerate(self.sets) if ps.anchors is None)

    def first(self, text: str) -> str:
        """The reason of the first entry with a phrase in ``text`` (already lower-case), else ""."""
        i = self.first_index(text)
        return self.reasons[i] if i >= 0 else ""

    def first_index(self, text: str, grams: set[tuple[str, str, str]] | None = None) -> int:
        """The index of the first entry with a phrase in ``text`` (already lower-case), else -1.

        ``grams`` (:func:`grams_of` the text) may be passed when several tables search one text."""
        if grams is None:
            grams = grams_of(text)
        # entry -> its phrases whose anchor is in the text: only those can match (a phrase without
        # an anchor puts its entry in _always, searched in full)
        hits: dict[int, list[tuple[tuple[str, ...] | None, str]]] = {}
        for gram in self._grams.intersection(grams):
            for anchor in self._by_gram[gram]:
                if anchor in text:
                    for i, keys, p in self._entries[anchor]:
                        hits.setdefault(i, []).append((keys, p))
        for anchor in filter(text.__contains__, self._short):
            for i, keys, p in self._entries[anchor]:
                hits.setdefault(i, []).append((keys, p))
        for i in sorted(self._always.union(hits)):
            if i in self._always:
                if self.sets[i].search(text):
                    return i
            elif any(keys is None or (all(map(text.__contains__, keys)) and _phrase(p).search(text))
                     for keys, p in hits[i]):
                return i
        return -1


class Hinted:
    """A regular expression searched only when ``hint``, a cheaper one that finds something in
    every text the expression finds something in, does: one fast scan instead of a slow one
    (an expression that starts with an alternation or a look-behind is tried at every position).
    The answer is the expression's."""

    __slots__ = ("rx", "hint")

    def __init__(self, rx: re.Pattern[str], hint: str):
        self.rx = rx
        self.hint = re.compile(hint)

    def search(self, text: str) -> re.Match[str] | None:
        return self.rx.search(text) if self.hint.search(text) else None


class Gated:
    """A case-insensitive regular expression searched only when one of its anchors (see
    :func:`anchors_of`) is in the text, in any case: a cheap ``in`` instead of a failing scan.

    Only ASCII texts are gated: there, and only there, a case-insensitive match means the
    lower-case text holds the lower-case anchor.  The answer is the regular expression's.
    """

    __slots__ = ("rx", "_words")

    def __init__(self, rx: re.Pattern[str]):
        self.rx = rx
        self._words: tuple[str, ...] | None = None  # found on first use; () when none

    def search(self, text: str) -> re.Match[str] | None:
        if self._words is None:
            self._words = tuple(a.lower() for a in anchors_of(self.rx.pattern) or ())
        if self._words and text.isascii() and not any(map(text.lower().__contains__, self._words)):
            return None
        return self.rx.search(text)
