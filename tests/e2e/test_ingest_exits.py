"""`kg ingest`: one exit rule for papers and articles, and one node per paper, on a real embedded graph."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.e2e.kg_process import kg_quiet as kg

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
REPO = Path(__file__).resolve().parents[2]
ARTICLES = REPO / "tests" / "fixtures" / "articles"


def one_line_error(result: subprocess.CompletedProcess, *expected: str) -> str:
    assert result.returncode == 5, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert all(text in lines[0] for text in expected), lines[0]
    return lines[0]


def test_nothing_readable_fails_alike_for_papers_and_articles(data_dir, tmp_path):
    binary = tmp_path / "binary.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    one_line_error(kg(data_dir, "ingest", "papers", str(binary)), "binary.bin")
    one_line_error(kg(data_dir, "ingest", "articles", str(binary)), "binary.bin", "unsupported file type '.bin'")

    # Readable types whose every record is rejected: read, logged, and still a failure.
    garbage = tmp_path / "garbage.jsonl"
    garbage.write_text('{"title": "No Id"}\n{"id": "paper:x"}\n', encoding="utf-8")
    rejects = tmp_path / "papers-rejects.jsonl"
    one_line_error(kg(data_dir, "ingest", "papers", str(garbage), "--format", "plain", "--rejects", str(rejects)),
                   "nothing could be read", "all 2 records rejected", str(rejects))
    assert len(rejects.read_text().splitlines()) == 2
    binary_text = tmp_path / "binary.txt"
    binary_text.write_bytes(bytes(range(128, 256)) * 4)
    one_line_error(kg(data_dir, "ingest", "articles", str(binary_text)), "nothing could be read", "unreadable")


def test_a_named_pdf_beside_a_good_article_is_rejected_and_the_run_succeeds(data_dir, tmp_path):
    pdf = tmp_path / "paper.pdf"
    pdf.write_text("Zhang Wei joined Google DeepMind in 2019.", encoding="utf-8")  # text, yet still not read
    rejects = tmp_path / "articles-rejects.jsonl"
    result = kg(data_dir, "ingest", "articles", str(ARTICLES / "career.html"), str(pdf), "--rejects", str(rejects))
    assert result.returncode == 0, result.stderr
    assert "loaded: 1, rejected: 1" in result.stdout and f"rejects written to {rejects}" in result.stdout
    (logged,) = [json.loads(line) for line in rejects.read_text().splitlines()]
    assert logged["file"] == str(pdf) and logged["reason"].startswith("unsupported file type '.pdf'")


def test_one_work_from_two_readers_is_one_paper_node(data_dir, tmp_path):
    work = {"id": "https://openalex.org/W8000000001", "doi": "https://doi.org/10.5555/one.node.1",
            "display_name": "One Node", "publication_year": 2021,
            "authorships": [{"author": {"display_name": "Ada Onenode", "orcid": "0000-0000-0000-2012"}}]}
    plain = {"id": "W8000000001", "doi": "10.5555/ONE.NODE.1", "title": "One Node", "year": 2021,
             "authors": [{"name": "Ada Onenode", "orcid": "0000-0000-0000-2012"}]}
    (tmp_path / "work.jsonl").write_text(json.dumps(work) + "\n", encoding="utf-8")
    (tmp_path / "plain.jsonl").write_text(json.dumps(plain) + "\n", encoding="utf-8")
    first = kg(data_dir, "ingest", "papers", str(tmp_path / "work.jsonl"), "--no-link")
    assert first.returncode == 0, first.stderr
    assert "Paper 1" in first.stdout and "Person 1" in first.stdout
    second = kg(data_dir, "ingest", "papers", str(tmp_path / "plain.jsonl"), "--no-link")
    assert second.returncode == 0, second.stderr
    assert "loaded: 1, rejected: 0" in second.stdout
    assert "nodes created: 0 (none)" in second.stdout  # the same paper and the same author, not new ones
