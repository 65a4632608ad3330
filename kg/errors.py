"""One exception tree for the whole project.

Every error a user can cause or meet derives from `KGError`; the CLI prints its
message as one line and the API maps its class to an HTTP status. Messages never
carry secrets (passwords, keys) nor Cypher text.
"""

from __future__ import annotations

from collections.abc import Mapping


class KGError(Exception):
    """Root of every talent-kg error."""

    exit_code = 1


class ConfigError(KGError):
    """A setting is missing or malformed."""

    exit_code = 2


class GraphUnavailable(KGError):
    """The graph server cannot be reached, refused our credentials, or failed."""

    exit_code = 3


class GraphError(KGError):
    """The graph server refused or failed a statement (constraint, syntax, timeout)."""

    exit_code = 3


class QueryParamError(KGError):
    """A named query was run with missing, extra or ill-typed parameters."""

    exit_code = 2


class NotFound(KGError):
    """A named thing (query, person, organisation, merge, ...) does not exist."""

    exit_code = 4

    def __init__(self, kind: str, key: str):
        self.kind = kind
        self.key = key
        super().__init__(f"{kind} not found: {key}")


class InputError(KGError):
    """Bad input: names the file, the line or record, and the reason."""

    exit_code = 5

    def __init__(self, reason: str, *, file: str | None = None, line: int | None = None):
        self.reason = reason
        self.file = file
        self.line = line
        where = file or ""
        if line is not None:
            where = f"{where}:{line}" if where else f"line {line}"
        # Without a file (a bad option, an empty request) the reason is the whole message.
        super().__init__(f"{where}: {reason}" if where else reason)


class NothingLoaded(InputError):
    """A load that wrote no record: every one was rejected, or there were none. `reasons` counts the rejects'
    reasons, so a client can see them without reading the rejects file."""

    def __init__(self, file: str, reasons: Mapping[str, int], *, rejects_file: str | None = None):
        self.reasons = dict(reasons)
        count = sum(self.reasons.values())
        if not count:
            reason = "nothing to load: the input holds no records"
        else:
            common = max(self.reasons, key=self.reasons.__getitem__)
            reason = f"nothing could be read: all {count:,} records rejected (most often: {common})"
        if rejects_file and count:
            reason += f"; rejects written to {rejects_file}"
        super().__init__(reason, file=file)


class ModelMissing(ConfigError):
    """The spaCy model named by KG_SPACY_MODEL is not installed."""


class MergeConflict(KGError):
    """A person merge cannot be applied or undone as asked (already undone, later merges first, unknown relationship)."""

    exit_code = 6
