"""docs/client-setup.md's generated tables agree with the generator."""

from __future__ import annotations

from pychecks import ports, provider
from pychecks.settings import clients
from tools import gen_settings


def test_every_client_has_a_tab_with_four_combinations():
    text = gen_settings.snippets(provider.merged())["settings-clients.md"]
    for client in clients.CLIENTS.values():
        assert f'=== "{client.name}' in text
    for label, _, _ in gen_settings.COMBOS:
        assert text.count(f'=== "{label}"') == len(clients.CLIENTS)
    assert "サポート終了" in text and "クラウド" in text


def test_common_tables_take_ports_from_the_one_table():
    text = gen_settings.snippets(provider.merged())["settings-common.md"]
    for ep in ports.ENDPOINTS.values():
        assert str(ep.port) in text
    assert "OP25B" in text and "「mail.ドメイン名」" in text


def test_client_rows_are_the_generator_rows():
    p = provider.merged()
    account = gen_settings.sample(p, True, "imap")
    table = gen_settings.client_table(clients.THUNDERBIRD, account)
    for row in clients.rows(clients.THUNDERBIRD, account):
        assert f"| {row['label']} | {row['value']} |" in table
