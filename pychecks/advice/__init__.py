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
    import tomllib
    from importlib.resources import files

    return tomllib.loads(files(__package__).joinpath(name).read_text(encoding="utf-8"))


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


# Loaded once at import: the build-time memory snapshot already holds them.
FAMILIES: dict[str, dict[str, Any]] = {fid: _section(fid) for fid in ORDER}

# Reasons that share a section but need their own one-line summary: (ja, en).
REASON_SUMMARY: dict[str, tuple[str, str]] = {
    reason: (texts["ja"], texts["en"]) for reason, texts in _load("summaries.toml").items()}


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "ja"


def _texts(family_id: str, lang: str) -> dict[str, Any]:
    """The common fields of one family in one language (lists, not tuples: JSON-ready)."""
    fam = FAMILIES[family_id]
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


def explain(reason: str, lang: str = "ja", section: str = "") -> dict[str, Any]:
    """What a bounce reason means and what to do, for the analyzer.

    ``section`` (from :func:`section_for`) picks another section than the reason's own.
    An unknown reason falls back to the ``other`` section, an unknown
    language to Japanese, so the analyzer always has something to show.
    """
    faq = section if section in FAMILIES else faq_for(reason)
    result = {"reason": reason, "faq": faq, **_texts(faq, lang)}
    if reason in REASON_SUMMARY and faq == faq_for(reason):
        result["summary"] = REASON_SUMMARY[reason][LANGS.index(_lang(lang))]
    return result


def families(lang: str = "ja") -> list[dict[str, Any]]:
    """Every section in page order, for rendering the error-mail page."""
    return [
        {"id": fid, **_texts(fid, lang), "examples": list(fam["examples"])} for fid, fam in FAMILIES.items()
    ]
