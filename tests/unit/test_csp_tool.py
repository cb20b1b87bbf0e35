"""tools/csp.py: the policy's hashes come from the built pages, and every page gets the policy."""

from __future__ import annotations

import base64
import hashlib

import pytest

from tools import csp

PAGE = ("<html><head><meta charset='utf-8'>" + csp.MARKER +
        "<script>var a=1</script><script type='application/json' id='c'>{\"x\":1}</script>"
        "<script src='x.js'></script><script type=\"module\">import('y')</script></head>"
        "<body><svg><style>.a{fill:red}</style></svg></body></html>")


def sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_only_scripts_a_browser_runs_are_hashed():
    assert csp.inline_scripts(PAGE) == ["var a=1", "import('y')"]
    assert csp.inline_styles(PAGE) == [".a{fill:red}"]


def test_every_page_gets_one_policy_with_all_hashes(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(PAGE)
    (tmp_path / "a" / "index.html").write_text(PAGE.replace("var a=1", "var a=2"))
    text = csp.apply(tmp_path)
    for expected in (sha("var a=1"), sha("var a=2"), sha("import('y')"), sha(".a{fill:red}")):
        assert expected in text
    assert sha('{"x":1}') not in text
    pages = [(tmp_path / "index.html").read_text(), (tmp_path / "a" / "index.html").read_text()]
    assert all(csp.MARKER not in p and p.count('http-equiv="Content-Security-Policy"') == 1 for p in pages)
    assert "frame-ancestors" not in text and "frame-ancestors 'none'" in csp.policy(csp.site_hashes(tmp_path), True)


def test_a_page_without_the_marker_is_an_error(tmp_path):
    (tmp_path / "index.html").write_text("<html><head></head></html>")
    with pytest.raises(SystemExit):
        csp.apply(tmp_path)


def test_a_style_the_theme_bundle_creates_is_hashed(tmp_path):
    (tmp_path / "assets" / "javascripts").mkdir(parents=True)
    (tmp_path / "assets" / "javascripts" / "bundle.12345678.min.js").write_text(
        "var Tc='.u{color:red}';function f(){o.appendChild(C(\"style\",{},Tc.toString()))}")
    (tmp_path / "index.html").write_text(PAGE)
    assert sha(".u{color:red}") in csp.apply(tmp_path)
