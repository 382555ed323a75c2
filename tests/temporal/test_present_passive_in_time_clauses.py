"""A present passive in a clause of time or condition looks ahead (issue #11, session 19): "when the
case is heard in May", "once the deal is signed in June". English puts the future in the present
there, passive or not; a past verb of the main clause before it ("He had not signed ... when the
case is heard in May") says nothing of the clause's month, which is the next May."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

MARCH = date(2003, 3, 26)


def _value(text: str, expression: str) -> str:
    return next(t.value for t in tag(text, MARCH) if t.text == expression)


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The tenants had refused to leave when the appeal is heard in May.", "May", "2003-05"),
    ("Builders stopped work until the bill is passed in June.", "June", "2003-06"),
    ("The union had agreed to wait once the contract is signed in July.", "July", "2003-07"),
    ("Investors sold their shares unless the merger is approved in September.", "September", "2003-09"),
    ("The mayor said the square reopens only when the statue is being repaired in August.", "August", "2003-08"),
])
def test_present_passive_in_a_clause_of_time_looks_ahead(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a past inside the clause still tells the past
    ("Prices jumped when the plant was closed in February.", "February", "2003-02"),
    ("Prices jumped when the plant is said to have closed in February.", "February", "2003-02"),
    # an active "-s" word after the conjunction after a past verb stays as it was read: it may be the
    # subject ("when prices hit a high"), not the verb
    ("Stocks fell when prices peaked in February.", "February", "2003-02"),
])
def test_a_past_in_the_clause_still_tells_the_past(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value
