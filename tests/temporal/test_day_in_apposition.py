"""A day in apposition: "clinched the title on the final day, 4 May." A day of May or March set off
by a comma and closing its clause is a date, though "4 May" without a preposition is usually refused
(the modal "may" after a count). Texts are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.tagger import tag


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, date(2025, 6, 20))}


@pytest.mark.parametrize("text, expression, value", [
    ("The rowers clinched the title on the final day, 4 May.", "4 May", "2025-05-04"),
    ("The gallery reopened on a cold morning, 11 March, with a new roof.", "11 March", "2025-03-11"),
    ("Sales peaked in the last week of term, 23 May; they fell after it.", "23 May", "2025-05-23"),
])
def test_a_day_set_off_by_a_comma_is_a_date(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize("text", [
    "Of the pupils in the queue, 4 may go home early.",
    "Of the volunteers, 12 May be asked to stay on.",
])
def test_a_count_before_the_modal_is_no_date(text: str) -> None:
    assert not any("May" in t.text or "may" in t.text for t in tag(text, date(2025, 6, 20)))


@pytest.mark.parametrize("text, expression, value", [
    ("Parking plan agreed\nJane Roe | 4 March\n\nThe council met on Tuesday.", "4 March", "2025-03-04"),
    ("Parking plan agreed\nNews · 12 May\n\nThe council met on Tuesday.", "12 May", "2025-05-12"),
    ("Parking plan agreed\nJane Roe — 11 March\n\nThe council met on Tuesday.", "11 March", "2025-03-11"),
])
def test_a_day_after_a_field_separator_is_a_date(text: str, expression: str, value: str) -> None:
    # (session 60) a byline's "| 4 March": after a separator no "march" or "may" can be a verb
    assert _values(text)[expression] == value


def test_a_count_before_the_modal_after_a_dash_is_still_no_date() -> None:
    # guard: a lower-case modal after a dash stays a verb
    assert not any("may" in t.text.lower() for t in tag("Of the pupils — 4 may go home early.", date(2025, 6, 20)))
