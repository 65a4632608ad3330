"""The rejects file: every record set aside, with where it came from and why (JSON Lines)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import orjson

from kg.model import Reject

NO_SUCH_FILE = "no such file or directory"  # the reason readers give a path that is not there


class RejectLog:
    """Append-only JSON Lines of rejects; the file is created only when something is rejected."""

    def __init__(self, path: Path):
        self.path = path
        self.count = 0
        self.reasons: Counter[str] = Counter()
        self._handle = None

    def add(self, reject: Reject) -> None:
        if self._handle is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._handle = open(self.path, "ab")
        self._handle.write(orjson.dumps(reject.model_dump()) + b"\n")
        self.count += 1
        self.reasons[reject.reason.split(":", 1)[0][:60]] += 1

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> "RejectLog":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
