"""The organisation resolver on a table of hard cases, against a small hand-written gazetteer."""

from __future__ import annotations

import gzip

import pytest

from extractors.resolution import Resolution
from extractors.resolver import OrgResolver, read_known_entities
from extractors.ror import read_ror
from kg.errors import InputError
from kg.model import NodeLabel

TSINGHUA, PKU, SJTU, CAS, ICT = "ror:03cve4549", "ror:02v51f717", "ror:0220qvk04", "ror:034t30j35", "ror:0090r4d87"
CMU, CMU_TW, CMU_CN, CENTRAL_MICHIGAN = "ror:05x2bcf33", "ror:00v408z34", "ror:032d4f246", "ror:02xawj266"
MSRA, GOOGLE, META, DEEPMIND, MIT = "ror:0300m5276", "ror:00njsd438", "ror:01zbnvs85", "ror:00971b260", "ror:042nb2s44"
HKUST, USTC, BERKELEY, UCLA, STANFORD = "ror:00q4vv597", "ror:04c4dkn09", "ror:01an7q238", "ror:046rm7j60", "ror:00f54p054"
MILA, OXFORD, ETH, WEIZMANN = "ror:05c22rx21", "ror:052gg0110", "ror:05a28rw58", "ror:0316ej306"


@pytest.fixture(scope="module")
def resolver(fixtures) -> OrgResolver:
    orgs = fixtures / "orgs"
    return OrgResolver(
        read_known_entities(orgs / "ror_sample.jsonl"),
        preferred=read_known_entities(orgs / "curated_sample.jsonl"),
    )


# (affiliation string, country given by the caller, expected id, expected method)
HARD_CASES = [
    # acronyms, ambiguous ones settled by the curated list, the country, or size
    ("MSRA", None, MSRA, "acronym"),
    ("FAIR", None, META, "acronym"),
    ("FAIR", "DE", "ror:053veeq82", "acronym"),
    ("CMU", None, CMU, "acronym"),
    ("CMU", "TW", CMU_TW, "acronym"),
    ("CMU, Shenyang, China", None, CMU_CN, "acronym"),
    ("PKU", None, PKU, "acronym"),
    ("SJTU", None, SJTU, "acronym"),
    ("HKUST, Clear Water Bay, Kowloon, Hong Kong", None, HKUST, "acronym"),
    ("MIT Center for Space Research, Cambridge, MA 02139, USA", None, MIT, "acronym"),
    # other-language names
    ("清华大学", None, TSINGHUA, "exact"),
    ("北京大学信息科学技术学院", None, None, None),  # a unit inside PKU in Chinese: no known name, no link
    ("微软亚洲研究院", None, MSRA, "exact"),
    ("Eidgenössische Technische Hochschule Zürich", None, ETH, "exact"),
    ("Université de Montréal", None, "ror:0161xgx34", "exact"),
    ("Universite de Montreal", None, "ror:0161xgx34", "exact"),
    # departments, abbreviations, postcodes, places
    ("Dept. of Computer Science, Tsinghua Univ., Beijing 100084, China", None, TSINGHUA, "exact"),
    ("Inst. of Comput. Technol., Beijing, China", None, ICT, "exact"),
    ("Department of Physics, University of Oxford, Oxford OX1 3PU, UK", None, OXFORD, "exact"),
    ("Dept. of EEIS, Univ. of Sci. & Tech. of China, Hefei, Anhui 230027, China", None, USTC, "exact"),
    ("Hong Kong Univ. of Sci. & Technol., Kowloon, China", None, HKUST, "exact"),
    ("University of California, Berkeley, CA 94720, USA", None, BERKELEY, "exact"),
    ("UCLA Computer Science Department, Los Angeles CA 90095", None, UCLA, "acronym"),
    ("Stanford University School of Medicine, Stanford, CA 94305, USA", None, STANFORD, "exact"),
    ("School of Computing National University of Singapore Singapore", None, "ror:01tgyzw49", "exact"),
    ("[Shanghai Jiao-Tong University, Shanghai, China]", None, SJTU, "exact"),
    ("jdoe@cs.tsinghua.edu.cn, Tsinghua University", None, TSINGHUA, "exact"),
    # companies and their labs
    ("Google Brain", None, GOOGLE, "exact"),
    ("Google Research, Mountain View, CA", None, GOOGLE, "exact"),
    ("DeepMind, London, UK", None, DEEPMIND, "exact"),
    ("Microsoft Research Asia, Beijing, China", None, MSRA, "exact"),
    ("Mila, Montréal, Canada", None, MILA, "exact"),
    # near misses that must still find the right one
    ("Tsinghau University, Beijing", None, TSINGHUA, "fuzzy"),
    ("The Weizmann Institute, Rehovot, Israel", None, WEIZMANN, "fuzzy"),
    # places and units alone name no institution
    ("Beijing, China", None, None, None),
    ("Department of Physics", None, None, None),
    ("", None, None, None),
]


@pytest.mark.parametrize(("text", "country", "expected", "method"), HARD_CASES)
def test_hard_cases(resolver, text, country, expected, method):
    result = resolver.resolve(text, country=country)
    if expected is None:
        assert result is None or not result.resolved
        return
    assert result is not None and result.resolved, f"{text!r} resolved to nothing"
    assert (result.id, result.method) == (expected, method), result
    assert 0 < result.score <= 100
    assert result.alias  # the name, alias or acronym matched is kept for audit


def test_usts_is_not_the_university_of_the_sciences(resolver):
    # Dropping "of", "the" and "and" must not merge two different universities.
    assert resolver.resolve("University of Science and Technology of China").id == USTC
    assert resolver.resolve("University of the Sciences, Philadelphia").id == "ror:048gmay44"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tsinghua University and Microsoft Research Asia", [TSINGHUA, MSRA]),
        ("Tsinghua University, Beijing, China; Google Research, Mountain View, USA", [TSINGHUA, GOOGLE]),
        ("Carnegie Mellon University, Pittsburgh, PA, USA, Peking University, Beijing, China", [CMU, PKU]),
        ("University of Science and Technology of China, Hefei", [USTC]),  # "and" inside a name
        ("Department of Electrical and Computer Engineering, University of Toronto", ["ror:03dbr7087"]),
    ],
)
def test_multi_institution_strings(resolver, text, expected):
    assert [result.id for result in resolver.resolve_all(text)] == expected


def test_strong_string_matching_nothing_is_unresolved_not_a_wrong_link(resolver):
    result = resolver.resolve("Institute for Quantum Widgets, Springfield")
    assert isinstance(result, Resolution)
    assert not result.resolved
    assert result.id == "org:institute-for-quantum-widgets"
    assert result.ror is None and result.method == "none"


def test_lookalike_university_is_not_linked(resolver):
    result = resolver.resolve("Tsinghua Normal University, Beijing")
    assert result is not None
    assert result.id != TSINGHUA


def test_resolution_carries_ror_suffix_and_country(resolver):
    result = resolver.resolve("清华大学")
    assert (result.ror, result.country, result.name) == ("03cve4549", "CN", "Tsinghua University")
    assert resolver.resolve("NSFC").id == "funder:nsfc"  # funders resolve too; policies do not
    assert resolver.resolve("H-1B visa") is None or not resolver.resolve("H-1B visa").resolved


def test_part_of_comes_from_ror_parents(resolver):
    assert resolver.parents_of(MSRA) == ["ror:00d0nc645"]
    assert resolver.parents_of(ICT) == [CAS]
    assert resolver.parents_of("ror:nonexistent") == []


def test_country_hint_reads_cities_and_countries(resolver):
    assert resolver.country_hint("Dept. of Physics, Hefei, Anhui") == "CN"
    assert resolver.country_hint("Stanford, CA 94305") == "US"
    assert resolver.country_hint("Kowloon, Hong Kong, China") == "HK"


def test_curated_and_ror_rows_for_one_id_merge(resolver):
    meta = resolver.get(META)
    assert meta.name == "Meta"  # the curated name wins
    assert "Facebook" in meta.aliases and "FAIR" in meta.acronyms and "FB" in meta.acronyms


# --- reading ROR dumps ------------------------------------------------------------------------

def test_read_ror_v2_json_array(fixtures):
    entries = {entry.id: entry for entry in read_ror(fixtures / "orgs" / "ror_dump_v2.json")}
    assert set(entries) == {TSINGHUA, "ror:01vceef04"}  # the withdrawn record is skipped
    tsinghua = entries[TSINGHUA]
    assert tsinghua.label is NodeLabel.ORGANIZATION
    assert (tsinghua.name, tsinghua.country, tsinghua.city, tsinghua.type) == (
        "Tsinghua University", "CN", "Beijing", "education")
    assert tsinghua.acronyms == ["THU"] and "清华大学" in tsinghua.aliases
    assert tsinghua.funder_ids == ["501100004147"] and tsinghua.domains == ["tsinghua.edu.cn"]
    assert entries["ror:01vceef04"].parents == [TSINGHUA]


def test_read_ror_v1_and_flat_lines_gzipped(fixtures, tmp_path):
    packed = tmp_path / "dump.jsonl.gz"
    packed.write_bytes(gzip.compress((fixtures / "orgs" / "ror_dump_v1.jsonl").read_bytes()))
    cmu, msra = list(read_ror(packed))
    assert (cmu.id, cmu.country, cmu.city, cmu.type, cmu.acronyms) == (CMU, "US", "Pittsburgh", "education", ["CMU"])
    assert cmu.funder_ids == ["100008047"] and cmu.domains == ["cmu.edu"]
    assert (msra.id, msra.parents, msra.aliases) == (MSRA, ["ror:00d0nc645"], ["微软亚洲研究院"])


def test_read_ror_names_the_bad_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"ror_id": "https://ror.org/05x2bcf33", "name": "CMU"}\n{not json\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        list(read_ror(bad))
    assert caught.value.line == 2


# --- measured on real data ---------------------------------------------------------------------

@pytest.mark.shared_data
@pytest.mark.slow
def test_precision_and_coverage_on_s2aff_gold(shared_data):
    """Floors well under the measured numbers (benchmarks/eval_orgs.py prints them)."""
    import importlib.util
    import sys

    from tests.conftest import REPO

    spec = importlib.util.spec_from_file_location("eval_orgs", REPO / "benchmarks" / "eval_orgs.py")
    eval_orgs = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_orgs", eval_orgs)  # dataclasses look their module up
    spec.loader.exec_module(eval_orgs)
    gold = shared_data / "s2aff_affiliation_gold" / "gold_affiliation_annotations.csv"
    ror = shared_data / "ror_records" / "ror_records_all.jsonl.gz"
    resolver, known, _ = eval_orgs.build_resolver(ror, curated=False)
    rows = eval_orgs.gold_rows(gold, known)[::3]  # every third row: a sample across sources
    assert len(rows) > 500
    score = eval_orgs.evaluate(resolver, rows)
    assert score.coverage >= 0.85, score.coverage
    assert score.precision >= 0.88, score.precision
    # a topic is not the institute named for it, in a gazetteer where "institute" is a common word
    topic = resolver.resolve("Machine Learning")
    assert topic is None or not topic.resolved, topic


# --- the commands --------------------------------------------------------------------------------

def test_import_ror_then_resolve_org_json_lines(fixtures, tmp_path, monkeypatch):
    import orjson
    from typer.testing import CliRunner

    from kg.cli import app
    from kg.settings import get_settings

    monkeypatch.setenv("KG_DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    try:
        runner = CliRunner()
        imported = runner.invoke(app, ["gazetteer", "import-ror", str(fixtures / "orgs" / "ror_dump_v2.json")])
        assert imported.exit_code == 0, imported.output
        assert "imported 2 organisations" in imported.output
        assert len((tmp_path / "gazetteer" / "orgs.jsonl").read_text(encoding="utf-8").splitlines()) == 2

        lines = tmp_path / "lines.txt"
        lines.write_text("Tsinghua SIGS, Shenzhen\n\nBeijing, China\n", encoding="utf-8")
        answer = runner.invoke(app, ["resolve", "org", "清华大学", "--file", str(lines), "--format", "json"])
        assert answer.exit_code == 0, answer.output
        rows = [orjson.loads(line) for line in answer.stdout.splitlines()]
        assert [row["query"] for row in rows] == ["清华大学", "Tsinghua SIGS, Shenzhen", "Beijing, China"]
        assert (rows[0]["id"], rows[0]["ror"], rows[0]["resolved"]) == (TSINGHUA, "03cve4549", True)
        assert rows[1]["id"] == "ror:01vceef04" and rows[1]["alias"] == "Tsinghua SIGS"
        assert rows[2]["id"] is None and rows[2]["resolved"] is False
    finally:
        get_settings.cache_clear()


def test_a_kind_word_one_name_lacks_makes_another_institution():
    """The Korea Institute of Science and Technology (KIST) is not the Korea Advanced Institute of Science and
    Technology (KAIST), however close the strings."""
    resolver = OrgResolver.default()
    found = resolver.resolve("Korea Institute of Science and Technology")
    assert found is None or "Advanced" not in found.name
    assert resolver.resolve("Korea Advanced Institute of Science and Technology").name == \
        "Korea Advanced Institute of Science and Technology"
