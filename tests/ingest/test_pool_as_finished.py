"""On the pool's workers, ``run_items(ordered=False)`` gives the items finished while the first one
is still worked on: the first waits (in its worker) for a file the test writes only once it has
every other item, so an in-order run could never end (it gives up after a minute and says so)."""

from __future__ import annotations

import os
import time

from explorer.ingest.pool import run_items


def _work(item: str) -> str:
    if "|" not in item:
        return f"small {item}"
    marker = item.split("|", 1)[1]
    deadline = time.monotonic() + 60
    while not os.path.exists(marker):  # polled: the test lets it go, never a timing it guesses
        if time.monotonic() > deadline:
            return "never let go"
        time.sleep(0.02)
    return "big done"


def test_items_finished_come_while_an_earlier_one_is_still_worked_on(tmp_path):
    marker = tmp_path / "go"
    items = [f"big|{marker}", *(str(n) for n in range(1, 8))]
    got: list[int] = []
    results = {}
    for index, result in run_items(_work, items, 2, ordered=False):
        got.append(index)
        results[index] = result
        if len(got) == len(items) - 1:
            marker.write_text("go")
    assert got[:-1] == list(range(1, 8)) and got[-1] == 0
    assert results[0] == "big done"
