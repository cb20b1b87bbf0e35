"""``python -m pychecks settings``: the contract of its options and output."""

from __future__ import annotations

import json
import plistlib
import xml.etree.ElementTree as ET

import pytest

from pychecks.__main__ import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["settings", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_has_the_contract_shape(capsys):
    code, out, _ = run(capsys, "--email", "taro@example.com", "--no-ssl", "--protocol", "pop3",
                       "--client", "apple-mail", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"incoming", "outgoing", "client", "rows"}
    assert set(data["incoming"]) == {"protocol", "host", "port", "security", "username", "auth"}
    assert set(data["outgoing"]) == {"host", "port", "security", "username", "auth"}
    assert data["incoming"] == {"protocol": "pop3", "host": "mail.example.com", "port": 110, "security": "none",
                                "username": "taro@example.com", "auth": "password-cleartext"}
    assert (data["outgoing"]["port"], data["outgoing"]["security"]) == (587, "none")
    assert data["client"] == "apple-mail"
    assert all({"label", "value", "note"} <= set(r) for r in data["rows"])


def test_ssl_is_the_default_and_the_table_reads_like_the_screens(capsys):
    code, out, _ = run(capsys, "--email", "taro@example.com", "--incoming", "sv1.example.jp")
    assert code == 0
    assert "[受信サーバー]" in out and "ポート番号: 993" in out and "接続の保護: SSL/TLS" in out


@pytest.mark.parametrize("fmt", ["autoconfig", "mobileconfig", "autodiscover"])
def test_export_formats_print_the_file(capsys, fmt):
    code, out, _ = run(capsys, "--email", "taro@example.com", "--ssl", "--format", fmt)
    assert code == 0
    if fmt == "mobileconfig":
        assert plistlib.loads(out.encode())["PayloadType"] == "Configuration"
    else:
        ET.fromstring(out)


def test_bad_input_exits_2_with_the_field(capsys):
    code, _, err = run(capsys, "--email", "taro@example.com", "--ssl", "--incoming", "mail.example.com")
    assert code == 2 and "incoming" in err and "証明書" in err


def test_unknown_client_is_refused(capsys):
    with pytest.raises(SystemExit):
        main(["settings", "--email", "taro@example.com", "--client", "eudora"])
