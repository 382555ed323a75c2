"""Who acted in an aside, and what an aside's participle tells of (session 59, found on a probe page
of our own, a harbour authority's notes).

- An object relative whose subject the title names ("The new bridge, which the council opened in
  March, has already cracked" titled "The council opens the new bridge") gives that subject as the
  actor, not the sentence's main verb ("has") nor its main subject.
- A participle aside after "<work> on/to/of <thing>" tells of the thing when only a thing undergoes it
  ("Work on the north breakwater, damaged by a gale in January, resumed in June": the breakwater is
  damaged), of the work otherwise ("Dredging of the channel, delayed by storms, …").
- Its "is/are" agrees with the head noun, not the last word ("Repairs to the east pier, begun in May":
  the repairs are begun). Our own sentences."""

from __future__ import annotations

import pytest

from tests.events.test_titles_kinds_s15 import _event
from tests.events.titled import title_at


@pytest.mark.parametrize(("text", "expression", "title", "actor"), [
    ("The new bridge, which the council opened in March, has already cracked.", "March",
     "The council opens the new bridge", "the council"),
    ("The library, which the trust bought in 2019, has closed.", "2019", "The trust buys the library", "the trust"),
    ("The hall, which volunteers restored in 2012, will reopen next year.", "2012",
     "Volunteers restore the hall", "volunteers"),
    # guard: the aside's subject is already the title's when it is read where the title's words stand
    ("The statue, which the town unveiled in May, was stolen last week.", "May", "The town unveils the statue",
     "the town"),
])
def test_the_subject_of_an_object_relative_is_its_actor(text: str, expression: str, title: str, actor: str) -> None:
    event = _event(text, expression)
    assert event.title == title
    assert event.actors[:1] == (actor,), event.actors


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    ("Work on the north breakwater, damaged by a gale in January, resumed in June.", "January",
     "The north breakwater is damaged by a gale"),
    ("Restoration of the old chapel, burned in 1921, began last spring.", "1921", "The old chapel is burned"),
    ("Repairs to the lock gates, built in 1794, will take a year.", "1794", "The lock gates are built"),
    ("Repairs to the east pier, begun in May, were completed on 18 July.", "May", "Repairs to the east pier are begun"),
    # guard: a participle said of the work stays with the work
    ("Dredging of the approach channel, delayed by storms in the spring, finished on 3 August.", "the spring",
     "Dredging of the approach channel is delayed by storms"),
    # guard: no work head, the noun is the aside's
    ("The tower of the mill, damaged by a bomb in 1941, was rebuilt in 1950.", "1941",
     "The tower of the mill is damaged by a bomb"),
])
def test_a_participle_aside_tells_of_the_thing_worked_on_or_of_the_work(sentence: str, expression: str,
                                                                      title: str) -> None:
    assert title_at(sentence, expression) == title
