"""A weekday with "last" or "next" after it ("on Saturday last", "on Tuesday next"), as notices, old
newspapers and formal letters write it, is one expression: the weekday the words before it would
name ("last Saturday", "next Tuesday"), not a bare weekday whose direction the tense must guess.
"next to" and "last year" after a weekday are no such words. Session forty-three (h43g, page genres).

Every sentence here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.tagger import tag

_FRIDAY = date(2026, 11, 6)


@pytest.mark.parametrize("sentence, expression, value", [
    ("The new lifeboat was named on Saturday last before a large crowd.", "Saturday last", "2026-10-31"),
    ("A dinner for the crew will be held on Tuesday next at the Anchor.", "Tuesday next", "2026-11-10"),
    ("The vestry meets again on Monday next, when the accounts will be read.", "Monday next", "2026-11-09"),
    ("Mr Hale, who died on Wednesday last, was well known at the market.", "Wednesday last", "2026-11-04"),
    ("The sale, adjourned from Friday last, will resume on Thursday next.", "Friday last", "2026-10-30"),
    ("The sale, adjourned from Friday last, will resume on Thursday next.", "Thursday next", "2026-11-12"),
    ("On Sunday last the bells were rung for the first time since the war.", "Sunday last", "2026-11-01"),
    ("Tenders must reach the clerk by noon on Friday next.", "Friday next", "2026-11-13"),
    ("Notice is hereby given that the ferry will not sail on Saturday next.", "Saturday next", "2026-11-07"),
])
def test_last_or_next_after_a_weekday_is_part_of_it(sentence: str, expression: str, value: str) -> None:
    got = [(t.text, t.value) for t in tag(sentence, _FRIDAY)]
    assert (expression, value) in got, got


@pytest.mark.parametrize("sentence", [
    "The mayor sat on Monday next to the bishop.",
    "The fair opened on Saturday last year and closed on Sunday.",
    "Monday next week is the deadline.",
])
def test_a_weekday_before_other_words_keeps_its_own_span(sentence: str) -> None:
    got = [t.text for t in tag(sentence, _FRIDAY)]
    assert not any(text.endswith(("day last", "day next")) for text in got), got
