"""Every setting is listed where users look for it: the README's table and `.env.example` (STYLE.md)."""

from __future__ import annotations

import re
from pathlib import Path

from dotenv import dotenv_values

from kg.settings import Settings

REPO = Path(__file__).resolve().parents[2]
SETTINGS = {f"KG_{name.upper()}" for name in Settings.model_fields}


def test_the_readme_table_lists_every_setting():
    assert SETTINGS <= set(re.findall(r"^\| `(KG_[A-Z_]+)` \|", (REPO / "README.md").read_text(), re.M))


def test_env_example_lists_every_setting_with_a_value_settings_accept():
    # KG_EMBEDDED_JVM_ARGS was missing.
    text = (REPO / ".env.example").read_text()
    assert SETTINGS <= set(re.findall(r"^#?\s*(KG_[A-Z_]+)=", text, re.M))
    values = {k: v for k, v in dotenv_values(REPO / ".env.example").items() if k.startswith("KG_")}
    assert values["KG_EMBEDDED_JVM_ARGS"] == Settings.model_fields["embedded_jvm_args"].default
    Settings(**{k[3:].lower(): v for k, v in values.items()})  # every value given there is valid
