"""The forms' build-time data is what Python answers at run time, and survives HTML."""

from __future__ import annotations

import html
import json
import re

from pychecks import api
from tools import gen_forms
from tools.prebuild import provider_config


def read_block(text: str) -> dict:
    match = re.fullmatch(r'<div id="[\w-]+" hidden data-prerender="([^"]*)"></div>\n', text)
    assert match, text[:80]
    return json.loads(html.unescape(match.group(1)))


def test_blocks_hold_the_same_answers_as_the_api():
    provider = provider_config()
    blocks = gen_forms.snippets(provider)
    support = read_block(blocks["support-form.md"])
    assert support["options"] == api.call("support.options", {"provider": provider})
    assert support["empty"]["form"] == api.call("support.render", {"form": None, "provider": provider})["form"]
    settings = read_block(blocks["settings-form.md"])
    assert settings["options"] == api.call("settings.options", {"provider": provider})
    assert any(row["value"] == gen_forms.EXAMPLE_EMAIL for row in settings["example"]["rows"])
    # every device's client has its example table, so the preselected client shows at once
    for client in settings["options"]["devices"].values():
        example = settings["examples"][client]
        answer = api.call("settings.generate", {"email": gen_forms.EXAMPLE_EMAIL, "client": client, "provider": provider})
        assert example["rows"] == answer["rows"] and example["client_name"] == answer["client_name"]


def test_markup_characters_cannot_break_out_of_the_attribute():
    block = gen_forms.data_block("x", {"t": '"><script>alert(1)</script>&'})
    assert "<script" not in block and read_block(block) == {"t": '"><script>alert(1)</script>&'}


def test_provider_fields_are_in_the_build_time_form_only_when_configured():
    plain = read_block(gen_forms.snippets(provider_config())["support-form.md"])
    assert plain["options"]["customer_fields"] == []
    asked = {**provider_config(), "support_fields": ["customer_name", {"id": "contract_id", "label": "契約番号"}]}
    block = read_block(gen_forms.snippets(asked)["support-form.md"])
    assert [f["label"] for f in block["options"]["customer_fields"]] == ["お名前(ご契約者名)", "契約番号"]
