"""The port table and the "which server and port" checker."""

from __future__ import annotations

import json

import pytest

from pychecks import api, ports, provider


@pytest.mark.parametrize(
    ("direction", "protocol", "ssl", "port", "security"),
    [
        ("receive", "pop3", True, 995, "ssl"),
        ("receive", "pop3", False, 110, "none"),
        ("receive", "imap", True, 993, "ssl"),
        ("receive", "imap", False, 143, "none"),
        ("send", "imap", True, 465, "ssl"),
        ("send", "pop3", False, 587, "none"),
    ],
)
def test_ports_follow_rfc8314_and_the_seed(direction, protocol, ssl, port, security):
    r = ports.recommend("taro@example.com", direction=direction, protocol=protocol, ssl=ssl)
    assert (r["port"], r["security"]) == (port, security)


def test_no_client_endpoint_uses_port_25():
    assert all(ep.port != ports.MTA_PORT for ep in ports.ENDPOINTS.values())
    assert "25" in ports.OP25B_NOTE


def test_without_ssl_mail_dot_domain_is_the_fallback():
    r = ports.recommend("taro@example.com", ssl=False)
    assert r["host"] == "mail.example.com"


def test_with_ssl_mail_dot_domain_is_refused_with_reason():
    with pytest.raises(ports.InputError) as err:
        ports.recommend("example.com", ssl=True, server="mail.example.com")
    assert err.value.field == "server"
    assert "証明書" in str(err.value)


def test_with_ssl_the_provider_server_is_used():
    r = ports.recommend("example.com", ssl=True, provider={"server_example": "sv9.host.example"})
    assert r["host"] == "sv9.host.example"
    r = ports.recommend("example.com", ssl=True, server="SV12.Example.JP.")
    assert r["host"] == "sv12.example.jp"


def test_sending_mentions_authentication_and_starttls_option():
    r = ports.recommend("example.com", direction="send", ssl=True)
    text = " ".join(r["notes"])
    assert "認証" in text and "587" in text and "OP25B" in text
    r = ports.recommend("example.com", direction="send", ssl=True, provider={"submission_starttls": False})
    assert "STARTTLS" not in " ".join(r["notes"])


@pytest.mark.parametrize("bad", ["", "example", "-bad.example", "a@b@", "exa mple.com", "x" * 300 + ".com"])
def test_bad_domains_get_a_japanese_message(bad):
    with pytest.raises(ports.InputError) as err:
        ports.recommend(bad)
    assert err.value.field == "domain"


def test_api_returns_errors_as_data():
    answer = json.loads(api.call_json("ports.recommend", json.dumps({"domain": "??"})))
    assert answer["error"]["field"] == "domain"
    answer = json.loads(api.call_json("ports.recommend", "{not json"))
    assert answer["error"]["type"] == "JSONDecodeError"
    answer = json.loads(api.call_json("nope"))
    assert answer["error"]["type"] == "ApiError"


def test_provider_defaults_are_neutral_and_unknown_keys_dropped():
    merged = provider.merged({"name": "X", "evil": 1})
    assert merged["name"] == "X" and "evil" not in merged
    assert provider.DEFAULTS["domain"] == "example.jp"
