"""Events on real web pages (session sixteen, events on real pages). Our own sentences, none from the
sample, the gold set, a corpus or the pages that showed the faults.

A date stamp opening a page ("date 2019-03-06 PLACE: The operator on Wednesday cancelled …") is the
page's own date, which the ingest engine reads: it made an event of its own, titled from the stamp.
The story's events must stay, with their own days."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events
from explorer.events.furniture import Furniture, date_stamp_end
from explorer.events.titles import make_title


def _events(text: str, day: date | None) -> list:
    doc = Document("a.txt", text, "t", day, "given" if day else "unknown")
    return build_events(doc, temporal.tag(text, doc.date))


@pytest.mark.parametrize("text, day, told, expected_title", [
    ("date 2023-10-04 KESTREL BAY: The bus company on Monday withdrew its night service after a fall in "
     "passengers.\n\nThe company said the day service would continue.\n",
     date(2023, 10, 4), date(2023, 10, 2), "The bus company withdraws its night service"),
    ("Published: 3 March 2021 | The council on Friday approved a new car park beside the station, after "
     "a long debate.\n", date(2021, 3, 3), date(2021, 2, 26), "The council approves a new car park"),
    ("2019-01-14 — The harbour board on Thursday sacked its chief executive after a fraud inquiry.\n",
     date(2019, 1, 14), date(2019, 1, 10), "The harbour board sacks its chief executive"),
])
def test_a_date_stamp_gives_no_event_and_the_story_keeps_its_day(
        text: str, day: date, told: date, expected_title: str) -> None:
    events = _events(text, day)
    stamped = [e for e in events if e.begin == day]
    assert stamped == []  # the stamp's day is no happening's
    story = [e for e in events if e.title.startswith(expected_title)]
    assert len(story) == 1 and story[0].begin == told


def test_the_stamp_is_furniture_and_the_story_after_it_is_not() -> None:
    line = "date 2023-10-04 KESTREL BAY: The bus company on Monday withdrew its night service."
    assert line[:date_stamp_end(line)] == "date 2023-10-04 "
    furniture = Furniture(line + "\n")
    assert furniture.why(5, 15) == "date stamp"
    assert furniture.why(line.index("Monday")) is None
    assert date_stamp_end("March 3, 2019 was a Sunday, the paper said.") == 0  # a date opening a sentence


# A life in a fact box or a bracket: "Born <date>, <place>" under the name gave no event (the line reads
# as a heading); a reader lists the birth and the death of the one the page is about.
@pytest.mark.parametrize("text, expected", [
    ("Lives remembered\n\nAgnes Threlfall\nRetired postmistress\nBorn 3 May 1920, Edgeley\n"
     "Died 11 June 2009, Wyke\n\nAgnes Threlfall, who has died aged 89, ran the village post office. "
     "She opened it in 1946.\n",
     [("Agnes Threlfall is born", date(1920, 5, 3)), ("Agnes Threlfall dies", date(2009, 6, 11))]),
    ("Obituary\n\nBorn: 2 April 1915\nDied: 30 January 1999\n\nHector Vane, who has died aged 83, "
     "kept bees on the common for sixty years.\n",
     [("Hector Vane is born", date(1915, 4, 2)), ("Hector Vane dies", date(1999, 1, 30))]),
    ("Ruth Ashdown\nb. 1931, Lowfield\nd. 2004, Carnby\n\nRuth Ashdown was a weaver. She founded a "
     "cooperative in 1959.\n",
     [("Ruth Ashdown is born", date(1931, 1, 1)), ("Ruth Ashdown dies", date(2004, 1, 1))]),
    ("Oswin Pardoe (born 4 March 1931) is a retired engineer. He built the river bridge in 1968.\n",
     [("Oswin Pardoe is born", date(1931, 3, 4))]),
])
def test_a_fact_box_gives_the_birth_and_the_death_of_the_pages_person(
        text: str, expected: list[tuple[str, date]]) -> None:
    events = _events(text, date(2024, 1, 1))
    got = {(e.title, e.begin) for e in events}
    for title, day in expected:
        assert (title, day) in got


def test_a_born_that_is_no_fact_box_line_is_left_to_the_story() -> None:
    text = "Born in a hurry\n\nThe new ferry terminal was born of a row in 1998, when the old pier burned down.\n"
    assert not any(e.title.endswith(" is born") and e.title != "The new ferry terminal is born of a row"
                   for e in _events(text, date(2024, 1, 1)))
    # a box with no name above it and no story naming anyone after it gives no nameless birth
    assert not any("is born" in e.title for e in _events("Born 3 May 1920, Edgeley\n", date(2024, 1, 1)))


# A date in a "whose" clause about someone else dates that clause, not the main verb: "X, whose husband
# was mayor in 1963-64, died aged 82" put the death in 1963-64.
@pytest.mark.parametrize("text, aside_title, aside_year, main_word", [
    ("A retired teacher has died.\n\nTom Rudd, whose brother had captained the county side in 1971, died at "
     "his home in Oldcastle.\n", "Tom Rudd’s brother captains the county side", 1971, "dies"),
    ("A former councillor has died.\n\nEdna Marsh, whose father was harbour master in 1950, died aged 90 "
     "in a nursing home.\n", "Edna Marsh’s father is harbour master", 1950, "dies"),
    ("Anna Berg, whose mother had founded the choir in 1961, resigned as its conductor.\n",
     "Anna Berg’s mother founds the choir", 1961, "resigns"),
])
def test_a_whose_clause_dates_only_itself(text: str, aside_title: str, aside_year: int, main_word: str) -> None:
    events = _events(text, None)
    aside = [e for e in events if e.title == aside_title]
    assert len(aside) == 1 and aside[0].begin.year == aside_year
    main = [e for e in events if f" {main_word}" in e.title and e is not aside[0]]
    assert main and all(e.begin is None for e in main)  # the main clause is told undated


# A move joined by "and" to a dated act, its place a capitalised name ("and moved to Lisbon"): the
# complement's branch for a name could never match (a word boundary after its first capital), so the
# move was lost; it is told at the dated act's time, as a move to "the coast" was.
@pytest.mark.parametrize("text, dated, joined", [
    ("Petra Olsen won the national title in 2004 and moved to Lisbon.\n",
     "Petra Olsen wins the national title", "Petra Olsen moves to Lisbon"),
    ("The captain retired from the navy in 1990 and returned to Glasgow.\n",
     "The captain retires from the navy", "The captain returns to Glasgow"),
    ("Ivo Marsh left the band in 2001 and emigrated to Canada.\n", "Ivo Marsh leaves the band",
     "Ivo Marsh emigrates to Canada"),
])
def test_a_move_to_a_named_place_joined_to_a_dated_act_is_an_event(text: str, dated: str, joined: str) -> None:
    by_title = {e.title: e.begin for e in _events(text, date(2024, 1, 1))}
    assert dated in by_title and by_title.get(joined) == by_title[dated]


# A bare plural of a gathering or a count opening the sentence took a singular verb ("Crowds gathers"):
# no name is the plural of "crowd" or "thousand"; a surname in "-s" keeps its singular verb.
@pytest.mark.parametrize("sentence, expression, expected", [
    ("Crowds gathered outside the town hall on Monday.", "Monday", "Crowds gather outside the town hall"),
    ("Thousands marched through the city on Saturday.", "Saturday", "Thousands march through the city"),
    ("Gangs looted the shops on Friday.", "Friday", "Gangs loot the shops"),
    ("Jones resigned on Friday.", "Friday", "Jones resigns"),
    ("Woods scored twice on Saturday.", "Saturday", "Woods scores twice"),
])
def test_a_bare_plural_of_a_gathering_takes_a_plural_verb(sentence: str, expression: str, expected: str) -> None:
    start = sentence.index(expression)
    assert make_title(sentence, start, start + len(expression)) == expected


# The story's person takes the other pronoun, and the pronoun's own sentence names no one: "He married
# Ada Lind, a teacher, in 1962. She died in 2011" was titled "She dies"; she is the one other person
# the sentence before names. With two others named there, no one is guessed.
@pytest.mark.parametrize("text, expected", [
    ("Edwin Marl, who has died aged 87, kept the locks for forty years.\n\nHe married Joan Pell, a "
     "schoolteacher, in 1962. She died in 2011.\n", "Joan Pell dies"),
    ("Ada Lind, who has died aged 90, ran the ferry for thirty years.\n\nShe married Tom Hale, a fisherman, "
     "in 1955. He died in 1999.\n", "Tom Hale dies"),
    ("Ada Lind, who has died aged 90, ran the ferry for thirty years.\n\nShe worked with Tom Hale and Sam "
     "Reed in the 1960s. He died in 1999.\n", "He dies"),
])
def test_the_other_pronoun_is_the_one_other_person_just_named(text: str, expected: str) -> None:
    assert expected in {e.title for e in _events(text, date(2025, 10, 24))}
