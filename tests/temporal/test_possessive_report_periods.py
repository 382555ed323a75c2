"""A possessive in place of "the" before a company's period ("its latest quarter", "the mill's
fiscal year", "their current fiscal year") names the period "the" would name; TimeML leaves the
owner out of the span, as in "its [third quarter]". Before, "in its latest quarter" was no
expression at all and "its fiscal year" a bare "year" of twelve months. Sentences are our own, in a
report's register, a trade weekly's and a co-op newsletter's."""

from __future__ import annotations

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
    ("Their current fiscal year should bring a small profit, the growers said.", ("current fiscal year", "DATE", "2024")),
    ("For its fiscal year, the chain expects flat sales.", ("fiscal year", "DATE", "2024")),
    ("The mill's fiscal year ended June 30, with a loss.", ("fiscal year", "DURATION", "P1Y")),
])
def test_a_possessive_names_the_period_the_article_would(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _got(text), _got(text)


@pytest.mark.parametrize("text", [
    "Its quarter was, by all accounts, a quiet one.",   # no modifier: nothing says which quarter
    "The club's year of centenary events ends with a dinner.",
])
def test_a_bare_possessed_period_names_no_report_quarter(text: str) -> None:
    assert not any(v and "Q" in v for _, _, v in _got(text)), _got(text)
