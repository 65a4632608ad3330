"""An input file's bytes: gzip recognised by its content, whatever the file is called, and damage said plainly.

Every reader of a maybe-compressed dump (papers, ROR) opens it here, so a `.gz` named `.jsonl`, a
truncated download and a file that only starts like gzip are met the same way: an input that cannot
be read at all is an `InputError`, and damage part-way is one of `DAMAGE`, which each reader turns
into its own note (a reject, a tally) after keeping the records before it.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path
from typing import IO

from kg.errors import InputError

GZIP_MAGIC = b"\x1f\x8b"
ZIP_MAGIC = b"PK\x03\x04"
# What a damaged gzip stream raises part-way: a truncated download (EOFError), corrupt deflate data
# (zlib.error), a bad header or checksum (gzip.BadGzipFile, an OSError, as is a failing disk).
DAMAGE = (EOFError, zlib.error, OSError)


def magic(path: Path) -> bytes:
    """The first four bytes of `path`, which say how it is packed (`GZIP_MAGIC`, `ZIP_MAGIC`)."""
    with open(path, "rb") as probe:
        return probe.read(4)


def open_input(path: Path, *, name: str | None = None) -> IO[bytes]:
    """`path`'s content, gunzipped when it is gzip. `InputError` (naming `name`, else the path) when it
    cannot be opened."""
    try:
        return gzip.open(path, "rb") if magic(path)[:2] == GZIP_MAGIC else open(path, "rb")
    except OSError as error:
        raise InputError(f"cannot read: {error}", file=name or str(path)) from None


def read_head(path: Path, size: int, *, name: str | None = None) -> bytes:
    """The first `size` bytes of `path`'s content. `InputError` when it cannot be opened, or when its gzip
    data is damaged within them (not gzip after all, or cut short)."""
    with open_input(path, name=name) as stream:
        try:
            return stream.read(size)
        except DAMAGE as error:
            what = "the gzip data is damaged or cut short" if isinstance(stream, gzip.GzipFile) else "read failed"
            raise InputError(f"cannot read: {what} ({described(error)})", file=name or str(path)) from None


def described(error: BaseException) -> str:
    """An error part-way through a stream in one line: 'EOFError: Compressed file ended before ...'."""
    said = (str(error).strip().splitlines() or [""])[0]  # ijson draws a multi-line caret picture
    return f"{type(error).__name__}: {said}" if said else type(error).__name__
