"""An undated act told after a dated one takes that one's time when the next date opens another episode
(a later paragraph, more than a season on), and keeps the window between them otherwise
(:mod:`explorer.events.story_window`). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _act(text: str, word: str, dct: date | None = None):
    events = extract_document(Document("a.txt", text, "A"), dct).events
    found = [e for e in events if word in e.title.lower() and not e.timex]
    assert len(found) == 1, [(e.title, e.timex, e.begin, e.end) for e in events]
    return found[0]


@pytest.mark.parametrize(("text", "word", "begin", "end"), [
    ("A gas explosion tore through the pit on the morning of 13 May 1910. Rescuers cleared the fallen roof "
     "and carried nine men to the surface.\n\nA memorial to the dead was unveiled in the square in 1912.",
     "clear", date(1910, 5, 13), date(1910, 5, 13)),
    ("The steamer struck the reef on the night of 2 November 1871. Fourteen passengers drowned.\n\n"
     "Divers found the wreck in June 1969.",
     "drown", date(1871, 11, 2), date(1871, 11, 2)),
    ("The two governments signed a fishing pact in March 2016. Police arrested the captain of a trawler in the bay.\n\n"
     "The pact lapsed in April 2020.",
     "arrest", date(2016, 3, 1), date(2016, 3, 31)),
])
def test_an_act_before_a_new_episode_takes_the_story_s_time(text: str, word: str, begin: date, end: date) -> None:
    act = _act(text, word)
    assert (act.begin, act.end, act.certainty) == (begin, end, "inferred"), act.derivation


@pytest.mark.parametrize(("text", "word", "begin", "end"), [
    # the next date in the same paragraph: the story runs through the window
    ("The lighthouse was automated on 2 May 1991. The keeper opened a shop on the quay. The shop closed "
     "on 30 June 1999.", "shop", date(1991, 5, 2), date(1999, 6, 30)),
    # the next date near: any day of the window (one sentence between: told in the very next sentence,
    # the act is that day's, see test_act_told_right_after_its_day_s52)
    ("The ferry ran aground on 4 March 2019. Her hull split below the waterline. The coastguard winched nine "
     "passengers to safety.\n\nSalvage crews refloated the hull on 11 March 2019.", "winch", date(2019, 3, 4),
     date(2019, 3, 11)),
    # an earlier neighbour dated only by a year: background as often as the story's time
    ("The mill was bought by a trust in 2015. Volunteers cleared the millpond.\n\nThe mill reopened as a "
     "museum on 30 September 2019.", "clear", date(2015, 1, 1), date(2019, 9, 30)),
])
def test_an_act_the_story_runs_on_from_keeps_its_window(text: str, word: str, begin: date, end: date) -> None:
    act = _act(text, word)
    assert (act.begin, act.end) == (begin, end), act.derivation


def test_an_act_after_a_start_keeps_its_window() -> None:
    act = _act("The dockers' strike began on 3 May 1926. Pickets blocked the gates.\n\nThe strike ended in "
               "November 1926.", "block")
    assert act.end != date(1926, 5, 3), act.derivation
