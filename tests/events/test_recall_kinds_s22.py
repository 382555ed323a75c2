"""Events recall, session twenty-two (issue 12): kinds of act a reader lists that were missed.

A passive told of one someone described by their age ("A 34-year-old man was later arrested"), as a
police report or a court list tells whom it arrested or charged: one happening to one person, as "A
teenager was arrested" is. The people of the clause before moving to a place in a clause of their
own ("…married a ferryman, and the couple moved back to the island"): a happening after the one they
shared, where "the two" going on with it ("…, and the two discussed trade") is not. An entry's act
told in the historical present on a line a date stamp opens ("March 2019: … The quarry company sends
two lorries up the pass", "4 July. Rain all day. Petra twists her ankle"): read as its past would be,
at the entry's time. Sentences written for this test; none names anything from a gold article or
a corpus."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.occurrences import iter_occurrences
from explorer.ingest import extract_document


def _events(text: str):
    return list(extract_document(Document("a.txt", "Town notes\n\n" + text, "t"), dct=date(2025, 6, 30)).events)


def _words(sentence: str) -> list[str]:
    return [o.word for o in iter_occurrences(sentence, 0, len(sentence))]


# ---------------------------------------------------------------- a passive of one someone told by an age


@pytest.mark.parametrize(("sentence", "word"), [
    ("A 34-year-old man was later arrested in the park.", "arrested"),
    ("A 52-year-old driver was charged with careless driving.", "charged"),
    ("A 19-year-old woman was injured when the bus braked.", "injured"),
    # (not "An 80-year-old pedestrian was killed": a killing was an occurrence before this rule)
    ("A 67-year-old walker was rescued from the ridge.", "rescued"),
])
def test_a_passive_happening_to_one_someone_of_an_age_is_an_occurrence(sentence: str, word: str) -> None:
    assert word in " ".join(_words(sentence))


def test_an_aged_someones_arrest_is_an_event_between_its_dated_neighbours() -> None:
    events = _events("Officers were called to the quay on 3 May 2025. A 41-year-old man was later arrested in the "
                     "market square. The court heard the case on 9 May 2025.")
    arrests = [e for e in events if "arrest" in e.title.lower()]
    assert len(arrests) == 1, [e.title for e in events]
    # (placed in the story between the two dates: on the first one's day, or bounded by both)
    assert date(2025, 5, 3) <= arrests[0].begin <= arrests[0].end <= date(2025, 5, 9)


@pytest.mark.parametrize("sentence", [
    # many people told by a plural, with an age: a statistic, not one happening
    "A few 18-year-old drivers were injured in the towns.",
    "A dozen 70-year-old residents were evacuated from the towns.",
])
def test_a_passive_of_many_of_an_age_is_no_occurrence(sentence: str) -> None:
    assert _words(sentence) == []


# ---------------------------------------------------------------- the couple of the clause before moves


def _joined(sentence: str) -> list[str]:
    from explorer.events.joined_clauses import iter_joined_clauses

    return [title for _, title in iter_joined_clauses(sentence, 0, len(sentence))]


@pytest.mark.parametrize(("sentence", "title"), [
    ("In 1958 she married a ferryman, and the couple moved back to the island.", "The couple moves back to the island"),
    ("They met at a dance in 1931, and the pair emigrated to Canada.", "The pair emigrates to Canada"),
    ("He married a teacher in 1972; the couple later returned to the valley.", "The couple returns to the valley"),
])
def test_a_couple_moving_to_a_place_after_the_clause_before_is_a_happening_of_its_own(sentence: str, title: str) -> None:
    assert title in _joined(sentence)


@pytest.mark.parametrize("sentence", [
    # the act of the meeting goes on: the same happening
    "She met the envoy on Monday, and the two discussed the harbour fees.",
    # a state of the couple, not a move
    "He married a nurse in 1950, and the couple lived in the old mill for forty years.",
])
def test_the_pair_going_on_with_the_clause_before_or_in_a_state_is_no_happening_of_its_own(sentence: str) -> None:
    assert not any(t.startswith(("The two", "The couple")) for t in _joined(sentence))


def test_the_couples_move_takes_the_time_of_the_dated_marriage() -> None:
    events = _events("In 1958 she married Tom Ardle, a ferryman, and the couple moved back to the island.")
    move = [e for e in events if "moves back" in e.title]
    assert len(move) == 1, [e.title for e in events]
    assert move[0].begin == date(1958, 1, 1)


# ---------------------------------------------------------------- an entry's act told in the present


def _entry_titles(text: str) -> list[str]:
    return [e.title for e in extract_document(Document("log.txt", text, "t")).events]


@pytest.mark.parametrize(("text", "title"), [
    ("Pass road timeline\n\nMarch 2019: The county opens a consultation on the road. The quarry company sends two "
     "lorries up the pass.\n\nJune 2020: The road closes.\n", "The quarry company sends two lorries"),
    ("Ridge diary, 2023\n\n4 July. Rain all day. Petra twists her ankle on the scree.\n\n6 July. We reach the hut.\n",
     "Petra twists her ankle on the scree"),
    # (the entry's later sentence: its first, after a stamp that is a sentence of its own, is the stamp's event)
    ("A potter's life\n\n1988. Orla Fenn, then a student, moves to the island. She buys a kiln from a retired potter.\n\n"
     "1994. She opens a shop in the harbour.\n", "Orla Fenn buys a kiln"),
])
def test_an_entrys_act_told_in_the_present_is_an_event(text: str, title: str) -> None:
    assert any(t.startswith(title) for t in _entry_titles(text)), _entry_titles(text)


def test_an_entrys_present_act_is_on_the_entrys_day() -> None:
    events = extract_document(Document("log.txt", "Ridge diary, 2023\n\n4 July. Rain all day. Petra twists her ankle "
                                                   "on the scree.\n\n6 July. We reach the hut.\n", "t")).events
    ankle = [e for e in events if "ankle" in e.title]
    assert len(ankle) == 1 and ankle[0].begin == date(2023, 7, 4), [(e.title, e.begin) for e in events]


@pytest.mark.parametrize("text", [
    # a present sentence with no entry stamp opening its line: what is so, not an act
    "The old quarry\n\nThe quarry company employs forty people. It sends its stone to the coast.\n",
    # a state or a saying told in an entry, which the past reading leaves out as it would "remained", "said"
    "Pass road timeline\n\nMarch 2019: The county opens a consultation. The road remains open.\n",
])
def test_a_present_sentence_off_an_entry_or_of_a_state_is_no_event(text: str) -> None:
    titles = _entry_titles(text)
    assert not any(t.startswith(("The quarry company", "It sends", "The road remains")) for t in titles), titles


@pytest.mark.parametrize(("present", "past"), [
    ("twists", "twisted"), ("carries", "carried"), ("sends", "sent"), ("fixes", "fixed"), ("stops", "stopped"),
    ("leaves", "left"), ("closes", "closed"),
])
def test_past_of_inverts_present_of(present: str, past: str) -> None:
    from explorer.events.entry_present import past_of
    from explorer.events.tense import present_of

    assert past_of(present) == past and present_of(past) == present


def test_a_log_line_in_the_past_with_no_subject_gives_no_present_act() -> None:
    from explorer.events.entry_present import entry_present_act

    # (since session 25 such a line is read as the writer's own past act, explorer.events.subjectless_entries:
    # its act is the opening past verb, never a plural noun read as a present, "loads", "sacks")
    text = "15 April. Carried loads to Camp 1. Hauled sacks up the gully."
    for sentence in ("Carried loads to Camp 1.", "Hauled sacks up the gully."):
        start = text.index(sentence)
        found = entry_present_act(text, start, start + len(sentence))
        assert found is None or found[0].trigger == sentence.split()[0]
