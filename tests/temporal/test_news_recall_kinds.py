"""Kinds of expression readable TimeBank marks that the tagger missed entirely (session six's recall
analysis), in our own sentences: "soon" in the writer's own voice, "the near term", "that same
day", a weekday before a large number, "the weeks ahead".
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
    "The plant, soon to reopen, will hire 200 workers.",
    "Soon the council will vote on the plan.",
])
def test_soon_in_news_is_a_future_reference(text: str) -> None:
    assert ("soon" if "soon" in text else "Soon", "FUTURE_REF") in _news(text)


@pytest.mark.parametrize("text", [
    "He left as soon as he could.",
    "She resigned soon after the vote.",
    "It is too soon to say whether the plan works.",
    "Nobody knows how soon the line will reopen.",
    "The results came sooner than expected.",
])
def test_soon_in_a_conjunction_or_a_comparison_is_no_expression(text: str) -> None:
    assert [v for t, v in _news(text) if t.lower() in ("soon", "sooner")] == []


def test_soon_in_a_history_is_no_expression() -> None:
    text = "In 1815 the army crossed the river. It soon captured the city and marched north." + _PARAGRAPH
    assert "soon" not in {t.text for t in tag(text, None, narrative=True)}


def test_soon_in_a_post_is_no_expression() -> None:
    """The tweets corpus leaves "see you soon" unmarked."""
    assert "soon" not in {t.text for t in tag("@ana we should plan it soon! #trip", DCT)}


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
