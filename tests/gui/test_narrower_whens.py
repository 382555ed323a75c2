"""A date range too wide for the table's Date column is drawn in a shorter reading that still says
where it begins and ends. Cut in its middle, "1990-08-10\u20131990-08-16" read "1990-08\u20260-08-16"
(session sixteen's screenshot of thirty news files): neither end could be read."""

from __future__ import annotations

import pytest

from explorer.gui.formatting import narrower_whens


@pytest.mark.parametrize("text, forms", [
    ("1990-08-10\u20131990-08-16", ["1990-08-10\u201316"]),
    ("1990-08-10\u20131990-09-02", ["1990-08-10\u201309-02"]),
    ("1984-07\u20131984-09", ["1984-07\u201309"]),
    ("1984-07\u20131985-09", ["1984\u20131985"]),
    ("1990-08-10\u20131991-01-02", ["1990\u20131991"]),
    ("12 Aug 216 BC\u20133 Sep 215 BC", ["12 Aug 216\u20133 Sep 215 BC", "216\u2013215 BC"]),
    ("Aug 216 BC\u2013Sep 216 BC", ["Aug 216\u2013Sep 216 BC"]),
    ("264 BC\u2013146 BC", ["264\u2013146 BC"]),
])
def test_a_range_has_shorter_readings_that_keep_both_ends(text: str, forms: list[str]) -> None:
    assert narrower_whens(text) == forms
    assert all(len(form) < len(text) for form in forms)


@pytest.mark.parametrize("text", ["1990-08-16", "1990", "264 BC", "undated", "1 Mar 5 BC\u20132 Mar 4 AD"])
def test_a_single_date_or_a_range_across_eras_has_none(text: str) -> None:
    assert narrower_whens(text) == []
