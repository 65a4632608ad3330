"""Overlapping I/O with work: an iterator's items computed in a thread ahead of their consumer."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from queue import Empty, Queue
from typing import TypeVar

T = TypeVar("T")

# How long the reader may hold the GIL before the consumer gets it back. CPython's default, 5 ms,
# is paid on every server response the consumer waits for (~12 per loader batch) while the reader
# runs Python; at 0.5 ms a Paper Copilot load was 3-4% faster over two paired runs.
HANDOFF_SECONDS = 0.0005
_handoff_lock = threading.Lock()
_handoff_users = 0
_handoff_saved = 0.0


AHEAD = 2  # items queued; the thread computes one more while it waits for room


def read_ahead(items: Iterator[T], depth: int = AHEAD) -> Iterator[T]:
    """The items of `items`, computed in a thread up to `depth` + 1 ahead of the consumer's current one.

    The driver waits on the socket without the GIL, so parsing, linking and reads for the next
    batch overlap the server's work on this one; the queue is bounded, so memory stays flat.
    An exception in the thread is re-raised in the consumer's; closing the consumer stops it.
    """
    done = object()
    queue: Queue = Queue(maxsize=depth)
    stop = threading.Event()

    def produce() -> None:
        try:
            for item in items:
                if stop.is_set():
                    return
                queue.put(item)
            queue.put(done)
        except BaseException as exc:  # handed to the consumer, which re-raises it in the caller's thread
            queue.put(exc)

    worker = threading.Thread(target=produce, name="kg-loader-ahead", daemon=True)
    _short_handoff(True)
    try:
        worker.start()
        while (item := queue.get()) is not done:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while worker.is_alive():  # unblock a producer waiting on a full queue
            try:
                queue.get_nowait()
            except Empty:
                worker.join(0.05)
        _short_handoff(False)


def _short_handoff(on: bool) -> None:
    """The switch interval is process-wide and read-aheads nest or overlap (spells inside a load, loads
    in API worker threads): the first one in shortens it, the last one out restores it."""
    global _handoff_users, _handoff_saved
    with _handoff_lock:
        if on:
            if _handoff_users == 0:
                _handoff_saved = sys.getswitchinterval()
                sys.setswitchinterval(min(_handoff_saved, HANDOFF_SECONDS))
            _handoff_users += 1
        else:
            _handoff_users -= 1
            if _handoff_users == 0:
                sys.setswitchinterval(_handoff_saved)
