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


# --- Internationalised domain names (the settings form) ---------------------------------------------------------
#
# ``encodings.idna`` (standard library) implements IDNA 2003 (RFC 3490, nameprep on Unicode 3.2), not IDNA 2008
# (RFC 5891), which the registries use today.  Where the two differ we refuse rather than guess:
# - IDNA 2003 *maps* some characters that IDNA 2008 keeps: "ß" becomes "ss", final sigma "ς" becomes "σ", and the
#   joiners U+200C/U+200D vanish, so "straße.de" would silently turn into another domain, "strasse.de".  A label
#   whose encoded form does not decode back to what was typed is refused (code "mapped").
# - Characters added to Unicode after 3.2 are unknown to nameprep and refused by the codec (code "encode"); so are
#   labels longer than 63 octets once encoded.
# - Symbols and emoji (allowed by IDNA 2003, forbidden by IDNA 2008) are refused before encoding (code "symbol").
# Look-alike tricks are refused by a small policy after UTS #39 ("highly restrictive"), not the full confusables
# table: no combining mark typed on its own ("e\u0307"), one script per label (Latin may join Han, Hiragana and
# Katakana as in Japanese names, never Cyrillic or Greek), Latin letters beyond ASCII only as accented ASCII letters
# (ü, é, ñ) or a few distinct letters (æ, ø, œ, þ, ð), which refuses the dotless "ı", "ĸ" and "ſ" that pass for
# i, k and s; and a Cyrillic label written only in letters that look like Latin ones ("аре").  Whole-script
# look-alikes beyond that list are not caught.

import encodings.idna  # noqa: E402,F401  (registers the "idna" codec by name, also in the trimmed Pyodide zip)
import unicodedata  # noqa: E402

# U+3002 (。), U+FF0E (．) and U+FF61 (｡) separate labels in IDNA (RFC 3490 §3.1); a Japanese IME types them.
_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})
_JAPANESE = {"HAN", "HIRAGANA", "KATAKANA"}
_LATIN_EXTRA = set("æøœþðß")  # ß: distinct, reaches the "mapped" refusal
_CYRILLIC_LOOKALIKES = set("аеорсухіјѕԁһԛԝӏвкмнтг")


class IdnError(ValueError):
    """Why a domain cannot be used; ``code`` names the rule (see the comment above)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail


def _script(char: str) -> str:
    if char.isascii():
        return "ASCII"
    name = unicodedata.name(char, "")
    if name.startswith(("CJK ", "IDEOGRAPHIC")):
        return "HAN"
    if name.startswith("KATAKANA-HIRAGANA"):  # ー, the prolonged sound mark of both kana
        return "KATAKANA"
    return name.split(" ", 1)[0]


def _label_ok(label: str) -> None:
    """Refuse a non-ASCII label that mixes scripts or holds a look-alike letter."""
    for char in label:
        if char.isascii():
            continue
        if unicodedata.category(char) not in ("Ll", "Lo", "Lm"):
            raise IdnError("symbol", char)
        if _script(char) == "LATIN" and char not in _LATIN_EXTRA and not unicodedata.decomposition(char):
            raise IdnError("lookalike", char)
    scripts = {_script(c) for c in label if not (c.isascii() and not c.isalpha())}
    letters = scripts - {"ASCII"}
    if len(letters) > 1 and not letters <= _JAPANESE:
        raise IdnError("mixed", label)
    if "ASCII" in scripts and letters - _JAPANESE - {"LATIN"}:
        raise IdnError("mixed", label)
    if letters == {"CYRILLIC"} and set(label) <= _CYRILLIC_LOOKALIKES | set("-0123456789"):
        raise IdnError("lookalike", label)


def idna_domain(text: str) -> tuple[str, str]:
    """(ASCII form, Unicode form) of a domain name that may be internationalised, or :class:`IdnError`.

    ASCII input is checked by :func:`is_domain` alone; an ``xn--`` label is shown in Unicode only when the
    decoded label passes the same policy as typed text, so a look-alike cannot hide behind punycode.
    """
    raw = (text or "").strip()
    if any(unicodedata.combining(c) or unicodedata.category(c) == "Me" for c in raw):
        raise IdnError("mark")
    value = unicodedata.normalize("NFKC", raw).translate(_DOTS).lower().rstrip(".")
    if value.isascii():
        if not is_domain(value):
            raise IdnError("shape")
        return value, unicode_domain(value)
    labels = value.split(".")
    ascii_labels = []
    for label in labels:
        if label.isascii():
            ascii_labels.append(label)
            continue
        _label_ok(label)
        try:
            encoded = label.encode("idna").decode("ascii")
        except UnicodeError:
            raise IdnError("encode", label) from None
        if encoded.encode("ascii").decode("idna") != label:
            raise IdnError("mapped", label)
        ascii_labels.append(encoded)
    ascii_form = ".".join(ascii_labels)
    if not is_domain(ascii_form):
        raise IdnError("shape")
    return ascii_form, value


def unicode_domain(value: str) -> str:
    """``value`` with its ``xn--`` labels decoded where that is safe to show, else unchanged."""
    labels = []
    for label in value.split("."):
        if label.startswith("xn--"):
            try:
                decoded = label.encode("ascii").decode("idna")
                _label_ok(decoded)
                if decoded.encode("idna").decode("ascii") != label:
                    return value
            except (UnicodeError, IdnError):
                return value
            label = decoded
        labels.append(label)
    return ".".join(labels)
