"""JSON Lines read one numbered record at a time, a bad line set aside as a `Reject`.

Paper and article inputs alike: a malformed line, one too long to be a record, or a file
that ends in damaged data (a truncated `.gz`) is a reject with its line number, and every
good line around it is still read. Memory stays flat: a line is read with a size bound.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from typing import IO, Any

import orjson

from extractors.inputfile import DAMAGE, described
from kg.model import Reject

MAX_LINE = 32 * 1024 * 1024  # bytes; one JSON line longer than this is rejected unread


def json_lines(stream: IO[bytes], *, file: str) -> Iterator[tuple[int, Any]]:
    """(line number, decoded object or Reject) for each non-blank line of `stream`."""
    number = 0
    try:
        while line := stream.readline(MAX_LINE + 1):
            number += 1
            if len(line) > MAX_LINE and not line.endswith(b"\n"):
                while (rest := stream.readline(MAX_LINE)) and not rest.endswith(b"\n"):
                    pass
                yield number, Reject(file=file, line=number, reason=f"line longer than {MAX_LINE} bytes")
                continue
            if number == 1:
                line = line.removeprefix(codecs.BOM_UTF8)
            if not line.strip():
                continue
            try:
                yield number, orjson.loads(line)
            except orjson.JSONDecodeError as error:
                yield number, Reject(file=file, line=number, reason=f"malformed JSON: {error}")
    except DAMAGE as error:
        yield number + 1, Reject(file=file, line=number + 1, reason=f"file ends in damaged data ({described(error)})")
