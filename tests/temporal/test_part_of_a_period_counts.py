"""How many weeks or days "the <ordinal> <n> weeks/days of <period>" counts (period_parts.py): a number
word or figure is that many; "few", like no number, is a vague count (``PXD``/``PXW``) drawn as the
period's opening or closing week. "few" has no value in the lexicon, so it needs no branch of its own.
Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import lexicon as lx
from explorer.temporal.tagger import tag

DCT = date(2025, 6, 1)


def _part(text: str) -> tuple[str, str, date, date]:
    t = next(t for t in tag(text, DCT) if t.type == "DURATION")
    assert isinstance(t.begin, date) and isinstance(t.end_day, date)
    return t.text, t.value, t.begin, t.end_day


def test_few_has_no_number() -> None:
    assert lx.number_value("few") is None and lx.number_value("Few") is None


@pytest.mark.parametrize("text,expected", [
    ("Prices fell in the first few days of March 2021.",
     ("the first few days of March 2021", "PXD", date(2021, 3, 1), date(2021, 3, 7))),
    ("Prices fell in the final few days of 2019.",
     ("the final few days of 2019", "PXD", date(2019, 12, 25), date(2019, 12, 31))),
    ("Prices fell in the opening days of March 2021.",
     ("the opening days of March 2021", "PXD", date(2021, 3, 1), date(2021, 3, 7))),
    ("Prices fell in the closing three days of March 2021.",
     ("the closing three days of March 2021", "P3D", date(2021, 3, 29), date(2021, 3, 31))),
    ("Prices fell in the last twelve days of 2019.",
     ("the last twelve days of 2019", "P12D", date(2019, 12, 20), date(2019, 12, 31))),
])
def test_the_count_of_a_part(text: str, expected: tuple[str, str, date, date]) -> None:
    assert _part(text) == expected
