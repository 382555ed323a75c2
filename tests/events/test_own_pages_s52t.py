"""Three pages of our own (session 52, h52t, ``own_texts_s52t``: a football club's season review, a profile
of a charity's founder and a shipping line's history; 307–328 words, invented names, written before the
extractor was run on them and read, as a dropped folder is, with no document date given). Each keeps the
happenings a reader would list, among them the one this session's change names: an opening phrase whose
object is a pronoun ("Under her the line opened a route to Valencia in 1929"), titled "Under her the line
opens …" with the actor "under her the line" before (``titles.finish._past_an_opening_phrase``).

Found on these pages and not fixed: "By Christmas the team sat fourth in the table" titled "The team sat
fourth …" (the past kept) with the actor "the team sat fourth"; "… announced on 30 March 2024 that the
stadium's north stand would be rebuilt over the summer" titled "… would be rebuilt over" (cut after the
preposition; "fires on a bulk carrier off" on the opened part is the same kind); "On the final day, 11 May
2024, Rovers drew 1-1 …" told twice (the day's two expressions); "two of them were lost to mines" with the
actor "two"; "She" on these pages goes to the right woman only because each names one woman at a time
(a given-name lexicon would do it for "Tomas Reyes and Edith Marrable opened …. In 1995 she moved": tried,
not kept this session, see the report).
"""

from __future__ import annotations

from pathlib import Path

from tests.events.own_pages import Reader, reader_tests

_PAGES = Path(__file__).parent / "own_texts_s52t"

#: page -> (words of titles a reader would list, words of titles that must not be listed)
_READER: Reader = {
    "club_season_review.txt": (["harwick rovers finishes the season in seventh place",
                                "harwick rovers appoints tomas verhoeven as head coach", "the board dismisses his predecessor",
                                "rovers sign the winger kofi mensah", "daniel orme agrees a new two-year contract",
                                "the team loses its opening match", "rovers beat the league leaders",
                                "mensah scores both goals", "orme breaks his ankle",
                                "the board sells the defender ruben castell", "verhoeven changes the system",
                                "the side thrashes aldmoor city", "rovers draw 1-1 at kelso park",
                                "supporters vote mensah player of the season"], []),
    "charity_founder_profile.txt": (["edith marrable founds the lantern trust", "marrable is born in hull",
                                     "edith marrable qualifies", "open a weekend club",
                                     "the club closes", "marrable registers the lantern trust as a charity",
                                     "the trust hires its first paid worker, owen tully",
                                     "owen tully opens the trust's second centre",
                                     "wins a national lottery grant", "marrable steps down as chief executive",
                                     "nandakumar succeeds her", "marrable publishes a memoir",
                                     "edith marrable receives an honorary degree", "the government cuts its grant",
                                     "the trust closes two of its centres", "nandakumar launches a public appeal",
                                     "marrable dies", "the trust names its new leeds centre after her"], []),
    "shipping_line_history.txt": (["anders holmqvist buys the iron steamer freya", "holmqvist dies",
                                   "erik takes over the business", "erik holmqvist orders three new ships",
                                   "the firm opens an office in london", "the firm begins a passenger service",
                                   "the company launches its largest ship", "a german submarine sinks the skagen",
                                   "requisitions four of the line's ships", "margit holmqvist becomes managing director",
                                   "margit holmqvist sells the old passenger ships", "the line opens a route to valencia",
                                   "the firm cuts its fleet", "a danish patrol boat rescues the crew",
                                   "the company lays up most of its ships", "margit holmqvist retires",
                                   "the company buys its first container ship", "the board sells the corlund line"],
                                  ["under her"]),
}


test_every_page_is_read, test_a_page_keeps_its_happenings_and_loses_the_fixed_false_events = reader_tests(
    _PAGES, _READER)
