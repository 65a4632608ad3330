"""Opening a maybe-gzipped input: every reader meets a damaged or truncated gzip the same way."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from extractors.inputfile import open_input, read_head
from extractors.papers import read_papers
from extractors.ror import RorTally, read_ror
from kg.errors import InputError

LINE = b'{"id": "https://openalex.org/W1", "display_name": "Work"}\n'


def cut_gzip(tmp_path: Path, name: str = "cut.jsonl") -> Path:
    whole = gzip.compress(LINE * 50)
    path = tmp_path / name
    path.write_bytes(whole[: len(whole) // 2])
    return path


def test_a_gzip_cut_short_at_its_start_is_one_clear_input_error(tmp_path):
    path = cut_gzip(tmp_path)
    with pytest.raises(InputError) as caught:
        read_head(path, 1 << 16)
    assert caught.value.file == str(path)
    assert caught.value.reason.startswith("cannot read: the gzip data is damaged or cut short (EOFError: ")
    with pytest.raises(InputError, match="the gzip data is damaged or cut short"):
        list(read_papers(path))


def test_errors_name_the_file_as_the_caller_calls_it(tmp_path):
    with pytest.raises(InputError) as caught:
        read_head(cut_gzip(tmp_path), 1 << 16, name="papers.jsonl.gz")
    assert caught.value.file == "papers.jsonl.gz"
    with pytest.raises(InputError) as missing:
        open_input(tmp_path / "gone.jsonl", name="upload")
    assert (missing.value.file, missing.value.reason.split(":")[0]) == ("upload", "cannot read")


def test_gzip_is_recognised_by_content_for_papers_and_ror_alike(tmp_path):
    path = tmp_path / "no_suffix"
    path.write_bytes(gzip.compress(LINE))
    with open_input(path) as stream:
        assert stream.read() == LINE
    assert [p.title for p in read_papers(path)] == ["Work"]
    tally = RorTally()
    with pytest.raises(InputError, match="not a ROR record"):
        list(read_ror(path, tally=tally))
    assert tally.records == 1  # the record was read through the gzip, then found not to be ROR
