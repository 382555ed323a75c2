"""Chronologies and profiles told in the historical present (issue 12 recall): a dated present-tense
act is a happening like a past one. Two gates refused such acts: a "rate" read into a compound noun
("a night school", "a day nursery") took the clause for a habit, and a chronology's year stamp standing
as its own sentence ("2009. She leases …") was dropped when a later sentence of its line named a finer
date inside that year. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.chronology_stamps import only_finer_dates_within, spans_days
from explorer.events.date_roles import date_role
from explorer.ingest import extract_document
from explorer.temporal.timex import Timex


def _events(text: str, dct: date | None = None) -> dict[str, tuple[str | None, date | None]]:
    return {e.title: (e.timex, e.begin) for e in extract_document(Document("a.txt", text, "t"), dct=dct).events}


def _year_role(sentence: str) -> str | None:
    start = next(i for i in range(len(sentence)) if sentence[i:i + 4].isdigit())
    return date_role(sentence, start, start + 4)


# --------------------------------------------------------------------- a compound noun is no rate


@pytest.mark.parametrize("sentence", [
    "In 1950 she moves to Lisbon and studies drawing at a night school.",
    "In 1975 he starts work at a day nursery in the harbour district.",
    "In 2008 the plant adds a night shift to meet demand.",
    "In 1999 the ferry company drops its day trips to the island.",
])
def test_a_time_word_opening_a_compound_noun_is_no_rate(sentence: str) -> None:
    assert _year_role(sentence) is None


@pytest.mark.parametrize("sentence", [
    "In 2019 she swam twice a day.",
    "In 2016 the shelter fed ninety people a night.",
])
def test_a_rate_still_tells_a_habit(sentence: str) -> None:
    assert _year_role(sentence) == "habit"


def test_a_dated_present_act_at_a_night_school_is_an_event() -> None:
    text = "Arno Vitt, printer\n\nIn 1950 he moves to Lisbon and studies drawing at a night school. He dies in 1988.\n"
    events = _events(text)
    assert any(t.startswith("Arno Vitt moves to Lisbon") and v == ("1950", date(1950, 1, 1)) for t, v in events.items())


# --------------------------------------------------------------------- a chronology's year stamp


_ORCHARD = ("The orchard on the canal\n\n"
            "Profile | 2 May 2025\n\n"
            "Tomas Grell has grown apples beside the canal for most of his life.\n\n"
            "1998. Grell, then a botany student, rents three acres by the lock. In May, a late frost kills half the blossom.\n\n"
            "2005. After a decade of thin harvests, he buys the farm outright. The cider barn opens to visitors in September.\n\n"
            "2014. A storm flattens the oldest trees on 9 October.\n")


def test_a_year_stamp_dates_the_sentence_after_it_though_the_line_names_a_month_later() -> None:
    events = _events(_ORCHARD)
    rents = [v for t, v in events.items() if "rents three acres" in t]
    buys = [v for t, v in events.items() if "buys the farm" in t]
    assert rents == [("1998", date(1998, 1, 1))]
    assert buys == [("2005", date(2005, 1, 1))]
    # the finer dates still date their own sentences
    assert any("frost kills" in t and v[1] == date(1998, 5, 1) for t, v in events.items())
    assert any("barn opens" in t and v[1] == date(2005, 9, 1) for t, v in events.items())


def test_a_stamp_whose_next_sentence_dates_itself_stamps_nothing() -> None:
    events = _events(_ORCHARD)
    assert not any(v[0] == "2014" for v in events.values())  # "on 9 October" dates the storm


def test_a_clock_stamped_log_entry_is_left_to_its_own_times() -> None:
    text = ("Lifeboat log\n\n"
            "3 March, 08:10. A yacht loses its mast off the point. The crew is taken off at 09:45.\n")
    events = _events(text, dct=date(2025, 4, 1))
    assert not any(v[0] and v[0].startswith("3 March") for v in events.values())


def _t(begin: date, end: date) -> Timex:
    return Timex(start=0, end=4, text="x", type="DATE", value="x", begin=begin, end_day=end)


def test_only_finer_dates_inside_a_stamp_that_spans_days_leave_it_to_date_the_entry() -> None:
    year = _t(date(2009, 1, 1), date(2009, 12, 31))
    october = _t(date(2009, 10, 1), date(2009, 10, 31))
    earlier = _t(date(1921, 1, 1), date(1921, 12, 31))
    day = _t(date(2009, 3, 3), date(2009, 3, 3))
    assert spans_days(year) and not spans_days(day)
    assert only_finer_dates_within(year, [october])
    assert not only_finer_dates_within(year, [october, earlier])
    assert not only_finer_dates_within(day, [day])
