"""One paper load (or person merge) at a time into a graph.

A load works out the career spells of the people it created from its own bylines; two loads
running at once could both take a new person as theirs and each write spells from half the
bylines. A `kg resolve` merge (or undo) during a load could delete a person the load has already
pointed batches at. Loads and merges from this machine (CLI and API workers alike) therefore
queue on a lock file in the data directory. Writers into one Neo4j server from several machines
are not covered.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout
from tqdm import tqdm


@contextmanager
def exclusive_load(data_dir: Path, progress: bool = True) -> Iterator[None]:
    """Hold the data directory's load lock, waiting (and saying so) while another load has it."""
    path = data_dir / "load.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(path))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if progress:
            tqdm.write(f"another paper load into this graph is running; waiting for it ({path})")
        lock.acquire()
    try:
        yield
    finally:
        lock.release()
