"""Eight pages of our own in the kinds analysts read (session 50, ``own_texts_s50p``: a shipping insurer's
casualty bulletin, an energy regulator's enforcement notice, a think tank's policy brief, a ministry's weekly
press briefing transcript, a rugby league's fixture announcement, a hospital trust's board summary, a district
council's planning committee results and a commodity market weekly wrap; 283–330 words, invented names,
written before the extractor was run on them and read, as a dropped folder is, with no document date given).
Each keeps the happenings a reader would list and loses the false events found on it that this session
fixed: a running total over a period put first ("Over the last twelve months the total reached 1,380
boxes"), a measure's change by a percentage after its period ("Over the month of February Brent lost 6 per
cent"), a season's record ("won 19 of their 22 league matches and scored a total of 812 points"), a habit
told in the past ("Every season the two clubs met on that day, and the match drew the biggest crowd of the
year"), and a
person's act foreseen ("Dr Benn is expected to retire in the spring", "Union leaders are expected to meet the
company's negotiators on Monday").

False events still listed on these pages (found, not fixed): tallies of a service's work or a count reported
("Members reported 61 containers lost overboard in February", "The unit treated 410 patients in its first three
weeks", "In 2024 it decided 81", "Central banks bought 290 tonnes of gold in the fourth quarter", "The trust saw
61 per cent of emergency patients within four hours in October"); a sum spent on something over a period ("the
authority spent 46 million euros on the cap over the same period", which the opened gold keeps as an act); a
body's act foreseen ("Greyholm is expected to appoint a new head of compliance next month", "Northstar Sport is
expected to announce its televised matches next week", "The application is expected to return to the committee
in December"); a warning of a forecast, once for each of its dates ("warned that winter pressures are expected
to worsen performance in December and January"); hearsay of a state ("The company is said to have known
about the error from early 2023"); a deadline ("the registration deadline for new players is 31 January
2027"); a level at a week's end ("Brent ended the week at $71.80"); a page's footer ("Next wrap: 13 March").
Dates found wrong: what a board did at its meeting dated by the next sentence's plan ("The board approved a
savings plan" on 1 December, the ward's opening); "From November the committee will meet …" and "will next meet
on 19 November" put in 2024, the year of the tally told just before; "The US Federal Reserve announces its rate
decision on Wednesday" under "What to watch next week" put in the week just past; "agreed to raise output from
April" read as Brent's drop in April. Titles and actors found wrong: "First, … Second, … Third," openers kept in
titles and actors ("Third the ministry summons the ambassador", actor "third yesterday the ministry"); a page's
title line read as a meeting ("Summary of the public board meeting holds"); "She is expected to be refloated",
of a ship, given to its owners ("Kallis Bulk is expected to be refloated tide"); a relative clause's noun lost
("the University of Marren, which is due to report" titled "Marren is due to report").
"""

from __future__ import annotations

from pathlib import Path

from tests.events.own_pages import Reader, reader_tests

_PAGES = Path(__file__).parent / "own_texts_s50p"

#: page -> (words of titles a reader would list, words of titles that must not be listed)
_READER: Reader = {
    "01-casualty-bulletin.txt": (["tessaly dawn runs aground", "appoints orme salvage", "closes the inner channel",
                                  "a fire breaks out in a truck", "activates the drencher system",
                                  "the ferry returns to kelsund", "opens an investigation"],
                                 ["the total reaches"]),
    "02-enforcement-notice.txt": (["the penalty is imposed", "admits the breaches", "our investigation opens",
                                   "greyholm corrects its billing system", "ruth ashdown writes to the office",
                                   "the previous head leaves", "fines pellan energy", "issues a warning to southmoor gas",
                                   "board will meet"], []),
    "03-policy-brief.txt": (["caps single bus fares", "odile serrat announces the cap", "the cap takes effect",
                             "is due to report", "tomas greve will present the brief"], []),
    "04-ministry-briefing.txt": (["will travel to salvana", "will also meet the country's president", "will return",
                                  "helps 46 ostravian citizens leave", "summons the ambassador",
                                  "the journalists are arrested", "the review is due to be published"], []),
    "05-fixture-announcement.txt": (["publishes the full championship fixture list", "the season will open",
                                     "the play-off final will be played", "castleby are promoted",
                                     "castleby play their first championship match", "derby will be played",
                                     "ticket sales for the opening round begin"],
                                    ["wins 19 of their 22", "a total of 812 points", "draws the biggest crowd"]),
    "06-hospital-board-summary.txt": (["amara quist opens the meeting", "day surgery unit", "a cyber attack disrupts",
                                       "reports the attack to the information commissioner", "the ward will open",
                                       "approves a savings plan", "helen okafor joins the trust"],
                                      ["expected to retire"]),
    "07-planning-committee-results.txt": (["the planning committee meets", "members vote 7 to 4",
                                           "the extension is due to open", "will next meet"], []),
    "08-commodity-weekly-wrap.txt": (["copper hits a three-month high", "workers walk out", "declares force majeure",
                                      "brent crude drops 3 per cent", "gold rises to a record",
                                      "raises margin requirements", "is due to hold a hearing"],
                                     ["brent loses 6 per cent", "union leaders are expected to meet"]),
}


test_every_page_is_read, test_a_page_keeps_its_happenings_and_loses_the_fixed_false_events = reader_tests(
    _PAGES, _READER)
