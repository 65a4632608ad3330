"""People named in articles: one id per person per document (name + first organisation), never one per name."""

from __future__ import annotations

from extractors.pipeline import extract_documents
from extractors.textpeople import POSITION, mention_starts, rekeyed, text_person_ids

TORONTO, STANFORD, ALIBABA, GOOGLE = "ror:03dbr7087", "ror:00f54p054", "ror:00k642b80", "ror:00njsd438"
ORG_NAMES = {TORONTO: "University of Toronto", STANFORD: "Stanford University", ALIBABA: "Alibaba Group"}
DOC = "doc:" + "ab12" * 16


def _rel(type_: str, tail: str, at: tuple[int, int] | None, head: str = "person:wang-wei") -> dict:
    rel = {"type": type_, "head": head, "tail": tail, "start": None, "end": None, "confidence": 0.9}
    if at is not None:
        rel[POSITION] = at
    return rel


def _ids(relations: list[dict], starts: dict | None = None) -> dict[str, str]:
    return text_person_ids({"person:wang-wei": "Wang Wei"}, relations, document=DOC, org_names=ORG_NAMES,
                           starts=starts or {})


def test_first_organisation_is_the_first_in_the_text_not_the_first_appended():
    later, earlier = _rel("STUDIED_AT", STANFORD, (30, 45)), _rel("WORKS_AT", TORONTO, (0, 12))
    assert _ids([later, earlier]) == {"person:wang-wei": "person:wang-wei--university-of-toronto"}
    assert _ids([earlier, later]) == _ids([later, earlier])


def test_in_one_sentence_the_organisation_named_first_decides():
    # "Wang Wei, a professor at the University of Toronto, received his PhD from Stanford University"
    starts = mention_starts([(STANFORD, 14), (TORONTO, 6)])
    both = [_rel("STUDIED_AT", STANFORD, (0, 20)), _rel("WORKS_AT", TORONTO, (0, 20))]
    assert _ids(both, starts)["person:wang-wei"] == "person:wang-wei--university-of-toronto"
    assert _ids(both[::-1], starts)["person:wang-wei"] == "person:wang-wei--university-of-toronto"


def test_only_career_relations_place_a_person():
    funded = _rel("FUNDED_BY", "ror:052csg198", (0, 10))
    assert _ids([funded, _rel("WORKS_AT", ALIBABA, (20, 30))])["person:wang-wei"] == "person:wang-wei--alibaba-group"


def test_no_organisation_scopes_the_id_to_the_document():
    assert _ids([_rel("FUNDED_BY", "ror:052csg198", (0, 10))]) == {"person:wang-wei": "person:wang-wei--doc-ab12ab12ab12"}
    assert _ids([]) == {"person:wang-wei": "person:wang-wei--doc-ab12ab12ab12"}


def test_an_organisation_without_a_name_is_named_by_its_id():
    ids = _ids([_rel("WORKS_AT", "org:acme-labs", (0, 5))])
    assert ids["person:wang-wei"] == "person:wang-wei--org-acme-labs"


def test_rekeyed_moves_every_mention_and_relation_and_drops_positions():
    ids = {"person:wang-wei": "person:wang-wei--alibaba-group"}
    entities = {"person:wang-wei": {"id": "person:wang-wei", "label": "Person", "name": "Wang Wei"},
                ALIBABA: {"id": ALIBABA, "label": "Organization", "name": "Alibaba Group"}}
    relations = [_rel("WORKS_AT", ALIBABA, (0, 5)), _rel("FUNDED_BY", "ror:052csg198", (6, 9))]
    out_entities, mentions, out_relations = rekeyed(entities, {"person:wang-wei": 3, ALIBABA: 1}, relations, ids)
    assert list(out_entities) == ["person:wang-wei--alibaba-group", ALIBABA]
    assert out_entities["person:wang-wei--alibaba-group"]["id"] == "person:wang-wei--alibaba-group"
    assert dict(mentions) == {"person:wang-wei--alibaba-group": 3, ALIBABA: 1}
    assert {r["head"] for r in out_relations} == {"person:wang-wei--alibaba-group"}
    assert not any(POSITION in r for r in out_relations)
    assert POSITION in relations[0]  # the input is left as it was


def _people(doc) -> dict[str, str]:
    return {e.id: e.name for e in doc.entities if e.label.value == "Person"}


def test_two_articles_about_one_common_name_give_two_people(nlp):
    one, two = extract_documents([
        "Wang Wei joined Alibaba in 2019.",
        "Wang Wei, a professor at the University of Toronto, received his PhD from Stanford University in 2001.",
    ], nlp=nlp, n_process=1)
    assert _people(one) == {"person:wang-wei--alibaba-group": "Wang Wei"}
    assert _people(two) == {"person:wang-wei--university-of-toronto": "Wang Wei"}
    assert {(r.type.value, r.head, r.tail) for r in two.relations} == {
        ("WORKS_AT", "person:wang-wei--university-of-toronto", TORONTO),
        ("STUDIED_AT", "person:wang-wei--university-of-toronto", STANFORD)}


def test_one_person_has_one_id_across_a_document(nlp):
    text = ("Alice Wu was supported by the Alfred P. Sloan Foundation under award FG-2019-12046. "
            "Alice Wu joined Google in 2019. Later Alice Wu moved to Alibaba.")
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    alice = "person:alice-wu--google"  # the funding sentence comes first but places her nowhere
    assert _people(doc) == {alice: "Alice Wu"}
    heads = {r.type.value: r.head for r in doc.relations}
    assert heads["FUNDED_BY"] == heads["WORKS_AT"] == alice
    assert {r.head for r in doc.relations} == {alice}
    assert doc.mentions[alice] >= 3 and not any(k.startswith("person:") and k != alice for k in doc.mentions)


def test_mention_only_names_stay_in_their_document(nlp):
    text = "Alice Wu was supported by the Alfred P. Sloan Foundation under award FG-2019-12046."
    first, again, other = extract_documents([text, text, text + " The work is ongoing."], nlp=nlp, n_process=1)
    assert list(_people(first)) == [f"person:alice-wu--doc-{first.id[4:16]}"]
    assert _people(again) == _people(first)  # the same article gives the same id: re-ingesting changes nothing
    assert list(_people(other)) == [f"person:alice-wu--doc-{other.id[4:16]}"] != list(_people(first))
