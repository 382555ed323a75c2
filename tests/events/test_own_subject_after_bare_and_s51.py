"""Two people (or things) each with their own clause and verb, joined by a bare "and" with no comma ("Ames
resigned in May 2010 and Ortiz took over the post"): the second clause is a happening of its own, sharing
the first clause's date, titled by its own subject, and the first clause's title ends before it (session
51, h51r; joined_clauses._OWN_SUBJECT_NO_COMMA). Sentences written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.extracted_events import events_of


@pytest.mark.parametrize(
    "text, title, first, day",
    [
        # a name after an act of leaving
        ("The treasurer stood down in March 2019 and Pauline Greer took over the books.",
         "Pauline Greer takes over the books", "The treasurer stands down", date(2019, 3, 1)),
        # a name with a rank, a light verb
        ("Captain Rourke resigned in 1902 and Lieutenant Hale took command of the company.",
         "Lieutenant Hale takes command of the company", "Captain Rourke resigns", date(1902, 1, 1)),
        # a possessive's noun named in an aside
        ("The headmistress retired in July 1974 and her deputy, Gwen Ayres, took charge of the school.",
         "Gwen Ayres takes charge of the school", "The headmistress retires", date(1974, 7, 1)),
        # the first subject named in an aside before its verb
        ("The club's captain, Rhys Dunmore, resigned in June 2021 and Owen Pryce took over the side.",
         "Owen Pryce takes over the side", "Rhys Dunmore resigns", date(2021, 6, 1)),
        # a death before the "and" (a past too short for '-ed' after three letters)
        ("The farmer died in 1931 and his widow sold the herd at Kelso market.",
         "His widow sells the herd at Kelso market", "The farmer dies", date(1931, 1, 1)),
        # a passive before, a move after
        ("The last trawler was sold in 1968 and the crew moved to the new harbour at Kilrea.",
         "The crew moves to the new harbour at Kilrea", "The last trawler is sold", date(1968, 1, 1)),
        # a mishap, then a name acting on an object; the dated title stops before the name
        ("Our goalkeeper broke his wrist on 4 May 2024 and Sam Hollis played the second half in goal.",
         "Sam Hollis plays the second half in goal", "Our goalkeeper breaks his wrist", date(2024, 5, 4)),
        # (session 57) a personal pronoun opens the clause of its own
        ("Tam sprained his wrist on the ice on 2 February 2023 and we bandaged it at the hut.",
         "We bandage it at the hut", "Tam sprains his wrist", date(2023, 2, 2)),
        ("The storm passed on 9 March 2022 and they repaired the roof of the school.",
         "They repair the roof of the school", "The storm passes", date(2022, 3, 9)),
        ("The guide left the group at the pass on 14 June 2020 and she walked back to the hotel alone.",
         "She walks back to the hotel alone", "The guide leaves the group at the pass", date(2020, 6, 14)),
    ],
)
def test_a_clause_of_its_own_after_a_bare_and(text: str, title: str, first: str, day: date) -> None:
    events = events_of(text)
    titles = [e.title for e in events]
    joined = [e for e in events if e.title == title]
    assert joined and joined[0].begin == day, titles
    assert any(t.startswith(first) and " and " not in t for t in titles), titles


@pytest.mark.parametrize(
    "text, not_title",
    [
        # (guard) two names of one verb: no past verb before the "and"
        ("Ames and Ortiz signed the agreement in May 2010.", "Ortiz signs"),
        # (guard) a name after a name is the second of two, after a past verb
        ("Lorries crossed the bridge on Monday after the councils of Dunmore and Kelby agreed to reopen it.",
         "Kelby agrees"),
        # (guard) a state before the "and", no act
        ("When the club was founded in 1921, it had no ground and the players travelled to every match by bus.",
         "players travel"),
        # (guard) a verb whose "for" tells how long it lasted
        ("The dockers walked out in June 1911 and the port stopped for three weeks.", "port stops"),
        # (guard) a pronoun after a name and a bare "and", no past verb before it: one subject of two
        ("Tom and I painted the hall in May 2019.", "I paint the hall"),
        # (guard) a participle after its noun in a list, not a verb
        ("The port shipped timber, salted fish and the red dye made from the local madder.", "dye makes"),
    ],
)
def test_no_clause_of_its_own(text: str, not_title: str) -> None:
    assert not any(not_title in e.title for e in events_of(text)), [e.title for e in events_of(text)]
