"""A page with no date that tells its days without a year (a log, a season's diary, a yearbook) and
names a year only in an aside about a thing it describes ("The old hut, rebuilt in 1931 after a fire,
held only twenty"): its later yearless days are no days of that year, they stay as yearless as its
first. A page whose days follow a year it tells as their own keeps that year. Sentences are our own.
"""

from __future__ import annotations

import pytest

from explorer.temporal.tagger import tag


def _value(text: str, phrase: str) -> str:
    return next(t.value for t in tag(text) if t.text == phrase)


@pytest.mark.parametrize("text,phrase,value", [
    ("The mill pond froze on 3 January and the children skated for a week. The mill, rebuilt in 1911, "
     "stood silent above it.\n\nIn March the ice broke up, and on 14 April the first boat went out.", "14 April", "XXXX-04-14"),
    ("The choir met again on 6 September. Its organ, restored in 1987 by a firm from Leeds, sounded thin.\n\n"
     "On 2 October the tenors sang the new anthem.", "2 October", "XXXX-10-02"),
    ("June 24: the first party reached the summit. July 19: a record night. The old hut, rebuilt in 1931 "
     "after a fire, held only twenty.\n\nAugust 9: a walker fell on the scree.", "August 9", "XXXX-08-09"),
    ("The shop reopened on 2 May after the floods. The building, which was bought by the family in 1968, "
     "needed a new floor.\n\nIn July the roof was mended.", "July", "XXXX-07"),
])
def test_an_aside_year_dates_no_later_yearless_day(text: str, phrase: str, value: str) -> None:
    assert _value(text, phrase) == value


@pytest.mark.parametrize("text,phrase,value", [
    # the year is the story's own: no yearless day told before it
    ("The mill, rebuilt in 1911, reopened that spring.\n\nIn March the ice broke up, and on 14 April the "
     "first boat went out.", "14 April", "1911-04-14"),
    # the year told as the clause's time, not in an aside
    ("The pond froze on 3 January. In 1911 the mill was rebuilt.\n\nOn 14 April the first boat went out.",
     "14 April", "1911-04-14"),
])
def test_a_year_the_story_stands_on_still_dates_its_days(text: str, phrase: str, value: str) -> None:
    assert _value(text, phrase) == value


@pytest.mark.parametrize("text,phrase", [
    # a step of days or weeks right after the aside's year counts from the yearless day told before it
    ("July 19: a record night at the hut. The old hut, rebuilt in 1931 after a fire, held only twenty. "
     "Three days later the well by the kitchen ran dry.", "Three days later"),
    ("On 4 October the ferry ran aground off the point. The lighthouse, which was built in 1874, had been dark "
     "for a week. Two days later divers reached the hull.", "Two days later"),
    ("The choir met on 6 September. Its organ, restored in 1987 by a firm from Leeds, sounded thin. "
     "A week later the tuner came.", "A week later"),
])
def test_a_step_after_an_aside_year_counts_from_the_day_told(text: str, phrase: str) -> None:
    assert not _value(text, phrase)[:4].isdigit()


def test_a_step_after_a_year_the_story_stands_on_counts_from_it() -> None:
    text = "The pond froze on 3 January. In 1911 the mill was rebuilt. Three days later the wheel turned again."
    assert _value(text, "Three days later").startswith("1911")
