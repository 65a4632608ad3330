"""The curated AI-research organisations: well-formed entries, and names that reach their canonical entry
through the real pipeline. Invented people, real organisations."""

from __future__ import annotations

import orjson
import pytest

from extractors.gazetteer import curated_path
from extractors.pipeline import extract_documents
from tests.unit.extraction import careers


def _rows() -> list[dict]:
    with curated_path().open("rb") as stream:
        return [orjson.loads(line) for line in stream if line.strip()]


def test_every_curated_id_is_unique_and_every_organisation_has_name_country_and_type():
    rows = _rows()
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    for row in rows:
        assert row["id"].split(":")[0] in ("ror", "org", "funder", "policy"), row["id"]
        assert row["name"].strip(), row["id"]
        if row["label"] != "Policy":
            assert len(row.get("country") or "") == 2 and row["country"].isupper(), row["id"]
            assert row.get("type") in ("company", "education", "facility", "government", "nonprofit", "funder"), \
                row["id"]
        if row["id"].startswith("ror:"):
            assert len(row["id"]) == len("ror:") + 9, row["id"]


def test_no_spelling_or_acronym_names_two_organisations():
    # funders may share one ("MOST" is China's ministry and Taiwan's): the funding readers settle it by country
    owner: dict[str, str] = {}
    for row in (row for row in _rows() if row["label"] == "Organization"):
        for text in {t.lower() for t in [row["name"], *row.get("aliases", []), *row.get("acronyms", [])]}:
            assert owner.setdefault(text, row["id"]) == row["id"], (text, owner[text], row["id"])


def test_every_parent_is_a_curated_entry():
    rows = _rows()
    ids = {row["id"] for row in rows}
    assert all(parent in ids for row in rows for parent in row.get("parents", [])), \
        [(row["id"], row["parents"]) for row in rows if set(row.get("parents", [])) - ids]


@pytest.mark.parametrize(("text", "expected"), [
    ("Wang Li joined Zhipu AI in 2023.", ("WORKS_AT", "Wang Li", "Zhipu AI", None, 2023, None)),
    ("Wang Li joined MiniMax in 2023.", ("WORKS_AT", "Wang Li", "MiniMax", None, 2023, None)),
    ("Jane Doe joined 01.AI as a founding engineer in 2023.",
     ("WORKS_AT", "Jane Doe", "01.AI", "founding engineer", 2023, None)),
    ("Jane Doe was a postdoc at KAUST and then joined MBZUAI in 2021.",
     ("WORKS_AT", "Jane Doe", "Mohamed bin Zayed University of Artificial Intelligence", None, 2021, None)),
    ("Jane Doe was a postdoc at KAUST and then joined MBZUAI in 2021.",
     ("WORKS_AT", "Jane Doe", "King Abdullah University of Science and Technology", "postdoc", None, None)),
    ("Jane Doe left OpenAI in 2024 to join SSI.",
     ("WORKS_AT", "Jane Doe", "Safe Superintelligence Inc.", None, 2024, None)),
    ("Jane Doe spent six years at AMD before joining Cerebras.",
     ("WORKS_AT", "Jane Doe", "Advanced Micro Devices", None, None, None)),
    ("Jane Doe did her PhD at LMU Munich and a postdoc at TUM.",
     ("WORKS_AT", "Jane Doe", "Technical University of Munich", "postdoc", None, None)),
])
def test_a_name_or_acronym_gives_the_canonical_organisation(nlp, text, expected):
    assert expected in careers(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Li Wei received a PhD from 南京大学 in 2012.", ("STUDIED_AT", "Li Wei", "Nanjing University", "PhD", None, 2012)),
    ("Kim Minji earned a PhD from 연세대학교 in 2016.",
     ("STUDIED_AT", "Kim Minji", "Yonsei University", "PhD", None, 2016)),
    ("Jane Doe is a professor at King’s College London.",  # a typographic apostrophe
     ("WORKS_AT", "Jane Doe", "King's College London", "professor", None, None)),
])
def test_an_other_language_or_typographic_name_resolves(nlp, text, expected):
    assert expected in careers(nlp, text)


@pytest.mark.parametrize("text", [
    "The lab brings together AI researchers and engineers; Jane Doe leads it at Google.",
    "Jane Doe, who led large-scale AI infrastructure at Google, joined OpenAI in 2022.",
    "She works on safe superintelligence at Google.",
])
def test_an_ordinary_phrase_is_no_organisation(nlp, text):
    # "Together AI", "Scale AI" and "Safe Superintelligence" would match these in any case; they are left
    # to NER and the resolver, whose unknown-organisation ids are the same slugs
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    assert {e.name for e in doc.entities if not e.id.startswith("person")} <= {"Google", "OpenAI"}
