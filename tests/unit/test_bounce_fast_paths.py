"""The shortcuts that make the analyser fast give the answers of the plain searches they stand for.

Each shortcut (a phrase table searched through its anchors, an expression searched only after a
cheaper one found something, a case-insensitive scan skipped when its words are absent) must answer
exactly like the plain search: checked here on real texts (the documented wordings and what the
corpus mails say), so a later change to a pattern that breaks a shortcut's premise fails here.
"""

from __future__ import annotations

import re

import pytest

from pychecks.bounce import analyze, phrases, rules
from pychecks.bounce.formats import exchange, generic, sieve

from .documented_wordings import WORDINGS


@pytest.fixture(scope="module")
def real_texts(corpus_dir) -> list[str]:
    """Documented wordings, and the diagnostics and notification lines of the public corpus mails."""
    texts = [w.text for w in WORDINGS]
    for path in sorted((corpus_dir / "maildir" / "bsd").glob("*.eml"))[::3]:
        data = path.read_bytes()
        texts += [r["diagnosticcode"] for r in analyze(data) if r.get("diagnosticcode")]
        texts += [ln for ln in data.decode("latin-1").splitlines()[:400] if ln.strip()][::7]
    return texts


def test_phrase_tables_answer_like_searching_every_entry(real_texts):
    for table in (rules.STRONG, rules.PHRASES):
        alternations = [(reason, re.compile("|".join(pats))) for reason, pats in table]
        indexed = phrases.PhraseTable(table)
        for text in {rules._lower(t) for t in real_texts}:
            expected = next((reason for reason, rx in alternations if rx.search(text)), "")
            assert indexed.first(text) == expected, text


def test_code_line_prefilter_answers_like_the_expression(real_texts):
    crafted = ["550 5.1.1 x", " 421-x", "x 250 ok", "5.7.1", "192.0.2.5.1.1", "a5.1.10", "4.4.7 ", "x\t452 y",
               "2.0.0.1", "v1.5.2", "", "no code here", "450\u00a0x", "١٢٣ 5.1.1"]
    for text in [*real_texts, *crafted]:
        got, want = generic._CODE_LINE.search(text), generic._CODE_LINE.rx.search(text)
        assert (got and got.group(0)) == (want and want.group(0)), text


def test_format_detection_gates_answer_like_the_expressions(real_texts):
    crafted = ["Your message to <a@example.jp> couldn't be delivered.", "YOUR MESSAGE TO a@example.jp WAS NOT "
               "delivered", "Delivery has failed to these recipients or groups:",
               "Your message to <a@example.jp> was automatically rejected:\nSieve", "your meſſage to a@b.example "
               "couldn't be delivered", "nothing"]
    pairs = [*zip(exchange._DETECT, (exchange._YOUR_MESSAGE, exchange._FAILED_HEAD), strict=True), (sieve._DETECT, sieve._REJECTED)]
    for text in [*real_texts, *crafted, "\n".join(real_texts[:50])]:
        for gated, rx in pairs:
            got, want = gated.search(text), rx.search(text)
            assert (got and got.group(0)) == (want and want.group(0)), text
