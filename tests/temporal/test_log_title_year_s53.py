"""A diary's or a log's entries that open their lines with a yearless day ("Sunday 6 March. The season opened
…") under a title that names the page's year in its words ("Race Season Diary 2022", "Allotment Society Log
2019", "Garden notes: 2021"): with no page date, each entry's day is in that year (session 53, h53r;
page_term.entries_year). Before, a page of three entries or more was a dated log whose date was not inferred,
and every day was left with no year. Pages written for the test."""

from __future__ import annotations

import pytest

from explorer.temporal import tag


def _values(text: str) -> list[str]:
    return [t.value for t in tag(text, None) if t.type == "DATE"]


@pytest.mark.parametrize(
    "text, values",
    [
        ("Allotment Society Log 2019\n\nSaturday 2 March. We dug the new beds.\n\nSunday 14 April. The shed roof "
         "was mended.\n\nSaturday 8 June. The show was held in the church hall.\n",
         ["2019", "2019-03-02", "2019-04-14", "2019-06-08"]),
        ("Lifeboat Crew Diary 2017\n\n3 January. A trawler lost power off the point.\n\n19 February. We towed a "
         "yacht into harbour.\n\n2 April. The new boat arrived by road.\n",
         ["2017", "2017-01-03", "2017-02-19", "2017-04-02"]),
        ("Garden notes: 2021\n\nWednesday 12 May. Sowed the beans.\n\nSunday 30 May. Frost took the potatoes."
         "\n\nSunday 4 July. First strawberries picked.\n",
         ["2021", "2021-05-12", "2021-05-30", "2021-07-04"]),
    ],
)
def test_a_log_s_entries_are_in_its_title_s_year(text: str, values: list[str]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(
    "text",
    [
        # (guard) a year after a preposition in the title is a year the page tells of, not its own
        "Floods Since 2019\n\nSunday 3 March. The river rose.\n\nMonday 4 March. The road closed.\n\n"
        "Friday 8 March. The water went down.\n",
        # (guard) a yearless day inside a sentence is no entry's stamp
        "Club History 1990\n\nThe club was founded by miners. Its first match was played on 4 May against a "
        "works side, and the pitch was flooded on 12 June.\n",
    ],
)
def test_no_year_from_the_title(text: str) -> None:
    assert not any(v.startswith("1990-") or v.startswith("2019-") for v in _values(text)), _values(text)
