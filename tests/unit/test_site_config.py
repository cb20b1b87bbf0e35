"""mkdocs.yml and the package agree on the provider keys; the build rules hold."""

from __future__ import annotations

import re

from pychecks import provider
from tests.conftest import ROOT
from tools import prebuild


def test_mkdocs_provider_keys_are_the_known_ones():
    assert set(prebuild.provider_config()) == set(provider.DEFAULTS)


def test_site_url_comes_from_the_environment():
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "site_url: !ENV [SITE_URL, 'http://127.0.0.1:8000/']" in text
    assert re.search(r"^\s+font: false$", text, re.M)


def test_package_has_no_runtime_dependencies():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r"^dependencies = \[\]$", text, re.M)
