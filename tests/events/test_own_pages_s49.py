"""Eight pages of our own in the kinds analysts read (session 49, ``own_texts_s49``: an airport's operational
update, a fisheries council's quota decision, a water company's pollution incident report, a bank's results
call summary, a national statistics office's release, a joint communique after a summit, an aid convoy report
and a stock exchange's trading suspension notice; 289–325 words, invented names, written before the
extractor was run on them and read, as a dropped folder is, with no document date given). Each keeps the
happenings a reader would list and loses the false events found on it that this session fixed: a tally with
its period put first ("In December the airport handled 412,000 passengers, 6 per cent more than in December
2024", "Over the whole of 2025 it handled 5.3 million passengers, a record") or over part of a period ("had
landed 11,200 tonnes of cod in the first eleven months of 2025"); and hearsay titled without its subject
("Armed men are said to have stopped a private lorry …" was "To stop a private lorry", "The leaders are
reported to have discussed migration over dinner" was "To discuss migration over dinner").

False events still listed on these pages (found, not fixed): forecasts told as expected of an agent ("The
regulator is expected to publish them in the spring", "The company is expected to publish the announcement
tomorrow morning": the readable and opened gold keep 8 "expected to" happenings and leave 11 out, with no
general line between them); a rule ("Boats that exceed their allocation will lose the excess from next year's
quota", whose actor was read as "exceed their allocation"); a condition ("once it has been ratified"); a
statistic with no period of its own ("The largest downward effect came from motor fuels", "Food prices rose by
0.8 per cent"); a sum over a period said as a level ("trade … reached 41 billion euros last year"); a pledge
total ("Donors had pledged 12 million dollars … by the end of September"); a habit in the present ("The
Exchange monitors trading in suspended securities"); a page's signing line ("Signed at Varn on 8 June 2026").
Dates found wrong: an act dated by the date of what it set going ("the board had approved a share buyback …,
which will start on 2 March", "They agreed to set up a joint electricity grid operator by the end of 2027",
"invited the leaders to hold their next summit in 2027", "asked the council to delay the cut until 2027").
Titles found wrong: "A power cut stopped both pumps" titled "A power cuts stopped both pumps"; "the report …,
which was presented on 20 April" titled "The leaders are presented"; "orders in TWM entered before the
suspension were cancelled" titled "The suspension are cancelled"; "snow that had fallen overnight" titled
"Crews fall". Actors found wrong: "Kestrel Bank", named once for a bid walked away from, given to the bank's
own acts ("The bank hires 300 software engineers"); the auditors "Pell & Marsh" given to the suspension of
2023; "It is due to announce its next decision" (the central bank) given no actor.
"""

from __future__ import annotations

from pathlib import Path

from tests.events.own_pages import Reader, reader_tests

_PAGES = Path(__file__).parent / "own_texts_s49"

#: page -> (words of titles a reader would list, words of titles that must not be listed)
_READER: Reader = {
    "01-airport-operational-update.txt": (["runway 09/27 reopens", "the runway is closed", "the first departure leaves",
                                           "opens the new baggage hall", "the airport closes for 19 hours",
                                           "is set to announce its summer routes"],
                                          ["handles 412,000 passengers", "handles 5.3 million passengers"]),
    "02-fisheries-council-quota.txt": (["sets the total allowable catch", "recommends a cut of 25", "closes the vennel bank",
                                        "ostin varga takes office"], ["land 11,200 tonnes"]),
    "03-water-company-pollution-report.txt": (["receives the first alarm", "reaches the site", "power is restored",
                                               "the pumps restart", "report the incident", "finds about 200 dead fish",
                                               "apologises to the angling club", "the club accepts the offer"], []),
    "04-bank-results-call-summary.txt": (["sells its irish mortgage book", "the sale completes", "opens a technology hub",
                                          "final dividend will be paid", "the call ends"], []),
    "05-statistics-office-release.txt": (["cuts its policy rate", "revises the figure", "anneke solberg is appointed",
                                          "is due to announce its next decision"], []),
    "06-summit-joint-communique.txt": (["the treaty of aldor is signed", "will enter into force", "condemn the attack",
                                        "the leaders are reported to have discussed migration"], ["to discuss migration"]),
    "07-aid-convoy-report.txt": (["leaves the logistics hub", "breaks down near mireh", "is shelled", "the corridor opens",
                                  "is due to leave karrat", "meets the district governor",
                                  "armed men are said to have stopped a private lorry"], ["to stop a private lorry"]),
    "08-stock-exchange-suspension.txt": (["trading in the ordinary shares was suspended", "tells the exchange",
                                          "the report is published", "the auditors resign", "joins the exchange's main market"],
                                         []),
}


test_every_page_is_read, test_a_page_keeps_its_happenings_and_loses_the_fixed_false_events = reader_tests(
    _PAGES, _READER)
