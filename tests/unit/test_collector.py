"""Full garbage collections on the loader's schedule, and the thresholds put back afterwards."""

from __future__ import annotations

import gc

from kg.collector import HELD_BACK, full_collections_every


def test_full_collections_come_every_n_batches_and_thresholds_are_restored():
    before = gc.get_threshold()
    full = []

    def count_full(phase, info):
        if phase == "stop" and info["generation"] == 2:
            full.append(1)

    gc.callbacks.append(count_full)
    try:
        with full_collections_every(3) as batch_written:
            assert gc.get_threshold()[2] >= HELD_BACK
            for _ in range(2):
                batch_written()
            assert len(full) == 0
            for _ in range(4):
                batch_written()
            assert len(full) == 2
    finally:
        gc.callbacks.remove(count_full)
    assert gc.get_threshold() == before


def test_thresholds_are_restored_when_the_load_fails():
    before = gc.get_threshold()
    try:
        with full_collections_every(10):
            raise RuntimeError("the graph went away")
    except RuntimeError:
        pass
    assert gc.get_threshold() == before
