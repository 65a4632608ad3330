"""Which named inputs `kg ingest` reads and which it sets aside with a reason (no graph needed)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from api.routers.ingest import _article_suffix
from extractors.papers import detect_format
from kg.commands.ingest import article_inputs, paper_inputs
from kg.errors import InputError
from kg.model import Reject
from kg.rejects import NO_SUCH_FILE


def split(items: Iterable[Path | Reject]) -> tuple[list[Path], list[Reject]]:
    items = list(items)
    return [i for i in items if not isinstance(i, Reject)], [i for i in items if isinstance(i, Reject)]


def test_a_missing_article_path_is_a_reject_beside_a_readable_one(tmp_path, fixtures):
    good = fixtures / "articles" / "funding.txt"
    readable, rejects = split(article_inputs([good, tmp_path / "gone.txt"]))
    assert readable == [good]
    assert [(r.file, r.reason) for r in rejects] == [(str(tmp_path / "gone.txt"), NO_SUCH_FILE)]


def test_a_folder_without_article_files_is_a_reject_not_a_silent_skip(tmp_path, fixtures):
    (tmp_path / "only.pdf").write_bytes(b"%PDF")
    readable, rejects = split(article_inputs([fixtures / "articles" / "funding.txt", tmp_path]))
    assert len(readable) == 1
    assert [r.file for r in rejects] == [str(tmp_path)] and "no article files" in rejects[0].reason


def test_one_missing_article_path_alone_is_its_own_error(tmp_path):
    with pytest.raises(InputError) as caught:
        article_inputs([tmp_path / "gone.txt"])
    assert (caught.value.file, caught.value.reason) == (str(tmp_path / "gone.txt"), NO_SUCH_FILE)


def test_papers_reject_missing_and_unrecognised_files_and_keep_the_format_found(tmp_path, fixtures):
    binary = tmp_path / "blob.jsonl"
    binary.write_bytes(bytes(range(256)))
    good = fixtures / "papers" / "plain.jsonl"
    readable, rejects = paper_inputs([good, tmp_path / "gone.jsonl", binary], None, detect_format)
    assert readable == [(good, "plain")]
    assert [r.file for r in rejects] == [str(tmp_path / "gone.jsonl"), str(binary)]
    assert rejects[0].reason == NO_SUCH_FILE and rejects[1].reason == "binary content, not text"


def test_papers_with_nothing_readable_raise(tmp_path):
    with pytest.raises(InputError, match="none of the 2 inputs can be read"):
        paper_inputs([tmp_path / "a.jsonl", tmp_path / "b.jsonl"], "plain", detect_format)


@pytest.mark.parametrize(("kind", "name", "suffix"), [
    (None, "notes.jsonl", ".jsonl"), (None, "feed.NDJSON", ".ndjson"), (None, "page.html", ".html"),
    (None, "upload.txt", ".txt"), (None, "paper.pdf", ".txt"), ("jsonl", "upload.jsonl", ".jsonl"),
    ("txt", "raw.jsonl", ".txt"),
])
def test_an_upload_is_read_by_its_type_else_its_file_name(kind, name, suffix):
    assert _article_suffix(kind, name) == suffix
