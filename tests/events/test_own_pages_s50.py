"""Four pages of our own in kinds a local paper or a club prints (session 50, h50r, ``own_texts_s50``: a bowls
league's season results, a canal restoration society's newsletter, a sheepdog trial report and a retired
teacher's memoir chapter; 304–342 words, invented names, written before the extractor was run on them and
read, as a dropped folder is, with no document date given). Each keeps the happenings a reader would list,
among them those this session's change reads (``happening_verbs.PLACING``: "Castlegate finished third after
losing their last two matches", "Brandby Reserves came third and will also go up", "Fiona Baird and Nell
finished second with 89 points"; a memoir's clause acting on the writer, "…, and the county appointed me
head teacher").

Happenings still missed on these pages (found, not fixed): an opening act before "and" and a dated or
joined second act when its verb is one the plain rule leaves out ("The chairman, Peter Voss, presented the
trophies and thanked the umpires": only the thanks; "The headmaster, Mr Ellwood, met me at the bus stop and
carried my case", "I took the infants …, and Mr Ellwood taught the older children", "I lodged with the Haigh
family …, and we dug a path": only the second); a clause of its own whose subject is two people joined by
"and" ("…, and Callum Kerr and his four-year-old dog Moss won the open class"); a finishing place after a
subject named in an aside ("…, and the 2024 winner, Hamish Tully, came third"); "when" with a pronoun
subject after a date ("relegated on 30 August, when they lost 81-40", titled into the main act: the gold
sets list such a clause as its own happening once in three, session 50); "It lapsed during the Second World
War"; "drew the winning tickets in the grand raffle"; "When I was thirty I married Tom Garside" (titled
"I am thirty"); "In my first winter the stove in my classroom failed twice, and we held lessons in coats".
Dates found wrong: a year inside a noun phrase taken for the act's ("the 2024 winner, Hamish Tully, came
third" dated 2024); a weekday naming a group ("led the Tuesday party for twenty years", dated that Tuesday
when the page's date is given); clock times of a past day's report dated on the page's own day ("Kerr ran
tenth, shortly after 10am", "The rain stopped at noon", with a document date given). Titles found wrong:
"We were sad to learn that Derek Hume died" titled "Derek Hume dies learn"; "He laid the last coping stone of
Thorne Lock" titled "Thorne Lock lays …"; "She first played in the league in 2019" given "Brandby Reserves";
"Callum Kerr … ran in her first trial" for Eilidh Rose's; "The rain stopped at noon, and the afternoon runs
were faster" titled "The rain stops runs were faster" with a document date given.
"""

from __future__ import annotations

from pathlib import Path

from tests.events.own_pages import Reader, reader_tests

_PAGES = Path(__file__).parent / "own_texts_s50"

#: page -> (words of titles a reader would list, words of titles that must not be listed)
_READER: Reader = {
    "01-bowls-league-season-results.txt": (["the 2025 season ends",
                                            "hensworth park retains the premier division title", "castlegate finishes third",
                                            "brandby reserves comes third", "kelbrook village wins the title",
                                            "castlegate beats hensworth park", "dennis mowl lifts the cup",
                                            "silverdale merges with kelbrook village"], []),
    "02-canal-society-newsletter.txt": (["we reopen thorne lock", "the mayor of braxby cuts the ribbon",
                                         "the heritage fund awards us", "the dellow canal opens",
                                         "the company sells the canal to the railway", "the society is founded",
                                         "derek joins the society"], []),
    "03-sheepdog-trial-report.txt": (["the glenarrow open sheepdog trial is held", "kerr runs tenth",
                                      "fiona baird and nell finish second", "kerr buys moss as a pup",
                                      "the trial is first held", "the trial is revived"], []),
    "04-teacher-memoir-chapter.txt": (["i come to corrie bank", "mr ellwood retires", "the county appoints me head teacher",
                                       "we build a library", "the county closes the school", "we plant a rowan",
                                       "i go back up the hill"], []),
}


test_every_page_is_read, test_a_page_keeps_its_happenings_and_loses_the_fixed_false_events = reader_tests(
    _PAGES, _READER)
