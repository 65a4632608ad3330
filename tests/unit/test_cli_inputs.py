"""What `kg ingest`, `kg extract` and `kg gazetteer` accept, print and document (no graph needed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
import typer
from typer.testing import CliRunner

from extractors.articles import SUFFIXES, article_files, read_articles
from kg.cli import app
from kg.commands.ingest import article_inputs
from kg.errors import InputError
from kg.model import Reject

OWNED = (("ingest", "papers"), ("ingest", "articles"), ("extract",), ("gazetteer", "import-ror"))


def command(*names: str):
    found = typer.main.get_command(app)
    for name in names:
        found = found.commands[name]
    return found


@pytest.mark.parametrize("names", OWNED, ids=" ".join)
def test_every_option_has_help(names):
    options = [p for p in command(*names).params if p.param_type_name == "option" and p.name != "help"]
    assert options
    assert [p.opts[0] for p in options if not (p.help or "").strip()] == []


def test_ingest_papers_help_names_batch_size_and_progress():
    text = CliRunner().invoke(app, ["ingest", "papers", "--help"], env={"COLUMNS": "200"}).stdout
    assert "papers written per transaction" in text and "progress bar" in text


# --- named files: the directory walk's rule -----------------------------------------------------------------

def test_article_inputs_reject_a_named_file_of_an_unsupported_type(tmp_path, fixtures):
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.7 binary")
    items = list(article_inputs([fixtures / "articles" / "funding.txt", pdf, fixtures / "articles"]))
    folder = sorted(p for p in (fixtures / "articles").rglob("*") if p.suffix in SUFFIXES)
    assert [i for i in items if isinstance(i, Path)] == [fixtures / "articles" / "funding.txt", *folder]
    rejects = [i for i in items if isinstance(i, Reject)]
    assert [(r.file, r.reason.split(";")[0]) for r in rejects] == [(str(pdf), "unsupported file type '.pdf'")]


def test_a_folder_walk_keeps_the_sorted_order_and_skips_other_types(tmp_path):
    for name in ("b/x.txt", "a.txt", "a/z.md", "a/y/deep.html", "B.md", "a b.txt", "a/skip.pdf", "c.jsonl"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Text.", encoding="utf-8")
    expected = sorted(p for p in tmp_path.rglob("*") if p.suffix in SUFFIXES)
    assert len(expected) == 7
    assert list(article_files([tmp_path])) == expected


@pytest.mark.parametrize("name", ["paper.pdf", "blob.bin", "README"])
def test_ingest_articles_of_only_unsupported_files_fails_before_the_graph(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(bytes(range(256)))
    result = CliRunner().invoke(app, ["ingest", "articles", str(path)], env={"KG_DATA_DIR": str(tmp_path / "d")})
    assert isinstance(result.exception, InputError)
    assert result.exception.file == str(path) and result.exception.reason.startswith("unsupported file type")
    assert not (tmp_path / "d").exists()  # no server started, nothing written


def test_an_empty_folder_is_an_input_error(tmp_path):
    (tmp_path / "only.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match="no article files"):
        article_inputs([tmp_path])


def test_the_reader_itself_rejects_what_a_named_input_cannot_give(tmp_path, fixtures):
    # The rule lives in the reader, so `kg demo`, `kg extract` and the API meet it too, not only `kg ingest`.
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.7 binary")
    (tmp_path / "empty").mkdir()
    found = list(read_articles([fixtures / "articles" / "funding.txt", pdf, tmp_path / "empty", tmp_path / "gone"]))
    rejects = [(Path(r.file).name, r.reason.split(" (")[0].split(";")[0]) for r in found if isinstance(r, Reject)]
    assert rejects == [("paper.pdf", "unsupported file type '.pdf'"), ("empty", "no article files"),
                       ("gone", "no such file or directory")]
    assert sum(not isinstance(r, Reject) for r in found) == 1


# --- kg extract ---------------------------------------------------------------------------------------------

def extract(*args: str):
    return CliRunner().invoke(app, ["extract", *args])


def test_extract_json_is_json_lines_for_one_file_and_for_many(fixtures):
    one = extract(str(fixtures / "articles" / "career.html"), "-f", "json")
    assert one.exit_code == 0, one.output
    lines = one.stdout.splitlines()
    assert len(lines) == 1  # one document, one line: the same shape as a folder's output
    assert orjson.loads(lines[0])["document"]["id"].startswith("doc:")

    many = extract(str(fixtures / "articles"), "-f", "json")
    assert many.exit_code == 0, many.output
    views = [orjson.loads(line) for line in many.stdout.splitlines()]
    assert len(views) >= 2
    assert all(set(v) == {"document", "entities", "relations", "policies"} for v in views)
    assert len({v["document"]["id"] for v in views}) == len(views)
    assert lines[0] in many.stdout.splitlines()  # the single file's line is the folder's line for it


def test_extract_table_is_not_clipped_when_piped(fixtures):
    view = orjson.loads(extract(str(fixtures / "articles" / "career.html"), "-f", "json").stdout)
    table = extract(str(fixtures / "articles" / "career.html"), "-f", "table")
    assert table.exit_code == 0, table.output
    assert "…" not in table.stdout
    for entity in view["entities"]:
        assert any(f" {entity['id']} " in line for line in table.stdout.splitlines()), entity["id"]
    for relation in view["relations"]:  # each evidence sentence whole, on one line
        assert any(relation["evidence"] in line for line in table.stdout.splitlines()), relation["evidence"]


def test_extract_of_an_unsupported_file_is_an_input_error(tmp_path):
    pdf = tmp_path / "x.pdf"
    pdf.write_text("Zhang Wei joined Google DeepMind.", encoding="utf-8")
    result = extract(str(pdf))
    assert isinstance(result.exception, InputError)
    assert result.exception.reason.startswith("unsupported file type '.pdf'")


def test_extract_help_documents_the_json_shape():
    text = CliRunner().invoke(app, ["extract", "--help"], env={"COLUMNS": "200"}).stdout
    assert "JSON Lines" in text and "one object per document" in text


def test_readme_documents_the_extract_json_shape():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "kg extract" in readme and "one JSON object per document" in readme


def test_an_input_error_without_a_file_is_only_its_reason(tmp_path):
    # It printed "error: <input>: unknown format 'bogus'; ...", naming an input that was never given.
    result = CliRunner().invoke(app, ["ingest", "papers", str(tmp_path / "a.jsonl"), "--format", "bogus"])
    assert isinstance(result.exception, InputError)
    assert str(result.exception).startswith("unknown format 'bogus'; one of ")
    assert str(InputError("bad", line=3)) == "line 3: bad"
    assert str(InputError("bad", file="a.jsonl", line=3)) == "a.jsonl:3: bad"


@pytest.mark.parametrize("args", [
    ("browser-guide", "--out", "{file}"),
    ("gazetteer", "import-ror", "{ror}", "--out", "{file}/orgs.jsonl"),
])
def test_an_output_path_that_cannot_be_written_is_one_error_line(tmp_path, args):
    # An --out naming an existing file ended in a NotADirectoryError (or FileExistsError) traceback.
    taken = tmp_path / "taken"
    taken.write_text("a file, not a folder")
    ror = tmp_path / "ror.jsonl"
    ror.write_text('{"id": "https://ror.org/00000001", "name": "An Institute", "status": "active"}\n')
    argv = [a.format(file=taken, ror=ror) for a in args]
    result = subprocess.run([sys.executable, "-m", "kg", *argv], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "KG_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()  # "error: Not a directory: .../taken/favorites", no traceback
    assert line.startswith("error: ") and str(taken) in line
