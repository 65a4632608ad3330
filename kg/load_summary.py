"""What a load counts and says at the end: records read, loaded and set aside, what the graph gained."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from kg import queries
from kg.model import Reject
from kg.rejects import RejectLog
from kg.store import Store

T = TypeVar("T")


@dataclass
class LoadSummary:
    read: int = 0
    loaded: int = 0
    rejected: int = 0
    spells: int = 0
    seconds: float = 0.0
    spell_seconds: float = 0.0
    counters: Counter = field(default_factory=Counter)
    created_by_label: dict[str, int] = field(default_factory=dict)
    rejects_file: str | None = None

    @property
    def relationships_updated(self) -> int:
        """Relationships carrying data (authorship, co-authorship, funding, spells, mentions, facts) that a
        MERGE found already there and brought up to date, rather than created."""
        return self.counters["relationships_updated"]

    def lines(self) -> list[str]:
        rate = self.loaded / self.seconds if self.seconds else 0.0
        created = ", ".join(f"{label} {n}" for label, n in sorted(self.created_by_label.items()) if n) or "none"
        nodes = f"nodes created: {self.counters['nodes_created']} ({created})"
        if self.counters["nodes_deleted"]:
            # The labels are counted before and after, so with deletions (an article read again, its people
            # taken back and written anew) they are the net change, not what was created.
            net = ", ".join(f"{label} {n:+}" for label, n in sorted(self.created_by_label.items()) if n) or "none"
            nodes = f"nodes created: {self.counters['nodes_created']}, deleted: {self.counters['nodes_deleted']} " \
                    f"(net: {net})"
        out = [
            f"records read: {self.read}, loaded: {self.loaded}, rejected: {self.rejected} "
            f"in {self.seconds:.1f} s ({rate:,.0f}/s)",
            nodes,
            f"relationships created: {self.counters['relationships_created']}, updated: {self.relationships_updated}, "
            f"deleted: {self.counters['relationships_deleted']}, properties set: {self.counters['properties_set']}",
        ]
        if self.spells:
            out.append(f"career spells from bylines: {self.spells} ({self.spell_seconds:.1f} s)")
        if self.counters["documents_unchanged"] or self.counters["documents_read_again"]:
            out.append(f"documents already in the graph: {self.counters['documents_unchanged']} read the same way "
                       f"(skipped), {self.counters['documents_read_again']} read differently (old reading replaced)")
        if self.rejected:
            out.append(f"rejects written to {self.rejects_file}")
        return out


def accepted(items: Iterable[T | Reject], rejects: RejectLog, summary: LoadSummary) -> Iterator[T]:
    """The good records, counting everything read and setting rejects aside as they pass."""
    for item in items:
        summary.read += 1
        if isinstance(item, Reject):
            rejects.add(item)
        else:
            yield item


def label_counts(store: Store) -> dict[str, int]:
    return {row["label"]: row["count"] for row in queries.run(store, "count_labels")}
