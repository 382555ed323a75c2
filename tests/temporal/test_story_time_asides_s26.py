"""The story's time, session twenty-six (issue 11): dates that must not move it, and a diary's days.

A diary's entries stamped by a bare weekday ("Tuesday. Gale all day.") go forward from the entry
before; a step ("two days later", "a week later") told after a year said of something else (a
relative clause, "since", a comparison) counts from the story's day even when it lands after the
page's date; a year that names a thing ("the border of 1815"), told after its sentence said when its
happening was, leaves the story where that sentence put it. Sentences written for this test; none
names anything from a gold article or a corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


def _begin(text: str, expression: str, dct: date | None = None) -> date | None:
    found = [t for t in (tag(text, dct) if dct else tag(text)) if t.text == expression]
    assert len(found) == 1, [(t.text, t.value) for t in (tag(text, dct) if dct else tag(text))]
    return found[0].begin


# --------------------------------------------------------------------------- a diary's weekday stamps


@pytest.mark.parametrize(("text", "dct", "expression", "day"), [
    ("Monday, 3 October 1887. Wind from the south-west.\n\nTuesday. Gale all day. Thomas cut his hand.\n",
     date(1887, 10, 3), "Tuesday", date(1887, 10, 4)),
    ("Friday 12 May 1916: Arrived at the depot after dark.\nSaturday: Drill all morning.\nMonday: We marched to the line.\n",
     date(1916, 5, 12), "Monday", date(1916, 5, 15)),
    ("Friday 12 May 1916: Arrived at the depot after dark.\nSaturday: Drill all morning.\nMonday: We marched to the line.\n",
     date(1916, 5, 12), "Saturday", date(1916, 5, 13)),
    ("Wednesday 2 August 1961. We reached the lake at noon.\n\nSunday. Fished the north shore and caught nothing.\n",
     date(1961, 8, 2), "Sunday", date(1961, 8, 6)),
])
def test_a_bare_weekday_stamping_an_entry_follows_the_entry_before(text: str, dct: date, expression: str, day: date) -> None:
    assert _begin(text, expression, dct) == day


def test_a_weekday_told_inside_an_entry_is_still_read_against_its_day() -> None:
    text = "Update, 14 November 2024: Crews reopened the coast road on Tuesday after the landslide.\n"
    assert _begin(text, "Tuesday", date(2024, 11, 14)) == date(2024, 11, 12)


# --------------------------------------------------------------------------- a step after an aside's year


@pytest.mark.parametrize(("text", "dct", "expression", "day"), [
    ("14 February 2021: A lorry struck a cyclist on the ring road. The cyclist, who had moved to the town in "
     "2018, died in hospital two days later.", date(2021, 2, 14), "two days later", date(2021, 2, 16)),
    ("On 3 May 2023 the ferry ran aground off the point. Its captain, who had joined the line in 2009, was "
     "suspended a week later.", date(2023, 5, 3), "a week later", date(2023, 5, 10)),
    ("9 March 2020: The club sacked its coach after a run of defeats, the worst since 2011. The chairman "
     "resigned three days later.", date(2020, 3, 9), "three days later", date(2020, 3, 12)),
])
def test_a_step_after_a_year_said_of_something_else_counts_from_the_story(text: str, dct: date, expression: str,
                                                                          day: date) -> None:
    assert _begin(text, expression, dct) == day


# --------------------------------------------------------------------------- a thing named by its year


@pytest.mark.parametrize(("text", "expression", "year"), [
    ("The war began in 1821. Negotiations dragged on until 1824, when a new treaty restored the border of 1815. "
     "The old king died the next year.", "the next year", 1825),
    ("The guild was founded in 1750. In 1791 the assembly adopted a charter modelled on the constitution of 1689. "
     "The following year the charter was amended.", "The following year", 1792),
    ("The town grew after 1900. The bridge was rebuilt in 1958 to replace the timber span of 1820. Two years later "
     "it was widened.", "Two years later", 1960),
])
def test_a_year_naming_a_thing_after_its_sentences_date_leaves_the_story_there(text: str, expression: str,
                                                                                year: int) -> None:
    begin = _begin(text, expression)
    assert begin is not None and begin.year == year


def test_a_things_year_alone_in_its_sentence_still_dates_the_story() -> None:
    text = "The general retired in 1820. In the election of 1824 he won the most votes. The next year he fell ill."
    begin = _begin(text, "The next year")
    assert begin is not None and begin.year == 1825


@pytest.mark.parametrize(("text", "dct", "expression", "year"), [
    ("The bakery was founded in 2019 by two cousins, who had trained in Lyon. They opened a second shop the "
     "following year.", date(2025, 6, 3), "the following year", 2020),
    ("The engine worked coal trains until the railway withdrew it in 1961. A dealer bought it the following year.",
     date(2026, 9, 20), "the following year", 1962),
])
def test_a_step_after_a_lifes_year_in_news_still_counts_from_that_year(text: str, dct: date, expression: str,
                                                                      year: int) -> None:
    """A news story's background told in years of its own clauses: the step counts from the year
    just told, not from the page's date (where it would land after the page)."""
    begin = _begin(text, expression, dct)
    assert begin is not None and begin.year == year
