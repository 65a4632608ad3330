"""Python's cyclic garbage collector during a load: full collections on the loader's schedule.

A load allocates millions of short-lived dicts and lists. Reference counting frees nearly all
of them, but every allocation counts towards the collector's thresholds, so CPython keeps
running full collections, and each one walks everything in flight (about 400k objects with the
read-ahead batch). On the 44.7k Paper Copilot papers that was 48 full collections and 11 s of a
55 s load. Some garbage does need them: the neo4j driver's results sit in reference cycles
that hold on to the statement's parameters (the batch's rows) until a full collection.

So within `full_collections_every(n)` the young generations are collected as usual, automatic
full collections are held back, and the loader asks for one after every n batches it writes:
memory stays bounded by n batches of garbage, whatever the input size. The loader also hands the
driver emptied copies of its rows (`kg.loader._sent`), so those cycles keep almost nothing (666k
unreachable objects in a load before, 7k after) and n can be large: a full collection still walks
the ~400k live objects in flight, 0.4 s each.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import count

HELD_BACK = 1000  # generation-1 collections between automatic full ones while held back (CPython: 10)


@contextmanager
def full_collections_every(batches: int) -> Iterator[Callable[[], None]]:
    """Yield `batch_written`, to be called after each batch; it collects fully every `batches` calls."""
    young, middle, old = gc.get_threshold()
    gc.set_threshold(young, middle, max(old, HELD_BACK))  # a safety net for phases that do not report
    written = count(1)

    def batch_written() -> None:
        if next(written) % batches == 0:
            gc.collect()

    try:
        yield batch_written
    finally:
        gc.set_threshold(young, middle, old)
