"""Linking paper affiliations to organisations, and the counts `kg ingest papers` reports."""

from __future__ import annotations

from extractors.orglink import AffiliationLinker
from kg.model import Affiliation


def test_every_distinct_string_is_counted_resolved_or_unresolved():
    linker = AffiliationLinker()
    assert [a.org_id for a in linker(Affiliation(name="Dept. of CS, Tsinghua Univ., Beijing"))] == ["ror:03cve4549"]
    # The resolver finds no institution in "Somewhere": the affiliation is kept as given, and the summary
    # said "resolved: 1, unresolved: 0".
    (kept,) = linker(Affiliation(name="Somewhere"))
    assert kept.name == "Somewhere" and not kept.resolved
    linker(Affiliation(name="Somewhere"))  # the same string again is not counted again
    assert (linker.resolved, linker.unresolved) == (1, 1)
