"""Kinds of false and missed events found on session fifteen's fresh articles (issue 12, events):
each rule is stated in general terms in the module that holds it and checked here on sentences
written for this file, in several phrasings; none names anything from a gold article, a web page or
a corpus. Most cases failed before their rule; the others hold what must stay (a count of people
still splits, a denial of an accusation stays) or phrasings the older rules already read."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.modality import frames_no_happening, is_non_happening
from explorer.ingest import extract_document

_LEAD = "Valley news\n\nIt was a hard season in the valley. "
_TAIL = " The council met again later."


def _events(text: str):
    return list(extract_document(Document("a.txt", _LEAD + text + _TAIL, "t"), dct=date(2024, 9, 1)).events)


def _with(events, stem: str):
    return [e for e in events if stem in e.title.lower()]


# ------------------------------------------- "burst" is a bare-form past, as "broke" is


@pytest.mark.parametrize(("text", "stem"), [
    ("When the canal burst its banks on 2 March, the mayor closed the towpath.", "closes the towpath"),
    ("On 2 March the canal burst its banks and the mayor closed the towpath.", "closes the towpath"),
    ("A water main burst on Tuesday and flooded the market square.", "floods the market square"),
])
def test_a_burst_tells_its_own_happening_and_leaves_the_others_theirs(text: str, stem: str) -> None:
    events = _events(text)
    assert _with(events, "bursts"), [e.title for e in events]
    assert _with(events, stem), [e.title for e in events]


# ------------------------------------------- a quantity of a measure is no second happening


@pytest.mark.parametrize("text", [
    "The gale arrived on 14 November and brought 70 mm of rain.",
    "The flood peaked on 3 February and reached 4 metres at the weir.",
    "The heatwave began on 2 July and lasted 9 days.",
])
def test_a_measure_told_after_and_is_no_second_happening(text: str) -> None:
    events = _events(text)
    assert len(events) == 1, [e.title for e in events]


def test_a_count_of_people_or_things_still_tells_a_second_happening() -> None:
    events = _events("The cannery reopened in May 2023 and hired 80 staff.")
    assert len(events) == 2, [e.title for e in events]


def test_a_length_in_a_day_is_no_rate() -> None:
    events = _events("The gale arrived on 14 November and brought 70 mm of rain in a day.")
    assert _with(events, "arrives"), [e.title for e in events]


# ------------------------------------------- a new subject after "and", with no comma


@pytest.mark.parametrize(("text", "first", "second"), [
    ("On 2 March the canal burst its banks and the mayor closed the towpath.", "canal", "mayor"),
    ("In April a gale tore the roof from the depot and the company cancelled its night buses.", "gale", "company"),
    ("On Friday the ferry lost an engine and the coastguard sent a tug.", "ferry", "coastguard"),
    ("The village lost its school in 1998 and the county closed the post office.", "school", "county"),
])
def test_a_clause_with_a_subject_of_its_own_after_and_is_a_happening(text: str, first: str, second: str) -> None:
    events = _events(text)
    assert _with(events, first) and _with(events, second), [e.title for e in events]
    assert _with(events, second)[0].begin == _with(events, first)[0].begin


def test_two_subjects_of_one_verb_give_one_happening() -> None:
    events = _events("The mayor and the council closed the towpath on 2 March.")
    assert len(events) == 1, [e.title for e in events]


# ------------------------------------------- a passive joined to a dated clause takes its time


@pytest.mark.parametrize(("text", "stem", "month"), [
    ("The storm reached the coast on 4 May, and the harbour master was injured.", "injured", 5),
    ("The union struck in June, and the plant manager was dismissed.", "dismissed", 6),
    ("The virus shut the border that month, and the festival was suspended.", "suspended", 9),
])
def test_a_passive_after_a_comma_and_takes_the_time_of_the_dated_clause(text: str, stem: str, month: int) -> None:
    events = _events(text)
    told = _with(events, stem)
    assert told and told[0].begin is not None and told[0].begin.month == month, [(e.title, e.begin) for e in events]


# ------------------------------------------- "May" the month is no modal


@pytest.mark.parametrize("title", [
    "Work starts in May and ends in June",
    "The storm hits the coast in May after a dry spring",
    "The society sells the hall in May to a developer",
])
def test_the_month_may_is_no_modal(title: str) -> None:
    assert not is_non_happening(title)


def test_the_modal_may_still_tells_a_possibility() -> None:
    assert is_non_happening("The council may close the bridge")


def test_a_happening_after_a_date_in_may_is_read() -> None:
    events = _events("The storm reached the coast on 4 May, and the lifeboat crew was injured.")
    assert _with(events, "injured"), [e.title for e in events]


# ------------------------------------------- beliefs, inverted conditions, denials of one's own knowledge


@pytest.mark.parametrize("before", [
    "For years the family assumed that the ferryman had ",
    "Police believed the driver had ",
    "Neighbours feared that the old mill had ",
])
def test_a_happening_told_as_a_belief_is_not_told(before: str) -> None:
    assert frames_no_happening(before)


@pytest.mark.parametrize("before", [
    "She thought about it for a week and ",
    "The board, which believed in the plan, ",
])
def test_a_belief_that_does_not_frame_the_verb_leaves_it(before: str) -> None:
    assert not frames_no_happening(before)


@pytest.mark.parametrize("text", [
    "For decades the village assumed that the ferryman had drowned in the flood.",
    "Police believed the driver had fled abroad on Monday.",
    "Had the council acted on 4 May, the bridge would have stood.",
    "Had the patient been tested on 5 June, treatment could have begun at once.",
    "The treasurer denied any knowledge of the payments on Monday.",
    "On Friday the coach denied knowing the agent.",
])
def test_beliefs_inverted_conditions_and_denials_of_knowing_give_no_event(text: str) -> None:
    assert not _events(text), [e.title for e in _events(text)]


def test_a_denial_of_an_accusation_stays_a_happening() -> None:
    assert _with(_events("The treasurer denied the allegations on Monday."), "denies")


# ------------------------------------------- "every" or "each" before a day: a habit


@pytest.mark.parametrize("text", [
    "The two sisters wrote to each other every Christmas.",
    "The choir sings in the square every Easter.",
    "The ferry sails to the island each Sunday.",
])
def test_a_day_after_every_or_each_gives_no_event(text: str) -> None:
    assert not _events(text), [e.title for e in _events(text)]


def test_a_holiday_without_every_stays() -> None:
    assert _events("The choir sang in the square at Easter.")


# ------------------------------------------- a hope's date is not the date of another clause


@pytest.mark.parametrize("text", [
    "I have written to the county archive and hope to hear from them this summer.",
    "The club has applied for a grant and hopes to open the hall next spring.",
    "The widow wishes to sell the farm in October.",
])
def test_the_date_of_a_hope_gives_no_event(text: str) -> None:
    assert not [e for e in _events(text) if e.timex], [(e.title, e.timex) for e in _events(text)]


# ------------------------------------------- two periods named as the subject of a description


@pytest.mark.parametrize("text", [
    "May and September are best: warm, and quieter than August.",
    "June and July were wetter than usual.",
])
def test_periods_described_together_give_no_event(text: str) -> None:
    assert not _events(text), [e.title for e in _events(text)]


# ------------------------------------------- any count is an object; a length of time is none


def test_a_count_in_words_is_an_object_of_its_own_clause() -> None:
    events = _events("When the canal burst its banks on 2 March, the council evacuated forty homes.")
    assert _with(events, "evacuates forty homes"), [e.title for e in events]


def test_a_length_of_time_is_no_object() -> None:
    events = _events("The captain broke her ankle on 8 February and missed seven weeks.")
    assert not _with(events, "misses"), [e.title for e in events]


def test_a_date_in_the_clause_is_no_count_of_a_tally() -> None:
    events = _events("We left the hut at 5 a.m. on 14 June 2023 and reached the summit by noon.")
    assert [e for e in events if e.timex == "noon"], [(e.title, e.timex) for e in events]


# ------------------------------------------- news told in the present perfect


@pytest.mark.parametrize(("text", "stem"), [
    ("The coastguard has rescued two anglers near the point.", "rescues two anglers"),
    ("Harbour police have closed the coast road at Penmoor.", "police close the coast road"),
    ("The supplier has offered the tenants £200 for the delay.", "offers the tenants"),
    ("The depot has since replaced all its diesel buses.", "the depot replaces all its diesel buses"),
])
def test_a_one_off_act_told_in_the_perfect_is_a_happening(text: str, stem: str) -> None:
    # titled as a headline tells it, in the present ("has rescued" -> "rescues")
    assert _with(_events(text), stem), [e.title for e in _events(text)]


@pytest.mark.parametrize("text", [
    "The chain has opened 14 branches since 2012.",
    "The council has repainted the bandstand every summer.",
    "We have written to the council.",
    "The coalition has survived two earlier crises.",
    "The airline has reduced the number of its night flights sharply.",
    "Its debts most likely have played a part in the decision.",
    "The depot has replaced its buses, and the new fleet arrived in March.",
])
def test_a_tally_a_habit_a_first_person_or_a_perfect_beside_a_dated_clause_is_none(text: str) -> None:
    assert not [e for e in _events(text) if not e.timex], [e.title for e in _events(text)]


def test_a_perfect_in_the_opening_sentence_sums_up_the_news() -> None:
    text = ("Museum names a director\n\nThe county museum trust has appointed Ada Brenn as its director, the trust "
            "announced in a statement to members, to staff and to the volunteers who run its three small sites in the "
            "valley.\nThe trustees chose her from four candidates on Tuesday. Brenn takes up the post on 1 October.")
    # (session nineteen: the body tells the choice with its day, so the lede only sums it up; a lede told
    # once, with no day of the news after it, is kept: see test_recall_kinds_s19)
    events = list(extract_document(Document("a.txt", text, "t"), dct=date(2024, 9, 1)).events)
    assert not [e for e in events if "appoint" in e.title.lower()], [e.title for e in events]
