"""Years of two or three digits in a history that marks its era (our own sentences): once a text has
written "A.D. 50" or "218 BC", a bare "in 181" after a preposition, or "21 July 365", is a year of
that era; without such a mark, numbers stay numbers."""

from __future__ import annotations

import pytest

from explorer.temporal import tag


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, None, narrative=True)]


def test_bare_years_after_an_ad_year_are_ad() -> None:
    text = ("Under Claudius, around A.D. 50, the harbour was enlarged. The theatre was begun in 181 "
            "and opened in 189.")
    assert _found(text) == [("A.D. 50", "0050"), ("181", "0181"), ("189", "0189")]


def test_a_day_and_month_with_a_short_year_in_an_ad_history() -> None:
    text = "The town was founded in A.D. 43. An earthquake on 21 July 365 damaged much of it."
    assert ("21 July 365", "0365-07-21") in _found(text)


def test_a_day_and_month_with_a_short_year_in_a_bc_history() -> None:
    text = "In 218 BC Hannibal crossed the Alps; on 2 August 216 he won at Cannae."
    assert ("2 August 216", "BC0216-08-02") in _found(text)


def test_without_an_era_mark_a_short_number_after_a_date_is_no_year() -> None:
    text = "The fleet sailed in 1805; on 21 October 18 ships were taken."
    assert _found(text) == [("1805", "1805"), ("21 October", "1805-10-21")]


def test_an_ad_mark_does_not_make_counts_far_later_into_years() -> None:
    """Four centuries on from the marked year is the limit; a count of 900 is no year of the story."""
    text = "The wall was begun in A.D. 122 and by 900 soldiers manned it."
    assert [v for _, v in _found(text)] == ["0122"]


def test_the_narrators_today_in_a_history_is_the_present() -> None:
    """ "it is today a museum": the writer's present (PRESENT_REF), not a day of the story to be set."""
    text = ("The mill opened in 1771 and closed in 1937. It is today a museum of the early industrial era.")
    assert ("today", "PRESENT_REF") in _found(text)


_BRIDGE = ("The Kellow bridge\n\nThe first bridge at Kellow was built of timber in 1732 and swept away by a flood in "
           "1771. The county rebuilt it in stone in 1774.\n\n")


@pytest.mark.parametrize("sentence", [
    "The tolls were abolished in 1868, but the line drawn in 1774 still divides the two parishes today.",
    "Today the bridge is one of the county's most visited sights and is shown on its maps.",
    "Most engineers today see it less as a road than as a monument caught between two towns.",
    "Today – The bridge carries a minor road, closed to lorries since 1990.",
])
def test_the_narrators_today_in_a_present_clause_of_an_undated_history(sentence: str) -> None:
    """A participle elsewhere in the sentence ("drawn", "shown", "caught") read the sentence as past; the
    clause holding "today" is in the present, so it is the writer's present (PRESENT_REF), on the ingest
    route too (no date: "today" is no day the page reports from)."""
    assert ("today", "PRESENT_REF") in [(t.text.lower(), t.value) for t in tag(_BRIDGE + sentence + "\n", None)]


def test_a_today_with_a_past_verb_in_an_undated_page_is_no_present() -> None:
    # guard: "Today the council voted" is a day gone by (a news page whose date was lost)
    text = _BRIDGE + "Today the council voted to close the bridge to lorries.\n"
    assert ("today", "PRESENT_REF") not in [(t.text.lower(), t.value) for t in tag(text, None)]


def test_a_quoted_today_in_a_history_stays_the_speakers_day() -> None:
    text = ('The siege began in March 1862. "We shall take the fort today," the general wrote.')
    assert ("today", "PRESENT_REF") not in _found(text)


def test_the_next_year_without_a_preposition_of_stretch_is_the_year_after() -> None:
    """ "dedicated the album to him the next year" is 2017 after 2016; "for the next year" is a stretch."""
    assert ("the next year", "2017") in _found("The singer died in 2016. The band dedicated the album to him the next year.")
    assert ("the next year", "P1Y") in _found("The war ended in 1918. Fighting continued for the next year in the east.")


def test_the_era_before_the_year_of_a_day() -> None:
    """ "21 July AD 365": the era written before the year, after a day and month."""
    assert ("21 July AD 365", "0365-07-21") in _found("The sea withdrew on 21 July AD 365 and then returned.")
    assert ("March 4, A.D. 476", "0476-03-04") in _found("The last emperor was deposed on March 4, A.D. 476.")


def test_a_short_year_ending_its_phrase_is_a_year_without_an_era_mark() -> None:
    """A reader takes "on 21 July 365," as a date of the first millennium though the text marks no
    era; an article that also names a modern year does not pull it into that year."""
    text = "The ruins were surveyed in 1998. On 21 July 365, an earthquake struck the island."
    assert ("21 July 365", "0365-07-21") in _found(text)
    assert ("3 June 410", "0410-06-03") in _found("On 3 June 410 the city fell to the besiegers.")


def test_a_count_after_a_day_and_month_stays_a_count() -> None:
    for text in ("The camp filled quickly; on 21 July 365 people were evacuated.",
                 "Police said that on June 3, 250 were arrested.",
                 "On May 5, 300 to 400 workers marched.",
                 "On 5 May 120 of them left."):
        assert all(not v.startswith("0") for _, v in _found(text)), text
