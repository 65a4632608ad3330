"""Paper readers: a file in, `Paper` records (or `Reject`s) out, one at a time.

    for record in read_papers(Path("works.jsonl.gz")):
        ...  # a kg.model.Paper, or a kg.model.Reject saying where and why

Formats (`FORMATS`), detected from the content or forced with `format=`:

* `openalex` -- OpenAlex Work objects as a JSON array, JSON Lines (the snapshot's
  form) or API result pages (`{"meta": ..., "results": [...]}`);
* `papercopilot` -- a Paper Copilot conference file (JSON array, or JSON Lines);
* `papercopilot-flat` -- the flattened pair `papers.jsonl[.gz]` + `authorships.csv`
  (pass the directory or either file);
* `plain` -- JSON Lines shaped like `kg.model.Paper` (docs/record-format.md).

Memory stays flat in the input size: JSON Lines are read line by line, JSON
documents with ijson, the CSV in step with the papers. Gzip is recognised by its
magic bytes, whatever the file is called (extractors/inputfile.py). A file that cannot
be read at all raises `InputError`; inside a readable file every bad record becomes a
`Reject` (with the line number, or the 1-based record number inside a JSON document)
and reading goes on.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import ijson
import orjson
from pydantic import ValidationError

from extractors.fields import RecordError
from extractors.inputfile import DAMAGE, open_input, read_head
from extractors.jsonlines import json_lines
from extractors.openalex import looks_like_work, work_fields
from extractors.papercopilot import (
    AuthorshipGroup,
    AuthorshipRows,
    copilot_fields,
    first_author,
    looks_like_copilot,
    paper_key,
    venue_year_hint,
)
from extractors.plainrecords import looks_like_plain, plain_fields
from kg.errors import InputError
from kg.model import Paper, Reject

FORMATS = ("openalex", "papercopilot", "papercopilot-flat", "plain")

_SNIFF = 64 * 1024
_PEEK_RECORDS = 100  # records looked at to recognise a format before giving up
_FLAT_PAPERS = ("papers.jsonl.gz", "papers.jsonl")
_FLAT_AUTHORSHIPS = "authorships.csv"
# The provenance `method` a format's facts carry in the graph.
_METHOD = {"openalex": "openalex", "papercopilot": "papercopilot", "papercopilot-flat": "papercopilot",
           "plain": "papers"}
_Numbered = tuple[int, Any]  # (line or record number, decoded object or Reject)


def read_papers(path: Path, *, format: str | None = None, name: str | None = None) -> Iterator[Paper | Reject]:
    """Every record of `path` as a `Paper`, or a `Reject` with the reason it was set aside.

    `name` is what papers, rejects and errors call the file (default: its name, and its path in errors):
    the API gives the client's file name, not its temporary file's.
    """
    path = Path(path)
    if format is not None and format not in FORMATS:
        raise InputError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}", file=name or str(path))
    format = format or detect_format(path, name=name)
    if format == "papercopilot-flat":
        yield from _read_flat(path)
        return
    _check_file(path, name=name)
    convert = _converter(format, name or path.name)
    for number, record in _numbered_records(path, name=name):
        yield _paper(record, convert, file=name or path.name, line=number, method=_METHOD[format])


def detect_format(path: Path, *, name: str | None = None) -> str:
    """The format of `path`, recognised from its first records (see FORMATS); `name` as for `read_papers`."""
    path = Path(path)
    if path.is_dir() or path.name == _FLAT_AUTHORSHIPS:
        _flat_pair(path)  # raises when the pair is incomplete
        return "papercopilot-flat"
    shape = _check_file(path, name=name)
    if shape == "csv":
        raise InputError("a CSV file is only read as Paper Copilot authorships.csv", file=name or str(path))
    for _, record in _numbered_records(path, name=name, limit=_PEEK_RECORDS):
        if not isinstance(record, dict):
            continue
        if looks_like_work(record):
            return "openalex"
        if looks_like_copilot(record):
            return "papercopilot-flat" if _has_flat_sibling(path) else "papercopilot"
        if looks_like_plain(record):
            return "plain"
    raise InputError(
        f"cannot tell the format from the first {_PEEK_RECORDS} records; pass one of {', '.join(FORMATS)}",
        file=name or str(path),
    )


# --- turning one record into a Paper -------------------------------------------------------------

def _converter(format: str, file_name: str) -> Callable[[dict], dict]:
    if format == "openalex":
        return work_fields
    if format == "plain":
        return plain_fields
    hint = venue_year_hint(file_name)
    return lambda record: copilot_fields(record, hint=hint)


def _paper(record: Any, convert: Callable[[dict], dict], *, file: str, line: int, method: str) -> Paper | Reject:
    if isinstance(record, Reject):
        return record
    if not isinstance(record, dict):
        return Reject(file=file, line=line, reason=f"expected a JSON object, got {type(record).__name__}")
    try:
        return Paper.model_validate({**convert(record), "source": file, "method": method})
    except RecordError as error:
        return Reject(file=file, line=line, reason=str(error))
    except ValidationError as error:
        return Reject(file=file, line=line, reason=_short_reason(error))


def _short_reason(error: ValidationError) -> str:
    """The first problem pydantic found, as 'authors.0.name: String should have at least 1 character'."""
    first = error.errors(include_url=False)[0]
    where = ".".join(str(part) for part in first["loc"]) or "record"
    more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"{where}: {first['msg']}{more}"


# --- the flattened Paper Copilot pair -------------------------------------------------------------

def _read_flat(path: Path) -> Iterator[Paper | Reject]:
    papers_path, authorships_path = _flat_pair(path)
    _check_file(papers_path)
    _check_file(authorships_path)
    with _open_text(authorships_path) as stream:
        try:
            authorships = AuthorshipRows(stream, file=authorships_path.name)
        except RecordError as error:
            raise InputError(str(error), file=str(authorships_path)) from None
        for number, record in _numbered_records(papers_path):
            rows = None
            if isinstance(record, dict):
                rows = authorships.take(paper_key(record), first_author(record))

            def convert(record: dict, rows: list | None = rows) -> dict:
                return copilot_fields(record, rows=rows)

            yield _paper(record, convert, file=papers_path.name, line=number, method="papercopilot")
            yield from _unjoined(authorships.pop_orphans(), authorships_path, papers_path)
        yield from _unjoined(authorships.leftovers(), authorships_path, papers_path)


def _unjoined(groups: Iterable[AuthorshipGroup], authorships_path: Path, papers_path: Path) -> Iterator[Reject]:
    for group in groups:
        yield Reject(
            file=authorships_path.name,
            line=group.line,
            reason=f"authorship rows of paper {'/'.join(group.key)} match no paper in {papers_path.name}",
        )


def _flat_pair(path: Path) -> tuple[Path, Path]:
    folder = path if path.is_dir() else path.parent
    papers = next((folder / name for name in _FLAT_PAPERS if (folder / name).is_file()), None)
    authorships = folder / _FLAT_AUTHORSHIPS
    if papers is None or not authorships.is_file():
        raise InputError(
            f"a Paper Copilot flat set needs {_FLAT_PAPERS[0]} and {_FLAT_AUTHORSHIPS} side by side", file=str(path)
        )
    return papers, authorships


def _has_flat_sibling(path: Path) -> bool:
    return path.name in _FLAT_PAPERS and (path.parent / _FLAT_AUTHORSHIPS).is_file()


# --- bytes to JSON records --------------------------------------------------------------------------

def _check_file(path: Path, *, name: str | None = None) -> str:
    """The shape of a readable file ('array', 'document', 'lines' or 'csv'), else InputError."""
    where = name or str(path)
    if not path.exists():
        raise InputError("no such file", file=where)
    if path.is_dir():
        raise InputError("is a directory, expected a file", file=where)
    head = read_head(path, _SNIFF, name=name)
    if not head.strip():
        raise InputError("empty file", file=where)
    if b"\x00" in head:
        raise InputError("binary content, not text", file=where)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text", file=where) from None
    start = head.lstrip().removeprefix(codecs.BOM_UTF8)[:1]
    if start == b"[":
        return "array"
    if start == b"{":
        return "lines" if _first_lines_are_records(head) else "document"
    if head.startswith(b"paper_id,"):
        return "csv"
    raise InputError("not JSON, JSON Lines or a Paper Copilot CSV", file=where)


def _first_lines_are_records(head: bytes) -> bool:
    """JSON Lines when a line among the first ones is a whole JSON object starting in column 0.

    Pretty-printed JSON indents its nested objects, so a complete unindented object
    on one line only happens in JSON Lines (or a one-line document, read the same way).
    """
    for line in head.split(b"\n")[:50]:
        line = line.removeprefix(codecs.BOM_UTF8)
        if line.startswith(b"{"):
            try:
                if isinstance(orjson.loads(line), dict):
                    return True
            except orjson.JSONDecodeError:
                continue
    return False


def _numbered_records(path: Path, *, name: str | None = None, limit: int | None = None) -> Iterator[_Numbered]:
    """Decoded records of a JSON file, numbered, with undecodable ones as Rejects."""
    shape = _check_file(path, name=name)
    count = 0
    with open_input(path, name=name) as stream:
        if shape == "lines":
            records = _json_lines(stream, file=name or path.name)
        elif shape == "array":
            records = _json_items(stream, "item", file=name or path.name)
        elif shape == "document":
            records = _json_document(path, file=name or path.name)
        else:
            raise InputError("expected JSON or JSON Lines", file=name or str(path))
        for numbered in records:
            yield numbered
            count += 1
            if limit is not None and count >= limit:
                return


def _json_lines(stream: IO[bytes], *, file: str) -> Iterator[_Numbered]:
    for number, record in json_lines(stream, file=file):
        if isinstance(record, dict) and isinstance(record.get("results"), list) and "meta" in record:
            # An API result page saved as one line: its works share the line number.
            for result in record["results"]:
                yield number, result
        else:
            yield number, record


def _json_items(stream: IO[bytes], prefix: str, *, file: str) -> Iterator[_Numbered]:
    number = 0
    try:
        for number, record in enumerate(ijson.items(stream, prefix, use_float=True), start=1):
            yield number, record
    except (ijson.JSONError, UnicodeDecodeError, *DAMAGE) as error:
        # One syntax error makes the rest of a JSON document unreadable, unlike JSON Lines.
        yield number + 1, Reject(
            file=file, line=number + 1, reason=f"invalid JSON after record {number}, rest of file unread: {error}"
        )


def _json_document(path: Path, *, file: str) -> Iterator[_Numbered]:
    """A JSON object: an API result page (its `results`), else one record."""
    found = False
    with open_input(path) as stream:
        for numbered in _json_items(stream, "results.item", file=file):
            found = True
            yield numbered
    if not found:
        with open_input(path) as stream:
            for number, record in _json_items(stream, "", file=file):
                if not (isinstance(record, dict) and "results" in record and "meta" in record):  # an empty page
                    yield number, record


def _open_text(path: Path) -> IO[str]:
    return io.TextIOWrapper(open_input(path), encoding="utf-8", errors="replace", newline="")
