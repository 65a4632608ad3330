"""The affiliation resolver on possessives ("X's Y") and on a country the caller gives."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from extractors.affiliation import iso_country
from extractors.possessives import owner_last
from extractors.pipeline import extract_documents
from extractors.resolver import OrgResolver, read_known_entities
from kg.cli import app
from kg.errors import InputError

TSINGHUA, OXFORD, MIT = "ror:03cve4549", "ror:052gg0110", "ror:042nb2s44"
IIIS = "Institute for Interdisciplinary Information Sciences"


@pytest.fixture(scope="module")
def resolver(fixtures) -> OrgResolver:
    orgs = fixtures / "orgs"
    return OrgResolver(read_known_entities(orgs / "ror_sample.jsonl"),
                       preferred=read_known_entities(orgs / "curated_sample.jsonl"))


# --- possessives -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    (f"Tsinghua's {IIIS}", f"{IIIS}, Tsinghua"),
    ("Dept. of CS, Tsinghua’s IIIS, Beijing, China", "Dept. of CS, IIIS, Tsinghua, Beijing, China"),
    ("King's College London", "King's College London"),  # "King" owns nothing: a name
    ("St. John's College, Oxford", "St. John's College, Oxford"),
    ("Children's Hospital of Philadelphia", "Children's Hospital of Philadelphia"),
    ("McDonald's", "McDonald's"),  # nothing after the possessive
])
def test_owner_is_written_after_its_unit(text, expected):
    assert owner_last(text)[0] == expected


def test_known_name_with_a_possessive_is_not_reordered():
    text, units = owner_last("Queens' Foo Institute", is_name=lambda key: True)
    assert (text, units) == ("Queens' Foo Institute", [])


def test_possessive_resolves_the_owner_and_keeps_the_unit(resolver):
    result = resolver.resolve(f"Tsinghua's {IIIS}")
    assert (result.id, result.resolved, result.unit) == (TSINGHUA, True, IIIS)
    assert result.unit_id == "org:institute-for-interdisciplinary-information-sciences--03cve4549"
    assert "tsinghua-s" not in result.id + result.unit_id


@pytest.mark.parametrize("text", ["Acme's Institute for Robotics", "Enrico Fermi's Research Center",
                                  "China's Aviation System Engineering Research Institute",
                                  "Banner Alzheimer's Institute"])
def test_a_possessive_whose_owner_is_unknown_is_one_name(resolver, text):
    # Only a known institution owns a unit: these are names of their own (not "China", "Enrico Fermi").
    result = resolver.resolve(text)
    assert (result.resolved, result.unit) == (False, None)
    assert result.name.startswith(text.split("'")[0])


def test_resolver_and_text_pipeline_give_the_unit_one_id(nlp):
    resolved = OrgResolver.default().resolve(f"Tsinghua's {IIIS}")
    (doc,) = extract_documents([f"Jane Roe is a researcher at Tsinghua's {IIIS}."], nlp=nlp, n_process=1)
    assert resolved.id == TSINGHUA
    assert resolved.unit_id in {e.id for e in doc.entities}


# --- the caller's country ----------------------------------------------------------------------

def test_match_in_another_country_than_given_is_unresolved_with_a_note(resolver):
    result = resolver.resolve("Oxford University", country="US", within=True)
    assert result.resolved is False and result.id.startswith("org:") and result.score == 0
    assert result.country == "US"
    assert OXFORD in result.note and "GB" in result.note and "not US" in result.note


def test_acronym_abroad_is_unresolved_too(resolver):
    result = resolver.resolve("MIT", country="GB", within=True)
    assert result.resolved is False and MIT in result.note


@pytest.mark.parametrize(("text", "country", "expected"), [
    ("Oxford University", "GB", OXFORD),
    ("Tsinghua University", "CN", TSINGHUA),
    ("Tsinghua University", "HK", TSINGHUA),  # Hong Kong writes itself as China's: one region
    ("Tsinghua University", None, TSINGHUA),
])
def test_match_in_the_given_country_is_resolved(resolver, text, country, expected):
    result = resolver.resolve(text, country=country, within=True)
    assert (result.id, result.resolved, result.note) == (expected, True, None)


@pytest.mark.parametrize(("text", "country", "expected"), [
    ("Google", "IL", "ror:00njsd438"),  # a multinational's office abroad
    ("Meta", "GB", "ror:01zbnvs85"),
    ("Stanford University", "CN", "ror:00f54p054"),  # a visitor's byline
])
def test_a_country_that_is_only_a_hint_does_not_veto_a_match(resolver, text, country, expected):
    # A byline's country (the paper linker's) ranks candidates; only `within` makes it a constraint.
    result = resolver.resolve(text, country=country)
    assert (result.id, result.resolved) == (expected, True)


def test_country_a_string_names_only_ranks_candidates(resolver):
    # the string's own "USA" is no caller's knowledge: the match is kept, as before
    assert resolver.resolve("University of Oxford, USA").resolved is True


@pytest.mark.parametrize(("code", "expected"), [("us", "US"), (" GB ", "GB"), ("cn", "CN")])
def test_iso_country_accepts_codes_in_any_case(code, expected):
    assert iso_country(code) == expected


@pytest.mark.parametrize("code", ["XX", "UK", "USA", "", "1A"])
def test_iso_country_rejects_what_is_no_code(code):
    with pytest.raises(InputError, match="ISO 3166"):
        iso_country(code)


def test_cli_rejects_an_invalid_country():
    result = CliRunner().invoke(app, ["resolve", "org", "--country", "XX", "Tsinghua University"])
    assert isinstance(result.exception, InputError) and "'XX' is not an ISO 3166" in result.exception.reason


def test_cli_error_is_one_line_and_its_exit_code():
    done = subprocess.run([sys.executable, "-m", "kg", "resolve", "org", "--country", "XX", "Tsinghua University"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == InputError.exit_code
    assert done.stdout == "" and len(done.stderr.strip().splitlines()) == 1
    assert done.stderr.startswith("error: --country: 'XX' is not an ISO 3166 alpha-2 country code")


@pytest.mark.parametrize("text", ["GRAS Group, Inc.", "Denso IT Laboratory, Inc.", "Acme Robotics, Ltd."])
def test_a_legal_form_belongs_to_the_name_before_it(resolver, text):
    # On its own, "Inc." fuzzy-matched a company known as "X Inc." (these went to Google).
    result = resolver.resolve(text)
    assert result.resolved is False and result.id == "org:" + text.split(",")[0].lower().replace(" ", "-")


@pytest.mark.parametrize("text", ["Zentrix Robotics, Pty Ltd", "Nordvik Data, Oy", "Bellaria Systems, S.p.A."])
def test_every_legal_form_stays_with_its_name(resolver, text):
    result = resolver.resolve(text)
    assert result.id == "org:" + text.split(",")[0].lower().replace(" ", "-")


# --- fuzzy matches that would name another place or another organisation ----------------------------


@pytest.mark.parametrize("text", ["University of York", "York University, Toronto, Canada",
                                  "University of South Wales", "Queen Mary University, London"])
def test_a_fuzzy_match_never_drops_or_adds_a_place_prefix_or_borrows_a_city(text):
    # The curated list knows New York University, UNSW and UCL but none of these: York is not New York,
    # and a city beside an unknown organisation's name is no reason to pick a university in that city.
    result = OrgResolver.default().resolve(text)
    assert result.resolved is False
    assert result.id == "org:" + text.split(",")[0].lower().replace(" ", "-")


@pytest.mark.parametrize(("text", "expected"), [
    ("University of New York", "ror:0190ak572"),
    ("Lloyd's Register Foundation, London", "org:lloyd-s-register-foundation"),
])
def test_the_fuzzy_match_is_kept_where_the_names_agree(text, expected):
    assert OrgResolver.default().resolve(text).id == expected


@pytest.mark.parametrize("text", ["Machine Learning", "Artificial Intelligence", "Beijing University of Technology",
                                  "Zhejiang University of Technology", "Indian Institute of Technology, Roorkee"])
def test_a_fuzzy_match_needs_the_words_that_tell_names_apart(text):
    # Apple Machine Learning Research, the Vector Institute for Artificial Intelligence, Peking University
    # ("Beijing University"), Zhejiang University and the IITs the gazetteer knows (Bombay, Delhi, ...) each have a
    # telling word the text lacks, or lack one it has; in a gazetteer of a few hundred names "technology" is
    # common, yet it tells.
    result = OrgResolver.default().resolve(text)
    assert result is None or result.resolved is False


def test_a_regional_lab_is_still_found_from_a_byline_in_its_region():
    assert OrgResolver.default().resolve("Microsoft Research, Beijing, China").id == "ror:0300m5276"
