"""Undated acts told between dated ones that no rule read (session 55, issue 12), found on pages of
genres new to the set (a strike chronology, a volcano observatory's log, a hospital's founding
history): a second passive sharing one "was" ("He was court-martialled and dismissed"), a refusal
told with its reason after a comma ("The council refused, saying …"), and people withdrawn or moved
from a place in the passive ("Field teams were withdrawn from the rim"). Each is bounded by its dated
neighbours (from the one before, as the app's story time dates them). Sentences written for this test; names, places, dates and verbs vary."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.test_recall_kinds_s11c import _events, _one


@pytest.mark.parametrize(("text", "word", "begin", "end"), [
    # two passives sharing one "was": the second a happening's, the first maybe not listed
    ("Major Tilden was arrested on 2 May 1917. He was court-martialled and dismissed. The regiment sailed on "
     "9 June 1917.", "court-martialled and dismissed", date(1917, 5, 2), date(1917, 6, 9)),
    ("The clerk was charged on 3 March 1902. He was tried at Leeds and acquitted. He emigrated on 1 May 1903.",
     "tried at leeds", date(1902, 3, 3), date(1903, 5, 1)),
    ("The brewery closed on 30 June 1961. The maltings were sold and demolished. Houses went up on the site "
     "in May 1966.", "sold and demol", date(1961, 6, 30), date(1966, 5, 31)),
    # a refusal with its reason after a comma, or "at first"
    ("Dr Marsh asked the council for a fever hospital on 4 January 1842. The council refused, saying the rates "
     "could not bear it. Her appeal was printed on 4 March 1842.", "council refuses", date(1842, 1, 4), date(1842, 3, 4)),
    ("The heirs asked for the bowl back on 2 May 1958. The museum refused, citing the old sale. The heirs sued "
     "on 9 October 1960.", "museum refuses", date(1958, 5, 2), date(1960, 10, 9)),
    ("The vicar asked the vestry to close the well on 20 August 1854. The members refused at first. The "
     "handle was taken off on 24 August 1854.", "members refuse", date(1854, 8, 20), date(1854, 8, 24)),
    # people withdrawn, relocated or rehoused, with the place
    ("The alert level went to yellow on 5 September 2025. Field teams were withdrawn from the rim. Ash fell "
     "on Ormen on 18 September 2025.", "withdrawn", date(2025, 9, 5), date(2025, 9, 18)),
    ("The river broke its banks on 3 February 1953. Forty families were rehoused in Carrow. The new wall "
     "was begun on 1 June 1953.", "rehoused", date(1953, 2, 3), date(1953, 6, 1)),
])
def test_an_undated_act_between_dated_ones_is_an_event(text: str, word: str, begin: date, end: date) -> None:
    event = _one(_events(text), word)
    assert event.begin == begin and event.end is not None and begin <= event.end <= end


@pytest.mark.parametrize("text", [
    # guards: an active verb after a state ("was tired and dismissed the idea" has an object), an offer
    # withdrawn with no place, a refusal to comment
    "The talks opened on 2 May 1960. The envoy was tired and dismissed the idea. The talks closed on 9 May 1960.",
    "The bid was tabled on 2 May 1960. The offer was withdrawn. The board met on 9 May 1960.",
    "The minister arrived on 2 May 1960. The minister refused to comment, saying talks went on. She left on 9 May 1960.",
])
def test_a_state_a_thing_withdrawn_or_a_patients_refusal_is_no_event(text: str) -> None:
    titles = [e.title.lower() for e in _events(text)]
    assert not any(w in t for t in titles for w in ("tired and", "withdrawn", "refuses")), titles
