"""Time given to do something, up to a date (issue 12, session forty-two, event precision): "Tenants have
until 30 June to object", "The contractor has been given until the end of March to finish the roof",
"The judge gave the council until Friday to reply" date a deadline, no happening (the README's "has
until 9 April to rule": what must be done is not yet a happening; ``date_roles_terms._GIVEN_UNTIL``).
A state held until a date, an act done until a date and a date of another clause stay what they were."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.extracted_events import date_role_of, events_of


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Tenants have until 30 June to object to the rent increase.", "30 June"),
    ("The contractor has been given until the end of March to finish the roof.", "the end of March"),
    ("The judge gave the council until Friday to reply.", "Friday"),
    ("Bidders now have until 4 May 2026 to submit revised offers.", "4 May 2026"),
])
def test_time_given_until_a_date_is_a_deadline(sentence: str, date_text: str) -> None:
    assert date_role_of(sentence, date_text) == "deadline"


@pytest.mark.parametrize(("sentence", "date_text"), [
    # an act done up to a date, a date with no "to" and a verb after it
    ("The museum had until 1990 been run by volunteers.", "1990"),
    ("Talks went on until Friday, when the union accepted the offer.", "Friday"),
    ("The mill worked until 1962 to the old pattern.", "1962"),
])
def test_until_with_no_time_given_is_no_deadline(sentence: str, date_text: str) -> None:
    assert date_role_of(sentence, date_text) != "deadline"


def test_the_deadline_gives_no_event_and_a_dated_act_beside_it_stays() -> None:
    events = events_of("The council voted on 3 March 2025 to sell the depot, and bidders have until "
                       "30 April 2025 to make offers.", date(2025, 3, 5))
    assert [e.timex for e in events if e.timex] == ["3 March 2025"], [(e.title, e.timex) for e in events]
