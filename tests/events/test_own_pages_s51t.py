"""Three pages of our own on histories a club, a firm or a town prints (session 51, h51t, ``own_texts_s51t``: a
motorsport team's fifty years, a publishing house's centenary and a town twinning association's story;
301–313 words, invented names, written before the extractor was run on them and read, as a dropped folder is,
with no document date given). Each keeps the happenings a reader would list, among them the one this session's
change names: a vessel's "she" after people acted on her ("In 1976 the association bought an old lifeboat, the
Jenny Orme, …. Volunteers restored her over two winters. She crossed the Channel …", titled "Volunteers cross the
Channel" before; ``opening_pronoun._VESSEL_ACTED_ON`` and ``previous_subject``'s "whoever acted on her").

Found on these pages and not fixed: "Lyle died suddenly in 1931, and Edith Harrowgate ran the business alone ….
She introduced the cheap paperback series" titled "Samuel Lyle introduces …" (the subject after ", and" is no
sentence subject to the pronoun rules, and the page tells neither sex but by the pronoun); "the company", "the
firm", "the team" never named as the page's one firm or team ("Fenwright Racing began …", "The publishing house
of Harrowgate & Lyle was founded …"); "Its car finishes fourth" (the team's); the lifeboat's second actor
"Margaret Orme" (the surname given to the nearest person of that name); "Two years later a fire destroyed the
engine shop" dated 1983 for 1988 (two years after 1986, the sentence before); "The team will celebrate … next
spring" dated 2020; "Next month the house will reissue its first book, the ghost stories of 1925, with a new
preface by the current editor, Amira Shah" titled "The house will reissue its first book, Amira Shah" and dated
1925; "when she retired in 1960" given its own event on Peter Harrowgate's appointment.
"""

from __future__ import annotations

from pathlib import Path

from tests.events.own_pages import Reader, reader_tests

_PAGES = Path(__file__).parent / "own_texts_s51t"

#: page -> (words of titles a reader would list, words of titles that must not be listed)
_READER: Reader = {
    "01-motorsport-team-history.txt": (["alan fenwright builds the team's first car", "the team enters its first race",
                                        "the car retires", "the team wins its first national championship",
                                        "pryce leaves", "marta kessel finishes second", "the team moves to a purpose-built factory",
                                        "a fire destroys the engine shop", "dunstan freight buys a half share",
                                        "alan fenwright retires", "alan fenwright dies",
                                        "ruth fenwright becomes chief executive"], []),
    "02-publishing-house-centenary.txt": (["the publishing house is founded", "the firm publishes its first title",
                                           "lyle dies", "edith harrowgate runs the business alone",
                                           "the firm moves to a former chapel", "peter harrowgate joins as an editor",
                                           "peter harrowgate signs the novelist ines rowan",
                                           "a flood ruins its warehouse", "calloway books buys harrowgate & lyle",
                                           "peter harrowgate retires", "the house launches a poetry list",
                                           "the publisher marks its centenary"], []),
    "03-town-twinning-association.txt": (["margaret orme writes to the mayor", "wendle town council votes to twin",
                                          "the charter is signed", "the first exchange takes place",
                                          "the association buys an old lifeboat", "the jenny orme crosses the channel",
                                          "margaret orme steps down as chair", "the ride is first held",
                                          "the association sells the lifeboat", "hélène marchais visits wendle",
                                          "the pandemic stops all visits", "the exchanges resume"],
                                         ["volunteers cross"]),
}


test_every_page_is_read, test_a_page_keeps_its_happenings_and_loses_the_fixed_false_events = reader_tests(
    _PAGES, _READER)
