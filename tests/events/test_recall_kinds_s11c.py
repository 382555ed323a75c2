"""Dates of happenings told in an "after" or "before" clause of a dated sentence (session eleven,
issue 12, recall-three): the clause orders its happening against the main clause's date, so an
"after" happening ends there and a "before" one begins there. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.clause_order import AFTER_MARK, BEFORE_MARK, FRAMED_MARK, clause_mark
from explorer.ingest import extract_document

_LEAD = "News in brief\n\n"


def _events(text: str):
    return list(extract_document(Document("a.txt", _LEAD + text, "t"), dct=date(2024, 9, 1)).events)


def _one(events, word: str):
    found = [e for e in events if word in e.title.lower()]
    assert len(found) == 1, [(e.title, e.begin, e.end) for e in events]
    return found[0]


@pytest.mark.parametrize(("text", "word", "begin", "end"), [
    # told in an "after" clause with a subject of its own: between the story's last date and the main clause's
    ("The harbour authority dredged the channel on 6 April 2018. The ferry line cancelled its winter timetable "
     "on 19 September 2018 after the operator retired two vessels. Services resumed on 2 March 2019.",
     "retire", date(2018, 4, 6), date(2018, 9, 19)),
    ("The orchestra toured Japan in spring 2015. The conductor quit on 11 November 2015 after the trustees "
     "rejected his budget. A successor was named on 30 January 2016.",
     "reject", date(2015, 3, 1), date(2015, 11, 11)),
    # a notable occurrence in an "after" clause
    ("Inspectors visited the mine on 8 February 2012. The owners sealed the lower shaft on 14 August 2012 "
     "after the tunnel collapsed. Production restarted on 3 December 2012.",
     "collapse", date(2012, 2, 8), date(2012, 8, 14)),
])
def test_an_after_clause_happening_ends_at_its_main_clause(text: str, word: str, begin: date, end: date) -> None:
    event = _one(_events(text), word)
    assert (event.begin, event.end) == (begin, end)
    assert event.certainty == "inferred"


def test_with_no_earlier_date_an_after_clause_opens_at_its_main_dates_granule() -> None:
    events = _events("The bakery closed its second shop in October 2017 after the council doubled the rent. "
                     "It reopened on 5 May 2018.")
    event = _one(events, "double")
    assert (event.begin, event.end) == (date(2017, 10, 1), date(2017, 10, 31))


def test_a_date_opening_the_sentence_frames_its_after_clause() -> None:
    # "In July 2016, after …, the club …": the clause's happening took place in July 2016 too
    events = _events("The club opened a new stand on 2 April 2016. In July 2016, after the manager resigned, "
                     "the club appointed his assistant. The season began on 13 August 2016.")
    event = _one(events, "resign")
    assert (event.begin, event.end) == (date(2016, 7, 1), date(2016, 7, 31))


def test_a_before_clause_happening_begins_at_its_main_clause() -> None:
    # the last sentence: no later date, so it closes with the main date's own granule (before: undated)
    events = _events("The charity bought the farmhouse on 1 June 2009. It repaired the barn in March 2011 "
                     "before the volunteers planted an orchard.")
    event = _one(events, "plant")
    assert (event.begin, event.end) == (date(2011, 3, 1), date(2011, 3, 31))


def test_a_jump_back_in_time_does_not_open_an_after_clause_window() -> None:
    # the story's last date is later than the main clause's: no honest opening, the main date's granule
    events = _events("The station was rebuilt in 1994. It had first closed in May 1971 after a fire gutted "
                     "the booking hall.")
    event = _one(events, "gut")
    assert (event.begin, event.end) == (date(1971, 5, 1), date(1971, 5, 31))


@pytest.mark.parametrize(("sentence", "verb", "mark"), [
    ("They closed it on 3 May after the roof collapsed.", "collapsed", AFTER_MARK),
    ("They closed it on 3 May before the inspectors arrived.", "arrived", BEFORE_MARK),
    ("On 3 May, after the roof collapsed, they closed it.", "collapsed", FRAMED_MARK),
    # a word of another clause, or no order in time
    ("They closed it after lunch on 3 May, and the inspectors arrived.", "arrived", None),
    ("The hall named after the founder opened on 3 May.", "opened", None),
])
def test_the_clause_mark(sentence: str, verb: str, mark: str | None) -> None:
    dates = [(sentence.index("3 May"), sentence.index("3 May") + len("3 May"))]
    assert clause_mark(sentence, 0, sentence.index(verb), dates) == mark


# ------------------------------------------ an undated plain past act told between dated happenings


@pytest.mark.parametrize(("text", "word", "begin", "end"), [
    ("The ferry ran aground off the headland on 4 March 2019. The coastguard winched nine passengers to "
     "safety. Salvage crews refloated the hull on 11 March 2019.",
     "winch", date(2019, 3, 4), date(2019, 3, 4)),  # the very next sentence: that day (session 52, story_day)
    ("The council bought the derelict mill on 2 June 2015. Volunteers cleared the millpond. The mill "
     "reopened as a museum on 30 September 2016.",
     "clear", date(2015, 6, 2), date(2016, 9, 30)),
])
def test_a_plain_past_act_between_dated_sentences_is_bounded_by_them(text: str, word: str, begin: date, end: date) -> None:
    event = _one(_events(text), word)
    assert (event.begin, event.end) == (begin, end)
    assert event.certainty == "inferred"


def test_a_plain_past_act_the_neighbours_cannot_bound_is_kept_undated() -> None:
    # the text jumps back after it: no story time to tell it in, so it claims no date (session 28: it was
    # left out, which lost acts a reader lists), and the month after it keeps its own date
    events = _events("The league was founded on 3 May 1921 and folded on 20 July 1934. The treasurer "
                     "auctioned the trophies. In March 1920 the founders had drafted a charter.")
    auction = _one(events, "auction")
    assert (auction.begin, auction.end, auction.certainty) == (None, None, "undated")
    charter = _one(events, "charter")
    assert (charter.begin, charter.end) == (date(1920, 3, 1), date(1920, 3, 31))


def test_a_past_form_is_not_read_into_the_subject() -> None:
    # "The tenants experienced" is no subject of "mixed": the sentence tells a state, not an act
    events = _events("The landlord raised the rent on 1 April 2020. The tenants experienced mixed feelings "
                     "about it. The building was sold on 9 October 2020.")
    assert not [e for e in events if "mix" in e.title.lower()], [e.title for e in events]


@pytest.mark.parametrize(("text", "title"), [
    ("Iraq invaded Kuwait on 2 August 1990. President Bush sent U.S. troops to Saudi Arabia. The Security "
     "Council met on 14 August 1990.", "President Bush sends U.S. troops to Saudi Arabia"),
    ("The rebels took the airport on 3 May 2004. The government asked U.N. observers to leave. The rebels "
     "withdrew on 20 May 2004.", None),  # asked to act: no happening of its own (see above)
    ("The storm reached the coast on 9 October 2016. The county opened U.S. Route 17 to traffic. Power "
     "returned on 12 October 2016.", "The county opens U.S. Route 17 to traffic"),
])
def test_a_plain_past_act_keeps_an_abbreviation_in_its_object(text: str, title: str | None) -> None:
    """The object of a plain past act runs on past an initial's full stop ("U.S.", "U.N."): the
    title was "President Bush sends U", cut where the abbreviation's first stop stands."""
    titles = [e.title for e in _events(text)]
    assert not any(t.endswith((" U", " U.")) for t in titles), titles
    if title is not None:
        assert title in titles, titles
