"""A superlative told by "be" and measured within a period ("The flood of 1852 was the worst of the
nineteenth century") gives no event for that period: it is the comparison's frame, not a time anything
happened. The subject's own date keeps its happening, and a superlative that is the
object of an act ("won her biggest title in 2019") dates the act. Our own sentences, through the route
a dropped file takes."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _dated(text: str) -> set[str]:
    """The expressions that date an event of ``text`` (an article dated 10 June 2024)."""
    out = extract_document(Document("a.txt", text, "t"), dct=date(2024, 6, 10))
    return {e.timex for e in out.events if e.timex}


@pytest.mark.parametrize("text, frame", [
    ("The flood of November 1852 was the worst of the nineteenth century.", "the nineteenth century"),
    ("The drought of 1976 was the worst in the twentieth century.", "the twentieth century"),
    ("The 1995 season was the club's best in the 1990s.", "the 1990s"),
])
def test_a_superlatives_period_is_no_happening(text: str, frame: str) -> None:
    assert frame not in _dated(text)


def test_the_subjects_own_date_stays() -> None:
    assert _dated("The flood of November 1852 was the worst of the nineteenth century.") == {"November 1852"}


@pytest.mark.parametrize("text, span", [
    ("She won her biggest title in 2019.", "2019"),
    ("Tessa Marr became the first woman elected to the council in 1909.", "1909"),
    ("The club recorded its heaviest defeat in March, losing 7-0 at home.", "March"),
    # a record told of the period itself, with a happening in it, keeps that happening's date
    ("Farmers lost a third of their crop in the driest July ever recorded.", "July"),
])
def test_a_superlative_object_of_an_act_keeps_the_acts_date(text: str, span: str) -> None:
    assert span in _dated(text)


@pytest.mark.parametrize("text, answer", [
    # (session 54: a date given as what a ranked stretch of time or a measure was, by a copula)
    ("The hut opened in 2001. Its busiest day was a Saturday in August 2019.", "August 2019"),
    ("The coldest night of the winter was 12 January, at minus 14 degrees.", "12 January"),
    ("The best month of the year for the market was November, with takings of £8,300.", "November"),
    ("The two wettest summers were 1912 and 1927.", "1927"),
    ("The lowest price on record was that of March 1761.", "March 1761"),
    ("Prices fell for a decade, and the lowest price on record was that of May 1742.", "May 1742"),
])
def test_a_date_answering_a_ranked_subject_is_no_happening(text: str, answer: str) -> None:
    assert answer not in _dated(text)


@pytest.mark.parametrize("text, span", [
    # a happening ranked is told by the sentence (guard: these passed before session 54)
    ("The biggest storm of the decade was on 14 October 1987.", "14 October 1987"),
    # ... and a "when" clause tells what happened on the day ranked (guard)
    ("The worst day came on 9 March 2022, when a gale tore the roof off the pavilion.", "9 March 2022"),
])
def test_a_ranked_happening_or_its_when_clause_keeps_its_date(text: str, span: str) -> None:
    assert span in _dated(text)
