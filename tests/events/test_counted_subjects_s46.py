"""An undated act told by a counted subject (explorer.events.plain_past): a count told roughly or as a
floor ("About 1,400 people", "More than 40 volunteers", "Some 300 fans") or one of a story's many ("One
customer", "One young nurse") is someone who acted, as "Three lorries" or "Several families" is; a time,
a way or a reason told by "One" is not. Sentences written for this test (session 46), not taken from
the gold articles or the corpora."""

from __future__ import annotations

import pytest

from explorer.events.plain_past import plain_past_clause


def _title(sentence: str) -> str | None:
    found = plain_past_clause(sentence, 0, len(sentence), writer=True)
    return found[1] if found else None


@pytest.mark.parametrize(("sentence", "title"), [
    ("More than 40 volunteers filled sandbags along the quay.", "More than 40 volunteers fill sandbags"),
    ("Some 300 supporters blocked the gates of the depot.", "Some 300 supporters block the gates"),
    ("About 1,200 residents signed a petition against the mast.", "About 1,200 residents sign a petition"),
    ("At least twenty farmers drove their tractors into the square.", "At least twenty farmers drive their tractors"),
    ("Over 50 firefighters tackled the blaze at the warehouse.", "Over 50 firefighters tackle the blaze"),
    ("One customer escaped through the kitchen.", "One customer escapes through the kitchen"),
    ("One elderly driver abandoned his car in the ford.", "One elderly driver abandons his car"),
])
def test_a_counted_subject_tells_an_act(sentence: str, title: str) -> None:
    told = _title(sentence)
    assert told is not None and told.startswith(title), told


@pytest.mark.parametrize("sentence", [
    "One day the crew repaired the crane.",       # a time, not someone
    "One reason explained the long delay.",       # a reason
    "Some residents opposed the plan.",           # a share holding a view, no count
    "About half the members backed the motion.",  # a share, no count
    # a tally of many people's acts over a stretch
    "More than 9,000 fans bought tickets between May and July.",
    "About 2,000 readers signed the petition during the first week.",
])
def test_no_act_for_a_time_a_reason_or_a_share(sentence: str) -> None:
    assert _title(sentence) is None
