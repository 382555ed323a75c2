"""What a long document's extraction keeps holds one copy of each repeated value (a name's text and
words, an expression's value and derivation, a day), so a project and the worker processes' results
weigh less; the values themselves are unchanged."""

from __future__ import annotations

from datetime import date

from explorer.documents import Document
from explorer.ingest import extract_document
from explorer.ingest.one_copy import OneCopy

TEXT = "".join(
    f"On {day} March 2021 Mayor Anna Holt opened the market in Brellin. Anna Holt said in March 2021 "
    f"that the Brellin market would stay open.\n\n" for day in range(1, 9))


def test_a_repeated_name_is_held_once() -> None:
    found = extract_document(Document("m.txt", TEXT, "Market"), date(2021, 4, 1)).mentions.mentions
    holts = [m for m in found if m.text == "Anna Holt"]
    assert len(holts) >= 8
    assert all(m.text is holts[0].text and m.words is holts[0].words for m in holts)


def test_repeated_values_of_expressions_and_events_are_held_once() -> None:
    extracted = extract_document(Document("m.txt", TEXT, "Market"), date(2021, 4, 1))
    months = [t for t in extracted.timexes if t.text == "March 2021"]
    assert len(months) >= 8 and all(t.value is months[0].value and t.begin is months[0].begin for t in months)
    derivations = [e.derivation for e in extracted.events if e.derivation == "explicit"]
    assert len(derivations) >= 2 and all(d is derivations[0] for d in derivations)


def test_a_day_before_year_one_is_never_swapped_for_an_equal_date() -> None:
    from explorer.calendar import Day

    same = OneCopy()
    day, when = Day.from_date(date(2020, 1, 1)), date(2020, 1, 1)
    assert same.of(when) is when
    assert type(same.of(day)) is Day
