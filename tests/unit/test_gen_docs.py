"""The generated snippets: every error family has a stable anchor, the port table matches ports.py."""

from __future__ import annotations

import re

import pytest

from pychecks import advice, ports
from pychecks import provider as provider_mod
from tools import gen_docs, gen_errors, gen_ports


@pytest.fixture(scope="module")
def snippets() -> dict[str, str]:
    return gen_docs.snippets({})


def test_snippets_render(snippets: dict[str, str]) -> None:
    for name in ("errors-sections.md", "errors-lookup.md", "ports-table.md", "support-retention.md"):
        assert snippets[name].strip(), name


def test_every_family_has_an_anchor(snippets: dict[str, str]) -> None:
    text = snippets["errors-sections.md"]
    anchors = re.findall(r"^## .+ \{#([a-z-]+)\}$", text, flags=re.M)
    assert anchors == list(advice.FAMILIES)


def test_sections_link_to_the_analyzer(snippets: dict[str, str]) -> None:
    text = snippets["errors-sections.md"]
    assert text.count("(analyzer.md)") == len(advice.FAMILIES)


def test_lookup_links_only_to_existing_sections(snippets: dict[str, str]) -> None:
    targets = set(re.findall(r"\]\(#([a-z-]+)\)", snippets["errors-lookup.md"]))
    assert targets <= set(advice.FAMILIES)
    assert {fid for _, fid in gen_errors.LOOKUP} <= set(advice.FAMILIES)


def test_plain_text_is_escaped_for_markdown() -> None:
    assert gen_errors.md_text("<CR><LF> _dmarc") == "&lt;CR&gt;&lt;LF&gt; \\_dmarc"


def test_ports_table_has_every_endpoint_port(snippets: dict[str, str]) -> None:
    rows = [line for line in snippets["ports-table.md"].splitlines() if line.startswith("| ")]
    ports_in_table = {int(cell) for row in rows[1:] for cell in [row.split("|")[3].strip()] if cell.isdigit()}
    assert {ep.port for ep in ports.ENDPOINTS.values()} <= ports_in_table


def test_ports_table_has_no_port_25_row(snippets: dict[str, str]) -> None:
    table = snippets["ports-table.md"]
    for row in (line for line in table.splitlines() if line.startswith("| ")):
        assert "| 25 |" not in row
    assert ports.OP25B_NOTE in table


def test_starttls_row_follows_the_provider() -> None:
    with_starttls = gen_ports.table(provider_mod.merged({"submission_starttls": True}))
    without = gen_ports.table(provider_mod.merged({"submission_starttls": False}))
    assert ports.SECURITY_LABELS["starttls"] in with_starttls
    assert ports.SECURITY_LABELS["starttls"] not in without


def test_retention_uses_the_provider_value() -> None:
    text = gen_docs.snippets({"log_retention_days": 14})["support-retention.md"]
    assert "14 日" in text
