"""One happening told twice with different words is one event (issue 12, duplicates).

A news report tells its news in the lede with a date and retells it further down without one, in
other words: "died on Sunday at her home" then "died after a long illness"; "was arrested on
Thursday" then "was detained with three aides"; "police arrested X" then "X was arrested". Two real
happenings must stay two: two dates, another verb, another place, another person.
"""

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events
from explorer.events.record import Event
from explorer.events.named_retellings import fold_retellings


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


@pytest.mark.parametrize("report", [
    "His publisher confirmed on Tuesday that Marsh died at a hospice near Leeds.",
    "His agent, Paula Reyes, said Marsh died in his sleep early on Tuesday at a hospice near Leeds.",
])
def test_a_death_announced_then_dated_inside_a_report_is_one_death(report: str) -> None:
    text = ("The composer Ivo Marsh has died at the age of 91.\n\n" + report + "\n\n"
            "Marsh wrote four symphonies and the music for more than forty films.")
    events = [e for e in _built(text) if e.sentence_start < text.index("Marsh wrote")]
    assert len(events) == 1
    assert "Tuesday" in events[0].timex
    assert events[0].mentions == ((0, text.index(".") + 1),)


def test_a_verb_outside_the_dated_clause_is_not_that_dated_happening() -> None:
    text = ("The minister Lena Ortiz, who resigned from the cabinet in protest, spoke in Lyon on Friday, "
            "her office said.\n\n"
            "Ortiz resigned after a row over the budget, aides said.")
    events = _built(text)
    assert any(e.timex == "Friday" for e in events)
    assert any(not e.timex and "resign" in e.title.lower() for e in events)


def _told(title: str, sentence: str, start: int, timex: str = "", day: date | None = None) -> Event:
    at = sentence.find(timex) if timex else 0
    return Event(f"a#{start}", "a.txt", title, sentence, start, start + len(sentence), timex, start + at,
                 start + at + len(timex), day.isoformat() if day else "", "DATE", day, day,
                 "exact" if day else "undated")


def test_two_statements_of_one_person_stay_two() -> None:
    monday = "Marina Holm says in a statement on Monday that the police detained her husband at a checkpoint."
    later = "Holm says she was not told why he was detained."
    events = [_told("Marina Holm says in a statement that the police detained", monday, 0, "Monday", date(2024, 3, 11)),
              _told("Holm says she was not told why he was detained", later, 200)]
    assert len(fold_retellings(events)) == 2


def test_a_landfall_told_twice_on_the_same_day_is_one_landfall() -> None:
    for dct in (date(2024, 9, 14), None):
        text = ("Emergency crews reached the coast after Hurricane Lorna made landfall on Thursday afternoon, "
                "the governor said.\n\nThousands of homes lost power across three counties.\n\n"
                "Lorna made landfall on Thursday near Puerto Alto as a Category 3 storm with winds of 120 mph.")
        # (by title: the crews reaching the coast, told in the first sentence, is a happening of its own)
        landfalls = [e for e in _built(text, dct) if "landfall" in e.title]
        assert len(landfalls) == 1, dct
        assert len(landfalls[0].mentions) == 1


def test_the_same_verb_on_two_days_or_in_two_places_the_same_day_stays_two() -> None:
    days = ("Hurricane Lorna made landfall on Thursday near Puerto Alto.\n\n"
            "Lorna made landfall again on Saturday on the northern coast, weaker.")
    assert len([e for e in _built(days) if "landfall" in e.sentence]) == 2
    places = ("The envoy Karl Weber visited Moscow on Monday morning for talks on the pipeline.\n\n"
              "Weber visited Minsk on Monday evening before flying home.")
    assert len([e for e in _built(places) if "visit" in e.title.lower()]) == 2


def test_people_arrested_together_and_retold_with_an_aside_is_one_arrest() -> None:
    text = ("The party chairman Jonas Kell, his deputy Ruth Amsel and the former mayor Piet Vos were all arrested "
            "late on Sunday.\n\nThe party had called for a march on the electoral commission.\n\n"
            "Kell, Amsel and Vos, together with five aides, were arrested to stop them leading the march, "
            "a police commander said.")
    arrests = [e for e in _built(text) if "arrested" in e.sentence]
    assert len(arrests) == 1
    assert arrests[0].timex == "late on Sunday" or "Sunday" in arrests[0].timex


@pytest.mark.benchmark
def test_folding_retellings_of_a_long_repetitive_text_stays_fast(benchmark) -> None:
    """4,000 tellings of 400 people (half undated), as a long digest gives: each telling is read only
    against the tellings that share a name with it, so this takes about a second, not a minute."""
    import random

    rng = random.Random(1)
    names = [f"Name{chr(65 + i % 26)}{chr(65 + i // 26 % 26)}" for i in range(400)]
    verbs = ["was arrested", "died", "visited Moscow", "resigned", "won the race", "was detained"]
    events, at = [], 0
    for i in range(4000):
        sentence = f"The officer {rng.choice(names)} {rng.choice(verbs)} after the meeting, officials said."
        day = date(2020, 1, 1 + i % 28) if i % 2 == 0 else None
        title = sentence[len("The officer "):sentence.index(" after")]
        events.append(_told(title, sentence, at, "meeting" if day else "", day))
        at += len(sentence) + 1
    folded = benchmark.pedantic(fold_retellings, args=(events,), rounds=1, iterations=1)
    assert len(folded) < len(events)
    assert benchmark.stats.stats.max < 5
