"""Three pages of our own (session 53, h53t, ``own_texts_s53t``: an amateur theatre company's season review,
a profile of an inventor and a trade union branch's history; 295–311 words, invented names, written before
the extractor was run on them and read, as a dropped folder is, with no document date given). Each keeps
the happenings a reader would list, among them four this session's changes name, each wrong on 6599e010:
"The trustees raised £48,000 to repair it, and it reopened on 6 October" was "It reopens" with the actor
the theatre company, "… rebuild it, and it reopened in 1942" was "The raid reopens", "Friends lent the
couple money to rebuild it, and it reopened" was "The couple money reopens" (titles.rebuilt_things), and
"Her daughter Ruth joined the business in 1968. She … opened an office in Rotterdam" was Hester Vane's, the
firm "Pike & Vane" in the sentence before read as a mention of her (titles.pronouns._someone_else_lately).

Found on these pages and not fixed: "The autumn opener, a revival of …, moved" titled "Opener moves …"
(the determiner and its adjective lost) with "Hobson" and "Choice" as actors (a quoted title with a
possessive cut in two); "'The Salt House', written by …, opened on 2 May" titled 'The Salt House" opens'
(a stray quote mark); "within ten years manufacturers in six countries paid Pike & Vane to use it" titled
"The firm patents the switch manufacturers" (a second date of the sentence given the first clause's
title); "in 1993, aged 72, she patented a child-proof lid" titled "Aged 72"; "He sat on the town council
from 1934" titled "Frank Rudd sat …" (the past kept, as s52t's "The team sat fourth"); "born in Hollin upon
Tarne" gives "Tarne" alone as an actor (a place with a lower-case joiner cut at the joiner); "The company
was sold to Ardent Appliances" has the daughter "Ruth" as its first actor.
"""

from __future__ import annotations

from pathlib import Path

from tests.events.own_pages import Reader, reader_tests

_PAGES = Path(__file__).parent / "own_texts_s53t"

#: page -> (words of titles a reader would list, words of titles that must not be listed)
_READER: Reader = {
    "theatre_season_review.txt": (["the wenlow players end their season", "a burst water main floods the old corn hall",
                                   "the trustees raise £48,000 to repair it", "the old corn hall reopens",
                                   "audiences come back quickly", "the run sells 1,900 tickets",
                                   "the company stages its first touring production",
                                   "miriam oduya breaks her wrist during a rehearsal",
                                   "hands production to her deputy, tom castell",
                                   "he cuts the cast from fourteen to nine", "brede sends the script to the company",
                                   "the players appoint their first paid administrator, leah minto",
                                   "the company signs a five-year lease", "ticket prices rise by a pound",
                                   "next season opens"], ["it reopens"]),
    "inventor_profile.txt": (["hester vane is born in hollin upon tarne",
                              "hester vane joins the ministry of supply as a draughtswoman",
                              "hester vane designs a pressure relief valve", "vane marries the engineer walter pike",
                              "the couple sets up pike & vane", "a fire destroys the workshop",
                              "the workshop reopens within five months", "the firm patents the switch",
                              "ruth joins the business", "ruth opens an office in rotterdam", "walter pike dies",
                              "the company is sold to ardent appliances", "hester vane dies in marsham",
                              "the marsham institute of engineers awards her its gold medal",
                              "the town names its new library after her"],
                             ["the couple money reopens", "hester vane opens an office"]),
    "union_branch_history.txt": (["the carrow docks branch is founded", "dockers strike for six weeks",
                                  "the employers bring in labourers from inland", "police escort them",
                                  "the branch wins a guaranteed half-day's pay", "frank rudd leads the branch",
                                  "a raid destroys the branch office on quay street",
                                  "members rebuild it with timber from the wrecked sheds", "the branch office reopens",
                                  "the dock labour scheme ends casual hiring",
                                  "the port authority builds a container terminal downriver",
                                  "the old wharves close one by one", "women join the branch",
                                  "the members elect janet okoro as branch secretary",
                                  "janet okoro negotiates the branch's first redundancy agreement",
                                  "the branch merges with the union's carrow road haulage branch",
                                  "its banner is painted", "members march behind a copy of it"],
                                 ["the raid reopens"]),
}


test_every_page_is_read, test_a_page_keeps_its_happenings_and_loses_the_fixed_false_events = reader_tests(
    _PAGES, _READER)
