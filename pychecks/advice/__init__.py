"""Reader-facing explanations of bounce reasons, in Japanese and English.

The texts live in data files beside this module, one per section of the
error-mail page (``sections/<id>.toml``, in the order of :data:`ORDER`), and
``summaries.toml`` for reasons that share a section: support staff change a
text there without reading code.  The error-mail page (docs/errors.md, via
tools/gen_errors.py) is rendered from :data:`FAMILIES`, and the in-page
analyzer shows :func:`explain` for the reason the bounce engine found, so the
page and the analyzer never tell the reader two different things.

Contract (other code relies on it; keep it stable):

- :data:`REASON_FAQ` maps a Sisimai reason name to a section id of the
  error-mail page; the ids are anchors other pages and the analyzer link to.
- ``faq_for(reason) -> str`` gives that id (``"other"`` when unknown).
- ``explain(reason, lang="ja") -> dict`` gives the texts for one reason.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keeps typing out of the CLI's start-up
    from typing import Any

# Sisimai reason -> section id on the error-mail page (docs/errors.md).
REASON_FAQ: dict[str, str] = {
    "authfailure": "auth",
    "userunknown": "user-unknown",
    "hasmoved": "user-unknown",
    "mailboxfull": "mailbox-full",
    "blocked": "dnsbl",
    "badreputation": "dnsbl",
    "notcompliantrfc": "bare-lf",
    "norelaying": "relay-denied",
    "securityerror": "relay-denied",
    "hostunknown": "host-unknown",
    "notaccept": "host-unknown",
    "emailtoolarge": "too-large",
    "ratelimited": "rate-limited",
    "expired": "timeout",
    "networkerror": "timeout",
    "requireptr": "reverse-dns",
    "failedstarttls": "tls",
    "spamdetected": "content-filter",
    "virusdetected": "content-filter",
    "contenterror": "content-filter",
    "policyviolation": "content-filter",
    "filtered": "recipient-filter",
    "rejected": "sender-rejected",
    "syntaxerror": "sender-rejected",
    "suspend": "suspended",
    "systemerror": "server-error",
    "systemfull": "server-error",
    "mailererror": "server-error",
    "suppressed": "suppressed",
    "feedback": "feedback",
    "vacation": "auto-reply",
    "delivered": "delivered",
    "onhold": "other",
    "undefined": "other",
}


def faq_for(reason: str) -> str:
    return REASON_FAQ.get(reason, "other")


LANGS = ("ja", "en")
TEXT_FIELDS = ("title", "summary", "meaning", "actions", "support")

# The sections of the error-mail page, in page order (each one is sections/<id>.toml).
ORDER = (
    "auth", "user-unknown", "mailbox-full", "dnsbl", "bare-lf", "header-format", "relay-denied", "host-unknown",
    "too-large", "rate-limited", "timeout", "reverse-dns", "tls", "content-filter", "carriers", "recipient-filter",
    "sender-rejected", "suspended", "server-error", "suppressed", "feedback", "auto-reply", "delivered", "other",
)
# "type" in a section file -> "hard": True = permanent (resending the same mail fails again until
# fixed), False = temporary (a later resend may work), "code" = the bounce's code says which
# (4.x.x temporary, 5.x.x permanent), None = not a delivery failure (reports, auto-replies).
TYPES: dict[str, bool | str | None] = {"permanent": True, "temporary": False, "code": "code", "report": None}


def _load(name: str) -> dict[str, Any]:
    import os
    import tomllib

    with open(os.path.join(os.path.dirname(__file__), name), encoding="utf-8") as fh:
        return tomllib.loads(fh.read())


def _section(family_id: str) -> dict[str, Any]:
    data = _load(f"sections/{family_id}.toml")
    fam: dict[str, Any] = {"hard": TYPES[data["type"]], "contact_support": bool(data["contact_support"]),
                           "examples": tuple(data["examples"])}
    for lang in LANGS:
        texts = dict(data[lang])
        texts["actions"] = tuple(texts["actions"])
        if "readings" in texts:
            texts["readings"] = tuple(texts["readings"])
        fam[lang] = texts
    return fam


_LOADED: dict[str, Any] = {}


def _texts_data() -> tuple[dict[str, dict[str, Any]], dict[str, tuple[str, str]]]:
    """The sections and the per-reason summaries, read on first use (the CLI's bounce decoding needs
    only :func:`section_for`; the browser's memory snapshot is taken after a warm-up that read them)."""
    if not _LOADED:
        _LOADED["families"] = {fid: _section(fid) for fid in ORDER}
        # reasons that share a section but need their own one-line summary: (ja, en)
        _LOADED["summaries"] = {r: (t["ja"], t["en"]) for r, t in _load("summaries.toml").items()}
    return _LOADED["families"], _LOADED["summaries"]


def __getattr__(name: str) -> Any:
    """``FAMILIES`` (section id -> its data) and ``REASON_SUMMARY``, loaded on first use."""
    if name == "FAMILIES":
        return _texts_data()[0]
    if name == "REASON_SUMMARY":
        return _texts_data()[1]
    raise AttributeError(name)


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "ja"


def _texts(family_id: str, lang: str) -> dict[str, Any]:
    """The common fields of one family in one language (lists, not tuples: JSON-ready)."""
    fam = _texts_data()[0][family_id]
    texts = fam[_lang(lang)]
    return {
        "title": texts["title"],
        "summary": texts["summary"],
        "meaning": texts["meaning"],
        "actions": list(texts["actions"]),
        "support": texts["support"],
        "readings": list(texts.get("readings", ())),
        "contact_support": fam["contact_support"],
        "hard": fam["hard"],
    }


# Mobile carriers' mail domains: their users' spam settings answer like an unknown address.
CARRIER_DOMAINS = ("docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp", "i.softbank.jp", "ymobile.ne.jp",
                   "y-mobile.ne.jp", "rakuten.jp", "uqmobile.jp", "disney.ne.jp", "pdx.ne.jp", "willcom.com")
# reasons that, for a carrier address, are most often the recipient's own settings
CARRIER_REASONS = ("userunknown", "filtered", "spamdetected", "policyviolation", "rejected")
_BARE_LF = ("bare", "linefeed", "line feed", "<lf>")


def section_for(reason: str, recipient: str = "", decisive: str = "") -> str:
    """The section that explains this bounce: the reason's, unless the recipient or the decisive words
    say more (a carrier address; a header problem rather than bare line feeds)."""
    domain = recipient.rpartition("@")[2].lower()
    if reason in CARRIER_REASONS and any(domain == d or domain.endswith("." + d) for d in CARRIER_DOMAINS):
        return "carriers"
    if reason == "notcompliantrfc" and decisive and not any(w in decisive.lower() for w in _BARE_LF):
        return "header-format"
    return faq_for(reason)


def readings_for(section: str, decisive: str = "", lang: str = "ja") -> list[str]:
    """Two readings of one bounce, most likely first, and what tells them apart: the section's own,
    else those of ``readings.toml`` whose words are in the decisive text (and whose sections fit)."""
    fam = _texts_data()[0].get(section)
    if fam and fam[_lang(lang)].get("readings"):
        return list(fam[_lang(lang)]["readings"])
    if "readings" not in _LOADED:
        _LOADED["readings"] = _load("readings.toml").get("reading", [])
    words = decisive.lower()
    for entry in _LOADED["readings"]:
        if entry["when"] in words and section in entry.get("sections", [section]):
            return list(entry[_lang(lang)])
    return []


def explain(reason: str, lang: str = "ja", section: str = "") -> dict[str, Any]:
    """What a bounce reason means and what to do, for the analyzer.

    ``section`` (from :func:`section_for`) picks another section than the reason's own.
    An unknown reason falls back to the ``other`` section, an unknown
    language to Japanese, so the analyzer always has something to show.
    """
    families, summaries = _texts_data()
    faq = section if section in families else faq_for(reason)
    result = {"reason": reason, "faq": faq, **_texts(faq, lang)}
    if reason in summaries and faq == faq_for(reason):
        result["summary"] = summaries[reason][LANGS.index(_lang(lang))]
    return result


def families(lang: str = "ja") -> list[dict[str, Any]]:
    """Every section in page order, for rendering the error-mail page."""
    return [
        {"id": fid, **_texts(fid, lang), "examples": list(fam["examples"])} for fid, fam in _texts_data()[0].items()
    ]
