"""Two kinds of dates found on our own pages of session 53 (h53d, ``tests/events/own_texts_s53d``), with new
sentences of our own; each row failed before its change (the guards marked):

- a log that wrote "left at 0400" keeps four-figure clock times a page later: "a storm broke at 1500"
  was the year 1500 once the zero-led time lay more than 400 characters back (and every heading after
  it, "Thursday 14 July", fell in 1831 after "at 1830");
- "that winter" after a year said in a relative clause closed before it ("Old Bram, who had planted the
  orchard in 1961, died that winter") took the aside's year, not the story's.
"""

from __future__ import annotations

import pytest

from explorer.documents.document import Document
from explorer.ingest import extract_document

#: what fills a log between its first clock time and a later one: more than 400 characters of prose
_FILLER = ("The wind dropped in the afternoon and the cook baked bread for the next day's parties. Two walkers "
           "from the valley stopped for tea and left before dark. The warden mended a broken shutter on the "
           "north side, and the boy who carries the post came up with a sack of letters and a crate of apples. "
           "In the evening the guests played cards by the stove until the lamps went out. A fox was seen near "
           "the woodpile, and the dog barked at it for most of the night. ")


def _values(text: str) -> dict[str, str]:
    """Each timex's text and value, read with no page date."""
    timexes = extract_document(Document("own.txt", text, "own"), dct=None).timexes
    return {t.text: t.value for t in timexes}


@pytest.mark.parametrize("text,said,value", [
    ("Ferry log, 2014\n\nMonday 4 August\nWe cast off at 0630 with eleven passengers. " + _FILLER
     + "The engine overheated at 1745 and we drifted for an hour.", "1745", "2014-08-04T17:45"),
    ("Station diary, 2009\n\nFriday 6 March\nThe night shift handed over at 0700. " + _FILLER
     + "The pump failed at 1920, and the engineers worked until dawn.", "1920", "2009-03-06T19:20"),
    ("Camp journal, 1998\n\nSunday 9 August\nThe first rope left at 0350 for the col. " + _FILLER
     + "A rockfall swept the couloir at 1610 but nobody was under it.", "1610", "1998-08-09T16:10"),
])
def test_a_log_s_four_figure_time_stays_a_time_far_from_the_first(text: str, said: str, value: str) -> None:
    assert _values(text)[said] == value


@pytest.mark.parametrize("text,said,value", [
    # guards: with no zero-led time before it, "at 1500" is read as before (a year); after "by", only near it
    ("The museum was founded in 1904. " + _FILLER + "Its collection stood at 1500 by the war.", "1500", "1500"),
    ("Ferry log, 2014\n\nWe cast off at 0630 with eleven passengers. " + _FILLER
     + "The company hopes to run electric boats by 2030.", "2030", "2030"),
])
def test_a_four_figure_number_without_a_log_s_time_near_stays_as_it_was(text: str, said: str, value: str | None) -> None:
    assert _values(text).get(said) == value


@pytest.mark.parametrize("text,said,value", [
    ("The harvest began on 2 September 1987. Old Bram Keller, who had planted the orchard in 1952, died that "
     "winter.", "that winter", "1987-WI"),
    ("The ferry was sold on 14 May 2003. Her captain, who had joined the company in 1979, retired that "
     "autumn.", "that autumn", "2003-FA"),
    ("The new school opened on 8 January 1996. The caretaker, who had come to the village in 1961, left that "
     "summer.", "that summer", "1996-SU"),
    # guards: "that year" is the year just named; a relative clause still open when the season comes
    ("The ferry was sold on 14 May 2003. Her captain, who had joined the company in 1979, retired that year.",
     "that year", "1979"),
    ("The harvest began on 2 September 1987. Old Bram Keller planted the orchard in 1952 and pruned it that "
     "winter.", "that winter", "1952-WI"),
])
def test_a_season_after_a_closed_relative_clause_is_the_story_s(text: str, said: str, value: str) -> None:
    assert _values(text)[said] == value
