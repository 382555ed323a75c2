"""A possessive in place of "the" before a company's period ("its latest quarter", "the mill's
fiscal year", "their fiscal year") names the period "the" would name; TimeML leaves the
owner out of the span, as in "its [third quarter]". Before, "in its latest quarter" was no
expression at all and "its fiscal year" a bare "year" of twelve months. Sentences are our own, in a
report's register, a trade weekly's and a co-op newsletter's."""

from __future__ import annotations

import re
from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2024, 11, 6)  # in the fourth quarter: the last one completed is the third


def _got(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag(text, DCT)]


@pytest.mark.parametrize("text, expected", [
    ("Freight volumes in its latest quarter slipped 3%.", ("latest quarter", "DATE", "2024-Q3")),
    ("The brewer's most recent quarter was its weakest since listing.", ("most recent quarter", "DATE", "2024-Q3")),
    ("Members' just-ended quarter brought record deliveries to the co-op.", ("just-ended quarter", "DATE", "2024-Q3")),
    ("Their fiscal year closes with the harvest, the growers said.", ("fiscal year", "DATE", "2024")),
    ("Our financial year ended March 31 with a small surplus.", ("financial year", "DURATION", "P1Y")),
    ("For its fiscal year, the chain expects flat sales.", ("fiscal year", "DATE", "2024")),
    ("The mill's fiscal year ended June 30, with a loss.", ("fiscal year", "DURATION", "P1Y")),
])
def test_a_possessive_names_the_period_the_article_would(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _got(text), _got(text)


@pytest.mark.parametrize("modified, bare, expected, named", [
    # without "latest" no quarter at all is named (not merely some other one than the third)
    ("Its latest quarter was, by all accounts, a quiet one.", "Its quarter was, by all accounts, a quiet one.",
     ("latest quarter", "DATE", "2024-Q3"), r"Q"),
    # without "fiscal" no calendar year is named (a length of a year may be)
    ("The club's fiscal year ends with a dinner.", "The club's year of centenary events ends with a dinner.",
     ("fiscal year", "DATE", "2024"), r"^\d{4}"),
])
def test_the_modifier_makes_a_possessed_period_the_reports(modified: str, bare: str, expected: tuple[str, str, str],
                                                           named: str) -> None:
    """The possessive stands in for "the" only before the words that name a report's period ("latest",
    "fiscal"): with them the period is named, without them ("its quarter", "the club's year of
    events") nothing says which quarter or year, so none is named."""
    assert expected in _got(modified), _got(modified)
    assert not any(v and re.search(named, v) for _, _, v in _got(bare)), _got(bare)
