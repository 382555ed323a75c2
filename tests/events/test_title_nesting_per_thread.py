"""The state make_title keeps while it titles parts of a sentence is per thread: the GUI's import
thread makes titles beside the main thread, and one thread's nesting must not change another's titles."""
import threading

from explorer.events.titles import make, reduced_relatives
from explorer.events.titles.make import make_title

SENTENCE = "A man arrested in March over a string of thefts will appear in court on Monday."


def _title_in_a_thread() -> str:
    out: list[str] = []
    at = SENTENCE.index("March")
    worker = threading.Thread(target=lambda: out.append(make_title(SENTENCE, at, at + len("March"))))
    worker.start()
    worker.join()
    return out[0]


def test_another_threads_nesting_does_not_change_a_title() -> None:
    alone = _title_in_a_thread()
    assert alone == "A man is arrested over a string of thefts"  # the relative's own act, in the passive
    reduced_relatives.OFF.count += 1
    make._NESTING.depth += 1
    make._NESTING.active_relative += 1
    try:
        assert _title_in_a_thread() == alone
    finally:
        reduced_relatives.OFF.count -= 1
        make._NESTING.depth -= 1
        make._NESTING.active_relative -= 1
