"""A singular subject's simple present before a yearless weekday is an act put on the calendar, as a
plural's is ("voters choose a new mayor on Sunday"): "The council votes on the budget Thursday" is
the coming Thursday. Only the listed fixture verbs ("meets", "opens", "travels") were read so; any
other verb ("votes", "performs", "celebrates", "moves") left the weekday to fall back to the one gone
by. A past verb in the sentence, a figure's move or a report keeps the day behind.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2021, 3, 10)  # a Wednesday
#: a second paragraph makes a sentence an article's (a lone short line reads as a post)
_PARAGRAPH = "\n\nThe spokesman declined to comment when reached by telephone."


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text + _PARAGRAPH, DCT, narrative=False) if t.start < len(text)]


@pytest.mark.parametrize("text, day, value", [
    ("The council votes on the budget Thursday.", "Thursday", "2021-03-11"),
    ("The band performs Friday at the arena, its first show in two years.", "Friday", "2021-03-12"),
    ("The pope celebrates Mass on Sunday in the national stadium.", "Sunday", "2021-03-14"),
    ("The trial moves to a larger courtroom on Monday.", "Monday", "2021-03-15"),
    ("She defends her title against the world number two on Saturday.", "Saturday", "2021-03-13"),
    ("Parliament debates the emergency bill Tuesday, the speaker's office said.", "Tuesday", "2021-03-16"),
    ("The orchestra tours three northern cities starting Friday.", "Friday", "2021-03-12"),
    ("It sails for Lisbon on Monday with 300 passengers.", "Monday", "2021-03-15"),
])
def test_a_singular_present_before_a_weekday_is_a_plan(text: str, day: str, value: str) -> None:
    assert (day, value) in _values(text)


@pytest.mark.parametrize("text, day, value", [
    ("The index rises sharply Tuesday on hopes of a rate cut.", "Tuesday", "2021-03-09"),
    ("The council votes were counted on Thursday.", "Thursday", "2021-03-04"),
    ("The mayor vetoed the plan Monday and the council debates it again.", "Monday", "2021-03-08"),
    ("The company says Friday's fire destroyed its main warehouse.", "Friday", "2021-03-05"),
    ("The old mill shut its gates on Monday after the strike.", "Monday", "2021-03-08"),
    ("The Tigers beat the Lions 3-1 on Saturday.", "Saturday", "2021-03-06"),
])
def test_a_report_a_figure_or_a_past_sentence_stays_behind(text: str, day: str, value: str) -> None:
    assert (day, value) in _values(text)
