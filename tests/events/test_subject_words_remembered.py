"""The actor rules read a title's subject up to three times per event; ``agents._subject_words`` reads
it once and remembers it. What it hands back must still be the caller's own to change."""

from __future__ import annotations

from explorer.events import agents


def test_the_remembered_subject_is_a_fresh_list_each_time() -> None:
    args = ("The harbour police close the road", "The harbour police closed the road on Monday.", 0)
    first = agents._subject_words(*args)
    assert first is not None and first[0][:3] == ["The", "harbour", "police"]
    first[0].clear()
    again = agents._subject_words(*args)
    assert again is not None and again[0][:3] == ["The", "harbour", "police"]
    assert again == agents._read_subject_words(*args)  # the same reading as without the memory
