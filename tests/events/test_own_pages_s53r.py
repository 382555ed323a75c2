"""Four pages of our own in kinds a town, a club, a family shop or a university keeps (session 53, h53r,
``own_texts_s53r``: a municipal library's history, a cycling club's race season diary, a family bakery's
history told by the owner and a university department's history; 308–335 words, invented names, written
before the extractor was run on them and read, as a dropped folder is, with no document date given). Each
keeps the happenings a reader would list, among them the ones this session's changes read: an arrival with
only the time it came after its verb ("The ambulance arrived forty minutes late", "The brigade arrived eleven
minutes after the alarm"; happening_verbs.ARRIVAL_TIME) and the passive of a particle verb that makes or
ends a body or a building ("A lending library was set up in two rooms …"; happening_verbs.PASSIVES); and
the diary's entries are dated in the year its title names (see test_the_diary_s_entries_are_in_its_title_s_year).
"Club membership passed two hundred" is read once its June entry has a year.

Happenings still missed on these pages (found, not fixed): a dated clause whose subject counts a share of a
group ("Three of the four assistants enlisted in 1915": read as a statistic) and the passive after it ("the
reading room was lent to the Red Cross for the rest of the war"); "some eight thousand volumes were lost";
"The library reopened in a shop on Market Hill within a month" ("reopened in" is read as no act); measures
that moved ("Visits rose by a third", "takings dropped by a third within a year", "student numbers doubled
over the next decade", "Research funding rose by half", "Times fell by almost a minute"); "Half the field
packed in"; "the club laid on tea"; "The track league finished at the Halton velodrome"; "My father turned to
wedding cakes"; "most of its staff were seconded to the Admiralty" and "teaching was kept going"; "geography
became a department of its own once more" after ", and". Dates found wrong (the diary's entries, "Sunday 6
March." under "Race Season Diary 2022", were all undated before this session read the title's year,
page_term.entries_year): "Rationing came back with the war" dated by the winter of 1935 told before it;
"Hannah Jory won the omnium on the last night" dated the day before the entry's; "Lucy Marsh won the under-16
title" dated by the day the race was called off, not the week after it was run. Titles found wrong: "The
building was refurbished in 2011 and renamed the Castle Street Media Centre" gives "The building renames …";
"I came into the bakery" titled "Pennick's Bakery comes into …" (the page's title taken for the writer, not
its byline "by Ruth Pennick"); "She set up the climate research unit" given Amelia Stroud for the Nadia Kerr
of the sentence before; "it was run a week later" titled "The landslip is run"; "it went to the Tour of the
Marches" titled "The committee goes …" (the van); "Pike was named rider of the year" titled "Pike is named
rider"; "The club wound up its racing season" and "A new building … opened" keep their past tense; "Gas ovens
went in over a single weekend" cut to "… over a single".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events.own_pages import Reader, assert_reader_dates, page_dates, reader_tests

_PAGES = Path(__file__).parent / "own_texts_s53r"

#: page -> (words of titles a reader would list, words of titles that must not be listed)
_READER: Reader = {
    "01-municipal-library-history.txt": (["the town's first reading room opens above the corn exchange",
                                          "the borough council takes over the collection",
                                          "public libraries act is adopted", "a lending library is set up",
                                          "edith crane is appointed", "work on the site is taken up",
                                          "the library opens to readers", "crane retires",
                                          "opening hours are cut by half", "a children's library is added",
                                          "the borough buys the house next door", "a reference wing opens",
                                          "fire breaks out in the book store", "the brigade arrives",
                                          "the council cuts the book fund by a quarter", "mobile services end",
                                          "the branch at fenwick cross closes",
                                          "a computer catalogue replaces the card index",
                                          "the building is refurbished", "a café opens on the ground floor",
                                          "the library will mark its 150th year"],
                                         ["the room closes at eight"]),
    "02-cycling-club-race-diary.txt": (["the season opens with the club's own hilly time trial", "owen pike wins it",
                                        "hannah jory finishes second", "series gets under way",
                                        "marcus lee crashes on the descent", "marcus lee breaks his collarbone",
                                        "the ambulance arrives forty minutes late",
                                        "the club hosts the regional junior championship", "the race is called off",
                                        "a landslip blocks the course", "lucy marsh wins the under-16 title",
                                        "club membership passes two hundred", "the committee buys a second team van",
                                        "owen pike takes the county hill climb title", "sets a new national record",
                                        "hannah jory wins the omnium", "the annual dinner is held at the grange hotel",
                                        "jory takes the best newcomer award", "the 2023 calendar will be published"],
                                       ["he is back on the bike"]),
    "03-family-bakery-history.txt": (["albert pennick comes to holbury from cornwall", "albert pennick takes a lease",
                                      "he buys the shop outright", "he builds a second oven", "albert is called up",
                                      "walter takes over the bakery", "he brings in the first electric mixer",
                                      "the shop starts supplying three village schools", "sugar and butter are cut",
                                      "the bakery stops making cakes", "rationing of sugar ends",
                                      "colin joins at sixteen", "the old coal ovens are pulled out", "gas ovens go in",
                                      "a supermarket opens on the bypass", "my father retires",
                                      "we win a regional prize", "flood water comes into the shop", "the shop reopens",
                                      "amy sets up our online orders", "we take on two new bakers"],
                                     ["martha does the pastries"]),
    "04-university-department-history.txt": (["geography is first taught at marlhurst",
                                              "the university creates a lectureship", "amelia stroud is appointed",
                                              "sets up the map library",
                                              "the senate gives geography full honours status",
                                              "the first eight honours students graduate",
                                              "the department moves into the old infirmary building", "stroud retires",
                                              "stroud is succeeded by professor harold beck",
                                              "beck brings the department into the faculty of science",
                                              "a field station on the fenmoor estate is opened",
                                              "the student occupation begins",
                                              "the senate agrees to students sitting on the department board",
                                              "the department merges with geology", "the field station is sold",
                                              "a new building on the northgate campus",
                                              "the school is rated five in the national research assessment",
                                              "nadia kerr becomes the first woman head of school",
                                              "sets up the climate research unit", "wins a large european grant",
                                              "the school splits again", "a centenary conference will be held"],
                                             ["it lasts nine days"]),
}


test_every_page_is_read, test_a_page_keeps_its_happenings = reader_tests(_PAGES, _READER)


@pytest.mark.parametrize("words, day", [("the season opens", "2022-03-06"), ("the ambulance arrives", "2022-04-24"),
                                        ("the committee buys a second team van", "2022-06-08"),
                                        ("the annual dinner is held", "2022-10-22")])
def test_the_diary_s_entries_are_in_its_title_s_year(words: str, day: str) -> None:
    """"Race Season Diary 2022" over "Sunday 6 March. The season opened …": each entry's day in 2022."""
    assert_reader_dates(page_dates(_PAGES)["02-cycling-club-race-diary.txt"], words, day, day)
