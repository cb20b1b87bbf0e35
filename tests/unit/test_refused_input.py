"""Input that should be refused, and generated files that no value can make malformed (issue 14)."""

from __future__ import annotations

import plistlib
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pychecks import ports, provider, syntax
from pychecks.settings import exports, rules
from pychecks.support import render_request

HOMOGLYPHS = ["exampl\u0131.jp", "\u212aexample.jp", "ex\u0430mple.jp", "example.j\u0440", "e\u0307xample.jp"]


@pytest.mark.parametrize("bad", HOMOGLYPHS + ["192.0.2.1", "10.0.0.1.", "example.123", "a.b.0", "[192.0.2.1]"])
def test_domains_refused(bad):
    assert not syntax.is_domain(bad)
    with pytest.raises(ports.InputError):
        ports.domain_of(bad)


@pytest.mark.parametrize("bad", ["example.jp\n", "example.jp\r", "\nexample.jp", "example.jp\n."])
def test_a_line_break_is_no_part_of_a_domain(bad):
    assert not syntax.is_domain(bad)  # (the forms trim what is around a value before checking it)


@pytest.mark.parametrize("bad", ["taro\n@example.jp", "taro@example.jp\n", "tar\u0131@example.jp", "taro@192.0.2.1",
                                 "ta\u212aro@example.jp", "taro@exampl\u0131.jp"])
def test_addresses_refused(bad):
    assert not syntax.is_address(bad)


@pytest.mark.parametrize("good", ["sv1234.example.jp", "1.example.jp", "xn--eckwd4c7c.xn--zckzah", "a1.b2.c3d"])
def test_numeric_labels_before_the_tld_are_still_fine(good):
    assert syntax.is_domain(good)


@pytest.mark.parametrize("bad", ["exampl\u0131.jp", "192.0.2.1", "sv1.example.123"])
def test_settings_generator_refuses_them(bad):
    with pytest.raises(ports.InputError):
        rules.normalize_host("incoming", bad)
    with pytest.raises(ports.InputError):
        rules.normalize_email(f"taro@{bad}")


NASTY = st.text(st.characters(codec=None, exclude_categories=()), max_size=40)


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(NASTY, NASTY, NASTY)
def test_no_value_makes_the_files_malformed(name, host, email):
    """Whatever validation lets through (here: nothing is validated), every file parses back."""
    p = provider.merged({"name": name or "x", "domain": "example.jp"})
    acc = rules.build("taro@example.com", "sv2.example.jp", provider=p)
    acc = replace(acc, email=email, domain=host, incoming=replace(acc.incoming, host=host, username=email))
    ET.fromstring(exports.autoconfig(acc, p))
    ET.fromstring(exports.autodiscover(acc, p))
    plistlib.loads(exports.mobileconfig(acc, p).encode("utf-8"))


def test_control_characters_are_dropped_not_written_raw():
    p = provider.merged({"name": "A\x01B\x0b\ud800\ufffeC", "domain": "example.jp"})
    acc = rules.build("taro@example.com", "sv2.example.jp", provider=p)
    assert "ABC" in ET.fromstring(exports.autoconfig(acc, p)).findtext("emailProvider/displayName")
    assert plistlib.loads(exports.mobileconfig(acc, p).encode())["PayloadOrganization"] == "ABC"


def test_support_subject_never_carries_a_line_break():
    result = render_request({"domain": "example.jp\nBcc: x@example.net", "kinds": ["bounce"]}, now="2026-01-01T00:00")
    assert "\n" not in result["subject"]
