"""The analyzer card says which language the quoted server reply is in, so the
page can mark it (lang="ja" or "en") for screen readers and fonts."""

from __future__ import annotations

from pychecks import analyzer_view


def test_an_english_reply_is_marked_english():
    card = analyzer_view.card({"reason": "userunknown", "diagnosticcode": "550 5.1.1 <taro@example.com>: User unknown"})
    assert card["diagnostic_lang"] == "en"


def test_a_reply_with_japanese_is_marked_japanese():
    card = analyzer_view.card({"reason": "mailboxfull", "diagnosticcode": "552 メールボックスの容量を超えています"})
    assert card["diagnostic_lang"] == "ja"
