"""Normalising, splitting and reading the country of affiliation strings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.affiliation import (
    ORG,
    PLACE,
    UNIT,
    content_key,
    detect_country,
    matching_key,
    parse_part,
    split_affiliations,
)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Tsinghua Univ.", "TSINGHUA UNIVERSITY"),
        ("Université de Montréal", "Universite de Montreal"),
        ("Inst. of Comput. Technol.", "Institute of Computing Technology"),
        ("Chinese Acad. of Sci.", "Chinese Academy of Sciences"),
        ("Centre for AI", "Center for AI"),
        ("Texas A&M University", "Texas A and M University"),
        ("The University of Tokyo", "University of Tokyo"),
        ("M. D. Anderson Cancer Center", "MD Anderson Cancer Center"),
        ("ＭＩＴ", "MIT"),  # full-width letters (NFKC)
    ],
)
def test_matching_key_folds_variants(left, right):
    assert matching_key(left) == matching_key(right)


def test_cjk_is_kept_as_written():
    assert matching_key("清华大学") == "清华大学"
    assert matching_key("Tsinghua University (清华大学)") == "tsinghua university 清华大学"


def test_content_key_drops_function_words_only():
    assert content_key(matching_key("State University of New York at Stony Brook")) == "state university new york stony brook"
    assert content_key(matching_key("University of the Sciences")) != content_key(
        matching_key("University of Science and Technology")
    )


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Dept. of Computer Science, Tsinghua Univ., Beijing 100084, China", "CN"),
        ("Tsinghua University, Beijing 100084 China", "CN"),
        ("Stanford University, Stanford, CA 94305", "US"),
        ("MIT, Cambridge, MA, USA", "US"),
        ("University of Oxford, Oxford OX1 3PU, U.K.", "GB"),
        ("HKUST, Kowloon, HKSAR, P. R. China", "HK"),
        ("National Taiwan University, Taipei, Taiwan, ROC", "TW"),
        ("KAIST, Daejeon, Republic of Korea", "KR"),
        ("Seoul National University, Seoul, South Korea", "KR"),
        ("Moscow State University, Russia", "RU"),
        ("Some Lab, jdoe@example.ac.jp", "JP"),
        ("Google Brain", None),
        ("Georgia Institute of Technology", None),  # a state in a name is no address
    ],
)
def test_detect_country(text, country):
    assert detect_country(text) == country


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Tsinghua University and Microsoft Research Asia", ["Tsinghua University", "Microsoft Research Asia"]),
        ("University of Science and Technology of China", ["University of Science and Technology of China"]),
        ("Dept. of Electrical and Computer Engineering, Rice University",
         ["Dept. of Electrical and Computer Engineering, Rice University"]),
        ("MIT; Harvard University", ["MIT", "Harvard University"]),
        ("Peking University, Beijing, China, Microsoft Research, Redmond, USA",
         ["Peking University, Beijing, China", "Microsoft Research, Redmond, USA"]),
        ("Sch. of Electr. Eng., Georgia, Inst. of Technol., Atlanta, GA, USA",
         ["Sch. of Electr. Eng., Georgia, Inst. of Technol., Atlanta, GA, USA"]),
        ("Tsinghua University, Beijing#TAB#", ["Tsinghua University, Beijing"]),
        ("   ", []),
    ],
)
def test_split_affiliations(text, parts):
    assert split_affiliations(text) == parts


def test_split_respects_a_known_name():
    known = {matching_key("Laboratory for Foo and Bar Research Institute")}
    text = "Laboratory for Foo and Bar Research Institute"
    assert split_affiliations(text, is_name=known.__contains__) == [text]


def test_parse_part_classifies_components():
    parsed = parse_part("Dept. of Computer Science, Tsinghua Univ., Beijing 100084, China (e-mail: a@b.cn)")
    kinds = [(component.key, component.kind) for component in parsed.components]
    assert kinds[0] == ("department of computer sciences", UNIT)
    assert kinds[1] == ("tsinghua university", ORG)
    assert ("china", PLACE) in kinds
    assert parsed.country == "CN"
    assert all("@" not in component.text and "100084" not in component.text for component in parsed.components)


def test_parse_part_uses_the_city_callback():
    parsed = parse_part("Tsinghua University, Beijing", is_place=lambda key: key == "beijing")
    assert [component.kind for component in parsed.components] == [ORG, PLACE]


@given(st.text(max_size=200))
def test_never_fails_on_any_text(text):
    key = matching_key(text)
    assert key == key.strip() and "  " not in key
    for part in split_affiliations(text):
        assert part.strip()
        parse_part(part)
    detect_country(text)
