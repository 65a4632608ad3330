"""The read-ahead iterator: order, bounded look-ahead, errors in the reader, and the GIL hand-off."""

from __future__ import annotations

import sys
import threading

import pytest

from kg.readahead import HANDOFF_SECONDS, read_ahead


def test_items_come_in_order_and_all_of_them():
    assert list(read_ahead(iter(range(100)))) == list(range(100))


def test_the_reader_runs_at_most_depth_items_ahead():
    produced: list[int] = []
    started = threading.Event()

    def items():
        for i in range(50):
            produced.append(i)
            started.set()
            yield i

    ahead = read_ahead(items(), depth=2)
    assert next(ahead) == 0
    started.wait(1)
    threading.Event().wait(0.2)  # give the reader every chance to run on
    # item 0 taken, two queued, and at most one more made while waiting for room
    assert len(produced) <= 4
    ahead.close()


def test_an_error_in_the_reader_reaches_the_consumer():
    def items():
        yield 1
        raise ValueError("bad record")

    ahead = read_ahead(items())
    assert next(ahead) == 1
    with pytest.raises(ValueError, match="bad record"):
        next(ahead)


def test_the_switch_interval_is_short_while_reading_ahead_and_restored_after():
    before = sys.getswitchinterval()
    seen = [sys.getswitchinterval() for _ in read_ahead(iter(range(3)))]
    assert max(seen) <= HANDOFF_SECONDS < before
    assert sys.getswitchinterval() == before


def test_nested_read_aheads_restore_the_switch_interval_only_when_the_last_ends():
    before = sys.getswitchinterval()
    outer = read_ahead(iter(range(3)))
    next(outer)
    inner_seen = [sys.getswitchinterval() for _ in read_ahead(iter(range(2)))]
    assert max(inner_seen) <= HANDOFF_SECONDS
    assert sys.getswitchinterval() <= HANDOFF_SECONDS  # the outer one is still reading
    list(outer)
    assert sys.getswitchinterval() == before
