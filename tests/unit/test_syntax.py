"""One definition of a domain and an address for every form."""

from __future__ import annotations

import pytest

from pychecks import syntax


@pytest.mark.parametrize("good", ["example.jp", "EXAMPLE.JP.", "sv1234.example.jp", "xn--eckwd4c7c.jp", "a-b.co"])
def test_domains_accepted(good):
    assert syntax.is_domain(good)


@pytest.mark.parametrize("bad", ["", "localhost", "-a.jp", "a-.jp", "a..jp", "a b.jp", "例え.jp", "a_b.jp",
                                 "x" * 64 + ".jp", ("a." * 130) + "jp"])
def test_domains_refused(bad):
    assert not syntax.is_domain(bad)


@pytest.mark.parametrize("good", ["taro@example.jp", "taro.yamada+tag@example.co.jp", "o'neil@example.com"])
def test_addresses_accepted(good):
    assert syntax.is_address(good)


@pytest.mark.parametrize("bad", ["taro", "@example.jp", "taro@", ".taro@example.jp", "ta..ro@example.jp",
                                 "taro.@example.jp", "ta ro@example.jp", "たろう@example.jp", "x" * 65 + "@example.jp"])
def test_addresses_refused(bad):
    assert not syntax.is_address(bad)
