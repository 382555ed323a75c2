"""Twelve pages of our own in the kinds analysts read (session 45, ``own_texts_s45``: a press review, a
corrections column, a live blog, a fact check, an NGO situation report, a parliamentary record, a
securities filing, an encyclopedia biography, a court docket, a Q&A explainer, a policy brief and a
police release; 247–314 words, invented names, written before the extractor was run on them and read,
as a dropped folder is, with no document date given). Each keeps the happenings a reader would list
and loses the false events found on it that this session fixed: a corrections column's wrong claims,
its own sayings and slips (:mod:`explorer.events.corrected_errors`) and a fact check's "Claim:" line.

False events still listed on these pages (found, not fixed; kinds with no counterpart in the
readable and opened parts, or whose counterpart there is kept by the gold):
a question put in a debate ("Is it not the case that the department cut the grant by 8 percent in
2024?"), a state "until" a date ("released on bail until 4 October" is dated 4 October; the gold keeps
"closed the road until 15 October" as an act), a biography's lead sentence dated by its aside
("… is a chemist … who served as minister from 2004 to 2009"), an appeal dated by the time of the
acts it asks about ("Police are asking drivers who passed … between 1.45am and 2.30am"), and
"Sunday parking was never free" dated by "Sunday".
"""

from __future__ import annotations

from pathlib import Path

from tests.events.own_pages import Reader, reader_tests

_PAGES = Path(__file__).parent / "own_texts_s45"

#: page -> (words of titles a reader would list, words of titles that must not be listed)
_READER: Reader = {
    "01-press-review.txt": (["councils break off negotiations", "rain floods the ring road"], ["leads on", "splashes"]),
    "02-corrections.txt": (["it opens", "steps aside", "born in bradford", "overtops", "goes ahead"],
                           ["says", "say ", "states", "misspel", "misidentif", "first opens", "fail"]),
    "03-live-blog.txt": (["are moved", "cancels all sailings", "makes landfall", "schools across the county close"], []),
    "04-fact-check.txt": (["votes to raise", "comes into force", "raises its prices", "contact the page"],
                          ["doubles parking charges"]),
    "05-sitrep.txt": (["bursts its banks", "state of emergency", "reaches", "bridge collapses", "mobile clinics"], []),
    "06-parliament.txt": (["service in my constituency is withdrawn", "meet the bus operators"], []),
    "07-filing.txt": (["credit agreement", "notifies the board", "joins the company", "issues a press release"], []),
    "08-biography.txt": (["is born", "completes her doctorate", "joins the state petroleum laboratory",
                          "appointed professor", "enters politics", "publishes a memoir", "marries"], []),
    "09-docket.txt": (["files its complaint", "moves to dismiss", "denies the motion", "hears argument"], []),
    "10-qa.txt": (["approves the scheme", "burst under the high street", "urges the board", "switches to meters"], []),
    "11-policy-brief.txt": (["levy is introduced", "lowers the age limit"], []),
    "12-police-release.txt": (["seriously injured", "officers are called", "cordon"], []),
}


test_every_page_is_read, test_a_page_keeps_its_happenings_and_loses_the_fixed_false_events = reader_tests(
    _PAGES, _READER)
