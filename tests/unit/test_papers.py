"""Paper readers: every format, gzip, bad records, unreadable files, the example corpus."""

from __future__ import annotations

import gzip
import itertools
import json
from collections import deque
from pathlib import Path

import pytest

from extractors.papers import FORMATS, detect_format, read_papers
from kg.errors import InputError
from kg.model import MAX_FIELD, Paper, Reject

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"


# The reader's names for the flat pair -> the committed fixture files.
FLAT_FIXTURES = {"papers.jsonl": "flat_pair_records.jsonl", "authorships.csv": "flat_pair_rows.csv"}


@pytest.fixture
def papers_dir(fixtures: Path) -> Path:
    return fixtures / "papers"


@pytest.fixture
def flat_dir(papers_dir: Path, tmp_path: Path) -> Path:
    """The hand-written flat pair under the names the reader looks for. In the repo they carry other
    names, so that no committed file is named like a file of ../shared/data."""
    folder = tmp_path / "flat"
    folder.mkdir()
    for name in ("papers.jsonl", "authorships.csv"):
        (folder / name).write_bytes((papers_dir / "flat" / FLAT_FIXTURES[name]).read_bytes())
    return folder


def split(records) -> tuple[list[Paper], list[Reject]]:
    records = list(records)
    return [r for r in records if isinstance(r, Paper)], [r for r in records if isinstance(r, Reject)]


# --- OpenAlex --------------------------------------------------------------------------------------

def test_openalex_page_maps_every_field(papers_dir: Path) -> None:
    papers, rejects = split(read_papers(papers_dir / "openalex_page.json"))
    assert rejects == []
    first, second = papers
    assert first.id == "doi:10.5555/fixture.2019.1"
    assert first.doi == "10.5555/fixture.2019.1"
    assert (first.title, first.year, first.venue, first.source) == (
        "A Fixture Work With Everything", 2019, "Fixture Conference", "openalex_page.json")
    ada, bo, cy = first.authors
    assert [a.position for a in first.authors] == [0, 1, 2]
    assert (ada.name, ada.orcid, ada.openalex, ada.person_id) == (
        "Ada Fixture", "0000-0000-0000-1012", "A9900000001", "orcid:0000-0000-0000-1012")
    assert [(f.name, f.ror, f.country, f.type) for f in ada.affiliations] == [
        ("Tsinghua University", "03cve4549", "CN", "education"),
        ("Google (United States)", "00njsd438", "US", "company"),
    ]
    # No institutions: the raw strings (deduplicated), or the newer `affiliations` list, stand in.
    assert [f.name for f in bo.affiliations] == ["Dept. of CS, Example University"]
    assert bo.person_id == "openalex:A9900000002"
    assert [f.name for f in cy.affiliations] == ["Newform Lab, Somewhere"]
    assert [(f.funder_id, f.award_id, f.country) for f in first.funders] == [
        ("ror:01h0zpd94", "62076123", "CN"),  # grants[] entry given its ROR through funders[]
        ("openalex:F9900000002", "HR0011-19-2-0007", None),  # no ROR anywhere: the OpenAlex funder id
        ("ror:021nxhr62", None, "US"),  # listed in funders[] without an award
    ]
    assert second.id == "openalex:W9900000002"
    assert (second.doi, second.venue, second.authors) == (None, None, [])
    assert [(f.funder, f.funder_id, f.award_id) for f in second.funders] == [
        ("Natural Sciences and Engineering Research Council of Canada", "ror:01h531d29", "RGPIN-2018-05555")]


def test_openalex_array_jsonl_and_page_read_the_same(papers_dir: Path, tmp_path: Path) -> None:
    works = json.loads((papers_dir / "openalex_page.json").read_text())["results"]
    array = tmp_path / "works.json"
    array.write_text(json.dumps(works, indent=2))
    lines = tmp_path / "works.jsonl"
    lines.write_text("".join(json.dumps(w) + "\n" for w in works))
    one_line_page = tmp_path / "page.jsonl"
    one_line_page.write_text(json.dumps({"meta": {"count": 2}, "results": works}) + "\n")
    expected = [p.model_dump(exclude={"source"}) for p in read_papers(papers_dir / "openalex_page.json")]
    for path in (array, lines, one_line_page):
        assert detect_format(path) == "openalex"
        assert [p.model_dump(exclude={"source"}) for p in read_papers(path)] == expected


def test_single_pretty_printed_work(papers_dir: Path, tmp_path: Path) -> None:
    work = json.loads((papers_dir / "openalex_page.json").read_text())["results"][1]
    path = tmp_path / "one.json"
    path.write_text(json.dumps(work, indent=2))
    assert [p.id for p in read_papers(path)] == ["openalex:W9900000002"]


# --- gzip ------------------------------------------------------------------------------------------

def test_gzip_recognised_by_magic_bytes_not_suffix(papers_dir: Path, tmp_path: Path) -> None:
    raw = (papers_dir / "openalex_bad.jsonl").read_bytes()
    for name in ("works.jsonl.gz", "works.jsonl", "no_suffix"):
        path = tmp_path / name
        path.write_bytes(gzip.compress(raw))
        assert detect_format(path) == "openalex"
        papers, rejects = split(read_papers(path))
        assert [p.title for p in papers] == ["Good One", "Good Two"]
        assert [r.line for r in rejects] == [2, 3, 5, 6, 7, 8, 10]


def test_truncated_gzip_keeps_the_records_before_the_damage(papers_dir: Path, tmp_path: Path) -> None:
    lines = "".join(
        json.dumps({"id": f"https://openalex.org/W{i}", "display_name": f"Work {i}"}) + "\n" for i in range(1, 2001)
    )
    data = gzip.compress(lines.encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) * 3 // 4])
    papers, rejects = split(read_papers(path, format="openalex"))
    assert 100 < len(papers) < 2000
    assert [p.title for p in papers[:2]] == ["Work 1", "Work 2"]
    assert len(rejects) == 1 and "damaged" in rejects[0].reason


# --- bad records -----------------------------------------------------------------------------------

def test_each_bad_record_kind_is_rejected_with_its_line(papers_dir: Path) -> None:
    papers, rejects = split(read_papers(papers_dir / "openalex_bad.jsonl"))
    assert [p.id for p in papers] == ["openalex:W9900000011", "openalex:W9900000016"]
    reasons = {r.line: r.reason for r in rejects}
    assert set(reasons) == {2, 3, 5, 6, 7, 8, 10}  # line 4 is blank and skipped
    assert reasons[2].startswith("malformed JSON")
    assert reasons[3] == "missing title"
    assert reasons[5] == "authorships: expected a list, got str"
    assert reasons[6].startswith("year: Input should be a valid integer")
    assert reasons[7] == "expected a JSON object, got list"
    assert reasons[8].startswith("missing id")
    assert reasons[10] == "authorships[0]: author has no name"
    assert all(r.file == "openalex_bad.jsonl" for r in rejects)


def test_absurdly_long_fields_are_rejected(tmp_path: Path) -> None:
    long_name = "x" * (MAX_FIELD + 1)
    records = [
        {"id": "paper:ok-1", "title": "Fine", "authors": [{"name": "A"}]},
        {"id": "paper:long-title", "title": long_name},
        {"id": "paper:long-author", "title": "Fine too", "authors": [{"name": long_name}]},
        {"id": "paper:ok-2", "title": "Fine again"},
    ]
    path = tmp_path / "plain.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    papers, rejects = split(read_papers(path))
    assert [p.id for p in papers] == ["paper:ok-1", "paper:ok-2"]
    assert [(r.line, r.reason.split(":")[0]) for r in rejects] == [(2, "title"), (3, "authors.0.name")]
    assert all(f"at most {MAX_FIELD} characters" in r.reason for r in rejects)


@pytest.mark.parametrize("fmt, make", [
    ("plain", lambda n, doi: {"id": f"paper:d{n}", "title": "T", "doi": doi, "authors": [{"name": "A"}]}),
    ("openalex", lambda n, doi: {"id": f"https://openalex.org/W90000000{n}", "display_name": "T", "doi": doi,
                                 "publication_year": 2020, "authorships": []}),
    ("papercopilot", lambda n, doi: {"id": f"site{n}", "title": "T", "doi": doi, "author": "A", "venue": "V",
                                     "year": 2020}),
])
def test_a_doi_of_another_shape_is_a_reject_and_a_placeholder_is_none_in_every_format(tmp_path: Path, fmt, make) -> None:
    # as the paper's id it would make a node no other source's record of the work can match; a placeholder
    # such as 'N/A' says there is none, so the record loads without one
    dois = ["https://doi.org/10.1145/3292500.3330701", "N/A", "DOI: 10.5555/ABC", "10.12/x", None,
            "http://doi.acm.org/10.1145/1234.5678", "DOI 10.1000/x", "10.1000/x;10.1001/y", "none",
            "https://doi.org/10.1000/x, https://doi.org/10.1001/y",
            "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O"]
    path = tmp_path / "papers.jsonl"
    path.write_text("".join(json.dumps(make(n, doi)) + "\n" for n, doi in enumerate(dois)))
    papers, rejects = split(read_papers(path, format=fmt))
    assert [p.doi for p in papers] == ["10.1145/3292500.3330701", None, "10.5555/abc", None, "10.1145/1234.5678",
                                       "10.1000/x", None, "10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-o"]
    assert [p.id for p in papers][:3:2] == ["doi:10.1145/3292500.3330701", "doi:10.5555/abc"]
    assert [(r.line, r.reason) for r in rejects] == [
        (4, "doi: '10.12/x' is not a DOI (10.<registrant>/<suffix>)"),
        (8, "doi: '10.1000/x;10.1001/y' holds more than one DOI"),
        (10, "doi: 'https://doi.org/10.1000/x, https://doi.org/10.1001/y' holds more than one DOI")]


def test_broken_json_array_keeps_the_records_before_the_error(tmp_path: Path) -> None:
    path = tmp_path / "works.json"
    path.write_text('[{"id": "W1", "display_name": "One", "authorships": []}, {"id": "W2", "display_name": "Tw')
    papers, rejects = split(read_papers(path))
    assert [p.id for p in papers] == ["openalex:W1"]
    assert [r.line for r in rejects] == [2] and "rest of file unread" in rejects[0].reason


def test_jsonl_with_a_bad_first_line_is_still_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "works.jsonl"
    path.write_text('{"id": "W1", "display_name": \n{"id": "W2", "display_name": "Two", "authorships": []}\n')
    papers, rejects = split(read_papers(path))
    assert [p.id for p in papers] == ["openalex:W2"] and [r.line for r in rejects] == [1]


# --- unreadable files ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n ", "empty file"),
        (b"\x00\x01\x02binary\xff\xfe" * 100, "binary content"),
        (b"\xff\xfe\xfd not utf-8 at all", "not UTF-8"),
        (b"title,year\nfoo,2020\n", "not JSON"),
        (gzip.compress(b""), "empty file"),
        (b"\x1f\x8b not really gzip", "cannot read"),
    ],
)
def test_unreadable_files_raise_input_error(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "input.jsonl"
    path.write_bytes(content)
    with pytest.raises(InputError, match=reason) as error:
        list(read_papers(path))
    assert error.value.file == str(path)
    assert "\n" not in str(error.value)


def test_missing_file_directory_and_unknown_format(tmp_path: Path, papers_dir: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_papers(tmp_path / "absent.jsonl"))
    with pytest.raises(InputError, match="papers.jsonl.gz and authorships.csv"):
        list(read_papers(tmp_path))  # a directory that is not a flat pair
    with pytest.raises(InputError, match="is a directory"):
        list(read_papers(tmp_path, format="openalex"))
    with pytest.raises(InputError, match="unknown format"):
        list(read_papers(papers_dir / "plain.jsonl", format="bibtex"))


def test_a_given_name_is_what_papers_rejects_and_errors_call_the_file(papers_dir: Path, tmp_path: Path) -> None:
    # The API reads an upload from a temporary file: all it reports must name the client's file instead.
    copy = tmp_path / "kg-upload-x1"
    copy.write_bytes((papers_dir / "openalex_bad.jsonl").read_bytes())
    papers, rejects = split(read_papers(copy, name="works.jsonl"))
    assert {p.source for p in papers} == {"works.jsonl"} and {r.file for r in rejects} == {"works.jsonl"}
    copy.write_bytes(b"\x00 binary")
    with pytest.raises(InputError) as error:
        list(read_papers(copy, name="works.jsonl"))
    assert (error.value.file, error.value.reason) == ("works.jsonl", "binary content, not text")


def test_a_conference_file_read_under_its_given_name_takes_venue_and_year_from_it(papers_dir: Path,
                                                                                  tmp_path: Path) -> None:
    copy = tmp_path / "kg-upload-x2"
    copy.write_bytes((papers_dir / "iclr2024.json").read_bytes())
    papers, _ = split(read_papers(copy, format="papercopilot", name="iclr2024.json"))
    assert papers and {(p.venue, p.year) for p in papers} <= {("iclr", 2024), ("ICLR", 2024)}


def test_unrecognisable_records_ask_for_a_format(tmp_path: Path) -> None:
    path = tmp_path / "other.jsonl"
    path.write_text('{"foo": 1}\n{"bar": 2}\n')
    with pytest.raises(InputError, match="cannot tell the format"):
        detect_format(path)


# --- Paper Copilot ---------------------------------------------------------------------------------

def test_papercopilot_conference_file(papers_dir: Path) -> None:
    path = papers_dir / "iclr2024.json"
    assert detect_format(path) == "papercopilot"
    papers, rejects = split(read_papers(path))
    assert rejects == []
    first, second = papers
    # Venue and year come from the file name; the id from venue, year and site id.
    assert (first.id, first.venue, first.year) == ("paper:iclr-2024-fixaaaa001", "iclr", 2024)
    ada, bo, cy = first.authors
    assert (ada.openreview, ada.orcid, ada.email_domain, ada.role, ada.degree) == (
        "~Ada_Fixture1", "0000-0000-0000-1012", "tsinghua.edu.cn", "PhD student", "PhD")
    assert ada.person_id == "orcid:0000-0000-0000-1012"
    assert bo.person_id == "openreview:~Bo_Placeholder2"
    # `+` joins one author's affiliations; each keeps its own role.
    assert [(f.name, f.role) for f in ada.affiliations] == [("Tsinghua University", "PhD student"), ("Google", "Intern")]
    # The country index list has 2 entries for 3 authors: it cannot be aligned, so no country is guessed.
    assert all(f.country is None for a in first.authors for f in a.affiliations)
    assert (cy.affiliations, cy.role, cy.openreview) == ([], None, None)
    assert second.id == "doi:10.5555/fixture.copilot.2"
    dee, eve = second.authors
    assert (dee.name, dee.degree, eve.name, eve.degree) == ("Dee Good", "Master", "Eve Second", "Bachelor")
    assert [(f.name, f.country) for f in dee.affiliations] == [("Example MS Lab", None)]  # "Unknown" country
    assert [(f.name, f.country) for f in eve.affiliations] == [("Mila", "CA")]


def test_papercopilot_flat_pair_joins_rows_in_step(flat_dir: Path) -> None:
    folder = flat_dir
    for path in (folder, folder / "papers.jsonl", folder / "authorships.csv"):
        assert detect_format(path) == "papercopilot-flat"
    records = list(read_papers(folder))
    papers, rejects = split(records)
    assert [p.title for p in papers] == ["Flat One", "Flat Three", "Flat Four No Authors", "Flat Five No Id"]
    one, three, four, five = papers
    ada, bo = one.authors
    assert [(f.name, f.country, f.role) for f in ada.affiliations] == [
        ("Tsinghua University", "CN", "PhD student"), ("Google", "US", "Intern")]
    assert (ada.orcid, ada.openreview, bo.role) == ("0000-0000-0000-1012", "~Ada_Fixture1", "Full Professor")
    # Rows come from the CSV (normalised name, country, role) even where the JSON has less.
    assert (three.id, three.authors[0].role, three.authors[0].affiliations[0].country) == ("doi:10.5555/flat.3", "Postdoc", "CA")
    assert four.authors == []  # no author, so the next paper's rows are not taken
    assert [a.name for a in five.authors] == ["Dee Good", "Eve Second"]
    assert five.authors[0].affiliations[0].model_dump(include={"name", "country"}) == {"name": "Uni B", "country": "AU"}
    assert five.id == "paper:cvpr-2016-https-example-org-flat5-pdf"
    # The unreadable paper line is rejected, and its CSV rows are reported, not silently joined elsewhere.
    assert [(r.file, r.line) for r in rejects] == [("papers.jsonl", 2), ("authorships.csv", 4)]
    assert "flat002" in rejects[1].reason


def test_flat_pair_needs_both_files(tmp_path: Path, papers_dir: Path) -> None:
    (tmp_path / "authorships.csv").write_text((papers_dir / "flat" / FLAT_FIXTURES["authorships.csv"]).read_text())
    with pytest.raises(InputError, match="side by side"):
        list(read_papers(tmp_path / "authorships.csv"))


# --- plain ------------------------------------------------------------------------------------------

def test_plain_records(papers_dir: Path) -> None:
    papers, rejects = split(read_papers(papers_dir / "plain.jsonl"))
    one, two = papers
    assert one.id == "paper:fixture-plain-1"
    assert one.authors[0].affiliations[0].model_dump(include={"name", "ror", "country", "type"}) == {
        "name": "Tsinghua University", "ror": "03cve4549", "country": "CN", "type": "education"}
    assert [a.position for a in one.authors] == [0, 1]
    assert (one.funders[0].canonical_id, one.funders[0].award_id) == ("ror:01h0zpd94", "62076123")
    assert (two.id, two.doi, two.funders[0].canonical_id) == ("doi:10.5555/plain.2", "10.5555/plain.2", "funder:some-foundation")
    assert [(r.line, r.reason.split(":")[0]) for r in rejects] == [(3, "authors.0.position")]


def test_formats_are_named(papers_dir: Path) -> None:
    assert FORMATS == ("openalex", "papercopilot", "papercopilot-flat", "plain")
    papers, rejects = split(read_papers(papers_dir / "plain.jsonl", format="openalex"))
    assert [p.id for p in papers] == ["doi:10.5555/plain.2"]  # a DOI and a title make a work
    assert rejects[0].line == 1 and "not an OpenAlex work id" in rejects[0].reason


# --- the example corpus ----------------------------------------------------------------------------

def test_example_corpus_parses_cleanly_and_shows_what_expected_md_says() -> None:
    papers, rejects = split(read_papers(EXAMPLES / "openalex_works.jsonl"))
    assert rejects == []
    assert len(papers) == 41
    assert len({p.id for p in papers}) == 41
    people = {a.person_id: a.name for p in papers for a in p.authors}
    assert len(people) == 13
    bylines: dict[str, list[tuple[int, str]]] = {}
    for paper in papers:
        for author in paper.authors:
            for affiliation in author.affiliations:
                bylines.setdefault(author.name, []).append((paper.year, affiliation.country or "?"))
    # The two boomerangs: China, then the US, then China again.
    for name in ("Mei Lanqiu", "Zhou Tiancheng"):
        countries = [country for _, country in sorted(bylines[name])]
        assert [k for k, _ in itertools.groupby(countries)] == ["CN", "US", "CN"], name
    assert [k for k, _ in itertools.groupby(c for _, c in sorted(bylines["Shen Yuhang"]))] == ["CN", "US"]
    assert [k for k, _ in itertools.groupby(c for _, c in sorted(bylines["Eleanor Whitcombe"]))] == ["GB", "CA"]
    assert _shortest_path(papers, "Song Weiran", "Eleanor Whitcombe") == [
        "Song Weiran", "Mei Lanqiu", "Daniel Fairbrook", "Eleanor Whitcombe"]
    assert _shortest_path(papers, "Shen Yuhang", "Mei Lanqiu") is None
    funder_ids = {f.canonical_id for p in papers for f in p.funders}
    assert funder_ids == {"ror:01h0zpd94", "ror:021nxhr62", "openalex:F9200000003", "ror:01h531d29", "ror:0439y7842"}


def _shortest_path(papers: list[Paper], start: str, goal: str) -> list[str] | None:
    neighbours: dict[str, set[str]] = {}
    for paper in papers:
        for a, b in itertools.permutations([x.name for x in paper.authors], 2):
            neighbours.setdefault(a, set()).add(b)
    previous: dict[str, str | None] = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in sorted(neighbours.get(node, ())):
            if nxt not in previous:
                previous[nxt] = node
                queue.append(nxt)
    if goal not in previous:
        return None
    path = [goal]
    while previous[path[-1]] is not None:
        path.append(previous[path[-1]])
    return path[::-1]


# --- the shared Paper Copilot data -------------------------------------------------------------------

@pytest.mark.shared_data
def test_first_2000_papercopilot_flat_papers_are_sane(shared_data: Path) -> None:
    folder = shared_data / "papercopilot_paperlists"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    records = list(itertools.islice(read_papers(folder), 2000))
    papers, rejects = split(records)
    assert len(papers) >= 1990, rejects[:5]
    assert all(p.authors for p in papers)
    assert all([a.position for a in p.authors] == list(range(len(p.authors))) for p in papers)
    assert len({p.id for p in papers}) == len(papers)
    assert all(p.year and p.venue for p in papers)
    countries = [f.country for p in papers for a in p.authors for f in a.affiliations]
    assert sum(c is not None for c in countries) > len(countries) / 2
    assert any(a.openreview for p in papers for a in p.authors)


@pytest.mark.shared_data
@pytest.mark.slow
def test_full_papercopilot_flat_set_streams(shared_data: Path) -> None:
    """Reading all 44,724 papers must not hold them: resident memory grows by far less than the data."""
    import psutil

    folder = shared_data / "papercopilot_paperlists"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    process = psutil.Process()
    baseline = process.memory_info().rss
    highest = baseline
    papers = 0
    for record in read_papers(folder):
        papers += isinstance(record, Paper)
        if papers % 2_000 == 0:
            highest = max(highest, process.memory_info().rss)
    assert papers > 44_000
    # The decoded papers would take several hundred MB; a streaming reader stays near its start.
    assert highest - baseline < 100 * 2**20
