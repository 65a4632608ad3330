"""`kg ingest` with a bad input beside good ones: the bad one is a reject with its reason, counted once
as read, and the rest loads (exit 5 only when nothing at all could be read)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.kg_process import kg_quiet as kg

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
REPO = Path(__file__).resolve().parents[2]
PAPERS = REPO / "tests" / "fixtures" / "papers"


def logged(rejects: Path) -> list[tuple[str, str]]:
    return [(r["file"], r["reason"]) for r in map(json.loads, rejects.read_text().splitlines())]


@pytest.fixture
def note(tmp_path) -> Path:
    path = tmp_path / "new1.txt"
    path.write_text("Ines Duarte joined the University of Porto in 2018.\n", encoding="utf-8")
    return path


def test_articles_count_a_rejected_pdf_as_read(data_dir, tmp_path, note):
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    result = kg(data_dir, "ingest", "articles", str(note), str(pdf), "--rejects", str(tmp_path / "r.jsonl"))
    assert result.returncode == 0, result.stderr
    assert "records read: 2, loaded: 1, rejected: 1" in result.stdout


def test_articles_reject_a_missing_path_and_load_the_rest(data_dir, tmp_path, note):
    missing = tmp_path / "nonexistent.txt"
    rejects = tmp_path / "r.jsonl"
    result = kg(data_dir, "ingest", "articles", str(note), str(missing), "--rejects", str(rejects))
    assert result.returncode == 0, result.stderr
    assert "records read: 2, loaded: 1, rejected: 1" in result.stdout
    assert logged(rejects) == [(str(missing), "no such file or directory")]


def test_articles_with_only_missing_paths_still_exit_5(data_dir, tmp_path):
    result = kg(data_dir, "ingest", "articles", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert result.returncode == 5, (result.stdout, result.stderr)
    assert "none of the 2 inputs can be read (first: no such file or directory)" in result.stderr


def test_papers_reject_a_missing_path_and_load_the_rest(data_dir, tmp_path):
    missing = tmp_path / "missing.jsonl"
    rejects = tmp_path / "r.jsonl"
    result = kg(data_dir, "ingest", "papers", str(PAPERS / "plain.jsonl"), str(missing), "--no-link",
                "--rejects", str(rejects))
    assert result.returncode == 0, result.stderr
    read, loaded, rejected = (int(part.split(": ")[1].split()[0]) for part in
                              result.stdout.splitlines()[0].split(", ")[:3])
    assert loaded >= 1 and read == loaded + rejected
    assert (str(missing), "no such file or directory") in logged(rejects)
