"""A known institute's name inside a longer one names another institute: "Wangxuan Institute of Computer
Technology" (Peking University's) is not the "Institute of Computing Technology" (the Chinese Academy of
Sciences'). A known university's or a company's name inside an affiliation string still resolves."""

from __future__ import annotations

import pytest

from extractors.resolver import OrgResolver


@pytest.fixture(scope="module")
def resolver() -> OrgResolver:
    return OrgResolver.default()


def test_a_named_institute_is_not_the_institute_its_tail_names(resolver):
    found = resolver.resolve("Wangxuan Institute of Computer Technology")
    assert found is not None and not found.resolved


@pytest.mark.parametrize("text, name", [
    ("School of Computing National University of Singapore", "National University of Singapore"),
    ("Department of Computer Science Stanford University", "Stanford University"),
    ("Google Brain", "Google"),
])
def test_a_known_name_inside_an_affiliation_still_resolves(resolver, text, name):
    found = resolver.resolve(text)
    assert found is not None and found.resolved and found.name == name


def test_an_institute_possessed_by_a_university_is_its_unit(nlp):
    from tests.unit.extraction import careers
    found = careers(nlp, "Huang Min joined Peking University's Wangxuan Institute of Computer Technology in 2020.")
    assert ("WORKS_AT", "Huang Min", "Wangxuan Institute of Computer Technology", None, 2020, None) in found
    assert not any("Chinese Academy of Sciences" in r[2] for r in found)
