"""A done act whose sentence's only date is a trailing relative clause's plan (session 25, event dates):
the plan's date is not the act's. Every sentence here is written for this file."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.extracted_events import event_by_timex, events_of

_PAGE = "Valley news\n\nBy A Writer | 12 June 2026\n\n"
_DAY = "The parish council met on Wednesday evening in the old school hall. "


@pytest.mark.parametrize("sentence, timex", [
    ("They also agreed to buy three electric buses, which are due to arrive in November.", "November"),
    ("The treasurer tabled a motion of no confidence, which is scheduled for a vote on 30 June.", "30 June"),
    ("The chair announced a public inquiry into flood damage, which will be published on 2 October.", "2 October"),
])
def test_a_done_act_takes_the_story_s_day_not_the_plan_s_date(sentence: str, timex: str) -> None:
    event = event_by_timex(events_of(_PAGE + _DAY + sentence), timex)
    assert (event.begin, event.end) == (date(2026, 6, 10), date(2026, 6, 10)), event.derivation
    assert event.certainty == "inferred"


def test_with_no_story_day_the_done_act_is_left_undated() -> None:
    text = _PAGE + "Prices rose in the spring. The treasurer tabled a motion of no confidence, which is due for a vote on 30 June."
    event = event_by_timex(events_of(text), "30 June")
    assert event.begin is None and event.certainty == "undated"


@pytest.mark.parametrize("sentence, timex, begin", [
    # the main clause is itself to come: the plan's date is its time too
    ("The council will buy three electric buses, which are due to arrive in November.", "November", date(2026, 11, 1)),
    # a relative clause told in the past, no plan: its date is left to the other rules
    ("Members approved the accounts of the fair, which was held on 2 May.", "2 May", date(2026, 5, 2)),
    # titled from the relative clause: the date is its act's
    ("The chair announced an inquiry into the flooding, which will report in October.", "October", date(2026, 10, 1)),
    # retitled from the relative clause by the title rules ("An interim dividend will be paid")
    ("The board declared an interim dividend of 3p, which will be paid on 4 August.", "4 August", date(2026, 8, 4)),
    # the main clause has a date of its own
    ("On Monday the mayor opened a garden, which will host a fete on 20 June.", "20 June", date(2026, 6, 20)),
])
def test_other_relative_clauses_keep_their_date(sentence: str, timex: str, begin: date) -> None:
    event = event_by_timex(events_of(_PAGE + _DAY + sentence), timex)
    assert event.begin == begin, event.derivation


def test_a_plan_told_in_between_is_passed_over() -> None:
    text = (_PAGE + _DAY + "Officers will test the new bins on 5 January. "
            "The treasurer tabled a motion of no confidence, which is scheduled for a vote on 30 June.")
    event = event_by_timex(events_of(text), "30 June")
    assert (event.begin, event.end) == (date(2026, 6, 10), date(2026, 6, 10)), event.derivation
