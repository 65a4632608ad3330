"""`kg gazetteer import-ror`: an import that finds nothing never replaces the gazetteer."""

from __future__ import annotations

import gzip
import json
import random
import string
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractors.ror import RorTally, read_ror
from kg.cli import app
from kg.errors import InputError
from kg.settings import get_settings


def ror_record(index: int, status: str = "active") -> dict:
    # Random words keep the gzip stream long enough to truncate part-way through.
    noise = "".join(random.Random(index).choices(string.ascii_lowercase, k=40))
    return {"id": f"https://ror.org/0{index:08d}", "name": f"Institute {index} {noise}", "status": status,
            "types": ["education"], "country": {"country_code": "US"}}


def jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def gazetteer(tmp_path, monkeypatch) -> Path:
    """A data dir whose gazetteer already holds three organisations."""
    monkeypatch.setenv("KG_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    result = CliRunner().invoke(app, ["gazetteer", "import-ror", str(jsonl(tmp_path / "first.jsonl",
                                                                          [ror_record(i) for i in range(3)]))])
    assert result.exit_code == 0, result.output
    yield tmp_path / "data" / "gazetteer" / "orgs.jsonl"
    get_settings.cache_clear()


def import_ror(path: Path):
    return CliRunner().invoke(app, ["gazetteer", "import-ror", str(path)])


def assert_kept(gazetteer: Path) -> None:
    assert len(gazetteer.read_text(encoding="utf-8").splitlines()) == 3
    assert [p.name for p in gazetteer.parent.iterdir()] == ["orgs.jsonl"]  # no temporary file left behind


@pytest.mark.parametrize("content", ["", "\n\n", json.dumps(ror_record(9, status="withdrawn")) + "\n"])
def test_an_import_finding_no_organisation_is_an_error_and_keeps_the_gazetteer(gazetteer, tmp_path, content):
    empty = tmp_path / "empty.jsonl"
    empty.write_text(content, encoding="utf-8")
    result = import_ror(empty)
    assert isinstance(result.exception, InputError), result.output
    assert "no organisations found" in result.exception.reason and "left unchanged" in result.exception.reason
    assert_kept(gazetteer)


def test_a_foreign_record_is_an_error_and_keeps_the_gazetteer(gazetteer, tmp_path):
    foreign = jsonl(tmp_path / "known.jsonl", [{"id": "ror:x", "name": "X", "country": "CN"}])
    result = import_ror(foreign)
    assert isinstance(result.exception, InputError)
    assert result.exception.reason.startswith("not a ROR record") and result.exception.line == 1
    assert_kept(gazetteer)


def test_a_directory_is_a_clear_error(gazetteer, tmp_path):
    folder = tmp_path / "adir"
    folder.mkdir()
    result = import_ror(folder)
    assert isinstance(result.exception, InputError)
    assert result.exception.reason.startswith("is a directory")
    assert_kept(gazetteer)


def truncated_gzip(tmp_path: Path, count: int, keep: float) -> Path:
    whole = gzip.compress(b"".join(json.dumps(ror_record(i)).encode() + b"\n" for i in range(count)))
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(whole[: int(len(whole) * keep)])
    return path


@pytest.mark.parametrize("keep", [0.5, 0.3])
def test_a_truncated_gzip_is_an_error_and_keeps_the_gazetteer(gazetteer, tmp_path, keep):
    # An import replaces the gazetteer: a truncated download must not silently shrink it.
    result = import_ror(truncated_gzip(tmp_path, 3000 if keep == 0.5 else 10, keep))
    assert isinstance(result.exception, InputError), result.output
    assert "damaged data" in result.exception.reason and "left unchanged" in result.exception.reason
    assert_kept(gazetteer)


def test_reader_tally_and_gzip_by_content(tmp_path):
    plain = jsonl(tmp_path / "x.jsonl", [ror_record(1), ror_record(2, status="withdrawn")])
    disguised = tmp_path / "dump.data"  # gzip under a name that does not say so
    disguised.write_bytes(gzip.compress(plain.read_bytes()))
    tally = RorTally()
    assert [e.id for e in read_ror(disguised, tally=tally)] == ["ror:000000001"]
    assert (tally.records, tally.skipped, tally.damage) == (2, 1, None)


def test_stdout_holds_only_the_summary(tmp_path):
    # The progress bar went to stdout, and off a terminal it left a blank line before the summary.
    out = tmp_path / "orgs.jsonl"
    result = CliRunner().invoke(app, ["gazetteer", "import-ror", str(jsonl(tmp_path / "ror.jsonl", [ror_record(1)])),
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"imported 1 organisations into {out}\n"
