"""Paper loads into one graph queue on the data directory's lock file."""

from __future__ import annotations

import threading

from kg.load_lock import exclusive_load


def test_a_second_load_waits_until_the_first_is_done(tmp_path, capsys):
    entered = threading.Event()

    def second_load():
        with exclusive_load(tmp_path):
            entered.set()

    with exclusive_load(tmp_path):
        waiting = threading.Thread(target=second_load)
        waiting.start()
        assert not entered.wait(0.5)  # held here, so the second one cannot be inside
    waiting.join(10)
    assert entered.is_set()
    captured = capsys.readouterr()
    assert "another paper load into this graph is running" in captured.out + captured.err
