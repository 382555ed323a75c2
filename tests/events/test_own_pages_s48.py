"""Eight pages of our own in the kinds analysts read (session 48, ``own_texts_s48``: a sanctions enforcement
press release, a shipping market weekly, a think-tank's event report, a city's budget consultation, a
museum's acquisitions list, a regulator's final notice, a hospital trust's board report and a sports
governing body's disciplinary decision; 303–342 words, invented names, written before the extractor was run
on them and read, as a dropped folder is, with no document date given). Each keeps the happenings a reader
would list and loses the false events found on it that this session fixed: a period's sum of money ("Vessberg
lost $46 million in 2025", "Agency staff cost £22 million in the first nine months of the year"), a share of a
counted group over a stretch ("Eleven of the fourteen fixtures reported from Tubarão this week were for
Chinese mills"), a figure compared "up from" an earlier one ("Last year it issued five penalties, up from two
in 2024") and an aside about an earlier telling ("As we said in our guidance of 14 May 2025, …", "As the
leader of the council … told the full council on 4 December, …", "As I told the Board in November, …", "As
the Union reminded clubs in its September circular, …"), and a contact line's hours ("Media enquiries: …, 020
7946 0112 (9am to 5pm, Monday to Friday)", two events).

Hearsay was counted and left: the readable and opened gold keep a happening told as hearsay all four times
it occurs ("is said to have fled across the border", "is thought to have been built"), so "It is understood
that the manager had warned the board as early as 2022" stays a warning.

False events still listed on these pages (found, not fixed): a page's own next edition ("The next acquisitions list will cover January to
June 2026"); a claim drawn from a past event ("the drought of 2022 showed that the treaty's emergency clause
is too slow"); a statement told as hearsay ("One official is said to have described the filling schedule as
…"); an allegation of a state ("It is alleged … that senior managers knew of the error in 2023"); a state
("supplied about 410,000 homes at the end of 2024"); a proposal ("Car park charges would rise by 20p an hour
from April"). Dates found wrong: a think-tank's March brief and autumn round table put in 2022/2023 (read
from "the drought of 2022"); "Fiona Adair … joins us from St Ellen's on 2 March" put in 2025 in a report of
January 2026; the council's freeze "in October" and the first fine "on 29 November" read a year late or
early; a disciplinary decision's document date read from "29 November" instead of its "Hearing date: 10
February 2026"; "Between 1 April 2022 and 31 March 2024" read as "22 and 31 March 2024" after a numbered
heading; a suspension "until 21 February" dated by its end. Titles found wrong: "Reportedly, … has sold its
two oldest Aframaxes, built in 2007, …" titled "Reportedly builds …" and dated 2007; "Bought at auction …"
titled "I buy at auction"; "A silver tea service made by …" titled "… makes by …". Actors found wrong: "after
her owner went bankrupt" given to the owner named a paragraph before; a loom "moved to the museum store"
given to the mill; "after its roof failed an inspection" given to the council.
"""

from __future__ import annotations

from pathlib import Path

from tests.events.own_pages import Reader, reader_tests

_PAGES = Path(__file__).parent / "own_texts_s48"

#: page -> (words of titles a reader would list, words of titles that must not be listed)
_READER: Reader = {
    "01-sanctions-enforcement-release.txt": (["opens its investigation", "voluntarily discloses further shipments",
                                              "dismisses its export compliance manager", "come into force"],
                                             ["can expect lower penalties", "issues five penalties", "media enquiries"]),
    "02-shipping-market-weekly.txt": (["rise for a third week", "falls sharply", "is reopened to traffic",
                                       "sold at auction", "delivers the first of four"],
                                      ["eleven of the fourteen", "loses $46 million"]),
    "03-think-tank-event-report.txt": (["holds a closed round table", "takes up a chair"], []),
    "04-city-budget-consultation.txt": (["freezes recruitment", "sells the former guildhall annexe",
                                        "leisure centre closes", "will set the budget"], ["tells the full council"]),
    "05-museum-acquisitions-list.txt": (["leaves the marr family", "agnes pell dies", "stops weaving",
                                         "dismantle it"], []),
    "06-regulator-enforcement-notice.txt": (["is licensed", "opens an investigation", "appoints an independent auditor",
                                             "completes its review", "settles the case", "receives a warning letter"], []),
    "07-hospital-board-report.txt": (["declares a critical incident", "is stood down", "opens 24 extra beds",
                                      "inspects our maternity services", "retires"],
                                     ["agency staff", "is led by nhs england"]),
    "08-disciplinary-decision.txt": (["is sent off", "leaves the field", "fined"], ["will face"]),
}


test_every_page_is_read, test_a_page_keeps_its_happenings_and_loses_the_fixed_false_events = reader_tests(
    _PAGES, _READER)
