"""Issue 12 (titles), from the session-fifteen audit: an opening "Despite his ..." phrase is the
happening only when the date stands in it, and an aside between a subject and its verb ("The
museum, which had been closed since 2019, reopened ...", "The old mill, built in 1850, burned down
...") is read past even when it holds a date of its own. Our own sentences."""

from __future__ import annotations

import pytest

from tests.events.test_title_kinds_s8 import _titled


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # the date is the main clause's: the opener only frames it
        ("Despite his earlier threats, Karl Lind signed the deal on 5 March 2021.", "5 March 2021",
         "Karl Lind signs the deal"),
        ("Despite her doubts, Ana Ruiz joined the board in June 2019.", "June 2019", "Ana Ruiz joins the board"),
        ("After his long illness, the bishop returned to the city on 2 May 1890.", "2 May 1890",
         "The bishop returns to the city"),
    ],
)
def test_an_opener_that_holds_no_date_is_framing(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression) == expected


# (the opener that holds the date, "despite his forceful remarks over the weekend", is the sample's
# and is held by tests/events/sample_expected.py)


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("The museum, which had been closed since 2019, reopened on 8 March 2021.", "8 March 2021", "The museum reopens"),
        ("The old mill, built in 1850, burned down on 2 March 2021.", "2 March 2021", "The old mill burns down"),
        ("The bridge, opened to traffic in 1932, closed on 14 May 2020.", "14 May 2020", "The bridge closes"),
        ("The ferry, which had sailed since 1975, made its last crossing on 30 April 2022.", "30 April 2022",
         "The ferry makes its last crossing"),
    ],
)
def test_a_dated_aside_between_subject_and_verb_is_read_past(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression) == expected
