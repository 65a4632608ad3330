"""Person-name parsing, blocking keys and compatibility: tables of hard cases."""

from __future__ import annotations

import pytest

from extractors.names import name_compatible, parse_name

PARSE = [
    # raw, given words, family words
    ("Kaiming He", ("kaiming",), ("he",)),
    ("HE Kaiming", ("kaiming",), ("he",)),  # family name in capitals first
    ("何恺明", ("kaiming",), ("he",)),  # CJK script is family-first
    ("K. He", ("k",), ("he",)),
    ("Z.-H. Zhou", ("z", "h"), ("zhou",)),
    ("Zhi-Hua Zhou", ("zhihua",), ("zhou",)),
    ("Ondřej Dušek", ("ondrej",), ("dusek",)),
    ("Smith, John", ("john",), ("smith",)),
    ("Martin Luther King Jr.", ("martin", "luther"), ("king",)),
    ("Yang Liu 0001", ("yang",), ("liu",)),  # DBLP disambiguation digits
    ("~Yang_Liu12", ("yang",), ("liu",)),  # OpenReview profile id
    ("Josef van Genabith", ("josef",), ("genabith",)),
    ("Luis Espinosa-Anke", ("luis",), ("espinosa", "anke")),
    ("Timothy J. O’Donnell", ("timothy", "j"), ("odonnell",)),
    ("Md Nasim", ("md",), ("nasim",)),
]


@pytest.mark.parametrize(("raw", "given", "family"), PARSE)
def test_parse_name(raw, given, family):
    name = parse_name(raw)
    assert (name.given, name.family) == (given, family)


@pytest.mark.parametrize("variants", [
    ("Zhi-Hua Zhou", "Zhihua Zhou", "Zhi Hua Zhou"),
    ("Ondřej Dušek", "Ondrej Dusek"),
    ("Zheng Zhang", "ZHeng ZHang"),
    ("Hinrich Schütze", "Hinrich Schuetze"),  # German umlaut spelled out
    ("Thomas Müller", "Thomas Mueller"),
])
def test_variants_share_one_key(variants):
    assert len({parse_name(v).key for v in variants}) == 1


COMPATIBLE = [
    # a, b, lowest acceptable score, highest acceptable score
    ("Kaiming He", "Kaiming He", 1.0, 1.0),
    ("He Kaiming", "Kaiming He", 0.9, 0.95),
    ("Do Xuan Long", "Xuan Long Do", 0.9, 0.95),
    ("K. He", "Kaiming He", 0.7, 0.7),
    ("Z.-H. Zhou", "Zhi-Hua Zhou", 0.7, 0.7),
    ("Samuel R. Bowman", "Samuel Bowman", 0.9, 0.9),
    ("Luis Espinosa Anke", "Luis Espinosa-Anke", 0.9, 0.95),
    ("Xin Zhao", "Wayne Xin Zhao", 0.6, 0.6),
    ("Avi Sil", "Avirup Sil", 0.6, 0.6),
    ("Thien Nguyen", "Thien Huu Nguyen", 0.7, 0.7),  # Vietnamese middle names matter
    # incompatible
    ("Samuel R. Bowman", "Samuel T. Bowman", 0.0, 0.2),
    ("Ting Liu", "Tingwen Liu", 0.0, 0.0),  # pinyin prefix is not a nickname
    ("Kun He", "Kaiming He", 0.0, 0.0),
    ("Wei Wang", "Wen Wang", 0.0, 0.0),
    ("K. He", "J. He", 0.0, 0.0),
    ("Wei Wang", "Wei Zhang", 0.0, 0.0),
]


@pytest.mark.parametrize(("a", "b", "low", "high"), COMPATIBLE)
def test_name_compatible(a, b, low, high):
    score = name_compatible(a, b)
    assert low <= score <= high
    assert name_compatible(b, a) == score  # symmetric


def test_family_first_names_block_in_both_readings():
    assert "he k" in parse_name("He Kaiming").block_keys()
    assert parse_name("Kaiming He").block_keys() == ("he k",)
    # a Western name is blocked one way only
    assert parse_name("Graham Neubig").block_keys() == ("neubig g",)


@pytest.mark.parametrize("name", ["Jun Xue", "Yue Zhang", "Ana Guerrero"])
def test_umlaut_folding_leaves_pinyin_and_spanish_alone(name):
    assert parse_name(name).family_key == name.split()[-1].lower()


@pytest.mark.parametrize("a, b, same", [
    ("Wei Zhang 0001", "Wei Zhang 0002", False),  # DBLP's namesakes
    ("~Yang_Liu1", "~Yang_Liu12", False),  # OpenReview's
    ("Wei Zhang 0001", "Wei Zhang", True),  # one source numbers, the other does not: no contradiction
    ("~Yang_Liu1", "Yang Liu 0001", True),  # two systems' numbers say nothing of each other
    ("Wei Zhang 0001", "Wei Zhang 0001", True),
])
def test_namesakes_a_bibliography_numbered_apart_stay_apart(a, b, same):
    assert (name_compatible(a, b) > 0) is same
