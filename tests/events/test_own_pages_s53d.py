"""Four pages of our own whose dates a reader checks (session 53, h53d, ``own_texts_s53d``: a mountain hut's
logbook, a vineyard's harvest diary, a newspaper's 150th-anniversary retrospective and a veterinary
practice's history; 253–300 words, invented names, written before the extractor was run on them and read,
as a dropped folder is, with no document date given; the logbook, the diary and the practice's history
print no date of their own, the newspaper does at its foot). Each keeps the happenings a reader would
list, and every event's date was looked at: the dates a reader gives are checked below, among them those
this session's changes read (the logbook's "A storm broke over the ridge at 1500" and "lifted them off at
1830", far below its "left at 0400", were the years 1500 and 1830, and every entry after them fell in
1831; the diary's "Old Augustin Olivié, who had planted the terraces in 1961, died that winter" was the
winter of 1961, not of the 2003 harvest).

Dates still wrong on these pages (found, not fixed): the newspaper's "A fire gutted the press room in 1936.
The staff printed the next issue on a borrowed press" runs 1936–1962 and "The leader resigned", after 1974,
to May 1975 (undated acts bounded by year neighbours, where a reader gives the earlier year); "Penhallow
sold four hundred copies of that first edition" is undated (1875); "It reopened in March" after "the floods
of 2020" is March 2020 on a page of November 2025; "The last guided party of the summer crossed the pass"
under "Friday 12 August" is the whole summer, and its title reads "guids"; the diary's "Marguerite drove
the tractor for the first time" runs 28–30 September 1998 after "a fortnight later", and "Tuesday, 14
March" after the 2020–21 season is 14 March 2021, a Sunday; the practice's "In May the team ran a free
clinic", on a page with no date after "Pryce retired in 2021", is May 2021. Titles found wrong: "Josiah
Penhallow retires" (Agnes Threlfall did), "Tollbridge Veterinary Surgery works from the front room" (Harold
Quennell did), "Quennell retires and dies". Missed: "The radio battery failed", "Fourteen climbers went for
the summit", "Half of the pickers left after a week", "Students from the lycée picked instead", "The old
machine was given to the county museum", "They added a small-animal clinic", "Ilse says she will close the
hut on 18 September". Found on the way: "The night watchman raised the alarm" tags "The night" as a time.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events.own_pages import Reader, assert_reader_dates, page_dates, reader_tests

_PAGES = Path(__file__).parent / "own_texts_s53d"

#: page -> (words of titles a reader would list, words of titles that must not be listed)
_READER: Reader = {
    "01-mountain-hut-logbook.txt": (["opens the hut", "two parties from brennwald arrive", "a guided rope of six leaves",
                                     "they reach the summit", "a helicopter brings gas bottles and flour",
                                     "the guides hold a small party", "the cook runs out of eggs",
                                     "a storm breaks over the ridge", "lightning strikes the old flagpole",
                                     "the warden calls the rescue team", "the helicopter lifts them off",
                                     "we replace the flagpole", "measures the glacier's edge",
                                     "ilse leaves for the valley"], []),
    "02-vineyard-harvest-diary.txt": (["we begin picking the grenache", "we finish the old vines", "the press breaks down",
                                       "a mechanic from lunel fixes it", "we bottle the 1998 red",
                                       "the heat wave burns the leaves", "we start picking", "old augustin olivié dies",
                                       "hail strikes the lower plots", "marguerite takes over the cellar",
                                       "a buyer from lyon orders the whole rosé", "a late frost kills the buds",
                                       "we plant six hundred new cinsault vines", "will send another thousand plants"], []),
    "03-newspaper-anniversary-retrospective.txt": (["sets the first issue", "the paper marks its 150th birthday",
                                                    "moves into the red-brick office", "a fire guts the press room",
                                                    "the leader resigns", "mulgrew wins a national prize",
                                                    "stops printing on its own press", "the print edition becomes weekly",
                                                    "the office closes during the floods", "the office reopens",
                                                    "mulgrew writes his last column", "denis mulgrew dies",
                                                    "publish a special 48-page edition",
                                                    "an exhibition of front pages opens"], []),
    "04-veterinary-practice-history.txt": (["harold quennell founds tollbridge veterinary surgery",
                                            "quennell takes on a partner", "buys its first x-ray machine",
                                            "moves to the old dairy on ferris lane", "foot-and-mouth disease reaches the valley",
                                            "sells it to two young vets", "opens a branch in longhope",
                                            "a new operating theatre is built", "gareth pryce retires",
                                            "the surgery treats its first alpaca", "the team runs a free clinic"], []),
}

test_every_page_is_read, test_a_page_keeps_its_happenings = reader_tests(_PAGES, _READER)


#: (page, words of the title, first day, last day) as a reader dates them
_DATES = [
    ("01-mountain-hut-logbook.txt", "they reach the summit", "2011-07-03", "2011-07-03"),
    ("01-mountain-hut-logbook.txt", "the cook runs out of eggs", "2011-07-09", "2011-07-09"),
    # "at 1500", "at 1830" in a log that wrote "at 0400" a page before: clock times, not years
    ("01-mountain-hut-logbook.txt", "a storm breaks over the ridge", "2011-07-12", "2011-07-12"),
    ("01-mountain-hut-logbook.txt", "the helicopter lifts them off", "2011-07-12", "2011-07-12"),
    ("01-mountain-hut-logbook.txt", "we replace the flagpole", "2011-07-14", "2011-07-14"),
    ("01-mountain-hut-logbook.txt", "ilse leaves for the valley", "2011-07-25", "2011-07-25"),
    ("02-vineyard-harvest-diary.txt", "we finish the old vines", "1998-09-28", "1998-09-28"),
    ("02-vineyard-harvest-diary.txt", "the press breaks down", "1998-09-15", "1998-09-15"),
    ("02-vineyard-harvest-diary.txt", "we bottle the 1998 red", "1999-03-01", "1999-05-31"),
    # the winter of the 2003 harvest, not of the year in the relative clause before it
    ("02-vineyard-harvest-diary.txt", "old augustin olivié dies", "2003-12-01", "2004-02-29"),
    ("02-vineyard-harvest-diary.txt", "a late frost kills the buds", "2021-04-01", "2021-04-30"),
    ("03-newspaper-anniversary-retrospective.txt", "the paper marks its 150th birthday", "2025-11-24", "2025-11-30"),
    ("03-newspaper-anniversary-retrospective.txt", "mulgrew wins a national prize", "1975-03-01", "1975-05-31"),
    ("03-newspaper-anniversary-retrospective.txt", "denis mulgrew dies", "2025-10-01", "2025-10-31"),
    ("03-newspaper-anniversary-retrospective.txt", "publish a special 48-page edition", "2025-11-28", "2025-11-28"),
    ("03-newspaper-anniversary-retrospective.txt", "an exhibition of front pages opens", "2025-12-05", "2025-12-05"),
    ("04-veterinary-practice-history.txt", "foot-and-mouth disease reaches the valley", "2001-02-01", "2001-02-28"),
    ("04-veterinary-practice-history.txt", "opens a branch in longhope", "2009-06-01", "2009-08-31"),
]


@pytest.mark.parametrize("page, words, first, last", _DATES)
def test_a_happening_on_an_own_page_has_the_date_a_reader_gives(page: str, words: str, first: str, last: str) -> None:
    assert_reader_dates(page_dates(_PAGES)[page], words, first, last)
