"""Issue 12, session thirty-six: titles and actors on our own passages in fourteen genres not taken
from the gold set (:mod:`tests.events.own_genres_s36b`), scored by the gold set's written rule
(``tests/gold/score.py``): the title names the actor and the predicate, and one of the event's actors
is the actor."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events.own_genres_s36b import ROWS
from tests.events.own_genre_events import actor_is_readers, event_for, title_is_readers

#: (passage start, expression) -> reason, for rows the extractor still gets wrong.
XFAIL: dict[tuple[str, str], str] = {
    ("Northgate 2 Eastfield 1. Playe", "Saturday 14 September 2024"):
        "a report line without its subject ('Played on …') lists no event",
    ("Dear parents, Year 6 will visi", "Friday 7 March 2025"):
        "a name ending in a number ('Year 6') is cut before the number in the actors",
    ("The lifeboat was launched at 0", "9 September 2024"):
        "'at 03:40 on 9 September' is read as two expressions; the event goes to the clock time",
    ("Profit before tax fell to £31 ", "the first half of 2024"):
        "a period's share before a fronted told clause ('…, X said') lists no event for it",
    ("Q: What happened on 4 June 201", "4 June 2019"):
        "the question's date is not given to the answer's act",
}



@pytest.mark.parametrize("genre, text, expression, actor, predicate", ROWS)
def test_the_title_and_the_actor_are_the_reader_s(tmp_path: Path, genre: str, text: str, expression: str,
                                                   actor: str, predicate: str) -> None:
    reason = XFAIL.get((text[:30], expression))
    event = event_for(tmp_path, text, expression)
    if reason and (event is None or not (title_is_readers(event, actor, predicate) and actor_is_readers(event, actor))):
        pytest.xfail(reason)
    assert event is not None, "no event"
    assert title_is_readers(event, actor, predicate), event.title
    assert actor_is_readers(event, actor), event.actors
