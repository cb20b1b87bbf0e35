"""The advice table: every reason the bounce engine can name has texts in both languages."""

from __future__ import annotations

import json

import pytest

from pychecks import advice

PAGE_ORDER = [
    "auth",
    "user-unknown",
    "mailbox-full",
    "dnsbl",
    "bare-lf",
    "header-format",
    "relay-denied",
    "host-unknown",
    "too-large",
    "rate-limited",
    "timeout",
    "reverse-dns",
    "tls",
    "content-filter",
    "carriers",
    "recipient-filter",
    "sender-rejected",
    "suspended",
    "server-error",
    "suppressed",
    "feedback",
    "auto-reply",
    "delivered",
    "other",
]
EXPLAIN_KEYS = {
    "readings",
    "reason",
    "faq",
    "title",
    "summary",
    "meaning",
    "actions",
    "support",
    "contact_support",
    "hard",
}


def test_every_reason_faq_value_has_a_family() -> None:
    assert set(advice.REASON_FAQ.values()) <= set(advice.FAMILIES)


def test_every_family_is_reachable_from_a_reason() -> None:
    # every section is some reason's, or chosen by the recipient or the decisive words (section_for)
    assert set(advice.FAMILIES) == set(advice.REASON_FAQ.values()) | {"carriers", "header-format"}


@pytest.mark.parametrize("family_id", PAGE_ORDER)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_family_has_every_field(family_id: str, lang: str) -> None:
    fam = advice.FAMILIES[family_id]
    assert fam["hard"] in (True, False, None, "code")
    assert isinstance(fam["contact_support"], bool)
    assert fam["examples"] and all(isinstance(e, str) and e.strip() for e in fam["examples"])
    texts = fam[lang]
    for field in ("title", "summary", "meaning", "support"):
        assert isinstance(texts[field], str) and texts[field].strip(), field
    assert texts["actions"] and all(a.strip() for a in texts["actions"])


@pytest.mark.parametrize("family_id", PAGE_ORDER)
def test_japanese_texts_are_japanese_and_polite(family_id: str) -> None:
    texts = advice.FAMILIES[family_id]["ja"]
    for action in texts["actions"]:
        assert action.endswith("。"), action
    assert any("\u3040" <= ch <= "\u30ff" for ch in texts["meaning"])


@pytest.mark.parametrize("reason", sorted(advice.REASON_FAQ))
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_explain_every_reason(reason: str, lang: str) -> None:
    result = advice.explain(reason, lang)
    assert set(result) == EXPLAIN_KEYS
    assert result["reason"] == reason
    assert result["faq"] == advice.faq_for(reason)
    assert isinstance(result["actions"], list)
    json.dumps(result)  # the analyzer receives it as JSON


def test_explain_override_summary() -> None:
    virus = advice.explain("virusdetected")
    spam = advice.explain("spamdetected")
    assert virus["faq"] == spam["faq"] == "content-filter"
    assert virus["summary"] != spam["summary"]
    assert "ウイルス" in virus["summary"]
    assert advice.explain("expired", "en")["summary"] != advice.explain("networkerror", "en")["summary"]
    assert advice.explain("hasmoved")["summary"] != advice.explain("userunknown")["summary"]


def test_override_reasons_are_known() -> None:
    assert set(advice.REASON_SUMMARY) <= set(advice.REASON_FAQ)


def test_unknown_reason_and_language_fall_back() -> None:
    result = advice.explain("no-such-reason", "xx")
    assert result["faq"] == "other"
    assert result["title"] == advice.FAMILIES["other"]["ja"]["title"]


def test_faq_for_unknown_is_other() -> None:
    assert advice.faq_for("no-such-reason") == "other"
    assert advice.faq_for("") == "other"


def test_families_in_page_order() -> None:
    for lang in ("ja", "en"):
        fams = advice.families(lang)
        assert [f["id"] for f in fams] == PAGE_ORDER
        assert fams[0]["title"] == advice.FAMILIES["auth"][lang]["title"]


def test_explain_does_not_share_mutable_state() -> None:
    advice.explain("userunknown")["actions"].append("x")
    assert "x" not in advice.explain("userunknown")["actions"]


def test_support_guidance_matches_the_brief() -> None:
    assert advice.FAMILIES["dnsbl"]["contact_support"] is True
    assert advice.FAMILIES["bare-lf"]["contact_support"] is False
    assert advice.FAMILIES["user-unknown"]["hard"] is True
    assert advice.FAMILIES["mailbox-full"]["hard"] is False


def test_every_section_file_is_on_the_page_and_every_page_section_has_a_file() -> None:
    from importlib.resources import files

    on_disk = {p.name.removesuffix(".toml") for p in files("pychecks.advice").joinpath("sections").iterdir()
               if p.name.endswith(".toml")}
    assert on_disk == set(advice.ORDER)


@pytest.mark.parametrize("family_id", PAGE_ORDER)
def test_the_reader_is_addressed_politely(family_id: str) -> None:
    texts = advice.FAMILIES[family_id]["ja"]
    words = [texts["title"], texts["summary"], texts["meaning"], texts["support"], *texts["actions"]]
    assert not any("あなた" in w for w in words), family_id


def test_filtered_means_the_recipient_side_refused_not_spam_content() -> None:
    info = advice.explain("filtered")
    assert info["faq"] == "recipient-filter"
    assert "迷惑メール" not in info["title"] and "受信" in info["title"]
