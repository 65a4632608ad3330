"""Overlapping I/O with work: an iterator's items computed in a thread ahead of their consumer."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from queue import Empty, Queue
from typing import TypeVar

T = TypeVar("T")


def read_ahead(items: Iterator[T], depth: int = 2) -> Iterator[T]:
    """The items of `items`, computed in a thread up to `depth` ahead of the consumer.

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
    worker.start()
    try:
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
