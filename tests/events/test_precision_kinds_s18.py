"""Session eighteen, event precision (#12): kinds of spurious events, each with sentences of our own."""

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events
from explorer.events.modality import is_absence, is_non_happening


def _titles(text: str, day: date | None = date(2025, 5, 4)) -> list[str]:
    doc = Document("a.txt", text, "t", day, "given" if day else "none")
    return [e.title for e in build_events(doc, temporal.tag(text, doc.date))]


@pytest.mark.parametrize("sentence", [
    "The harbour master was asked on Monday whether the quay would reopen, and said it would not.",
    "The mayor, asked on Tuesday about the closure, said nothing.",
    "The minister was asked today for comment.",
    "Olga Brenn, the festival's director and its founder, was asked on Friday why tickets had sold so slowly.",
])
def test_the_question_put_to_someone_is_no_happening(sentence: str) -> None:
    assert not [t for t in _titles(sentence) if "asked" in t]


def test_asked_to_do_something_is_a_demand_and_stays() -> None:
    assert any("asked to resign" in t for t in _titles("The chief executive was asked on Friday to resign."))
    assert not is_non_happening("The club is asked to leave the ground")


@pytest.mark.parametrize("sentence", [
    "The envoy said on Monday that serious differences remain.",
    "Union leaders said on Tuesday that the main obstacles remained.",
])
def test_a_statement_that_something_still_stands_is_no_happening(sentence: str) -> None:
    assert not _titles(sentence)


def test_a_statement_of_what_happened_stays() -> None:
    assert any("sank" in t or "sinks" in t for t in _titles("The coastguard said on Monday that a trawler sank off the point."))


@pytest.mark.parametrize("sentence", [
    "There were no injuries on Friday, the fire service said.",
    "There is still no date for the hearing this month.",
    "While there were no one-off costs in the latest quarter, there was a one-off charge of 4 million in the 2023 quarter.",
])
def test_there_was_no_is_an_absence(sentence: str) -> None:
    assert not [t for t in _titles(sentence) if t.lower().startswith("there")]


def test_an_absence_until_a_date_gives_the_date_to_its_when_clause() -> None:
    titles = _titles("There was no open war between the two kingdoms until 1210 BC, when the young king briefly "
                     "invaded the coast; the old rivals were far too busy elsewhere.", None)
    assert titles == ["The young king briefly invades the coast"]


def test_there_was_a_happening_is_no_absence() -> None:
    assert not is_absence("There is an explosion at the depot")
    assert not is_absence("There is no doubt the roof failed")
    assert is_absence("There are still no buses to the coast")


@pytest.mark.parametrize("title", [
    "The rebels had been unable to hold the bridge",
    "She was unable to attend the hearing",
    "I hope that, whatever happens, the talks go on",
    "The club hopes that the stand will reopen",
])
def test_an_inability_or_a_hope_is_no_happening(title: str) -> None:
    assert is_non_happening(title)


@pytest.mark.parametrize("title", ["Hope Street reopens", "The council is able to reopen the pool after repairs",
                                   "The rebels hold the bridge"])
def test_words_near_those_are_left_alone(title: str) -> None:
    assert not is_non_happening(title)


def test_an_inability_dated_in_a_history_gives_no_event() -> None:
    assert not _titles("The rebels had been unable to hold the bridge at the end of 1917.", None)


@pytest.mark.parametrize("sentence", [
    "Harbour Ferries carried 118,000 passengers on the route last year.",
    "The airport carried 6.2 million passengers across its two terminals in 2023.",
])
def test_a_tally_over_a_period_counted_somewhere_is_no_happening(sentence: str) -> None:
    assert not _titles("The council met on Monday. " + sentence)[1:]


def test_a_count_carried_on_a_day_stays() -> None:
    assert any("40 passengers" in t for t in _titles("The council met on Monday. The ferry carried 40 passengers to "
                                                     "the island on Friday."))


_LIVE = ("Harbour desk: live updates, Friday 7 March 2025\n\n"
         "09:10 Good news: the crane inspection yesterday found no cracks in the jib.\n\n"
         "10:40 The pilot boat went out at 10:15, and the first tanker berths at 13:00.\n\n"
         "11:05 The 10:50 left ten minutes late with 90 on board.\n")


def test_a_live_blogs_stamp_beside_the_entrys_own_date_is_no_second_event() -> None:
    titles = _titles(_LIVE, date(2025, 3, 7))
    assert [t for t in titles if "inspection" in t] == ["The crane inspection finds no cracks in the jib"]


def test_a_stamp_dating_its_own_clause_and_a_named_sailing_stay() -> None:
    doc = Document("a.txt", _LIVE, "t", date(2025, 3, 7), "given")
    events = build_events(doc, temporal.tag(_LIVE, doc.date))
    assert any("pilot boat" in e.title for e in events) and any("tanker" in e.title for e in events)
    assert any("ten minutes late" in e.title for e in events)


@pytest.mark.parametrize("sentence", [
    "The Rovers were promoted in May and have signed six players this summer.",
    "The bakery has opened a dozen branches this year.",
])
def test_a_perfect_tally_counted_in_words_is_no_happening(sentence: str) -> None:
    titles = _titles(sentence, date(2025, 9, 4))
    assert not [t for t in titles if "players" in t or "branches" in t]


def test_two_acts_counted_in_words_stay() -> None:
    assert _titles("The club has signed two strikers this summer.", date(2025, 9, 4))


# Session 57 (h57p): a present perfect of counting or meeting with a count of ten or more, or a share
# of a group told before, undated, is a running total so far (undated_filters._PERFECT_COUNT). Own
# sentences: a charity's update, a quake bulletin, a player's record.
@pytest.mark.parametrize("sentence, word", [
    ("Heavy rain flooded the valley on Monday. The helpline has answered 3,400 calls.", "calls"),
    ("Heavy rain flooded the valley on Monday. Our volunteer drivers have visited 120 households.", "households"),
    ("A strong earthquake struck the coast on Sunday. The network has recorded 212 aftershocks.", "aftershocks"),
    ("Forty villages were cut off on Monday. Our teams have reached 17 of them.", "17"),
    ("Maren Holt joined the club in 2019 and has won eleven caps for her country.", "Holt wins"),
])
def test_a_present_perfect_count_is_a_running_total(sentence: str, word: str) -> None:
    titles = _titles(sentence, date(2025, 10, 3))
    assert titles and not [t for t in titles if word in t], titles


@pytest.mark.parametrize("sentence, word", [
    # guard: a small count is one act
    ("The coastguard has rescued two walkers near the weir.", "walkers"),
    # guard: no counting verb, one act ("has closed 14 roads")
    ("Heavy rain flooded the valley on Monday. The council has closed 14 roads.", "roads"),
])
def test_a_perfect_of_one_act_with_a_count_stays(sentence: str, word: str) -> None:
    assert [t for t in _titles(sentence, date(2025, 10, 3)) if word in t]
