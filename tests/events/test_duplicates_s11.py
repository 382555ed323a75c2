"""One happening told twice with different words is one event (issue 12, duplicates).

A news report tells its news in the lede with a date and retells it further down without one, in
other words: "died on Sunday at her home" then "died after a long illness"; "was arrested on
Thursday" then "was detained with three aides"; "police arrested X" then "X was arrested". Two real
happenings must stay two: two dates, another verb, another place, another person.
"""

from datetime import date

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events
from explorer.events.record import Event


def _built(text: str, dct: date | None = date(2024, 3, 12)) -> list[Event]:
    doc = Document("a.txt", text, "t", dct, "given" if dct else "none")
    return build_events(doc, temporal.tag(text, doc.date))


def _with(events: list[Event], word: str) -> list[Event]:
    return [e for e in events if word in e.title.lower()]


def test_a_death_in_the_lede_and_its_retelling_give_one_event_with_both_mentions() -> None:
    text = ("The novelist Mara Quell died on Sunday at her home in Lisbon, her publisher said. She was 81.\n\n"
            "Quell wrote eleven novels, most of them set in the fishing towns of the Atlantic coast.\n\n"
            "Quell died after a long illness, her family said in a statement.")
    deaths = _with(_built(text), "dies")
    assert len(deaths) == 1
    assert deaths[0].timex == "Sunday"
    retold = text.index("Quell died after")
    assert any(start <= retold < end for start, end in deaths[0].mentions)


def test_arrested_then_detained_is_one_arrest() -> None:
    text = ("Opposition leader Tomas Brenner was arrested on Thursday in the capital, his party said.\n\n"
            "The party had called for a general strike over the disputed vote.\n\n"
            "Brenner was detained alongside three aides, a party spokesman told reporters.")
    arrests = [e for e in _built(text) if "arrest" in e.title.lower() or "detain" in e.title.lower()]
    assert len(arrests) == 1
    assert arrests[0].timex == "Thursday"


def test_police_arresting_someone_and_that_person_being_arrested_is_one_arrest() -> None:
    text = ("Police arrested the former mayor Ilse Varga on 4 May in a dawn raid, prosecutors said.\n\n"
            "The investigation concerns contracts awarded while she ran the city.\n\n"
            "Varga was arrested at her flat and taken to the central police station.")
    arrests = _with(_built(text), "arrest")
    assert len(arrests) == 1
    assert arrests[0].timex == "4 May"


def test_two_arrests_on_two_dates_stay_two() -> None:
    text = ("Tomas Brenner was arrested in March 2019 during a protest.\n\n"
            "Brenner was arrested again in June 2021 after a rally in the north.")
    assert len(_with(_built(text), "arrest")) == 2


def test_wins_in_two_years_stay_two() -> None:
    text = "Lena Ortiz won the coastal marathon in 2023. Ortiz won the race again in 2024, in a course record."
    assert len(_with(_built(text), "win")) == 2


def test_an_undated_arrest_in_another_city_is_not_the_dated_arrest() -> None:
    text = ("Tomas Brenner was arrested on Thursday in Lisbon, his party said.\n\n"
            "Brenner was arrested in Porto too, his lawyer said.")
    assert len(_with(_built(text), "arrest")) == 2


def test_an_undated_release_is_not_the_dated_arrest() -> None:
    text = ("Tomas Brenner was arrested on Thursday in the capital, his party said.\n\n"
            "Brenner was released after questioning, his lawyer said.")
    events = _built(text)
    assert len(_with(events, "arrest")) == 1
    assert len(_with(events, "release")) == 1


def test_another_person_dying_is_another_death() -> None:
    text = ("The actor Paul Berg died on Monday in Vienna, his agent said.\n\n"
            "His co-star Anna Lind died too, the theatre confirmed.")
    assert len(_with(_built(text), "dies")) == 2
