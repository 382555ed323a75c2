"""Issue 11, session 20: a verbless notice of opening ("Closed Monday.", "Library open Tue and Wed.",
"Open Saturday 10am to 4pm.") has no tense; it tells readers when to come, so it speaks forward from
the page's date, on every day of the week. A headline with a subject before "closed" stays a report.
Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.notices import is_notice
from tests.temporal.weekdays import NAMES, WEEK, coming, day_of, latest


@pytest.mark.parametrize("dct", WEEK)
@pytest.mark.parametrize("weekday", range(7))
@pytest.mark.parametrize("notice", ["Closed {d}.", "Shop open {d}.", "Open {d} 10am to 4pm.", "Shut {d} for stocktaking."])
def test_a_notice_speaks_forward_on_every_day(dct: date, weekday: int, notice: str) -> None:
    text = notice.format(d=NAMES[weekday])
    assert day_of(text, NAMES[weekday] + (" 10am" if "10am" in text else ""), dct) == coming(weekday, dct)


@pytest.mark.parametrize("dct", WEEK)
@pytest.mark.parametrize("text", ["Bridge closed Monday after crash.", "Open warfare broke out on Monday."])
def test_a_sentence_with_a_past_stays_past(dct: date, text: str) -> None:
    assert day_of(text, "Monday", dct) == latest(0, dct)


@pytest.mark.parametrize("line, notice", [
    ("Closed Monday.", True),
    ("Opening hours: Sat 10-4", True),
    ("Library open Tue and Wed.", True),
    ("Open daily except Monday", True),
    ("Bridge closed Monday after crash.", False),  # a headline's past participle
    ("The shop was closed on Monday.", False),  # a finite verb: the sentence has its tense
    ("Shares opened higher on Monday.", False),
    ("Fun night out Friday!", False),  # verbless, but no notice of opening
    ("Open letter to the council, Monday", False),
    ("Hours: Sat 10-4", True),
    ("Hours before the vote on Tuesday, the rebels regrouped", False),
])
def test_is_notice(line: str, notice: bool) -> None:
    assert is_notice(line) is notice
