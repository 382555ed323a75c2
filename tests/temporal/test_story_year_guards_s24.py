"""Issue 11, session 24: which stated year a later step ("the following year") counts from.

Three grammatical positions, each with sentences of our own in several registers:

* a relative clause closed by a semicolon (not only a comma) is an aside: the step after it counts
  from the story's year;
* a year that a step counts on from ("... in 1963. ... the following year") is the story's time, not
  a stray aside, even when the next year the text states lies further back;
* an until-date followed by ", when" tells the happening that ended the state: the story reaches it.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


def _value(text: str, expression: str, dct: date | None = None) -> str:
    return {t.text: t.value for t in tag(text, dct)}[expression]


@pytest.mark.parametrize("text, expression, expected", [
    # biography
    ("In 1919 the surveyor printed her map of the delta, which she had started drawing in 1911; "
     "it won a prize the next year.", "the next year", "1920"),
    # history
    ("The treaty was signed in 1648, whose first draft dated from 1641; the armies went home the "
     "following year.", "the following year", "1649"),
    # club history
    ("In 1987 the club moved to a new ground, which its founders had bought in 1960: the old stand "
     "was pulled down the following year.", "the following year", "1988"),
])
def test_a_step_after_a_relative_clause_closed_by_a_semicolon_counts_from_the_story(
        text: str, expression: str, expected: str) -> None:
    assert _value(text, expression) == expected


def test_a_step_in_the_relative_clause_itself_still_counts_from_its_year() -> None:
    # the step stands inside the clause that named the year: that year is the one counted from
    text = "In 1919 the surveyor printed a map, which she had begun in 1911 and finished the next year."
    assert _value(text, "the next year") == "1912"


@pytest.mark.parametrize("text, expression, expected", [
    # biography: a year told later lies back before this one ("married in 1955")
    ("Anna was born in 1930 on a farm near the lake. After the death of her mother in 1951, she took "
     "over the dairy.\n\nWhen the cooperative tried to buy her out in 1963, she refused and kept her "
     "herd. The new road reached the valley the following year and doubled her trade.\n\n"
     "She married a schoolteacher in 1955. They had two sons.", "the following year", "1964"),
    # a company history
    ("The firm was founded in 1902 and made bicycles. It moved to Leeds in 1921.\n\n"
     "Once the war ended in 1945, it turned to motor scooters. Two years later it sold ten thousand.\n\n"
     "Its founder had retired in 1930.", "Two years later", "1947"),
])
def test_a_year_a_step_counts_on_from_is_no_stray_aside(text: str, expression: str, expected: str) -> None:
    assert _value(text, expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    # guidebook history
    ("The abbey was rebuilt in 1320. Its monks farmed the valley until June 1539, when the king's "
     "commissioners closed the house. The following year the lead was stripped from the roof.",
     "The following year", "1540"),
    # a machine's working life, told in a feature
    ("The engine was built in 1921. It hauled coal until 1967, when the pit closed. The next year "
     "it was sold for scrap.", "The next year", "1968"),
])
def test_an_until_date_with_a_when_clause_is_where_the_story_stands(text: str, expression: str,
                                                                    expected: str) -> None:
    assert _value(text, expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    # a bare until-date is a bound, no step of the story: the later yearless date keeps the story's year
    ("The abbey was rebuilt in 1320. Its charter ran until 1539 and its lands were leased. "
     "In June the abbot died.", "June", "1320-06"),
    ("The office reopened on 3 March 2025. Its lease runs until 2031. A week later the staff moved in.",
     "A week later", "2025-03-10"),
])
def test_an_until_date_without_a_when_clause_stays_no_anchor(text: str, expression: str, expected: str) -> None:
    assert _value(text, expression, date(2025, 3, 20)) == expected


@pytest.mark.parametrize("text, expression, expected", [
    # news background
    ("Complaints began in the spring of 2021. A parent wrote to the school that October; nobody replied.",
     "that October", "2021-10"),
    # sport feature
    ("The mare won at Ayr in March 2019. She bruised a hoof that June and missed the summer.",
     "that June", "2019-06"),
    # history
    ("The siege began in the autumn of 1702. Its commander surrendered that December.",
     "that December", "1702-12"),
])
def test_that_month_closing_its_clause_is_the_month_of_the_year_told(text: str, expression: str,
                                                                     expected: str) -> None:
    assert _value(text, expression, date(2025, 11, 3)) == expected


@pytest.mark.parametrize("text", [
    "The minister said that March was the wettest month on record.",
    "Officials knew that May and June would be dry.",
])
def test_that_before_a_month_that_opens_a_clause_is_a_conjunction(text: str) -> None:
    assert not any(t.text.lower().startswith("that") for t in tag(text, date(2025, 11, 3)))
