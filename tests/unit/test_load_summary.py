"""The summary a load prints (kg ingest, kg demo)."""

from __future__ import annotations

from collections import Counter

from kg.load_summary import LoadSummary


def test_nodes_deleted_are_said_and_the_labels_are_the_net_change():
    # An article read again after a gazetteer import: its person was taken back and written anew, and a
    # resolved organisation added. It printed "nodes created: 2 (Organization 1)", hiding the deletion.
    summary = LoadSummary(read=1, loaded=1, counters=Counter(nodes_created=2, nodes_deleted=1),
                          created_by_label={"Organization": 1, "Person": 0})
    assert summary.lines()[1] == "nodes created: 2, deleted: 1 (net: Organization +1)"
    fresh = LoadSummary(counters=Counter(nodes_created=3), created_by_label={"Paper": 1, "Person": 2})
    assert fresh.lines()[1] == "nodes created: 3 (Paper 1, Person 2)"
