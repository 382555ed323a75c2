"""An undated act told in the very next sentence after a day, in a history (no page date, a story told by
years), takes that day (session 53, h53d; ``story_time.carry_story_time`` asking
``day_just_told.told_in_the_next_sentence``). Carried at the story's current time, the day had been
widened to the rest of its month (in the opened and readable parts, three writers' sets: "Shortly after
midnight on the 12th, a section of the wall slid away ... Sixty-one people died" was 12–28 February 1931,
"Two of the crew were drowned" after "came on 2 February 1958" 2–28 February). Our own sentences; each
failed before (the guards marked).
"""

from __future__ import annotations

import pytest

from tests.events.extracted_events import events_of


def _span(text: str, words: str) -> tuple[str, str]:
    found = [e for e in events_of(text) if words in e.title.lower()]
    assert len(found) == 1, [(e.title, e.begin, e.end) for e in events_of(text)]
    return str(found[0].begin), str(found[0].end)


@pytest.mark.parametrize("text,words,span", [
    ("The Marrow Bridge\n\nThe bridge was built in 1871. It was widened in 1902. On 4 March 1937 a barge struck "
     "the middle pier. Two workmen drowned. A new pier was finished in 1939.", "two workmen drown",
     ("1937-03-04", "1937-03-04")),
    ("Bellhaven Mill\n\nThe mill opened in 1822. Its roof was replaced in 1880. Early on 9 October 1911 a spark "
     "set the drying loft alight. The town brigade arrived too late. The mill was rebuilt in 1913.",
     "the town brigade arrives too late", ("1911-10-09", "1911-10-09")),
    ("The Corran Light\n\nThe tower was lit in 1850. A second keeper was added in 1888. On 17 January 1925 the "
     "supply boat capsized in the sound. Two of her crew were drowned. The boat was replaced in 1927.",
     "two of her crew are drowned", ("1925-01-17", "1925-01-17")),
])
def test_an_act_told_right_after_a_day_takes_that_day(text: str, words: str, span: tuple[str, str]) -> None:
    assert _span(text, words) == span


@pytest.mark.parametrize("text,words,span", [
    # guards: a word of time passing, or a sentence further on, keeps the story's month
    ("The Marrow Bridge\n\nThe bridge was built in 1871. It was widened in 1902. On 4 March 1937 a barge struck "
     "the middle pier. Two workmen later drowned. A new pier was finished in 1939.", "two workmen",
     ("1937-03-04", "1937-03-31")),
    ("Bellhaven Mill\n\nThe mill opened in 1822. Its roof was replaced in 1880. Early on 9 October 1911 a spark "
     "set the drying loft alight. The flames spread to the store. The town brigade arrived too late. The mill "
     "was rebuilt in 1913.", "the town brigade arrives too late", ("1911-10-09", "1911-10-31")),
])
def test_an_act_told_with_time_passing_keeps_the_story_s_month(text: str, words: str, span: tuple[str, str]) -> None:
    assert _span(text, words) == span
