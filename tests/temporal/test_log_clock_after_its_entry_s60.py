"""A clock time opening the paragraph after a log's dated entry line, on a page with no date of its
own, is on the entry's day (session 60, found on a mountain rescue team's log of our own).

"Saturday 17 January 2026. The team was called out at 10.40 …" dates its own line; the entry's day was
dropped at the line's end, so "At 16.30 a second call came in" in the next paragraph waited for a
document date the page never gives. A page with a date of its own still goes back to it after the
entry line (a programme's "22 June: a concert" is one line). Our own texts."""

from __future__ import annotations

import pytest

from explorer.temporal import tag

_HEAD = "Team log: a busy weekend on the fells\n\n"
_ENTRY = ("Saturday 17 January 2026. The team was called out at 10.40 to a walker with a broken ankle. "
          "The casualty was handed to the ambulance crew at 14.15.\n\n")
_FOOT = "\n\nWe have now attended 14 incidents this year."


@pytest.mark.parametrize(("text", "expression", "value"), [
    (_HEAD + _ENTRY + "At 16.30 a second call came in." + _FOOT, "16.30", "2026-01-17T16:30"),
    (_HEAD + _ENTRY + "Shortly after 18:05 the crew stood down." + _FOOT, "18:05", "2026-01-17T18:05"),
])
def test_a_clock_opening_the_next_paragraph_keeps_the_entry_s_day(text: str, expression: str, value: str) -> None:
    assert next(t.value for t in tag(text) if t.text == expression) == value


def test_a_clock_after_a_paragraph_of_other_words_is_left_alone() -> None:
    # guard: a paragraph that does not open with the clock is no step of the entry's
    text = _HEAD + _ENTRY + "Volunteers are always welcome. Training is held weekly at 19:30." + _FOOT
    assert next(t.value for t in tag(text) if t.text == "19:30") != "2026-01-17T19:30"
