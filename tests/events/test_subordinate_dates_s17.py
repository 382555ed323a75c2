"""Issue 12, session seventeen (titles, second round): a date standing between a subordinate clause's
subject and its past verb ("… after floods in March 2019 destroyed it") dates that clause's
happening, which the title tells ("Floods destroy it"); a date after the subordinate clause's noun
with no verb of its own leaves the main clause's title. Our own sentences."""

from __future__ import annotations

import pytest

from tests.events.test_titles_kinds_s10 import _labelled_events


def _title(text: str, expression: str) -> str:
    return next(e for e in _labelled_events(text) if e.timex == expression).title


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("The town rebuilt the bridge after floods in the valley in March 2019 destroyed it.", "March 2019",
         "Floods in the valley destroy it"),
        ("Staff were evacuated after a fire in the kitchen on 3 May spread to the roof.", "3 May",
         "A fire in the kitchen spreads to the roof"),
        ("The council closed the pool when a leak in the roof in June 2021 flooded the changing rooms.", "June 2021",
         "A leak in the roof floods the changing rooms"),
        ("Engineers spent two years on the design after storms in February 2020 cut power to 9,000 homes.",
         "February 2020", "Storms cut power to 9,000 homes"),
    ],
)
def test_the_date_inside_a_subordinate_clause_titles_that_clause(text: str, expression: str, expected: str) -> None:
    assert _title(text, expression) == expected


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("The council met after the storm on Monday.", "Monday", "The council meets"),
        ("The ferry sailed after a delay on 4 June, and the crew went home.", "4 June", "The ferry sails"),
        # the date is the subject's own noun ("the onset of winter"), not a time of its verb
        ("Troops pulled out of the port before the onset of winter trapped them.", "winter", "Troops pull out"),
    ],
)
def test_a_date_with_no_verb_after_it_stays_with_the_main_clause(text: str, expression: str, expected: str) -> None:
    assert _title(text, expression).startswith(expected)
