"""A person is born once and dies once: the opening bracket's life dates and the story's telling of the
same birth or death are one event (explorer.events.one_life). Sentences are our own."""

from datetime import date

from hypothesis import given, strategies as st

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events
from explorer.events.one_life import fold_one_life
from explorer.events.record import Event


def _event(title: str, start: int, begin=None, end=None, timex: str = "") -> Event:
    return Event(f"a#{start}", "a.txt", title, title, start, start + 10, timex, start, start, "", "DATE", begin, end,
                 "exact" if begin else "undated")


_YEAR = (date(1902, 1, 1), date(1902, 12, 31))
_DAY = (date(1902, 5, 14), date(1902, 5, 14))


def test_a_year_and_a_day_of_one_birth_are_one_event_dated_by_the_day() -> None:
    folded = fold_one_life([_event("Ruth Calder is born", 0, *_YEAR, "1902"),
                            _event("Calder is born in Hexley", 100, *_DAY, "14 May 1902")])
    assert [(e.title, e.begin) for e in folded] == [("Calder is born in Hexley", date(1902, 5, 14))]
    assert folded[0].mentions == ((0, 10),)


def test_as_close_dates_keep_the_fuller_telling() -> None:
    folded = fold_one_life([_event("Ruth Calder is born", 0, *_YEAR, "1902"),
                            _event("Calder is born in the mill town of Hexley", 100, *_YEAR, "1902")])
    assert [e.title for e in folded] == ["Calder is born in the mill town of Hexley"]


def test_deaths_fold_like_births_and_stay_apart_from_them() -> None:
    death_year, death_day = (date(1961, 1, 1), date(1961, 12, 31)), (date(1961, 3, 2), date(1961, 3, 2))
    folded = fold_one_life([_event("Ruth Calder is born", 0, *_YEAR, "1902"), _event("Ruth Calder dies", 0, *death_year, "1961"),
                            _event("Calder dies at her home", 300, *death_day, "2 March 1961")])
    assert sorted(e.title for e in folded) == ["Calder dies at her home", "Ruth Calder is born"]


def test_dates_that_cannot_be_one_day_stay_two_happenings() -> None:
    other_year = (date(1931, 1, 1), date(1931, 12, 31))
    events = [_event("Ruth Calder is born", 0, *_YEAR, "1902"), _event("Calder is born", 100, *other_year, "1931")]
    assert len(fold_one_life(events)) == 2


def test_someone_elses_death_and_other_names_are_not_folded() -> None:
    events = [_event("Ruth Calder dies", 0, *_YEAR, "1902"), _event("Calder's mother dies", 100, *_DAY, "14 May 1902"),
              _event("Owen Pike dies", 200, *_DAY, "14 May 1902")]
    assert len(fold_one_life(events)) == 3


@given(st.permutations([0, 1, 2]))
def test_the_fold_keeps_the_day_whatever_the_order(order: list[int]) -> None:
    tellings = [_event("Ruth Calder is born", 0, *_YEAR, "1902"), _event("Calder is born in Hexley", 100, *_DAY, "14 May 1902"),
                _event("Calder is born", 200)]
    folded = fold_one_life([tellings[i] for i in order])
    assert len(folded) == 1 and folded[0].begin == date(1902, 5, 14) and len(folded[0].mentions) == 2


def test_a_biography_lists_one_birth_and_one_death() -> None:
    text = ("Ruth Calder (1902–1961) was a surveyor and mapmaker from the northern hills.\n\n"
            "Calder was born in the mill town of Hexley on 14 May 1902, the second child of a weaver. She drew her "
            "first map of the valley in 1925 and was made county surveyor in 1938.\n\n"
            "Calder died at her home in Hexley on 2 March 1961.\n")
    doc = Document("a.txt", text, "t", None, "none")
    events = build_events(doc, temporal.tag(text, doc.date))
    births = [e for e in events if "born" in e.title]
    deaths = [e for e in events if "dies" in e.title]
    assert len(births) == 1 and births[0].begin == date(1902, 5, 14)
    assert len(deaths) == 1 and deaths[0].begin == date(1961, 3, 2)


def test_a_named_war_with_its_years_in_brackets_is_no_birth() -> None:
    text = ("The Long Border War (1702 BC - 1690 BC) was fought mostly along the river.\n\n"
            "Northern Crossing Campaign (1431-1436) opened with a raid on the fords.\n\n"
            "Ruth Calder (1902–1961) was a surveyor and mapmaker.\n")
    doc = Document("a.txt", text, "t", None, "none")
    titles = [e.title for e in build_events(doc, temporal.tag(text, doc.date))]
    assert [t for t in titles if "born" in t] == ["Ruth Calder is born"]
    assert any(t.startswith("The Long Border War") and "fought" in t for t in titles)
